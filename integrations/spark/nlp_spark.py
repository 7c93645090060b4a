#!/usr/bin/env python3
"""Run an `nlp` pipeline over JSONL on Apache Spark.

    spark-submit integrations/spark/nlp_spark.py \\
        --nlp .build/release/nlp --pipeline pipelines/summit.pipe \\
        --input docs.jsonl --output annotated/

Each partition of the input goes through ONE long-lived `nlp run PIPELINE --input - --output -`
process (mapPartitions with a subprocess, fed by a writer thread so the pipes never deadlock), and
comes back as the same number of lines in the same order: a record, or an error record, per input
line. The binary, the pipeline file and its resources are shipped to the executors with
SparkContext.addFile/addArchive. The output is JSONL part files plus `_SUCCESS`, written to a
staging directory and renamed into place only when every partition succeeded, so a failed job
leaves no part files and an earlier output stays as it was; a rerun replaces the output.

A partition fails (and with it the job, after Spark's task retries) when `nlp` exits with any
status but 0 or 1 (1 only means some documents got error records), is killed by a signal, or
writes a different number of lines than it was given. The standard library and pyspark only.
See docs/spark.md.
"""
from __future__ import annotations

import argparse
import atexit
import collections
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import uuid
import zipfile

__all__ = ["NLPPartitionError", "Shipment", "ship", "annotate", "write_jsonl", "run"]

# Exit statuses of `nlp run` that mean "the partition went through" (docs/output.md): 0, every
# document annotated; 1, some documents got error records, which are in the output.
_OK_STATUSES = (0, 1)
_FAILED_SUMMARY = re.compile(rb"^nlp: (\d+) of (\d+) documents? failed$")
_STDERR_TAIL = 40


class NLPPartitionError(RuntimeError):
    """A partition's `nlp` process failed; raised on the executor, so the task and the job fail."""


class Shipment:
    """What `ship` registered with the SparkContext, as names the executors resolve with SparkFiles.

    Picklable and small: it travels inside every task's closure.
    """

    def __init__(self, binary: str, bundle: str, pipeline: str, has_libs: bool, environment=None):
        self.binary = binary        # SparkFiles name of the nlp executable
        self.bundle = bundle        # SparkFiles name of the archive holding pipeline/ and lib/
        self.pipeline = pipeline    # the pipeline file, relative to the unpacked archive
        self.has_libs = has_libs    # whether the archive has lib/ (put on LD_LIBRARY_PATH)
        self.environment = dict(environment or {})  # extra variables for the child (--env)

    def __repr__(self) -> str:
        return (f"Shipment(binary={self.binary!r}, bundle={self.bundle!r}, pipeline={self.pipeline!r}, "
                f"has_libs={self.has_libs}, environment={self.environment!r})")


# --------------------------------------------------------------------------------------------
# Driver side: packing and shipping.

def _stage_bundle(directory: str, pipeline: str, resources, libs) -> tuple[str, bool]:
    """Copies the pipeline and its resources under directory/pipeline/, keeping their layout
    relative to one another (pipeline files name resources relative to themselves), and the shared
    libraries in `libs` under directory/lib/. Returns the pipeline's path inside the bundle."""
    pipeline = os.path.abspath(pipeline)
    if not os.path.isfile(pipeline):
        raise FileNotFoundError(f"pipeline file not found: {pipeline}")
    paths = [os.path.abspath(p) for p in resources]
    for path in paths:
        if not os.path.exists(path):
            raise FileNotFoundError(f"resource not found: {path}")
    root = os.path.commonpath([os.path.dirname(pipeline)] + [p if os.path.isdir(p) else os.path.dirname(p) for p in paths])
    target = os.path.join(directory, "pipeline")
    for path in [pipeline] + paths:
        destination = os.path.join(target, os.path.relpath(path, root))
        if os.path.isdir(path):
            shutil.copytree(path, destination, dirs_exist_ok=True)
        else:
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            shutil.copy2(path, destination)
    has_libs = False
    if libs:
        if not os.path.isdir(libs):
            raise FileNotFoundError(f"library directory not found: {libs}")
        shutil.copytree(libs, os.path.join(directory, "lib"), symlinks=False)
        has_libs = True
    return os.path.join("pipeline", os.path.relpath(pipeline, root)), has_libs


