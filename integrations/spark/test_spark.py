#!/usr/bin/env python3
"""The Spark integration test: local[2] jobs through integrations/spark/nlp_spark.py.

    python3 integrations/spark/test_spark.py [--nlp PATH]

Checks that every input document comes back exactly once, in order within its partition; that a
bad document yields an error record; that the records are the ones a local `nlp run` writes; that
a crashing binary, one that silently drops a line and a pipeline that makes nlp exit 64 each fail
the job and leave no part files (and leave an earlier output untouched); that a rerun replaces the
output; and that the spark-submit line of docs/spark.md works.

Needs Java 17+ and pyspark (installed with pip, pyspark==4.3.0, when missing). Without Java it
SKIPS with a message and exits 0, except in CI (CI=true), where it must run and fails instead.
The nlp binary is built with `swift build --product nlp` unless --nlp or $NLP_BINARY names one.
Ends with a line `spark: N passed, N failed, N skipped`.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PYSPARK_VERSION = "4.3.0"
PIPELINE = os.path.join(ROOT, "pipelines", "summit.pipe")   # the demo pipeline, as docs/spark.md runs it
RESOURCES = [path for path in (os.path.join(ROOT, "pipelines", name) for name in ("gazetteers", "lexicons"))
             if os.path.isdir(path)]  # the files it names

NLP = None          # the nlp binary under test
nlp_spark = None    # the driver module, imported once pyspark is there


def java_problem():
    """None when a Java 17+ runtime is there (as Spark finds it), else what is wrong."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        java = os.path.join(java_home, "bin", "java")
        if not os.access(java, os.X_OK):
            return f"no Java runtime: JAVA_HOME is {java_home}, which has no bin/java"
    else:
        java = shutil.which("java")
        if not java:
            return "no Java runtime: java is not on PATH and JAVA_HOME is not set"
    try:
        done = subprocess.run([java, "-version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"{java} -version failed: {error}"
    found = re.search(rb'version "(\d+)(?:\.(\d+))?', done.stdout)
    if not found:
        return f"cannot read the Java version from {java} -version"
    major = int(found.group(1))
    if major == 1 and found.group(2):
        major = int(found.group(2))  # "1.8.0" is Java 8
    if major < 17:
        return f"Java {major} found; Spark 4 needs Java 17 or later"
    return None


def ensure_pyspark():
    try:
        import pyspark  # noqa: F401
        return
    except ImportError:
        pass
    print(f"spark: installing pyspark=={PYSPARK_VERSION} with pip", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    f"pyspark=={PYSPARK_VERSION}"], check=True, stdout=sys.stderr)
    import importlib
    importlib.invalidate_caches()
    import pyspark  # noqa: F401


def find_nlp():
    given = os.environ.get("NLP_BINARY")
    if given:
        return os.path.abspath(given)
    subprocess.run(["swift", "build", "--product", "nlp"], cwd=ROOT, check=True, stdout=sys.stderr)
    bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                              stdout=subprocess.PIPE).stdout.decode().strip()
    return os.path.join(bin_path, "nlp")


# --------------------------------------------------------------------------------------------
# Test data: paragraphs of the seed articles as JSONL documents, with bad lines among them.

BAD_LINES = {
    # position in the input (among about 65 lines) → (line, what the error message says)
    7: ("", "blank line"),
    19: ('{"id": "bad-json", "text": "unterminated', "malformed JSON"),
    33: ('{"id": "bad-no-text"}', 'no "text" member'),
    41: ('{"id": "bad-empty", "text": "  \\n "}', "empty"),
    50: ('{"id": "bad-type", "text": 42}', "not a string"),
    58: ("[1, 2, 3]", "expected a JSON object"),
}


def make_documents():
    """[(id or None, line)] in input order: about 110 lines, 6 of them bad."""
    documents = []
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as handle:
            paragraphs = [p.strip() for p in handle.read().split("\n\n") if p.strip()]
        for number, paragraph in enumerate(paragraphs):
            identifier = f"{name}-p{number}"
            documents.append((identifier, json.dumps({"id": identifier, "text": paragraph, "lang": "en"})))
    documents.insert(3, ("unicode", json.dumps({"id": "unicode", "text": "Dr. Lim said “yes” 😀. Café au lait, 東京. Mr. Kim left."},
                                               ensure_ascii=False)))
    assert len(documents) > max(BAD_LINES), "the seeds give fewer paragraphs than expected"
    for position in sorted(BAD_LINES):
        line, _ = BAD_LINES[position]
        documents.insert(position, (readable_id(line), line))
    return documents


