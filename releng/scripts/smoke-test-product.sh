#!/usr/bin/env bash
# Unpacks the Linux product archive into a fresh folder and checks it the way a user meets it:
# the launcher script finds Java, `qslmail --version` and `--help` answer with exit code 0, a wrong
# command gets exit code 2, `qslmail log import`/`stats` work on the data folder, and (when a display is available) the window titled "QSL Mail" opens and
# creates its data folder. Used by the product build; usage: smoke-test-product.sh ARCHIVE [WORKDIR]
set -euo pipefail

archive=$1
work=${2:-$(mktemp -d)}
rm -rf "$work" && mkdir -p "$work"
tar -xzf "$archive" -C "$work"
product="$work/qslmail"
home="$work/home"            # user.home of the product, so the real ~/.qslmail is never touched
mkdir -p "$home"
export QSLMAIL_VM_OPTIONS="-Duser.home=$home"

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

out=$("$product/qslmail" --version) || fail "qslmail --version exited with $?"
[[ $out == "QSL Mail "[0-9]* ]] || fail "qslmail --version printed: $out"
echo "qslmail --version: ${out%%$'\n'*}"

help=$("$product/qslmail" --help)
[[ $help == *"Usage: qslmail"* ]] || fail "qslmail --help has no usage"
for command in check check-send check-receive detect log presets probe; do
  grep -q "^  $command " <<<"$help" || fail "qslmail --help does not list the command $command"
done
# A Japanese system gets Japanese texts (Java takes the language from the system locale).
QSLMAIL_VM_OPTIONS="$QSLMAIL_VM_OPTIONS -Duser.language=ja -Duser.country=JP" "$product/qslmail" --help |
  grep -q "使い方: qslmail" || fail "qslmail --help is not Japanese on a Japanese system"

# The Japanese presets reach the command line through the extension point and the registry service.
"$product/qslmail" presets | grep -q "^jp.biglobe	BIGLOBE	biglobe.ne.jp	smtp mail.biglobe.ne.jp:465 ssl" ||
  fail "qslmail presets does not list the BIGLOBE preset"

# The mail accounts: an account file (no secrets) is imported and listed; the command line never opens secure storage.
grep -q "^  account " <<<"$help" || fail "qslmail --help does not list the command account"
printf 'station.callsign = JA1SMK\naddress = ja1smk@example.jp\nsmtp-host = smtp.example.jp\npop-host = pop.example.jp\n' >"$work/account.properties"
"$product/qslmail" account import "$work/account.properties" >/dev/null || fail "qslmail account import exited with $?"
"$product/qslmail" account list | grep -q "^\* JA1SMK	ja1smk@example.jp	smtp smtp.example.jp:465 ssl" ||
  fail "qslmail account list does not show the imported account"

set +e
err=$("$product/qslmail" no-such-command 2>&1 >/dev/null)
code=$?
set -e
[ "$code" -eq 2 ] || fail "an unknown command exited with $code, expected 2"
[[ $err == *"no-such-command"* ]] || fail "the usage error does not name the command: $err"

# The QSO log in the default data folder: import a tiny ADIF file, then count it.
printf '<EOH>\n<CALL:6>JA1ABC<QSO_DATE:8>20240101<TIME_ON:4>1200<BAND:3>20m<MODE:2>CW<QSL_RCVD:1>Y<EOR>\n' >"$work/tiny.adi"
out=$("$product/qslmail" log import "$work/tiny.adi") || fail "qslmail log import exited with $?"
[[ $out == *"1 imported"* ]] || fail "qslmail log import printed: $out"
out=$("$product/qslmail" log stats --json) || fail "qslmail log stats exited with $?"
[[ $out == *'"qsos":1,"confirmed":1'* ]] || fail "qslmail log stats printed: $out"
[ -f "$home/.qslmail/workspace/log/qso.mv.db" ] || fail "the QSO log is not in the data folder"
echo "qslmail log import + stats: $out"

if [ -z "${DISPLAY:-}" ] || ! command -v xdotool >/dev/null; then
  echo "no display or no xdotool: window check skipped" >&2
  exit 0
fi

"$product/qslmail" >"$work/gui.log" 2>&1 &
gui=$!
trap 'kill $gui 2>/dev/null || true' EXIT
if ! timeout 90 xdotool search --sync --name '^QSL Mail$' >/dev/null; then
  cat "$work/gui.log" >&2
  fail "no window titled 'QSL Mail' within 90 s"
fi
kill -0 $gui 2>/dev/null || fail "the product exited after opening its window"
# The window may show before the workbench has written its metadata: wait for it, bounded.
timeout 30 bash -c "until [ -d '$home/.qslmail/workspace/.metadata' ]; do sleep 0.2; done" \
  || fail "the data folder ~/.qslmail/workspace was not created"
echo "window 'QSL Mail' opened; data folder $home/.qslmail/workspace"

# Stopping the launcher script must stop the Java process behind it.
kill -TERM $gui
timeout 30 tail --pid=$gui -f /dev/null || fail "the launcher did not end within 30 s of SIGTERM"
if xdotool search --name '^QSL Mail$' >/dev/null 2>&1; then
  fail "the window is still open after the launcher was stopped"
fi
trap - EXIT
echo "SIGTERM to the launcher closed the window"
