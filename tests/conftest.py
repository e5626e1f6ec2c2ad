"""Shared fixtures: the real rule set and one real spaCy pipeline for the whole test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from po2pm_rewrite.engine import Linter
from po2pm_rewrite.extract import bullet_from_text
from po2pm_rewrite.rules import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True, scope="session")
def private_cache_folder(tmp_path_factory):
    """Tests never touch the user's real cache: platformdirs follows XDG_CACHE_HOME."""
    import os

    folder = tmp_path_factory.mktemp("xdg-cache")
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(scope="session")
def ruleset():
    return load_ruleset()


@pytest.fixture(scope="session")
def linter(ruleset):
    return Linter(ruleset)


@pytest.fixture(scope="session")
def flagging_linter(ruleset):
    """For tests of what a flagged bullet is told (advice, suggestions): the scoring rule at a
    lower threshold (a user's `--threshold 0.5`), so weights derived again from a grown corpus,
    which move a bullet near the default across it, do not change what these tests are about.
    Which bullets the default flags is the detection tests' and the corpus benchmark's subject."""
    return Linter(ruleset, threshold=0.5)


@pytest.fixture(scope="session")
def analyze(linter):
    """Analyse one bullet given as text; returns its BulletReport."""

    def run(text: str):
        return linter.analyze(bullet_from_text(text))[0]

    return run


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def codes(report) -> set[str]:
    return {finding.rule for finding in report.findings}


def warning_codes(report) -> set[str]:
    return {finding.rule for finding in report.findings if finding.severity.rank >= 2}
