#!/usr/bin/env bash
# Sets up what the tests need and runs them all: `bash tests/run.sh`.
# Prints a closing "N passed, N failed, N skipped" line and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

# The Mini App's browser tests drive Debian's Chromium (never a downloaded browser).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Chromium for the browser tests (apt-get install chromium)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at /usr/bin/chromium. Install it with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

# OCR needs Tesseract 5 with its English and Russian models; the OCR tests draw their images with the
# font families of bench/ocr-fonts.sh.
. "$(dirname "$0")/../bench/ocr-fonts.sh"
has_library() { compgen -G "/usr/lib/*/$1" >/dev/null || compgen -G "/usr/lib/$1" >/dev/null; }
ocr_ready() {
  has_library libtesseract.so.5 && has_library liblept.so.5 \
    && [ -f /usr/share/tesseract-ocr/5/tessdata/eng.traineddata ] \
    && [ -f /usr/share/tesseract-ocr/5/tessdata/rus.traineddata ] \
    && ocr_fonts_ready
}
if ! ocr_ready; then
  install="apt-get update && apt-get install -y libtesseract5 tesseract-ocr-eng tesseract-ocr-rus $ocr_font_packages"
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing the OCR libraries: $install"
    sh -c "$install"
  else
    echo "The OCR libraries are missing. Install them as root: $install" >&2
    exit 1
  fi
fi

# The scale-out tests need PostgreSQL (Debian's package) on 127.0.0.1.
bash "$(dirname "$0")/postgres.sh" && export CARPASS_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=carpass_test;Password=carpass_test;Database=postgres;Pooling=true" || {
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!!! PostgreSQL is not available: the PostgreSQL and two-instance tests are SKIPPED." >&2
  echo "!!! Install it with: sudo apt-get install -y postgresql" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
}

log=$(mktemp)
bench_log=$(mktemp)
trap 'rm -f "$log" "$bench_log"' EXIT
status=0
dotnet test CarPass.sln --nologo 2>&1 | tee "$log" || status=$?

# The benchmarks build with the solution; run every row once at a tiny size as well, so a wrong result
# fails the test command. The full run (bash bench/run.sh) stays out of it.
echo "Benchmarks, smoke run (bash bench/run.sh --smoke)..."
if bash "$(dirname "$0")/../bench/run.sh" --smoke >"$bench_log" 2>&1; then
  echo "Benchmarks smoke run: every row ran."
else
  tail -n 60 "$bench_log" >&2
  echo "Benchmarks smoke run: FAILED." >&2
  status=1
fi

# dotnet test prints one summary per test project: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, ..."
awk '
  /(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  failed  += $(i + 1)
      if ($i == "Passed:")  passed  += $(i + 1)
      if ($i == "Skipped:") skipped += $(i + 1)
    }
    projects++
  }
  END {
    if (projects == 0) { print "No test summary found."; exit 1 }
    printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped
  }' FS='[ ,]+' "$log" || status=1
exit "$status"