def _zip_directory(directory: str, archive: str) -> None:
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for folder, _, files in os.walk(directory):
            for name in sorted(files):
                path = os.path.join(folder, name)
                out.write(path, os.path.relpath(path, directory))


def child_environment(bundle_directory: str | None, has_libs: bool, extra=None) -> dict:
    """The complete environment of an `nlp` child: nothing is inherited from the executor.

    nlp needs no PATH, HOME or locale variables; LD_LIBRARY_PATH is set only when shared libraries
    (libicu, for hosts that lack it) were shipped, and `extra` (--env) only when given, for what a
    stage of the pipeline may need (say, PATH for a stage that runs a command).
    """
    env = dict(extra or {})
    if has_libs and bundle_directory:
        env["LD_LIBRARY_PATH"] = os.path.join(bundle_directory, "lib")
    return env


def _preflight(binary: str, staged: str, pipeline: str, has_libs: bool, extra=None) -> None:
    """Runs the staged pipeline over no input, as the executors will, to catch a pipeline error or
    a missing resource on the driver instead of on every executor."""
    command = [binary, "run", os.path.join(staged, pipeline), "--input", "-", "--output", "-", "--quiet"]
    try:
        done = subprocess.run(command, input=b"", stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=child_environment(staged, has_libs, extra), cwd=staged, timeout=120)
    except OSError as error:
        raise NLPPartitionError(f"cannot run {binary}: {error}") from error
    if done.returncode != 0 or done.stdout:
        hint = {64: "the pipeline is invalid, or names a file not passed with --resources",
                127: "the binary cannot start here: a shared library is missing (ship libicu with --libs)"}
        raise NLPPartitionError(
            f"preflight failed: `nlp run {pipeline} --input - --output -` over no input exited with status "
            f"{done.returncode}" + (f" ({hint[done.returncode]})" if done.returncode in hint else "") + ":\n"
            + done.stderr.decode("utf-8", "replace").strip())


def ship(sc, nlp: str, pipeline: str, resources=(), libs: str | None = None, preflight: bool = True,
         environment=None) -> Shipment:
    """Registers the `nlp` binary, the pipeline file and its resources with `sc` (addFile and
    addArchive), so that every executor gets them. `resources` are files or directories the
    pipeline names; their layout relative to the pipeline file is kept. `libs` is an optional
    directory of shared libraries (libicu*.so.72 for hosts without them) for the child's
    LD_LIBRARY_PATH. `environment` adds variables to the child's otherwise empty environment.
    With `preflight`, the staged pipeline is first run here over no input. Resources must be named
    with relative paths in the pipeline file (an absolute path must exist on every executor)."""
    nlp = os.path.abspath(nlp)
    if not os.path.isfile(nlp):
        raise FileNotFoundError(f"nlp binary not found: {nlp}")
    token = uuid.uuid4().hex[:12]
    # A directory that lives as long as the driver: Spark copies from it when a task first needs it.
    staging = tempfile.mkdtemp(prefix=f"nlp-spark-{token}-")
    atexit.register(shutil.rmtree, staging, True)
    # Names are unique per call: a SparkContext refuses a second, different file under a name.
    binary_name = f"nlp-{token}"
    binary = os.path.join(staging, binary_name)
    shutil.copyfile(nlp, binary)  # executable even when it arrived without its mode (spark-submit --files)
    os.chmod(binary, 0o755)
    bundle_directory = os.path.join(staging, "bundle")
    os.makedirs(bundle_directory)
    relative_pipeline, has_libs = _stage_bundle(bundle_directory, pipeline, resources, libs)
    if preflight:
        _preflight(binary, bundle_directory, relative_pipeline, has_libs, environment)
    bundle_name = f"nlp-bundle-{token}.zip"
    _zip_directory(bundle_directory, os.path.join(staging, bundle_name))
    sc.addFile(binary)
    sc.addArchive(os.path.join(staging, bundle_name))
    if __name__ != "__main__":
        # Imported as a module (not run by spark-submit): the executors' Python workers import it
        # to unpickle the partition function, so it travels with the job too.
        sc.addPyFile(os.path.abspath(__file__))
    return Shipment(binary_name, bundle_name, relative_pipeline, has_libs, environment)


