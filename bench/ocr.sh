#!/usr/bin/env bash
# OCR benchmark: accuracy and warm per-image latency of CarPass against the tesseract command-line
# tool on the same generated images. The test command runs it only at a tiny size, through bench/run.sh --smoke.
#   bash bench/ocr.sh                 # every row: tuning fonts, unseen fonts, certificates, scenes
#   bash bench/ocr.sh --rows unseen --no-cli
#   bash bench/ocr.sh --validation    # the development set (tuning fonts only), misses listed
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/ocr-fonts.sh
has_library() { compgen -G "/usr/lib/*/$1" >/dev/null || compgen -G "/usr/lib/$1" >/dev/null; }
if ! command -v tesseract >/dev/null 2>&1 || ! has_library libtesseract.so.5 \
  || ! ocr_fonts_ready; then
  install="apt-get update && apt-get install -y tesseract-ocr libtesseract5 tesseract-ocr-eng tesseract-ocr-rus $ocr_font_packages"
  if [ "$(id -u)" -eq 0 ]; then
    sh -c "$install"
  else
    echo "Install the benchmark's tools as root: $install" >&2
    exit 1
  fi
fi

dotnet run --project bench/CarPass.Ocr.Bench -c Release -- "$@"
