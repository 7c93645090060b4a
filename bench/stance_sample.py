#!/usr/bin/env python3
"""Draws the sentences of news.jsonl that bench/stance_labels.tsv labels, for stance precision.

A sentence is a candidate when it names at least two distinct entities that can hold or receive a
stance (PERSON, ORG, GPE, NORP, found by the summit pipeline's gazetteer) and contains a word
that starts like a stance word (support, back, condemn, criticis/z, accus, sanction, oppos, prais,
urg, warn, ally/allies, war, attack, threat, welcom, denounc, blame, cooperat). The stance layer is
not read. Prints one block per sentence for labelling by hand:

    #N doc-id start end
    text
      entity-id  (surface)  ...

Usage: bench/stance_sample.py RECORDS.jsonl [--count 120] [--seed 7] [--exclude LABELS.tsv]
RECORDS is the summit pipeline's output over ../shared/data/news.jsonl.
"""
import argparse
import json
import random
import re

LABELS = {"PERSON", "ORG", "GPE", "NORP"}
STEMS = re.compile(r"\b(support|back|condemn|criticis|criticiz|accus|sanction|oppos|prais|urg|warn|all(y|ies)|war\b|"
                   r"attack|threat|welcom|denounc|blam|cooperat|hail|slam|endors|reject|invad|invasion|hostil)", re.I)


def candidates(path):
    with open(path, encoding="utf-8") as records:
        for line in records:
            record = json.loads(line)
            text = record.get("text")
            if text is None or "sentences" not in record:
                continue
            mentions = [m for m in record.get("entities", []) if m["label"] in LABELS]
            for sentence in record["sentences"]:
                inside = [m for m in mentions if sentence["start"] <= m["start"] and m["end"] <= sentence["end"]]
                if len({m["id"] for m in inside}) < 2:
                    continue
                body = text[sentence["start"]:sentence["end"]]
                if STEMS.search(body):
                    yield record["id"], sentence["start"], sentence["end"], body, inside


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("records")
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--exclude", action="append", default=[], help="labels file whose sentences are not drawn again")
    arguments = parser.parse_args()
    excluded = set()
    for path in arguments.exclude:
        for line in open(path, encoding="utf-8"):
            fields = line.split("\t")
            if len(fields) == 6 and not line.startswith("#") and fields[0] != "document":
                excluded.add((fields[0], int(fields[1]), int(fields[2])))
    pool = [c for c in candidates(arguments.records) if (c[0], c[1], c[2]) not in excluded]
    random.Random(arguments.seed).shuffle(pool)
    print(f"# {len(pool)} candidate sentences; {arguments.count} drawn with seed {arguments.seed}")
    for number, (doc, start, end, body, inside) in enumerate(pool[:arguments.count], 1):
        print(f"\n#{number} {doc} {start} {end}\n{' '.join(body.split())}")
        seen = {}
        for m in inside:
            seen.setdefault(m["id"], []).append(m["text"])
        print("   " + "  ".join(f"{k} ({'/'.join(sorted(set(v)))})" for k, v in seen.items()))


if __name__ == "__main__":
    main()
