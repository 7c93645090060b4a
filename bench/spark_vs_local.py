#!/usr/bin/env python3
"""Benchmark: the segmenter pipeline on Spark local[2] against a local `nlp run --jobs 2`.

    python3 bench/spark_vs_local.py [--corpus ../shared/data/news.jsonl] [--nlp PATH] [--repeat 3]
                                    [--pipeline FILE --resources PATH...]

Runs the segmenter pipeline (`stages: [segmenter]`, written to a temporary file; or --pipeline
with its --resources) over the corpus:
  - locally: `nlp run PIPE --input CORPUS --output FILE --jobs 2`, records written to a file;
  - on Spark local[2] through integrations/spark/nlp_spark.py: one nlp process per partition
    (--jobs 1 each, so two cores in all), part files written to a directory; timed inside a warm
    SparkContext (the job alone: shipping, reading, annotating, writing, committing), and once
    end to end with spark-submit (JVM start included).
Then checks that the Spark records are the local ones: the part files, concatenated in order, must
equal the local output byte for byte (and, as a second view, the same set of records by id).
MB are millions of UTF-8 bytes of document text, as in bench/segmenter.py. Each timing is the best
of --repeat runs. Needs Java 17+ and pyspark (pip install pyspark==4.3.0).
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "news.jsonl")
sys.path.insert(0, os.path.join(ROOT, "integrations", "spark"))


def corpus_stats(path):
    docs = nbytes = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            nbytes += len(json.loads(line)["text"].encode("utf-8"))
            docs += 1
    return docs, nbytes


def concatenated_parts(directory):
    parts = sorted(p for p in glob.glob(os.path.join(directory, "part-*")) if not p.endswith(".crc"))
    data = bytearray()
    for path in parts:
        with open(path, "rb") as handle:
            data += handle.read()
    return bytes(data), len(parts)


def by_id(data):
    return sorted((json.loads(line)["id"], line) for line in data.decode("utf-8").splitlines())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--nlp", help="the nlp binary (default: swift build -c release, .build/release/nlp)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pipeline", help="a pipeline file (default: the segmenter alone)")
    parser.add_argument("--resources", nargs="*", default=[], help="files or directories the pipeline names")
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    if args.nlp:
        binary = os.path.abspath(args.nlp)
    else:
        subprocess.run(["swift", "build", "-c", "release", "--product", "nlp"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "nlp")
    docs, nbytes = corpus_stats(corpus)
    file_mb = os.path.getsize(corpus) / 1e6
    print(f"corpus: {corpus}: {docs} documents, {nbytes / 1e6:.2f} MB of text ({file_mb:.2f} MB of JSONL)")
    tmp = tempfile.mkdtemp(prefix="nlp-spark-bench-")
    rows = []
    try:
        if args.pipeline:
            pipeline = os.path.abspath(args.pipeline)
        else:
            pipeline = os.path.join(tmp, "segmenter.pipe")
            with open(pipeline, "w") as handle:
                handle.write("name: segmenter-bench\nstages:\n  - segmenter: { locale: en }\n")
        print(f"pipeline: {pipeline}" + (f", resources: {' '.join(args.resources)}" if args.resources else ""))
        # Local nlp, two jobs.
        local_out = os.path.join(tmp, "local.jsonl")
        best = None
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run([binary, "run", pipeline, "--input", corpus, "--output", local_out, "--jobs", "2", "--quiet"],
                           check=True)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        rows.append(("local `nlp run --jobs 2`, output to a file", best))
        with open(local_out, "rb") as handle:
            local = handle.read()

        # Spark local[2] in one warm SparkContext.
        import nlp_spark
        from pyspark import SparkConf, SparkContext
        os.environ["PYSPARK_PYTHON"] = sys.executable
        start = time.perf_counter()
        conf = (SparkConf().setMaster("local[2]").setAppName("nlp spark bench")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"))
        sc = SparkContext(conf=conf)
        sc.setLogLevel("ERROR")
        startup = time.perf_counter() - start
        results = {}
        try:
            for partitions in (2, 8):
                output = os.path.join(tmp, f"spark-{partitions}")
                best = None
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    summary = nlp_spark.run(sc, binary, pipeline, corpus, output, resources=args.resources,
                                            partitions=partitions, jobs=1)
                    elapsed = time.perf_counter() - start
                    best = elapsed if best is None else min(best, elapsed)
                assert summary == {"documents": docs, "failed": 0}, summary
                data, nparts = concatenated_parts(output)
                results[partitions] = (data, nparts)
                rows.append((f"Spark local[2], {nparts} partitions x `nlp --jobs 1`, warm context", best))
        finally:
            sc.stop()

        # End to end with spark-submit, once.
        import pyspark
        spark_submit = os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit")
        output = os.path.join(tmp, "spark-submit")
        start = time.perf_counter()
        subprocess.run([spark_submit, "--master", "local[2]", "--conf", "spark.driver.host=127.0.0.1",
                        "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.ui.enabled=false",
                        os.path.join(ROOT, "integrations", "spark", "nlp_spark.py"), "--nlp", binary,
                        "--pipeline", pipeline, *(["--resources", *args.resources] if args.resources else []),
                        "--input", corpus, "--output", output],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows.append(("spark-submit local[2] end to end (JVM start included), once", time.perf_counter() - start))
        submitted, _ = concatenated_parts(output)

        print()
        print("| run | seconds | documents/s | MB/s (text) | MB/s (JSONL file) |")
        print("|---|---:|---:|---:|---:|")
        for label, seconds in rows:
            print(f"| {label} | {seconds:.2f} | {docs / seconds:,.0f} | {nbytes / seconds / 1e6:.1f} | {file_mb / seconds:.1f} |")
        print()
        print(f"SparkContext start-up (JVM, local[2]): {startup:.1f} s, not in the warm rows")
        local_sorted = by_id(local)
        for partitions, (data, nparts) in sorted(results.items()):
            print(f"Spark, {nparts} partitions: {len(data.splitlines())} records; identical to the local output "
                  f"byte for byte in order: {data == local}; same records by id: {by_id(data) == local_sorted}")
        print(f"spark-submit output identical to the local output: {submitted == local}")
        ok = all(data == local for data, _ in results.values()) and submitted == local
        return 0 if ok else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
