"""Precision and recall of flagging on labelled bullets kept apart from the rule examples.

    python benchmarks/detection_quality.py [--show-misses] [FILE.tsv ...]

Default sets: every benchmarks/data/heldout*_bullets.tsv, written apart from the rule examples
(see each file's header, and RESULTS.md for each set's first, untuned measurement). Also reports
the authoring pairs in examples/ for contrast.
A bullet counts as flagged when it has a finding of severity warning or error; PO100 (info) is
reported separately. These sets were written by this project, so since session 4 they are
regression tests, not the quality gate (that is corpus_quality.py, on real bullets): exit 1 when a
set's recall falls under 80% or more than 5% of its PM bullets are flagged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from po2pm_rewrite.engine import Linter
from po2pm_rewrite.extract import bullet_from_text
from po2pm_rewrite.rules import load_ruleset

HERE = Path(__file__).resolve().parent
DEFAULT_SETS = sorted((HERE / "data").glob("heldout*_bullets.tsv"))
PAIRS = HERE.parent / "examples" / "pairs.tsv"
RECALL_TARGET, FLAGGED_PM_TARGET = 0.80, 0.05


def labelled(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t")[:2]
            rows.append((label, text))
    return rows


def pairs_as_labelled(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _, weak, strong = line.split("\t")
            rows += [("D", weak), ("P", strong)]
    return rows


def measure(linter: Linter, rows: list[tuple[str, str]], show_misses: bool) -> dict:
    reports = linter.analyze([bullet_from_text(text)[0] for _, text in rows])
    counts = {"tp": 0, "fn": 0, "fp": 0, "tn": 0, "info_only": 0}
    for (label, text), report in zip(rows, reports):
        flagged = any(f.severity.rank >= 2 for f in report.findings)
        if label == "D":
            counts["tp" if flagged else "fn"] += 1
            if not flagged and report.findings:
                counts["info_only"] += 1
            if show_misses and not flagged:
                print(f"    missed: {text}")
        else:
            counts["fp" if flagged else "tn"] += 1
            if show_misses and flagged:
                print(f"    flagged PM bullet: {text} {[f.rule for f in report.findings]}")
    delivery, pm = counts["tp"] + counts["fn"], counts["fp"] + counts["tn"]
    counts["recall"] = counts["tp"] / delivery
    counts["precision"] = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    counts["flagged_pm"] = counts["fp"] / pm
    counts["n"] = (delivery, pm)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    linter = Linter(load_ruleset())
    sets = [(path.name, labelled(path)) for path in (args.files or DEFAULT_SETS)]
    ok = True
    print(f"{'set':<28} {'delivery':>8} {'pm':>4} {'recall':>7} {'precision':>9} {'pm flagged':>10}")
    for name, rows in sets + [("(authoring) pairs.tsv", pairs_as_labelled(PAIRS))]:
        result = measure(linter, rows, args.show_misses)
        delivery, pm = result["n"]
        print(f"{name:<28} {delivery:>8} {pm:>4} {result['recall']:>7.1%} {result['precision']:>9.1%} {result['flagged_pm']:>10.1%}")
        if not name.startswith("(authoring)"):
            ok = ok and result["recall"] >= RECALL_TARGET and result["flagged_pm"] <= FLAGGED_PM_TARGET
    print(f"regression floor: recall >= {RECALL_TARGET:.0%}, PM bullets flagged <= {FLAGGED_PM_TARGET:.0%}: {'held' if ok else 'BROKEN'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
