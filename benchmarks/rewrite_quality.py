"""Quality of rewrite suggestions over the labelled delivery-only bullets.

    python benchmarks/rewrite_quality.py [--show N]

Reports, over every delivery-only (D) bullet in benchmarks/data/*.tsv and examples/pairs.tsv:
- share of flagged bullets with at least one suggestion (target 100%);
- suggestions the check itself flags, placeholders read as their words (target 0);
- suggestions holding a number the original does not (target 0);
- suggestions with template debris: braces, empty or doubled brackets, double spaces (target 0);
- median share of the original's content words (delivery jargon and the replaced verb aside)
  kept in the top suggestion (target >= 60%);
- median rapidfuzz token_set_ratio between top suggestions of different bullets (target <= 60).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from itertools import combinations
from pathlib import Path

from lemminflect import getAllLemmas
from rapidfuzz import fuzz

from po2pm_rewrite.engine import Linter, Source
from po2pm_rewrite.extract import bullet_from_text
from po2pm_rewrite.rewrite import has_debris
from po2pm_rewrite.rules import load_ruleset
from po2pm_rewrite.templates import PLACEHOLDER

HERE = Path(__file__).resolve().parent
SETS = sorted((HERE / "data").glob("*.tsv"))
PAIRS = HERE.parent / "examples" / "pairs.tsv"


def delivery_bullets() -> list[str]:
    bullets = []
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("D\t"):
                bullets.append(line.split("\t")[1])
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            bullets.append(line.split("\t")[1])
    return list(dict.fromkeys(bullets))


def lemmas_of(text: str) -> set[str]:
    found = set()
    for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text.lower()):
        found.add(word)
        for group in getAllLemmas(word).values():
            found.update(group)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N bullets with their top suggestion")
    args = parser.parse_args()
    linter = Linter(load_ruleset())
    texts = delivery_bullets()
    report = linter.rewrite([Source("<text>", "\n".join(texts), literal=True)])
    bullets = [b for b in report.files[0].bullets if b.findings]

    with_suggestion = sum(1 for b in bullets if b.suggestions)
    shown = [s for b in bullets for s in b.suggestions]
    prose = [PLACEHOLDER.sub(lambda m: m.group(1), s.text) for s in shown]
    rechecked = linter.analyze([bullet_from_text(p)[0] for p in prose])
    flagged = sum(1 for r in rechecked if r.findings)
    invented_numbers = sum(
        1
        for b in bullets
        for s in b.suggestions
        if set(re.findall(r"\d+", PLACEHOLDER.sub(" ", s.text))) - set(re.findall(r"\d+", b.bullet.text))
    )
    debris = sum(1 for s in shown if has_debris(s.text))
    keep = []
    for b in bullets:
        content = set(b.slots.content) if b.slots else set()
        if content and b.suggestions:
            keep.append(len(content & lemmas_of(b.suggestions[0].text)) / len(content))
    tops = [b.suggestions[0].text for b in bullets if b.suggestions]
    similarity = [fuzz.token_set_ratio(a, b) for a, b in combinations(tops, 2)]

    print(f"delivery-only bullets: {len(texts)}, flagged: {len(bullets)}, suggestions shown: {len(shown)}")
    print(f"with at least one suggestion:   {with_suggestion / len(bullets):.1%}  (target 100%)")
    print(f"suggestions flagged by check:   {flagged}  (target 0)")
    print(f"suggestions inventing numbers:  {invented_numbers}  (target 0)")
    print(f"suggestions with debris:        {debris}  (target 0)")
    print(f"content words kept (median):    {statistics.median(keep):.0%} over {len(keep)} bullets with content  (target >= 60%)")
    print(f"top-suggestion similarity (median token_set_ratio): {statistics.median(similarity):.0f}  (target <= 60)")
    for b in bullets[: args.show]:
        print(f"\n- {b.bullet.text}\n  + {b.suggestions[0].text if b.suggestions else '(none)'}")
    ok = (
        with_suggestion == len(bullets) and flagged == 0 and invented_numbers == 0 and debris == 0
        and statistics.median(keep) >= 0.6 and statistics.median(similarity) <= 60
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