def readable_id(line):
    """The id nlp reads from a line, or None when the line is not a JSON object with a string id."""
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value.get("id") if isinstance(value, dict) and isinstance(value.get("id"), str) else None


def write_input(path, documents):
    with open(path, "w", encoding="utf-8") as handle:
        for _, line in documents:
            handle.write(line + "\n")


def part_files(directory):
    return sorted(p for p in glob.glob(os.path.join(directory, "part-*")) if not p.endswith(".crc"))


def read_parts(directory):
    parts = []
    for path in part_files(directory):
        with open(path, encoding="utf-8") as handle:
            parts.append(handle.read().splitlines())
    return parts


def snapshot(directory):
    """Every file under directory with its bytes."""
    files = {}
    for folder, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, directory)] = handle.read()
    return files


def fake_binary(directory, name, body):
    """A stand-in for nlp: a Python script with an absolute interpreter path (the child gets no PATH)."""
    path = os.path.join(directory, name)
    with open(path, "w") as handle:
        handle.write(f"#!{sys.executable}\n" + body)
    os.chmod(path, 0o755)
    return path


CRASHER = """import os, signal, sys
# Echoes each input line as its "record"; on the line holding crash-here it flushes what it wrote
# and kills itself with SIGKILL, as a crash mid-stream would.
for line in sys.stdin.buffer:
    if b"crash-here" in line:
        sys.stdout.buffer.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdout.buffer.write(line)
"""

DROPPER = """import sys
# Echoes each input line but silently drops the one holding drop-me, and exits 0: the row loss
# that rdd.pipe lets through.
for line in sys.stdin.buffer:
    if b"drop-me" not in line:
        sys.stdout.buffer.write(line)
"""

ENVIRONMENT_REPORTER = """import json, sys
# Answers each input line with the environment this process was started with, as exec gave it.
with open("/proc/self/environ", "rb") as handle:
    entries = sorted(e.decode() for e in handle.read().split(b"\\0") if e)
for line in sys.stdin.buffer:
    sys.stdout.write(json.dumps({"environ": entries}) + "\\n")
"""


