#!/usr/bin/env bash
# Times sli on the hostile files of issue 12 (Benchmarks/hostile-files.py) and on a 300 MB padded return,
# read by inspect and validate and imported whole by the four table imports: each command's exit status, wall time, CPU time (user + system: fairer on a busy machine) and peak
# memory. Every one should be refused or read within about 1 s and 200 MB, and none should end by a
# signal (status 128 or more).
#
# Usage: Benchmarks/hostile.sh [NAME...]   (only the files whose names begin with a NAME, when given;
#        needs /usr/bin/time; times a release build, made here, or $SLI)
set -uo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
stores="$(mktemp -d)"
trap 'rm -rf "$work" "$stores"' EXIT

sli="${SLI:-}"
if [ -z "$sli" ]; then
    swift build -c release --product sli >/dev/null || exit 1
    sli="$(swift build -c release --show-bin-path)/sli"
fi
python3 Benchmarks/hostile-files.py "$work"
export SLI_STORE="$stores/sli.sqlite" SLI_HOME="$PWD"
"$sli" cycle create --name hostile --region north-west --framework nw-infant-mortality-2016 >/dev/null || exit 1
python3 - "$work" <<'PY'
import sys
with open(sys.argv[1] + "/padded-return.xml", "w") as file:
    file.write('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')
    file.write(" " * (300 << 20))
    file.write("</Workbook>")
PY

printf '%-32s %-48s %6s %8s %8s %9s\n' FILE COMMAND STATUS SECONDS "CPU S" "PEAK MB"
for file in "$work"/*; do
    if [ "$#" -gt 0 ]; then
        wanted=""
        for name in "$@"; do [[ "$(basename "$file")" == "$name"* ]] && wanted=1; done
        [ -n "$wanted" ] || continue
    fi
    for command in "inspect" "inspect --format jsonl" "inspect --format csv" "validate" \
        "indicators import --cycle hostile" "market import --cycle hostile" \
        "recommendations import --cycle hostile" "actions import --cycle hostile --locality bolton"; do
        # shellcheck disable=SC2086
        /usr/bin/time -f '%e %U %S %M' -o "$work/time" timeout 300 "$sli" $command "$file" >/dev/null 2>"$work/err"
        status=$?
        read -r seconds user system kilobytes < <(tail -n 1 "$work/time")
        printf '%-32s %-48s %6s %8s %8.2f %9s\n' "$(basename "$file")" "$command" "$status" "$seconds" \
            "$(echo "$user + $system" | bc -l)" "$((kilobytes / 1024))"
    done
done
