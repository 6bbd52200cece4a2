#!/usr/bin/env bash
# The performance benchmark of docs/performance.md. Starts the application itself with -Xmx256m on
# generated data (--rollout.generate=N, made once per size and kept under target/benchmark), logs in
# as client.manager, creates an API token and a share link, warms up (WARMUP seconds on every path,
# 15 by default, twice round), then measures with wrk
# (16 connections, 2 threads), every path in turn, in rounds: the app's own static file, the
# dashboard (first page, a phase-filtered page, page 50), an engagement page, the shared page, the
# report, its PDF, the API list (a page of 50), one engagement through the API with the token, and
# the check of typed terms (the POST the engagement form's script sends while the user types), the
# portfolio (its first page, page 10 by payback delay grouped by partner, month 3 and month 12 in
# every journey with the typical journey, the API's page of lanes).
# ONLY='regex' measures only the paths whose name matches (and the static file). Prints requests/s, p50 and p99 per path and each path's throughput as a ratio of the static
# file's in the same round (medians over the rounds); then the dashboard and the API list again at
# 100, 1,000 and 10,000 engagements, to show that their cost stays flat. Also: the time from start
# to the first answered request, and the full garbage collections during the run.
#
#   ./mvnw package -DskipTests && scripts/benchmark.sh [h2|postgres] [seconds per run] [rounds]
#   SIZES=10000 ONLY='terms check' scripts/benchmark.sh h2 8 3
#
# For PostgreSQL it starts a throw-away server with scripts/postgres.sh (one database per size).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
DURATION=${2:-10}
ROUNDS=${3:-3}
# Seconds of load on every path, twice round, before anything is measured: the JIT compiler needs
# minutes of load to reach its steady state (after a 3-second warm-up, the later rounds were up to
# twice as fast as the first, and the first round's p99 held the compiler's pauses).
WARMUP=${WARMUP:-15}
# Seconds of unmeasured load on a path right before each of its measured runs.
SETTLE=${SETTLE:-3}
PORT=${PORT:-8097}
CONNECTIONS=${CONNECTIONS:-16}
SIZES=${SIZES:-"10000 1000 100"}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
JAR=${JAR:-$(ls target/rollout-planner-*.jar 2>/dev/null | head -1)}
[ -n "$JAR" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }
JAR=$(realpath "$JAR")
GENERATOR=$PWD/target/benchmark/generator
[ -e target/test-classes/com/rolloutplanner/benchmark/GenerateData.class ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }
rm -rf "$GENERATOR"; mkdir -p "$GENERATOR/com/rolloutplanner"
cp -r target/test-classes/com/rolloutplanner/benchmark "$GENERATOR/com/rolloutplanner/"
WORK=$PWD/target/benchmark
mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT"
APP=0
trap 'kill "$APP" 2>/dev/null || true' EXIT

if [ "$DB" = postgres ]; then
  export PGPORT=${PGPORT:-5434} PGROOT=${PGROOT:-$WORK/postgres}
fi

