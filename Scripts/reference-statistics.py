#!/usr/bin/env python3
"""Expected values for the benchmarking statistics, taken from PHStatsMethods and scipy.

    pip install phstatsmethods scipy
    python3 Scripts/reference-statistics.py

writes Tests/SLIKitTests/Fixtures/Benchmarking/reference-statistics.txt, which the tests in
Tests/SLIKitTests/Benchmarking/ read and must agree with to 1e-9 relative. Re-run it after changing a
method here; `git diff` then shows every figure that moved.

PHStatsMethods (the Python port of PHEindicatormethods, the code behind Fingertips) gives:
- rates with Byar's limits from 10 events and exact Poisson limits below (`ph_rate`);
- proportions with Wilson score limits (`ph_proportion`);
- funnel-plot control limits (`calculate_funnel_limits`) and each area's position against them
  (`assign_funnel_significance`).
z is the exact normal quantile throughout (1.959963984540054 and 3.090232306167813), as PHStatsMethods
takes it.

Two things PHStatsMethods does not publish, computed here independently with scipy:
- the funnel limits at an area's own denominator, for the report's tables: for a proportion the inverted
  Wilson interval (`sigma_adjustment`, the formula `calculate_funnel_limits` draws), clipped to 0-100%;
  for a rate the continuous count at which the limit `assign_funnel_significance` tests (Byar's from 10
  events, exact below) just reaches the expected count, found with brentq;
- the recent trend as Fingertips computes it (its TrendMarkerCalculator): on the most recent five points,
  for a proportion the chi-squared test for trend, for a crude rate the chi-squared test of the slope of
  a regression weighted by the inverse variance read off the 95% limits; significant beyond
  chi2(0.998; 1 df) = 9.5495, and only when removing any one point leaves the slope's sign unchanged.
"""
import math
import os
import warnings

import pandas as pd
from PHStatsMethods import ph_proportion, ph_rate
from PHStatsMethods.confidence_intervals import exact_upper
from PHStatsMethods.funnels import assign_funnel_significance, calculate_funnel_limits
from PHStatsMethods.utils_funnel import sigma_adjustment
from scipy.optimize import brentq
from scipy.special import gammaincinv, gammainccinv
from scipy.stats import chi2, norm

warnings.simplefilter("ignore")
LEVELS = (("95", 0.95), ("99.8", 0.998))
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "SLIKitTests", "Fixtures", "Benchmarking",
                   "reference-statistics.txt")
lines = []


def row(*fields):
    lines.append(" ".join(repr(float(f)) if isinstance(f, float) else str(f) for f in fields))


def key(level):
    """The column suffix PHStatsMethods gives a level: 95 or 99_8."""
    return level.replace(".", "_")


def comment(text):
    lines.append("# " + text)


comment("written by Scripts/reference-statistics.py; do not edit by hand")
comment("z level value (scipy norm.ppf)")
for name, confidence in LEVELS:
    row("z", name, float(norm.ppf(0.5 + confidence / 2)))

comment("gamma-inverse shape p P^-1(shape, p) Q^-1(shape, p) (scipy)")
for a in (0.5, 1.0, 3.7, 10.0, 150.0):
    for p in (0.001, 0.025, 0.5, 0.975):
        row("gamma-inverse", float(a), p, float(gammaincinv(a, p)), float(gammainccinv(a, p)))

comment("rate count denominator level lower upper, per 1,000 (PHStatsMethods ph_rate; count 0 from its")
comment("byars_lower and exact_upper, which ph_rate refuses)")
COUNTS = (0, 1, 2, 3, 5, 9, 10, 11, 25, 99, 100, 328, 999, 1000, 1234, 4999, 5000)
RATE_DENOMINATOR = 40000
positive = pd.DataFrame({"area": [str(x) for x in COUNTS if x > 0],
                         "num": [x for x in COUNTS if x > 0], "den": RATE_DENOMINATOR})
rates = ph_rate(positive, "num", "den", group_cols="area", confidence=[0.95, 0.998], multiplier=1000)
for x in COUNTS:
    for name, confidence in LEVELS:
        if x == 0:
            lower = 0.0  # byars_lower(0) is chi2.ppf(alpha/2, 0)/2, not a number; the limit is 0
            upper = exact_upper(0, confidence) / RATE_DENOMINATOR * 1000
        else:
            found = rates[rates["area"] == str(x)].iloc[0]
            lower, upper = found[f"lower_{key(name)}_ci"], found[f"upper_{key(name)}_ci"]
        row("rate", x, RATE_DENOMINATOR, name, float(lower), float(upper))

