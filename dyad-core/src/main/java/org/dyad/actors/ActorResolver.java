package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.model.Span;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;

/**
 * The actor stage: finds every mention of a political actor in an annotated text and resolves the
 * mentions to one identity per actor. In order: dictionary names and state parts, NER names the
 * dictionary lacks, aliases in parentheses, the article's own names found again in other wordings,
 * people's titles and affiliations, then definite descriptions and pronouns. Stateless; thread-safe.
 */
public final class ActorResolver {
  private final DictionaryIndex index;
  private final DictionaryMatcher dictionaryMatcher;
  private final NerNameFinder nerFinder;
  private final PersonAttributes attributes;
  private final UnattachedRoles unattachedRoles;

  public ActorResolver(DictionaryIndex index) {
    this.index = index;
    this.dictionaryMatcher = new DictionaryMatcher(index);
    this.nerFinder = new NerNameFinder(NameLexicon.bundled(), index::isPlace);
    this.attributes = new PersonAttributes(NameLexicon.bundled(), index::role);
    this.unattachedRoles = new UnattachedRoles(index);
  }

  public ActorSet resolve(NlpDocument doc) {
    List<RawMention> raw = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<RawMention> inSentence = new ArrayList<>(dictionaryMatcher.find(doc, s));
      inSentence.addAll(nerFinder.find(doc.text(), s, inSentence));
      List<RawMention> named = ParentheticalAliases.apply(doc, s, inSentence);
      raw.addAll(named);
      raw.addAll(unattachedRoles.find(doc, s, named, raw));
    }
    PersonNames people = new PersonNames(raw.stream()
        .filter(m -> m.target() instanceof Target.NewPerson).map(m -> ((Target.NewPerson) m.target()).name()).toList());
    raw.addAll(ArticleNames.find(doc, raw, people));
    raw.sort(Comparator.comparingInt(RawMention::sentence).thenComparingInt(RawMention::first));

