#!/bin/sh
# Fuzzes sli's readers and submission decoder with libFuzzer, from the repository's folder:
#
#   Fuzz/run.sh TARGET [SECONDS] [JOBS]
#
# TARGET is bytes, csv, xlsx-sheet, ods-content or decode (see Fuzz/Sources/sli-fuzz/FuzzTarget.swift).
# The harness is built with -sanitize=fuzzer,address into .build-fuzz (never the normal .build). Seeds
# come from the test fixtures, the returns `sli demo` writes (with $SLI, default the debug build) and,
# when present, ../shared/corpus; the growing corpus is kept in .build-fuzz/corpus/TARGET and every
# crashing input in .build-fuzz/findings/TARGET (keep each as a fixture under
# Tests/SLIKitTests/Fixtures/hostile/).
# The run is niced so that other builds keep moving. Each input may take at most 10 s and 2 GB. Leak
# detection is off: LeakSanitizer takes Swift's lazily made globals for leaks when the run ends.
set -eu
target=${1:?usage: Fuzz/run.sh bytes|csv|xlsx-sheet|ods-content|decode [SECONDS] [JOBS]}
seconds=${2:-600}
jobs=${3:-1}
root=$(pwd)
scratch="$root/.build-fuzz"

nice -n 19 swift build --package-path Fuzz --scratch-path "$scratch" -c release \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
harness="$scratch/release/sli-fuzz"

seeds="$scratch/seeds/$target"
if [ ! -d "$seeds" ]; then
    mkdir -p "$seeds"
    if [ ! -d "$scratch/demo" ]; then
        sli=${SLI:-.build/debug/sli}
        [ -x "$sli" ] || swift build --product sli >/dev/null
        "$sli" demo --out "$scratch/demo" >/dev/null
    fi
    find Tests/SLIKitTests/Fixtures "$scratch/demo" ../shared/corpus -type f 2>/dev/null > "$scratch/files"
    case $target in
    xlsx-sheet)
        grep -i '\.xlsx$' "$scratch/files" | while read -r file; do
            unzip -Z1 "$file" 2>/dev/null | grep '^xl/worksheets/.*\.xml$' | while read -r part; do
                unzip -p "$file" "$part" > "$seeds/$(basename "$file")-$(basename "$part")" 2>/dev/null || true
            done
        done ;;
    ods-content)
        grep -i '\.ods$' "$scratch/files" | while read -r file; do
            unzip -p "$file" content.xml > "$seeds/$(basename "$file").xml" 2>/dev/null || true
        done
        grep -i '\.fods$' "$scratch/files" | while read -r file; do cp "$file" "$seeds/"; done ;;
    csv)
        grep -i '\.csv$' "$scratch/files" | while read -r file; do cp "$file" "$seeds/"; done ;;
    *)
        grep -iE '\.(xml|xlsx|ods|fods|csv|zip)$' "$scratch/files" | while read -r file; do
            cp "$file" "$seeds/$(basename "$(dirname "$file")")-$(basename "$file")"
        done ;;
    esac
fi

mkdir -p "$scratch/corpus/$target" "$scratch/findings/$target"
cd "$scratch/findings/$target"
SLI_FUZZ_TARGET=$target exec nice -n 19 "$harness" "$scratch/corpus/$target" "$seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 -jobs="$jobs" \
    -workers="$jobs" -print_final_stats=1 -detect_leaks=0 -artifact_prefix="$scratch/findings/$target/"
