package org.dyad.store;

/**
 * A stored actor with its fields ({@code type} lowercase, as in the analysis JSON) and how much the
 * corpus says of it: the articles that name it and the events it takes part in.
 */
public record ActorSummary(String id, String code, String name, String type, String country, String role,
                           String affiliation, String title, int numArticles, int numEvents) {}