# --------------------------------------------------------------------------------------------
# Executor side: one nlp process per partition.

def _executable(path: str) -> str:
    """The shipped binary, made executable if the transfer dropped the mode bits."""
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path
    except OSError:
        copy = os.path.join(tempfile.mkdtemp(prefix="nlp-bin-"), os.path.basename(path))
        shutil.copy(path, copy)
        os.chmod(copy, 0o755)
        return copy


_BATCH_BYTES = 1 << 16


def _run_partition(index, lines, command, env, cwd, counters=None, mode="str"):
    """Streams `lines` (str or bytes, one JSONL line each, no newline) through one `nlp` process
    and yields its output in order, then checks how it ended; raises NLPPartitionError on a crash,
    an unexpected exit status or a line-count mismatch.

    mode "str" or "bytes" yields one output line per element. Mode "blocks" yields runs of whole
    lines joined by newlines (no final newline): a text file written from them (saveAsTextFile
    adds a newline after each element) has exactly the bytes nlp wrote, for far less per-element
    overhead between Python and the JVM."""
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env, cwd=cwd, close_fds=True, bufsize=1 << 16)
    fed = [0]
    feed_error = []
    stderr_tail = collections.deque(maxlen=_STDERR_TAIL)
    failed_documents = [0]

    def feed():
        # Writes the partition to nlp's stdin on its own thread, so that nlp can fill its stdout
        # while we are still writing: neither pipe can fill up and block the other.
        stdin = process.stdin
        batch = []
        size = 0
        try:
            for line in lines:
                data = line if isinstance(line, bytes) else line.encode("utf-8")
                if b"\n" in data:
                    raise ValueError(f"partition {index}: an element holds a line break; each element must be one JSONL line")
                batch.append(data)
                size += len(data) + 1
                if size >= _BATCH_BYTES:
                    batch.append(b"")
                    stdin.write(b"\n".join(batch))
                    fed[0] += len(batch) - 1
                    batch = []
                    size = 0
            if batch:
                batch.append(b"")
                stdin.write(b"\n".join(batch))
                fed[0] += len(batch) - 1
        except BrokenPipeError:
            pass  # nlp died; its exit status tells why
        except BaseException as error:  # the upstream iterator failed, or a bad element
            feed_error.append(error)
        finally:
            try:
                stdin.close()
            except BrokenPipeError:
                pass

    def drain_stderr():
        # Keeps nlp's stderr flowing into the executor's log, and its tail for error messages.
        for raw in process.stderr:
            stderr_tail.append(raw.rstrip(b"\n"))
            match = _FAILED_SUMMARY.match(raw.rstrip(b"\n"))
            if match:
                failed_documents[0] = int(match.group(1))
            try:
                sys.stderr.write(f"[nlp partition {index}] " + raw.decode("utf-8", "replace"))
            except (OSError, ValueError):
                pass

    writer = threading.Thread(target=feed, name=f"nlp-feed-{index}", daemon=True)
    reader = threading.Thread(target=drain_stderr, name=f"nlp-stderr-{index}", daemon=True)
    writer.start()
    reader.start()
    written = 0
    truncated = False
    finished = False
    try:
        if mode == "blocks":
            pending = b""
            while True:
                chunk = process.stdout.read1(_BATCH_BYTES * 16)
                if not chunk:
                    break
                data = pending + chunk if pending else chunk
                cut = data.rfind(b"\n")
                if cut < 0:
                    pending = data
                    continue
                written += data.count(b"\n", 0, cut + 1)
                yield data[:cut]
                pending = data[cut + 1:]
            truncated = bool(pending)  # nlp never writes part of a line; a dying process can
        else:
            for raw in process.stdout:
                if not raw.endswith(b"\n"):
                    truncated = True
                    break
                written += 1
                yield raw[:-1] if mode == "bytes" else raw[:-1].decode("utf-8")
        process.stdout.close()
        status = process.wait()
        writer.join()
        reader.join()
        finished = True

        def fail(reason):
            tail = b"\n".join(stderr_tail).decode("utf-8", "replace")
            raise NLPPartitionError(f"partition {index}: {reason}; command: {' '.join(command)}"
                                    + (f"\nnlp stderr (last lines):\n{tail}" if tail else ""))

        if feed_error:
            raise feed_error[0]
        if status < 0:
            fail(f"nlp was killed by signal {-status} after {written} of {fed[0]} lines")
        if status not in _OK_STATUSES:
            fail(f"nlp exited with status {status} after {written} of {fed[0]} lines")
        if truncated:
            fail(f"nlp's output ends in a partial line after {written} whole lines")
        if written != fed[0]:
            fail(f"nlp wrote {written} lines for {fed[0]} input lines")
        if counters is not None:
            documents, failed = counters
            documents.add(written)
            failed.add(failed_documents[0] if status == 1 else 0)
    finally:
        if not finished:
            # Abandoned (the consumer stopped early) or failed: never leave the child behind.
            if process.poll() is None:
                process.kill()
            for stream in (process.stdout, process.stdin):
                try:
                    stream.close()
                except (OSError, ValueError):
                    pass
            process.wait()
            writer.join(timeout=5)
            reader.join(timeout=5)


