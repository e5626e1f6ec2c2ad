"""Text for `po2pm explain`: a rule's rationale and examples, or how one bullet was read."""

from __future__ import annotations

import textwrap

from .model import Explanation
from .output import first_sentence
from .rules import Rule, RuleSet


def _summary(rule: Rule) -> str:
    return rule.message.format(match="…")


def rules_table(ruleset: RuleSet) -> str:
    width = max(len(rule.name) for rule in ruleset.rules)
    return "\n".join(f"{r.code}  {r.severity.value:<7}  {r.name:<{width}}  {_summary(r)}" for r in ruleset.rules)


def rules_markdown(ruleset: RuleSet) -> str:
    """The README's rule reference, generated from the rule files so it cannot drift."""
    lines = ["| code | name | severity | reports | why |", "|---|---|---|---|---|"]
    for rule in ruleset.rules:
        why = first_sentence(rule.rationale).replace("|", "\\|")
        lines.append(f"| {rule.code} | `{rule.name}` | {rule.severity.value} | {_summary(rule)} | {why} |")
    return "\n".join(lines)


def describe_rule(rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name} ({rule.severity.value})", "", f"  {rule.message.format(match='…')}", ""]
    lines.append("Why a hiring manager reads it as delivery-only:")
    lines += textwrap.wrap(" ".join(rule.rationale.split()), 96, initial_indent="  ", subsequent_indent="  ")
    lines.append("")
    if rule.scope == "bullet":
        lines.append(f"Fires on a bullet with none of these signals: {', '.join(rule.when_missing)}.")
    elif rule.scope == "score" and rule.weights is not None:
        lines += _describe_weights(rule)
    elif rule.quiet_with:
        lines.append(f"Stays quiet when the bullet shows any of: {', '.join(rule.quiet_with)}.")
    lines += ["", "Flagged:"] + [f"  - {example}" for example in rule.examples_flag]
    lines += ["", "Not flagged:"] + [f"  + {example}" for example in rule.examples_pass]
    return "\n".join(lines)


def _describe_weights(rule: Rule, shown: int = 12) -> list[str]:
    """The threshold and the features that weigh most each way."""
    assert rule.weights is not None
    ranked = sorted(rule.weights.weights.items(), key=lambda pair: (-pair[1], pair[0]))
    lines = [
        f"Reads as delivery-only at a score of {rule.threshold:.2f} or more; as PM under {rule.unclear_below:.2f};",
        f"unclear in between. {len(ranked)} weighted features, bias {rule.weights.bias:+.3f} ({rule.weights.source}).",
    ]
    if rule.context_weight:
        lines.append(
            f"In a file of more than {rule.context_min_bullets} judged bullets, {rule.context_weight:g} times the other bullets' "
            f"mean log-odds (over {rule.context_centre:g}) is added to each bullet's own."
        )
    lines += [
        "",
        "Weigh most towards delivery-only:",
    ]
    lines += [f"  {weight:+.3f}  {name}" for name, weight in ranked[:shown]]
    lines += ["", "Weigh most towards PM:"]
    lines += [f"  {weight:+.3f}  {name}" for name, weight in reversed(ranked[-shown:])]
    if rule.overrules:
        lines += ["", f"When a bullet reads PM or unclear, findings of {', '.join(rule.overrules)} are not shown."]
    return lines


def describe_bullet(explanation: Explanation) -> str:
    lines = [f"Bullet:    {explanation.bullet}", f"Parsed as: {explanation.parsed_as}", ""]
    header = ("token", "pos", "tag", "dep", "head", "lemma")
    rows = [header] + [(t.text, t.pos, t.tag, t.dep, t.head, t.lemma) for t in explanation.tokens]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        lines.append("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    lines.append("")
    if explanation.signal_hits:
        lines.append("PM signals:")
        for hit in explanation.signal_hits:
            lines.append(f"  {hit.signal:<10} '{hit.text}' (chars {hit.start}-{hit.end})")
    else:
        lines.append("PM signals: none")
    lines.append("")
    if explanation.findings:
        lines.append("Findings:")
        for finding in explanation.findings:
            matched = explanation.bullet[finding.start : finding.end]
            standby = " (on standby: reported only if the findings beside it are ignored)" if finding.standby else ""
            lines.append(f"  {finding.rule} {finding.severity.value}: '{matched}' via {finding.pattern}{standby}")
            lines.append(f"    {finding.message}")
    else:
        lines.append("Findings: none")
    verdict = explanation.verdict
    if verdict is not None:
        lines += ["", f"Verdict:   {verdict.kind} (score {verdict.score:.2f}, threshold {verdict.threshold:.2f})"]
        for name, weight, words in verdict.reasons:
            lines.append(f"  {weight:+.3f}  {name}" + (f"  '{words}'" if words else ""))
    return "\n".join(lines)

