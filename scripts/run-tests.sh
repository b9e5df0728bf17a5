#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build, run every test
# (CTest; GUI tests run offscreen). .ci/run calls this.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh" -DTESSERA_BUILD_TESTS=ON -DTESSERA_BUILD_BENCH=ON
cd "${BUILD_DIR:-$here/build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900
