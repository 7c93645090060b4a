#!/usr/bin/env python3
"""Benchmark: what an external stage costs. Pipelines with and without an external stage that
does nothing, on the same corpus, in documents per second:

  - the segmenter alone (what the summit pipeline was when external stages were added), and the
    segmenter + the do-nothing stage;
  - the summit pipeline as it is now (pipelines/summit.pipe), and the same + the do-nothing stage;
  - for context, the segmenter + examples/python-stage/capitalized.py, a small real Python stage.

    python3 bench/external.py [--corpus ../shared/data/news.jsonl] [--repeat N] [--jobs 1,2]

The do-nothing stage is bench/noop_stage.py: Python, written with examples/python-stage/nlp_stage.py
as a user would, requiring no layer and returning none, so each document costs one request and
one reply (the text goes over the pipe and through json.loads, and `{}` comes back).

Runs alternate between the pipelines (so that a load on the machine hits all alike), each in a
fresh process, records encoded in full and written to /dev/null; the best of --repeat runs is
kept. CPU seconds are user + system time of nlp and of the stage processes it reaped. The load
average is printed: on a shared machine, waiting for a core inflates the external stage's cost
(each document is a round trip between two processes), so compare runs made at a low load.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "news.jsonl")

NOOP = os.path.join(ROOT, "bench", "noop_stage.py")
CAPITALIZED = os.path.join(ROOT, "examples", "python-stage", "capitalized.py")
SEGMENTER = "stages:\n  - segmenter: { locale: en }\n"


def external(command):
    return f"  - external: {{ command: [python3, {command}] }}\n"


def write_pipelines(directory):
    """The pipelines, as files in `directory`, which links to pipelines/'s resources so that the
    summit pipeline's relative paths still resolve. Returns {label: path}."""
    summit_dir = os.path.join(ROOT, "pipelines")
    for entry in os.listdir(summit_dir):
        if not entry.endswith(".pipe"):
            os.symlink(os.path.join(summit_dir, entry), os.path.join(directory, entry))
    summit = open(os.path.join(summit_dir, "summit.pipe"), encoding="utf-8").read().rstrip("\n") + "\n"
    # The corpus and /dev/null replace its input and output.
    summit = "".join(line for line in summit.splitlines(keepends=True) if not line.startswith(("input:", "output:")))
    texts = {
        "segmenter": SEGMENTER,
        "segmenter + external no-op": SEGMENTER + external(NOOP),
        "summit": summit,
        "summit + external no-op": summit + external(NOOP),
        "segmenter + capitalized.py": SEGMENTER + external(CAPITALIZED),
    }
    paths = {}
    for index, (label, text) in enumerate(texts.items()):
        paths[label] = os.path.join(directory, f"bench-{index}.pipe")
        with open(paths[label], "w", encoding="utf-8") as f:
            f.write(text)
    return paths


def run(binary, pipe, corpus, jobs):
    """One run: (wall seconds, CPU seconds of nlp and its children)."""
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "run", pipe, "--input", corpus, "--output", os.devnull, "--jobs", str(jobs),
                             "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{pipe} failed:\n{err.decode()[-2000:]}")
    # wait4 reports nlp's own time plus that of the stage processes it waited for.
    return elapsed, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--scratch-path", default=None, help="SwiftPM scratch directory (default .build)")
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    scratch = args.scratch_path or os.path.join(ROOT, ".build")
    subprocess.run(["swift", "build", "-c", "release", "--product", "nlp", "--scratch-path", scratch], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(scratch, "release", "nlp")
    documents = sum(1 for _ in open(corpus, encoding="utf-8"))
    print(f"corpus: {corpus}: {documents} documents; best of {args.repeat} runs; load average before: "
          f"{os.getloadavg()[0]:.2f}")

    tmp = tempfile.mkdtemp(prefix="nlp-bench-external-")
    pipes = write_pipelines(tmp)
    for label, pipe in pipes.items():
        check = subprocess.run([binary, "check", pipe], capture_output=True, text=True)
        if check.returncode != 0:
            sys.exit(f"{label}: {check.stderr}")
        print(f"{label}: {check.stdout.split(': ok ', 1)[-1].strip()}")

    rows = []
    for jobs in [int(j) for j in args.jobs.split(",")]:
        best = {label: (float("inf"), 0.0) for label in pipes}
        for _ in range(args.repeat):
            for label, pipe in pipes.items():
                seconds, cpu = run(binary, pipe, corpus, jobs)
                if seconds < best[label][0]:
                    best[label] = (seconds, cpu)
        for label in pipes:
            seconds, cpu = best[label]
            base = best[label.split(" + ")[0]][0] if " + " in label else None
            rows.append((jobs, label, seconds, documents / seconds, cpu, base))

    print()
    print("| jobs | pipeline | seconds | documents/s | CPU s | extra time |")
    print("|---:|---|---:|---:|---:|---:|")
    for jobs, label, seconds, rate, cpu, base in rows:
        extra = f"{(seconds / base - 1) * 100:+.0f}%" if base else ""
        print(f"| {jobs} | {label} | {seconds:.2f} | {rate:,.0f} | {cpu:.2f} | {extra} |")
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
