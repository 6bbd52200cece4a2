#!/usr/bin/env bash
# Crash test of the embedded default: writes through the API, kills the application with
# SIGKILL in the middle of the burst, starts it again on the same data directory and checks
# that every write that was answered 201 is there.
#
#   ./mvnw package -DskipTests && scripts/crash-test.sh [writes-before-kill] [port]
#
# Talks only to the application it starts, on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
WRITES=${1:-150}
PORT=${2:-8097}
JAR=$(ls target/rollout-planner-*.jar | head -1)
WORK=$(mktemp -d /tmp/rollout-crash.XXXXXX)
BASE="http://127.0.0.1:$PORT"
trap 'kill -9 "${APP:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

start() {
  (cd "$WORK" && exec java -jar "$OLDPWD/$JAR" --server.port="$PORT" >>"$WORK/app.log" 2>&1) &
  APP=$!
  for _ in $(seq 1 90); do
    [ "$(curl -s -o /dev/null -w "%{http_code}" "$BASE/login")" = 200 ] && return 0
    sleep 1
  done
  echo "the application did not start" >&2; exit 1
}

start
CLIENT=$(curl -s -u admin:demo "$BASE/api/organisations" | grep -o '"id":[0-9]*,"name":"Aurora Energy"' | grep -o '[0-9]*' | head -1)
PARTNER=$(curl -s -u admin:demo "$BASE/api/organisations" | grep -o '"id":[0-9]*,"name":"Nordic Contact Partners"' | grep -o '[0-9]*' | head -1)
: >"$WORK/answered"
for i in $(seq 1 $((WRITES * 3))); do
  body="{\"name\":\"Crash test $i\",\"clientOrganisationId\":$CLIENT,\"partnerOrganisationId\":$PARTNER,\"goLiveDate\":\"2026-10-01\",\"contractModel\":\"PARTNERSHIP\",\"contractMonths\":24}"
  status=$(curl -s -o "$WORK/body" -w '%{http_code}' -u admin:demo -H 'Content-Type: application/json' -d "$body" "$BASE/api/engagements" || true)
  if [ "$status" = 201 ]; then
    grep -o '"id":[0-9]*' "$WORK/body" | head -1 | grep -o '[0-9]*' >>"$WORK/answered"
  fi
  if [ "$i" -eq "$WRITES" ]; then
    # The kill lands while the next writes are on their way.
    (sleep 0.05; kill -9 "$APP") &
  fi
  kill -0 "$APP" 2>/dev/null || break
done
wait "$APP" 2>/dev/null || true
answered=$(wc -l <"$WORK/answered")

start
missing=0
while read -r id; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u admin:demo "$BASE/api/engagements/$id")
  [ "$code" = 200 ] || { echo "missing after the crash: engagement $id ($code)"; missing=$((missing + 1)); }
done <"$WORK/answered"
echo "writes answered 201 before kill -9: $answered; missing after restart: $missing"
[ "$missing" -eq 0 ]
