#!/usr/bin/env python3
"""Checks an `nlp run` output file from outside the process: every span is a valid code-point range.

    python3 scripts/check_offsets.py OUTPUT.jsonl

For each record with a `text`, every object with integer `start` and `end` anywhere in it must satisfy
0 <= start <= end <= len(text), and sentence and token spans must cover non-empty text with no
leading or trailing whitespace (`text[start:end]` is the span). Exits 1 on the first violation.
"""
import json, sys


def spans(value, path):
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield path, value
        for key, item in value.items():
            yield from spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from spans(item, f"{path}[{index}]")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    checked = records = 0
    for number, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
        record = json.loads(line)
        text = record.get("text")
        if text is None:
            continue
        records += 1
        for path, span in spans({k: v for k, v in record.items() if k != "text"}, record.get("id", f"line {number}")):
            start, end = span["start"], span["end"]
            if not 0 <= start <= end <= len(text):
                sys.exit(f"{path}: [{start}, {end}) is outside the text (length {len(text)})")
            if ".sentences[" in path or ".tokens[" in path:
                piece = text[start:end]
                if not piece or piece != piece.strip():
                    sys.exit(f"{path}: text[{start}:{end}] = {piece!r} is empty or has surrounding whitespace")
            if "text" in span and span["text"] != text[start:end]:
                sys.exit(f"{path}: text is {span['text']!r} but text[{start}:{end}] is {text[start:end]!r}")
            checked += 1
    print(f"{checked} spans in {records} records: all satisfy text[start:end]")


if __name__ == "__main__":
    main()
