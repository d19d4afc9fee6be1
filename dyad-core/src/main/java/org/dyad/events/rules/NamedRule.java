package org.dyad.events.rules;

import java.util.function.Function;

/**
 * One rule of an ordered fallback: a name that says what it reads ("object", "by-agent",
 * "according-to") and what it finds in a context of type {@code C}; null or an empty list when it does
 * not apply. The name is what {@code dyad eval --rules} reports and what {@code --without} switches off.
 */
public record NamedRule<C, R>(String name, Function<C, R> find) {}