# Starts the application on the data of size $1 (generating it the first time); sets APP and STARTUP_MS.
start_app() {
  local n=$1 dir="$WORK/$DB-$n" args=(--server.port="$PORT")
  mkdir -p "$dir"
  if [ "$DB" = postgres ]; then
    local url
    url=$(ROLLOUT_DB="bench_$n" scripts/postgres.sh start)
    args+=(--spring.profiles.active=postgres --spring.datasource.url="$url" --spring.datasource.username=rollout
      --spring.datasource.password=rollout-test-password)
  fi
  # Started as in production (README, "Starting fast"): from the extracted jar with a class
  # data sharing archive made by one training start on the same data; both made again when the
  # jar's content changed (not its time: the build gives every jar the same fixed time).
  local sum
  sum=$(sha256sum "$JAR" | cut -d' ' -f1)
  if [ ! -e "$dir/app.jsa" ] || [ "$(cat "$dir/app.sha256" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$dir/app" "$dir/app.jsa" "$dir/app.sha256"
    java -Djarmode=tools -jar "$JAR" extract --destination "$dir/app" >/dev/null
  fi
  # The data, once per size: the extracted application with the generator's classes beside it
  # (src/test/java/com/rolloutplanner/benchmark, compiled by the package build).
  if [ ! -e "$dir/generated" ]; then
    (cd "$dir" && exec java -Xmx256m -cp "$dir/app/$(basename "$JAR"):$GENERATOR" \
      com.rolloutplanner.benchmark.GenerateData "${args[@]}" --rollout.generate="$n" >"$dir/generate.log" 2>&1) &
    APP=$!
    wait_ready || { tail -30 "$dir/generate.log" >&2; exit 1; }
    grep -o 'Generated .*' "$dir/generate.log" >"$dir/generated"
    kill "$APP"; wait "$APP" 2>/dev/null || true
  fi
  if [ ! -e "$dir/app.jsa" ]; then
    (cd "$dir" && exec java -Xmx256m -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$dir/app/$(basename "$JAR")" "${args[@]}" >"$dir/training.log" 2>&1) || true
    echo "$sum" >"$dir/app.sha256"
  fi
  local started
  started=$(date +%s%N)
  (cd "$dir" && exec java -Xmx256m -XX:SharedArchiveFile="$dir/app.jsa" -Xlog:gc:file="$dir/gc.log" \
    -jar "$dir/app/$(basename "$JAR")" "${args[@]}" >"$dir/app.log" 2>&1) &
  APP=$!
  wait_ready || { tail -30 "$dir/app.log" >&2; exit 1; }
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

wait_ready() {
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = 200 ] && return 0
    kill -0 "$APP" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# Logs in, creates a token and a share link; sets SESSION, TOKEN, ENGAGEMENT, SHARED.
prepare() {
  local jar="$WORK/cookies"
  rm -f "$jar"
  local csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | csrf_of)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=client.manager --data-urlencode password=demo \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  # JSESSIONID in memory (the embedded default), SESSION in the database (the postgres profile).
  SESSION=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$jar" | tail -1)
  csrf=$(curl -s -b "$jar" "$BASE/account/tokens" | csrf_of)
  curl -s -o /dev/null -b "$jar" --data-urlencode "name=Benchmark $(date +%s%N)" --data-urlencode scope=READ \
    --data-urlencode days=30 --data-urlencode "_csrf=$csrf" "$BASE/account/tokens"
  TOKEN=$(curl -s -b "$jar" "$BASE/account/tokens" | grep -o 'rp_[A-Za-z0-9_-]*' | head -1)
  # An engagement in start-up if the reader has one today, else the first of the reader's.
  ENGAGEMENT=$( (curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/engagements?phase=START_UP&size=1";
    curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/engagements?size=1") \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
  csrf=$(curl -s -b "$jar" "$BASE/engagements/$ENGAGEMENT/share" | csrf_of)
  curl -s -o /dev/null -b "$jar" --data-urlencode "label=Benchmark" --data-urlencode "_csrf=$csrf" \
    "$BASE/engagements/$ENGAGEMENT/share"
  SHARED=$(curl -s -b "$jar" "$BASE/engagements/$ENGAGEMENT/share" | grep -o '/s/[A-Za-z0-9_-]\{43\}' | head -1)
  STATIC=$(curl -s -b "$jar" "$BASE/" | grep -o '/favicon-[0-9a-f]*\.svg' | head -1)
  # The check of typed terms, as the engagement form's script asks it while the user types: a
  # POST of the form with the session's CSRF token (the engagement's terms, a pilot of 6 months).
  csrf=$(curl -s -b "$jar" "$BASE/engagements/$ENGAGEMENT/edit" | csrf_of)
  cat >"$WORK/check.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Terms-Check"] = "fragment"
wrk.body = "_csrf=$csrf&goLiveDate=2026-09-01&contractModel=PILOT&contractMonths=6&onboardingHours=120&expectedPaybackMonth=4&learningPlan=Weekly+reviews&goals%5B0%5D.type=CUSTOMER_EXPERIENCE&goals%5B0%5D.selected=true&goals%5B0%5D.targetMonth=3"
LUA
  [ -n "$SESSION" ] && [ -n "$TOKEN" ] && [ -n "$ENGAGEMENT" ] && [ -n "$SHARED" ] && [ -n "$STATIC" ] \
    || { echo "could not prepare: session=$SESSION token=${TOKEN:+yes} engagement=$ENGAGEMENT shared=$SHARED static=$STATIC" >&2; exit 1; }
}

# One wrk run: prints "requests/s p50-ms p99-ms non2xx". Auth "post" is the session with the
# request of check.lua (a POST).
run() {
  local path=$1 auth=$2 seconds=$3 out header script=()
  if [ "$auth" = token ]; then header="Authorization: Bearer $TOKEN"
  elif [ "$auth" = session ]; then header="Cookie: $SESSION"
  elif [ "$auth" = post ]; then header="Cookie: $SESSION"; script=(-s "$WORK/check.lua")
  else header="X-Benchmark: none"; fi
  out=$(wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"${seconds}s" --latency "${script[@]}" -H "$header" -H "Accept-Encoding: gzip" "$BASE$path")
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { printf "%.1f %.1f %.1f %d\n", rps, p50, p99, bad + 0 }' <<<"$out"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Measures the paths named in $@ (name|path|auth) for ROUNDS rounds, only those whose name
# matches $ONLY when it is set (the static file always, as the yardstick); prints the table.
measure() {
  local entries=() round entry name path auth static_rps r a b k
  for entry in "$@"; do
    if [ -z "${ONLY:-}" ] || [[ "${entry%%|*}" =~ ^static\ file$|$ONLY ]]; then entries+=("$entry"); fi
  done
  declare -A rps p50 p99 ratio bad
  # Twice through every path: code shared by all paths is compiled again once it has seen them all.
  for _ in 1 2; do
    for entry in "${entries[@]}"; do
      IFS='|' read -r name path auth <<<"$entry"
      run "$path" "$auth" "$WARMUP" >/dev/null
    done
  done
  for round in $(seq 1 "$ROUNDS"); do
    static_rps=
    for entry in "${entries[@]}"; do
      IFS='|' read -r name path auth <<<"$entry"
      # A few seconds of the same path first, unmeasured: the switch from another path's load
      # (the static file's 10,000 requests/s above all) sets the compiler to work again.
      run "$path" "$auth" "$SETTLE" >/dev/null
      read -r r a b k <<<"$(run "$path" "$auth" "$DURATION")"
      [ -z "$static_rps" ] && static_rps=$r
      rps[$name]+="$r "; p50[$name]+="$a "; p99[$name]+="$b "; bad[$name]=$(( ${bad[$name]:-0} + k ))
      ratio[$name]+="$(awk -v r="$r" -v s="$static_rps" 'BEGIN { printf "%.2f", 100 * r / s }') "
    done
  done
  printf '%-28s %10s %9s %9s %12s %7s\n' path "req/s" "p50 ms" "p99 ms" "% of static" non2xx
  for entry in "${entries[@]}"; do
    IFS='|' read -r name path auth <<<"$entry"
    printf '%-28s %10s %9s %9s %12s %7s\n' "$name" \
      "$(tr ' ' '\n' <<<"${rps[$name]}" | grep . | median)" "$(tr ' ' '\n' <<<"${p50[$name]}" | grep . | median)" \
      "$(tr ' ' '\n' <<<"${p99[$name]}" | grep . | median)" "$(tr ' ' '\n' <<<"${ratio[$name]}" | grep . | median)" \
      "${bad[$name]}"
  done
}

echo "Rollout Planner benchmark: $DB, $(nproc) cores, -Xmx256m, wrk -t2 -c$CONNECTIONS, ${WARMUP}s warm-up, ${SETTLE}s + ${DURATION}s per run, $ROUNDS rounds"
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
first=1
for n in $SIZES; do
  start_app "$n"
  prepare
  echo
  echo "== $n engagements ($(cat "$WORK/$DB-$n/generated")); first answer ${STARTUP_MS} ms after start"
  if [ $first = 1 ]; then
    measure "static file|$STATIC|none" "dashboard|/|session" "dashboard phase=ESTABLISHED|/?phase=ESTABLISHED|session" \
      "dashboard page 50|/?page=50|session" "engagement page|/engagements/$ENGAGEMENT|session" \
      "shared page|$SHARED|none" "report|/engagements/$ENGAGEMENT/report|session" \
      "report PDF|/engagements/$ENGAGEMENT/report.pdf|session" "API list (50)|/api/engagements|token" \
      "API one engagement|/api/engagements/$ENGAGEMENT|token" \
      "terms check (typed)|/engagements/preview?engagement=$ENGAGEMENT|post" \
      "portfolio|/portfolio|session" "portfolio by delay, page 10|/portfolio?sort=payback&group=partner&page=10|session" \
      "month 3 in every journey|/portfolio/month/3|session" "month 12 in every journey|/portfolio/month/12|session" \
      "API portfolio (50)|/api/portfolio|token"
  else
    measure "static file|$STATIC|none" "dashboard|/|session" "dashboard phase=ESTABLISHED|/?phase=ESTABLISHED|session" \
      "API list (50)|/api/engagements|token" "portfolio|/portfolio|session" \
      "month 3 in every journey|/portfolio/month/3|session"
  fi
  echo "full collections: $(grep -c 'Pause Full' "$WORK/$DB-$n/gc.log" || true), young: $(grep -c 'Pause Young' "$WORK/$DB-$n/gc.log" || true)"
  stop_app
  first=0
done
if [ "$DB" = postgres ]; then scripts/postgres.sh stop >/dev/null || true; fi
