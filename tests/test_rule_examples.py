"""Tests generated from each rule's own examples: adding a rule adds its tests."""

from __future__ import annotations

import pytest

from po2pm_rewrite.rules import load_ruleset

from .conftest import codes

RULES = load_ruleset().rules
FLAG_CASES = [
    pytest.param(rule.code, text, spans, id=f"{rule.code}-flag-{i}")
    for rule in RULES
    for i, (text, spans) in enumerate(zip(rule.examples_flag, rule.examples_flag_spans))
]
PASS_CASES = [pytest.param(rule.code, text, id=f"{rule.code}-pass-{i}") for rule in RULES for i, text in enumerate(rule.examples_pass)]


@pytest.mark.parametrize(("code", "text", "spans"), FLAG_CASES)
def test_rule_flags_its_flag_examples(analyze, code, text, spans):
    """The rule flags exactly the words its example marks [in brackets] (all of it when none are)."""
    report = analyze(text)
    assert code in codes(report), f"{code} should flag: {text}"
    found = sorted({(f.start, f.end) for f in report.findings if f.rule == code})
    expected = sorted(spans) if spans else [(0, len(text))]
    shown = [text[start:end] for start, end in found]
    assert found == expected, f"{code} flags {shown} in: {text}"


@pytest.mark.parametrize(("code", "text"), PASS_CASES)
def test_rule_passes_its_pass_examples(analyze, code, text):
    assert code not in codes(analyze(text)), f"{code} should not flag: {text}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_every_rule_carries_both_kinds_of_example(rule):
    assert rule.examples_flag and rule.examples_pass


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_examples_also_fire_inside_a_markdown_list(linter, rule):
    """Bullets are list items: a rule must fire on an item exactly as on a bare bullet (Vale #1124)."""
    from po2pm_rewrite.engine import Source

    text = "## Experience\n\n" + "\n".join(f"- {example}" for example in rule.examples_flag) + "\n"
    report = linter.check([Source("resume.md", text)])
    flagged = [b for b in report.files[0].bullets if rule.code in {f.rule for f in b.findings}]
    assert len(flagged) == len(rule.examples_flag)
