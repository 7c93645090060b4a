#!/usr/bin/env python3
"""What the run summary and the HTML report cost, on the summit pipeline over ../shared/data/news.jsonl.

    python3 bench/report.py [--nlp BINARY] [--corpus PATH] [--repeat N] [--report-documents N]

1. Time of `nlp run pipelines/summit.pipe --output /dev/null` at jobs=1 and jobs=2: with --quiet
   (no digest at all), with the summary (the default: the per-document digest and the tallies), and
   with the summary and --report. Best of --repeat runs, the variants interleaved.
   Also the CPU time (user + system) of the best run, which load on the machine disturbs less.
2. The report of the first --report-documents documents: its size, the run's time with and without
   --report (the difference is what the report costs), and how long headless Chromium takes to
   load it and run its script (--dump-dom), when Chromium is installed.
3. Peak RSS over the whole corpus with and without --report.
Builds a release binary first unless --nlp names one.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "news.jsonl")
DOC_CARD = 'class="doc"'


def run(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{' '.join(argv)} failed:\n{err.decode()[-3000:]}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nlp", help="the nlp binary (default: build release in .build)")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--report-documents", type=int, default=1000)
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    binary = args.nlp
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "nlp"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "nlp")
    tmp = tempfile.mkdtemp(prefix="nlp-report-bench-")
    report = os.path.join(tmp, "report.html")
    base = [binary, "run", "pipelines/summit.pipe", "--output", os.devnull]

    print("| jobs | run | seconds | vs --quiet | CPU seconds | vs --quiet | peak RSS MiB |\n|---:|---|---:|---:|---:|---:|---:|")
    variants = [("--quiet (no summary)", ["--quiet"]), ("summary (default)", []), ("summary + --report", ["--report", report])]
    for jobs in (1, 2):
        best = {}
        for _ in range(args.repeat):
            for label, extra in variants:
                result = run(base + ["--input", corpus, "--jobs", str(jobs)] + extra)
                best[label] = min(best.get(label, result), result)
        quiet, _, quiet_cpu = best[variants[0][0]]
        for label, _ in variants:
            seconds, rss, cpu = best[label]
            print(f"| {jobs} | {label} | {seconds:.2f} | {100 * (seconds / quiet - 1):+.0f}% | {cpu:.2f} | "
                  f"{100 * (cpu / quiet_cpu - 1):+.0f}% | {rss:.0f} |")
    size = os.path.getsize(report)
    print(f"\nreport of the whole corpus: {size / 1e6:.1f} MB")

    head = os.path.join(tmp, "head.jsonl")
    with open(corpus, encoding="utf-8") as source, open(head, "w", encoding="utf-8") as target:
        for index, line in enumerate(source):
            if index >= args.report_documents:
                break
            target.write(line)
    without = min(run(base + ["--input", head])[0] for _ in range(args.repeat))
    with_report = min(run(base + ["--input", head, "--report", report])[0] for _ in range(args.repeat))
    print(f"report of the first {args.report_documents} documents: {os.path.getsize(report) / 1e6:.2f} MB; "
          f"run {without:.3f} s without --report, {with_report:.3f} s with ({1000 * (with_report - without):+.0f} ms)")
    chromium = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
    if chromium:
        profile = os.path.join(tmp, "profile")
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                                  "--dump-dom", "file://" + report], capture_output=True, text=True).stdout
            times.append(time.perf_counter() - start)
        blank = tempfile.mktemp(suffix=".html", dir=tmp)
        open(blank, "w").write("<!DOCTYPE html><p>x</p>")
        start = time.perf_counter()
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                        "--dump-dom", "file://" + blank], capture_output=True)
        empty = time.perf_counter() - start
        print(f"headless Chromium loads and draws it in {min(times):.2f} s (an empty page: {empty:.2f} s); "
              f"{dom.count(DOC_CARD)} documents drawn on the first page")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
