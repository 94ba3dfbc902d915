#!/usr/bin/env bash
# The Mini App API rows of docs/PERFORMANCE.md driven by an outside load driver, wrk (Debian: apt-get
# install wrk sqlite3 curl). One Release host on 127.0.0.1 with production settings, the demo garage
# in a throwaway database, a bot token made up for this run, and initData signed with that token:
#   bash bench/wrk.sh                 # 10 s per path, 2 threads, 64 connections
#   bash bench/wrk.sh 30s 4 128       # duration, threads, connections
# Prints wrk's report (requests/s and latency percentiles) for each path, each right after the static
# file's, and a RATIO line: the path's requests/s as a share of the static file's measured just before.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
threads=${2:-2}
connections=${3:-64}
for tool in wrk sqlite3 curl; do
  command -v "$tool" > /dev/null || { echo "needs $tool: apt-get install wrk sqlite3 curl" >&2; exit 1; }
done

work=$(mktemp -d)
host_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2> /dev/null || true; wait "$host_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building (Release)..."
dotnet build bench/CarPass.Bench -c Release --nologo -v quiet > /dev/null
host_dll="$PWD/src/CarPass.Host/bin/Release/net10.0/CarPass.Host.dll"
bench_dll="$PWD/bench/CarPass.Bench/bin/Release/net10.0/CarPass.Bench.dll"
port=5099
address="http://127.0.0.1:$port"
# A token for this run only: the host checks initData with it, and only this script knows it.
export Telegram__BotToken="7000000010:$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
export ASPNETCORE_ENVIRONMENT=Production
settings=(--ConnectionStrings:CarPass="Data Source=$work/carpass.db" --Host:Roles=api --RateLimiting:Enabled=false)

cd "$(dirname "$host_dll")"
dotnet "$host_dll" seed-demo "${settings[@]}" --force > /dev/null
dotnet "$host_dll" --urls "$address" "${settings[@]}" > "$work/host.log" 2>&1 &
host_pid=$!
cd - > /dev/null
for _ in $(seq 1 150); do
  curl -fs "$address/healthz" > /dev/null && break
  sleep 0.2
done
curl -fs "$address/healthz" > /dev/null || { echo "the host did not start:" >&2; cat "$work/host.log" >&2; exit 1; }

init_data=$(echo "$Telegram__BotToken" | dotnet "$bench_dll" init-data 100000001)
camry=$(sqlite3 "$work/carpass.db" "SELECT v.id FROM vehicles v JOIN vehicle_access_grants g ON g.vehicle_id = v.id AND g.role = 'Owner' JOIN users u ON u.id = g.user_id WHERE u.telegram_id = 100000001 AND v.make = 'Toyota'")
auth="Authorization: tma $init_data"
curl -fs -H "$auth" "$address/api/my/vehicles" > /dev/null || { echo "initData refused" >&2; exit 1; }

# Each path right after the static file, so a ratio compares two loads seconds apart.
rate() { wrk -t"$threads" -c"$connections" -d"$duration" --latency ${2:+-H "$2"} "$address$1" | tee /dev/stderr | awk '/^Requests\/sec:/ { print $2 }'; }
run() {
  wrk -t"$threads" -c"$connections" -d5s ${2:+-H "$2"} "$address$1" > /dev/null # warm-up
  echo "=== /app/css/app.css (baseline for $1)"
  base=$(rate /app/css/app.css)
  echo "=== $1"
  measured=$(rate "$1" "${2:-}")
  awk -v m="$measured" -v b="$base" -v p="$1" 'BEGIN { printf "RATIO %s: %.0f / %.0f req/s = %.1f %% of the static file\n", p, m, b, 100 * m / b }'
}
run /healthz
run /healthz/ready
run "/api/my/vehicles/$camry/score" "$auth"
run /api/my/vehicles "$auth"
run "/api/my/vehicles/$camry/timeline" "$auth"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
