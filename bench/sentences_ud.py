#!/usr/bin/env python3
"""Sentence-boundary quality on Universal Dependencies English dev (EWT and GUM), with spaCy's
rule-based sentencizer scored the same way in the same run.

    python3 bench/sentences_ud.py [--skip-spacy]

Uses the project's scorers in ../shared/eval (ud_docs.py makes documents with gold sentence ends,
sent_f1.py scores a run's `sentences` layer) and a release build of nlp with the segmenter only.
"""
import argparse, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
SETS = {"EWT": "en_ewt-ud-dev.conllu", "GUM": "en_gum-ud-dev.conllu"}


def spacy_sentences(docs_path, out_path):
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    docs = [json.loads(line) for line in open(docs_path, encoding="utf-8")]
    with open(out_path, "w", encoding="utf-8") as out:
        for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs])):
            sents = [{"start": s.start_char, "end": s.end_char} for s in doc.sents]
            out.write(json.dumps({"id": d["id"], "sentences": sents}) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-spacy", action="store_true")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "nlp"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    tmp = tempfile.mkdtemp(prefix="nlp-ud-")
    pipe = os.path.join(tmp, "segmenter.pipe")
    open(pipe, "w").write("stages:\n  - segmenter: { locale: en }\n")
    print("| set | system | P | R | F1 |\n|---|---|---:|---:|---:|")
    for name, file in SETS.items():
        docs = os.path.join(tmp, name + ".jsonl")
        with open(docs, "w") as out:
            subprocess.run([sys.executable, os.path.join(SHARED, "eval", "ud_docs.py"),
                            os.path.join(SHARED, "data", "dev", "ud", file)], stdout=out, check=True)
        systems = [("nlp segmenter", os.path.join(tmp, name + ".nlp.jsonl"))]
        subprocess.run([os.path.join(ROOT, ".build", "release", "nlp"), "run", pipe, "--input", docs,
                        "--output", systems[0][1], "--quiet"], check=True)
        if not args.skip_spacy:
            systems.append(("spaCy sentencizer", os.path.join(tmp, name + ".spacy.jsonl")))
            spacy_sentences(docs, systems[1][1])
        for label, path in systems:
            score = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "sent_f1.py"), docs, path],
                                   capture_output=True, text=True, check=True).stdout.split()
            fields = dict(part.split("=") for part in score)
            print(f"| {name} | {label} | {fields['P']} | {fields['R']} | {fields['F1']} |")


if __name__ == "__main__":
    main()
