"""`po2pm rules derive`: weights for the scoring rule, learned from labelled bullets.

Input: the weak/strong pairs of examples/pairs.tsv (weak = delivery-only, strong = PM) and the
train part of a labelled corpus (TSV with a header: text, label, ...; label delivery, pm or
other). Each bullet is parsed and read exactly as `po2pm check` reads it (scoring.py), and an
L2-regularised logistic regression is fitted by Newton's method. The optimum is unique, so the
same input always gives the same file. Only numpy is used, which spaCy already brings.

Output: a TOML weights file, features sorted by name, weights rounded to four places, with a
header that names the inputs (and their digests) and the settings.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .errors import InputError

if TYPE_CHECKING:
    from .engine import Linter

LABELS = {"delivery": 1.0, "pm": 0.0, "other": 0.0}


@dataclass(frozen=True)
class TrainingRow:
    text: str
    target: float  # 1: delivery-only, 0: not
    weight: float  # how much the row counts


@dataclass(frozen=True)
class DeriveSettings:
    l2: float = 32.0  # the penalty on every weight but the bias; larger: smaller, smoother weights (chosen by tune_score.py)
    min_count: int = 2  # a feature seen in fewer training bullets is left out
    other_weight: float = 0.25  # off-topic bullets ("other") count as not delivery-only, at this weight
    # PM bullets count double: telling someone their PM work reads as delivery costs more than
    # missing a delivery bullet, and the fit then keeps PM bullets further from the threshold
    pm_weight: float = 2.0


def pairs_rows(path: Path, text: str | None = None) -> list[TrainingRow]:
    """The training rows of a pairs TSV (text: the file's text, where it was read already)."""
    rows = []
    for number, line in enumerate(_lines(path) if text is None else text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise InputError(f"{path}:{number}: expected archetype<TAB>weak<TAB>strong")
        rows += [TrainingRow(parts[1].strip(), 1.0, 1.0), TrainingRow(parts[2].strip(), 0.0, 1.0)]
    return rows


def read_corpus(path: Path, text: str | None = None) -> list[dict[str, str]]:
    """The records of a corpus TSV (header: text, label, ...); lines starting with # are comments.
    text: the file's text, where it was read already."""
    lines = [line for line in (_lines(path) if text is None else text.splitlines()) if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    try:
        if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
            raise InputError(f"{path}: a corpus file needs a header with 'text' and 'label' columns")
        return list(reader)
    except csv.Error as error:  # a field over 128 KB (an attack round, session 45: exit 3)
        raise InputError(f"{path}: {error}") from None


def corpus_rows(path: Path, settings: DeriveSettings, text: str | None = None) -> list[TrainingRow]:
    """The training rows of a corpus TSV: delivery counts as 1, pm and other as 0, each at its weight."""
    rows = []
    for number, record in enumerate(read_corpus(path, text), 2):
        label = (record.get("label") or "").strip()
        if label not in LABELS:
            raise InputError(f"{path}: row {number}: label must be delivery, pm or other, not {label!r}")
        weight = label_weight(label, settings)
        if weight > 0:
            rows.append(TrainingRow((record.get("text") or "").strip(), LABELS[label], weight))
    return rows


def label_weight(label: str, settings: DeriveSettings) -> float:
    """How much a corpus bullet of this label counts in the fit."""
    return {"other": settings.other_weight, "pm": settings.pm_weight}.get(label, 1.0)


def _lines(path: Path) -> list[str]:
    return _text(path).splitlines()


def _text(path: Path) -> str:
    """The file's text; a pipe or a device is read up to the bound inputs have (an attack round,
    session 45: a FIFO hung for ever, a link to /dev/zero filled the memory). Read once: the
    header's digest is of the same text (session 46: a second read of a FIFO hung for ever)."""
    from .inputs import read_small_text

    try:
        return read_small_text(path, "the corpus")
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error}") from None


def read_features(linter: "Linter", texts: Sequence[str]) -> list[set[str]]:
    """The scoring features of each text, read by the same pipeline as `po2pm check`."""
    from .parse import parse

    nlp, detector = linter.pipeline()
    found = {item.source: set(detector.features(item, doc)) for item, doc in parse(nlp, list(dict.fromkeys(texts)), detector.forms)}
    return [found[text] for text in texts]


MAX_FEATURES = 8_000


def fit(features: Sequence[set[str]], rows: Sequence[TrainingRow], settings: DeriveSettings) -> tuple[float, dict[str, float]]:
    """Bias and weights of an L2-regularised logistic regression (Newton's method)."""
    import numpy as np

    counts: dict[str, int] = {}
    for names in features:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    vocabulary = sorted(name for name, count in counts.items() if count >= settings.min_count)
    if len(vocabulary) > MAX_FEATURES:
        # Newton's method holds a square matrix of them: 12,000 took 114 s and 3.6 GB (an attack
        # round of session 46, 392 KB of invented nouns); the shipped weights have about 6,000
        raise InputError(
            f"{len(vocabulary):,} features are seen in at least {settings.min_count} bullets, more than the {MAX_FEATURES:,} "
            "a fit can take here (its memory grows with their square); raise --min-count"
        )
    index = {name: i for i, name in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary) + 1))
    x[:, -1] = 1.0  # the bias column, not penalised
    for row, names in enumerate(features):
        for name in names:
            if name in index:
                x[row, index[name]] = 1.0
    y = np.array([row.target for row in rows])
    s = np.array([row.weight for row in rows])
    penalty = np.full(len(vocabulary) + 1, settings.l2)
    penalty[-1] = 0.0
    w = np.zeros(len(vocabulary) + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -60, 60)))
        gradient = x.T @ (s * (p - y)) + penalty * w
        hessian = (x * (s * p * (1 - p))[:, None]).T @ x
        hessian[np.diag_indices_from(hessian)] += penalty + 1e-9  # in place: no second square matrix
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    weights = {name: round(float(w[i]), 4) for name, i in index.items()}
    return round(float(w[-1]), 4), {name: value for name, value in weights.items() if value != 0.0}


