#!/usr/bin/env bash
# Every benchmark of docs/PERFORMANCE.md in one run, each beside its baseline measured in the same run:
#   bash bench/run.sh            # the full table, 8–11 minutes on 2 cores
#   bash bench/run.sh --smoke    # tiny sizes, a couple of minutes: proves every row still runs
# Builds the host and the benchmarks in Release, runs the OCR benchmark (bench/ocr.sh), then scoring
# (BenchmarkDotNet), recompute, the Mini App API and memory (the real host process on 127.0.0.1), the
# bot pipeline, the maintenance sweep and the nudge sender. Prints the table and writes it to
# bench/results/<UTC time>.md.
# The test command (tests/run.sh) runs only --smoke; the full run is by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=()
ocr_images=200
suffix=""
if [ "${1:-}" = "--smoke" ]; then
  mode=(--smoke)
  ocr_images=20
  suffix="-smoke"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=bench/results
mkdir -p "$results"
out="$results/$(date -u +%Y%m%d-%H%M%S)$suffix.md"

echo "Building (Release)..."
dotnet build bench/CarPass.Bench -c Release --nologo -v quiet
echo "OCR benchmark ($ocr_images images)..."
bash bench/ocr.sh --count "$ocr_images" --summary "$work/ocr.json"
dotnet bench/CarPass.Bench/bin/Release/net10.0/CarPass.Bench.dll "${mode[@]}" \
  --ocr-results "$work/ocr.json" --work "$work" --out "$out"
echo "Written to $out"
