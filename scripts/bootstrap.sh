#!/usr/bin/env bash
# Installs the system packages nlp needs when they are missing (Debian/Ubuntu): libicu-dev and
# pkg-config; with --with-browser also chromium, which the HTML report's browser tests use (./test).
# Safe to run again; does nothing when everything is there.
set -euo pipefail
missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists icu-uc icu-i18n 2>/dev/null; then missing+=(libicu-dev); fi
if ((${#missing[@]})); then
    echo "nlp: installing ${missing[*]}" >&2
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq "${missing[@]}" >&2
fi
if [ "${1:-}" = "--with-browser" ] && ! command -v chromium >/dev/null 2>&1; then
    echo "nlp: installing chromium (for the HTML report's browser tests)" >&2
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    { DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2 \
        || { $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2; }; } \
        || echo "nlp: could not install chromium; the browser tests will be skipped" >&2
fi
if ! command -v swift >/dev/null 2>&1; then
    echo "nlp: the Swift toolchain (6.0 or later) is required: https://www.swift.org/install/linux/" >&2
    exit 69
fi
