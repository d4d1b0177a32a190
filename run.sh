#!/usr/bin/env bash
# Opens QSL Mail: builds the product first when it is missing or older than the sources, unpacks
# the Linux archive into target/run and starts its `qslmail` launcher. Arguments go to the launcher,
# so `./run.sh --version` or `./run.sh help` run the command line instead of the window.
set -euo pipefail
cd "$(dirname "$0")"
source releng/scripts/java-home.sh

products=releng/org.qslmail.product/target/products
archive=$(ls -t "$products"/qslmail-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1 || true)
stale=""
if [ -n "$archive" ]; then
  stale=$(find pom.xml .mvn bundles features releng -newer "$archive" -type f -not -path '*/target/*' \
    -not -name '.polyglot.*' 2>/dev/null | head -n 1)
fi
if [ -z "$archive" ] || [ -n "$stale" ]; then
  echo "Building QSL Mail (tests skipped; ./test.sh runs them)..."
  ./mvnw -B -q verify -DskipTests
  archive=$(ls -t "$products"/qslmail-*-linux.gtk.x86_64.tar.gz | head -n 1)
fi

run=target/run
if [ ! -f "$run/.archive" ] || [ "$(cat "$run/.archive")" != "$archive" ]; then
  rm -rf "$run" && mkdir -p "$run"
  tar -xzf "$archive" -C "$run"
  echo "$archive" > "$run/.archive"
fi

if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: QSL Mail opens a window. Run it on a desktop, or without one: xvfb-run -a ./run.sh" >&2
  exit 1
fi
# The sandbox (docs/sandbox.md): a local mail server and a local QSL directory on this computer, so the
# whole setup can be tried with no provider account. QSLMAIL_SANDBOX=false ./run.sh uses real accounts only.
if [ "${QSLMAIL_SANDBOX:-true}" = "true" ]; then
  export QSLMAIL_VM_OPTIONS="${QSLMAIL_VM_OPTIONS:-} -Dqslmail.sandbox=true"
fi
exec "$run/qslmail/qslmail" "$@"
