#!/usr/bin/env bash
# Installs what the repo needs on a fresh machine: pnpm 12.4.2 on PATH, Debian's Chromium (for the HTML
# report test; never a downloaded browser), Debian's headless LibreOffice Calc (for the workbook test),
# Debian's PostgreSQL server (for the SQL backend's differential test), poppler-utils (the PDF test), then
# the workspace's packages from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "12.4.2" ]; then
  echo "setup: installing pnpm 12.4.2"
  $SUDO npm i -g pnpm@12.4.2 >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian chromium"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: /usr/bin/chromium not found and apt-get is unavailable; install Chromium so /usr/bin/chromium exists" >&2
    exit 1
  fi
fi

# LibreOffice Calc (headless) opens the data-entry workbooks in a test, so "opens cleanly in LibreOffice" is checked.
if ! command -v soffice >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing Debian libreoffice-calc-nogui"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libreoffice-calc-nogui >/dev/null
fi

# PostgreSQL 15 (Debian's server package): the SQL backend's differential test starts a throwaway cluster and
# runs the same generated SQL on it as on DuckDB.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing Debian postgresql"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

# poppler-utils (pdftotext): the PDF report test reads the printed city recap's text back.
if ! command -v pdftotext >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing Debian poppler-utils"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils >/dev/null
fi

pnpm install --frozen-lockfile
echo "setup: done. From the repo root: pnpm kkb validate examples/banjarmasin/data"
