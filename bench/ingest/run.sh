#!/usr/bin/env bash
# Ingest benchmark: starts the articles-service on its own embedded PostgreSQL, ingests N articles
# (default 10000) as NDJSON batches and compares with plain batched inserts of the same rows.
# Prints the CPU time per article of the service JVM and its PostgreSQL during the service ingest.
# With a warm-up count, that many other articles go in first (a fresh JVM compiles its hot code during them) and the
# timed pass that follows measures the sustained rate of a service that has been running; both passes are printed.
# The service log of the last run is left in /tmp/ingest-service.log.
# Usage: [JAVA_OPTS=...] bench/ingest/run.sh [count] [nlp: on|off] [warm-up=0]   (needs curl; JAVA_OPTS adds JVM flags to the service)
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-10000}"; nlp="${2:-on}"; warmup="${3:-0}"
[ -f articles-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests -pl articles-service -am
work="$(mktemp -d)"; port=18281; token=local-service-token
QUARKUS_PROFILE=local DATELINE_DB_DIR="$work/db" DATELINE_DB_PORT=15432 QUARKUS_HTTP_PORT=$port DATELINE_SERVICE_TOKEN=$token \
  DATELINE_NLP_ENABLED=$([ "$nlp" = on ] && echo true || echo false) \
  java -XX:+UseSerialGC ${JAVA_OPTS:-} -jar articles-service/target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!; trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; cp "$work/service.log" /tmp/ingest-service.log; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do kill -0 $pid || { tail "$work/service.log"; exit 1; }; sleep 0.2; done
cp=$(ls articles-service/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)
echo "ingest: $count articles, NLP at ingest $nlp"
java -cp "$cp" bench/ingest/IngestBench.java "http://localhost:$port" "jdbc:postgresql://localhost:15432/articles" \
  "$token" "$count" ../shared/datasets/news-cluster "$pid" "$work/db" "$warmup"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1); $(date -u +%F)"
