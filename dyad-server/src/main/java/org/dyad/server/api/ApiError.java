package org.dyad.server.api;

import org.dyad.model.DyadException;

/** A request the API refuses, with the HTTP status that fits; {@link ErrorMapping} writes it as JSON. */
public final class ApiError extends DyadException {
  private final int status;

  public ApiError(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an API error needs a 4xx or 5xx status, got " + status);
    }
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, message);
  }
}