comment("proportion count denominator level lower% upper% (PHStatsMethods ph_proportion, clipped to 0-100%")
comment("as sli gives them: ph_proportion's upper limit for 328/328 at 99.8% is 100.00000000000003)")
cases = []
for n in (1, 50, 328, 5678):
    for x in sorted({0, 1, n // 3, n - 1, n}):
        cases.append((x, n))
frame = pd.DataFrame({"area": [f"{x}/{n}" for x, n in cases], "num": [c[0] for c in cases],
                      "den": [c[1] for c in cases]})
proportions = ph_proportion(frame, "num", "den", group_cols="area", confidence=[0.95, 0.998], multiplier=100)
for x, n in cases:
    found = proportions[proportions["area"] == f"{x}/{n}"].iloc[0]
    for name, _ in LEVELS:
        row("proportion", x, n, name, max(0.0, float(found[f"lower_{key(name)}_ci"])),
            min(100.0, float(found[f"upper_{key(name)}_ci"])))

# Funnel data sets: counts and denominators in the shape of the infant mortality and smoking figures,
# with areas close to the limits (12/977 and 8/3,830 were where the old interpolated funnel disagreed).
FUNNELS = {
    "rate": ("rate", 1000, [("A", 12, 977), ("B", 8, 3830), ("C", 61, 12500), ("D", 0, 850),
                            ("E", 33, 7200), ("F", 19, 4410), ("G", 95, 16010), ("H", 5, 2101),
                            ("I", 27, 3390), ("J", 44, 9980)]),
    "proportion": ("proportion", 100, [("A", 102, 944), ("B", 558, 4642), ("C", 1210, 12030),
                                       ("D", 0, 38), ("E", 301, 3600), ("F", 38, 38), ("G", 780, 5999),
                                       ("H", 95, 1650), ("I", 412, 3012), ("J", 250, 2480)]),
}


def rate_bound(x, confidence, side):
    """The limit of the expected count behind a (continuous) count x, as assign_funnel_significance takes it."""
    z = norm.ppf(0.5 + confidence / 2)
    tail = (1 - confidence) / 2
    if side == "low":
        if x < 10:
            return 0.0 if x == 0 else float(gammaincinv(x, tail))
        return x * (1 - 1 / (9 * x) - z / (3 * math.sqrt(x))) ** 3
    if x < 10:
        return float(gammainccinv(x + 1, tail))
    y = x + 1
    return y * (1 - 1 / (9 * y) + z / (3 * math.sqrt(y))) ** 3


def rate_limit(expected, confidence, side):
    """The count at which the area's limit on `side` reaches `expected`: Byar's branch when that count is
    10 or more, otherwise the exact branch (at most 10); 0 when no count can be significantly low."""
    def solve(low, high, grow):
        f = lambda x: rate_bound(x, confidence, side) - expected
        if f(low) >= 0:
            return low
        while f(high) < 0:
            if not grow:
                return high
            high *= 2
        return brentq(f, low, high, xtol=1e-300, rtol=1e-15, maxiter=500)
    byar = solve(10.0, max(20.0, 4 * expected + 50), True)
    if byar > 10.0 or rate_bound(10.0, confidence, side) == expected:
        return byar
    return solve(0.0, 10.0, False)


for dataset, (statistic, multiplier, areas) in FUNNELS.items():
    frame = pd.DataFrame({"area": [a[0] for a in areas], "num": [a[1] for a in areas],
                          "den": [a[2] for a in areas]})
    frame["rate"] = frame["num"] / frame["den"] * multiplier
    comment(f"funnel-area {dataset} area numerator denominator significance (assign_funnel_significance)")
    if statistic == "rate":
        significance = assign_funnel_significance(frame.copy(), "num", "rate", denom_col="den", rate="rate",
                                                  rate_type="crude", multiplier=multiplier)
        limits = calculate_funnel_limits(frame.copy(), "num", "rate", multiplier, denom_col="den",
                                         rate="rate", rate_type="crude", years_of_data=1)
    else:
        significance = assign_funnel_significance(frame.copy(), "num", "proportion", denom_col="den")
        limits = calculate_funnel_limits(frame.copy(), "num", "proportion", multiplier, denom_col="den")
    for _, found in significance.iterrows():
        row("funnel-area", dataset, found["area"], int(found["num"]), int(found["den"]),
            found["significance"].replace(" ", "_"))
    average = frame["num"].sum() / frame["den"].sum()
    comment(f"funnel-own {dataset} area lower95 upper95 lower99.8 upper99.8 (limits at the area's denominator)")
    for area, _, n in areas:
        values = []
        for p, confidence in ((0.975, 0.95), (0.999, 0.998)):
            if statistic == "proportion":
                values += [max(0.0, sigma_adjustment(p, n, average, "low", multiplier)),
                           min(100.0, sigma_adjustment(p, n, average, "high", multiplier))]
            else:
                values += [rate_limit(average * n, confidence, "high") / n * multiplier,
                           rate_limit(average * n, confidence, "low") / n * multiplier]
        row("funnel-own", dataset, area, *[float(v) for v in values])
    if statistic == "rate":
        comment("funnel-line rate events lower95-denominator lower95 upper95-denominator upper95 "
                "lower99.8-denominator lower99.8 upper99.8-denominator upper99.8 (calculate_funnel_limits)")
        for _, found in limits.iterrows():
            row("funnel-line", dataset, int(found["Events"]),
                *[float(found[f"{side}_{s}_{part}"]) for s in ("2s", "3s") for side in ("lower", "upper")
                  for part in ("population_1_year", "limit")])
    else:
        comment("funnel-line proportion population lower95 upper95 lower99.8 upper99.8 (calculate_funnel_limits)")
        for _, found in limits.iterrows():
            row("funnel-line", dataset, int(found["Population"]),
                *[float(found[f"{side}_{s}_limit"]) for s in ("2s", "3s") for side in ("lower", "upper")])

TREND_CRITICAL = float(chi2.ppf(0.998, 1))
row("trend-critical", TREND_CRITICAL)


def proportion_trend(counts, denominators):
    """Fingertips' chi-squared test for trend in proportions over t = 1...5, and its logit outlier check."""
    t = range(1, len(counts) + 1)
    N = sum(denominators)
    X = sum(counts)
    sxt = sum(x * i for x, i in zip(counts, t))
    snt = sum(n * i for n, i in zip(denominators, t))
    sntt = sum(n * i * i for n, i in zip(denominators, t))
    statistic = N * (N * sxt - X * snt) ** 2 / (X * (N - X) * (N * sntt - snt ** 2))
    logits = [math.log(x / (n - x)) for x, n in zip(counts, denominators)]

    def slope(points):
        k = len(points)
        st = sum(i for i, _ in points)
        return (k * sum(i * y for i, y in points) - sum(y for _, y in points) * st) / (k * sum(i * i for i, _ in points) - st ** 2)
    return statistic, [slope([(i, y) for i, y in zip(t, logits) if i != drop]) for drop in range(0, 6)]


def rate_trend(values, lowers, uppers):
    """Fingertips' chi-squared test of a slope weighted by inverse variance from the 95% limits."""
    z = float(norm.ppf(0.975))
    weights = [1 / ((u - l) / (2 * z)) ** 2 for l, u in zip(lowers, uppers)]

    def fit(drop):
        points = [(i, v, w) for i, v, w in zip(range(1, 6), values, weights) if i != drop]
        s1 = sum(w for _, _, w in points)
        s2 = sum(w * v * i for i, v, w in points)
        s3 = sum(w * i for i, _, w in points)
        s4 = sum(w * v for _, v, w in points)
        s5 = sum(w * i * i for i, _, w in points)
        return (s1 * s2 - s3 * s4) / (s1 * s5 - s3 ** 2), math.sqrt(s1 / (s1 * s5 - s3 ** 2))
    slope, error = fit(0)
    return (slope / error) ** 2, [fit(drop)[0] for drop in range(0, 6)]


def marker(statistic, slopes):
    signs = {s >= 0 for s in slopes}
    if statistic > TREND_CRITICAL and len(signs) == 1:
        return "increasing" if slopes[0] >= 0 else "decreasing"
    return "no_significant_change"


comment("trend kind x1 n1 ... x5 n5 chi-squared marker (Fingertips' recent trend, most recent five points)")
TRENDS = [
    ("proportion", [(1367, 44701), (1332, 44064), (1199, 42811), (1023, 41527), (994, 40299)]),
    ("proportion", [(410, 3100), (431, 3120), (425, 3080), (452, 3150), (470, 3090)]),
    ("proportion", [(120, 1000), (160, 1000), (90, 1000), (150, 1000), (130, 1000)]),
    ("proportion", [(300, 2000), (330, 2000), (360, 2000), (390, 2000), (420, 2000)]),
    ("rate", [(40, 9000), (38, 9100), (33, 9050), (30, 9200), (24, 9150)]),
    ("rate", [(12, 3000), (15, 3050), (9, 2990), (14, 3010), (11, 3100)]),
    ("rate", [(300, 60000), (330, 60500), (380, 61000), (420, 61500), (470, 62000)]),
    ("rate", [(5, 2000), (3, 2000), (8, 2000), (12, 2000), (30, 2000)]),
]
for kind, points in TRENDS:
    counts = [p[0] for p in points]
    denominators = [p[1] for p in points]
    if kind == "proportion":
        statistic, slopes = proportion_trend(counts, denominators)
    else:
        frame = pd.DataFrame({"area": [str(i) for i in range(5)], "num": counts, "den": denominators})
        found = ph_rate(frame, "num", "den", group_cols="area", confidence=0.95, multiplier=1000)
        statistic, slopes = rate_trend(list(found["Value"]), list(found["lower_95_ci"]), list(found["upper_95_ci"]))
    row("trend", kind, *[v for p in points for v in p], float(statistic), marker(statistic, slopes))

with open(OUT, "w") as handle:
    handle.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} lines to {os.path.normpath(OUT)}")
