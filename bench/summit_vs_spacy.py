#!/usr/bin/env python3
"""The headline benchmark: the whole summit pipeline against its spaCy equivalent, in one run, over
the same texts (../shared/data/news.jsonl).

    python3 bench/summit_vs_spacy.py [--corpus PATH] [--limit N] [--skip-spacy] [--repeat N]

nlp: `nlp run pipelines/summit.pipe` (release build) with --input the corpus, jobs=1 and jobs=2,
every record fully encoded; written to /dev/null, and once to a file.
spaCy 3.8: blank English + rule-based sentencizer + EntityRuler with the same gazetteer (every name,
alias and demonym of pipelines/gazetteers/world.tsv and summit.tsv as a phrase pattern on LOWER) +
a component that scores every sentence with vaderSentiment 3.3.2; nlp.pipe with n_process=1 and 2.
(Our pipeline also runs quote attribution and stance, which the spaCy pipeline does not: the
comparison favours spaCy.) Words are whitespace-separated words of the input texts, counted the same way for
both. Each figure is the best of --repeat runs (spaCy: one run).
Needs: pip install spacy vaderSentiment.
"""
import argparse, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "news.jsonl")

SPACY = r'''
import json, sys, time
import spacy
from spacy.language import Language
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
corpus, lists, n_process = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3])
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
patterns = []
for path in lists:
    header = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        forms = [row["name"]] + [a for a in row.get("aliases", "").split("|") if a]
        for form in forms:
            patterns.append({"label": row["type"], "pattern": form.lstrip("=~"), "id": row["id"]})
        for form in [d for d in row.get("demonyms", "").split("|") if d]:
            patterns.append({"label": "NORP", "pattern": form.lstrip("=~"), "id": row["id"]})
analyzer = SentimentIntensityAnalyzer()

@Language.component("vader")
def vader(doc):
    doc.user_data["sentiment"] = [analyzer.polarity_scores(sentence.text) for sentence in doc.sents]
    return doc

nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
start = time.perf_counter()
ruler.add_patterns(patterns)
build = time.perf_counter() - start
nlp.add_pipe("vader")
start = time.perf_counter()
entities = 0
for doc in nlp.pipe(texts, batch_size=256, n_process=n_process):
    entities += len(doc.ents)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "build": build, "patterns": len(patterns), "entities": entities}))
'''


def run(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{' '.join(argv)} failed:\n{err.decode()[-3000:]}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, out.decode(), err.decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N documents")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-spacy", action="store_true")
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    tmp = tempfile.mkdtemp(prefix="nlp-headline-")
    if args.limit:
        limited = os.path.join(tmp, "corpus.jsonl")
        with open(corpus, encoding="utf-8") as source, open(limited, "w", encoding="utf-8") as target:
            for index, line in enumerate(source):
                if index >= args.limit:
                    break
                target.write(line)
        corpus = limited
    subprocess.run(["swift", "build", "-c", "release", "--product", "nlp"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "nlp")
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
    words = sum(len(t.split()) for t in texts)
    nbytes = sum(len(t.encode()) for t in texts)
    stages = subprocess.run([binary, "check", "pipelines/summit.pipe"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"corpus: {len(texts)} documents, {words:,} words, {nbytes / 1e6:.2f} MB; {stages}")

    rows = []
    for jobs, destination in ((1, os.devnull), (2, os.devnull), (2, os.path.join(tmp, "out.jsonl"))):
        best = min((run([binary, "run", "pipelines/summit.pipe", "--input", corpus, "--output", destination,
                         "--jobs", str(jobs), "--quiet"]) for _ in range(args.repeat)), key=lambda r: r[0])
        label = f"nlp summit.pipe, jobs={jobs}" + (", output to a file" if destination != os.devnull else "")
        rows.append((label, best[0], words / best[0], nbytes / 1e6 / best[0], best[1]))
    spacy_rates = {}
    if not args.skip_spacy:
        script = os.path.join(tmp, "spacy_summit.py")
        open(script, "w").write(SPACY)
        lists = ",".join(os.path.join(ROOT, "pipelines", "gazetteers", f) for f in ("world.tsv", "summit.tsv"))
        for n in (1, 2):
            _, rss, out, _ = run([sys.executable, script, corpus, lists, str(n)])
            result = json.loads(out)
            spacy_rates[n] = words / result["seconds"]
            rows.append((f"spaCy 3.8 sentencizer + EntityRuler ({result['patterns']:,} patterns) + VADER, n_process={n}",
                         result["seconds"], words / result["seconds"], nbytes / 1e6 / result["seconds"], rss))
    print()
    print("| run | seconds | words/s | MB/s | peak RSS MiB |\n|---|---:|---:|---:|---:|")
    for label, seconds, wps, mbs, rss in rows:
        print(f"| {label} | {seconds:.2f} | {wps:,.0f} | {mbs:.1f} | {rss:.0f} |")
    if spacy_rates:
        print()
        print(f"nlp jobs=1 / spaCy n_process=1: {rows[0][2] / spacy_rates[1]:.1f}x words/s")
        print(f"nlp jobs=2 / spaCy best: {rows[1][2] / max(spacy_rates.values()):.1f}x words/s")


if __name__ == "__main__":
    main()
