#!/usr/bin/env bash
# Renders each page type of a report folder to PNG with headless Chromium, for a person to look at.
#
#   Scripts/render-report-pages.sh [REPORT_DIR] [OUT_DIR]
#
# Without REPORT_DIR, writes the synthetic sample report of the tests into OUT_DIR/report first
# (swift test with SLI_REPORT_SAMPLE_DIR). Renders the index, the overview and one locality summary at
# A4 width (794 CSS pixels) as screenshots, and prints the overview and a summary to A4 PDF, turned into
# PNG pages when pdftoppm is installed. Needs chromium (Debian: apt-get install -y chromium).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${2:-$root/.build/report-pages}"
report="${1:-}"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "render-report-pages: chromium not found; install it with: apt-get install -y chromium" >&2
    exit 1
fi

if [ -z "$report" ]; then
    report="$out/report"
    rm -rf "$report"
    (cd "$root" && SLI_REPORT_SAMPLE_DIR="$report" swift test --filter "ReportWriterTests" >"$out/swift-test.log" 2>&1) || {
        echo "render-report-pages: writing the sample report failed; see $out/swift-test.log" >&2
        exit 1
    }
fi
report="$(cd "$report" && pwd)"
locality="$(ls "$report/localities" | grep '\.html$' | head -n 1)"
[ -n "$locality" ] || { echo "render-report-pages: $report has no locality summaries" >&2; exit 1; }

chrome() {
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --force-device-scale-factor=1 "$@" >/dev/null 2>&1
}

shoot() { # page height png
    chrome --window-size="794,$2" --screenshot="$out/$3" "file://$report/$1"
    echo "$out/$3"
}

shoot index.html 1400 index.png
shoot overview.html 14000 overview.png
shoot "localities/$locality" 5000 locality.png

for page in overview.html "localities/$locality"; do
    name="$(basename "$page" .html)"
    chrome --print-to-pdf="$out/$name.pdf" --no-pdf-header-footer "file://$report/$page"
    echo "$out/$name.pdf"
    if command -v pdftoppm >/dev/null; then
        rm -f "$out/$name-print"*.png
        pdftoppm -r 60 -png "$out/$name.pdf" "$out/$name-print"
        ls "$out/$name-print"*.png
    fi
done
