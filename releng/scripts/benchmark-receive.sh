#!/usr/bin/env bash
# Receive benchmark (docs/benchmarks.md, section "Receiving cards"): 2,000 card mails of about 170 KB received
# from a local dovecot over POP3S by QSL Mail (header, fetch, parse, store with fsync) and, in the same run,
# by fetchmail into a null delivery. Needs root and the packages of install-prerequisites.sh (dovecot,
# postfix, fetchmail); the servers are started on 127.0.0.1 and stopped. Prints machine, load and results.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GB"
echo "load before: $(uptime)"
log=$(mktemp)
./mvnw -B -o verify -pl releng/org.qslmail.target,tests/org.qslmail.exchange.tests -am \
  -Dtest=ReceiveBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" >"$log" 2>&1 || {
  grep '^BENCH' "$log" | sed 's/^BENCH //'; tail -80 "$log"; exit 1; }
grep '^BENCH' "$log" | sed 's/^BENCH //'
echo "load after: $(uptime)"
rm -f "$log"
