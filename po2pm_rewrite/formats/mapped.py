"""Bullet text decoded from markup, each character remembering where it stood in the file.

LaTeX (`\\%`, `\\textbf{…}`), JSON (`\\"`, `\\u00e9`) and YAML (folded lines, quotes) all write a
bullet differently from how it reads. Decoders add characters with their source offsets; the
result is a Bullet whose segments map every character back to its line and column.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field

from ..extract import BULLET_GLYPHS, HTML_ENTITY, is_known_title, section_title
from ..model import Bullet, Segment
from ..word_lists import is_past_act


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

    def without_inline_markup(self) -> MappedText:
        """The text without the inline markup a theme renders: HTML tags ("<b>bootstrap</b>"),
        Markdown emphasis ("**automated solutions**", "*WAF*") and links ("[Cloudflare](https://...)"
        keeps "Cloudflare"). A lone "*" ("A* search") or "_" ("snake_case") is text."""
        text = "".join(self.chars)
        dropped: set[int] = set()
        for pattern in _INLINE_MARKUP:
            for match in pattern.finditer(text):
                kept = range(match.start("kept"), match.end("kept")) if "kept" in match.groupdict() else range(0)
                dropped.update(i for i in range(match.start(), match.end()) if i not in kept)
        # an HTML entity a theme writes ("&nbsp;", "&amp;") is the character it stands for, at the
        # place of its "&" (set K: "Shopify &nbsp;and &nbsp;EasyStore")
        replaced: dict[int, str] = {}
        for match in _ENTITY.finditer(text):
            char = html.unescape(match.group(0))
            if char != match.group(0) and len(char) == 1 and match.start() not in dropped:
                replaced[match.start()] = " " if char.isspace() else char
                dropped.update(range(match.start() + 1, match.end()))
        if not dropped:
            return self
        chars: list[str] = []
        offsets: list[int] = []
        for i in range(len(self.chars)):
            if i in dropped:
                continue
            char = replaced.get(i, self.chars[i])
            if char == " " and i in replaced and chars and chars[-1] == " ":
                continue  # "Shopify &nbsp;and": one space
            chars.append(char)
            offsets.append(self.offsets[i])
        return MappedText(chars, offsets)

    def to_bullets(self, starts: list[int]) -> list[Bullet]:
        """One bullet, or one per item where the value is itself a list written line by line
        ("- Led discovery ...\n- Defined the roadmap ..." in one JSON or YAML string)."""
        found = (part.to_bullet(starts) for part in self.list_items())
        return [bullet for bullet in found if bullet is not None]

    def list_items(self) -> list[MappedText]:
        """The items of a list written inside one value, marker dropped, each item's wrapped
        lines kept with it; [self] when fewer than two lines open with a marker."""
        lines, markers = self._lines_and_markers()
        if sum(1 for marker in markers if marker) < 2:
            written = [line for line in lines if "".join(line.chars).strip()]
            typed = _one_typed_item(["".join(line.chars) for line in written])
            if typed is not None:  # a list of one item: its typed mark is no part of it
                return [MappedText(written[0].chars[typed.end() :], written[0].offsets[typed.end() :])]
            if len(written) >= 2 and all(_opens_with_past_act(line) for line in written):
                return written  # one achievement a line, no marker (a LinkedIn export's summary: set J)
            return self._duties()
        return _marked_items(lines, markers)

    def typed_list(self) -> list[MappedText] | None:
        """The items of a list typed line by line inside one paragraph ("Acme (Present)\n- Delivered
        ...\n- Processed ..."), the text before the first item one of its own; None where fewer than
        two lines open with a marker (or one, with a section title typed among the lines)."""
        lines, markers = self._lines_and_markers()
        markers = _without_wrapped_dashes(lines, markers)
        marked = sum(1 for marker in markers if marker)
        # one item, and a section title typed after it ("• Wrote ...<br><b>Education</b><br>BSc
        # ..."), is a list too: joined, the three were told as a degree (attack round ATK21, C27)
        titled = marked == 1 and any(_titles_a_section(line) for line, marker in zip(lines, markers) if not marker)
        return _marked_items(lines, markers) if marked >= 2 or titled else None

    def lines(self) -> list[MappedText]:
        """The text's lines, without their line breaks."""
        lines: list[MappedText] = [MappedText()]
        for char, offset in zip(self.chars, self.offsets):
            if char == "\n":
                lines.append(MappedText())
            else:
                lines[-1].add_one(char, offset)
        return lines

    def joined(self, other: MappedText) -> MappedText:
        """This text and `other` after it, joined by a space (mapped to other's first character)."""
        if not other.chars:
            return self
        return MappedText([*self.chars, " ", *other.chars], [*self.offsets, other.offsets[0], *other.offsets])

    def join_in_place(self, other: MappedText) -> None:
        """As joined, but this text grows: a line wrapped onto thousands of lines is joined in
        linear time (attack round ATK21, C30: each copy of the whole item made 470 KB take 34 s)."""
        if other.chars:
            self.chars += [" ", *other.chars]
            self.offsets += [other.offsets[0], *other.offsets]

    def ends_a_sentence(self) -> bool:
        """Does the text end in ".", "!" or "?", trailing white space aside? (Read from the end.)"""
        last = next((char for char in reversed(self.chars) if not char.isspace()), "")
        return last in (".", "!", "?")

    def _lines_and_markers(self) -> tuple[list[MappedText], list[re.Match[str] | None]]:
        """The text's lines, and the list marker each opens with (None for none)."""
        lines = self.lines()
        return lines, [_ITEM_MARKER.match("".join(line.chars)) for line in lines]

    def _duties(self) -> list[MappedText]:
        """A summary written as duties run together with semicolons ("Analyze the records of ...;
        Develop and update the extraction scripts ...; Load the converted data ..."): one item per
        duty, when there are three or more, each opening with a capital (set I: 15 duties in 4
        bullets). "...; reduced processing time by 40%" goes on with the same claim."""
        text = "".join(self.chars)
        cuts = [match.start() for match in _DUTY_JOINT.finditer(text)]
        parts = [(start, end) for start, end in zip([0, *[cut + 2 for cut in cuts]], [*cuts, len(text)])]
        if len(parts) < 3 or any(len(text[start:end].split()) < 4 for start, end in parts):
            return [self]
        return [MappedText(self.chars[start:end], self.offsets[start:end]) for start, end in parts]

    def without_marker(self) -> "MappedText":
        """The text without a list marker typed at its start ("<p>- Managed ...</p>": set AP, 21
        claims of an HTML page read with their dash, which the score took for a noun phrase)."""
        marker = _TYPED_GLYPH.match("".join(self.chars))
        return self if marker is None else MappedText(self.chars[marker.end() :], self.offsets[marker.end() :])

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


# Inline markup of JSON and YAML resume themes; a group "kept" is the text the markup wraps.
_ENTITY = re.compile(HTML_ENTITY)
_INLINE_MARKUP = (
    re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"),
    re.compile(r"\[(?P<kept>[^\]\n]+)\]\([^)\s]+\)"),
    re.compile(r"(\*\*|__)(?P<kept>\S(?:.*?\S)?)\1"),
    re.compile(r"(?<![\w*])\*(?P<kept>[^\s*](?:[^*]*?[^\s*])?)\*(?![\w*])"),
    # "_italic_" as RenderCV writes it (set P); not an underscore inside a word ("snake_case")
    re.compile(r"(?<![\w_])_(?P<kept>[^\s_](?:[^_]*?[^\s_])?)_(?![\w_])"),
)


def _opens_with_past_act(line: MappedText) -> bool:
    words = "".join(line.chars).split()
    return len(words) >= 4 and is_past_act(words[0].strip(",.;:"))


_DUTY_JOINT = re.compile(r";\s(?=[A-Z][a-z])")
_ITEM_MARKER = re.compile(rf"^[ \t]*(?:[-*+–{BULLET_GLYPHS}]|\d{{1,3}}[.)])[ \t]+(?=\S)")


def _marked_items(lines: list[MappedText], markers: list[re.Match[str] | None]) -> list[MappedText]:
    """One item per marked line, marker dropped, with the unmarked lines after it (wrapped lines,
    joined with a space as to_bullet joins lines); the text before the first item one of its own."""
    items: list[MappedText] = [MappedText()]
    for line, marker in zip(lines, markers):
        if marker:
            items.append(MappedText(line.chars[marker.end():], line.offsets[marker.end():]))
        elif _titles_a_section(line):
            # "<b>Education</b>" typed between items: a section title of its own, not the wrapped
            # end of the item above it (attack round ATK21, C27: a clause was written after it)
            items += [MappedText(list(line.chars), list(line.offsets)), MappedText()]
        elif line.chars:
            if items[-1].chars:
                items[-1].add_one(" ", line.offsets[0])
            items[-1].chars.extend(line.chars)
            items[-1].offsets.extend(line.offsets)
    return [item for item in items if "".join(item.chars).strip()]


def _without_wrapped_dashes(lines: list[MappedText], markers: list[re.Match[str] | None]) -> list[re.Match[str] | None]:
    """The markers, less the dashes that open a line of an HTML source inside a sentence: after a
    bracket still open ("... checkout (Jan 2020" / "– Mar 2021) and grew ..."), or in lower case
    after a full line with no stop, or after a joining word ("... mortgage team" / "- about 40
    people - and" / "- with the CFO - set ..."). A browser shows those lines as one sentence, and
    read as items they were cut into three claims and a clause was written mid-sentence (attack
    round ATK23, C17 and C18). A list's items after its own marked lines open as they like."""
    kept = list(markers)
    texts = ["".join(line.chars).rstrip() for line in lines]
    for number in range(1, len(lines)):
        marker = kept[number]
        if marker is None or (dash := marker.group(0).strip()) not in ("-", "–", "—"):
            continue
        above = texts[number - 1]
        if not above or above.endswith((".", "!", "?", ":", ";")):
            continue
        rest = texts[number][marker.end() :]
        # after a full line of its own, in lower case or with its dash closed on the line ("– Allianz,
        # AXA and Zurich – and ran ...": ATK24, C15), unless a list goes on below it ("... the
        # following" / "- managing the backlog" / "- running reviews": ATK24, C14, glued)
        after_a_sentence = kept[number - 1] is None and len(above.split()) >= 6
        list_goes_on = number + 1 < len(lines) and kept[number + 1] is not None and not _ends_on_a_joining_word(texts[number])
        lower_case_wrap = rest[:1].islower() and (_ends_on_a_joining_word(above) or (after_a_sentence and not list_goes_on))
        if above.count("(") > above.count(")") or lower_case_wrap or (after_a_sentence and f" {dash} " in rest):
            kept[number] = None
    return kept


def _ends_on_a_joining_word(text: str) -> bool:
    """Does the line end on "and", "the", "with" ...: a sentence that goes on below it?"""
    words = text.split()
    return bool(words) and words[-1].lower() in _JOINING_WORDS


_JOINING_WORDS = frozenset({"and", "or", "but", "the", "a", "an", "of", "to", "with", "for", "in", "on", "by", "from", "at"})


def _titles_a_section(line: MappedText) -> bool:
    """Is the line a section title known in full ("Education", "Work Experience"), written as one,
    with a capital? (Not "tools", an item's last word wrapped onto a line of its own: attack round
    ATK22, C18 and C19, the item cut there and a clause written mid-sentence.)"""
    text = "".join(line.chars).strip()
    if not text[:1].isupper():
        return False
    title = section_title(text, True) if 0 < len(text.split()) <= 4 else None
    return title is not None and is_known_title(title)


def written_as_a_list(text: str) -> bool:
    """Do two lines or more of `text` open with a list marker, as the list list_items parts? Or
    its one line a typed one ("details: |" holding "- Built mobile and web apps ...": round SE, read
    with its "- " as a sentence; "3. ..." alone may be a sentence's figure)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return _one_typed_item(lines) is not None or sum(1 for line in lines if _ITEM_MARKER.match(line)) >= 2


# A typed glyph only: "3. ..." at a paragraph's start may be a sentence's figure.
_TYPED_GLYPH = re.compile(rf"^\s*[-*+–{BULLET_GLYPHS}][ \t]+(?=\S)")


def _one_typed_item(written: list[str]) -> re.Match[str] | None:
    """The typed mark of a list of one item: the only written line, opening with "- " or "• "."""
    return _TYPED_GLYPH.match(written[0]) if len(written) == 1 else None


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
