package org.dyad.store.export;

import java.util.List;
import java.util.stream.Stream;

/**
 * An actor as GDELT writes it: the whole CAMEO code ({@code PSEREBHMS}) and its parts, country or
 * region ({@code PSE}), known group ({@code HMS}), the organisation a body is part of ({@code UNO} in
 * {@code IGOUNOREFHCR}, which GDELT has no column for), ethnic and religious codes and up to three
 * types ({@code REB}). Parts are null when absent; {@link #NONE} is no actor.
 */
record CameoActor(String code, String country, String knownGroup, String within, String ethnic, String religion,
                  List<String> types) {
  static final CameoActor NONE = new CameoActor(null, null, null, null, null, null, List.of());

  CameoActor {
    types = List.copyOf(types);
    if (types.size() > 3) {
      throw new IllegalArgumentException("GDELT has three type columns, got " + types + " for " + code);
    }
  }

  /** The n-th type (1..3), or null. */
  String type(int n) {
    return types.size() >= n ? types.get(n - 1) : null;
  }

  /** Every three-letter part, in no particular order: what {@code code} must be made of. */
  List<String> parts() {
    return Stream.concat(Stream.of(country, knownGroup, within, ethnic, religion), types.stream())
        .filter(p -> p != null).toList();
  }
}
