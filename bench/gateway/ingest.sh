#!/usr/bin/env bash
# End-to-end ingest through the gateway with extraction: N articles (default 10000) as NDJSON batches
# of 500 to /api/v1/articles/batch, then until the events-service has applied the whole feed.
# With a warm-up count, that many other articles go through first (fresh JVMs compile their hot code during them,
# about a third of their CPU in a 10k run) and the timed pass that follows measures the sustained rate of a suite
# that has been running; both passes are printed.
# Usage: bench/gateway/ingest.sh [count] [warm-up=0]      (needs curl, python3; reads ../shared/datasets/news-cluster)
source "$(dirname "$0")/services.sh"
count="${1:-10000}"; warmup="${2:-0}"
[ -d ../shared/datasets/news-cluster ] || { echo "skipped: ../shared/datasets/news-cluster is absent"; exit 0; }
cpu() { echo "gateway $(ticks ${pid_of[gateway]}) articles-service $(ticks ${pid_of[articles-service]} $(pg_pids articles)) events-service $(ticks ${pid_of[events-service]} $(pg_pids events))"; }
pass() { # what count
  echo "$1: $2 articles; load at start $(load)"
  before=($(cpu))
  java bench/gateway/GatewayIngest.java "$gateway" "$key" "$2" ../shared/datasets/news-cluster "$articles" "$events" "$token"
  after=($(cpu))
  printf 'CPU time during the pass (JVM + its PostgreSQL), ms per article:'
  for i in 0 2 4; do awk -v n="${after[$i]}" -v ms=$(( (after[i+1] - before[i+1]) * 10 )) -v c="$2" 'BEGIN {printf " %s %.1f", n, ms / c}'; done; echo
}
[ "$warmup" -gt 0 ] && pass "warm-up through the gateway (fresh JVMs, not counted below)" "$warmup"
pass "ingest through the gateway$([ "$warmup" -gt 0 ] && echo " after the warm-up")" "$count"
echo "load at end $(load); machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u '+%F %H:%M UTC')"
