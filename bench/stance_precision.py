#!/usr/bin/env python3
"""Precision and recall of the stance stage on hand-labelled news sentences (bench/stance_labels.tsv).

Builds nlp (release), runs pipelines/summit.pipe over ../shared/data/news.jsonl (or --records, the
output of such a run), and compares, sentence by sentence, the (holder, target, polarity) relations
whose evidence is a labelled sentence with the labels. A relation is right when the same holder
entity holds the same polarity toward the same target entity in the labels.

Three label sets: bench/stance_labels.tsv (120 sentences the rules were developed on),
bench/stance_labels_test.tsv (80 sentences first scored blind, then used to fix general errors) and
bench/stance_labels_blind.tsv (60 sentences labelled after the rules were final, never used to change
them); all three are scored.

Usage: bench/stance_precision.py [--records OUT.jsonl] [--show]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_labels(path):
    sentences = collections.defaultdict(set)
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("document\t") or not line.strip():
            continue
        document, start, end, holder, target, polarity = line.rstrip("\n").split("\t")
        key = (document, int(start), int(end))
        sentences[key]
        if holder != "-":
            sentences[key].add((holder, target, polarity))
    return sentences


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", help="output of the summit pipeline over news.jsonl (default: run it now)")
    parser.add_argument("--show", action="store_true", help="print every sentence with its errors")
    arguments = parser.parse_args()
    records = arguments.records
    if records is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "nlp"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        records = "/tmp/nlp-stance-precision.jsonl"
        subprocess.run([os.path.join(ROOT, ".build", "release", "nlp"), "run", os.path.join(ROOT, "pipelines", "summit.pipe"),
                        "--input", os.path.join(ROOT, "..", "shared", "data", "news.jsonl"), "--output", records, "--quiet"],
                       check=True)
    for name in ("stance_labels.tsv", "stance_labels_test.tsv", "stance_labels_blind.tsv"):
        print(f"== {name}")
        score(load_labels(os.path.join(ROOT, "bench", name)), records, arguments.show)


def score(labels, records, show):
    wanted = {document for document, _, _ in labels}
    found = collections.defaultdict(set)
    texts = {}
    with open(records, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] not in wanted:
                continue
            for relation in record.get("stance", []):
                key = (record["id"], relation["evidence"]["start"], relation["evidence"]["end"])
                if key in labels:
                    found[key].add((relation["holder"]["entity"], relation["target"]["entity"], relation["polarity"]))
            for key in labels:
                if key[0] == record["id"]:
                    texts[key] = record["text"][key[1]:key[2]]
    missing = [key for key in labels if key not in texts]
    if missing:
        sys.exit(f"stance_precision: {len(missing)} labelled sentences are not sentences of the run, e.g. {missing[0]}")
    right = sum(len(found[key] & gold) for key, gold in labels.items())
    produced = sum(len(found[key]) for key in labels)
    gold_count = sum(len(gold) for gold in labels.values())
    wrong_polarity = sum(1 for key, gold in labels.items() for h, t, p in found[key]
                         if (h, t, "oppose" if p == "support" else "support") in gold)
    precision = right / produced if produced else 0.0
    recall = right / gold_count if gold_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"sentences {len(labels)}, labelled relations {gold_count}, relations found {produced}")
    print(f"precision {precision:.3f} ({right}/{produced})  recall {recall:.3f} ({right}/{gold_count})  F1 {f1:.3f}"
          f"  wrong polarity {wrong_polarity}")
    if show:
        for key, gold in labels.items():
            if found[key] != gold:
                print(f"\n{key[0]} {key[1]}-{key[2]}: {' '.join(texts[key].split())}")
                for relation in sorted(found[key] - gold):
                    print("  extra  ", *relation)
                for relation in sorted(gold - found[key]):
                    print("  missed ", *relation)


if __name__ == "__main__":
    main()
