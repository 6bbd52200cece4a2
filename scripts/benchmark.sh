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
# Writes a second to the reader's own organisation while every path is measured (a KPI actual
# by API token, each to one of 100 of the reader's engagements); 0 measures unchanged data.
WRITES=${WRITES:-5}
# Connections of the measured writes (a KPI actual and an action through the API).
WRITERS=${WRITERS:-4}
SIZES=${SIZES:-"1000 10000 100000"}
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
  # 512 MB from 100,000 engagements on, 256 MB below (the targets of docs/performance.md).
  HEAP=${HEAP_OVERRIDE:-$( [ "$n" -ge 100000 ] && echo 512m || echo 256m )}
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
    (cd "$dir" && exec java -Xmx"$HEAP" -cp "$dir/app/$(basename "$JAR"):$GENERATOR" \
      com.rolloutplanner.benchmark.GenerateData "${args[@]}" --rollout.generate="$n" >"$dir/generate.log" 2>&1) &
    APP=$!
    wait_ready 3600 || { tail -30 "$dir/generate.log" >&2; exit 1; }
    grep -o 'Generated .*' "$dir/generate.log" >"$dir/generated"
    kill "$APP"; wait "$APP" 2>/dev/null || true
  fi
  if [ ! -e "$dir/app.jsa" ]; then
    (cd "$dir" && exec java -Xmx"$HEAP" -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$dir/app/$(basename "$JAR")" "${args[@]}" >"$dir/training.log" 2>&1) || true
    echo "$sum" >"$dir/app.sha256"
  fi
  local started
  started=$(date +%s%N)
  (cd "$dir" && exec java -Xmx"$HEAP" -XX:SharedArchiveFile="$dir/app.jsa" -Xlog:gc:file="$dir/gc.log" \
    -jar "$dir/app/$(basename "$JAR")" "${args[@]}" >"$dir/app.log" 2>&1) &
  APP=$!
  wait_ready || { tail -30 "$dir/app.log" >&2; exit 1; }
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

# Waits up to $1 seconds (120 by default) for the application to answer.
wait_ready() {
  for _ in $(seq 1 $(( ${1:-120} * 10 ))); do
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
  # A token that may write, and the engagements written to: 100 of the reader's in continuous
  # development (every month of the first year behind them), each with its first KPI.
  csrf=$(curl -s -b "$jar" "$BASE/account/tokens" | csrf_of)
  curl -s -o /dev/null -b "$jar" --data-urlencode "name=Benchmark writes $(date +%s%N)" \
    --data-urlencode scope=READ_WRITE --data-urlencode days=30 --data-urlencode "_csrf=$csrf" "$BASE/account/tokens"
  WTOKEN=$(curl -s -b "$jar" "$BASE/account/tokens" | grep -o 'rp_[A-Za-z0-9_-]*' | head -1)
  TARGETS=()
  local e k
  for e in $(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/engagements?phase=CONTINUOUS_DEVELOPMENT&size=100" \
      | grep -o '"id":[0-9]*' | cut -d: -f2); do
    k=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/engagements/$e/kpis" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    [ -n "$k" ] && TARGETS+=("$e $k")
  done
  {
    echo 'wrk.method = "POST"'
    echo 'wrk.headers["Content-Type"] = "application/json"'
    echo 'local targets = {'
    for e in "${TARGETS[@]}"; do echo "  { ${e% *}, ${e#* } },"; done
    echo '}'
    cat <<'LUA'
request = function()
  local t = targets[math.random(#targets)]
  local body = string.format('{"month":%d,"value":%d.%d}', math.random(1, 12), math.random(70, 95), math.random(0, 9))
  return wrk.format(nil, "/api/engagements/" .. t[1] .. "/kpis/" .. t[2] .. "/actuals", nil, body)
end
LUA
  } >"$WORK/write-kpi.lua"
  sed -e '/^request = function/,$d' "$WORK/write-kpi.lua" >"$WORK/write-action.lua"
  cat >>"$WORK/write-action.lua" <<LUA
request = function()
  local t = targets[math.random(#targets)]
  return wrk.format(nil, "/api/engagements/" .. t[1] .. "/actions", nil,
    '{"title":"Benchmark action","ownerSide":"PARTNER","dueDate":"$(date -u -d '+60 days' +%F)"}')
end
LUA
  # The administrator, who runs the daily checks and the weekly digests on demand.
  ADMIN_JAR="$WORK/admin-cookies"
  rm -f "$ADMIN_JAR"
  csrf=$(curl -s -c "$ADMIN_JAR" -b "$ADMIN_JAR" "$BASE/login" | csrf_of)
  curl -s -o /dev/null -c "$ADMIN_JAR" -b "$ADMIN_JAR" --data-urlencode username=admin --data-urlencode password=demo \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  ADMIN_SESSION=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$ADMIN_JAR" | tail -1)
  [ -n "$WTOKEN" ] && [ -n "$ADMIN_SESSION" ] && [ "${#TARGETS[@]}" -gt 0 ] \
    || { echo "could not prepare the writes: token=${WTOKEN:+yes} engagements=${#TARGETS[@]}" >&2; exit 1; }
  [ -n "$SESSION" ] && [ -n "$TOKEN" ] && [ -n "$ENGAGEMENT" ] && [ -n "$SHARED" ] && [ -n "$STATIC" ] \
    || { echo "could not prepare: session=$SESSION token=${TOKEN:+yes} engagement=$ENGAGEMENT shared=$SHARED static=$STATIC" >&2; exit 1; }
}

# One wrk run: prints "requests/s p50-ms p99-ms non2xx max-ms". Auth "post" is the session with the
# request of check.lua (a POST); "write-kpi" and "write-action" are WRITERS connections posting
# through the writing token (write-kpi.lua, write-action.lua).
run() {
  local path=$1 auth=$2 seconds=$3 out header script=() connections=$CONNECTIONS
  if [ "$auth" = token ]; then header="Authorization: Bearer $TOKEN"
  elif [ "$auth" = session ]; then header="Cookie: $SESSION"
  elif [ "$auth" = post ]; then header="Cookie: $SESSION"; script=(-s "$WORK/check.lua")
  elif [ "$auth" = admin ]; then header="Cookie: $ADMIN_SESSION"
  elif [[ "$auth" = write-* ]]; then header="Authorization: Bearer $WTOKEN"; script=(-s "$WORK/$auth.lua"); connections=$WRITERS
  else header="X-Benchmark: none"; fi
  out=$(wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${seconds}s" --latency "${script[@]}" -H "$header" -H "Accept-Encoding: gzip" "$BASE$path")
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +Latency +[0-9]/ { max = ms($4) }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    /Socket errors/ { bad += $4 + $6 + $8 + $10 }
    END { printf "%.1f %.1f %.1f %d %.1f\n", rps, p50, p99, bad + 0, max }' <<<"$out"
}

# WRITES KPI actuals a second through the writing token, each to one of TARGETS (a month of the
# first year), until killed; each answer's status and seconds go to background.log.
background_writes() {
  local pause t e k
  pause=$(awk -v w="$WRITES" 'BEGIN { printf "%.3f", 1 / w }')
  while :; do
    t=${TARGETS[$((RANDOM % ${#TARGETS[@]}))]}
    e=${t% *}; k=${t#* }
    curl -s -m 30 -o /dev/null -w '%{http_code} %{time_total}\n' -X POST -H "Authorization: Bearer $WTOKEN" \
      -H 'Content-Type: application/json' --data "{\"month\":$((RANDOM % 12 + 1)),\"value\":$((RANDOM % 25 + 70)).5}" \
      "$BASE/api/engagements/$e/kpis/$k/actuals" >>"$WORK/background.log" &
    sleep "$pause"
  done
}

# Starts the background writes (when WRITES > 0); stop_writes ends them and prints what they met.
start_writes() {
  : >"$WORK/background.log"
  WRITER=0
  if [ "$WRITES" != 0 ]; then background_writes & WRITER=$!; fi
}
stop_writes() {
  [ "$WRITER" != 0 ] || return 0
  kill "$WRITER" 2>/dev/null || true; wait "$WRITER" 2>/dev/null || true; sleep 1
  local n bad
  n=$(wc -l <"$WORK/background.log")
  bad=$(awk '$1 !~ /^2/' "$WORK/background.log" | wc -l)
  awk '{ print $2 * 1000 }' "$WORK/background.log" | sort -g | awk -v n="$n" -v bad="$bad" '
    { t[NR] = $1 }
    END { if (n == 0) { print "background writes: none"; exit }
      p99 = int(n * 0.99) + 1; if (p99 > n) p99 = n
      printf "background writes: %d (%d not 2xx), p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", n, bad, t[int(n * 0.5) + 1], t[p99], t[n] }'
}

# Runs the daily checks or the weekly digests ($1: daily-checks | digests) on demand as the
# administrator while the dashboard is measured; prints what the run page said and the dashboard.
run_job() {
  local job=$1 form fields=() result seconds=20
  form=$(curl -s -b "$ADMIN_JAR" "$BASE/admin/notifications" | tr '\n' ' ' | grep -o "action=\"/admin/notifications/$job\"[^<]*\(<input[^>]*>[^<]*\)*" )
  while read -r pair; do [ -n "$pair" ] && fields+=(--data-urlencode "$pair"); done < <(grep -o '<input[^>]*>' <<<"$form" \
    | sed -n 's/.*name="\([^"]*\)".*value="\([^"]*\)".*/\1=\2/p')
  (curl -s -L -b "$ADMIN_JAR" -c "$ADMIN_JAR" "${fields[@]}" "$BASE/admin/notifications/$job" \
    | grep -o '<p class="flash"[^>]*>[^<]*' | sed 's/.*>//' >"$WORK/job.out") &
  local job_pid=$!
  read -r r a b k m <<<"$(run / session "$seconds")"
  wait "$job_pid" || true
  printf '%-28s %s\n' "$job" "$(cat "$WORK/job.out")"
  printf '%-28s %10s %9s %9s %12s %7s %9s\n' "dashboard meanwhile" "$r" "$a" "$b" "" "$k" "$m"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Measures the paths named in $@ (name|path|auth) for ROUNDS rounds, only those whose name
# matches $ONLY when it is set (the static file always, as the yardstick); prints the table.
measure() {
  local entries=() round entry name path auth static_rps r a b k
  for entry in "$@"; do
    if [ -z "${ONLY:-}" ] || [[ "${entry%%|*}" =~ ^static\ file$|$ONLY ]]; then entries+=("$entry"); fi
  done
  declare -A rps p50 p99 ratio bad max
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
      read -r r a b k m <<<"$(run "$path" "$auth" "$DURATION")"
      [ -z "$static_rps" ] && static_rps=$r
      rps[$name]+="$r "; p50[$name]+="$a "; p99[$name]+="$b "; bad[$name]=$(( ${bad[$name]:-0} + k ))
      max[$name]=$(awk -v a="${max[$name]:-0}" -v b="$m" 'BEGIN { print (b > a) ? b : a }')
      ratio[$name]+="$(awk -v r="$r" -v s="$static_rps" 'BEGIN { printf "%.2f", 100 * r / s }') "
    done
  done
  printf '%-28s %10s %9s %9s %12s %7s %9s\n' path "req/s" "p50 ms" "p99 ms" "% of static" non2xx "max ms"
  for entry in "${entries[@]}"; do
    IFS='|' read -r name path auth <<<"$entry"
    printf '%-28s %10s %9s %9s %12s %7s %9s\n' "$name" \
      "$(tr ' ' '\n' <<<"${rps[$name]}" | grep . | median)" "$(tr ' ' '\n' <<<"${p50[$name]}" | grep . | median)" \
      "$(tr ' ' '\n' <<<"${p99[$name]}" | grep . | median)" "$(tr ' ' '\n' <<<"${ratio[$name]}" | grep . | median)" \
      "${bad[$name]}" "${max[$name]}"
  done
}

echo "Rollout Planner benchmark: $DB, $(nproc) cores, -Xmx256m (512m from 100,000), wrk -t2 -c$CONNECTIONS, $WRITES writes/s in the background, ${WARMUP}s warm-up, ${SETTLE}s + ${DURATION}s per run, $ROUNDS rounds"
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
first=1
for n in $SIZES; do
  start_app "$n"
  prepare
  echo
  echo "== $n engagements ($(cat "$WORK/$DB-$n/generated")); -Xmx$HEAP; first answer ${STARTUP_MS} ms after start"
  # Every path with WRITES a second in the background; the writes themselves are measured
  # last (WRITERS connections each).
  paths=("static file|$STATIC|none" "dashboard|/|session" "dashboard phase=ESTABLISHED|/?phase=ESTABLISHED|session"
    "dashboard page 50|/?page=50|session" "dashboard by attention|/?sort=flags|session"
    "engagement page|/engagements/$ENGAGEMENT|session" "meetings page|/engagements/$ENGAGEMENT/meetings|session"
    "business case|/engagements/$ENGAGEMENT/business-case|session" "shared page|$SHARED|none"
    "report|/engagements/$ENGAGEMENT/report|session" "report PDF|/engagements/$ENGAGEMENT/report.pdf|session"
    "API list (50)|/api/engagements|token" "API one engagement|/api/engagements/$ENGAGEMENT|token"
    "portfolio|/portfolio|session" "admin dashboard|/|admin")
  if [ $first = 1 ]; then
    paths+=("terms check (typed)|/engagements/preview?engagement=$ENGAGEMENT|post"
      "portfolio by delay, page 10|/portfolio?sort=payback&group=partner&page=10|session"
      "month 3 in every journey|/portfolio/month/3|session" "month 12 in every journey|/portfolio/month/12|session"
      "API portfolio (50)|/api/portfolio|token")
  fi
  paths+=("write KPI actual ($WRITERS writers)|/|write-kpi" "write action ($WRITERS writers)|/|write-action")
  start_writes
  measure "${paths[@]}"
  stop_writes
  if [ -z "${ONLY:-}" ] || [[ "jobs" =~ $ONLY ]]; then
    run_job daily-checks
    run_job digests
  fi
  echo "full collections: $(grep -c 'Pause Full' "$WORK/$DB-$n/gc.log" || true), young: $(grep -c 'Pause Young' "$WORK/$DB-$n/gc.log" || true)"
  stop_app
  first=0
done
if [ "$DB" = postgres ]; then scripts/postgres.sh stop >/dev/null || true; fi
