#!/usr/bin/env bash
# End-to-end ingest through the gateway with extraction: N articles (default 10000) as NDJSON batches
# of 500 to /api/v1/articles/batch, then until the events-service has applied the whole feed.
# Usage: bench/gateway/ingest.sh [count]      (needs curl, python3; reads ../shared/datasets/news-cluster)
source "$(dirname "$0")/services.sh"
count="${1:-10000}"
[ -d ../shared/datasets/news-cluster ] || { echo "skipped: ../shared/datasets/news-cluster is absent"; exit 0; }
cpu() { echo "gateway $(ticks ${pid_of[gateway]}) articles-service $(ticks ${pid_of[articles-service]} $(pg_pids articles)) events-service $(ticks ${pid_of[events-service]} $(pg_pids events))"; }
echo "ingest through the gateway: $count articles; load at start $(load)"
before=($(cpu))
java bench/gateway/GatewayIngest.java "$gateway" "$key" "$count" ../shared/datasets/news-cluster "$articles" "$events" "$token"
after=($(cpu))
printf 'CPU time during the run (JVM + its PostgreSQL), ms per article:'
for i in 0 2 4; do awk -v n="${after[$i]}" -v ms=$(( (after[i+1] - before[i+1]) * 10 )) -v c="$count" 'BEGIN {printf " %s %.1f", n, ms / c}'; done; echo
echo "load at end $(load); machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u '+%F %H:%M UTC')"
