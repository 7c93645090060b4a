#!/usr/bin/env python3
"""An external stage for nlp: runs of capitalized words (candidate names), per sentence.

"Seoul, South Korea — In a meeting with Kim Jong Un" gives "Seoul", "South Korea" and
"Kim Jong Un" (and "In", unless it is in the `ignore` list). Needs the segmenter's sentences and
tokens; adds the layer `capitalized`:

    {"start": 7, "end": 18, "text": "South Korea", "words": 2}

Standard library only; the protocol is handled by nlp_stage.py, next to this file.
"""

import nlp_stage


def configure(options):
    """Checks the options and loads the ignore list, once per process."""
    if options["min-words"] < 1:
        raise nlp_stage.OptionError("min-words must be at least 1", option="min-words")
    ignored = set()
    if "ignore" in options:
        with open(options["ignore"], encoding="utf-8") as words:
            ignored = {line.strip() for line in words if line.strip() and not line.startswith("#")}
    return {"min-words": options["min-words"], "ignored": ignored}


def process(text, layers, options):
    runs = []
    tokens = layers["tokens"]
    position = 0
    for sentence in layers["sentences"]:
        run = []
        while position < len(tokens) and tokens[position]["start"] < sentence["end"]:
            token = tokens[position]
            position += 1
            word = text[token["start"]:token["end"]]
            if token["kind"] == "word" and word[0].isupper() and word not in options["ignored"]:
                run.append(token)
                continue
            add(runs, run, text, options)
            run = []
        add(runs, run, text, options)
    return {"capitalized": runs}


def add(runs, run, text, options):
    if len(run) >= options["min-words"]:
        start, end = run[0]["start"], run[-1]["end"]
        runs.append({"start": start, "end": end, "text": text[start:end], "words": len(run)})


if __name__ == "__main__":
    nlp_stage.serve(
        name="capitalized",
        summary="Runs of capitalized words, per sentence (candidate names).",
        requires=["sentences", "tokens"],
        produces=["capitalized"],
        options=[
            {"name": "min-words", "type": "integer", "default": 1,
             "summary": "Shortest run to report, in words."},
            {"name": "ignore", "type": "path",
             "summary": "A file of capitalized words that never count (one per line), such as sentence openers."},
        ],
        configure=configure,
        process=process,
    )
