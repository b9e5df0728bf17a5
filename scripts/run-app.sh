#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build, and open Tessera on
# the bundled Anonymous Bank sample. Extra arguments go to tessera (e.g. a .tessera file).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh" -DTESSERA_BUILD_TESTS=OFF -DTESSERA_BUILD_BENCH=OFF
app="${BUILD_DIR:-$here/build}/app/tessera"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-app: no display found; starting Tessera under Xvfb (use a desktop session to see it)"
  exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
