"""Applying suggestions to a source text: each edited bullet's span is replaced, nothing else.

A wrapped bullet becomes one line (the suggestion is one sentence); every character outside the
edited bullets, line endings included, is kept exactly as it was.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Sequence

from .extract import line_starts
from .model import BulletReport, Position


@dataclass(frozen=True)
class Edit:
    start: int  # character offsets into the source text, end exclusive
    end: int
    replacement: str


def offset_of(starts: list[int], position: Position) -> int:
    return starts[position.line - 1] + position.column - 1


def edits_for(text: str, bullets: Sequence[BulletReport], pick: int = 1) -> list[Edit]:
    """One edit per bullet that has a suggestion number `pick` (1 = the top one)."""
    starts = line_starts(text)
    edits = []
    for report in bullets:
        if len(report.suggestions) >= pick:
            bullet = report.bullet
            edits.append(Edit(offset_of(starts, bullet.start), offset_of(starts, bullet.end), report.suggestions[pick - 1].text))
    return edits


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits, last first, so earlier offsets stay valid."""
    result = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        result = result[: edit.start] + edit.replacement + result[edit.end :]
    return result


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)
