#!/usr/bin/env bash
# Search benchmark: articles-service over N stored articles (default 100000), two-term queries with a
# date filter, sequential, p50/p95/p99. The database is kept in bench/search/.data between runs.
# Usage: bench/search/run.sh [rows] [queries]     (needs curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000}"; queries="${2:-1000}"
[ -f articles-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests -pl articles-service -am
data="$(pwd)/bench/search/.data"; mkdir -p "$data"; port=18282; token=local-service-token
QUARKUS_PROFILE=local DATELINE_DB_DIR="$data/db" DATELINE_DB_PORT=15433 QUARKUS_HTTP_PORT=$port DATELINE_SERVICE_TOKEN=$token \
  java -XX:+UseSerialGC -jar articles-service/target/quarkus-app/quarkus-run.jar >"$data/service.log" 2>&1 &
pid=$!; trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do kill -0 $pid || { tail "$data/service.log"; exit 1; }; sleep 0.2; done
cp=$(ls articles-service/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)
java -cp "$cp" bench/search/SearchBench.java "http://localhost:$port" "jdbc:postgresql://localhost:15433/articles" \
  "$token" "$rows" "$queries" ../shared/datasets/news-cluster
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1); $(date -u +%F)"
