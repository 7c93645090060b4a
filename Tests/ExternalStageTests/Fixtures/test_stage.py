#!/usr/bin/env python3
"""A purpose-built external stage for the tests: it speaks the protocol by hand (no helper), so
that it can also break it on request.

Handshake behaviour: --handshake MODE (default ok; exit-after-ready answers the handshake and
exits before reading any document). Document behaviour: markers in the text
(CRASH, SEGV, SLEEP, NOTJSON, RANGE, NEGATIVE, BACKWARDS, HALF, UNDECLARED, MISSING, WRONGID,
TWOLINES, LATELINE, REJECT). --chatty writes 300 KB to stderr before reading each request.
--requires tokens asks for the segmenter's tokens and echoes their texts. --delay S waits S seconds
before each reply; --linger S waits S seconds at end of input before exiting; --early-reply replies
to the first request after reading only 100 bytes of it; --once FILE refuses to start a second time.

Layers: `marks`, one span per whitespace-separated word (with a nested span for its first
character), and `info`, an object: the process id, how many documents it has seen, its options.
"""
import argparse
import json
import os
import signal
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("--handshake", default="ok")
parser.add_argument("--chatty", action="store_true")
parser.add_argument("--requires", action="append", default=[])
parser.add_argument("--delay", type=float, default=0, help="seconds to wait before each reply")
parser.add_argument("--linger", type=float, default=0, help="seconds to wait before exiting at end of input")
parser.add_argument("--early-reply", action="store_true", help="reply after reading 100 bytes of a request")
parser.add_argument("--once", help="a file: the first start creates it; later starts find it and fail")
args = parser.parse_args()

stdin = sys.stdin.buffer
stdout = sys.stdout.buffer


def send(message):
    stdout.write(json.dumps(message).encode() + b"\n")
    stdout.flush()


def send_raw(text):
    stdout.write(text.encode() + b"\n")
    stdout.flush()


if args.once:
    if os.path.exists(args.once):
        sys.stderr.write("test_stage: started before, refusing to start again\n")
        sys.exit(4)
    open(args.once, "w").close()

hello = json.loads(stdin.readline())
assert hello == {"type": "hello", "protocol": 1}, hello
mode = args.handshake
if mode == "exit":
    sys.stderr.write("test_stage: cannot load the model\n")
    sys.exit(3)
if mode == "silent":
    time.sleep(60)
if mode == "not-json":
    send_raw("Loading model... done")
    time.sleep(60)

declaration = {
    "type": "stage", "protocol": 1, "name": "test-stage", "summary": "Marks words (test stage).",
    "requires": args.requires, "produces": ["marks", "info"],
    "options": [
        {"name": "greeting", "type": "string", "default": "hi", "summary": "A word."},
        {"name": "level", "type": "integer", "default": 1, "summary": "A number."},
        {"name": "ratio", "type": "number", "default": 0.5, "summary": "A ratio."},
        {"name": "mode", "type": "choice", "values": ["fast", "slow"], "default": "fast", "summary": "A choice."},
        {"name": "lexicon", "type": "path", "summary": "A file."},
        {"name": "strict", "type": "boolean", "default": False, "summary": "A flag."},
    ],
}
if mode == "protocol-2":
    declaration["protocol"] = 2
elif mode == "bad-name":
    declaration["name"] = "Test Stage"
elif mode == "reserved-layer":
    declaration["produces"] = ["marks", "text"]
elif mode == "bad-option-type":
    declaration["options"][1]["type"] = "float"
elif mode == "bad-default":
    declaration["options"][1]["default"] = "one"
elif mode == "produces-tokens":
    declaration["produces"] = ["tokens", "marks", "info"]
send(declaration)

configure = json.loads(stdin.readline())
assert configure["type"] == "configure", configure
options = configure["options"]
if mode == "refuse-options" or options.get("level", 1) > 9:
    send({"type": "error", "message": "level must be at most 9", "option": "level"})
    sys.exit(0)
if "lexicon" in options:
    with open(options["lexicon"], encoding="utf-8") as lexicon:
        options["lexicon-lines"] = len(lexicon.read().splitlines())
send({"type": "ready"})
if mode == "exit-after-ready":
    sys.exit(0)

if args.early_reply:
    os.read(0, 100)
    send({"type": "result", "layers": {"marks": [], "info": {}}})
    time.sleep(60)

seen = 0
while True:
    if args.chatty:
        sys.stderr.write("x" * 300_000 + "\n")
        sys.stderr.flush()
    line = stdin.readline()
    if not line:
        time.sleep(args.linger)
        break
    request = json.loads(line)
    seen += 1
    text = request["text"]
    marks = []
    position = 0
    for word in text.split():
        start = text.index(word, position)
        position = start + len(word)
        marks.append({"start": start, "end": position, "first": {"start": start, "end": start + 1}})
    info = {"pid": os.getpid(), "seen": seen, "options": options}
    if "tokens" in request["layers"]:
        info["tokens"] = [text[t["start"]:t["end"]] for t in request["layers"]["tokens"]]
    layers = {"marks": marks, "info": info}
    reply = {"type": "result", "id": request["id"], "layers": layers}
    if args.delay:
        time.sleep(args.delay)
    if "CRASH" in text:
        sys.stderr.write("test_stage: crashing on purpose\n")
        sys.stderr.flush()
        os._exit(3)
    if "SEGV" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "SLEEP" in text:
        time.sleep(60)
    if "NOTJSON" in text:
        send_raw("debug: got a document")
        continue
    if "RANGE" in text:
        marks.append({"start": 0, "end": len(text) + 1})
    if "NEGATIVE" in text:
        marks[0]["start"] = -1
    if "BACKWARDS" in text:
        marks[0]["start"], marks[0]["end"] = marks[0]["end"], marks[0]["start"]
    if "HALF" in text:
        del marks[0]["end"]
    if "UNDECLARED" in text:
        layers["extra"] = []
    if "MISSING" in text:
        del layers["info"]
    if "WRONGID" in text:
        reply["id"] = "someone-else"
    if "REJECT" in text:
        reply = {"type": "error", "id": request["id"], "message": "this document is not for me"}
    send(reply)
    if "TWOLINES" in text:
        send(reply)
    if "LATELINE" in text:
        time.sleep(0.2)
        send_raw("a late line")
