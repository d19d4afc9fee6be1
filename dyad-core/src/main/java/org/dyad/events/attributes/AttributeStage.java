package org.dyad.events.attributes;

/**
 * One attribute stage of the coder (modality, attribution, time, quantity, scale, location): what it
 * adds to what the stages before it found for one trigger. Stateless; returns a new value.
 */
public interface AttributeStage {
  Attributes apply(Told told, Attributes found);
}
