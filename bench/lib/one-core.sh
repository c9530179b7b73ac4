# Sourced by bench/nlp/run.sh and bench/prepare/run.sh (from the repository root): compiles the eval module,
# writes its class path, and runs one of its bench classes on ONE core (taskset when present), with the load
# average before and after. JAVA_OPTS adds JVM options.
one_core() { # bench-class args...
  ./mvnw -q -B -pl eval -am compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
  local pin=()
  if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
  uptime
  # shellcheck disable=SC2086
  "${pin[@]}" java -XX:ActiveProcessorCount=1 -XX:+UseSerialGC -Xmx1g ${JAVA_OPTS:-} \
    -cp "eval/target/classes:$(cat eval/target/classpath.txt)" "io.dateline.eval.bench.$1" "${@:2}"
  uptime
}
