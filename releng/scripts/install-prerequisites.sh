#!/usr/bin/env bash
# Installs the Debian packages that building and testing QSL Mail need beyond a JDK:
# Xvfb for the UI tests, GTK 3 for SWT, xdotool to find the product window in the start benchmark,
# a Japanese font so Japanese screens render, PostgreSQL, which the directory tests start themselves
# on loopback, and the real mail servers (dovecot for POP3/IMAP with APOP, CRAM-MD5 and DIGEST-MD5;
# postfix for submission/SMTPS with SASL) that the integration tests of org.qslmail.mail start
# themselves on 127.0.0.1, and fetchmail, which the receive benchmark (releng/scripts/benchmark-receive.sh)
# compares with. Runs as root (CI) or through sudo. The system's own PostgreSQL and mail
# services are never used: a policy-rc.d that exits 101 is in place during the install, and postfix
# is preseeded to "No configuration".
set -euo pipefail

packages=(xvfb xauth libgtk-3-0 xdotool fonts-ipafont-gothic postgresql
  openssl dovecot-core dovecot-pop3d dovecot-imapd postfix libsasl2-modules sasl2-bin
  fetchmail)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive

# Keep the packages' own services stopped: invoke-rc.d asks policy-rc.d, 101 = "action forbidden".
policy=/usr/sbin/policy-rc.d
own_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod 755 "$policy"
  own_policy=true
fi
cleanup() { if $own_policy; then $sudo rm -f "$policy"; fi; }
trap cleanup EXIT

echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
