#!/usr/bin/env bash
# Cost per article of story clustering and near-duplicate detection as the corpus grows.
#   bench/clustering/run.sh [articles]      (default 40000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -q -B -pl eval -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
exec java -cp "eval/target/classes:$(cat eval/target/classpath.txt)" bench/clustering/ClusteringBench.java "$@"
