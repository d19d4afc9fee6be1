#!/usr/bin/env python3
"""How many training sentences the coder gives their CAMEO root, actors aside (a coverage check).

The training sentences (train/*.jsonl) carry a root but name their actors in words, not by code, so
`dyad eval` cannot score them. This script asks a narrower question of text the rules were not
written against: for each sentence with an event, does dyad code any event of its root; for each
sentence without one, does it code none. Usage, from the project folder:

    python3 eval/train_coverage.py --input /tmp/train-in.jsonl       # writes dyad's input
    ./dyad analyze --jsonl /tmp/train-in.jsonl --format json -o /tmp/train-out.jsonl
    python3 eval/train_coverage.py /tmp/train-out.jsonl [--misses N]
"""
import argparse
import collections
import glob
import json
import os

TRAIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train")


def gold():
    out = {}
    for path in sorted(glob.glob(os.path.join(TRAIN, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    out[d["id"]] = d
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("analysed", nargs="?", help="dyad analyze --format json output for the training sentences")
    p.add_argument("--input", help="write the training sentences as dyad analyze --jsonl input to this file")
    p.add_argument("--misses", type=int, default=0, help="print this many sentences whose root was not found")
    a = p.parse_args()
    sentences = gold()
    if a.input:
        with open(a.input, "w", encoding="utf-8") as f:
            for d in sentences.values():
                f.write(json.dumps({"id": d["id"], "date": "2025-03-05", "text": d["text"]}) + "\n")
        return
    coded = {}
    with open(a.analysed, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            coded[d["article"]["id"]] = [e["root"] for e in d["events"]]
    by_root, found, other, misses = collections.Counter(), collections.Counter(), collections.Counter(), []
    quiet, spurious = 0, 0
    for i, g in sentences.items():
        roots = coded.get(i, [])
        if g["cameo"] is None:
            quiet += 1
            spurious += bool(roots)
            continue
        r = g["cameo"][:2]
        by_root[r] += 1
        if r in roots:
            found[r] += 1
        else:
            other[r] += bool(roots)
            misses.append((r, g["trigger"], g["text"], roots))
    total = sum(by_root.values())
    print(f"sentences with an event  {total}: root found {sum(found.values())} ({sum(found.values()) / total:.3f}),"
          f" only other roots {sum(other.values())}")
    print(f"sentences without one    {quiet}: some event coded {spurious} ({spurious / quiet:.3f})")
    for r in sorted(by_root):
        print(f"  {r}  {by_root[r]:4d}  found {found[r]:4d}  ({found[r] / by_root[r]:.2f})  other root {other[r]}")
    for r, trigger, text, roots in misses[:a.misses]:
        print(f"missed {r} [{trigger}] {text}  -> {roots}")


if __name__ == "__main__":
    main()
