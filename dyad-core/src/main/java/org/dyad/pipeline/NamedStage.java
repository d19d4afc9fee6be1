package org.dyad.pipeline;

/** A stage with the name it is timed and reported under. */
public record NamedStage(String name, Stage stage) {}
