#!/usr/bin/env bash
# Time-expression finder: quality on 5w1h `when` phrases and speed on the news-cluster texts.
# Usage: bench/time/run.sh [shared-dir]   (default ../shared; prints figures and chars/s, expressions/s)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
cd "$root"
exec ./dateline eval --shared "$shared" --only 5w1h-when
