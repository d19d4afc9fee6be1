package org.dyad.cli;

/** Entry point of the dyad command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("dyad");
  }
}
