# Shared by the bench scripts: compile main, test and bench code once (no front end, no tests
# run), then run a bench class on that classpath with a JDK 21+ (heap: BENCH_HEAP, default 2g).
source ./scripts/find-jdk.sh
bench_java() {
  ./mvnw -B -q -DskipFrontend -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
    test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  local cp="target/classes:target/test-classes:target/bench-classes:$(cat target/bench.classpath)"
  mkdir -p target/bench-classes
  "$JAVA_HOME/bin/javac" -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
  "$JAVA_HOME/bin/java" "-Xmx${BENCH_HEAP:-2g}" -cp "$cp" "$@"
}
