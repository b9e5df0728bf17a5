#!/usr/bin/env bash
# Renders the real main window under Xvfb after a solve of the sample: docs/screenshot.png.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/docs/screenshot.png}
mkdir -p "$(dirname "$out")"
xvfb-run -a -s "-screen 0 1600x1000x24" "${BUILD_DIR:-$here/build}/app/tessera" --screenshot "$out"
echo "wrote $out"
