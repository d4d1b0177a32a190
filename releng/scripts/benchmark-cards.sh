#!/usr/bin/env bash
# Card rendering benchmark: cards of the built-in design rendered to JPEG, on one thread and on all cores.
# Needs a build first (./mvnw verify or ./test.sh). Usage: benchmark-cards.sh [CARDS] [EXAMPLE.jpg]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/releng/scripts/java-home.sh"
repo=${MAVEN_REPO:-$HOME/.m2/repository}
jar() { ls "$@" 2>/dev/null | sort -V | tail -n 1; }
cp=$(jar "$root"/bundles/org.qslmail.core/target/org.qslmail.core-*.jar)
cp=$cp:$(jar "$root"/bundles/org.qslmail.exchange/target/org.qslmail.exchange-*.jar)
cp=$cp:$(jar "$repo"/com/google/zxing/core/*/core-*.jar)
cp=$cp:$(jar "$repo"/org/eclipse/platform/org.eclipse.osgi/*/org.eclipse.osgi-*.jar)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$cp" "$root/tests/org.qslmail.exchange.tests/benchmark/CardRenderingBenchmark.java"
java -Xmx1g -Djava.awt.headless=true -cp "$out:$cp" CardRenderingBenchmark "$@"