def annotate(rdd, shipment: Shipment, jobs: int = 1, max_document_bytes: int | None = None,
             counters=None, mode: str = "str"):
    """An RDD of the output lines of the pipeline over `rdd` (one JSONL line per element, str or
    bytes): one line per element, in order within each partition, as str (mode "str") or bytes
    ("bytes"); mode "blocks" is for writing text files (see _run_partition)."""
    if mode not in ("str", "bytes", "blocks"):
        raise ValueError(f"mode must be str, bytes or blocks, not {mode!r}")
    from pyspark import SparkFiles

    def run_partition(index, lines):
        binary = _executable(SparkFiles.get(shipment.binary))
        bundle = SparkFiles.get(shipment.bundle)
        command = [binary, "run", os.path.join(bundle, shipment.pipeline), "--input", "-", "--output", "-",
                   "--jobs", str(jobs)]
        if max_document_bytes:
            command += ["--max-document-bytes", str(max_document_bytes)]
        env = child_environment(bundle, shipment.has_libs, shipment.environment)
        return _run_partition(index, lines, command, env, bundle, counters, mode)

    return rdd.mapPartitionsWithIndex(run_partition, preservesPartitioning=True)


# --------------------------------------------------------------------------------------------
# Output: staging, then rename.

_JOB_OUTPUT_NAME = re.compile(r"^(part-\d+.*|_SUCCESS|\.part-\d+.*\.crc|\._SUCCESS\.crc)$")


