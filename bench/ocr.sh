#!/usr/bin/env bash
# OCR benchmark: accuracy and warm per-image latency of CarPass against the tesseract command-line
# tool on the same generated images. The test command runs it only at a tiny size, through bench/run.sh --smoke.
#   bash bench/ocr.sh                 # 240 images, seed 7
#   bash bench/ocr.sh --count 400 --seed 3 --keep /tmp/ocr-images
set -euo pipefail
cd "$(dirname "$0")/.."

has_library() { compgen -G "/usr/lib/*/$1" >/dev/null || compgen -G "/usr/lib/$1" >/dev/null; }
if ! command -v tesseract >/dev/null 2>&1 || ! has_library libtesseract.so.5 \
  || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  install="apt-get update && apt-get install -y tesseract-ocr libtesseract5 tesseract-ocr-eng tesseract-ocr-rus fonts-dejavu-core"
  if [ "$(id -u)" -eq 0 ]; then
    sh -c "$install"
  else
    echo "Install the benchmark's tools as root: $install" >&2
    exit 1
  fi
fi

dotnet run --project bench/CarPass.Ocr.Bench -c Release -- "$@"