class SparkJobTests(unittest.TestCase):
    sc = None

    @classmethod
    def setUpClass(cls):
        from pyspark import SparkConf, SparkContext
        cls.tmp = tempfile.mkdtemp(prefix="nlp-spark-test-")
        os.environ["PYSPARK_PYTHON"] = sys.executable
        conf = (SparkConf().setMaster("local[2]").setAppName("nlp spark test")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.local.dir", os.path.join(cls.tmp, "spark-local")))
        cls.sc = SparkContext(conf=conf)
        cls.sc.setLogLevel("FATAL")  # the failing jobs are failing on purpose; their traces are noise
        cls.documents = make_documents()
        cls.input = os.path.join(cls.tmp, "input.jsonl")
        write_input(cls.input, cls.documents)
        local = subprocess.run([NLP, "run", PIPELINE, "--input", cls.input, "--output", "-", "--quiet"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert local.returncode == 1, local.stderr.decode()  # some documents are bad on purpose
        cls.local_lines = local.stdout.decode("utf-8").splitlines()
        assert len(cls.local_lines) == len(cls.documents)

    @classmethod
    def tearDownClass(cls):
        if cls.sc is not None:
            cls.sc.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def run_job(self, output, nlp=None, pipeline=PIPELINE, input=None, partitions=3, preflight=True):
        return nlp_spark.run(self.sc, nlp or NLP, pipeline, input or self.input, output, resources=RESOURCES,
                             partitions=partitions, preflight=preflight)

    def leftovers(self, output):
        """Staging or previous-output directories the driver left beside output."""
        return [n for n in os.listdir(os.path.dirname(output)) if n.startswith("." + os.path.basename(output) + ".nlp-")]

    def check_output(self, output):
        """Every input line comes back exactly once, in order within its partition, as the record
        (or error record) a local nlp run writes for it."""
        self.assertTrue(os.path.isfile(os.path.join(output, "_SUCCESS")))
        parts = read_parts(output)
        self.assertGreaterEqual(sum(1 for p in parts if p), 2, "the input should span several partitions")
        lines = [line for part in parts for line in part]
        self.assertEqual(len(lines), len(self.documents))
        position = 0
        for part in parts:
            for index_in_part, line in enumerate(part):
                identifier, source_line = self.documents[position]
                record = json.loads(line)
                # A line with no readable id is named after its line in the partition's stdin.
                expected_id = identifier if identifier is not None else f"stdin:{index_in_part + 1}"
                self.assertEqual(record["id"], expected_id, f"line {position + 1} of the input")
                local = json.loads(self.local_lines[position])
                if "error" in local:
                    self.assertIn("error", record)
                    self.assertEqual(record["error"], local["error"])
                    self.assertEqual(record["source"], f"<stdin>:{index_in_part + 1}")
                else:
                    self.assertEqual(line, self.local_lines[position])  # byte for byte
                position += 1
        ids = [json.loads(line)["id"] for line in lines]
        named = [d[0] for d in self.documents if d[0] is not None]
        self.assertEqual([i for i in ids if not i.startswith("stdin:")], named)  # each exactly once, in order
        for position, (_, message) in BAD_LINES.items():
            record = json.loads(lines[position])
            self.assertEqual(record["error"]["stage"], "input")
            self.assertIn(message, record["error"]["message"])
        self.assertEqual(self.leftovers(output), [])
        return lines

    def test_every_document_comes_back_once_in_order_and_bad_ones_as_error_records(self):
        output = os.path.join(self.tmp, "out-main")
        summary = self.run_job(output)
        self.check_output(output)
        self.assertEqual(summary, {"documents": len(self.documents), "failed": len(BAD_LINES)})

    def test_a_rerun_replaces_the_output(self):
        output = os.path.join(self.tmp, "out-rerun")
        self.run_job(output, partitions=5)
        first = part_files(output)
        self.run_job(output, partitions=2)
        # Fewer part files than the first run wrote: none of the old ones is left among the new.
        self.assertLess(len(part_files(output)), len(first))
        self.check_output(output)

    def failing_job(self, output, expected_message, **options):
        with self.assertRaises(Exception) as caught:
            self.run_job(output, **options)
        self.assertIn(expected_message, str(caught.exception))
        self.assertEqual(self.leftovers(output), [])
        return caught.exception

    def input_with(self, name, marker_line):
        documents = list(self.documents)
        documents.insert(len(documents) // 2, (None, marker_line))
        path = os.path.join(self.tmp, name)
        write_input(path, documents)
        return path

    def test_a_crashing_binary_fails_the_job_and_leaves_no_part_files(self):
        crasher = fake_binary(self.tmp, "crashing-nlp", CRASHER)
        crash_input = self.input_with("crash.jsonl", '{"id": "crash-here", "text": "Boom."}')
        output = os.path.join(self.tmp, "out-crash")
        self.failing_job(output, "killed by signal 9", nlp=crasher, input=crash_input)
        self.assertFalse(os.path.exists(output))
        # An earlier output is left exactly as it was.
        self.run_job(output)
        before = snapshot(output)
        self.failing_job(output, "killed by signal 9", nlp=crasher, input=crash_input)
        self.assertEqual(snapshot(output), before)

    def test_a_binary_that_drops_a_line_fails_the_job(self):
        dropper = fake_binary(self.tmp, "dropping-nlp", DROPPER)
        drop_input = self.input_with("drop.jsonl", '{"id": "drop-me", "text": "Lost."}')
        output = os.path.join(self.tmp, "out-drop")
        self.failing_job(output, "lines for", nlp=dropper, input=drop_input)
        self.assertFalse(os.path.exists(output))

    def test_a_pipeline_nlp_rejects_fails_the_job_or_the_preflight(self):
        broken = os.path.join(self.tmp, "broken.pipe")
        with open(broken, "w") as handle:
            handle.write("name: broken\nstages:\n  - segmenter: { locale: en }\n  - no-such-stage\n")
        output = os.path.join(self.tmp, "out-broken")
        self.failing_job(output, "exited with status 64", pipeline=broken, preflight=False)
        self.assertFalse(os.path.exists(output))
        with self.assertRaises(nlp_spark.NLPPartitionError) as caught:
            self.run_job(output, pipeline=broken)
        self.assertIn("preflight failed", str(caught.exception))
        self.assertIn("no-such-stage", str(caught.exception))

    def test_the_child_gets_only_the_environment_it_is_given(self):
        reporter = fake_binary(self.tmp, "environment-nlp", ENVIRONMENT_REPORTER)
        output = os.path.join(self.tmp, "out-environment")
        self.assertIn("PATH", os.environ)  # there is something to leak
        nlp_spark.run(self.sc, reporter, PIPELINE, self.input, output, resources=RESOURCES, partitions=3,
                      environment={"NLP_TEST": "yes"})
        lines = [line for part in read_parts(output) for line in part]
        self.assertEqual(len(lines), len(self.documents))
        self.assertEqual({tuple(json.loads(line)["environ"]) for line in lines}, {("NLP_TEST=yes",)})

    def test_a_directory_that_is_not_a_job_output_is_never_replaced(self):
        output = os.path.join(self.tmp, "out-precious")
        os.makedirs(output)
        with open(os.path.join(output, "notes.txt"), "w") as handle:
            handle.write("keep me")
        with self.assertRaises(FileExistsError):
            self.run_job(output)
        self.assertEqual(snapshot(output), {"notes.txt": b"keep me"})

    def test_the_spark_submit_line_of_the_docs(self):
        import pyspark
        spark_submit = os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit")
        output = os.path.join(self.tmp, "out-submit")
        env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
        done = subprocess.run([spark_submit, "--master", "local[2]", "--conf", "spark.driver.host=127.0.0.1",
                               "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.ui.enabled=false",
                               os.path.join(HERE, "nlp_spark.py"), "--nlp", NLP, "--pipeline", PIPELINE,
                               "--resources", *RESOURCES, "--input", self.input, "--output", output,
                               "--partitions", "3"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, timeout=300)
        printed = done.stdout.decode("utf-8", "replace")  # spark-submit sends the driver's stderr to stdout
        self.assertEqual(done.returncode, 0, printed[-3000:])
        self.assertIn(f"nlp-spark: {len(self.documents)} records ({len(BAD_LINES)} error records)", printed)
        self.check_output(output)


class BundleTests(unittest.TestCase):
    def test_resources_keep_their_place_relative_to_the_pipeline(self):
        tmp = tempfile.mkdtemp(prefix="nlp-spark-bundle-")
        try:
            os.makedirs(os.path.join(tmp, "project", "pipelines"))
            os.makedirs(os.path.join(tmp, "project", "lexicons", "sub"))
            with open(os.path.join(tmp, "project", "pipelines", "ner.pipe"), "w") as handle:
                handle.write("stages: [segmenter]\n")
            for name in ("lexicons/people.tsv", "lexicons/sub/places.tsv"):
                with open(os.path.join(tmp, "project", name), "w") as handle:
                    handle.write("x\n")
            bundle = os.path.join(tmp, "bundle")
            os.makedirs(bundle)
            pipeline, has_libs = nlp_spark._stage_bundle(
                bundle, os.path.join(tmp, "project", "pipelines", "ner.pipe"), [os.path.join(tmp, "project", "lexicons")], None)
            self.assertEqual(pipeline, os.path.join("pipeline", "pipelines", "ner.pipe"))
            self.assertFalse(has_libs)
            for name in ("pipelines/ner.pipe", "lexicons/people.tsv", "lexicons/sub/places.tsv"):
                self.assertTrue(os.path.isfile(os.path.join(bundle, "pipeline", name)), name)
            # The child's environment is complete as given: nothing leaks in from the executor.
            self.assertEqual(nlp_spark.child_environment(bundle, False), {})
            self.assertEqual(nlp_spark.child_environment(bundle, True), {"LD_LIBRARY_PATH": os.path.join(bundle, "lib")})
            self.assertEqual(nlp_spark.child_environment(bundle, False, {"PATH": "/usr/bin"}), {"PATH": "/usr/bin"})
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def main():
    global NLP, nlp_spark
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nlp", help="the nlp binary (default: $NLP_BINARY, else swift build --product nlp)")
    args = parser.parse_args()
    started = time.monotonic()
    in_ci = os.environ.get("CI", "").lower() == "true"

    problem = java_problem()
    if problem:
        if in_ci:
            print(f"spark: FAILED: {problem}; in CI the Spark test must run", flush=True)
            print("spark: 0 passed, 1 failed")
            return 1
        print(f"spark: SKIPPED: {problem}. Install a Java 17 runtime "
              "(apt-get install openjdk-17-jre-headless) to run the Spark test.", flush=True)
        print("spark: 0 passed, 0 failed, 1 skipped")
        return 0
    try:
        ensure_pyspark()
        NLP = os.path.abspath(args.nlp) if args.nlp else find_nlp()
        if not os.access(NLP, os.X_OK):
            raise FileNotFoundError(f"no nlp binary at {NLP}")
    except (subprocess.CalledProcessError, OSError, ImportError) as error:
        print(f"spark: FAILED to set up: {error}", flush=True)
        print("spark: 0 passed, 1 failed")
        return 1
    sys.path.insert(0, HERE)
    import nlp_spark as module
    nlp_spark = module
    import pyspark
    print(f"spark: pyspark {pyspark.__version__}, nlp {NLP}", flush=True)

    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(BundleTests))
    suite.addTests(loader.loadTestsFromTestCase(SparkJobTests))
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    passed = max(0, result.testsRun - failed - skipped)
    print(f"spark: {time.monotonic() - started:.0f} s")
    print(f"spark: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
