#!/usr/bin/env bash
# Read path through the gateway: GET /api/v1/events/{id} with an API key, and the same request
# straight to the events-service with its service token, each with wrk at 32 connections after a
# warm-up (the JIT needs tens of thousands of requests; on a loaded machine a short warm-up measures
# the interpreter). Prints req/s, p50/p99, CPU time per request of each process and the overhead.
# Usage: bench/gateway/run.sh [seconds=30] [connections=32] [warm-up seconds=60]   (needs wrk, curl, python3)
source "$(dirname "$0")/services.sh"
seconds="${1:-30}"; conns="${2:-32}"; warm="${3:-60}"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)"; exit 1; }
corpus=../shared/datasets/news-cluster
[ -d "$corpus" ] || { echo "skipped: $corpus is absent"; exit 0; }
java bench/gateway/GatewayIngest.java "$gateway" "$key" 60 "$corpus" "$articles" "$events" "$token" | tail -1
id=$(curl -sf -H "X-API-Key: $key" "$gateway/api/v1/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
echo "event $id: $(curl -s -o /dev/null -w '%{http_code}, %{size_download} bytes' -H "X-API-Key: $key" "$gateway/api/v1/events/$id")"
measure() { # label url header var
  wrk -t2 -c"$conns" -d10s -H "$3" "$2" >/dev/null   # settle after the other target's run
  local gw_pid=${pid_of[gateway]} ev_pids="${pid_of[events-service]} $(pg_pids events)"
  local g0 e0; g0=$(ticks "$gw_pid"); e0=$(ticks $ev_pids)
  local out; out=$(wrk -t2 -c"$conns" -d"${seconds}s" --latency -H "$3" "$2")
  local g1 e1; g1=$(ticks "$gw_pid"); e1=$(ticks $ev_pids)
  local rps p50 p99 total errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); total=$(awk '/requests in/ {print $1}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out"); p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")
  printf '%-15s %9s req/s  p50 %8s  p99 %8s  CPU/request: gateway %4d us, events-service+PostgreSQL %4d us  load %s %s\n' \
    "$1" "$rps" "$p50" "$p99" $(( (g1 - g0) * 10000 / total )) $(( (e1 - e0) * 10000 / total )) "$(load)" "$errors"
  eval "rps_$4=$rps"
}
echo "wrk: 2 threads, $conns connections; ${warm} s warm-up through the gateway, 10 s settle, ${seconds} s measured"
wrk -t2 -c"$conns" -d"${warm}s" -H "X-API-Key: $key" "$gateway/api/v1/events/$id" >/dev/null
measure "events-service" "$events/events/$id" "X-Service-Token: $token" direct
measure "gateway" "$gateway/api/v1/events/$id" "X-API-Key: $key" gateway
python3 -c "print('gateway throughput / direct: %.2f' % ($rps_gateway / $rps_direct))"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u '+%F %H:%M UTC')"
