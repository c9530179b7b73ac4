#!/usr/bin/env bash
# Body extraction benchmark: Dateline's HtmlPage against Readability.js (jsdom) on the same pages,
# scored with the article-extraction-benchmark metric (F1 over word 4-shingles, averaged per page).
#   bench/extraction/run.sh [SHARED_DIR]     (default ../shared from the repository root)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$(cd "${1:-$root/../shared}" 2>/dev/null && pwd || true)"
data="$shared/datasets/article-extraction"
if [ -z "$shared" ] || [ ! -f "$data/ground-truth.json" ]; then
  echo "bench/extraction: no article-extraction dataset under '${1:-$root/../shared}'; nothing measured."
  exit 0
fi

cd "$here"
if [ ! -d node_modules/@mozilla/readability ] || [ ! -d node_modules/jsdom ]; then
  npm ci --no-audit --no-fund --silent
fi
mkdir -p results
node readability.js "$data" results/readability.json

cd "$root"
./mvnw -q -B -pl eval -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
java -cp "eval/target/classes:$(cat eval/target/classpath.txt)" io.dateline.eval.ExtractionBench \
  "$data" bench/extraction/results/readability.json readability.js
