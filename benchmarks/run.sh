#!/usr/bin/env bash
# Runs the unisdk benchmarks: JMH (SDK vs the streaming floor and the databind baseline, listener overhead),
# client-side cost per op, 64 concurrent callers' connection reuse, streaming in 64 MB, cold start.
#   benchmarks/run.sh quick   ~1.5 minutes after the build: 1 fork, short warm-up/measurement, small streaming run
#   benchmarks/run.sh full    the real run: 2 forks, 5x2s warm-up, 5x2s measurement, 1,000,000 streamed contacts
# Environment: SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar; MVN_ARGS adds Maven flags (e.g. -o).
# Results go to benchmarks/results/<UTC time>-<mode>/ (gitignored); the Markdown summary is printed at the end.
set -euo pipefail

mode="${1:-quick}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "$mode" in
  quick)
    jmh_args=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
    stream_total=20000; stream_sample=25; cold_runs=1; reuse_per_thread=50 ;;
  full)
    jmh_args=(-f 2 -wi 5 -w 2s -i 5 -r 2s)
    stream_total=1000000; stream_sample=250; cold_runs=5; reuse_per_thread=200 ;;
  *)
    echo "usage: $0 quick|full" >&2; exit 64 ;;
esac

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building benchmarks (./mvnw -B -q -pl benchmarks -am package -DskipTests)"
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_ARGS:-} -pl benchmarks -am package -DskipTests
fi
jar="$root/benchmarks/target/benchmarks.jar"
[[ -f "$jar" ]] || { echo "missing $jar: build first" >&2; exit 1; }

out="$root/benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)-$mode"
mkdir -p "$out"
ln -sfn "$out" "$root/benchmarks/results/latest"

{
  echo "mode: $mode"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

echo "== JMH ${jmh_args[*]} -prof gc"
java -jar "$jar" "${jmh_args[@]}" -prof gc -rf json -rff "$out/jmh.json" \
  'dev\.unisdk\.benchmarks\.(ListPage|Get|Create|ListenerOverhead)Benchmark\.' | tee "$out/jmh.txt"

echo "== 64 concurrent callers on one client: connections opened vs requests (ConnectionReuseCheck)"
for variant in "sync default" "async default" "sync okhttp" "sync tuned"; do
  # shellcheck disable=SC2086
  java -cp "$jar" dev.unisdk.benchmarks.ConnectionReuseCheck $variant 64 "$reuse_per_thread" 2>&1 \
    | grep -E '^(mode=|pool options)' | tee -a "$out/reuse.txt" || true
done

echo "== client-side cost per op, calling thread only: allocation + CPU (ClientCostProbe)"
java -cp "$jar" dev.unisdk.benchmarks.ClientCostProbe | tee "$out/clientcost.txt"

echo "== streaming $stream_total contacts through list() with -Xmx64m"
stream_status=0
java -Xmx64m -cp "$jar" dev.unisdk.benchmarks.StreamingCheck "$stream_total" 200 "$stream_sample" \
  | tee "$out/streaming.txt" || stream_status=$?

echo "== cold start ($cold_runs run(s) per side, server in its own process)"
url_file="$out/server.url"
java -cp "$jar" dev.unisdk.benchmarks.FixtureServerMain "$url_file" 600 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [[ -s "$url_file" ]] && break; sleep 0.1; done
[[ -s "$url_file" ]] || { echo "fixture server did not start" >&2; exit 1; }
url="$(cat "$url_file")"
for _ in $(seq 1 "$cold_runs"); do
  for side in baseline sdk; do
    java -cp "$jar" dev.unisdk.benchmarks.ColdStart "$url" "$side" | tee -a "$out/coldstart.txt"
  done
done
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
trap - EXIT

median() { # median of the total_ms of one side
  grep "mode=$1 " "$out/coldstart.txt" | sed 's/.*total_ms=\([0-9]*\).*/\1/' | sort -n \
    | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); else print "n/a"}'
}

{
  echo
  echo "## unisdk benchmarks ($mode) — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(sed -n 's/^nproc: //p' "$out/machine.txt") cores, $(sed -n 's/^cpu: //p' "$out/machine.txt"), $(sed -n 's/^jdk: //p' "$out/machine.txt")"
  echo "JMH: ${jmh_args[*]} -prof gc (AverageTime, µs/op ± 99.9% error; B/op = gc.alloc.rate.norm)"
  echo
  java -cp "$jar" dev.unisdk.benchmarks.ResultsTable "$out/jmh.json"
  echo
  echo "64 concurrent callers, one client (ConnectionReuseCheck; REUSED = at most 2 connections opened per caller):"
  echo '```'
  cat "$out/reuse.txt"
  echo '```'
  echo
  echo "Calling thread only (ClientCostProbe: exact allocation counter, thread CPU time; no server thread, robust to load):"
  echo '```'
  grep -E '^(list page|get|create) ' "$out/clientcost.txt"
  echo '```'
  echo
  echo "Streaming ($stream_total contacts, -Xmx64m): $(tail -1 "$out/streaming.txt")"
  echo "Cold start, JVM start to first decoded contact of a first list() (median of $cold_runs): baseline $(median baseline) ms, sdk $(median sdk) ms"
} | tee "$out/summary.md"

exit "$stream_status"
