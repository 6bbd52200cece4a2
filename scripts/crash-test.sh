#!/usr/bin/env bash
# Crash test of the embedded default: several clients write through the API at once, the
# application is killed with SIGKILL in the middle of the burst, started again on the same
# data directory, and every write that was answered 201 must be there.
#
#   ./mvnw package -DskipTests && scripts/crash-test.sh [seconds-before-kill] [writers] [port]
#
# Talks only to the application it starts, on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_BEFORE_KILL=${1:-8}
WRITERS=${2:-8}
PORT=${3:-8097}
JAR=$(ls target/rollout-planner-*.jar | head -1)
WORK=$(mktemp -d /tmp/rollout-crash.XXXXXX)
BASE="http://127.0.0.1:$PORT"
trap 'kill -9 "${APP:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

start() {
  (cd "$WORK" && exec java -jar "$OLDPWD/$JAR" --server.port="$PORT" >>"$WORK/app.log" 2>&1) &
  APP=$!
  # The readiness probe answers UP only when the data and the demo logins exist.
  for _ in $(seq 1 120); do
    curl -s "$BASE/actuator/health/readiness" | grep -q '"status":"UP"' && return 0
    sleep 0.5
  done
  echo "the application did not become ready" >&2; exit 1
}

writer() {
  local n=$1 i=0 status
  while kill -0 "$APP" 2>/dev/null; do
    i=$((i + 1))
    body="{\"name\":\"Crash test $n-$i\",\"clientOrganisationId\":$CLIENT,\"partnerOrganisationId\":$PARTNER,\"goLiveDate\":\"2026-10-01\",\"contractModel\":\"PARTNERSHIP\",\"contractMonths\":24}"
    status=$(curl -s -o "$WORK/body-$n" -w '%{http_code}' -u admin:demo -H 'Content-Type: application/json' \
      -d "$body" "$BASE/api/engagements" 2>/dev/null || true)
    if [ "$status" = 201 ]; then
      grep -o '"id":[0-9]*' "$WORK/body-$n" | head -1 | grep -o '[0-9]*' >>"$WORK/answered-$n"
    fi
  done
}

start
CLIENT=$(curl -s -u admin:demo "$BASE/api/organisations" | grep -o '"id":[0-9]*,"name":"Aurora Energy"' | grep -o '[0-9]*' | head -1)
PARTNER=$(curl -s -u admin:demo "$BASE/api/organisations" | grep -o '"id":[0-9]*,"name":"Nordic Contact Partners"' | grep -o '[0-9]*' | head -1)
for n in $(seq 1 "$WRITERS"); do
  : >"$WORK/answered-$n"
  writer "$n" &
done
sleep "$SECONDS_BEFORE_KILL"
kill -9 "$APP"
wait
answered=$(cat "$WORK"/answered-* | wc -l)

start
missing=0
while read -r id; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u admin:demo "$BASE/api/engagements/$id")
  [ "$code" = 200 ] || { echo "missing after the crash: engagement $id ($code)"; missing=$((missing + 1)); }
done < <(cat "$WORK"/answered-*)
echo "writers: $WRITERS; writes answered 201 before kill -9: $answered; missing after restart: $missing"
[ "$missing" -eq 0 ]
