package org.dyad.actors;

import org.dyad.model.ActorType;

/** What a stretch of text names: a dictionary entry, a part of a state, or a name dyad has not seen before. */
sealed interface Target {
  /** A known organisation or person of the dictionary. */
  record Known(DictionaryEntry entry) implements Target {}

  /** A state or one of its parts: Syria's government, the Israeli military, the Syrian people. */
  record StatePart(Country country, String role, String label) implements Target {}

  /** A person found by NER or by the article's own use of the name. */
  record NewPerson(String name) implements Target {}

  /** An organisation found by NER, typed by its head word when it has one ("University"). */
  record NewOrganisation(String name, ActorType type, String country) implements Target {}
}
