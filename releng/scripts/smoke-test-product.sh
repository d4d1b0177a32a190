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
grep -q "^  receive-qsl " <<<"$help" || fail "qslmail --help does not list the command receive-qsl"
grep -q "^  send-qsl " <<<"$help" || fail "qslmail --help does not list the command send-qsl"
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
[ -f "$home/.qslmail/workspace/log/qso.sqlite" ] || fail "the QSO log is not in the data folder"
echo "qslmail log import + stats: $out"

# The directory commands are there, and the directory server stops cleanly on SIGTERM.
help=$("$product/qslmail" --help)
for command in directory directory-server; do
  grep -q "^  $command " <<<"$help" || fail "qslmail --help does not list the command $command"
done
"$product/qslmail" directory-server --port 0 --database "jdbc:h2:$work/directory-server" --from d@sandbox.invalid \
  --smtp-host 127.0.0.1 --smtp-security none >"$work/directory-server.log" 2>&1 &
server=$!
timeout 60 bash -c "until grep -q 'listening on' '$work/directory-server.log'; do sleep 0.2; done" ||
  { cat "$work/directory-server.log" >&2; fail "qslmail directory-server did not start"; }
kill -TERM $server
timeout 30 tail --pid=$server -f /dev/null || fail "qslmail directory-server did not end within 30 s of SIGTERM"
grep -q "QSL directory stopped." "$work/directory-server.log" ||
  { cat "$work/directory-server.log" >&2; fail "qslmail directory-server did not stop cleanly"; }
echo "qslmail directory-server: started and stopped cleanly on SIGTERM"


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

# Sandbox mode: the window is marked, and two stations pass their checks, register and find each other
# through the command line against the sandbox's servers.
QSLMAIL_VM_OPTIONS="$QSLMAIL_VM_OPTIONS -Dqslmail.sandbox=true" "$product/qslmail" >"$work/sandbox.log" 2>&1 &
gui=$!
trap 'kill $gui 2>/dev/null || true' EXIT
if ! timeout 90 xdotool search --sync --name '^QSL Mail — Sandbox' >/dev/null; then
  cat "$work/sandbox.log" >&2
  fail "no window titled 'QSL Mail — Sandbox' within 90 s"
fi
servers="$home/.qslmail/workspace/sandbox/servers.properties"
timeout 30 bash -c "until [ -f '$servers' ]; do sleep 0.2; done" || fail "the sandbox wrote no $servers"
value() { sed -n "s/^$1=//p" "$servers" | sed 's/\\:/:/g'; }
directory=$(value directory)
export SMOKE_DIRECTORY_PW="smoke test station 73" SMOKE_MAIL_PW="any password"
for call in ja1abc ja2xyz; do
  mail=(--address "$call@sandbox.invalid" --password-env SMOKE_MAIL_PW --smtp-host 127.0.0.1 --smtp-port "$(value smtp)"
    --smtp-security none --smtp-auth none --pop-host 127.0.0.1 --pop-port "$(value pop3)" --pop-security none --timeout 20)
  station=(--server "$directory" --callsign "${call^^}" --directory-password-env SMOKE_DIRECTORY_PW)
  "$product/qslmail" directory login --create "${station[@]}" >/dev/null || fail "sandbox: directory login --create ${call^^}"
  "$product/qslmail" check "${mail[@]}" >"$work/check-$call.log" ||
    { cat "$work/check-$call.log" >&2; fail "sandbox: the checks of $call@sandbox.invalid failed"; }
  "$product/qslmail" directory register "${station[@]}" "${mail[@]}" || fail "sandbox: ${call^^} was not registered"
done
out=$("$product/qslmail" directory lookup --server "$directory" --callsign JA1ABC --directory-password-env SMOKE_DIRECTORY_PW JA2XYZ/1)
[[ $out == *"ja2xyz@sandbox.invalid"* ]] || fail "sandbox: JA1ABC does not find JA2XYZ: $out"
echo "sandbox: window marked; JA1ABC and JA2XYZ registered after their checks and find each other"
kill -TERM $gui
timeout 30 tail --pid=$gui -f /dev/null || fail "the sandbox window did not end within 30 s of SIGTERM"
[ ! -f "$servers" ] || fail "the sandbox did not stop cleanly (its servers file is still there)"
trap - EXIT
