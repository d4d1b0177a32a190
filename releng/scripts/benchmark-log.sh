#!/usr/bin/env bash
# QSO log benchmark: generate a 1,000,000-QSO ADIF file, parse it, import it into a new store (Java, -Xmx300m),
# and parse the same file with the npm package adif-parser-ts for comparison. Results: docs/benchmarks.md.
# Needs a finished build (./mvnw verify) for the classes and Node.js + npm for the comparison.
# Usage: releng/scripts/benchmark-log.sh [QSOS] [WORKDIR] [reimport]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/releng/scripts/java-home.sh"
count="${1:-1000000}"
work="${2:-/tmp/qslmail-log-bench}"
reimport="${3:-}"
mkdir -p "$work"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
jar() { ls "$m2"/$1 2>/dev/null | sort -V | tail -1; }
cp="$root/bundles/org.qslmail.log/target/classes:$root/bundles/org.qslmail.core/target/classes"
cp="$cp:$root/tests/org.qslmail.log.tests/target/classes"
cp="$cp:$(jar 'org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar')"
cp="$cp:$(jar 'org/eclipse/platform/org.eclipse.equinox.common/*/org.eclipse.equinox.common-*[0-9].jar')"
cp="$cp:$(jar 'org/eclipse/platform/org.eclipse.osgi/*/org.eclipse.osgi-*[0-9].jar')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM"
echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "load: $(uptime)"
/usr/bin/time -f "java max RSS %M KB" "$JAVA_HOME/bin/java" -Xmx300m --enable-native-access=ALL-UNNAMED -cp "$cp" org.qslmail.log.internal.LogBenchmark "$count" "$work" $reimport
if command -v npm >/dev/null; then
  # Installed outside the repository, never committed.
  if [ ! -d "$work/node/node_modules/adif-parser-ts" ]; then
    (mkdir -p "$work/node" && cd "$work/node" && npm init -y >/dev/null && npm install --silent adif-parser-ts@0.7.7)
  fi
  echo "node: $(node --version)"
  NODE_PATH="$work/node/node_modules" /usr/bin/time -f "node max RSS %M KB" \
    node --max-old-space-size=8192 "$root/releng/scripts/benchmark/adif-parser-ts.js" "$work/bench-$count.adi"
fi
