"""Choose the scoring rule's settings by cross-validation on the corpus train part only.

    python benchmarks/tune_score.py [--folds 5] [--l2 1 2 4] [--other-weight 0.5] [--pm-weight 1 2]

The train part is cut into folds by person (owner); each fold is scored with weights derived from
the other folds plus the shipped pairs, exactly as `po2pm rules derive` would derive them. Prints
recall and PM-flagged share at each threshold, pooled over the folds, so the default threshold
and the derive settings are chosen without looking at the test part. Then, at the scoring rule's
threshold and context weight, the same scores read beside each person's other bullets (as
verdicts.py reads a file) for a range of context centres: the rule's `context_centre` is the
lowest at which at most 4% of PM bullets are flagged.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import math
import sys
from dataclasses import replace
from pathlib import Path

from po2pm_rewrite.derive import LABELS, DeriveSettings, TrainingRow, fit, label_weight, pairs_rows, read_corpus, read_features
from po2pm_rewrite.engine import Linter, shipped_pairs_path
from po2pm_rewrite.rules import load_ruleset
from po2pm_rewrite.scoring import log_odds
from po2pm_rewrite.verdicts import context_shifts

CORPUS = Path(__file__).resolve().parent / "corpus"


def read_train() -> list[dict[str, str]]:
    return read_corpus(CORPUS / "train.tsv")


def fold_of(owner: str, folds: int) -> int:
    return int(hashlib.sha256(("fold|" + owner).encode()).hexdigest()[:8], 16) % folds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, nargs="+", default=[32.0])
    parser.add_argument("--min-count", type=int, nargs="+", default=[2])
    parser.add_argument("--other-weight", type=float, nargs="+", default=[0.25])
    parser.add_argument("--pm-weight", type=float, nargs="+", default=[2.0])
    parser.add_argument("--step", type=float, default=0.05, help="threshold step of the printed curve")
    args = parser.parse_args()

    rows = read_train()
    pairs = pairs_rows(shipped_pairs_path())
    linter = Linter(load_ruleset(with_score=False))
    texts = [row["text"] for row in rows] + [pair.text for pair in pairs]
    features = read_features(linter, texts)
    corpus_features, pair_features = features[: len(rows)], features[len(rows) :]
    folds = [fold_of(row["owner"], args.folds) for row in rows]

    grid = itertools.product(args.l2, args.min_count, args.other_weight, args.pm_weight)
    for l2, min_count, other_weight, pm_weight in grid:
        settings = DeriveSettings(l2, min_count, other_weight, pm_weight)
        scores = [0.0] * len(rows)
        for fold in range(args.folds):
            train = [i for i in range(len(rows)) if folds[i] != fold]
            training = [
                TrainingRow(rows[i]["text"], LABELS[rows[i]["label"]], label_weight(rows[i]["label"], settings)) for i in train
            ]
            bias, weights = fit([corpus_features[i] for i in train] + pair_features, training + pairs, settings)
            for i in range(len(rows)):
                if folds[i] == fold:
                    total = bias + sum(weights.get(name, 0.0) for name in corpus_features[i])
                    scores[i] = 1 / (1 + math.exp(-total))
        print(f"\nl2={l2} min_count={min_count} other_weight={other_weight} pm_weight={pm_weight}")
        print("threshold  delivery flagged  pm flagged  other flagged")
        for step in range(round(0.30 / args.step), round(0.90 / args.step)):
            threshold = round(step * args.step, 3)
            result = {}
            for label in ("delivery", "pm", "other"):
                marks = [scores[i] >= threshold for i in range(len(rows)) if rows[i]["label"] == label]
                result[label] = sum(marks) / len(marks)
            print(f"{threshold:>9.2f}  {result['delivery']:>16.1%}  {result['pm']:>10.2%}  {result['other']:>13.1%}")
        print_context_centres(rows, scores)
    return 0


def print_context_centres(rows: list[dict[str, str]], scores: list[float], most_pm: float = 0.04) -> None:
    """Cross-validated scores read in context (each person's bullets standing for a file), for a
    range of centres, at the shipped rule's threshold and context weight."""
    rule = next(rule for rule in load_ruleset().rules if rule.scope == "score")
    odds = [log_odds(score) for score in scores]
    people: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        people.setdefault(row["owner"], []).append(i)
    cut = math.log(rule.threshold / (1 - rule.threshold))
    print(f"\nin context: threshold {rule.threshold}, context weight {rule.context_weight}, at least {rule.context_min_bullets} other bullets")
    print("   centre  delivery flagged  pm flagged  other flagged")
    chosen = None
    for step in range(-100, 101, 5):
        centre = step / 100
        at_centre = replace(rule, context_centre=centre)
        shifted = list(odds)
        for places in people.values():
            for i, shift in zip(places, context_shifts([odds[i] for i in places], at_centre)):
                shifted[i] += shift
        marks = [value >= cut for value in shifted]
        result = {label: sum(m for m, row in zip(marks, rows) if row["label"] == label) / sum(1 for row in rows if row["label"] == label) for label in ("delivery", "pm", "other")}
        if chosen is None and result["pm"] <= most_pm:
            chosen = centre
        print(f"{centre:>9.2f}  {result['delivery']:>16.1%}  {result['pm']:>10.2%}  {result['other']:>13.1%}")
    print(f"lowest centre with at most {most_pm:.0%} of PM bullets flagged: {chosen}")


if __name__ == "__main__":
    sys.exit(main())
