#!/usr/bin/env bash
# Sending benchmark (docs/benchmarks.md, section "Sending QSL cards"): 1,000 cards of the built-in design,
# rendering included, to a real postfix (submission, STARTTLS, DIGEST-MD5 through dovecot) by the send
# operation over one connection, against rendering and sending each card over a connection of its own.
# Needs root and the packages of install-prerequisites.sh (the servers are started on 127.0.0.1 and stopped).
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
log=$(mktemp)
./mvnw -B -o verify -pl releng/org.qslmail.target,bundles/org.qslmail.core,bundles/org.qslmail.mail,bundles/org.qslmail.directory,bundles/org.qslmail.log,bundles/org.qslmail.exchange,tests/org.qslmail.tests.util,tests/org.qslmail.exchange.tests \
  -Dtest=SendBenchmark -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || { tail -50 "$log"; exit 1; }
grep '^BENCH' "$log" | sed 's/^BENCH //'
rm -f "$log"