def write_jsonl(rdd, output: str, compression: str | None = None) -> None:
    """Saves `rdd` as JSONL part files in `output` (any Hadoop filesystem path) with `_SUCCESS`.

    Spark writes into a hidden staging directory beside `output`; only when the job succeeded is
    it renamed to `output`, replacing an earlier job output there. A failed job deletes its staging
    directory and leaves `output` as it was. A path that does not look like a job output (part
    files and _SUCCESS only) is never replaced.
    """
    sc = rdd.context
    jvm = sc._jvm
    Path = jvm.org.apache.hadoop.fs.Path
    target = Path(output)
    fs = target.getFileSystem(sc._jsc.hadoopConfiguration())
    target = fs.makeQualified(target)
    parent = target.getParent()
    name = target.getName()
    token = uuid.uuid4().hex[:12]
    staging = Path(parent, f".{name}.nlp-staging-{token}")
    if fs.exists(target):
        _check_replaceable(fs, target)
    codec = {None: None, "none": None, "gzip": "org.apache.hadoop.io.compress.GzipCodec",
             "bzip2": "org.apache.hadoop.io.compress.BZip2Codec"}[compression]
    # The job runs in its own job group so that, when it fails, the tasks still running can be
    # cancelled and waited for: a task that outlived the failure could otherwise write into the
    # staging directory after it was deleted.
    group = f"nlp-spark-{token}"
    saved = {key: sc.getLocalProperty(key)
             for key in ("spark.jobGroup.id", "spark.job.description", "spark.job.interruptOnCancel")}
    sc.setJobGroup(group, f"nlp: write {output}", interruptOnCancel=True)
    try:
        rdd.saveAsTextFile(staging.toString(), codec)
    except BaseException:
        sc.cancelJobGroup(group)
        _wait_for_tasks(sc, group)
        fs.delete(staging, True)
        raise
    finally:
        for key, value in saved.items():
            sc.setLocalProperty(key, value)
    if fs.exists(target):
        _check_replaceable(fs, target)
        previous = Path(parent, f".{name}.nlp-previous-{token}")
        if not fs.rename(target, previous):
            fs.delete(staging, True)
            raise OSError(f"cannot move the previous output {target.toString()} aside")
        if not fs.rename(staging, target):
            fs.rename(previous, target)
            fs.delete(staging, True)
            raise OSError(f"cannot rename {staging.toString()} to {target.toString()}")
        fs.delete(previous, True)
    elif not fs.rename(staging, target):
        fs.delete(staging, True)
        raise OSError(f"cannot rename {staging.toString()} to {target.toString()}")


def _wait_for_tasks(sc, group: str, timeout: float = 120.0) -> None:
    """Waits until no task of the job group is running (or `timeout` seconds have passed)."""
    import time
    tracker = sc.statusTracker()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        active = 0
        for job_id in tracker.getJobIdsForGroup(group):
            job = tracker.getJobInfo(job_id)
            if job is None:
                continue
            if job.status == "RUNNING":
                active += 1
            for stage_id in job.stageIds:
                stage = tracker.getStageInfo(stage_id)
                if stage is not None:
                    active += stage.numActiveTasks
        if active == 0:
            return
        time.sleep(0.1)


def _check_replaceable(fs, target) -> None:
    if not fs.getFileStatus(target).isDirectory():
        raise FileExistsError(f"{target.toString()} exists and is not a job output directory; remove it or choose another output")
    for status in fs.listStatus(target):
        child = status.getPath().getName()
        if not _JOB_OUTPUT_NAME.match(child):
            raise FileExistsError(f"{target.toString()} holds {child!r}, so it is not a job output; "
                                  "remove it or choose another output")


# --------------------------------------------------------------------------------------------
# The whole job.

