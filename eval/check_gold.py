#!/usr/bin/env python3
"""Check gold files of eval/ against docs/evaluation.md and dyad's codebook and actor dictionary.

    python3 eval/check_gold.py eval/dev.jsonl eval/articles-dev.jsonl

Errors (exit 1): a line that does not parse, a missing or mistyped field, a duplicate id, a CAMEO
code not in cameo.tsv, a bad certainty or date, an actor code that looks like a code but is neither
a dictionary code nor ISO3 + role. Warnings: claimed_by or a quote not found in the text, an event
actor missing from `actors`. Prints counts per CAMEO root, per region and per phenomenon.
"""
import collections
import json
import re
import sys
from pathlib import Path

RES = Path(__file__).resolve().parent.parent / "dyad-core/src/main/resources/org/dyad"
REGIONS = {"africa", "americas", "asia", "europe", "middle-east", "oceania", "global"}
CERTAINTY = {"asserted", "alleged", "hypothetical"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE = re.compile(r"^[A-Z][A-Z0-9]{2,}$")


def rows(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def load():
    cameo = {r[0] for r in rows(RES / "codebook/cameo.tsv") if r[0] != "code"}
    iso3 = {r[0] for r in rows(RES / "actors/countries.tsv") if r[0] != "iso3"}
    roles = {r[0] for r in rows(RES / "actors/roles.tsv") if r[0] != "role"}
    codes = set()
    for f in ("organisations.tsv", "people.tsv"):
        codes |= {r[1] for r in rows(RES / "actors" / f) if r[0] != "id" and len(r) > 1}
    return cameo, iso3, roles, codes


def main(paths):
    cameo, iso3, roles, codes = load()
    errors, warnings = [], []
    ids = set()
    per_root_texts, per_root_events = collections.defaultdict(set), collections.Counter()
    regions, phen = collections.Counter(), collections.Counter()

    def actor_ok(code, where):
        if code is None:
            return
        if not isinstance(code, str) or not code.strip():
            errors.append(f"{where}: bad actor {code!r}")
        elif CODE.match(code) and code not in codes and not (code[:3] in iso3 and code[3:6] in roles):
            errors.append(f"{where}: unknown actor code {code}")

    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: {e}")
                continue
            for k, t in (("id", str), ("date", str), ("region", str), ("text", str), ("events", list), ("actors", list), ("quotes", list)):
                if not isinstance(rec.get(k), t):
                    errors.append(f"{where}: field {k} missing or not {t.__name__}")
            if errors and errors[-1].startswith(where):
                continue
            where = f"{path}:{rec['id']}"
            text = rec["text"].lower()
            if rec["id"] in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(rec["id"])
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", rec["date"]):
                errors.append(f"{where}: bad date {rec['date']}")
            if rec["region"] not in REGIONS:
                errors.append(f"{where}: bad region {rec['region']}")
            regions[rec["region"]] += 1
            actor_codes = set()
            for a in rec["actors"]:
                actor_ok(a.get("code"), where)
                actor_codes.add(a.get("code"))
            if not rec["events"]:
                phen["text with no event"] += 1
            for e in rec["events"]:
                for k in ("source", "target", "cameo"):
                    if k not in e:
                        errors.append(f"{where}: event without {k}")
                c = e.get("cameo")
                if c not in cameo:
                    errors.append(f"{where}: CAMEO code {c!r} not in cameo.tsv")
                    continue
                per_root_texts[c[:2]].add(rec["id"])
                per_root_events[c[:2]] += 1
                if not isinstance(e.get("negated", False), bool):
                    errors.append(f"{where}: negated must be true/false")
                if e.get("certainty", "asserted") not in CERTAINTY:
                    errors.append(f"{where}: bad certainty {e.get('certainty')}")
                if e.get("quantity") is not None and not isinstance(e["quantity"], int):
                    errors.append(f"{where}: quantity must be an integer or null")
                if e.get("date") is not None and not DATE.match(str(e["date"])):
                    errors.append(f"{where}: bad event date {e['date']}")
                by = e.get("claimed_by")
                if by is not None and by.lower() not in text:
                    warnings.append(f"{where}: claimed_by {by!r} not in text")
                for k in ("source", "target"):
                    actor_ok(e.get(k), where)
                    if e.get(k) is not None and e[k] not in actor_codes:
                        warnings.append(f"{where}: event {k} {e[k]} not in actors")
                phen["events"] += 1
                phen["negated"] += bool(e.get("negated"))
                phen[e.get("certainty", "asserted")] += 1
                phen["claimed_by"] += by is not None
                phen["quantity"] += e.get("quantity") is not None
                phen["event date"] += e.get("date") is not None
                phen["null source or target"] += e.get("source") is None or e.get("target") is None
            for q in rec["quotes"]:
                phen["quotes"] += 1
                if q.get("text", "").lower() not in text:
                    warnings.append(f"{where}: quote {q.get('text')!r} not in text")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(ids)} texts; regions: " + ", ".join(f"{r} {n}" for r, n in sorted(regions.items())))
    print("roots (texts/events): " + ", ".join(f"{r} {len(per_root_texts[r])}/{per_root_events[r]}" for r in sorted(per_root_texts)))
    print("phenomena: " + ", ".join(f"{k} {v}" for k, v in phen.items()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["eval/dev.jsonl", "eval/articles-dev.jsonl"]))
