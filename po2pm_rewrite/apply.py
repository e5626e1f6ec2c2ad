"""Applying suggestions to a source text: each edited bullet's span is replaced, nothing else.

A wrapped bullet becomes one line (the suggestion is one sentence); every character outside the
edited bullets, line endings included, is kept exactly as it was. The new text is written in the
file's own syntax: LaTeX specials escaped, JSON and YAML strings quoted as the old one was.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from .extract import line_starts
from .model import BulletReport, Position


@dataclass(frozen=True)
class Edit:
    start: int  # character offsets into the source text, end exclusive
    end: int
    replacement: str


def offset_of(starts: list[int], position: Position) -> int:
    return starts[position.line - 1] + position.column - 1


_LATEX_SPECIALS = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
# A plain YAML scalar cannot hold these; the replacement is then double-quoted.
_YAML_NEEDS_QUOTES = re.compile(r":\s|\s#|^[-?:,\[\]{}#&*!|>'\"%@`]")


def encode(text: str, file_format: str, source: str, start: int) -> str:
    """The suggestion as it must be written at source[start] in a file of this format."""
    if file_format == "latex":
        return "".join(_LATEX_SPECIALS.get(char, char) for char in text)
    if file_format == "html":
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    before = source[start - 1] if start > 0 else ""
    if file_format == "json" or (file_format == "yaml" and before == '"'):
        return json.dumps(text, ensure_ascii=False)[1:-1]
    if file_format == "yaml":
        if before == "'":
            return text.replace("'", "''")
        if _in_block_scalar(source, start):
            return text  # inside "- >-" or "- |" every character is literal: no quoting, no escapes
        if _YAML_NEEDS_QUOTES.search(text):
            return json.dumps(text, ensure_ascii=False)
    return text


_BLOCK_INDICATOR = re.compile(r"[>|][+-]?\d?\s*(#.*)?$")


def _in_block_scalar(source: str, start: int) -> bool:
    """Does the text at `start` sit in a YAML block scalar (the line before ends in > or |)?"""
    line_start = source.rfind("\n", 0, start) + 1
    if source[line_start:start].strip():
        return False  # text on the same line as its key or dash: a plain or quoted scalar
    previous_end = line_start - 1
    previous_start = source.rfind("\n", 0, max(previous_end, 0)) + 1
    return bool(_BLOCK_INDICATOR.search(source[previous_start:previous_end].rstrip()))


def edits_for(text: str, bullets: Sequence[BulletReport], choices: Mapping[int, str], file_format: str = "text") -> list[Edit]:
    """One edit per chosen bullet (index -> its new text), written in the file's syntax."""
    starts = line_starts(text)
    edits = []
    for index, new_text in sorted(choices.items()):
        bullet = bullets[index].bullet
        start = offset_of(starts, bullet.start)
        end = _after_escape(text, offset_of(starts, bullet.end), file_format)
        edits.append(Edit(start, end, encode(new_text, file_format, text, start)))
    return edits


def _after_escape(text: str, end: int, file_format: str) -> int:
    """A bullet that ends in an escape ("100\\%", "\\"", "\\u00e9", YAML's "''") maps its last
    character to where the escape starts: the edit must end after the whole escape."""
    if end <= 0 or end >= len(text):
        return end
    if file_format == "latex" and text[end - 1] == "\\" and text[end] in "%&$#_{}":
        return end + 1
    if file_format in ("json", "yaml") and text[end - 1] == "\\":
        return min(len(text), end + (5 if text[end] == "u" else 1))
    if file_format == "yaml" and text[end - 1] == "'" and text[end] == "'":
        return end + 1
    return end


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits, last first, so earlier offsets stay valid."""
    result = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        result = result[: edit.start] + edit.replacement + result[edit.end :]
    return result


def unified_diff(path: str, before: str, after: str) -> str:
    """A diff of the lines as an editor numbers them. A Word file's rendered text carries po2pm's
    list and heading marks (formats/docx.py): the diff shows the paragraphs without them."""
    from .extract import split_lines
    from .formats.docx import without_marks

    def lines_of(text: str) -> list[str]:
        found = [without_marks(line) + "\n" for line in split_lines(text)]
        if found and not text.endswith(("\n", "\r")):
            found[-1] = found[-1][:-1]
        return found

    lines = difflib.unified_diff(lines_of(before), lines_of(after), fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)
