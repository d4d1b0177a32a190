#!/usr/bin/env bash
# Runs every test of QSL Mail: unit tests, OSGi tests of the services, UI tests in a real SWT window
# under Xvfb, and the smoke test of the built product. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
source releng/scripts/java-home.sh
releng/scripts/install-prerequisites.sh
echo "Testing with $(java -version 2>&1 | head -n 1) from $JAVA_HOME"
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify "$@"
