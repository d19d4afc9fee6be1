package org.dyad.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become messages: one line on stderr ("dyad: ..."), a stack trace only
 * with --verbose, exit status 2 for usage errors and 1 for failures.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** A bad option or argument found by picocli: one line pointing to the help, not the whole usage. */
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String hint = e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
        ? "; did you mean " + u.getSuggestions().get(0) + "?" : "";
    cl.getErr().println("dyad: " + e.getMessage() + hint + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    boolean verbose = VerboseOption.given(parsed);
    if (e instanceof UsageError) {
      cl.getErr().println("dyad: " + e.getMessage());
      return 2;
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      message = u.getCause().getMessage();
    }
    cl.getErr().println("dyad: " + message);
    if (verbose) {
      e.printStackTrace(cl.getErr());
    }
    return 1;
  }

  /** A mistake in how dyad was called: exit status 2. */
  static final class UsageError extends RuntimeException {
    UsageError(String message) {
      super(message);
    }
  }

  /** The input could not be analysed; the message has already been printed. */
  static final class Failed extends RuntimeException {
    Failed(String message) {
      super(message);
    }
  }
}
