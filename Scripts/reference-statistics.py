#!/usr/bin/env python3
"""Reference values for the benchmarking statistics, computed independently with scipy.

Run once with `python3 Scripts/reference-statistics.py`; the printed table is recorded as the
expected values in Tests/SLIKitTests/Benchmarking/. Re-run it to check them.

Methods (as in PHEindicatormethods and the Fingertips engine):
- exact Poisson limits on a count x: chi2.ppf(alpha/2, 2x)/2 and chi2.ppf(1 - alpha/2, 2x + 2)/2;
- Byar's limits: x(1 - 1/(9x) - z/(3 sqrt x))^3 and (x+1)(1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3;
- Wilson score: (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2));
- funnel limits: p0 -/+ z sqrt(p0(1 - p0)/n) for proportions; for rates the continuous count O with
  gammainc(O, E) = alpha/2 (upper) and gammaincc(O + 1, E) = alpha/2 (lower), E the expected count.
z = 1.96 (95%) and 3.0902 (99.8%); alpha = 0.05 and 0.002.
"""
from math import sqrt

from scipy.optimize import brentq
from scipy.special import gammainc, gammaincc, gammaincinv, gammainccinv
from scipy.stats import chi2

LEVELS = {"95": (1.96, 0.05), "99.8": (3.0902, 0.002)}


def row(*fields):
    print(" ".join(f"{f:.12g}" if isinstance(f, float) else str(f) for f in fields))


print("# gamma-inverse a p inverseLower inverseUpper")
for a in (0.5, 1.0, 3.7, 10.0, 150.0):
    for p in (0.001, 0.025, 0.5, 0.975):
        row("gamma-inverse", float(a), p, float(gammaincinv(a, p)), float(gammainccinv(a, p)))

print("# exact count level lower upper")
for x in (0, 1, 2, 5, 9):
    for name, (z, alpha) in LEVELS.items():
        lower = chi2.ppf(alpha / 2, 2 * x) / 2 if x > 0 else 0.0
        upper = chi2.ppf(1 - alpha / 2, 2 * x + 2) / 2
        row("exact", x, name, float(lower), float(upper))

print("# byar count level lower upper")
for x in (10, 25, 328, 1234):
    for name, (z, alpha) in LEVELS.items():
        lower = x * (1 - 1 / (9 * x) - z / (3 * sqrt(x))) ** 3
        upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * sqrt(x + 1))) ** 3
        row("byar", x, name, lower, upper)

print("# wilson count denominator level lower% upper%")
for x, n in ((0, 50), (5, 50), (89, 328), (1234, 5678), (50, 50)):
    for name, (z, alpha) in LEVELS.items():
        spread = z * sqrt(z * z + 4 * x * (1 - x / n))
        lower = (2 * x + z * z - spread) / (2 * (n + z * z)) * 100
        upper = (2 * x + z * z + spread) / (2 * (n + z * z)) * 100
        row("wilson", x, n, name, lower, upper)

print("# funnel-proportion pooled n level lower upper (as proportions)")
for p0, n in ((0.12, 100.0), (0.12, 1000.0), (0.5, 20.0)):
    for name, (z, alpha) in LEVELS.items():
        spread = z * sqrt(p0 * (1 - p0) / n)
        row("funnel-proportion", p0, n, name, max(0.0, p0 - spread), min(1.0, p0 + spread))

print("# funnel-poisson expected level lowerCount upperCount")
for expected in (0.5, 4.2, 55.0, 900.0):
    for name, (z, alpha) in LEVELS.items():
        tail = alpha / 2
        upper = brentq(lambda o: gammainc(o, expected) - tail, 1e-12, expected * 4 + 50, xtol=1e-14, rtol=1e-15)
        if gammaincc(1, expected) >= tail:
            lower = 0.0
        else:
            lower = brentq(lambda a: gammaincc(a, expected) - tail, 1.0, expected * 4 + 50,
                           xtol=1e-14, rtol=1e-15) - 1
        row("funnel-poisson", expected, name, float(lower), float(upper))
