package org.dyad.events.arguments;

/**
 * One of the coder's mends of a trigger's arguments, run after the argument rules in the order
 * {@code EventCoder} lists them: it reads what the rules found and returns new arguments (or the same
 * when it has nothing to mend). Stateless and thread-safe; its name is the rule it records or the one
 * that switches it off.
 */
public interface ArgumentMend {
  Arguments apply(Mending m, Arguments found);
}
