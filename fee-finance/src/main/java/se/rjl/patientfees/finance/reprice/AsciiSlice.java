package se.rjl.patientfees.finance.reprice;

/** A view of ASCII bytes as a {@link CharSequence}: a field of a CSV line without copying it. */
final class AsciiSlice implements CharSequence {
  private byte[] b;
  private int from;
  private int to;

  AsciiSlice set(byte[] bytes, int start, int end) {
    this.b = bytes;
    this.from = start;
    this.to = end;
    return this;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    return (char) b[from + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
