#!/usr/bin/env bash
# What the browser tests need, installed only when missing:
# Debian's Chromium and poppler-utils (apt-get), and axe-core's axe.min.js (npm registry).
# Usage: browser-deps.sh [--axe-only] [AXE_DIR]
set -euo pipefail

AXE_ONLY=false
if [ "${1:-}" = "--axe-only" ]; then AXE_ONLY=true; shift; fi
AXE_DIR="${1:-${AXE_DIR:-.cache/axe}}"
AXE_VERSION="${AXE_VERSION:-4.14.1}"
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

# 1. Chromium (+ pdftoppm/pdftotext, DejaVu fonts) from Debian, only if missing.
if ! $AXE_ONLY && { [ ! -x "$CHROMIUM_PATH" ] || ! command -v pdftoppm >/dev/null; }; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends \
      chromium poppler-utils fonts-dejavu-core >/dev/null
fi
$AXE_ONLY || "$CHROMIUM_PATH" --version 2>/dev/null | grep -i chromium  # the wrapper may print a harmless '[: unexpected operator'

# 2. axe-core's axe.min.js from the npm registry, only if missing.
if [ ! -s "$AXE_DIR/axe.min.js" ]; then
  mkdir -p "$AXE_DIR"
  tmp="$(mktemp -d)"
  ( cd "$tmp" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null \
      && tar -xzf axe-core-*.tgz package/axe.min.js package/LICENSE )
  mv "$tmp/package/axe.min.js" "$tmp/package/LICENSE" "$AXE_DIR/"
  rm -rf "$tmp"
fi
head -c 20 "$AXE_DIR/axe.min.js" | grep -q "axe v" && echo "axe-core: $AXE_DIR/axe.min.js"
