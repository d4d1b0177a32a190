#!/usr/bin/env bash
# Installs the Debian packages that building and testing QSL Mail need beyond a JDK:
# Xvfb for the UI tests, GTK 3 for SWT, xdotool to find the product window in the start benchmark,
# a Japanese font so Japanese screens render, and PostgreSQL, which the directory tests start
# themselves on loopback (the packaged server is not used). Runs as root (CI) or through sudo.
set -euo pipefail

packages=(xvfb xauth libgtk-3-0 xdotool fonts-ipafont-gothic postgresql)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
