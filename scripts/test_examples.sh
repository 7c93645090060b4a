#!/usr/bin/env bash
# Part of ./test: the extension paths, end to end, as a user takes them.
#  1. the code quoted in docs/ still matches the files it is quoted from;
#  2. examples/money, a stage in its own Swift package, builds, passes its tests, and its
#     `money-nlp` checks and runs its example pipeline (offsets checked from outside);
#  3. `nlp new stage` scaffolds a package that builds, passes its tests and runs its pipeline.
# Both packages build in one scratch directory, .build-examples, so nlp's own modules build once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$root/.build-examples"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say() { echo "test_examples: $*" >&2; }

python3 "$root/scripts/check_doc_snippets.py"

say "examples/money: build, test, check, run"
swift build --package-path "$root/examples/money" --scratch-path "$scratch" >&2
swift test --package-path "$root/examples/money" --scratch-path "$scratch" --disable-xctest >&2
money="$scratch/debug/money-nlp"
"$money" check "$root/examples/money/pipelines/example.pipe"
"$money" run "$root/examples/money/pipelines/example.pipe" --output "$work/money.jsonl" --quiet
python3 "$root/scripts/check_offsets.py" "$work/money.jsonl"
python3 - "$work/money.jsonl" <<'PY'
import json, sys
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
found = [(m["text"], m["currency"], m["value"]) for r in records for m in r["money"]]
expected = [("₩2.4 trillion", "KRW", 2.4e12), ("$3.4bn", "USD", 3.4e9), ("€2 billion", "EUR", 2e9),
            ("USD 230 billion", "USD", 230e9), ("£600m", "GBP", 600e6)]
assert found == expected, found
assert all(r["text"][m["start"]:m["end"]] == m["text"] for r in records for m in r["money"])
print("test_examples: money found", len(found), "amounts, as expected")
PY

say "nlp new stage: scaffold, build, test, run"
"$money" new stage demo-marks --path "$work" --nlp "$root" >&2
swift build --package-path "$work/demo-marks" --scratch-path "$scratch" >&2
swift test --package-path "$work/demo-marks" --scratch-path "$scratch" --disable-xctest >&2
"$scratch/debug/demo-marks-nlp" run "$work/demo-marks/pipelines/example.pipe" --output "$work/demo.jsonl" --quiet
python3 "$root/scripts/check_offsets.py" "$work/demo.jsonl"
python3 - "$work/demo.jsonl" <<'PY'
import json, sys
record = json.loads(open(sys.argv[1], encoding="utf-8").readline())
assert [m["text"] for m in record["demo-marks"]] == ["example", "Example", "example"], record["demo-marks"]
print("test_examples: the scaffolded stage marked its example words")
PY
say "ok"
