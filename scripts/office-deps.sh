#!/usr/bin/env bash
# What the DOCX tests need, installed only when missing: Debian's headless LibreOffice Writer
# (soffice converts the .docx to PDF to count its pages) and poppler-utils (pdftotext).
set -euo pipefail

if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends \
      libreoffice-writer-nogui poppler-utils fonts-dejavu-core >/dev/null
fi
soffice --version
