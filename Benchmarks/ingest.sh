#!/usr/bin/env bash
# Times `sli ingest` of a folder of 500 returned workbooks (release build) into a fresh store.
#
# The returns are real filled workbooks (Benchmarks/write-returns.sh), each a new version.
# Usage: Benchmarks/ingest.sh [COUNT]   (default 500)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-500}"
work="$(mktemp -d "${TMPDIR:-/tmp}/sli-ingest-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "building sli (release)..."
swift build -c release --product sli >/dev/null
sli="$(swift build -c release --show-bin-path)/sli"

echo "writing $count filled returns..."
bash Benchmarks/write-returns.sh "$count" "$work/returns"

export SLI_STORE="$work/sli.sqlite"
"$sli" cycle create --name bench --region north-west --framework nw-infant-mortality-2016 >/dev/null
bytes=$(du -sk "$work/returns" | cut -f1)
echo "ingesting $count files ($bytes KiB) with $sli"
TIMEFORMAT="wall: %R s; cpu: %U s user, %S s system"
time "$sli" ingest --cycle bench "$work/returns" | tail -1
echo "store: $(du -k "$SLI_STORE" | cut -f1) KiB; integrity: $(python3 -c "import sqlite3,sys; \
print(sqlite3.connect(sys.argv[1]).execute('pragma integrity_check').fetchone()[0])" "$SLI_STORE")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other builds slow the wall time)"
