#!/usr/bin/env python3
"""Random texts built to hit VADER's rules and tokenizer quirks, scored by vaderSentiment 3.3.2
and by the `Sentiment` module (through `vader-timing`); every difference is printed.

    python3 bench/vader_fuzz.py [--texts 50000] [--seed 1] [--scratch-path .build] [--timing BINARY]

The texts mix lexicon words, negations, boosters, "but", "kind of", "least", idiom words, emoji
(single code points, skin tones, ZWJ and flag sequences), Python whitespace (tab, newline, NBSP,
U+2003, U+001C, U+3000), ASCII punctuation runs around words, ALL CAPS, non-ASCII letters (É, ß,
İ, Σ, the Kelvin sign, a ligature, a title-case digraph) and control characters. Exit status 1 on
any difference.
"""
import argparse, json, os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICONS = os.path.join(ROOT, "pipelines", "lexicons")


def texts(count, seed, analyzer):
    rng = random.Random(seed)
    lexicon = [w for w in analyzer.lexicon if " " not in w]
    special = ("but kind of no or nor least at very never so this without doubt the shit bomb bad ass bus stop "
               "yeah right kiss death to die for beating heart sort just enough not isn't don't DON'T wasn't "
               "n't aint KIND OF BUT").split()
    boosters = "very extremely kinda sorta slightly barely really SO VERY totally".split()
    emoji = list(analyzer.emojis)[:200] + ["\u2764\ufe0f", "\U0001F44D\U0001F3FB", "\U0001F1FA\U0001F1F8"]
    punctuation = list("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") + ["...", "!!!", "??", "?!", "\u201c", "\u201d", "\u2019", "\u2014"]
    spaces = [" "] * 4 + ["  ", "\t", "\n", "\u00a0", "\u2003", "\x1c", "\u3000", "\r\n"]
    odd = ["\x07", "\x7f", "\u00c9", "\u00c9T\u00c9", "stra\u00dfe", "\u0130", "\u01c5", "\u03a3", "\u039f\u0394\u039f\u03a3",
           "\u212a", "\ufb01", "\u0301", "\u200b", "\ufeff"]
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    def word():
        r = rng.random()
        if r < 0.35: w = rng.choice(lexicon)
        elif r < 0.55: w = rng.choice(special)
        elif r < 0.65: w = rng.choice(boosters)
        elif r < 0.70: w = rng.choice(emoji)
        elif r < 0.75: w = rng.choice(odd)
        elif r < 0.85: w = "".join(rng.choice(letters) for _ in range(rng.randint(1, 22)))
        else: w = "".join(rng.choice(punctuation) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.2: w = w.upper()
        if rng.random() < 0.3: w = "".join(rng.choice(punctuation) for _ in range(rng.randint(1, 4))) + w
        if rng.random() < 0.3: w += "".join(rng.choice(punctuation) for _ in range(rng.randint(1, 4)))
        return w

    for _ in range(count):
        n = rng.randint(0, 30)
        text = "".join(word() + (rng.choice(spaces) if i < n - 1 and rng.random() < 0.95 else "") for i in range(n))
        if rng.random() < 0.1: text = rng.choice(spaces) + text + rng.choice(spaces)
        yield text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=50000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scratch-path", default=os.path.join(ROOT, ".build"))
    parser.add_argument("--timing", help="a vader-timing binary to use instead of building one")
    args = parser.parse_args()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    analyzer = SentimentIntensityAnalyzer()
    timing = args.timing
    if timing is None:
        subprocess.run(["swift", "build", "-c", "release", "--scratch-path", args.scratch_path, "--product", "vader-timing"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        timing = os.path.join(args.scratch_path, "release", "vader-timing")
    sample = list(texts(args.texts, args.seed, analyzer))
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(sample, f)
    try:
        out = subprocess.run([timing, os.path.join(LEXICONS, "vader_lexicon.txt"),
                              os.path.join(LEXICONS, "emoji_utf8_lexicon.txt"), f.name], stdout=subprocess.PIPE, check=True)
    finally:
        os.unlink(f.name)
    ours = json.loads(out.stdout)["scores"]
    differences = 0
    for text, mine in zip(sample, ours):
        theirs = analyzer.polarity_scores(text)
        if mine != [theirs["compound"], theirs["pos"], theirs["neu"], theirs["neg"]]:
            differences += 1
            print(f"{text!r}\n  nlp:            {mine}\n  vaderSentiment: {theirs}")
    print(f"{len(sample)} texts (seed {args.seed}): {differences} differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
