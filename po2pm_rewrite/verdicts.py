"""The scoring rule's verdict on a bullet, alone or in the context of the rest of its file.

A hiring manager reads a bullet beside the others of the resume: "Led product strategy for the
payments platform" reads as a title among bullets of ceremonies and tickets, and as a claim among
bullets of decisions and results. So, where a file holds enough judged bullets, the verdict on
each one hears the others: a share (`context_weight` of the scoring rule) of their mean log-odds
over `context_centre` is added to the bullet's own (benchmarks/RESULTS.md, session 25: about four
points more delivery bullets flagged at the same share of PM bullets, in cross-validation on the
corpus train part). A bullet judged alone (`po2pm explain --text`, a file of a few bullets) keeps
its own score. The context is named among the reasons wherever it pushed the verdict its way.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .model import BulletReport, Finding, ScoreInputs, Verdict
from .rules import Rule
from .scoring import DELIVERY_ONLY, describe_reason, log_odds, verdict


def judge(rule: Rule, inputs: ScoreInputs, text: str, threshold: float, context: float = 0.0) -> tuple[Verdict, tuple[Finding, ...]]:
    """The verdict on the whole bullet, and the findings that go with it: the scoring rule's own
    when it reads delivery-only; none from the rules it overrules when it reads PM or unclear."""
    assert rule.weights is not None
    features = dict(inputs.features)
    judged = verdict(rule.weights, features, text, threshold, min(rule.unclear_below, threshold), context=context)
    findings = list(inputs.findings)
    if judged.kind == DELIVERY_ONLY:
        # Kept on standby beside another rule's warning, so that ignoring that rule does not
        # pass a bullet the score reads as delivery-only (a new user's trial, session 15).
        standby = any(f.severity.rank >= 2 for f in findings)
        score = replace(_score_finding(rule, judged, features, text), standby=standby)
        findings = sorted([*findings, score], key=lambda f: (f.start, f.rule))
    elif rule.overrules:
        findings = [f for f in findings if f.rule not in rule.overrules]
    return judged, tuple(findings)


def in_file_context(reports: Sequence[BulletReport], rule: Rule | None) -> list[BulletReport]:
    """The reports of one file's bullets, each judged again beside the others where the file
    holds enough of them; unchanged where it does not, or where the rule listens to no context."""
    if rule is None:
        return list(reports)
    judged = [i for i, report in enumerate(reports) if report.verdict is not None and report.score_inputs is not None]
    shifts = context_shifts([_own_log_odds(reports[i]) for i in judged], rule)
    result = list(reports)
    for i, shift in zip(judged, shifts):
        report = reports[i]
        assert report.verdict is not None and report.score_inputs is not None
        if shift:
            new_verdict, findings = judge(rule, report.score_inputs, report.bullet.text, report.verdict.threshold, shift)
            result[i] = replace(report, verdict=new_verdict, findings=findings)
    return result


def context_shifts(odds: Sequence[float], rule: Rule) -> list[float]:
    """What each bullet's file adds to its log-odds, given every judged bullet's own log-odds in
    the file: the rule's share of the others' mean over its centre; 0 for all where the file holds
    too few (benchmarks/tune_score.py chooses the centre with this very function)."""
    if rule.context_weight == 0 or len(odds) <= rule.context_min_bullets:
        return [0.0] * len(odds)
    total = sum(odds)
    return [rule.context_weight * ((total - own) / (len(odds) - 1) - rule.context_centre) for own in odds]


def _own_log_odds(report: BulletReport) -> float:
    """The bullet's log-odds before any context, so a report judged in context is not pulled twice."""
    assert report.verdict is not None
    return log_odds(report.verdict.score) - report.verdict.context


def _score_finding(rule: Rule, judged: Verdict, features: dict[str, tuple[tuple[int, int], ...]], text: str) -> Finding:
    """Underline the stretch that holds the words of the strongest reasons (the whole bullet if
    none has words)."""
    spans = [span for name, _, _ in judged.reasons for span in features.get(name, ())[:1]]
    start, end = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else (0, len(text))
    why = "; ".join(describe_reason(name, words) for name, _, words in judged.reasons)
    source = f"score {judged.score:.2f} >= {judged.threshold:.2f}"
    return Finding(rule.code, rule.name, rule.severity, rule.message.format(match=why), start, end, source, rule.angle)
