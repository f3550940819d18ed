#!/usr/bin/env bash
# Runs `sli inspect` over the shared corpus of real-world spreadsheet files, when it is present.
#
# Usage: Scripts/corpus-check.sh [CORPUS_DIR] [SLI_BINARY]
#   CORPUS_DIR defaults to ../shared/corpus (relative to the repository root); SLI_BINARY to the debug
#   build (built first when missing). Every file is read twice (summary and jsonl). Prints one line per
#   file: ok, or rejected with sli's message. Fails when sli crashes (killed by a signal), takes longer
#   than 30 seconds on a file, or rejects a file outside hostile/; files in hostile/ may be rejected,
#   but must be rejected cleanly (exit status 1 and a message). Then checks the cells that once read
#   wrongly (listed at the end), on the corpus files where they were seen.
set -uo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/corpus}"
sli="${2:-.build/debug/sli}"
if [ ! -d "$corpus" ]; then
    echo "corpus-check: no corpus at $corpus; nothing to check"
    exit 0
fi
if [ ! -x "$sli" ]; then
    swift build --product sli >/dev/null || exit 1
fi

ok=0
rejected=0
failures=0
while IFS= read -r -d '' file; do
    name="${file#"$corpus"/}"
    hostile=0
    case "$name" in hostile/*) hostile=1 ;; esac
    verdict=""
    for format in text jsonl; do
        message="$(timeout 30 "$sli" inspect --format "$format" "$file" 2>&1 >/dev/null)"
        status=$?
        if [ $status -eq 124 ]; then
            verdict="FAIL timeout ($format)"
            break
        elif [ $status -gt 1 ]; then
            verdict="FAIL crashed with status $status ($format): $message"
            break
        elif [ $status -eq 1 ]; then
            if [ -z "$message" ]; then
                verdict="FAIL rejected without a message ($format)"
            elif [ $hostile -eq 1 ]; then
                verdict="rejected: $message"
            else
                verdict="FAIL rejected a real-world file ($format): $message"
            fi
            break
        fi
    done
    [ -z "$verdict" ] && verdict="ok"
    case "$verdict" in
        ok) ok=$((ok + 1)) ;;
        rejected*) rejected=$((rejected + 1)) ;;
        *) failures=$((failures + 1)) ;;
    esac
    printf '%-70s %s\n' "$name" "$verdict"
done < <(find "$corpus" -type f ! -name '*.md' -print0 | sort -z)

# Cells and summaries that once read wrongly, each checked on the corpus file where it was seen.
# expect FILE FORMAT LINE: `sli inspect --format FORMAT FILE` prints LINE exactly.
# expect_no_cell FILE SHEET REF: the jsonl output has no cell at SHEET!REF.
checked=0
expect() {
    [ -f "$corpus/$1" ] || return 0
    checked=$((checked + 1))
    if ! "$sli" inspect --format "$2" "$corpus/$1" 2>/dev/null | grep -Fxq -- "$3"; then
        printf '%-70s %s\n' "$1" "FAIL expected: $3"
        failures=$((failures + 1))
    fi
}
expect_no_cell() {
    [ -f "$corpus/$1" ] || return 0
    checked=$((checked + 1))
    if "$sli" inspect --format jsonl "$corpus/$1" 2>/dev/null | grep -Fq -- "{\"sheet\": \"$2\", \"ref\": \"$3\","; then
        printf '%-70s %s\n' "$1" "FAIL expected no cell at $2!$3"
        failures=$((failures + 1))
    fi
}
expect xlsx/sheetjs-1904-1904.xlsx jsonl '{"sheet": "Sheet1", "ref": "B1", "type": "date", "value": "1904-01-02"}'
expect xlsx/sheetjs-LONumbers.xlsx jsonl '{"sheet": "Sheet1", "ref": "B35", "type": "number", "value": 1}'
expect xlsx/calamine-whitespace_trim.xlsx jsonl \
    '{"sheet": "inlineStr", "ref": "A1", "type": "string", "value": "trimmed value"}'
expect xlsx/calamine-whitespace_trim.xlsx jsonl \
    '{"sheet": "SharedStrings", "ref": "B1", "type": "string", "value": "  preserved value  "}'
expect xlsx/poi-56278.xlsx jsonl '{"sheet": "Market Rates", "ref": "A1", "type": "string", "value": "Market Rates"}'
expect_no_cell xlsx/calamine-encoded_entities.xlsx Sheet1 A2
expect spreadsheetml/orcus-formula-cells-2.xml text \
    'sheet 1 "Лист1": A1:F15, 25 cells, 5 merged ranges, 6 formulas without a saved result'
expect spreadsheetml/sheetjs-2011-roo_time-test.xlsx.xml jsonl \
    '{"sheet": "Tabelle1", "ref": "B1", "type": "date", "value": "1899-12-30T12:13:14"}'

echo "corpus-check: $ok ok, $rejected hostile files rejected, $checked cells checked, $failures failures"
[ $failures -eq 0 ]
