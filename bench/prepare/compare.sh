#!/usr/bin/env bash
# The preparation bench of this tree against another commit's articles-service, run in turns
# (A B A B ...) so that both see the same load on a shared machine; also their digests.
#   bench/prepare/compare.sh [--shared DIR] COMMIT [rounds] [passes]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
shared="../shared"
if [[ "${1:-}" == "--shared" ]]; then shared="$2"; shift 2; fi
commit="$(git rev-parse --short "$1")"
rounds="${2:-2}"
passes="${3:-3}"
./mvnw -q -B -pl eval -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
deps="$(tr ':' '\n' < eval/target/classpath.txt | grep -v 'articles-service/target/classes' | paste -sd:)"
other="target/compare-$commit"
if [[ ! -d "$other/classes" ]]; then
  rm -rf "$other" && mkdir -p "$other/classes"
  git archive "$commit" articles-service/src/main | tar -x -C "$other"
  find "$other/articles-service/src/main/java" -name '*.java' > "$other/sources.txt"
  javac -nowarn -encoding UTF-8 -d "$other/classes" -cp "$deps" @"$other/sources.txt" 2>/dev/null
  cp -r "$other/articles-service/src/main/resources/." "$other/classes/"
fi
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
run() {
  "${pin[@]}" java -XX:ActiveProcessorCount=1 -XX:+UseSerialGC -Xmx1g \
    -cp "eval/target/classes:$1:$deps" io.dateline.eval.bench.PreparationBench "$shared/datasets" "$2" "$passes"
}
for tree in "$other/classes" articles-service/target/classes; do
  echo "== digest of $tree"; run "$tree" digest | tail -8
done
for r in $(seq "$rounds"); do
  for tree in "$other/classes" articles-service/target/classes; do
    echo "== round $r: $tree ($(cut -d' ' -f1-3 /proc/loadavg))"; run "$tree" bench | tail -"$passes"
  done
done
