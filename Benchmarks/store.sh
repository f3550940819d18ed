#!/usr/bin/env bash
# Times `sli ingest` of 500 returned workbooks (release build) into a fresh SQLite store file and into a
# fresh PostgreSQL store on a throwaway local cluster, and prints PostgreSQL's wall and CPU time as
# ratios of SQLite's. The PostgreSQL CPU counts the server's work too (its processes' time, read from
# the postmaster's own and its reaped children's CPU counters).
# Usage: Benchmarks/store.sh [COUNT]   (default 500; SLI_BENCH_BUILD=debug times the debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-500}"
build="${SLI_BENCH_BUILD:-release}"
work="$(mktemp -d "${TMPDIR:-/tmp}/sli-store-bench.XXXXXX")"
source Scripts/postgres-cluster.sh
trap 'stop_postgres_cluster; rm -rf "$work"' EXIT

echo "building sli ($build)..."
swift build -c "$build" --product sli >/dev/null
sli="$(swift build -c "$build" --show-bin-path)/sli"
echo "writing $count filled returns..."
bash Benchmarks/write-returns.sh "$count" "$work/returns"
start_postgres_cluster

# The CPU seconds the PostgreSQL server has used: the postmaster's and its ended children's.
server_cpu() {
    local pid
    pid=$(head -n 1 "$POSTGRES_CLUSTER_DIR/data/postmaster.pid")
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15 + $16 + $17) / hz }' "/proc/$pid/stat"
}

# Ingests the returns into the store the options name; prints "WALL CPU" (seconds, CPU of sli itself).
ingest() {
    "$sli" cycle create --name bench --region north-west --framework nw-infant-mortality-2016 "$@" >/dev/null
    local started ended
    started=$(date +%s.%N)
    /usr/bin/env time -f "%U %S" -o "$work/cpu" "$sli" ingest --cycle bench "$work/returns" "$@" | tail -n 1 >&2
    ended=$(date +%s.%N)
    echo "$(echo "$ended - $started" | bc) $(awk '{ print $1 + $2 }' "$work/cpu")"
}

echo "ingesting $count files ($(du -sk "$work/returns" | cut -f1) KiB)"
read -r sqlite_wall sqlite_cpu < <(ingest --store "$work/sli.sqlite")
server_before=$(server_cpu)
read -r pg_wall pg_cpu < <(ingest --database "$SLI_TEST_DATABASE")
sleep 1
server=$(echo "$(server_cpu) - $server_before" | bc)
printf "sqlite:     wall %6.2f s, cpu %6.2f s\n" "$sqlite_wall" "$sqlite_cpu"
printf "postgresql: wall %6.2f s, cpu %6.2f s (sli) + %.2f s (server)\n" "$pg_wall" "$pg_cpu" "$server"
printf "ratio postgresql/sqlite: wall %.2f, cpu %.2f (sli only), %.2f (sli + server)\n" \
    "$(echo "$pg_wall / $sqlite_wall" | bc -l)" "$(echo "$pg_cpu / $sqlite_cpu" | bc -l)" \
    "$(echo "($pg_cpu + $server) / $sqlite_cpu" | bc -l)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other builds slow the wall time)"
