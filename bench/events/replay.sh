#!/usr/bin/env bash
# Feed application with REAL annotations: the CPU the events-service (JVM + its embedded PostgreSQL) spends per
# article on pages of the articles feed as the real articles-service writes them (news-cluster texts through its
# NLP pipeline; annotations far bigger than FeedBench's synthetic ones).
#   1. Capture, once per page directory: bench/gateway/services.sh starts the three services, GatewayIngest
#      posts COUNT articles, then the articles feed is saved in pages of 25 (the relay's page size) as
#      DIR/page-NNNNN.json. Needs ../shared/datasets/news-cluster.
#   2. Replay: a fresh events-service (embedded PostgreSQL in a temp dir) gets every page in order, one after
#      the other (FeedReplay.java), ROUNDS times: round 0 as captured (cold JVM: the JIT compiler's work counts),
#      later rounds as new articles (seqs moved on, new ids) into the same service and database (warm JVM).
#      Prints the CPU per article of the JVM and of its PostgreSQL apart, per round, with the load average.
#      Without the articles-service running beside it, the figure moves much less with load.
# EVENTS_JAR replays with another build (e.g. of an earlier commit, to compare); EVENTS_JAVA_OPTS adds JVM options to the replayed service (e.g. a profiler agent); the last run's service log
# is left in /tmp/events-replay-service.log; KEEP_DB=dir keeps the stopped database's data directory there (dump-db.sh
# dumps it, to compare the contents two builds wrote).
# Usage: bench/events/replay.sh [count=3000] [dir=/tmp/dateline-feed-COUNT] [rounds=1]
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-3000}"; dir="${2:-/tmp/dateline-feed-$count}"; rounds="${3:-1}"
if [ ! -f "$dir/complete" ]; then
  [ -d ../shared/datasets/news-cluster ] || { echo "skipped: ../shared/datasets/news-cluster is absent"; exit 0; }
  mkdir -p "$dir"
  ( source bench/gateway/services.sh
    java bench/gateway/GatewayIngest.java "$gateway" "$key" "$count" ../shared/datasets/news-cluster "$articles" "$events" "$token"
    after=0; n=0
    while :; do
      n=$((n + 1)); page="$dir/page-$(printf %05d $n).json"
      curl -sf -H "X-Service-Token: $token" "$articles/feed?after=$after&limit=25" >"$page"
      after=$(python3 -c 'import json,sys; e=json.load(open(sys.argv[1]))["entries"]; print(e[-1]["seq"] if e else "")' "$page")
      [ -n "$after" ] || { rm "$page"; break; }
    done )
  touch "$dir/complete"
  echo "captured $(ls "$dir" | grep -c page-) pages ($(du -sh "$dir" | cut -f1)) in $dir"
fi
jar=${EVENTS_JAR:-events-service/target/quarkus-app/quarkus-run.jar}
if [ -z "${EVENTS_JAR:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find events-service/src events-service/pom.xml -newer "$jar" -print -quit)" ]; }; then
  ./mvnw -q -B package -DskipTests -pl events-service
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token=bench-token; pid=""; work=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; [ -n "$work" ] && rm -rf "$work"' EXIT
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
pg_pids() { local master; master=$(pgrep -f "postgres -D $work/db" | head -1); [ -n "$master" ] && echo "$master $(pgrep -P "$master" | tr '\n' ' ')"; }
work="$(mktemp -d)"
DATELINE_DB_DIR="$work/db" QUARKUS_HTTP_PORT=$port DATELINE_SERVICE_TOKEN=$token \
  java -XX:+UseSerialGC ${EVENTS_JAVA_OPTS:-} -jar "$jar" >"$work/service.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "events-service died: $(tail -5 "$work/service.log")" >&2; exit 1; }
  sleep 0.3
done
for ((round = 0; round < rounds; round++)); do
  load0=$(cut -d' ' -f1-3 /proc/loadavg); jvm0=$(ticks $pid); pg0=$(ticks $(pg_pids))
  java bench/events/FeedReplay.java "http://localhost:$port" "$token" "$dir" $round | tee "$work/replay.out"
  jvm=$(( ($(ticks $pid) - jvm0) * 10 )); pg=$(( ($(ticks $(pg_pids)) - pg0) * 10 ))
  n=$(sed -n 's/.*: \([0-9]*\) articles applied/\1/p' "$work/replay.out")
  awk -v r=$round -v j=$jvm -v p=$pg -v n=$n -v l0="$load0" -v l1="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    printf "round %d (%s): %d articles, CPU ms/article: JVM %.2f + PostgreSQL %.2f = %.2f; load %s -> %s\n",
      r, r == 0 ? "cold JVM" : "warm", n, j/n, p/n, (j+p)/n, l0, l1 }'
done
kill $pid; wait $pid 2>/dev/null || true; pid=""
while [ -f "$work/db/postmaster.pid" ]; do sleep 0.3; done
if [ -n "${KEEP_DB:-}" ]; then rm -rf "$KEEP_DB"; mv "$work/db" "$KEEP_DB"; echo "database kept in $KEEP_DB"; fi
cp "$work/service.log" "${TMPDIR:-/tmp}/events-replay-service.log"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u '+%F %H:%M UTC')"
