#!/usr/bin/env bash
# Installs what the repo needs on a fresh machine: pnpm 12.4.2 on PATH, Debian's Chromium (for the HTML
# report test; never a downloaded browser), then the workspace's packages from the lockfile.
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

pnpm install --frozen-lockfile
echo "setup: done. From the repo root: pnpm kkb validate examples/banjarmasin/data"
