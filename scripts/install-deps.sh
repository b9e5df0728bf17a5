#!/usr/bin/env bash
# Installs the Debian 12 packages Tessera needs, skipping apt-get entirely when all are present.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev qt6-websockets-dev qt6-httpserver-dev qt6-svg-dev
  libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6
  coinor-libcbc-dev coinor-cbc nlohmann-json3-dev qtkeychain-qt6-dev zlib1g-dev
  libgl-dev xvfb xauth tzdata
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
