package org.dyad.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** The world's states as the JDK knows them (ISO 3166), and how countries.tsv completes them. */
final class Countries {
  private Countries() {}

  /** Every ISO 3166 country with its alpha-3 code and English name. */
  static Map<String, Country> fromJdk() {
    Map<String, Country> out = new LinkedHashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", iso2);
      try {
        String iso3 = locale.getISO3Country();
        out.put(iso3, new Country(iso3, locale.getDisplayCountry(Locale.ENGLISH), List.of(), List.of(), List.of()));
      } catch (MissingResourceException e) {
        // a code without an alpha-3 equivalent: not a state we can code
      }
    }
    return out;
  }

  /**
   * The JDK's country completed by a countries.tsv row: the row's name wins when given (the JDK
   * says "Myanmar (Burma)"), and the JDK's name stays as an alias.
   */
  static Country overlay(Country jdk, Country row) {
    String name = row.name() != null ? row.name() : jdk.name();
    LinkedHashSet<String> aliases = new LinkedHashSet<>(row.aliases());
    if (!jdk.name().equals(name)) {
      aliases.add(jdk.name());
    }
    return new Country(jdk.iso3(), name, row.demonyms(), row.capitals(), new ArrayList<>(aliases));
  }
}
