#!/usr/bin/env bash
# Matching benchmark: 100,000 cards against a 1,000,000-QSO log, the matcher beside a bare hash join.
# Needs a build first (./mvnw verify or ./test.sh). Usage: benchmark-matching.sh [QSOS] [CARDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/releng/scripts/java-home.sh"
repo=${MAVEN_REPO:-$HOME/.m2/repository}
jar() { ls "$@" 2>/dev/null | sort -V | tail -n 1; }
cp=$(jar "$root"/bundles/org.qslmail.core/target/org.qslmail.core-*.jar)
cp=$cp:$(jar "$root"/bundles/org.qslmail.matching/target/org.qslmail.matching-*.jar)
cp=$cp:$(jar "$repo"/org/eclipse/platform/org.eclipse.equinox.common/*/org.eclipse.equinox.common-*.jar)
cp=$cp:$(jar "$repo"/org/eclipse/platform/org.eclipse.osgi/*/org.eclipse.osgi-*.jar)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$cp" "$root/tests/org.qslmail.matching.tests/benchmark/MatchingBenchmark.java"
java -Xmx2g -cp "$out:$cp" MatchingBenchmark "$@"
