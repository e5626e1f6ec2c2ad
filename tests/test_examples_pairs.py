"""The project's weak/strong pairs: every weak bullet is flagged, every strong one is clean."""

from __future__ import annotations

import pytest

from .conftest import EXAMPLES, read_tsv, warning_codes

PAIRS = read_tsv(EXAMPLES / "pairs.tsv")
ARCHETYPES = {"backlog", "scrum", "roadmap", "technical", "startup", "customer"}


def test_there_are_at_least_sixty_pairs_covering_every_archetype():
    assert len(PAIRS) >= 60
    assert ARCHETYPES <= {row[0] for row in PAIRS}


# Weak bullets the derived weights score just under the threshold (known misses), and strong ones
# they score at or over it (known false alarms, the share of PM bullets PO108's threshold accepts:
# see rules/PO108-reads-as-delivery.toml), named so that the test fails (XPASS, strict) when one
# reads right again and can be taken off its list.
# Session 47, after sets DG and DH and weights derived with l2 = 32, threshold 0.64: three strong
# pairs score over it, "Tied each sprint goal to one customer outcome and tracked it after release"
# 0.67 (until session 45 it held the threshold over its score), "Reported launch outcomes ..." 0.65
# and "Added a customer-evidence field ..." 0.64; every weak pair is flagged.
# Session 53, after sets DI and DJ, weights derived again, threshold 0.65: "Tied each sprint goal
# ..." scores 0.66, still over; the other two 0.64 and 0.63, under; the weak "Involved in
# onboarding calls for new enterprise clients" 0.64, just under (a known miss again). Session 54,
# after sets DK, DL and DM, derived again, threshold 0.65: the same two, at 0.66 and 0.64; session
# 55, after set DO: the same, 0.66 and 0.64; session 57, after set DP, threshold 0.66: the same,
# 0.665 and 0.636.
UNDER_THRESHOLD: set[str] = {"Involved in onboarding calls for new enterprise clients"}
OVER_THRESHOLD: set[str] = {
    "Tied each sprint goal to one customer outcome and tracked it after release",
}


def _pair_params() -> list:
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="scored on the wrong side of the threshold"))
        if row[1] in UNDER_THRESHOLD or row[2] in OVER_THRESHOLD
        else row
        for row in PAIRS
    ]


@pytest.mark.parametrize(("archetype", "weak", "strong"), _pair_params(), ids=[f"{r[0]}-{i}" for i, r in enumerate(PAIRS)])
def test_weak_is_flagged_and_strong_is_clean(analyze, archetype, weak, strong):
    weak_report, strong_report = analyze(weak), analyze(strong)
    assert weak_report.findings, f"weak bullet not flagged: {weak}"
    assert not strong_report.findings, f"strong bullet flagged {[f.rule for f in strong_report.findings]}: {strong}"


def test_most_weak_bullets_are_flagged_at_warning_level(analyze):
    """PO100 is an info-level catch-all; the delivery rules themselves should carry the weight."""
    flagged = sum(1 for _, weak, _ in PAIRS if warning_codes(analyze(weak)))
    assert flagged / len(PAIRS) >= 0.9
