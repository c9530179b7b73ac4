#!/usr/bin/env bash
# Startup benchmark: per service, time from process start to /q/health/ready = 200 and the
# resident memory of the service's JVM once settled, in JVM mode (java -jar quarkus-run.jar) with the
# JVM options of deploy/local/jvm.options and MALLOC_ARENA_MAX=2, as ./dateline up runs them. Settled: the
# articles-service's text models load after it is ready, so its memory is read one second after their
# "text models loaded" line; the others' three seconds after ready.
# The embedded PostgreSQL's own start is reported separately (its log line) and subtracted.
# Services run with the local profile, as ./dateline up starts them, and with its class-data archive: run 0 ("cold")
# records it when it stops, the later runs start from it.
# To measure without one of the local start-up choices: STARTUP_JIT=tiered keeps both JIT compilers (drops
# -XX:TieredStopAtLevel=1), STARTUP_CDS=off starts without the class-data archive.
# Usage: [STARTUP_JIT=tiered] [STARTUP_CDS=off] bench/startup/run.sh [runs=5]     (needs curl; builds the services if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
[ -f gateway/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests -pl articles-service,events-service,gateway -am
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

measure() { # name port -> "total_ms pg_ms rss_kib pg_rss_kib"
  local name=$1 port=$2 log="$work/$1.log"
  local t0; t0=$(now_ms)
  local opts; opts=$(sed -n "s/^$name: *//p" deploy/local/jvm.options)
  [ "${STARTUP_JIT:-}" = tiered ] && opts=${opts//-XX:TieredStopAtLevel=1/}
  # Class data sharing as ./dateline up does it: the cold run records the archive when it stops, later runs map it.
  if [ "${STARTUP_CDS:-}" = off ]; then :
  elif [ -f "$work/$name.jsa" ]; then opts="$opts -XX:SharedArchiveFile=$work/$name.jsa"
  else opts="$opts -XX:ArchiveClassesAtExit=$work/$name.jsa"; fi
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=2 QUARKUS_PROFILE=local QUARKUS_HTTP_PORT=$port DATELINE_DB_DIR="$work/db-$name" DATELINE_ARTICLES_URL=http://localhost:1 \
    DATELINE_EVENTS_URL=http://localhost:1 java $opts -jar "$name/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "$name died: $(tail -5 "$log")" >&2; exit 1; }
    sleep 0.01
  done
  local t1; t1=$(now_ms)
  if [ "$name" = articles-service ]; then
    for _ in $(seq 300); do grep -q "text models loaded" "$log" && break; sleep 0.1; done
    sleep 1
  else
    sleep 3
  fi
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  local pg_rss=0
  for c in $(pgrep -f "$work/db-$name" || true); do
    [ "$c" = "$pid" ] && continue
    pg_rss=$((pg_rss + $(awk '/VmRSS/ {print $2}' /proc/$c/status 2>/dev/null || echo 0)))
  done
  local pg_ms; pg_ms=$(grep -o 'Embedded PostgreSQL.*ready in [0-9]* ms' "$log" | grep -o '[0-9]* ms' | grep -o '[0-9]*' || echo 0)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$((t1 - t0)) ${pg_ms:-0} $rss $pg_rss"
}

printf '%-18s %5s %12s %12s %12s %14s %14s\n' service run total_ms postgres_ms service_ms service_rss_MiB postgres_rss_MiB
for svc in articles-service:18181 events-service:18182 gateway:18180; do
  name=${svc%%:*}; port=${svc##*:}
  for i in $(seq 0 "$runs"); do
    read -r total pg rss pgrss < <(measure "$name" "$port")
    label=$i; [ "$i" = 0 ] && label="cold"   # run 0 creates the database (initdb); later runs reuse it
    printf '%-18s %5s %12d %12d %12d %14.1f %14.1f\n' "$name" "$label" "$total" "$pg" "$((total - pg))" \
      "$(echo "$rss/1024" | bc -l)" "$(echo "$pgrss/1024" | bc -l)"
  done
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1); $(date -u +%F)"
