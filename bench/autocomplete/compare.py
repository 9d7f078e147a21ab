#!/usr/bin/env python3
"""Compares two corpus dumps of `make bench-autocomplete` cut by cut.

Each dump is written with `CORPUS_DUMP=path` (one tab-separated line per cut: see the bench's source for the
columns). Two runs of the same seed on the same machine hold the same cuts, so the outcome of each cut can be
compared: per language, the hits and wrong answers gained and lost and the top-3 moves, and with `-v` each cut
that changed (the line up to the cursor, what follows, the two first suggestions).

    python3 bench/autocomplete/compare.py BEFORE.tsv AFTER.tsv [-v] [--language python]
"""

import argparse
import collections
import sys


def read_dump(path):
    cuts = {}
    with open(path, encoding="utf-8", errors="replace") as dump:
        for line in dump:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 14:
                continue
            key = (fields[0], fields[1], fields[5], fields[11])
            cuts[key] = {
                "language": fields[0],
                "kind": fields[1],
                "outcome": fields[2],
                "line": fields[6],
                "expected": fields[7],
                "proposals": fields[8],
                "top3": fields[13] == "true",
            }
    return cuts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every cut whose outcome changed")
    parser.add_argument("--language", help="only this language")
    arguments = parser.parse_args()
    before, after = read_dump(arguments.before), read_dump(arguments.after)
    common = [key for key in after if key in before]
    if not common:
        sys.exit("the two dumps share no cut (another seed, or another corpus?)")
    moves = collections.defaultdict(collections.Counter)
    changed = []
    for key in common:
        old, new = before[key], after[key]
        if arguments.language and new["language"] != arguments.language:
            continue
        tally = moves[new["language"]]
        tally["cuts"] += 1
        if old["outcome"] != new["outcome"]:
            tally[f"hit {'+' if new['outcome'] == 'Hit' else '-'}"] += "Hit" in (old["outcome"], new["outcome"])
            tally[f"wrong {'+' if new['outcome'] == 'Wrong' else '-'}"] += "Wrong" in (old["outcome"], new["outcome"])
        elif old["outcome"] == "Wrong" and old["proposals"] != new["proposals"]:
            tally["wrong -> other wrong"] += 1
        if old["top3"] != new["top3"]:
            tally[f"top-3 {'+' if new['top3'] else '-'}"] += 1
        if old["outcome"] != new["outcome"] or old["top3"] != new["top3"]:
            changed.append((old, new))
    print(f"{len(common)} cuts in both dumps ({len(before) - len(common)} only before, {len(after) - len(common)} only after)")
    for language, tally in sorted(moves.items()):
        hits = tally["hit +"] - tally["hit -"]
        wrongs = tally["wrong +"] - tally["wrong -"]
        print(
            f"{language:11} cuts {tally['cuts']:5}  hit +{tally['hit +']} -{tally['hit -']} ({hits:+})"
            f"  wrong +{tally['wrong +']} -{tally['wrong -']} ({wrongs:+})"
            f"  top-3 +{tally['top-3 +']} -{tally['top-3 -']}"
        )
    if arguments.verbose:
        for old, new in changed:
            print(
                f"{new['language']}/{new['kind']} {old['outcome']}->{new['outcome']}"
                f" top3 {old['top3']}->{new['top3']}: {new['line']} | expected {new['expected']}"
                f"\n    before {old['proposals'][:120]}\n    after  {new['proposals'][:120]}"
            )


if __name__ == "__main__":
    main()
