#!/usr/bin/env bash
# The export benchmark of docs/performance.md: how long the whole list of 10,000 engagements
# and the whole portfolio (one row per engagement per completed month) take to download as XLSX
# and as CSV, with -Xmx256m, and whether memory stays flat (full
# garbage collections during the downloads, from -Xlog:gc). Starts the application itself on
# generated data (--rollout.generate=N, made once and kept under target/benchmark, shared with
# scripts/benchmark.sh), logs in as the administrator (who sees every engagement) and downloads
# each file ROUNDS times.
#
#   ./mvnw package -DskipTests && scripts/export-benchmark.sh [h2|postgres] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
ROUNDS=${2:-3}
N=${N:-10000}
PORT=${PORT:-8098}
JAR=${JAR:-$(ls target/rollout-planner-*.jar 2>/dev/null | head -1)}
[ -n "$JAR" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }
JAR=$(realpath "$JAR")
[ -e target/test-classes/com/rolloutplanner/benchmark/GenerateData.class ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }
WORK=$PWD/target/benchmark
GENERATOR=$WORK/export-generator
rm -rf "$GENERATOR"; mkdir -p "$GENERATOR/com/rolloutplanner"
cp -r target/test-classes/com/rolloutplanner/benchmark "$GENERATOR/com/rolloutplanner/"
BASE="http://127.0.0.1:$PORT"
APP=0
trap 'kill "$APP" 2>/dev/null || true' EXIT
dir="$WORK/$DB-$N"
mkdir -p "$dir"
args=(--server.port="$PORT")
if [ "$DB" = postgres ]; then
  export PGPORT=${PGPORT:-5434} PGROOT=${PGROOT:-$WORK/postgres}
  url=$(ROLLOUT_DB="bench_$N" scripts/postgres.sh start)
  args+=(--spring.profiles.active=postgres --spring.datasource.url="$url" --spring.datasource.username=rollout
    --spring.datasource.password=rollout-test-password)
fi

wait_ready() {
  for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = 200 ] && return 0
    kill -0 "$APP" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

rm -rf "$dir/export-app"
java -Djarmode=tools -jar "$JAR" extract --destination "$dir/export-app" >/dev/null
APPJAR="$dir/export-app/$(basename "$JAR")"
if [ ! -e "$dir/generated" ]; then
  (cd "$dir" && exec java -Xmx256m -cp "$APPJAR:$GENERATOR" com.rolloutplanner.benchmark.GenerateData \
    "${args[@]}" --rollout.generate="$N" >"$dir/generate.log" 2>&1) &
  APP=$!
  wait_ready || { tail -30 "$dir/generate.log" >&2; exit 1; }
  grep -o 'Generated .*' "$dir/generate.log" >"$dir/generated"
  kill "$APP"; wait "$APP" 2>/dev/null || true
fi
rm -f "$dir/export-gc.log"
(cd "$dir" && exec java -Xmx256m -Xlog:gc:file="$dir/export-gc.log" -jar "$APPJAR" "${args[@]}" >"$dir/export-app.log" 2>&1) &
APP=$!
wait_ready || { tail -30 "$dir/export-app.log" >&2; exit 1; }
jar=$(mktemp)
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=admin --data-urlencode password=demo \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
echo "Export of every engagement ($(cat "$dir/generated")) on $DB, -Xmx256m, as the administrator:"
before=$(grep -c 'Pause Full' "$dir/export-gc.log" || true)
for what in engagements portfolio; do
  for format in xlsx csv; do
    for round in $(seq 1 "$ROUNDS"); do
      out="$dir/$what.$format"
      seconds=$(curl -s -o "$out" -b "$jar" -w '%{time_total}' "$BASE/$what.$format")
      size=$(stat -c %s "$out")
      if [ "$format" = csv ]; then rows=$(( $(wc -l <"$out") - 1 )); else rows=$(unzip -p "$out" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l); rows=$((rows - 1)); fi
      printf '  %-11s %-4s round %d: %6.2f s, %7d KB, %d rows\n' "$what" "$format" "$round" "$seconds" $((size / 1024)) "$rows"
    done
  done
done
after=$(grep -c 'Pause Full' "$dir/export-gc.log" || true)
echo "  full garbage collections during the downloads: $((after - before))"
rm -f "$jar"
