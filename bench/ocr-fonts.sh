#!/usr/bin/env bash
# The Debian font packages the OCR samples are drawn with (bench/CarPass.Ocr.Samples/FontFamilies.cs):
# sourced by tests/run.sh and bench/ocr.sh. One file of each package tells whether it is installed.
ocr_font_packages="fonts-dejavu-core fonts-liberation fonts-croscore fonts-go fonts-paratype fonts-noto-mono fonts-urw-base35 fonts-freefont-ttf fonts-ocr-b fonts-b612 fonts-open-sans"
ocr_fonts_ready() {
  local file
  for file in \
    /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
    /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf \
    /usr/share/fonts/truetype/croscore/Arimo-Regular.ttf \
    /usr/share/fonts/fonts-go/Go-Regular.ttf \
    /usr/share/fonts/truetype/paratype/PTS55F.ttf \
    /usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf \
    /usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf \
    /usr/share/fonts/truetype/freefont/FreeSans.ttf \
    /usr/share/fonts/opentype/ocr-b/OCRB.otf \
    /usr/share/fonts/opentype/b612/B612-Regular.otf \
    /usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf; do
    [ -f "$file" ] || return 1
  done
}
