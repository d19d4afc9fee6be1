package org.dyad.events;

import java.util.List;
import java.util.function.Function;

/**
 * One rule of an ordered fallback: a name that says what it reads ("object", "by-agent") and what it
 * finds in a context, as actor ids; an empty list when it does not apply. The name is what
 * {@code dyad eval --rules} reports and what {@code --without} switches off.
 */
record NamedRule<C>(String name, Function<C, List<String>> find) {}
