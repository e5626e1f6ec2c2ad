"""Bullet text decoded from markup, each character remembering where it stood in the file.

LaTeX (`\\%`, `\\textbf{…}`), JSON (`\\"`, `\\u00e9`) and YAML (folded lines, quotes) all write a
bullet differently from how it reads. Decoders add characters with their source offsets; the
result is a Bullet whose segments map every character back to its line and column.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import Bullet, Segment


@dataclass
class MappedText:
    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)  # source offset of each character

    def add(self, text: str, offset: int) -> None:
        """Characters copied from the source as they are, starting at `offset`."""
        for index, char in enumerate(text):
            self.chars.append(char)
            self.offsets.append(offset + index)

    def add_one(self, char: str, offset: int) -> None:
        """One character decoded from an escape that starts at `offset` ("\\%" -> "%")."""
        self.chars.append(char)
        self.offsets.append(offset)

    def to_bullet(self, starts: list[int]) -> Bullet | None:
        """Collapse white space to single spaces, trim, and map back. `starts` from line_starts()."""
        chars: list[str] = []
        offsets: list[int] = []
        for char, offset in zip(self.chars, self.offsets):
            if char.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    offsets.append(offset)
                continue
            chars.append(char)
            offsets.append(offset)
        while chars and chars[-1] == " ":
            chars.pop()
            offsets.pop()
        if not chars:
            return None
        return Bullet("".join(chars), _segments(offsets, starts))


def _segments(offsets: list[int], starts: list[int]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    run_start = 0
    for index in range(1, len(offsets) + 1):
        if index == len(offsets) or offsets[index] != offsets[index - 1] + 1 or _line_of(offsets[index], starts) != _line_of(offsets[run_start], starts):
            line = _line_of(offsets[run_start], starts)
            segments.append(Segment(run_start, line, offsets[run_start] - starts[line - 1] + 1, index - run_start))
            run_start = index
    return tuple(segments)


def _line_of(offset: int, starts: list[int]) -> int:
    return bisect.bisect_right(starts, offset)
