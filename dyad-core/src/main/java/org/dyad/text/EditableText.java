package org.dyad.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The text being cleaned: its chars, the original span {@code [start, end)} of each char, and the
 * repairs so far. A step queues edits in text order; {@link #commit()} applies them in one pass, so a
 * step reads one consistent text and every step costs time linear in the text. One instance per
 * {@link TextCleaner#clean} call; not thread-safe.
 *
 * <p>Mapping of an edit replacing {@code [start, end)} by {@code r}: if {@code r} has the same length
 * each char keeps its own original span (a case change, one char for one); otherwise every char of
 * {@code r} maps to the whole original span of the range (a ligature expanded, "\r\n" made "\n"),
 * and an inserted char maps to the empty span at the original position of the char after it.
 */
final class EditableText implements CharSequence {
  private record Edit(int start, int end, String text) {}

  private final String original;
  private final List<Repair> repairs = new ArrayList<>();
  private final List<Edit> pending = new ArrayList<>();
  private char[] chars;
  private int length;
  private int[] starts;
  private int[] ends;

  EditableText(String original) {
    this.original = original;
    this.chars = original.toCharArray();
    this.length = chars.length;
    this.starts = new int[length + 1];
    this.ends = new int[length];
    for (int i = 0; i < length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    starts[length] = length;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + " not in [0, " + length + ")");
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    checkRange(start, end);
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /** Queues the insertion of {@code text} before the char at {@code at} and records a repair. */
  void insert(int at, String text, String kind) {
    replace(at, at, text, kind);
  }

  /** Queues the replacement of {@code [start, end)}; edits must come in text order, not overlapping. */
  void replace(int start, int end, String replacement, String kind) {
    checkRange(start, end);
    Edit last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
    if (last != null && start < last.end()) {
      throw new IllegalStateException(
          "edits must come in text order: [" + start + ", " + end + ") after ["
              + last.start() + ", " + last.end() + ")");
    }
    pending.add(new Edit(start, end, replacement));
    int originalStart = starts[start];
    int originalEnd = end > start ? ends[end - 1] : originalStart;
    repairs.add(new Repair(kind, originalStart, originalEnd, (String) subSequence(start, end), replacement));
  }

  /** Applies the queued edits. */
  void commit() {
    if (pending.isEmpty()) {
      return;
    }
    int newLength = length;
    for (Edit e : pending) {
      newLength += e.text().length() - (e.end() - e.start());
    }
    Target target = new Target(newLength);
    int from = 0;
    for (Edit e : pending) {
      target.copy(from, e.start());
      target.write(e);
      from = e.end();
    }
    target.copy(from, length);
    target.starts[newLength] = original.length();
    chars = target.chars;
    starts = target.starts;
    ends = target.ends;
    length = newLength;
    pending.clear();
  }

  /** The committed result. */
  CleanText toCleanText() {
    if (!pending.isEmpty()) {
      throw new IllegalStateException(pending.size() + " edits not committed");
    }
    List<Repair> sorted = new ArrayList<>(repairs);
    sorted.sort(Comparator.comparingInt(Repair::originalStart));
    return new CleanText(original, toString(), Arrays.copyOf(starts, length + 1), Arrays.copyOf(ends, length), sorted);
  }

  private void checkRange(int start, int end) {
    if (start < 0 || end < start || end > length) {
      throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") not within [0, " + length + "]");
    }
  }

  /** The arrays of the next version of the text, filled left to right. */
  private final class Target {
    final char[] chars;
    final int[] starts;
    final int[] ends;
    int at;

    Target(int length) {
      chars = new char[length];
      starts = new int[length + 1];
      ends = new int[length];
    }

    void copy(int from, int to) {
      int n = to - from;
      System.arraycopy(EditableText.this.chars, from, chars, at, n);
      System.arraycopy(EditableText.this.starts, from, starts, at, n);
      System.arraycopy(EditableText.this.ends, from, ends, at, n);
      at += n;
    }

    void write(Edit e) {
      String text = e.text();
      boolean oneForOne = text.length() == e.end() - e.start();
      int spanStart = EditableText.this.starts[e.start()];
      int spanEnd = e.end() > e.start() ? EditableText.this.ends[e.end() - 1] : spanStart;
      for (int k = 0; k < text.length(); k++) {
        chars[at] = text.charAt(k);
        starts[at] = oneForOne ? EditableText.this.starts[e.start() + k] : spanStart;
        ends[at] = oneForOne ? EditableText.this.ends[e.start() + k] : spanEnd;
        at++;
      }
    }
  }
}
