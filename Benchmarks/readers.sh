#!/usr/bin/env bash
# Times `sli inspect FILE` (the summary, which decodes every cell) against its peers on the same content,
# in one run: xmllint --stream (libxml2's own streaming floor) on SpreadsheetML 2003, python-calamine on
# the same cells as XLSX and ODS, openpyxl (read-only) on the XLSX. Prints wall time, peak memory and ratios.
#
# Usage: Benchmarks/readers.sh [ROWS] [COLUMNS]     (default 100000 x 10 = 1,000,000 cells, ~58 MB XML)
# Each command runs RUNS times (default 3); the best time is kept.
# Needs: a release build (made here), xmllint, /usr/bin/time, python3 with python-calamine and openpyxl
# (pip install python-calamine openpyxl).
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-100000}"
columns="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product sli >/dev/null
sli="$(swift build -c release --show-bin-path)/sli"
python3 Benchmarks/generate-workbook.py "$work" "$rows" "$columns"

cat >"$work/calamine.py" <<'PY'
import sys
from python_calamine import CalamineWorkbook
book = CalamineWorkbook.from_path(sys.argv[1])
cells = 0
for name in book.sheet_names:
    for row in book.get_sheet_by_name(name).to_python():
        cells += sum(1 for value in row if value != "")
print(cells)
PY
cat >"$work/openpyxl_read.py" <<'PY'
import sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
cells = 0
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        cells += sum(1 for value in row if value is not None)
print(cells)
PY

# measure NAME COMMAND...: runs the command $runs times and prints the best wall time, the best CPU time
# (user + system) and the largest peak memory, remembering the best wall and CPU seconds in $seconds and
# $cpu. On a busy machine compare the CPU ratios.
runs="${RUNS:-3}"
measure() {
    local name="$1"
    shift
    seconds=""
    cpu=""
    local peak=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -v "$@" >"$work/out" 2>"$work/time" || { echo "$name failed:"; cat "$work/time"; exit 1; }
        local wall run_seconds run_cpu run_peak
        wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")"
        run_seconds="$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')"
        run_cpu="$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/time")"
        run_peak="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")"
        if [ -z "$seconds" ] || [ "$(echo "$run_seconds < $seconds" | bc -l)" = 1 ]; then seconds="$run_seconds"; fi
        if [ -z "$cpu" ] || [ "$(echo "$run_cpu < $cpu" | bc -l)" = 1 ]; then cpu="$run_cpu"; fi
        if [ "$run_peak" -gt "$peak" ]; then peak="$run_peak"; fi
    done
    printf '  %-30s wall %7.2f s  cpu %7.2f s  peak %7.1f MB  (%s)\n' "$name" "$seconds" "$cpu" \
        "$(echo "$peak / 1024" | bc -l)" "$(head -c 60 "$work/out" | tr '\n' ' ')"
}
# ratio NAME SLI_WALL SLI_CPU: compares with the last measure.
ratio() {
    printf '  ratio %-28s wall %6.2f   cpu %6.2f\n' "$1" "$(echo "$2 / $seconds" | bc -l)" "$(echo "$3 / $cpu" | bc -l)"
}

echo "content: $rows rows x $columns columns = $((rows * columns)) cells"
ls -l "$work"/bench.* | awk '{printf "  %-12s %6.1f MB\n", $NF, $5 / 1048576}' | sed "s|$work/||"

echo "SpreadsheetML 2003"
measure "sli inspect bench.xml" "$sli" inspect "$work/bench.xml"
sli_xml="$seconds" sli_xml_cpu="$cpu"
measure "xmllint --stream --noout" xmllint --stream --noout "$work/bench.xml"
ratio "sli / xmllint (target <= 1.5)" "$sli_xml" "$sli_xml_cpu"

echo "XLSX"
measure "sli inspect bench.xlsx" "$sli" inspect "$work/bench.xlsx"
sli_xlsx="$seconds" sli_xlsx_cpu="$cpu"
measure "python-calamine" python3 "$work/calamine.py" "$work/bench.xlsx"
ratio "sli / calamine (target < 1)" "$sli_xlsx" "$sli_xlsx_cpu"
measure "openpyxl read-only" python3 "$work/openpyxl_read.py" "$work/bench.xlsx"
ratio "sli / openpyxl" "$sli_xlsx" "$sli_xlsx_cpu"

echo "ODS"
measure "sli inspect bench.ods" "$sli" inspect "$work/bench.ods"
sli_ods="$seconds" sli_ods_cpu="$cpu"
measure "python-calamine" python3 "$work/calamine.py" "$work/bench.ods"
ratio "sli / calamine (target < 1)" "$sli_ods" "$sli_ods_cpu"
echo "  (openpyxl does not read ODS)"
