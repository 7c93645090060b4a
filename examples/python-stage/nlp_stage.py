"""The nlp external-stage protocol in one small module (Python 3.8+, standard library only).

Copy this file next to your stage and call `serve`:

    import nlp_stage

    def process(text, layers, options):
        return {"shouts": [{"start": 0, "end": 5}]}   # code-point offsets, as text[start:end]

    nlp_stage.serve(name="shouts", produces=["shouts"], process=process)

`serve` answers the handshake, then reads one document per line from stdin and writes one reply
per line to stdout until stdin closes. While it runs, `print()` goes to stderr, so that it cannot
corrupt the protocol. The protocol itself is specified in docs/external-stages.md.
"""

import json
import sys
import traceback

PROTOCOL = 1


class OptionError(Exception):
    """Raise from `configure` to refuse an option; `option` names it, for `nlp check`."""

    def __init__(self, message, option=None):
        super().__init__(message)
        self.option = option


class DocumentError(Exception):
    """Raise from `process` to fail one document with this message (the process goes on)."""


def serve(*, name, process, requires=(), produces=(), options=(), summary="", configure=None):
    """Runs the stage until stdin closes.

    name       the stage's name, kebab-case
    process    process(text, layers, options) -> {layer name: value}, one entry per produced layer;
               `layers` holds the required layers, offsets in code points
    requires   names of the layers the stage reads
    produces   names of the layers it adds
    options    option schemas: {"name", "type", "default" | "required", "summary"} (see the docs)
    configure  configure(options) -> options to pass to `process` (default: unchanged); load
               models here, and raise OptionError to refuse an option
    """
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    sys.stdout = sys.stderr

    def send(message):
        stdout.write(json.dumps(message, separators=(",", ":")).encode("ascii") + b"\n")
        stdout.flush()

    def receive(expected):
        line = stdin.readline()
        if not line:
            return None
        message = json.loads(line)
        if message.get("type") != expected:
            raise SystemExit(f"{name}: expected a {expected!r} message, got {message.get('type')!r}")
        return message

    if receive("hello") is None:
        return
    send({"type": "stage", "protocol": PROTOCOL, "name": name, "summary": summary,
          "requires": list(requires), "produces": list(produces), "options": list(options)})
    message = receive("configure")
    if message is None:
        return
    settings = message["options"]
    try:
        if configure is not None:
            settings = configure(settings)
    except OptionError as error:
        reply = {"type": "error", "message": str(error)}
        if error.option is not None:
            reply["option"] = error.option
        send(reply)
        return
    send({"type": "ready"})

    for line in stdin:
        document = json.loads(line)
        identifier = document["id"]
        try:
            layers = process(document["text"], document["layers"], settings)
        except DocumentError as error:
            send({"type": "error", "id": identifier, "message": str(error)})
            continue
        except Exception as error:  # a bug in the stage: fail this document, keep serving
            traceback.print_exc()
            send({"type": "error", "id": identifier, "message": f"{type(error).__name__}: {error}"})
            continue
        send({"type": "result", "id": identifier, "layers": layers})
