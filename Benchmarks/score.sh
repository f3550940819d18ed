#!/usr/bin/env bash
# Times scoring of a synthetic cycle (default 2,000 localities x 100 items) in a release build.
# The benchmark target exists only when SLI_BENCHMARKS is set, so it stays out of the normal build.
#   Benchmarks/score.sh [LOCALITIES [ITEMS]]
set -euo pipefail
cd "$(dirname "$0")/.."
SLI_BENCHMARKS=1 swift build -c release --product score-benchmark
SLI_BENCHMARKS=1 .build/release/score-benchmark "$@"
