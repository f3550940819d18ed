#!/usr/bin/env bash
# Times the Market Place matcher on 200 localities, 5,000 requests and 1,000 offers (optimised build).
# Compiles only the files the matcher needs, so it does not touch the package's build folder.
# Usage: Benchmarks/market-match.sh [LOCALITIES REQUESTS OFFERS]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TMPDIR:-/tmp}/sli-market-match-$$"
trap 'rm -f "$out"' EXIT
swiftc -O -wmo -swift-version 6 -module-name MarketMatch -o "$out" \
    Sources/SLIKit/Assessment/MarketPlaceEntry.swift \
    Sources/SLIKit/Catalog/Locality.swift Sources/SLIKit/Catalog/Region.swift \
    Sources/SLIKit/MarketPlace/FlowCost.swift Sources/SLIKit/MarketPlace/FlowHeap.swift \
    Sources/SLIKit/MarketPlace/MinCostFlow.swift Sources/SLIKit/MarketPlace/ThemeMatching.swift \
    Sources/SLIKit/MarketPlace/MarketMatcher.swift Sources/SLIKit/MarketPlace/MatchPlan.swift \
    Sources/SLIKit/MarketPlace/MarketPlaceEntry+Order.swift \
    Benchmarks/MarketMatch/main.swift
if [ -n "${KEEP_BINARY:-}" ]; then cp "$out" "$KEEP_BINARY"; fi
"$out" "$@"
