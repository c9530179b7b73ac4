#!/usr/bin/env bash
# The articles-service's preparation of one article (clean, fingerprint, language, nlp pipeline,
# people registry, annotation JSON) over ../shared/datasets, outside the service.
#   bench/prepare/run.sh [--shared DIR] digest          one SHA-256 per stage: equal before and after = same output
#   bench/prepare/run.sh [--shared DIR] bench [passes]  one core, warm: this thread's CPU ms per article per stage
# JAVA_OPTS adds JVM options (e.g. an async-profiler agent).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
shared="../shared"
if [[ "${1:-}" == "--shared" ]]; then shared="$2"; shift 2; fi
mode="${1:-digest}"
passes="${2:-5}"
source bench/lib/one-core.sh
one_core PreparationBench "$shared/datasets" "$mode" "$passes"
