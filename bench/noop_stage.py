#!/usr/bin/env python3
"""An external stage that does nothing: it requires nothing and returns no layers. Used by
bench/external.py to measure what the protocol costs per document, written the way a user would
write a stage (with examples/python-stage/nlp_stage.py)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "python-stage"))
import nlp_stage  # noqa: E402

if __name__ == "__main__":
    nlp_stage.serve(name="noop", summary="Does nothing (benchmark).", process=lambda text, layers, options: {})
