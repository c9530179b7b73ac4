#!/usr/bin/env bash
# Speed of the articles-service nlp pipeline on ONE core over ../shared/datasets/news-cluster.
#   bench/nlp/run.sh [--shared DIR] [passes]
# Warms up until the JIT compiler settles, then prints tokens/s and articles/s per timed pass
# (wall, this thread's CPU, the process's CPU with GC and JIT), the load average beside them, the cost of language identification and the heap held by the
# loaded pipeline. JAVA_OPTS adds JVM options, e.g. a flight recording:
#   JAVA_OPTS='-XX:StartFlightRecording=filename=nlp.jfr' bench/nlp/run.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
shared="../shared"
if [[ "${1:-}" == "--shared" ]]; then shared="$2"; shift 2; fi
passes="${1:-3}"
source bench/lib/one-core.sh
one_core PipelineBench "$shared/datasets/news-cluster" "$passes"
