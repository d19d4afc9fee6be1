package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled lexicon codes whole families of news verbs and nouns, each by what it governs: one
 * case per family, written as the lemma, its dependents ("obj=aid objmod=military") and the code.
 */
class LexiconFamiliesTest {
  private static final EventLexicon LEXICON = EventLexicon.bundled();

  private static Map<String, Set<String>> dependents(String spec) {
    Map<String, Set<String>> out = new HashMap<>();
    if (!spec.isBlank()) {
      for (String part : spec.trim().split(" ")) {
        String[] kv = part.split("=", 2);
        out.put(kv[0], Set.copyOf(Arrays.asList(kv[1].split("\\|"))));
      }
    }
    return out;
  }

  private static String code(Optional<LexiconEntry> e) {
    return e.map(LexiconEntry::cameo).orElse("none");
  }

  @ParameterizedTest(name = "verb {0} with [{1}] is {2}")
  @CsvSource({
      "shoot, obj=dead, 1823",
      "appeal, prep=to, 020",
      "appeal, prep=for obj=unity, 020",
      "appeal, obj=verdict, none",
      "appeal, '', none",
      "shoot, objmod=dead, 1823",
      "claim, obj=attack, 015",
      "refuse, obj=say, 011",
      "withdraw, obj=peacekeepers, 1661",
      "expel, obj=workers objmod=aid, 1663",
      "expel, obj=inspectors, 1662",
      "order, obj=leave, 166",
      "suspend, obj=support objmod=budget, 1621",
      "cut, obj=rations, 1623",
      "ban, obj=imports, 163",
      "lift, obj=ban, 085",
      "send, obj=weapons, 072",
      "transfer, obj=missiles, 072",
      "send, obj=team objmod=medical, 073",
      "deploy, obj=peacekeepers, 074",
      "allow, obj=inspectors, 0862",
      "allow, obj=convoys, 0863",
      "demand, obj=resignation, 1041",
      "block, obj=road, 144",
      "block, obj=shipment, 191",
      "stage, obj=protest, 141",
      "stage, obj=strike objmod=hunger, 142",
      "take, prep=to obj=streets, 141",
      "put, obj=readiness, 152",
      "begin, obj=exercises, 150",
      "issue, obj=ultimatum, 139",
      "fire, obj=rockets, 195",
      "fire, obj=gas, 175",
      "use, obj=gas objmod=chlorine, 2041",
      "violate, obj=ceasefire, 196",
      "set, prt=up obj=inquiry, 090",
      "reject, obj=proposal, 127",
      "dismiss, obj=allegations, 016",
      "allege, '', 112",
      "begin, obj=exercises objmod=joint, 062",
      "hold, obj=drills objmod=joint, 062",
      "block, obj=resolution, 129",
      "pull, obj=peacekeepers, 1661",
      "expand, obj=forces, 154",
      "send, obj=troops, 154",
      "lift, obj=curfew, 0813",
      "lift, obj=law objmod=martial, 0814",
      "lift, obj=embargo, 085",
      "engage, prep=in obj=firefight, 190",
      "offer, obj=concessions, 035",
      "offer, comp=host, 030",
      "declare, obj=ceasefire, 0871",
      "declare, obj=curfew, 1723",
      "impose, obj=curfew, 1723",
      "threaten, obj=sanctions, 1312",
      "threaten, prep=with obj=arrest, 137",
      "strike, obj=deal, 057",
      "strike, prep=over obj=pay, 143",
      "hit, prep=with obj=drones, 195",
      "hit, prt=out prep=at, 111",
      "take, obj=custody prep=into, 173",
      "take, obj=town, 192",
      "hold, obj=hostage, 181",
      "make, obj=concession, 080",
      "give, prt=in, 080",
      "open, obj=fire, 190",
      "close, obj=border, 191",
      "close, obj=embassy, 161",
      "cut, prt=off obj=supplies, 191",
      "carry, prt=out obj=arrests, 173",
      "carry, prt=out obj=airstrikes, 195",
      "carry, prt=out obj=strikes objmod=drone, 195",
      "fire, obj=shots, 193",
      "fire, obj=shots objmod=warning, 150",
      "fire, prep=at obj=gas objmod=tear, 175",
      "fire, prep=at obj=canisters, 175",
      "call, prt=off obj=strike, 082",
      "call, prep=for obj=talks, 026",
      "urge, obj=calm, 0256",
      "demand, obj=extradition, 1013",
      "reject, obj=talks, 125",
      "rule, prt=out obj=ceasefire, 1246",
      "accuse, prep=of obj=espionage, 1125",
      "investigate, obj=corruption, 091",
      "occupy, obj=campus, 144",
      "occupy, obj=town, 192",
      "deny, obj=entry, 120",
      "deny, obj=allegations, 016",
      "release, obj=hostages, 0841",
      "send, obj=police, 153",
      "deploy, obj=warships, 154",
      "withdraw, prep=from obj=alliance, 160",
      "buy, obj=missiles, 062",
      "bomb, '', 183",
      "assassinate, '', 186",
      "extradite, '', 063",
      "set, obj=fire prep=to, 1712",
      "set, obj=fire prep=to subj=protesters, 145",
      "hand, prt=out obj=rations, 073",
      "write, prt=off obj=debt, 071",
      "brush, prt=aside obj=allegations, 016",
      "jail, prep=for obj=years, 116",
      "wrest, obj=control, 192",
      "mow, prt=down, 1823",
      "spray, prep=with obj=cannon, 175",
      "raise, obj=tariffs, 163",
      "blow, prt=up obj=pipeline, 1712",
      "blow, prt=up obj=himself, 1831",
      "meet, obj=demands, 083",
      "wield, obj=veto, 129",
      "accept, obj=apology, 056",
      "bar, obj=inspectors, 1245",
      "storm, obj=parliament subj=protesters, 145",
      "take, prt=out obj=radars, 190",
      "shuttle, prep=between, 045",
      "subject, prep=to obj=torture, 1822",
  })
  void verbFamilies(String lemma, String spec, String cameo) {
    assertThat(code(LEXICON.verb(lemma, dependents(spec)))).isEqualTo(cameo);
  }

