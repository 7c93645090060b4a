#!/usr/bin/env python3
"""Benchmark: the gazetteer stage at a million surface forms, against pyahocorasick and spaCy's
PhraseMatcher on the same gazetteer and the same text, in one run.

    python3 bench/gazetteer.py [--corpus ../shared/data/news.jsonl] [--forms 1000000] [--skip-spacy]

1. Builds (release) and generates a gazetteer of --forms surface forms (bench/make_big_gazetteer.py:
   every geonames city and country with its alternate names, then generated person names).
2. Load: `nlp check` on a pipeline naming it (the check builds every stage: parse, normalise and
   compile the gazetteer) minus `nlp check` on the same pipeline with a one-line gazetteer;
   peak RSS of that process.
3. Matching, jobs=1, over the corpus, records to /dev/null: segmenter alone, segmenter + gazetteer
   (the big one, and the shipped world + summit lists). The gazetteer's own throughput is the corpus
   size over the time it adds to the segmenter, less its load time.
4. pyahocorasick: automaton of the same surface forms (lower-cased), build time; leftmost-longest
   (iter_long) over the lower-cased texts, keeping matches on word boundaries.
5. spaCy 3.8 PhraseMatcher (attr=LOWER) over a blank English tokenizer: build time for the same
   forms; matching time over the same texts, tokenisation included (as our pipeline's figure
   includes the segmenter's).
Each peer runs in its own process; its peak RSS is reported.
"""
import argparse, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "news.jsonl")

AHO = r'''
import json, sys, time, re, resource
import ahocorasick
gaz, corpus = sys.argv[1], sys.argv[2]
forms = []
for i, line in enumerate(open(gaz, encoding="utf-8")):
    if i == 0: continue
    cells = line.rstrip("\n").split("\t")
    forms.append(cells[2]); forms.extend(a for a in cells[3].split("|") if a)
start = time.perf_counter()
automaton = ahocorasick.Automaton()
for index, form in enumerate(forms):
    automaton.add_word(form.lower(), index)
automaton.make_automaton()
build = time.perf_counter() - start
texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8")]
start = time.perf_counter()
found = 0
for text in texts:
    lower = text.lower()
    n = len(lower)
    for end, index in automaton.iter_long(lower):
        begin = end - len(forms[index]) + 1
        if (begin == 0 or not lower[begin - 1].isalnum()) and (end + 1 == n or not lower[end + 1].isalnum()):
            found += 1
match = time.perf_counter() - start
print(json.dumps({"build": build, "match": match, "found": found, "forms": len(forms),
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''

SPACY = r'''
import json, sys, time, resource
import spacy
from spacy.matcher import PhraseMatcher
gaz, corpus = sys.argv[1], sys.argv[2]
forms = []
for i, line in enumerate(open(gaz, encoding="utf-8")):
    if i == 0: continue
    cells = line.rstrip("\n").split("\t")
    forms.append(cells[2]); forms.extend(a for a in cells[3].split("|") if a)
nlp = spacy.blank("en")
start = time.perf_counter()
matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
batch = []
for doc in nlp.tokenizer.pipe(forms, batch_size=10000):
    batch.append(doc)
    if len(batch) == 10000:
        matcher.add("G", batch); batch = []
if batch: matcher.add("G", batch)
build = time.perf_counter() - start
texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8")]
start = time.perf_counter()
found = 0
for doc in nlp.tokenizer.pipe(texts, batch_size=256):
    found += len(matcher(doc))
match = time.perf_counter() - start
print(json.dumps({"build": build, "match": match, "found": found, "forms": len(forms),
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''


def run_rss(argv):
    """(seconds, peak RSS MiB, stdout) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    out = proc.stdout.read(); err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{err.decode()[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024, out.decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--forms", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-spacy", action="store_true")
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    subprocess.run(["swift", "build", "-c", "release", "--product", "nlp"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "nlp")
    tmp = tempfile.mkdtemp(prefix="nlp-gaz-bench-")
    big = os.path.join(tmp, "big.tsv")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_big_gazetteer.py"), big, "--forms", str(args.forms)],
                   check=True, stdout=subprocess.DEVNULL)
    tiny = os.path.join(tmp, "tiny.tsv")
    open(tiny, "w").write("id\ttype\tname\nx\tGPE\tXanadu\n")
    nbytes = sum(len(json.loads(l)["text"].encode()) for l in open(corpus, encoding="utf-8"))
    shipped = os.path.join(ROOT, "pipelines", "gazetteers")

    def pipe(name, lists):
        path = os.path.join(tmp, name + ".pipe")
        stages = "  - segmenter\n" + (f"  - gazetteer: {{ lists: [{', '.join(lists)}] }}\n" if lists else "")
        open(path, "w").write("stages:\n" + stages)
        return path

    seg = pipe("seg", [])
    gbig = pipe("big", [big])
    gtiny = pipe("tiny", [tiny])
    world = [os.path.join(shipped, f) for f in ("world.tsv", "summit.tsv") if os.path.exists(os.path.join(shipped, f))]
    gworld = pipe("world", world) if world else None

    def best(argv):
        return min((run_rss(argv) for _ in range(args.repeat)), key=lambda r: r[0])

    load_big, rss_big, _ = best([binary, "check", gbig])
    load_tiny, rss_tiny, _ = best([binary, "check", gtiny])
    run = lambda p: best([binary, "run", p, "--input", corpus, "--output", os.devnull, "--jobs", "1", "--quiet"])
    t_seg = run(seg)[0]
    t_big, rss_run_big, _ = run(gbig)
    t_world = run(gworld)[0] if gworld else None

    print(f"corpus {nbytes / 1e6:.2f} MB; gazetteer {args.forms:,} surface forms ({os.path.getsize(big) / 1e6:.0f} MB TSV)")
    print()
    print("| system | build/load s | match s (corpus, jobs=1) | match MB/s | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|")
    load = load_big - load_tiny
    ours_match = t_big - t_seg - load
    print(f"| nlp gazetteer (stage alone: pipeline minus segmenter minus load) | {load:.2f} | {ours_match:.2f} | {nbytes / 1e6 / ours_match:.1f} | {rss_big:.0f} (load), {rss_run_big:.0f} (run) |")
    print(f"| nlp segmenter + gazetteer (whole pipeline) | | {t_big:.2f} | {nbytes / 1e6 / t_big:.1f} | |")
    if t_world:
        print(f"| nlp segmenter + shipped world+summit gazetteers | | {t_world:.2f} | {nbytes / 1e6 / t_world:.1f} | |")
    peers = {}
    for label, code in (("pyahocorasick (lower-cased, word boundaries)", AHO),
                        ("spaCy PhraseMatcher LOWER (tokenizer included)", None if args.skip_spacy else SPACY)):
        if code is None:
            continue
        script = os.path.join(tmp, "peer.py")
        open(script, "w").write(code)
        _, rss, out = run_rss([sys.executable, script, big, corpus])
        result = json.loads(out)
        peers[label] = result
        print(f"| {label} | {result['build']:.2f} | {result['match']:.2f} | {nbytes / 1e6 / result['match']:.1f} | {rss:.0f} |")
    print()
    for label, result in peers.items():
        print(f"{label}: build {result['build'] / max(load_big - load_tiny, 1e-9):.1f}x our load time; "
              f"match {result['match'] / ours_match:.1f}x our stage time, {result['match'] / t_big:.1f}x our whole pipeline")


if __name__ == "__main__":
    main()
