package org.dyad.model;

/** The kind of a political actor. */
public enum ActorType {
  /** A state or one of its parts (government, military, police, people ...), coded ISO3 + role. */
  STATE,
  /** An intergovernmental organisation: UN, EU, NATO, African Union ... */
  IGO,
  ARMED_GROUP,
  PARTY,
  MEDIA,
  NGO,
  EDUCATION,
  COMPANY,
  RELIGIOUS,
  /** An organisation dyad has no finer type for (often one found only by NER). */
  ORGANIZATION,
  PERSON
}
