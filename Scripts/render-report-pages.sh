#!/usr/bin/env bash
# Renders each page type of a report folder to PNG with headless Chromium, for a person to look at.
#
#   Scripts/render-report-pages.sh [REPORT_DIR] [OUT_DIR]
#   Scripts/render-report-pages.sh --demo [OUT_DIR]
#
# Without REPORT_DIR, writes the synthetic sample report of the tests into OUT_DIR/report first
# (swift test with SLI_REPORT_SAMPLE_DIR). With --demo, runs `sli demo --out OUT_DIR/demo` first and
# renders its report folder. A folder of reports (such as the demo's report/, one folder per cycle) is
# rendered one cycle at a time into OUT_DIR/<cycle folder>/. Renders the index, the overview and one locality summary at
# A4 width (794 CSS pixels) as screenshots, and prints the overview and a summary to A4 PDF, turned into
# PNG pages when pdftoppm is installed. Needs chromium (Debian: apt-get install -y chromium).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${2:-$root/.build/report-pages}"
report="${1:-}"
mkdir -p "$out"
if [ "$report" = "--demo" ]; then
    (cd "$root" && swift build --product sli >"$out/swift-build.log" 2>&1) || {
        echo "render-report-pages: building sli failed; see $out/swift-build.log" >&2
        exit 1
    }
    (cd "$root" && .build/debug/sli demo --out "$out/demo" >"$out/demo.log") || {
        echo "render-report-pages: sli demo failed; see $out/demo.log" >&2
        exit 1
    }
    report="$out/demo/report"
fi

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

if [ ! -f "$report/index.html" ]; then
    found=0
    for cycle in "$report"/*/; do
        [ -f "$cycle/index.html" ] || continue
        found=1
        "$0" "$cycle" "$out/$(basename "$cycle")"
    done
    [ "$found" = 1 ] || { echo "render-report-pages: $report holds no report (no index.html)" >&2; exit 1; }
    exit 0
fi

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
