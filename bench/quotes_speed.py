#!/usr/bin/env python3
"""What the `quotes` stage adds to the segmenter + gazetteer pipeline on ../shared/data/news.jsonl (issue 4's
speed budget: at most +20%).

    python3 bench/quotes_speed.py [--runs N] [--jobs N] [--scratch-path DIR] [--no-build] [--input FILE]

Builds the release `nlp`, writes two pipelines into a temporary directory (segmenter + gazetteer with
pipelines/gazetteers/world.tsv and summit.tsv; the same plus `quotes: {}`), then runs them alternately N times
each (default 11) with `--output /dev/null --quiet`, so that both see the same machine state. Reports the best
and median wall-clock seconds of each, their ratio, and the CPU seconds (user + sys of the child) of the best
runs, and the median of the ratios of runs made side by side (the figure least moved by the machine's drift
during the series). Only ratios measured in one run of this script are comparable; the machine's noise is a
few hundredths of a second.

On a shared machine a run is sometimes slowed by a tenth or more (other tenants), which moves the
best, median and paired figures by several points from one series to the next. The runs are
therefore made with `--profile` too, which times each stage inside the run: the quotes stage's own
seconds, plus the paired difference in the time spent writing records (the quotes layer's JSON),
over the base pipeline's median wall time, is the figure least moved by such slowdowns ("in-run").
"""
import argparse, json, os, resource, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
NEWS = os.path.join(SHARED, "data", "news.jsonl")
LISTS = [os.path.join(ROOT, "pipelines", "gazetteers", f) for f in ("world.tsv", "summit.tsv")]


def write_pipeline(tmp, name, with_quotes):
    lists = ", ".join(json.dumps(p) for p in LISTS)
    lines = [f"name: {name}", "stages:", "  - segmenter: { locale: en }", f"  - gazetteer: {{ lists: [{lists}] }}"]
    if with_quotes:
        lines.append("  - quotes: {}")
    path = os.path.join(tmp, name + ".pipe")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def timed_run(binary, pipe, data, jobs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run([binary, "run", pipe, "--input", data, "--output", "/dev/null", "--quiet", "--profile",
                        "--jobs", str(jobs)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"nlp run {pipe} failed (exit {r.returncode}):\n{r.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # `--profile` lines: "  NAME  SECONDS s  SHARE%"; the records line is "records in/out".
    stages = {}
    for line in r.stderr.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 4 and fields[-2] == "s":
            name = "records" if fields[0] == "records" else fields[0]
            stages[name] = float(fields[-3])
    return wall, cpu, stages


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--input", default=NEWS)
    ap.add_argument("--scratch-path", default=os.path.join(ROOT, ".build"))
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.input):
        sys.exit(f"missing {args.input} (the shared data directory must sit beside the repository)")
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "nlp", "--scratch-path", args.scratch_path],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(args.scratch_path, "release", "nlp")
    with tempfile.TemporaryDirectory() as tmp:
        base = write_pipeline(tmp, "segmenter-gazetteer", False)
        full = write_pipeline(tmp, "segmenter-gazetteer-quotes", True)
        timed_run(binary, full, args.input, args.jobs)            # warm the page cache and the binary
        results = {"base": [], "quotes": []}
        for i in range(args.runs):
            for key, pipe in (("base", base), ("quotes", full)) if i % 2 == 0 else (("quotes", full), ("base", base)):
                results[key].append(timed_run(binary, pipe, args.input, args.jobs))
    best = {k: min(v, key=lambda run: run[0]) for k, v in results.items()}
    median = {k: statistics.median(run[0] for run in v) for k, v in results.items()}
    cpu = {k: min(run[1] for run in v) for k, v in results.items()}
    print(f"input: {args.input}, jobs={args.jobs}, {args.runs} alternating runs each")
    print(f"segmenter + gazetteer:          best {best['base'][0]:.3f} s, median {median['base']:.3f} s, "
          f"CPU {cpu['base']:.3f} s")
    print(f"segmenter + gazetteer + quotes: best {best['quotes'][0]:.3f} s, median {median['quotes']:.3f} s, "
          f"CPU {cpu['quotes']:.3f} s")
    # Each run of one pipeline next to the other's run beside it: the median of these paired ratios is
    # the least sensitive to the machine's drift during the series.
    paired = statistics.median(q[0] / b[0] for q, b in zip(results["quotes"], results["base"]))
    print(f"quotes adds: best {100 * (best['quotes'][0] / best['base'][0] - 1):+.1f}%, "
          f"median {100 * (median['quotes'] / median['base'] - 1):+.1f}%, "
          f"paired median {100 * (paired - 1):+.1f}%, "
          f"CPU {100 * (cpu['quotes'] / cpu['base'] - 1):+.1f}%")
    stage = statistics.median(run[2].get("quotes", 0.0) for run in results["quotes"])
    writing = statistics.median(q[2].get("records", 0.0) - b[2].get("records", 0.0)
                                for q, b in zip(results["quotes"], results["base"]))
    # Thread-seconds, summed over the workers: over `jobs` workers the wall time they add is about 1/jobs of it.
    print(f"in-run: quotes stage {stage:.3f} s + writing its layer {writing:+.3f} s (thread-seconds over {args.jobs} "
          f"worker{'s' if args.jobs > 1 else ''}) = {100 * (stage + writing) / args.jobs / median['base']:+.1f}% "
          f"of the base pipeline's median wall time")


if __name__ == "__main__":
    main()
