"""PM signals and the context that decides whether a delivery word is a problem."""

from __future__ import annotations

import pytest

from .conftest import warning_codes


def test_backlog_alone_is_delivery_only(analyze):
    report = analyze("Managed backlog and coordinated sprint planning")
    assert {"PO101", "PO102"} <= warning_codes(report)
    assert report.signals == ()


def test_managing_something_with_a_business_result_is_not(analyze):
    report = analyze("Managed pricing experiments that lifted ARPU 12%")
    assert not report.findings
    assert {"business", "outcome", "metric"} <= set(report.signals)


def test_strong_signals_silence_a_backlog_mention(analyze):
    report = analyze("Prioritized the backlog by customer impact and revenue risk, deferring three low-value epics")
    assert not warning_codes(report)
    assert {"customer", "business", "decision"} <= set(report.signals)


def test_a_metric_alone_does_not_make_a_bullet_pm_grade(analyze):
    report = analyze("Groomed 300 stories, improving velocity 15%")
    # 300 counts the work and 15% measures the team's own throughput (measures-delivery):
    # neither figure is a result, and neither is what was improved
    assert "metric" not in report.signals
    assert "outcome" not in report.signals
    assert warning_codes(report)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Wrote user stories for the checkout flow", "customer"),  # "user story" is an artifact
        ("Redesigned the customer portal with the dev team", "customer"),  # a product part
        ("Wrote release notes for customers", "customer"),  # addressee of delivery work
        ("Led daily stand-ups for two teams", "leadership"),  # leading a ceremony
        ("Owned the Jira board for the squad", "leadership"),
        ("Improved sprint predictability to 90%", "outcome"),
        # the team's own ways of working improved, not the product (session 21, train-part misses)
        ("Reduced technical debt by 20% across two sprints", "outcome"),
        ("Increased stakeholder satisfaction by 20% through clear communication", "outcome"),
        ("Led workshops that reduced decision cycles and improved cross-team alignment", "outcome"),
        # the project's delivery sped up, or its rework cut (session 24, train-part misses)
        ("Coordinated four departments and a vendor to accelerate delivery by two months", "outcome"),
        ("Reduced rework by 30% through careful requirements validation", "outcome"),
        ("Kept the backlog groomed and prioritized", "decision"),
        ("Used MS Visio to create Use Cases and Sequence Diagrams", "strategy"),  # a UML diagram (set T)
    ],
)
def test_delivery_context_cancels_a_signal_word(analyze, text, signal):
    assert signal not in analyze(text).signals


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Interviewed 30 shop owners about late invoices", "discovery"),
        ("Clustered customer feedback into four problems", "customer"),
        ("Halved support tickets by redesigning the refund page", "outcome"),
        ("Chose to sunset the reporting module", "decision"),
        ("Presented the strategy to the executive team", "leadership"),
        ("Repositioned the offer for mid-market buyers", "strategy"),
        ("Grew ARR by $1.2M with a usage-based tier", "business"),
    ],
)
def test_signal_words_count_in_pm_context(analyze, text, signal):
    assert signal in analyze(text).signals


@pytest.mark.parametrize(
    "text",
    ["Groomed the back-log every week", "Groomed the backlogg every week", "Ran groomming sessions for the team",
     "Co-ordinated with QA on every release", "Ran daily standups", "Ran daily stand ups"],
)
def test_spelling_variants_still_match(analyze, text):
    assert warning_codes(analyze(text))


def test_known_words_are_not_treated_as_typos(analyze):
    # "priorities" is one transposition from "prioritise"; "booking" one letter from "bookings".
    report = analyze("Wrote user stories for the booking app and its priorities page")
    assert "decision" not in report.signals and "business" not in report.signals