  @ParameterizedTest(name = "noun {0} with [{1}] is {2}")
  @CsvSource({
      "ultimatum, '', 139",
      "tariff, '', 163",
      "attack, objmod=drone, 195",
      "attack, objmod=suicide, 1831",
      "bombing, objmod=suicide, 1831",
      "raid, objmod=air, 195",
      "attack, '', 190",
      "exercise, objmod=joint, 062",
      "airstrike, '', 195",
      "crackdown, '', 175",
      "walkout, '', 143",
      "expulsion, '', 174",
      "blockade, '', 191",
      "ultimatum, '', 139",
      "sit-in, '', 141",
      "shelling, '', 194",
      "strike, objmod=teachers, 143",
      "strike, '', 190",
      "call, prep=for obj=ceasefire, 0256",
      "threat, obj=sanctions, 1312",
      "law, objmod=martial, 1724",
      "state, obj=emergency, 1724",
      "attempt, objmod=assassination, 185",
      "swap, objmod=prisoner, 0841",
      "roundup, '', 173",
      "sentence, objmod=death, 116",
      "conviction, prep=of, 116",
  })
  void nounFamilies(String lemma, String spec, String cameo) {
    assertThat(code(LEXICON.noun(lemma, dependents(spec)))).isEqualTo(cameo);
  }

  @ParameterizedTest(name = "verb {0} with [{1}] is no event")
  @CsvSource({
      "send, obj=letter",
      "fire, obj=official",
      "claim, obj=victory",
      "stage, obj=comeback",
      "take, obj=place",
      "hold, obj=view",
      "make, obj=money",
      "give, obj=speech",
      "open, obj=office",
      "cut, obj=rate",
      "close, obj=gap",
      "launch, obj=product",
      "lift, obj=spirits",
      "declare, obj=victory",
      "engage, prep=with",
      "offer, obj=details",
      "state, obj=art",
      "take, prep=in obj=talks",
      "work, prt=out obj=plan",
      "stop, obj=work",
      "hold, prep=without obj=charge",
  })
  void ordinaryUsesAreNoEvent(String lemma, String spec) {
    assertThat(code(LEXICON.verb(lemma, dependents(spec)))).isEqualTo("none");
  }
}
