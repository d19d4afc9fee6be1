package org.dyad.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content hashes in lowercase hex: stable ids of articles, shared by the reader and the store. */
public final class ContentHash {
  /** How many hex characters of the hash make an article id. */
  public static final int ID_LENGTH = 16;

  private ContentHash() {}

  /** The full SHA-256 (64 hex characters) of the UTF-8 encoding of {@code text}. */
  public static String of(String text) {
    Args.notNull(text, "text");
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The full SHA-256 (64 hex characters) of {@code bytes}. */
  public static String of(byte[] bytes) {
    Args.notNull(bytes, "bytes");
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
  }

  /** The full SHA-256 (64 hex characters) of a stream's remaining bytes, read to its end. */
  public static String of(InputStream in) throws IOException {
    Args.notNull(in, "in");
    DigestInputStream digesting = new DigestInputStream(in, sha256());
    digesting.transferTo(OutputStream.nullOutputStream());
    return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
  }

  /** The article id of a text: the first {@value #ID_LENGTH} hex characters of its hash. */
  public static String id(String text) {
    return of(text).substring(0, ID_LENGTH);
  }

  static String id(byte[] bytes) {
    return of(bytes).substring(0, ID_LENGTH);
  }
}