def derive(linter: "Linter", pairs: Path | None, corpora: Sequence[Path], settings: DeriveSettings) -> str:
    """The weights file's text for these inputs."""
    rows: list[TrainingRow] = []
    inputs = []
    if pairs is not None:
        text = _text(pairs)
        part = pairs_rows(pairs, text)
        rows += part
        inputs.append((pairs, len(part), text))
    for corpus in corpora:
        text = _text(corpus)
        part = corpus_rows(corpus, settings, text)
        rows += part
        inputs.append((corpus, len(part), text))
    if not rows or len({row.target for row in rows}) < 2:
        raise InputError("derive needs labelled bullets of both kinds (delivery-only and not)")
    bias, weights = fit(read_features(linter, [row.text for row in rows]), rows, settings)
    return weights_toml(bias, weights, inputs, settings)


def weights_toml(bias: float, weights: dict[str, float], inputs: Sequence[tuple[Path, int, str]], settings: DeriveSettings) -> str:
    """The weights file; inputs: each file's path, its bullet count and its text (for the digest)."""
    lines = [
        "# Derived by `po2pm rules derive`: do not edit by hand; change the labelled bullets and derive again.",
        "# A feature present in a bullet adds its weight to the bias; the logistic of the sum is the",
        "# probability that the bullet reads as delivery administration. Feature kinds: see scoring.py.",
        "# inputs:",
    ]
    for path, count, text in inputs:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        lines.append(f"#   {_shown_name(path.name)}: {count} bullets, sha256 {digest}")
    lines.append(f"# settings: l2 = {settings.l2}, min_count = {settings.min_count}, other_weight = {settings.other_weight}, pm_weight = {settings.pm_weight}")
    lines += ["", f"bias = {bias}", "", "[weights]"]
    lines += [f"{_key(name)} = {weights[name]}" for name in sorted(weights)]
    return "\n".join(lines) + "\n"


def _shown_name(name: str) -> str:
    """A file name in a comment line: a newline in it would start lines of the name's choosing,
    an escape sequence would reach the terminal (`rules derive` prints the file; session 46)."""
    from .output import terminal_safe

    return terminal_safe(name.replace("\n", "\\n"))


def _key(name: str) -> str:
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
