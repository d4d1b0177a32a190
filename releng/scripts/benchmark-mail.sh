#!/usr/bin/env bash
# Mail-transport benchmark (docs/benchmarks.md, section "Mail transport"): 1,000 messages over one reused
# SMTP connection vs one connection per message against a real postfix (submission, STARTTLS, DIGEST-MD5
# through dovecot), and detection time vs the configured timeout with unanswering candidates.
# Needs root and the packages of install-prerequisites.sh (the servers are started on 127.0.0.1 and stopped).
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
log=$(mktemp)
./mvnw -B -o verify -pl releng/org.qslmail.target,bundles/org.qslmail.core,bundles/org.qslmail.mail,tests/org.qslmail.mail.tests \
  -Dtest=MailBenchmark -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || { tail -50 "$log"; exit 1; }
grep '^BENCH' "$log" | sed 's/^BENCH //'
rm -f "$log"
