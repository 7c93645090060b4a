#!/usr/bin/env python3
"""Checks that code quoted in the docs still matches the files it is quoted from.

A fenced code block preceded by a line `<!-- from PATH -->` (PATH relative to the repository root)
must appear, line for line, in that file. Exits 1 and says which quote went stale.

    python3 scripts/check_doc_snippets.py [docs/*.md ...]
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = re.compile(r"^<!-- from (\S+) -->\s*$")


def quotes(path):
    """Yields (line number, source path, quoted lines) for every marked code block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    index = 0
    while index < len(lines):
        match = MARKER.match(lines[index])
        if match and index + 1 < len(lines) and lines[index + 1].startswith("```"):
            start = index + 2
            end = start
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            yield index + 1, match.group(1), lines[start:end]
            index = end
        index += 1


def main():
    docs = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
    problems = checked = 0
    for doc in docs:
        for line, source, quoted in quotes(doc):
            checked += 1
            path = os.path.join(ROOT, source)
            if not os.path.exists(path):
                print(f"{doc}:{line}: quotes {source}, which does not exist")
                problems += 1
                continue
            text = open(path, encoding="utf-8").read().split("\n")
            if not any(text[i:i + len(quoted)] == quoted for i in range(len(text) - len(quoted) + 1)):
                print(f"{doc}:{line}: the quote of {source} no longer matches it (first line: {quoted[0].strip()!r})")
                problems += 1
    print(f"check_doc_snippets: {checked} quotes checked, {problems} stale")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
