#!/usr/bin/env python3
"""Entity mention quality of the shipped gazetteers on UD English-GUM dev, whose entity layer marks
places, organisations and people, with Wikipedia links for named ones.

    python3 bench/gazetteer_gum.py [--lists pipelines/gazetteers/world.tsv ...] [--show N]

Documents are rebuilt exactly as ../shared/eval/ud_docs.py builds them (paragraphs joined by a blank
line, sentences by a space), so gold mentions get character offsets in the same text nlp reads.
Scores, per class (place: GPE/LOC/FAC against GUM `place`; organisation: ORG against GUM
`organization`; person: PERSON against GUM `person`):
  - recall: gold mentions linked to Wikipedia and written as names (capitalised, not pronouns) that a
    system mention of the class overlaps;
  - precision: system mentions of the class that overlap a gold mention of the same GUM type;
  - linking: among recalled linked mentions, the system's canonical name equals the Wikipedia title.
"""
import argparse, json, os, re, subprocess, sys, tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GUM = os.path.join(ROOT, "..", "shared", "data", "dev", "ud", "en_gum-ud-dev.conllu")
PRONOUNS = {"i", "me", "my", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their",
            "we", "us", "our", "you", "your", "this", "that", "these", "those", "who"}
CLASSES = {"place": {"GPE", "LOC", "FAC"}, "organization": {"ORG"}, "person": {"PERSON"}}


def read_gum(path):
    """Yields (doc id, text, gold mentions [(start, end, type, link)])."""
    doc_id, paras, para, sent_tokens, sent_text = None, [], [], [], None

    def flush_sentence():
        nonlocal sent_tokens, sent_text
        if sent_text is not None:
            para.append((sent_text, sent_tokens))
        sent_tokens, sent_text = [], None

    def flush_para():
        flush_sentence()
        if para:
            paras.append(list(para))
            para.clear()

    def build():
        flush_para()
        text, mentions, open_ = "", [], defaultdict(list)
        for pi, p in enumerate(paras):
            if pi:
                text += "\n\n"
            for si, (stext, tokens) in enumerate(p):
                if si:
                    text += " "
                base, cursor = len(text), 0
                text += stext
                for form, misc in tokens:
                    at = stext.find(form, cursor)
                    if at < 0:
                        at = cursor
                    start, end = base + at, base + at + len(form)
                    cursor = at + len(form)
                    ent = dict(kv.split("=", 1) for kv in misc.split("|") if "=" in kv).get("Entity", "")
                    for match in re.finditer(r"\(([^()]+)\)?|(\d+)\)", ent):
                        if match.group(1) is not None:
                            fields = match.group(1).split("-")
                            eid, etype = fields[0], fields[1]
                            link = "-".join(fields[7:]) if len(fields) > 7 else None
                            if match.group(0).endswith(")"):
                                mentions.append((start, end, etype, link))
                            else:
                                open_[eid].append((start, etype, link))
                        else:
                            eid = match.group(2)
                            if open_[eid]:
                                s, etype, link = open_[eid].pop()
                                mentions.append((s, end, etype, link))
        return text, mentions

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newdoc"):
            if doc_id is not None:
                yield (doc_id, *build())
            doc_id, paras = line.split("=", 1)[1].strip(), []
        elif line.startswith("# newpar"):
            flush_para()
        elif line.startswith("# text ="):
            flush_sentence()
            sent_text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                # A multiword token: its words carry the entities, its form carries the text.
                sent_tokens.append((cols[1], ""))
                continue
            sent_tokens.append((cols[1], cols[9]))
    if doc_id is not None:
        yield (doc_id, *build())


def norm(name):
    return re.sub(r"[\s_]+", " ", name or "").strip().lower()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lists", nargs="+", default=[os.path.join(ROOT, "pipelines", "gazetteers", f) for f in ("world.tsv", "summit.tsv")])
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and false alarms per class")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "nlp"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    tmp = tempfile.mkdtemp(prefix="nlp-gum-")
    docs = list(read_gum(GUM))
    with open(os.path.join(tmp, "docs.jsonl"), "w") as out:
        for doc_id, text, _ in docs:
            out.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    pipe = os.path.join(tmp, "gum.pipe")
    lists = ", ".join(os.path.abspath(p) for p in args.lists)
    open(pipe, "w").write(f"stages:\n  - segmenter\n  - gazetteer: {{ lists: [{lists}] }}\n")
    subprocess.run([os.path.join(ROOT, ".build", "release", "nlp"), "run", pipe, "--input", os.path.join(tmp, "docs.jsonl"),
                    "--output", os.path.join(tmp, "out.jsonl"), "--quiet"], check=True, stderr=subprocess.DEVNULL)
    system = {r["id"]: r for r in map(json.loads, open(os.path.join(tmp, "out.jsonl"), encoding="utf-8"))}
    overlaps = lambda a, b: min(a[1], b[1]) > max(a[0], b[0])
    print("| class | gold named | recall | system | precision | linking |\n|---|---:|---:|---:|---:|---:|")
    for gum_type, labels in CLASSES.items():
        g_named = g_hit = s_total = s_ok = l_total = l_ok = 0
        misses, alarms = [], []
        for doc_id, text, gold in docs:
            ents = [e for e in system[doc_id].get("entities", []) if e["label"] in labels]
            gold_type = [g for g in gold if g[2] == gum_type]
            for g in gold_type:
                surface = re.sub(r"^(the|The)\s+", "", text[g[0]:g[1]])
                if not g[3] or not surface[:1].isupper() or surface.lower() in PRONOUNS:
                    continue
                g_named += 1
                hit = [e for e in ents if overlaps((e["start"], e["end"]), g)]
                if hit:
                    g_hit += 1
                    l_total += 1
                    l_ok += norm(hit[0]["canonical"]) == norm(g[3])
                elif len(misses) < args.show:
                    misses.append(text[g[0]:g[1]])
            for e in ents:
                s_total += 1
                if any(overlaps((e["start"], e["end"]), g) for g in gold_type):
                    s_ok += 1
                elif len(alarms) < args.show:
                    alarms.append(f"{e['text']} ({e['id']})")
        r = g_hit / g_named if g_named else 0
        p = s_ok / s_total if s_total else 0
        l = l_ok / l_total if l_total else 0
        print(f"| {gum_type} | {g_named} | {r:.3f} | {s_total} | {p:.3f} | {l:.3f} |")
        if args.show:
            print(f"  misses: {misses}\n  false alarms: {alarms}")


if __name__ == "__main__":
    main()
