#!/usr/bin/env bash
# Runs Lighthouse (mobile settings, simulated slow 4G and a slow CPU) on three screens of the newcomer's
# app: the language picker of a first visit, a values page in Arabic and a wegwijs topic with places and
# opening hours. Prints the four scores per screen and fails when one misses its target:
# performance >= 98, accessibility, best practices and SEO 100.
#
#   backend/bench/lighthouse.sh                 # builds the jar first when it is not there
#   REPORTS=/tmp/lh backend/bench/lighthouse.sh # keeps the HTML and JSON reports there
#
# Needs JDK 25 (JAVA_HOME), Maven, Node.js with npm, and Debian's chromium. Lighthouse itself is pinned in
# backend/src/test/lighthouse/package-lock.json and installed with `npm ci` when it is missing.
# Performance is measured, not computed: a busy machine scores lower, so run it when the machine is quiet.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
WORK="$(mktemp -d /tmp/meedoen-lighthouse.XXXXXX)"
REPORTS="$(realpath -m "${REPORTS:-$WORK/reports}")"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
LIGHTHOUSE_DIR=backend/src/test/lighthouse
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
# The machine may have no internet: Chromium must not try to reach Google's update and sync services.
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"

[ -x "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" ] || (cd "$LIGHTHOUSE_DIR" && npm ci --no-audit --no-fund)
[ -f backend/target/meedoen.jar ] || (cd backend && mvn -B -q -DskipTests package)

MEEDOEN_DATA_DIR="$WORK/data" MICRONAUT_SERVER_PORT="$PORT" "$JAVA" -jar backend/target/meedoen.jar >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
cleanup() {
  kill "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  rm -rf "$WORK"   # REPORTS, when given, lies outside it and stays
}
trap cleanup EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
  sleep 0.5
done
mkdir -p "$REPORTS"

# A service that has just started answers its first requests slowly, before the JIT has compiled the
# paths; a newcomer meets a warm one. Ask for the app's files and the screens' reads a few times first.
WARM_UP=(/api/v1/messages /api/v1/messages?lang=ar /api/v1/messages?lang=nl /api/v1/locales
  /api/v1/values?lang=ar /api/v1/values/vrijheid?lang=ar /api/v1/values/vrijheid?lang=nl
  /api/v1/municipalities/GM9999/wegwijs/zorg-en-huisarts?lang=nl)
while IFS= read -r file; do WARM_UP+=("${file#backend/src/main/resources/public}"); done \
  < <(find backend/src/main/resources/public -type f)
for _ in $(seq 1 20); do
  for path in "${WARM_UP[@]}"; do curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$path"; done
done

PAGES=(
  "language-picker /"
  "values-page-ar /?lang=ar#/values/vrijheid"
  "wegwijs-topic /?lang=nl#/wegwijs/GM9999/zorg-en-huisarts"
)
failed=0
printf '%-16s %12s %14s %15s %5s\n' page performance accessibility "best practices" SEO
for entry in "${PAGES[@]}"; do
  name="${entry%% *}"; path="${entry#* }"
  # A run on a very busy machine can wait forever on the browser; five minutes is far more than enough.
  timeout 300 "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$path" --quiet \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="$CHROME_FLAGS" --output=json --output=html --output-path="$REPORTS/$name"
  # Prints the four scores and exits with 1 when one misses its target.
  node -e '
    const report = require(process.argv[1]);
    const targets = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 };
    const scores = Object.keys(targets).map((id) => Math.round(report.categories[id].score * 100));
    const line = scores.map((score, i) => score + (score < Object.values(targets)[i] ? " ✗" : ""));
    console.log(process.argv[2].padEnd(16), line[0].padStart(12), line[1].padStart(14), line[2].padStart(15), line[3].padStart(5));
    process.exit(scores.some((score, i) => score < Object.values(targets)[i]) ? 1 : 0);
  ' "$REPORTS/$name.report.json" "$name" || failed=1
done
[ "$REPORTS" = "$WORK/reports" ] || echo "reports: $REPORTS"
echo "($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), lighthouse $(node -p "require('./$LIGHTHOUSE_DIR/node_modules/lighthouse/package.json').version"), $("$CHROME_PATH" --version))"
exit "$failed"
