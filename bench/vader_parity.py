#!/usr/bin/env python3
"""Parity and speed of the `sentiment` stage against vaderSentiment 3.3.2, in one run.

    pip install vaderSentiment==3.3.2
    python3 bench/vader_parity.py [--corpus ../shared/data/news.jsonl] [--repeat 7] [--python-repeat 3]
                                  [--scratch-path .build] [--nlp BINARY --timing BINARY]

1. Builds `nlp` and `vader-timing` (release) unless --nlp and --timing name binaries, and runs
   `segmenter` + `sentiment` over the corpus (jobs=1). The stage reads the lexicons shipped in
   pipelines/lexicons/.
2. Takes every sentence string the segmenter produced, `text[start:end]` of each entry of the
   `sentiment` layer (whose spans are the `sentences` layer's), and scores it with
   vaderSentiment's `SentimentIntensityAnalyzer().polarity_scores`.
3. Compares compound, pos, neu and neg per sentence: a sentence agrees when all four are within
   1e-4. Prints the agreement, and every differing sentence with its diagnosed cause.
4. Speed, measured in this run, two ways, each against the same vaderSentiment figure: the best of
   --python-repeat passes of the `polarity_scores` loop over all the sentences (strings prepared
   and analyzer built beforehand; CPU time of the loop, and wall time).
   a. Scoring alone, like for like: `vader-timing` (bench/vader-timing) runs `VADER.polarityScores`
      over the same sentence strings, one thread, lexicons loaded beforehand; best of --repeat
      passes. Its scores must equal the stage's.
   b. The whole stage inside `nlp`: the best time of `nlp run` with segmenter + sentiment minus the
      best time with the segmenter alone, both jobs=1, output to /dev/null, alternated --repeat
      times. The difference is everything the stage adds: loading the lexicons, scoring, building
      the layer and writing it as JSON, with the segmenter's and the reader's work in the same
      caches. CPU time is user + system of the process.
   CPU time is the headline: wall time also counts whatever else the machine runs.
Exit status 1 if fewer than 99.9% of sentences agree.
"""
import argparse, atexit, json, os, shutil, subprocess, sys, tempfile, time, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "news.jsonl")
LEXICONS = os.path.join(ROOT, "pipelines", "lexicons")
TOLERANCE = 1e-4
KEYS = ("compound", "pos", "neu", "neg")


def pipeline(path, corpus, with_sentiment):
    stages = ["  - segmenter"]
    if with_sentiment:
        stages.append("  - sentiment: { lexicon: %s, emoji-lexicon: %s }" % (
            json.dumps(os.path.join(LEXICONS, "vader_lexicon.txt")),
            json.dumps(os.path.join(LEXICONS, "emoji_utf8_lexicon.txt"))))
    with open(path, "w") as f:
        f.write("name: %s\ninput: %s\noutput: /dev/null\njobs: 1\nstages:\n%s\n"
                % ("sentiment" if with_sentiment else "segmenter", json.dumps(corpus), "\n".join(stages)))
    return path


