#!/usr/bin/env python3
"""Independent figures for the Wilcoxon signed-rank tests in Tests/SLIKitTests/Tracking/.

Runs scipy.stats.wilcoxon with the options sli follows (zero differences dropped, no continuity
correction, normal approximation, two-sided) on the same differences the tests use, and prints n, W
(min of the positive and negative rank sums), z and p to 4 significant figures.
Run: python3 Scripts/reference-wilcoxon.py
"""
from fractions import Fraction

from scipy.stats import wilcoxon

SETS = {
    # Per-locality mean changes of theme "a" in the follow-up test (FollowUpTests.swift).
    "theme-a": [Fraction(1), Fraction(1), Fraction(-1, 3), Fraction(1), Fraction(0), Fraction(3, 2),
                Fraction(1), Fraction(1, 3)],
    # Zeros and several groups of ties.
    "ties-and-zeros": [0.5, -1, 2, 2, 0, -0.5, 3, 1, 1, -2, 0.5, 4],
    # No ties, one negative difference.
    "no-ties": [1.5, 2.5, -0.7, 3.1, 4.2, 0.9],
}


def figures(differences):
    values = [float(d) for d in differences]
    n = sum(1 for d in values if d != 0)
    result = wilcoxon(values, zero_method="wilcox", correction=False, method="approx")
    return n, result.statistic, result.zstatistic, result.pvalue


for name, differences in SETS.items():
    n, w, z, p = figures(differences)
    print(f"{name}: n={n} W={w:.4g} z={z:.4g} p={p:.4g}")
