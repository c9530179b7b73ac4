#!/usr/bin/env bash
# Feed application benchmark: starts the events-service (JVM mode, embedded PostgreSQL in a temp dir),
# plays the gateway's relay with synthesized annotated articles (FeedBench.java) and prints articles
# applied per second for every window of 2,000 articles, from an empty database up to N articles
# (default 100,000). Every article is really applied (extraction, merge, quotes, lead, story, mark):
# nothing is pre-filled with SQL. The figures to read: the windows right after 10k and after 100k.
# Usage: bench/events/run.sh [articles=100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
total="${1:-100000}"
[ -f events-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests -pl events-service
work="$(mktemp -d)"; port=18282; token=bench-token
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
DATELINE_DB_DIR="$work/db" QUARKUS_HTTP_PORT=$port DATELINE_SERVICE_TOKEN=$token \
  java -jar events-service/target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready")" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "events-service died: $(tail -5 "$work/service.log")" >&2; exit 1; }
  sleep 0.5
done
java bench/events/FeedBench.java "http://localhost:$port" "$token" "$total"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1); $(date -u +%F)"
