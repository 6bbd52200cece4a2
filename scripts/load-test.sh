#!/usr/bin/env bash
# Load test against the application this script starts itself on 127.0.0.1: 60 s of wrk with
# logged-in sessions over the dashboard, an engagement page, the report and the API (HTTP
# Basic), interleaved in one run. Prints wrk's output; fails on any non-2xx answer, socket
# error or timeout.
#
#   ./mvnw package -DskipTests && scripts/load-test.sh [seconds] [connections] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
CONNECTIONS=${2:-16}
PORT=${3:-8098}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
JAR=$(ls target/rollout-planner-*.jar | head -1)
WORK=$(mktemp -d /tmp/rollout-load.XXXXXX)
BASE="http://127.0.0.1:$PORT"
trap 'kill "${APP:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

(cd "$WORK" && exec java -jar "$OLDPWD/$JAR" --server.port="$PORT" >"$WORK/app.log" 2>&1) &
APP=$!
for _ in $(seq 1 90); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = 200 ] && break
  sleep 1
done

# A logged-in session of the client manager.
csrf=$(curl -s -c "$WORK/cookies" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -b "$WORK/cookies" -c "$WORK/cookies" \
  --data-urlencode "username=client.manager" --data-urlencode "password=demo" --data-urlencode "_csrf=$csrf" \
  "$BASE/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$WORK/cookies")
[ -n "$session" ] || { echo "could not log in" >&2; exit 1; }
basic=$(printf 'client.manager:demo' | base64)

cat >"$WORK/mix.lua" <<LUA
-- The paths, taken in turn: pages with the session, the API with HTTP Basic.
local pages = { "/", "/engagements/1", "/engagements/1/report", "/?phase=START_UP" }
local api = { "/api/engagements", "/api/engagements/1" }
local i = 0
request = function()
  i = i + 1
  if i % 3 == 0 then
    local path = api[(i / 3) % #api + 1]
    return wrk.format("GET", path, { ["Authorization"] = "Basic $basic", ["Accept"] = "application/json" })
  end
  local path = pages[i % #pages + 1]
  return wrk.format("GET", path, { ["Cookie"] = "JSESSIONID=$session" })
end
LUA

# Warm-up, then the measured run.
wrk -t2 -c"$CONNECTIONS" -d10s -s "$WORK/mix.lua" "$BASE" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --timeout 10s --latency -s "$WORK/mix.lua" "$BASE" | tee "$WORK/result"
if grep -q "Non-2xx or 3xx responses" "$WORK/result" || grep -q "Socket errors" "$WORK/result"; then
  echo "FAILED: some answers were not 2xx, or sockets failed" >&2
  exit 1
fi
echo "OK: every answer 2xx, no socket errors or timeouts"
