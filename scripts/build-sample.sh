#!/usr/bin/env bash
# Rebuilds resources/sample/anonymous-bank-1999-02-07.csv (the sample week) and
# anonymous-bank-1999-02-01-4weeks.csv (the 4-week history) from the raw Anonymous Bank records.
# usage: scripts/build-sample.sh PATH/TO/data_anonymous_bank_february.txt [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
raw=${1:?path to data_anonymous_bank_february.txt}
build=${2:-$here/build}
"$build/app/tessera-cli" import-calls "$raw" --from 1999-02-07 --days 7 --interval 30 \
    --tz Asia/Jerusalem --out "$here/resources/sample/anonymous-bank-1999-02-07.csv"
# The 4-week history (1–28 Feb 1999) for forecasting from history (tessera-cli forecast).
"$build/app/tessera-cli" import-calls "$raw" --from 1999-02-01 --days 28 --interval 30 \
    --tz Asia/Jerusalem --out "$here/resources/sample/anonymous-bank-1999-02-01-4weeks.csv"