    Map<String, String> aliasOwners = organisationAliases(doc, raw);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<ActorMention> mentions = new ArrayList<>();
    for (RawMention m : raw) {
      Target target = canonical(m.target(), aliasOwners);
      Draft d = drafts.computeIfAbsent(idOf(target, people), id -> draft(id, target, people));
      Sentence s = doc.sentences().get(m.sentence());
      int start = s.token(m.first()).start();
      int end = s.token(m.last()).end();
      d.surfaces.add(doc.text().substring(start, end));
      mentions.add(new ActorMention(d.id, m.sentence(), m.first(), m.last(), start, end, false));
    }
    attributes.apply(doc, mentions, drafts);
    Map<String, Actor> actors = build(drafts, mentions);
    List<ActorMention> references = new Coreference().resolve(doc, mentions, actors);
    List<ActorMention> all = new ArrayList<>(mentions);
    all.addAll(references);
    all.sort(Comparator.comparingInt(ActorMention::start));
    return new ActorSet(List.copyOf(build(drafts, all).values()), all);
  }

  private static Map<String, Actor> build(Map<String, Draft> drafts, List<ActorMention> mentions) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Draft d : drafts.values()) {
      List<Span> spans = new ArrayList<>();
      for (ActorMention m : mentions) {
        if (m.actorId().equals(d.id)) {
          spans.add(new Span(m.start(), m.end(), "")); // cleaned offsets; text filled when mapped
        }
      }
      if (spans.isEmpty()) {
        continue;
      }
      LinkedHashSet<String> aliases = new LinkedHashSet<>(d.surfaces);
      aliases.remove(d.name);
      out.put(d.id, new Actor(d.id, d.code(), d.name, d.type, d.country, d.role, d.affiliation, d.title,
          List.copyOf(aliases), spans));
    }
    return out;
  }

  /** "the Sahel Liberation Front (SLF)": later mentions of "SLF" are the Front. Alias key -> owner's name. */
  private static Map<String, String> organisationAliases(NlpDocument doc, List<RawMention> raw) {
    Map<String, String> out = new java.util.HashMap<>();
    for (RawMention m : raw) {
      if (m.how() == RawMention.How.ALIAS && m.target() instanceof Target.NewOrganisation o) {
        Sentence s = doc.sentences().get(m.sentence());
        out.put(Names.key(Spans.text(doc.text(), s, m.first(), m.last())), o.name());
      }
    }
    return out;
  }

  private static Target canonical(Target t, Map<String, String> aliasOwners) {
    if (t instanceof Target.NewOrganisation o) {
      String owner = aliasOwners.get(Names.key(o.name()));
      if (owner != null) {
        return new Target.NewOrganisation(owner, o.type(), o.country());
      }
    }
    return t;
  }

  private static String idOf(Target t, PersonNames people) {
    if (t instanceof Target.Known k) {
      return k.entry().id();
    } else if (t instanceof Target.StatePart p) {
      return p.country().iso3() + p.role();
    } else if (t instanceof Target.NewPerson p) {
      return Names.slug(people.displayName(people.identity(p.name())));
    }
    return Names.slug(((Target.NewOrganisation) t).name());
  }

  private Draft draft(String id, Target t, PersonNames people) {
    if (t instanceof Target.Known k) {
      return Draft.of(k.entry());
    } else if (t instanceof Target.StatePart p) {
      return new Draft(id, stateName(p), ActorType.STATE, p.country().iso3(), p.role(), null, null, null);
    } else if (t instanceof Target.NewPerson p) {
      return new Draft(id, people.displayName(people.identity(p.name())), ActorType.PERSON, null, null, null, null, null);
    }
    Target.NewOrganisation o = (Target.NewOrganisation) t;
    return new Draft(id, o.name(), o.type(), countryIn(o.name()), null, null, null, null);
  }

  private static String stateName(Target.StatePart p) {
    if (p.role().equals("GOV")) {
      return p.country().name();
    }
    String adjective = p.country().demonyms().stream()
        .filter(d -> !d.endsWith("s") || d.endsWith("ss")).findFirst().orElse(p.country().name());
    return adjective + " " + p.label();
  }

  /**
   * The country a new organisation's name places it in: "Damascus University" -> SYR, "Kharkiv
   * Regional Administration" -> UKR. Longer names first: "New Mexico State University" is American.
   */
  private String countryIn(String name) {
    List<String> words = List.of(name.split("[\\s-]+"));
    int first = 0;
    while (first < words.size()) {
      int next = first + 1;
      for (int last = Math.min(words.size(), first + 4); last > first; last--) {
        List<DictionaryIndex.Name> names = index.lookup(Names.key(String.join(" ", words.subList(first, last))));
        for (DictionaryIndex.Name n : names) {
          if (n.country() != null) {
            return n.country().iso3();
          }
        }
        if (names.stream().anyMatch(n -> n.kind() == DictionaryIndex.Kind.PLACE)) {
          next = last; // a place in no single state ("South China Sea"): its words name no state
          break;
        }
      }
      first = next;
    }
    return null;
  }


  /** An actor being assembled from its mentions; attributes may be filled in by later steps. */
  static final class Draft {
    final String id;
    final String name;
    final ActorType type;
    String country;
    String role;
    String affiliation;
    String affiliationCode;
    String title;
    private final String fixedCode;
    final List<String> surfaces = new ArrayList<>();

    Draft(String id, String name, ActorType type, String country, String role, String affiliation, String title, String fixedCode) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.country = country;
      this.role = role;
      this.affiliation = affiliation;
      this.title = title;
      this.fixedCode = fixedCode;
    }

    static Draft of(DictionaryEntry e) {
      return new Draft(e.id(), e.name(), e.type(), e.country(), e.role(), e.affiliation(), e.title(), e.code());
    }

    /** CAMEO-style code: the dictionary's; a state part's ISO3+role; a person's group or state; an organisation's country + kind. */
    String code() {
      if (fixedCode != null) {
        return fixedCode;
      }
      if (type == ActorType.STATE) {
        return country + role;
      }
      if (type == ActorType.PERSON) {
        if (affiliationCode != null) {
          return affiliationCode;
        }
        return country != null ? country + (role != null ? role : "") : null;
      }
      String kind = switch (type) {
        case EDUCATION -> "EDU";
        case MEDIA -> "MED";
        case PARTY -> "PTY";
        case NGO -> "NGO";
        case COMPANY -> "BUS";
        case RELIGIOUS -> "REL";
        case ARMED_GROUP -> "REB";
        default -> null;
      };
      if (country != null && kind != null) {
        return country + kind;
      }
      return Names.code(name);
    }
  }
}
