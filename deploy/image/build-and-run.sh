#!/usr/bin/env bash
# Builds one service's image without a Docker daemon or a registry, starts it with podman and
# calls its liveness endpoint, then stops it.
#   deploy/image/build-and-run.sh [articles-service|events-service|gateway]
# The JRE base is made with debootstrap (Debian bookworm + openjdk-17-jre-headless from Debian's
# packages) and imported as localhost/dateline-jre:17; the service's own Dockerfile.jvm is then
# built on it (BASE_IMAGE build argument). Needs root, buildah, podman, runc and debootstrap:
#   apt-get install -y buildah podman runc debootstrap
# The container runs on the host network on DATELINE_CHECK_PORT (default 18080, so as not to
# collide with a local run); a data-owning service gets a database URL that points at nothing
# (liveness needs no database; readiness would).
set -euo pipefail
service="${1:-gateway}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${DATELINE_IMAGE_WORK:-/var/tmp/dateline-image}"
rootfs="$work/rootfs"
base=localhost/dateline-jre:17
image="localhost/dateline/$service:0.1.0"

case "$service" in
  articles-service|events-service|gateway) ;;
  *) echo "unknown service $service" >&2; exit 2 ;;
esac
port="${DATELINE_CHECK_PORT:-18080}"

# Containers configuration for this machine: no cgroup manager, no ulimits to set, vfs storage.
mkdir -p "$work"
export CONTAINERS_CONF="$work/containers.conf"
cat > "$CONTAINERS_CONF" <<CONF
[containers]
default_ulimits = []
[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
CONF
store=(--storage-driver vfs)
t0=$(date +%s)

if ! podman "${store[@]}" image exists "$base"; then
  if [ ! -x "$rootfs/usr/bin/java" ]; then
    echo "== debootstrap: Debian bookworm + openjdk-17-jre-headless into $rootfs"
    rm -rf "$rootfs"
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$rootfs"
  fi
  echo "== import $rootfs as $base"
  # Nothing to build with in the base: no apt caches, no package lists.
  rm -rf "$rootfs/var/cache/apt/"*.bin "$rootfs/var/lib/apt/lists/"* "$rootfs/var/cache/apt/archives/"*.deb
  tar -C "$rootfs" -c . | podman "${store[@]}" import --change 'CMD ["/bin/bash"]' - "$base"
fi
t1=$(date +%s)

jar="$root/$service/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$jar" ]; then
  echo "== package $service"
  (cd "$root" && ./mvnw -q -B package -DskipTests -pl "$service" -am)
fi

echo "== buildah bud $image from $service/src/main/docker/Dockerfile.jvm on $base"
buildah "${store[@]}" bud --runtime runc --isolation chroot --pull=never \
  --build-arg BASE_IMAGE="$base" -f src/main/docker/Dockerfile.jvm -t "$image" "$root/$service"
t2=$(date +%s)

echo "== run $image (host network, port $port)"
name="dateline-$service-check"
podman "${store[@]}" rm -f "$name" >/dev/null 2>&1 || true
env=(-e QUARKUS_HTTP_PORT="$port" -e DATELINE_SERVICE_TOKEN=image-check-token)
if [ "$service" = gateway ]; then
  env+=(-e DATELINE_API_KEYS="check:admin:$(printf %s image-check-key | sha256sum | cut -d' ' -f1)")
else
  # A database URL must be set in containers; liveness does not need the database to answer.
  env+=(-e QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:1/$service"
        -e QUARKUS_DATASOURCE_USERNAME=x -e QUARKUS_DATASOURCE_PASSWORD=x
        -e DATELINE_DB_MIGRATE_AT_START=false)
fi
podman "${store[@]}" run -d --name "$name" --network host --read-only --tmpfs /tmp "${env[@]}" "$image" >/dev/null
trap 'podman "${store[@]}" rm -f "$name" >/dev/null 2>&1 || true' EXIT

status=000
for _ in $(seq 1 120); do
  status=$(curl -s -o "$work/live.json" -w '%{http_code}' "http://127.0.0.1:$port/q/health/live" || true)
  [ "$status" = 200 ] && break
  sleep 1
done
t3=$(date +%s)
echo "== user in the container: $(podman "${store[@]}" exec "$name" id)"
echo "== GET /q/health/live -> $status $(cat "$work/live.json" 2>/dev/null | tr -d '\n ')"
podman "${store[@]}" logs "$name" 2>&1 | tail -5
echo "== image size: $(podman "${store[@]}" image inspect "$image" --format '{{.Size}}') bytes"
echo "== times: base $((t1 - t0)) s, build $((t2 - t1)) s, start to live $((t3 - t2)) s"
[ "$status" = 200 ]
