#!/usr/bin/env bash
# Times `sli inspect FILE` against its peers on the same content, in one run, for two shapes of content:
# "light" (names, codes and 3-decimal numbers) and "rich" (a row of a returned self-assessment: a short
# string, an integer, six 4-decimal numbers, a 90-character text with an entity reference and a
# date-time). Peers: xmllint --stream (libxml2's own streaming floor) on SpreadsheetML 2003,
# python-calamine on the same cells as XLSX and ODS, openpyxl (read-only) on the XLSX. sli runs with each
# output: the summary (which decodes every cell), --format jsonl and --format csv (both to /dev/null).
# Prints wall and CPU time, peak memory and the CPU ratio of each sli output to the peer.
#
# Usage: Benchmarks/readers.sh [ROWS] [COLUMNS] [SHAPES]
#   (default 100000 x 10 = 1,000,000 cells, SHAPES "light rich"; the rich shape always has 10 columns)
# Each command runs RUNS times (default 3); the best time is kept.
# Needs: a release build (made here), xmllint (apt-get install libxml2-utils), /usr/bin/time, python3 with
# python-calamine and openpyxl (pip install python-calamine openpyxl).
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-100000}"
columns="${2:-10}"
shapes="${3:-light rich}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product sli >/dev/null
sli="$(swift build -c release --show-bin-path)/sli"

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

# measure NAME COMMAND...: runs the command $runs times (standard output to $output) and prints the best
# wall time, the best CPU time (user + system) and the largest peak memory, remembering the best wall and
# CPU seconds in $seconds and $cpu. On a busy machine compare the CPU ratios.
runs="${RUNS:-3}"
output="$work/out"
measure() {
    local name="$1"
    shift
    seconds=""
    cpu=""
    local peak=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -v "$@" >"$output" 2>"$work/time" || { echo "$name failed:"; cat "$work/time"; exit 1; }
        local wall run_seconds run_cpu run_peak
        wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")"
        run_seconds="$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')"
        run_cpu="$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/time")"
        run_peak="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")"
        if [ -z "$seconds" ] || [ "$(echo "$run_seconds < $seconds" | bc -l)" = 1 ]; then seconds="$run_seconds"; fi
        if [ -z "$cpu" ] || [ "$(echo "$run_cpu < $cpu" | bc -l)" = 1 ]; then cpu="$run_cpu"; fi
        if [ "$run_peak" -gt "$peak" ]; then peak="$run_peak"; fi
    done
    local note=""
    [ "$output" = /dev/null ] || note="($(head -c 60 "$output" | tr '\n' ' '))"
    printf '  %-34s wall %7.2f s  cpu %7.2f s  peak %7.1f MB  %s\n' "$name" "$seconds" "$cpu" \
        "$(echo "$peak / 1024" | bc -l)" "$note"
}
# sli_outputs FILE: measures sli's three outputs on FILE, remembering their times in sli_wall_* / sli_cpu_*.
sli_outputs() {
    output="$work/out"
    measure "sli inspect $(basename "$1")" "$sli" inspect "$1"
    sli_wall_summary="$seconds" sli_cpu_summary="$cpu"
    output=/dev/null
    measure "sli inspect --format jsonl" "$sli" inspect --format jsonl "$1"
    sli_wall_jsonl="$seconds" sli_cpu_jsonl="$cpu"
    measure "sli inspect --format csv" "$sli" inspect --format csv "$1"
    sli_wall_csv="$seconds" sli_cpu_csv="$cpu"
    output="$work/out"
}
# ratios PEER TARGET: compares each sli output with the last measure (the peer). TARGET is the aim for the
# summary's CPU ratio (the read itself); jsonl and csv add the printing, which has no aim but memory.
ratios() {
    local kind target
    for kind in summary jsonl csv; do
        local wall_var="sli_wall_$kind" cpu_var="sli_cpu_$kind"
        target="-"
        [ "$kind" = summary ] && target="$2"
        printf '  ratio sli %-7s / %-16s wall %6.2f   cpu %6.2f   (cpu target %s)\n' "$kind" "$1" \
            "$(echo "${!wall_var} / $seconds" | bc -l)" "$(echo "${!cpu_var} / $cpu" | bc -l)" "$target"
    done
}

for shape in $shapes; do
    rm -f "$work"/bench.*
    python3 Benchmarks/generate-workbook.py "$work" "$rows" "$columns" "$shape"
    shape_columns="$columns"
    [ "$shape" = rich ] && shape_columns=10
    echo "content ($shape): $rows rows x $shape_columns columns = $((rows * shape_columns)) cells"
    ls -l "$work"/bench.* | awk '{printf "  %-12s %6.1f MB\n", $NF, $5 / 1048576}' | sed "s|$work/||"

    echo "SpreadsheetML 2003 ($shape)"
    sli_outputs "$work/bench.xml"
    measure "xmllint --stream --noout" xmllint --stream --noout "$work/bench.xml"
    ratios "xmllint" "<= 1.2"

    echo "XLSX ($shape)"
    sli_outputs "$work/bench.xlsx"
    measure "python-calamine" python3 "$work/calamine.py" "$work/bench.xlsx"
    ratios "calamine" "<= 0.5"
    measure "openpyxl read-only" python3 "$work/openpyxl_read.py" "$work/bench.xlsx"
    ratios "openpyxl" "-"

    echo "ODS ($shape)"
    sli_outputs "$work/bench.ods"
    measure "python-calamine" python3 "$work/calamine.py" "$work/bench.ods"
    ratios "calamine" "<= 0.7"
    echo "  (openpyxl does not read ODS)"
done
