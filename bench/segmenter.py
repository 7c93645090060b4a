#!/usr/bin/env python3
"""Benchmark: the segmenter pipeline against spaCy's sentencizer, in one run, on the same texts.

    python3 bench/segmenter.py [--corpus ../shared/data/news.jsonl] [--skip-spacy] [--repeat N]

Measures, each in a fresh process so that peak RSS belongs to that run alone:
  - nlp (release build) with the segmenter only, jobs=1 and jobs=2, over the corpus;
  - the same at jobs=1 over four copies of the corpus (peak RSS must not grow with the corpus);
  - spaCy 3.8, blank English + rule-based sentencizer, nlp.pipe, n_process=1 (and 2);
  - `nlp run pipelines/summit.pipe` on the five seeds, warm (median of 5).
nlp encodes every record in full; unless a row says otherwise it writes them to /dev/null, so that
the figures measure the pipeline rather than the disk (spaCy's loop serialises nothing at all).
Words are whitespace-separated words of the input texts, counted the same way for every system;
MB are millions of UTF-8 bytes of text. Each timing is the best of --repeat runs.
"""
import argparse, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "news.jsonl")

SPACY_WORKER = r'''
import json, sys, time
import spacy
path, n_process = sys.argv[1], int(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
start = time.perf_counter()
sentences = tokens = 0
for doc in nlp.pipe(texts, batch_size=256, n_process=n_process):
    sentences += sum(1 for _ in doc.sents)
    tokens += len(doc)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "sentences": sentences, "tokens": tokens}))
'''


def run_measured(argv, stdin=None):
    """Runs argv, returning (seconds, peak RSS in MiB of that process alone, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    out, err = b"", b""
    # wait4 gives the rusage of this child only.
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024.0, out.decode(), err.decode()


def corpus_stats(path):
    words = nbytes = docs = 0
    for line in open(path, encoding="utf-8"):
        text = json.loads(line)["text"]
        words += len(text.split())
        nbytes += len(text.encode("utf-8"))
        docs += 1
    return docs, words, nbytes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--skip-spacy", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)

    subprocess.run(["swift", "build", "-c", "release", "--product", "nlp"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "nlp")
    docs, words, nbytes = corpus_stats(corpus)
    print(f"corpus: {corpus}: {docs} documents, {words} words, {nbytes / 1e6:.2f} MB")

    tmp = tempfile.mkdtemp(prefix="nlp-bench-")
    pipe = os.path.join(tmp, "segmenter.pipe")
    with open(pipe, "w") as f:
        f.write("name: segmenter-bench\nstages:\n  - segmenter: { locale: en }\n")
    copies = os.path.join(tmp, "news-x4.jsonl")
    with open(copies, "wb") as out:
        data = open(corpus, "rb").read()
        for _ in range(4):
            out.write(data)
    output = os.path.join(tmp, "out.jsonl")

    rows = []

    def nlp_row(label, jobs, path, factor, destination=os.devnull):
        best = None
        for _ in range(args.repeat):
            seconds, rss, _, _ = run_measured([binary, "run", pipe, "--input", path, "--output", destination,
                                               "--jobs", str(jobs), "--quiet"])
            if best is None or seconds < best[0]:
                best = (seconds, rss)
        seconds, rss = best
        rows.append((label, seconds, nbytes * factor / seconds / 1e6, words * factor / seconds, rss))
        return seconds

    one = nlp_row("nlp segmenter, jobs=1", 1, corpus, 1)
    two = nlp_row("nlp segmenter, jobs=2", 2, corpus, 1)
    nlp_row("nlp segmenter, jobs=1, corpus x4", 1, copies, 4)
    nlp_row("nlp segmenter, jobs=2, output to a file", 2, corpus, 1, output)
    out_bytes = os.path.getsize(output)

    spacy_rates = {}
    if not args.skip_spacy:
        worker = os.path.join(tmp, "spacy_worker.py")
        open(worker, "w").write(SPACY_WORKER)
        for n in (1, 2):
            _, rss, out, _ = run_measured([sys.executable, worker, corpus, str(n)])
            seconds = json.loads(out)["seconds"]
            spacy_rates[n] = words / seconds
            rows.append((f"spaCy 3.8 blank en + sentencizer, n_process={n}", seconds, nbytes / seconds / 1e6,
                         words / seconds, rss))

    seeds = []
    for _ in range(6):
        seconds, _, _, _ = run_measured([binary, "run", "pipelines/summit.pipe", "--output",
                                         os.path.join(tmp, "seeds.jsonl"), "--quiet"])
        seeds.append(seconds)
    seeds = sorted(seeds[1:])  # first run warms the page cache

    print()
    print("| run | seconds | MB/s | words/s | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|")
    for label, seconds, mbs, wps, rss in rows:
        print(f"| {label} | {seconds:.2f} | {mbs:.1f} | {wps:,.0f} | {rss:.0f} |")
    print()
    print(f"jobs=2 / jobs=1 speed-up: {one / two:.2f}x")
    if spacy_rates:
        print(f"nlp jobs=1 / spaCy n_process=1 words/s: {words / one / spacy_rates[1]:.1f}x")
    print(f"peak RSS corpus x4 / corpus x1 (jobs=1): {rows[2][4] / rows[0][4]:.2f}")
    print(f"seeds, warm wall time (median of 5): {seeds[len(seeds) // 2] * 1000:.0f} ms")
    print(f"output size for the corpus: {out_bytes / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
