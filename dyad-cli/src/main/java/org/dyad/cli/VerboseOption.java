package org.dyad.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The {@code --verbose} option of every command, mixed in as {@code @Mixin VerboseOption verbose}.
 * A failure is one line on stderr; with this option its stack trace follows, for a bug report.
 */
final class VerboseOption {
  private static final String NAME = "--verbose";

  @Option(names = NAME, description = "Print stack traces of failures.")
  boolean on;

  /** Prints the stack trace of {@code e} on stderr when --verbose was given, after its one-line report. */
  void printStackTrace(Throwable e) {
    if (on) {
      e.printStackTrace();
    }
  }

  /** True when --verbose was given to the command that ran: the parse result is the top command's or its own. */
  static boolean given(ParseResult parsed) {
    return parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption(NAME)) || parsed.hasMatchedOption(NAME);
  }
}
