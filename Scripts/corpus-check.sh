#!/usr/bin/env bash
# Runs `sli inspect` over the shared corpus of real-world spreadsheet files, when it is present.
#
# Usage: Scripts/corpus-check.sh [CORPUS_DIR] [SLI_BINARY]
#   CORPUS_DIR defaults to ../shared/corpus (relative to the repository root); SLI_BINARY to the debug
#   build (built first when missing). Every file is read twice (summary and jsonl). Prints one line per
#   file: ok, or rejected with sli's message. Fails when sli crashes (killed by a signal), takes longer
#   than 30 seconds on a file, or rejects a file outside hostile/; files in hostile/ may be rejected,
#   but must be rejected cleanly (exit status 1 and a message).
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

echo "corpus-check: $ok ok, $rejected hostile files rejected, $failures failures"
[ $failures -eq 0 ]
