package org.dyad.events.arguments;

/**
 * Rule {@value #NAME}: "Mali and Mauritania opened talks": coordinated sources and no target act on
 * each other, the first source on the others.
 */
public final class Reciprocal implements ArgumentMend {
  public static final String NAME = "reciprocal";

  @Override
  public Arguments apply(Mending m, Arguments a) {
    if (a.targets().isEmpty() && a.sources().size() >= 2) {
      return new Arguments(a.sources().subList(0, 1), a.sources().subList(1, a.sources().size()), a.sourceRule(), NAME);
    }
    return a;
  }
}
