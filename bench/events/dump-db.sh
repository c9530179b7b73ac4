#!/usr/bin/env bash
# Dumps the derived tables of a stopped events database (a data directory kept by replay.sh KEEP_DB=dir) as
# ordered text, one file per table, so two builds' results can be compared with diff -r.
# Usage: bench/events/dump-db.sh DATADIR OUTDIR
set -euo pipefail
data="$1"; out="$2"
bin=$(dirname "$(ls /tmp/embedded-pg/*/bin/pg_ctl | head -1)")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as=()
if [ "$(id -u)" = 0 ]; then chown -R nobody "$data"; as=(setpriv --reuid=nobody --regid=nogroup --clear-groups); fi
"${as[@]}" "$bin/pg_ctl" -D "$data" -o "-p $port -k /tmp" -l /tmp/dump-db-$port.log -w start >/dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$data" -w stop >/dev/null' EXIT
mkdir -p "$out"
dump() { psql -q -h localhost -p "$port" -U postgres -d events -c "copy ($2) to stdout" >"$out/$1.tsv"; }
dump event "select * from event order by id"
dump event_mention "select * from event_mention order by event_id, article_id, sentence_index"
dump story "select * from story order by id"
dump quote "select * from quote order by id"
dump article_ref "select * from article_ref order by article_id"
dump story_log "select * from story_log order by seq, step"
dump article_entity "select * from article_entity order by article_id, entity_id"
dump entity "select * from entity order by id"
wc -l "$out"/*.tsv
