#!/usr/bin/env bash
# Measures QSL Mail's start: from launching the `qslmail` script to the first window titled
# "QSL Mail" (found with xdotool), and the headless `qslmail --version`, each RUNS times on a
# fresh data folder. Run under a display, e.g.  xvfb-run -a releng/scripts/measure-startup.sh
# Usage: measure-startup.sh [ARCHIVE] [RUNS]   (default: the Linux archive of the last build, 5 runs)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
archive=${1:-$(ls "$root"/releng/org.qslmail.product/target/products/qslmail-*-linux.gtk.x86_64.tar.gz | head -n 1)}
runs=${2:-5}
command -v xdotool >/dev/null || { echo "xdotool is missing: releng/scripts/install-prerequisites.sh" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "no display: run under xvfb-run -a" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
product="$work/qslmail/qslmail"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }
since() { awk -v end="$(now)" -v start="$1" 'BEGIN { printf "%.2f", end - start }'; }

window_times=()
cli_times=()
for i in $(seq "$runs"); do
  home="$work/home$i"; mkdir -p "$home"
  export QSLMAIL_VM_OPTIONS="-Duser.home=$home"

  start=$(now)
  "$product" --version >/dev/null
  cli_times+=("$(since "$start")")

  start=$(now)
  "$product" >/dev/null 2>&1 &
  gui=$!
  timeout 120 xdotool search --sync --name '^QSL Mail$' >/dev/null
  window_times+=("$(since "$start")")
  kill "$gui"; wait "$gui" 2>/dev/null || true
  # The next run must not find this run's window.
  for _ in $(seq 100); do xdotool search --name '^QSL Mail$' >/dev/null 2>&1 || break; sleep 0.1; done
done

echo "java: $("$product" --version | tail -n 1)"
echo "headless qslmail --version, s: ${cli_times[*]}  median $(printf '%s\n' "${cli_times[@]}" | median)"
echo "window to first 'QSL Mail' window, s: ${window_times[*]}  median $(printf '%s\n' "${window_times[@]}" | median)"
