# Sourced by ./bulkwriter, .ci/run and bench/: makes JAVA_HOME point at a JDK 21 or newer.
# Order: JAVA_HOME if it is 21+, then `java` on the PATH, then JDKs installed under /usr/lib/jvm
# and ~/.sdkman; stops with a message that says what to install when none is found.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

find_jdk() {
  local candidate
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "Bulkwriter needs a JDK 21 or newer and found none (looked at JAVA_HOME, java on the PATH," >&2
  echo "/usr/lib/jvm and ~/.sdkman). Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25," >&2
  echo "or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
