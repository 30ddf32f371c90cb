#!/usr/bin/env bash
# Measures how fast the service answers published-content reads, against nginx serving the very same
# bytes from disk, in one run on this machine. Prints requests/s, p50 and p99 per read and the ratios.
#
#   backend/bench/read-speed.sh                 # 10 s per read and server
#   DURATION=30s backend/bench/read-speed.sh
#
# Needs JDK 25 (JAVA_HOME), Maven, and Debian's wrk and nginx (installed when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
SERVICE_PORT="${SERVICE_PORT:-18090}"
NGINX_PORT="${NGINX_PORT:-18091}"
WORK="$(mktemp -d /tmp/meedoen-bench.XXXXXX)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"

if ! command -v wrk >/dev/null 2>&1 || ! [ -x /usr/sbin/nginx ]; then
  apt-get install -y -qq wrk nginx-light >/dev/null
fi

[ -f backend/target/meedoen.jar ] || mvn -B -q -DskipTests package
MEEDOEN_DATA_DIR="$WORK/data" MICRONAUT_SERVER_PORT="$SERVICE_PORT" "$JAVA" -jar backend/target/meedoen.jar >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
cleanup() {
  kill "$SERVICE_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$SERVICE_PORT/health" >/dev/null && break
  sleep 0.5
done

# The reads a newcomer's app makes, each saved as the service answers it (plain and gzipped), for nginx.
READS=(
  "values-outline /api/v1/values?lang=ar"
  "values-page /api/v1/values/vrijheid?lang=ar"
  "wegwijs-overview /api/v1/municipalities/GM9999/wegwijs?lang=ar"
  "wegwijs-topic /api/v1/municipalities/GM9999/wegwijs/zorg-en-huisarts?lang=ar"
  "search-index /api/v1/search-index?lang=ar"
  "messages /api/v1/messages?lang=ar"
)
mkdir -p "$WORK/www"
for read in "${READS[@]}"; do
  name="${read%% *}"; path="${read#* }"
  curl -sf "http://127.0.0.1:$SERVICE_PORT$path" -o "$WORK/www/$name.json"
  curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$SERVICE_PORT$path" -o "$WORK/www/$name.json.gz"
done

cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  etag on;
  gzip_static on;
  types { application/json json; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
  }
}
CONF
chmod -R a+rX "$WORK"   # nginx's workers run as an unprivileged user
/usr/sbin/nginx -c "$WORK/nginx.conf"
for read in "${READS[@]}"; do
  name="${read%% *}"; path="${read#* }"
  for url in "http://127.0.0.1:$SERVICE_PORT$path" "http://127.0.0.1:$NGINX_PORT/$name.json"; do
    status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' "$url")"
    [ "$status" = 200 ] || { echo "$url answers $status, not 200" >&2; exit 1; }
  done
done

# Warm both up, so the service has made its answers and the JIT has compiled the path.
for read in "${READS[@]}"; do
  name="${read%% *}"; path="${read#* }"
  wrk -t2 -c"$CONNECTIONS" -d3s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$SERVICE_PORT$path" >/dev/null
done

# Prints "requests/s p50-ms p99-ms" of one wrk run; a run with failed requests stops the benchmark.
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Non-2xx|Socket errors/ { print "wrk: " $0 > "/dev/stderr"; failed = 1 }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    END { if (failed) exit 1; printf "%.0f %.2f %.2f", rps, p50, p99 }'
}

printf '%-18s %12s %9s %9s %12s %9s %9s %8s %8s\n' read "service r/s" "p50 ms" "p99 ms" "nginx r/s" "p50 ms" "p99 ms" "r/s ×" "p99 ×"
row() {
  local label="$1" service_url="$2" nginx_url="$3"; shift 3
  read -r s_rps s_p50 s_p99 <<<"$(measure "$@" "$service_url")"
  read -r n_rps n_p50 n_p99 <<<"$(measure "$@" "$nginx_url")"
  printf '%-18s %12s %9s %9s %12s %9s %9s %8s %8s\n' "$label" "$s_rps" "$s_p50" "$s_p99" "$n_rps" "$n_p50" "$n_p99" \
    "$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a / b }')" \
    "$(awk -v a="$s_p99" -v b="$n_p99" 'BEGIN { printf "%.2f", a / b }')"
}
for read in "${READS[@]}"; do
  name="${read%% *}"; path="${read#* }"
  row "$name" "http://127.0.0.1:$SERVICE_PORT$path" "http://127.0.0.1:$NGINX_PORT/$name.json" -H 'Accept-Encoding: gzip'
done

# Revalidation: the app asks again with the ETag it has and gets 304 Not Modified.
path="/api/v1/values/vrijheid?lang=ar"
service_etag="$(curl -sI -H 'Accept-Encoding: gzip' "http://127.0.0.1:$SERVICE_PORT$path" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')"
nginx_etag="$(curl -sI -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/values-page.json" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')"
s="$(measure -H 'Accept-Encoding: gzip' -H "If-None-Match: $service_etag" "http://127.0.0.1:$SERVICE_PORT$path")"
n="$(measure -H 'Accept-Encoding: gzip' -H "If-None-Match: $nginx_etag" "http://127.0.0.1:$NGINX_PORT/values-page.json")"
read -r s_rps s_p50 s_p99 <<<"$s"; read -r n_rps n_p50 n_p99 <<<"$n"
printf '%-18s %12s %9s %9s %12s %9s %9s %8s %8s\n' "revalidate (304)" "$s_rps" "$s_p50" "$s_p99" "$n_rps" "$n_p50" "$n_p99" \
  "$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a / b }')" "$(awk -v a="$s_p99" -v b="$n_p99" 'BEGIN { printf "%.2f", a / b }')"
echo "($(date -u +%Y-%m-%d), $(nproc) cores, $CONNECTIONS connections, $DURATION per run, wrk -t2 on the same machine)"
