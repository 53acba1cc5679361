#!/usr/bin/env bash
# Browser tests drive a system Chromium through playwright-core (browser downloads are not
# possible on our machines). Installs Debian's Chromium when it is missing; CHROMIUM_PATH
# points the tests at another Chromium/Chrome binary.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$bin" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "Chromium not found at $bin: installing Debian's chromium package for the browser tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q >&2
  $SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core >&2
  exit 0
fi
echo "Browser tests need Chromium: install it, or set CHROMIUM_PATH to a Chromium/Chrome binary." >&2
exit 1
