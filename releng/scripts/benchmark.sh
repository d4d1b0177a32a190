#!/usr/bin/env bash
# Runs one of the benchmark programs in tests/*/benchmark against the bundles of the last build
# (./mvnw verify or ./test.sh first). Results go to docs/benchmarks.md by hand, with date and machine.
#   benchmark.sh matching [QSOS] [CARDS]    100,000 cards vs a 1,000,000-QSO log, beside a bare hash join
#   benchmark.sh matching-store [QSOS] [CARDS]  cards against the real log store (default 100,000 QSOs, 10,000 cards)
#   benchmark.sh cards [CARDS] [EXAMPLE.jpg] card rendering to JPEG on one thread and on all cores
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/releng/scripts/java-home.sh"
repo=${MAVEN_REPO:-$HOME/.m2/repository}
newest() { ls "$@" 2>/dev/null | sort -V | tail -n 1; }
bundle() { newest "$root"/bundles/"$1"/target/"$1"-*.jar; }

what=${1:-}
shift || true
case $what in
  matching)
    source_file=$root/tests/org.qslmail.matching.tests/benchmark/MatchingBenchmark.java
    cp=$(bundle org.qslmail.core):$(bundle org.qslmail.matching)
    cp=$cp:$(newest "$repo"/org/eclipse/platform/org.eclipse.equinox.common/*/org.eclipse.equinox.common-*.jar)
    heap=-Xmx2g ;;
  matching-store)
    source_file=$root/tests/org.qslmail.matching.tests/benchmark/StoreMatchingBenchmark.java
    cp=$(bundle org.qslmail.core):$(bundle org.qslmail.matching):$(bundle org.qslmail.log)
    cp=$cp:$(newest "$repo"/org/eclipse/platform/org.eclipse.equinox.common/*/org.eclipse.equinox.common-*.jar)
    cp=$cp:$(newest "$repo"/org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar)
    heap=-Xmx1g ;;
  cards)
    source_file=$root/tests/org.qslmail.exchange.tests/benchmark/CardRenderingBenchmark.java
    cp=$(bundle org.qslmail.core):$(bundle org.qslmail.exchange)
    cp=$cp:$(newest "$repo"/com/google/zxing/core/*/core-*.jar)
    heap=-Xmx1g ;;
  *)
    echo "usage: benchmark.sh matching|matching-store|cards [arguments]" >&2
    exit 2 ;;
esac
cp=$cp:$(newest "$repo"/org/eclipse/platform/org.eclipse.osgi/*/org.eclipse.osgi-*.jar)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$cp" "$source_file"
java "$heap" --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -cp "$out:$cp" "$(basename "$source_file" .java)" "$@"
