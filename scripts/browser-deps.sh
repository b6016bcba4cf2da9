#!/usr/bin/env bash
# What the browser and reader tests need, installed only when missing:
# Debian's Chromium and poppler-utils (apt-get), axe-core's axe.min.js and pdf.js (npm registry).
# Usage: browser-deps.sh [--axe-only | --pdfjs-only] [AXE_DIR] [PDFJS_DIR]
set -euo pipefail

AXE_ONLY=false    # axe-core alone
PDFJS_ONLY=false  # pdf.js alone
if [ "${1:-}" = "--axe-only" ]; then AXE_ONLY=true; shift; fi
if [ "${1:-}" = "--pdfjs-only" ]; then PDFJS_ONLY=true; shift; fi
AXE_DIR="${1:-${AXE_DIR:-.cache/axe}}"
AXE_VERSION="${AXE_VERSION:-4.14.1}"
PDFJS_DIR="${2:-${PDFJS_DIR:-.cache/pdfjs}}"
# 4.x: pdf.js 5 needs a DOMMatrix (from @napi-rs/canvas) even to read text under Node 20.
PDFJS_VERSION="${PDFJS_VERSION:-4.10.38}"
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

# 1. Chromium (+ pdftoppm/pdftotext, DejaVu fonts) from Debian, only if missing.
if ! $AXE_ONLY && ! $PDFJS_ONLY && { [ ! -x "$CHROMIUM_PATH" ] || ! command -v pdftoppm >/dev/null; }; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends \
      chromium poppler-utils fonts-dejavu-core >/dev/null
fi
$AXE_ONLY || $PDFJS_ONLY || "$CHROMIUM_PATH" --version 2>/dev/null | grep -i chromium  # the wrapper may print a harmless '[: unexpected operator'

# 2. axe-core's axe.min.js from the npm registry, only if missing.
if ! $PDFJS_ONLY && [ ! -s "$AXE_DIR/axe.min.js" ]; then
  mkdir -p "$AXE_DIR"
  tmp="$(mktemp -d)"
  ( cd "$tmp" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null \
      && tar -xzf axe-core-*.tgz package/axe.min.js package/LICENSE )
  mv "$tmp/package/axe.min.js" "$tmp/package/LICENSE" "$AXE_DIR/"
  rm -rf "$tmp"
fi
$PDFJS_ONLY || { head -c 20 "$AXE_DIR/axe.min.js" | grep -q "axe v" && echo "axe-core: $AXE_DIR/axe.min.js"; }

# 3. pdf.js (pdfjs-dist's legacy build, which runs under Node) for resume check and
#    tests/check/test_extractors.py, only if missing.
if ! $AXE_ONLY && [ ! -s "$PDFJS_DIR/pdf.mjs" ]; then
  mkdir -p "$PDFJS_DIR"
  tmp="$(mktemp -d)"
  ( cd "$tmp" && npm pack --silent "pdfjs-dist@$PDFJS_VERSION" >/dev/null \
      && tar -xzf pdfjs-dist-*.tgz package/legacy/build/pdf.mjs \
           package/legacy/build/pdf.worker.mjs package/LICENSE )
  mv "$tmp"/package/legacy/build/pdf.mjs "$tmp"/package/legacy/build/pdf.worker.mjs \
     "$tmp/package/LICENSE" "$PDFJS_DIR/"
  rm -rf "$tmp"
fi
$AXE_ONLY || { [ -s "$PDFJS_DIR/pdf.mjs" ] && echo "pdf.js: $PDFJS_DIR/pdf.mjs"; }
