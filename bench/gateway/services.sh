# Sourced by bench/gateway/run.sh and ingest.sh: starts articles-service, events-service and the
# gateway as the system tests do (production profile, embedded PostgreSQL on free ports, data under
# a temp dir), and stops them on exit. Sets: work, token, key, articles, events, gateway.
# BENCH_PROFILER=/path/libasyncProfiler.so BENCH_PROFILE_DIR=DIR profiles each service (collapsed stacks, DIR/<service>.txt).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
for m in articles-service events-service gateway; do
  jar="$m/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$m/src" "$m/pom.xml" -newer "$jar" -print -quit)" ]; then
    echo "building the services..."; ./mvnw -q -B package -DskipTests -pl articles-service,events-service,gateway -am; break
  fi
done
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
work="$(mktemp -d)"; token="bench-service-token"; key="bench-admin-key"
articles="http://localhost:$(free_port)"; events="http://localhost:$(free_port)"; gateway="http://localhost:$(free_port)"
pids=(); declare -A pid_of
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap stop_all EXIT
start() { # name url [env...]
  local name=$1 url=$2; shift 2
  env QUARKUS_HTTP_PORT="${url##*:}" DATELINE_SERVICE_TOKEN=$token "$@" \
    java -XX:+UseSerialGC ${BENCH_PROFILER:+-agentpath:$BENCH_PROFILER=start,event=itimer,interval=1ms,file=$BENCH_PROFILE_DIR/$name.txt,collapsed} -jar "$name/target/quarkus-app/quarkus-run.jar" >"$work/$name.log" 2>&1 &
  pids+=($!); pid_of[$name]=$!
}
ready() { # name url
  local deadline=$((SECONDS + 300))
  until curl -sf "$2/q/health/ready" >/dev/null; do
    if ! kill -0 "${pid_of[$1]}" 2>/dev/null || [ $SECONDS -gt $deadline ]; then echo "$1 did not start:"; tail -20 "$work/$1.log"; exit 1; fi
    sleep 0.3
  done
}
start articles-service "$articles" DATELINE_DB_DIR="$work/db/articles"
start events-service "$events" DATELINE_DB_DIR="$work/db/events"
start gateway "$gateway" DATELINE_API_KEYS="bench:admin:$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)" \
  DATELINE_ARTICLES_URL="$articles" DATELINE_EVENTS_URL="$events" \
  DATELINE_RATE_LIMIT_PER_SECOND=1000000 DATELINE_RATE_LIMIT_BURST=1000000
ready articles-service "$articles"; ready events-service "$events"; ready gateway "$gateway"
load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU time (ticks of 10 ms) of processes, and the pids of a service's embedded PostgreSQL (articles|events).
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
pg_pids() { local master; master=$(pgrep -f "postgres -D $work/db/$1" | head -1); [ -n "$master" ] && echo "$master $(pgrep -P "$master" | tr '\n' ' ')"; }
echo "services up (articles $articles, events $events, gateway $gateway); load $(load)"
