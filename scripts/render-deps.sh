#!/usr/bin/env bash
# What WeasyPrint needs from the system, installed only when missing: Pango, and HarfBuzz's
# subsetter (without it WeasyPrint falls back to fontTools, warns on every render and writes
# each PDF about twice as slowly).
set -euo pipefail

missing() { ! python3 -c "import ctypes.util, sys; sys.exit(not ctypes.util.find_library('$1'))"; }

if missing pango-1.0 || missing pangoft2-1.0 || missing harfbuzz-subset; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 >/dev/null
fi
