#!/usr/bin/env bash
# What a make target needs from outside Python, installed when missing: from Debian's packages
# (as root, or with a sudo that asks no password) and from the npm registry. Elsewhere it stops
# with the one command that installs the same on that system.
#
#   scripts/system-deps.sh render   Pango and HarfBuzz's subsetter, for WeasyPrint
#   scripts/system-deps.sh test     the same, and Chromium, poppler-utils, LibreOffice Writer,
#                                   Node.js, axe-core and pdf.js, for every test
set -euo pipefail
cd "$(dirname "$0")/.."

GOAL="${1:?usage: scripts/system-deps.sh render|test}"
AXE_DIR="${AXE_DIR:-.cache/axe}"
AXE_VERSION="4.14.1"
PDFJS_DIR="${PDFJS_DIR:-.cache/pdfjs}"
# 4.x: pdf.js 5 needs a DOMMatrix (from @napi-rs/canvas) even to read text under Node 20.
PDFJS_VERSION="4.10.38"
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

has_library() { python3 -c "import ctypes.util, sys; sys.exit(not ctypes.util.find_library('$1'))"; }
has_command() { command -v "$1" >/dev/null; }

# What is missing, as Debian package names; the other systems' names beside them.
debian=() fedora=() brew=()
want() { debian+=("$1"); fedora+=("$2"); brew+=("$3"); }
has_library pango-1.0 && has_library pangoft2-1.0 || want "libpango-1.0-0 libpangoft2-1.0-0" pango pango
has_library harfbuzz-subset || want libharfbuzz-subset0 harfbuzz harfbuzz
if [ "$GOAL" = test ]; then
  [ -x "$CHROMIUM_PATH" ] || has_command chromium || want chromium chromium chromium
  has_command pdftotext && has_command pdftoppm || want poppler-utils poppler-utils poppler
  # the launcher outlives LibreOffice's removal (libreoffice-common): ask it to answer
  has_command soffice && soffice --version >/dev/null 2>&1 || want libreoffice-writer-nogui libreoffice-writer libreoffice
  has_command npm && has_command node || want "nodejs npm" nodejs node
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || want fonts-dejavu-core dejavu-sans-fonts font-dejavu
fi

if [ ${#debian[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if has_command apt-get && { [ -z "$SUDO" ] || sudo -n true 2>/dev/null; }; then
    echo "Installing from Debian's packages: ${debian[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # shellcheck disable=SC2068  # each entry may name several packages
    $SUDO apt-get install -y -qq --no-install-recommends ${debian[@]} >/dev/null
  else
    echo "'make $GOAL' needs packages this machine lacks and cannot install them by itself. Run:" >&2
    if has_command apt-get; then echo "  sudo apt-get install -y ${debian[*]}" >&2
    elif has_command dnf; then echo "  sudo dnf install -y ${fedora[*]}" >&2
    elif has_command brew; then echo "  brew install ${brew[*]}" >&2
    else echo "  (Debian) sudo apt-get install -y ${debian[*]}" >&2
    fi
    exit 1
  fi
fi

# From the npm registry, into .cache: axe-core's axe.min.js (the accessibility audit) and
# pdf.js's legacy build, which runs under Node (the reader of browsers and web-based ATS).
npm_files() {  # package@version folder file...
  local package="$1" folder="$2" tmp
  shift 2
  [ -s "$folder/$(basename "$1")" ] && return
  echo "Installing from the npm registry: $package"
  mkdir -p "$folder"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$package" >/dev/null && tar -xzf ./*.tgz)
  for file in "$@" LICENSE; do mv "$tmp/package/$file" "$folder/"; done
  rm -rf "$tmp"
}
if [ "$GOAL" = test ]; then
  npm_files "axe-core@$AXE_VERSION" "$AXE_DIR" axe.min.js
  npm_files "pdfjs-dist@$PDFJS_VERSION" "$PDFJS_DIR" legacy/build/pdf.mjs legacy/build/pdf.worker.mjs
fi