def run(sc, nlp: str, pipeline: str, input: str, output: str, resources=(), libs: str | None = None,
        partitions: int | None = None, jobs: int | None = None, max_document_bytes: int | None = None,
        compression: str | None = None, preflight: bool = True, environment=None) -> dict:
    """Ships `nlp` and `pipeline`, runs it over the JSONL at `input` and writes `output`.
    Returns {"documents": N, "failed": F}: lines written, and how many of them are error records."""
    shipment = ship(sc, nlp, pipeline, resources, libs, preflight, environment)
    if jobs is None:
        jobs = int(sc.getConf().get("spark.task.cpus", "1"))
    # Lines as bytes: nothing is decoded and encoded again on the way to nlp.
    lines = sc.textFile(input, minPartitions=partitions, use_unicode=False)
    documents = sc.accumulator(0)
    failed = sc.accumulator(0)
    records = annotate(lines, shipment, jobs=jobs, max_document_bytes=max_document_bytes,
                       counters=(documents, failed), mode="blocks")
    write_jsonl(records, output, compression)
    return {"documents": documents.value, "failed": failed.value}


def _spark_failure_message(error: BaseException) -> str:
    """The NLPPartitionError message inside a Py4J/Spark exception, else its first line."""
    if isinstance(error, (NLPPartitionError, OSError, ValueError)):
        return str(error)
    text = str(error)
    found = re.search(r"NLPPartitionError: (.*?)(?:\n\tat |\n\n|\s*SQLSTATE: |$)", text, re.S)
    if found:
        return found.group(1).strip()
    return text.strip().splitlines()[0] if text.strip() else repr(error)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description="Run an nlp pipeline over JSONL on Apache Spark: one nlp process per partition.",
        epilog="See docs/spark.md for local runs and cluster submission.")
    parser.add_argument("--nlp", required=True, help="the nlp executable (build it with --static-swift-stdlib)")
    parser.add_argument("--pipeline", required=True, help="the pipeline file")
    parser.add_argument("--resources", nargs="*", default=[], metavar="PATH",
                        help="files or directories the pipeline names (their place relative to the pipeline is kept)")
    parser.add_argument("--libs", help="a directory of shared libraries to ship for the child's LD_LIBRARY_PATH (e.g. libicu*.so.72)")
    parser.add_argument("--input", required=True, help="JSONL input: a file, directory or glob on any Hadoop filesystem")
    parser.add_argument("--output", required=True, help="output directory of JSONL part files (replaced if it is an earlier output)")
    parser.add_argument("--partitions", type=int, help="minimum number of input partitions (default: Spark's)")
    parser.add_argument("--jobs", type=int, help="worker threads of each nlp process (default: spark.task.cpus)")
    parser.add_argument("--max-document-bytes", type=int)
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="a variable for the nlp processes, whose environment is otherwise empty (repeatable)")
    parser.add_argument("--compression", choices=["none", "gzip", "bzip2"], default="none")
    parser.add_argument("--no-preflight", action="store_true",
                        help="do not run the pipeline over no input on the driver first (when the driver cannot run the binary)")
    parser.add_argument("--master", help="Spark master when not set by spark-submit (default local[*])")
    args = parser.parse_args(argv)
    environment = {}
    for item in args.env:
        name, equals, value = item.partition("=")
        if not equals or not name:
            parser.error(f"--env takes NAME=VALUE, not {item!r}")
        environment[name] = value

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName(f"nlp {os.path.basename(args.pipeline)}")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    conf.setIfMissing("spark.ui.showConsoleProgress", "false")
    sc = SparkContext.getOrCreate(conf)
    try:
        summary = run(sc, args.nlp, args.pipeline, args.input, args.output, resources=args.resources,
                      libs=args.libs, partitions=args.partitions, jobs=args.jobs,
                      max_document_bytes=args.max_document_bytes, compression=args.compression,
                      preflight=not args.no_preflight, environment=environment)
    except Exception as error:  # noqa: BLE001 - reported, and the exit status says it failed
        print(f"nlp-spark: error: {_spark_failure_message(error)}", file=sys.stderr)
        print(f"nlp-spark: the job failed; {args.output} was not written or changed", file=sys.stderr)
        return 1
    finally:
        sc.stop()
    print(f"nlp-spark: {summary['documents']} records ({summary['failed']} error records) → {args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
