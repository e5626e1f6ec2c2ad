"""The named context checks (checks.py): each one's own example, generated from the registry.

For every check, the bracketed word of its example is a mention of some signal (a lexicon word),
and the check is what stops it from carrying the claim: with the check taken out of every signal,
the same word becomes a signal hit. So each test fails if its check stops working.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from po2pm_rewrite.checks import CHECKS, describe_checks
from po2pm_rewrite.engine import Linter
from po2pm_rewrite.errors import RuleError
from po2pm_rewrite.extract import bullet_from_text
from po2pm_rewrite.rules import load_ruleset

from .conftest import ROOT


def _examples(check):
    for example in check.example.split(";"):
        marked = re.search(r"\[([^\]]+)\]", example)
        assert marked, f"{check.name}: example needs a [bracketed] word"
        text = example.replace("[", "").replace("]", "").strip()
        start = text.index(marked.group(1))
        yield text, (start, start + len(marked.group(1)))


def _hit_spans(linter, text):
    report = linter.analyze(bullet_from_text(text))[0]
    return {(hit.start, hit.end) for hit in report.signal_hits}


def _overlaps(spans, span):
    return any(start < span[1] and span[0] < end for start, end in spans)


@pytest.mark.parametrize("name", list(CHECKS))
def test_check_cancels_its_own_example(name, ruleset, linter):
    without = replace(ruleset, signals=tuple(replace(s, checks=tuple(c for c in s.checks if c != name)) for s in ruleset.signals))
    linter_without = Linter(without)
    for text, span in _examples(CHECKS[name]):
        assert not _overlaps(_hit_spans(linter, text), span), f"{name}: '{text}' still counts as a signal"
        assert _overlaps(_hit_spans(linter_without, text), span), f"{name}: '{text}' is cancelled by something else"


def test_unknown_check_is_a_rule_error_with_a_suggestion(tmp_path, monkeypatch):
    rules = tmp_path / "rules"
    rules.mkdir()
    source = (ROOT / "rules" / "signals.toml").read_text(encoding="utf-8")
    (rules / "signals.toml").write_text(source.replace('"product-part"', '"product-prat"'), encoding="utf-8")
    (rules / "lexicons").symlink_to(ROOT / "rules" / "lexicons")
    import po2pm_rewrite.rules as rules_module

    monkeypatch.setattr(rules_module, "builtin_rules_dir", lambda: rules)
    with pytest.raises(RuleError, match="unknown check 'product-prat' \\(did you mean 'product-part'\\?\\)"):
        load_ruleset()


def test_writing_rules_doc_lists_every_check():
    doc = (ROOT / "docs" / "writing-rules.md").read_text(encoding="utf-8")
    assert describe_checks() in doc, "docs/writing-rules.md: paste `po2pm explain --checks` into it"


def test_a_count_of_customers_or_a_percentage_stays_a_figure(linter):
    """counts-the-work cancels the size of the team or of the delivery work only: "3,000
    customers" and "12%" are results (a new user's trial, session 15, found "a team of 12
    engineers" read as a PM figure)."""
    text = "Cut churn by 12% for 3,000 customers"
    spans = _hit_spans(linter, text)
    for figure in ("12", "3,000"):
        start = text.index(figure)
        assert _overlaps(spans, (start, start + len(figure))), figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # measures-delivery reads the measure's own words, not a phrase after it
        ("Improved gross margin by 27% across three high-velocity product lines", "27"),
        # a business's own deliveries and processes are not the team's throughput
        ("Cut parcel delivery costs by 18% for the grocery marketplace", "18"),
        ("Reduced claims processing time by 30% for 4,000 policy holders", "30"),
    ],
)
def test_a_result_beside_delivery_words_stays_a_figure(linter, text, figure):
    start = text.index(figure)
    assert _overlaps(_hit_spans(linter, text), (start, start + len(figure)))


def _signals(linter, text):
    return set(linter.analyze(bullet_from_text(text))[0].signals)


def test_a_price_that_sizes_the_work_is_not_a_business_result_but_revenue_is(linter):
    """counts-the-work cancels money that prices the work ("a $3M rollout", "budgets up to $6M",
    real train-part bullets that read as business reasoning); money earned or saved stays."""
    assert "business" not in _signals(linter, "Delivered a $3M document management rollout")
    assert "business" not in _signals(linter, "Directed ERP programs, managing budgets up to $6M")
    assert "business" not in _signals(linter, "Managed a printer refresh project with a budget of $42,500")
    assert "business" in _signals(linter, "Built an incentive component that produced $16.5M in GMV uplift")
    assert "business" in _signals(linter, "Launched a partner program, generating $3M in new bookings")


def test_time_to_market_is_delivery_speed_not_an_outcome_or_a_market(linter):
    """The rubric counts delivery speed as delivery: "Reduced time-to-market by 20%" claims neither
    a customer or business outcome nor a strategy ("market" sits inside the delivery term)."""
    for text in ("Reduced time-to-market by 20%", "Cut time to market for new plans from 9 to 4 months"):
        assert not _signals(linter, text) & {"outcome", "strategy"}, text


def test_a_figure_that_rose_is_an_outcome_and_setting_work_aside_is_a_decision(linter):
    """A filled suggestion, "...; set aside a custom export for one reseller ...; renewals rose
    from 80% to 88%", read as delivery work (session 26): neither "rose" nor "set aside" was a
    signal word."""
    signals = _signals(linter, "Set aside the reporting revamp for the checkout fix; renewals rose from 80% to 88%")
    assert {"decision", "outcome"} <= signals
    assert "outcome" not in _signals(linter, "Set up the sprint board and release calendar")
