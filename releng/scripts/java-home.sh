# Sourced by run.sh, test.sh and .ci/run: points JAVA_HOME at a JDK 21 or newer, which Tycho 5 and
# Eclipse 4.39 need. Looks at QSLMAIL_JAVA_HOME, JAVA_HOME, then every JDK under /usr/lib/jvm
# (newest first). Fails with a message that says what to install.

qslmail_jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F' = ' '/java.specification.version/ { split($2, v, "."); print (v[1] == 1) ? v[2] : v[1] }'
}

qslmail_find_jdk() {
  local candidate major
  for candidate in "${QSLMAIL_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(qslmail_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if JAVA_HOME=$(qslmail_find_jdk); then
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "QSL Mail needs a JDK 21 or newer to build (Tycho 5, Eclipse 4.39); none was found in" >&2
  echo "QSLMAIL_JAVA_HOME, JAVA_HOME or /usr/lib/jvm. Install one (for example Eclipse Temurin 21 or 25)" >&2
  echo "and set JAVA_HOME to it." >&2
  return 1 2>/dev/null || exit 1
fi
