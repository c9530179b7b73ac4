#!/usr/bin/env bash
# Feed application benchmark. Starts the events-service (JVM mode, embedded PostgreSQL in a temp dir) and
# plays the gateway's relay with synthesized annotated articles (FeedBench.java: 12 sentences, entities,
# times and a quote each), timing real applications (extraction, merge, quotes, lead, story, mark):
#   1. 0 -> 2,000 articles really applied, from an empty database;
#   2. the database filled to 10,000 applied articles with batched SQL (fill.sql), the service restarted (its
#      story index takes in the filled story-log rows), then 2,000 more really applied;
#   3. filled to 100,000 the same way, the service restarted twice: first it replays the ~88,000 filled log
#      rows after its last index image and stores a new image; the second start is a plain restart with
#      100,000 articles applied (index read from the image, nothing to replay). Then 2,000 more really applied.
# Each start prints the time from launching the JVM to ready (index rebuilt and /q/health/ready answering).
# Filled rows are what applied articles leave (article, 3 events with mentions, quote, entity counts, story,
# story-log terms), so later applications meet them in every index lookup. Needs psql and curl.
# Usage: [BENCH_PORT=18282] bench/events/run.sh [big=100000]   (the database listens on BENCH_PORT + 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
big="${1:-100000}"; step=2000
jar=events-service/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find events-service/src events-service/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B package -DskipTests -pl events-service
fi
work="$(mktemp -d)"; port=${BENCH_PORT:-18282}; dbport=$((port + 1)); token=bench-token; pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export PGPASSWORD=postgres
sql() { psql -q -h localhost -p $dbport -U postgres -d events "$@"; }

starts=0
start() {
  starts=$((starts + 1)); local log="$work/service-$starts.log" t0; t0=$(date +%s%N)
  DATELINE_DB_DIR="$work/db" DATELINE_DB_PORT=$dbport QUARKUS_HTTP_PORT=$port DATELINE_SERVICE_TOKEN=$token \
    java -jar events-service/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  pid=$!
  until grep -qs "Story index rebuilt" "$log" \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { cp "$log" /tmp/events-bench-service.log; echo "events-service died: $(tail -5 "$log")" >&2; exit 1; }
    sleep 0.5
  done
  echo "start $starts: ready $(( ($(date +%s%N) - t0) / 1000000 )) ms after launch;" \
    "$(grep "Story index rebuilt" "$log" | tail -1 | sed 's/.*Story/story/; s/",".*//')"
}
image_stored() { # waits until the service has logged an index image at or above seq $1
  until grep -qs "image at seq [0-9]* .* stored" "$work/service-$starts.log" \
      && [ "$(grep "image at seq" "$work/service-$starts.log" | tail -1 | sed 's/.*seq \([0-9]*\).*/\1/')" -ge "$1" ]; do
    sleep 0.5
  done
  grep "image at seq" "$work/service-$starts.log" | tail -1 | sed 's/.*Story/story/; s/",".*//'
}
stop() { # and wait until the embedded PostgreSQL has stopped too
  kill $pid; wait $pid 2>/dev/null || true; pid=""
  while pg_isready -q -h localhost -p $dbport; do sleep 0.5; done
  while [ -f "$work/db/postmaster.pid" ]; do sleep 0.5; done
}
cpu_ticks() { # CPU time so far of the service JVM and its PostgreSQL (server and backends), in clock ticks
  local pg; pg=$(pgrep -f -- "-D $work/db -p $dbport" | head -1)
  { cat /proc/$pid/stat; cat /proc/$pg/stat; for c in $(pgrep -P "$pg"); do cat /proc/$c/stat 2>/dev/null; done; } \
    | sed 's/.*) //' | awk '{t += $12 + $13 + $14 + $15} END {print t}'
}
apply() { # also prints the CPU the service and its database spent per article: the machine is shared, so
  # articles/s depends on the load of others; 1000 / (CPU ms per article) x cores is what the machine could do alone
  local c0 n0; c0=$(cpu_ticks); n0=$(sql -t -A -c "select last_seq from feed_position")
  java bench/events/FeedBench.java "http://localhost:$port" "$token" "$1"
  awk -v c="$(( $(cpu_ticks) - c0 ))" -v hz="$(getconf CLK_TCK)" -v n="$(( $1 - n0 ))" -v cores="$(nproc)" \
    'BEGIN {ms = c * 1000 / hz / n; printf "CPU (service JVM + PostgreSQL): %.2f ms/article, so about %.0f articles/s on %d idle cores\n", ms, 1000 / ms * cores, cores}'
}
fill() { # from to, in chunks of 20,000 articles
  local t0; t0=$(date +%s)
  for ((a = $1; a <= $2; a += 20000)); do
    local b=$((a + 19999 < $2 ? a + 19999 : $2))
    sql -v n0=$a -v n1=$b -f bench/events/fill.sql
  done
  echo "filled articles $1..$2 with SQL in $(( $(date +%s) - t0 )) s"
}

load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; }
start
load; apply $step
fill $((step + 1)) 10000
stop; start
load; apply $((10000 + step))
fill $((10000 + step + 1)) "$big"
stop; start; image_stored "$big"
stop; start
load; apply $((big + step)); load
sql -t -c "select 'rows: ' || (select count(*) from article_ref) || ' articles, ' || (select count(*) from event) || ' events, '
           || (select count(*) from event_mention) || ' mentions, ' || (select count(*) from story) || ' stories, '
           || (select count(*) from quote) || ' quotes'"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1); $(date -u +%F)"