def run(argv):
    """Runs argv; returns (wall seconds, CPU seconds: user + system of that process alone)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed ({os.waitstatus_to_exitcode(status)}):\n{err.decode()[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime


def unrounded(analyzer, module, text):
    """polarity_scores without its final round(), to see how close a value is to a rounding boundary."""
    saved = module.__dict__.get("round")
    module.round = lambda value, digits=None: value
    try:
        return analyzer.polarity_scores(text)
    finally:
        if saved is None:
            del module.round
        else:
            module.round = saved


def diagnose(text, ours, theirs, exact, emoji):
    """The likely cause of a difference, from what the sentence holds and how the values differ."""
    causes = []
    for key in KEYS:
        if abs(ours[key] - theirs[key]) <= TOLERANCE:
            continue
        step = 1e-4 if key == "compound" else 1e-3
        boundary = abs((exact[key] / step) % 1 - 0.5) < 1e-9
        if abs(abs(ours[key] - theirs[key]) - step) < step / 10 and boundary:
            causes.append(f"{key}: the exact value {exact[key]!r} lies on a rounding boundary")
    if any(ch in emoji for ch in text):
        causes.append("an emoji of the emoji lexicon")
    letters = {ch for ch in text if ord(ch) > 127 and unicodedata.category(ch)[0] == "L"}
    if letters:
        causes.append("non-ASCII letters (lower()/isupper() tables: Python's Unicode %s vs Swift's): %s"
                      % (unicodedata.unidata_version, "".join(sorted(letters))))
    if any(ord(ch) > 127 and ch.isspace() for ch in text):
        causes.append("non-ASCII whitespace")
    return "; ".join(causes) or "unexplained"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=7, help="nlp timing runs of each pipeline (best is kept)")
    parser.add_argument("--python-repeat", type=int, default=3, help="vaderSentiment timing passes (best is kept)")
    parser.add_argument("--scratch-path", default=os.path.join(ROOT, ".build"))
    parser.add_argument("--nlp", help="an nlp binary to use instead of building one")
    parser.add_argument("--timing", help="a vader-timing binary to use instead of building one")
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)

    import vaderSentiment
    from vaderSentiment import vaderSentiment as vader_module
    from importlib.metadata import version
    print(f"vaderSentiment {version('vaderSentiment')} ({vaderSentiment.__file__}), Python {sys.version.split()[0]}")

    binary, timing = args.nlp, args.timing
    for product in ("nlp", "vader-timing"):
        if (binary if product == "nlp" else timing) is None:
            subprocess.run(["swift", "build", "-c", "release", "--scratch-path", args.scratch_path, "--product", product],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = binary or os.path.join(args.scratch_path, "release", "nlp")
    timing = timing or os.path.join(args.scratch_path, "release", "vader-timing")

    tmp = tempfile.mkdtemp(prefix="nlp-vader-")
    atexit.register(shutil.rmtree, tmp, True)   # the records are 200 MB
    with_sentiment = pipeline(os.path.join(tmp, "sentiment.pipe"), corpus, True)
    segmenter_only = pipeline(os.path.join(tmp, "segmenter.pipe"), corpus, False)
    records = os.path.join(tmp, "out.jsonl")
    run([binary, "run", with_sentiment, "--output", records, "--quiet"])

    sentences, ours = [], []
    documents = 0
    with open(records, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if "error" in record:
                sys.exit(f"document {record['id']} failed: {record['error']}")
            documents += 1
            text, layer = record["text"], record["sentiment"]
            spans = [(s["start"], s["end"]) for s in record["sentences"]]
            if spans != [(s["start"], s["end"]) for s in layer["sentences"]]:
                sys.exit(f"document {record['id']}: sentiment spans differ from the sentences layer")
            for entry in layer["sentences"]:
                sentences.append(text[entry["start"]:entry["end"]])
                ours.append({key: entry[key] for key in KEYS})
    print(f"corpus: {corpus}: {documents} documents, {len(sentences)} sentences (nlp segmenter)")

    analyzer = vader_module.SentimentIntensityAnalyzer()
    score = analyzer.polarity_scores
    python_runs = []   # (wall, CPU) seconds
    for _ in range(max(1, args.python_repeat)):
        start, start_cpu = time.perf_counter(), time.process_time()
        theirs = [score(sentence) for sentence in sentences]
        python_runs.append((time.perf_counter() - start, time.process_time() - start_cpu))

    differences = []
    exact = 0
    for index, (text, mine, reference) in enumerate(zip(sentences, ours, theirs)):
        if all(mine[key] == reference[key] for key in KEYS):
            exact += 1
        if any(abs(mine[key] - reference[key]) > TOLERANCE for key in KEYS):
            differences.append(index)
    agreeing = len(sentences) - len(differences)
    share = 100.0 * agreeing / max(1, len(sentences))
    print(f"\nparity: {agreeing} of {len(sentences)} sentences agree within {TOLERANCE:g} on all four scores "
          f"({share:.4f}%); {exact} ({100.0 * exact / max(1, len(sentences)):.4f}%) are identical")
    for index in differences:
        text = sentences[index]
        print(f"\n  sentence {index}: {text!r}\n    nlp:            {ours[index]}\n    vaderSentiment: {theirs[index]}"
              f"\n    cause: {diagnose(text, ours[index], theirs[index], unrounded(analyzer, vader_module, text), analyzer.emojis)}")

    # a. Scoring alone.
    sentence_file = os.path.join(tmp, "sentences.json")
    with open(sentence_file, "w", encoding="utf-8") as f:
        json.dump(sentences, f)
    proc = subprocess.run([timing, os.path.join(LEXICONS, "vader_lexicon.txt"), os.path.join(LEXICONS, "emoji_utf8_lexicon.txt"),
                           sentence_file, str(args.repeat)], stdout=subprocess.PIPE, check=True)
    timed = json.loads(proc.stdout)
    same = sum(1 for mine, row in zip(ours, timed["scores"]) if [mine[key] for key in KEYS] == row)
    if same != len(sentences):
        sys.exit(f"vader-timing scored {len(sentences) - same} sentences differently from the stage")
    alone = [(p["wall"], p["cpu"]) for p in timed["passes"]]

    # b. The stage in the pipeline.
    timings = {"segmenter": [], "sentiment": []}
    for _ in range(args.repeat):
        timings["segmenter"].append(run([binary, "run", segmenter_only, "--quiet"]))
        timings["sentiment"].append(run([binary, "run", with_sentiment, "--quiet"]))
    n = max(1, len(sentences))
    print(f"\nspeed over the same {len(sentences)} sentences (best of {len(python_runs)} passes of vaderSentiment, "
          f"best of {args.repeat} of everything else):")
    print(f"  {'':48} {'wall s':>8} {'CPU s':>8}   runs (wall/CPU)")
    rows = [("vaderSentiment polarity_scores loop", python_runs),
            ("a. VADER.polarityScores loop (vader-timing)", alone),
            ("b. nlp segmenter, jobs=1", timings["segmenter"]),
            ("   nlp segmenter + sentiment, jobs=1", timings["sentiment"])]
    best = {}
    for name, runs in rows:
        best[name] = (min(r[0] for r in runs), min(r[1] for r in runs))
        print(f"  {name:48} {best[name][0]:8.3f} {best[name][1]:8.3f}   "
              + " ".join(f"{w:.2f}/{c:.2f}" for w, c in runs))
    python = best["vaderSentiment polarity_scores loop"]
    stage = tuple(best["   nlp segmenter + sentiment, jobs=1"][i] - best["b. nlp segmenter, jobs=1"][i] for i in range(2))
    print(f"  {'   the sentiment stage (the difference)':48} {stage[0]:8.3f} {stage[1]:8.3f}")
    print(f"  per sentence, CPU: vaderSentiment {1e6 * python[1] / n:.1f} µs, scoring alone "
          f"{1e6 * best['a. VADER.polarityScores loop (vader-timing)'][1] / n:.2f} µs, the stage {1e6 * stage[1] / n:.2f} µs")
    for label, mine in (("a. scoring alone", best["a. VADER.polarityScores loop (vader-timing)"]), ("b. the whole stage", stage)):
        ratios = [f"{python[i] / mine[i]:.1f}x" if mine[i] > 0 else "n/a" for i in (1, 0)]
        print(f"  ratio, {label}: {ratios[0]} vaderSentiment's speed on CPU time, {ratios[1]} on wall time")
    return 0 if share >= 99.9 else 1


if __name__ == "__main__":
    sys.exit(main())
