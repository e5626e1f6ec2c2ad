"""The marks of markup around a bullet's words, paired as the page's reader pairs them.

--write replaces a bullet's words, and no mark may lose its pair there: a bold that opens before
the words and closes inside them would run on over the new text (write.py refuses that edit), and
a link target among them would go with them (apply.py keeps it). The marks are read the way the
file's reader reads them, not counted in the raw text (attack round ATK9: a "**" in a code span, a
"<b>" in a comment and an end tag "</b/>" each fooled a count, and a single "*", "_" or "~~" was
not counted at all):
- HTML: tags, passing over comments and "<!...>" / "<?...>", an end tag read whatever follows its
  name ("</b/>" closes b, as a browser reads it);
- Markdown: emphasis ("*", "_", "~~") by CommonMark's rules of flanking and pairing, code spans,
  backslash escapes, and inline HTML as above.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal, NamedTuple


class Mark(NamedTuple):  # a tuple: a long bullet holds hundreds of thousands of them
    start: int  # character offsets into the source text, end exclusive
    end: int
    kind: str  # "*", "_", "~", "`", or a tag's name in lower case
    opens: bool
    closes: bool
    tag: bool = False


Pair = tuple[Mark, Mark]
# "split": a pair of marks has one mark in the replaced words and the other outside them (or a
# mark is cut in two); "closed after": a tag opens in the replaced words and closes after them;
# "unread": markup po2pm cannot read for sure (an unclosed comment).
Harm = Literal["split", "closed after", "unread"]


def split_by_edit(text: str, start: int, end: int, file_format: str) -> Harm | None:
    """Would replacing text[start:end] part a mark from its pair? In Markdown the marks are paired
    over the paragraph or item around the words; in a JSON or YAML value (a theme may render its
    Markdown) over their lines; in HTML over the words alone, where a closing tag that closes
    nothing among them closes one before them."""
    if file_format in ("html", "text"):
        found = _html_marks(text, start, end)
        before_known = after_known = False
    else:
        edge = _BLOCK_EDGE if file_format == "markdown" else _LINE_EDGE
        low, before_known = _context_start(text, start, edge)
        high, after_known = _context_end(text, end, edge)
        found = _markdown_marks(text, low, high)
    if found is None:
        return "unread"
    pairs, unpaired = _paired(found)
    if _parted(found, pairs, unpaired, start, end, before_known, after_known):
        return "split"
    opened = [mark for mark in unpaired if mark.tag and mark.opens and _side(mark, start, end) == "in"]
    if opened and file_format in ("html", "text", "markdown") and _closed_after(text, end, opened, file_format):
        return "closed after"
    return None


def _parted(found: list[Mark], pairs: list[Pair], unpaired: list[Mark], start: int, end: int, before_known: bool, after_known: bool) -> bool:
    """Is a mark cut in two, or a pair of marks one inside text[start:end] and one outside? A
    mark inside that pairs with none may close one before the text read (a closing tag always
    may) or open one closing after it, unless that text is known to be its paragraph's (an
    opening tag's end is looked for after it: _closed_after)."""
    if any(_side(mark, start, end) == "cut" for mark in found):
        return True
    if any(_side(opening, start, end) != _side(closing, start, end) for opening, closing in pairs):
        return True
    inside = (mark for mark in unpaired if _side(mark, start, end) == "in")
    return any((mark.closes and (mark.tag or not before_known)) or (mark.opens and not mark.tag and not after_known) for mark in inside)


def _closed_after(text: str, end: int, opened: list[Mark], file_format: str) -> bool:
    """Does one of these opening tags, read in the replaced words and closed by none of them, close
    after them (within a few thousand characters)? Replaced, it would leave its end tag on its own
    and the text after it would lose its bold (attack round ATK10: "<p>...<br>- Managed the
    <b>product backlog ...<br>- Ran daily</b> stand-ups</p>", exit 0). A Markdown paragraph
    passes its inline HTML to the page as it is, so its tags may close in a later item too."""
    high = min(len(text), end + _CONTEXT_AT_MOST)
    after = _markdown_marks(text, end, high) if file_format == "markdown" else _html_marks(text, end, high)
    if after is None:
        return True  # what follows cannot be read for sure: the tag may close there
    pairs: list[Pair] = []
    _pair_tags([*opened, *(mark for mark in after if mark.tag)], pairs, [])
    inside = set(opened)
    return any(opening in inside for opening, _ in pairs)


def _side(mark: Mark, start: int, end: int) -> str:
    if start <= mark.start and mark.end <= end:
        return "in"
    return "out" if mark.end <= start or mark.start >= end else "cut"


def tags_with_an_id(text: str, start: int, end: int, file_format: str) -> str:
    """The link targets among text[start:end] ('<a id="x"></a>', '<span id="x">...</span>',
    '<a name="x">', '<a id="x"/>'), each written empty, to be kept before the new text: a link to
    "#x" elsewhere would point nowhere (attack rounds ATK9, ATK10: a rewrite deleted them with no
    word)."""
    if _ID.search(text, start, end) is None and _NAME.search(text, start, end) is None:
        return ""  # the common case, told without reading every mark of the words
    found = _html_marks(text, start, end) if file_format == "html" else _markdown_marks(text, start, end)
    if not found:
        return ""
    pairs: list[Pair] = []
    _pair_tags([mark for mark in found if mark.tag], pairs, [])
    closing_of = {opening: closing for opening, closing in pairs}
    kept = []
    for mark in found:
        written = text[mark.start : mark.end]
        if mark.tag and not mark.closes and (_ID.search(written) or (mark.kind == "a" and _NAME.search(written))):
            closing = closing_of.get(mark)
            kept.append(written + (text[closing.start : closing.end] if closing is not None else ""))
    return "".join(kept)


_ID = re.compile(r"[\s\"'/]id\s*=", re.IGNORECASE)
_NAME = re.compile(r"[\s\"'/]name\s*=", re.IGNORECASE)


# Where a Markdown paragraph or item may begin or end: a blank line, a list item's line, a heading.
_BLOCK_EDGE = re.compile(r"\n[ \t]*(?:\n|(?:[-*+]|\d{1,9}[.)])[ \t]|#{1,6}[ \t])")
# Where a JSON or YAML value's line begins or ends.
_LINE_EDGE = re.compile(r"\n")
# How far around the words their paragraph is looked for, so a long one is not read whole again
# for each of its edits; a mark that may pair with one beyond is then counted as parted.
_CONTEXT_AT_MOST = 2000


def _context_start(text: str, start: int, edge: re.Pattern[str]) -> tuple[int, bool]:
    """Where the paragraph or item (or line, by `edge`) holding text[start] begins, and whether
    that is known."""
    low = max(0, start - _CONTEXT_AT_MOST)
    found = next(reversed(list(edge.finditer(text, low, start))), None)
    if found is not None:
        return found.start() + 1, True
    return low, low == 0


def _context_end(text: str, end: int, edge: re.Pattern[str]) -> tuple[int, bool]:
    high = min(len(text), end + _CONTEXT_AT_MOST)
    found = edge.search(text, end, high)
    if found is not None:
        return found.start(), True
    return high, high == len(text)


# The start of a comment, of a "<!...>" or "<?...>" a browser passes over, or of a tag.
_HTML_OPENING = re.compile(r"<(?:!--|[!?]|\\?/(?![A-Za-z])|\\?/?[A-Za-z])")
# A tag: its name ends at a space, a "/" or the ">" (JSON writes "</" as "<\/").
_TAG = re.compile(r"""<(?P<closing>\\?/)?(?P<name>[A-Za-z][^\s/<>]*)(?:[\s/](?:[^<>"']|"[^"]*"|'[^']*')*)?>""")
_VOID_TAGS = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "col", "base", "embed", "param", "track"})


def _html_marks(text: str, start: int, end: int) -> list[Mark] | None:
    """The tags of text[start:end] as a browser reads them; None where it is not sure how (a
    comment that does not close there, an end tag it cannot read)."""
    marks = []
    at = start
    while (opening := _HTML_OPENING.search(text, at, end)) is not None:
        sign = opening.group(0)
        if sign == "<!--":
            close = _comment_end(text, opening.start(), end)
            if close is None:
                return None
            at = close
        elif sign in ("<!", "<?") or sign.endswith("/"):  # passed over up to the next ">"
            close = text.find(">", opening.start(), end)
            if close < 0:
                return None
            at = close + 1
        else:
            tag = _TAG.match(text, opening.start(), end)
            if tag is None:
                if "/" in sign:
                    return None  # "</b <x>": an end tag all the same, that po2pm cannot read
                at = opening.start() + 1  # an opening tag not read: one mark fewer to pair a closing one
                continue
            mark = _tag_mark(tag)
            if mark is not None:
                marks.append(mark)
            at = tag.end()
    return marks


def _comment_end(text: str, start: int, end: int) -> int | None:
    """Past the "-->" that closes the comment opening at `start` ("<!-->" and "<!--->" close at once)."""
    for short in ("<!-->", "<!--->"):
        if text.startswith(short, start) and start + len(short) <= end:
            return start + len(short)
    close = text.find("-->", start + 4, end)
    return close + 3 if close >= 0 else None


def _tag_mark(tag: re.Match[str]) -> Mark | None:
    """A tag as a mark to pair; None for an empty element ("<br>"). "<b/>", which a browser opens,
    is a mark that neither opens nor closes: paired with none, it can only leave a closing tag
    paired with none (refused), and '<a id="x"/>' among the words is still a link target to keep."""
    name = tag.group("name").lower()
    closing = bool(tag.group("closing"))
    if name in _VOID_TAGS:
        return None
    if not closing and tag.group(0).endswith("/>"):
        return Mark(tag.start(), tag.end(), name, opens=False, closes=False, tag=True)
    return Mark(tag.start(), tag.end(), name, opens=not closing, closes=closing, tag=True)


_MARKDOWN_SIGN = re.compile(r"\\[!-/:-@\[-`{-~]|`+|<|\*+|_+|~+")
_TICKS = re.compile(r"`+")


def _markdown_marks(text: str, start: int, end: int) -> list[Mark]:
    """The marks of text[start:end] as CommonMark reads them: what a code span holds, an escaped
    sign, a comment are no marks; a run of "*", "_" or "~" is one if it may open or close."""
    marks: list[Mark] = []
    ticks = _tick_runs(text, start, end)
    at = start
    while (sign := _MARKDOWN_SIGN.search(text, at, end)) is not None:
        at = sign.end()
        first = sign.group(0)[0]
        if first == "\\":
            continue
        if first == "`":
            at = _code_span(text, sign, ticks, marks)
        elif first == "<":
            at = _inline_html(text, sign.start(), end, marks)
        else:
            run = _delimiter_run(text, sign)
            if run is not None:
                marks.append(run)
    return marks


def _tick_runs(text: str, start: int, end: int) -> dict[int, list[int]]:
    """Where each run of backticks starts, by its length: a code span closes at the next run of
    its own length, found without searching the text again from every opening run."""
    runs: dict[int, list[int]] = {}
    for run in _TICKS.finditer(text, start, end):
        runs.setdefault(len(run.group(0)), []).append(run.start())
    return runs


def _code_span(text: str, opening: re.Match[str], ticks: dict[int, list[int]], marks: list[Mark]) -> int:
    """Add the code span's two marks, or a lone run's (opening or closing one beyond the text
    read); returns where reading goes on."""
    length = len(opening.group(0))
    starts = ticks.get(length, [])
    after = bisect_left(starts, opening.end())
    if after == len(starts):
        marks.append(Mark(opening.start(), opening.end(), "`", opens=True, closes=True))
        return opening.end()
    close = starts[after]
    marks.append(Mark(opening.start(), opening.end(), "`", opens=True, closes=False))
    marks.append(Mark(close, close + length, "`", opens=False, closes=True))
    return close + length


def _inline_html(text: str, start: int, end: int, marks: list[Mark]) -> int:
    """A comment is passed over, a tag is a mark; a "<" that opens neither is a letter."""
    if text.startswith("<!--", start):
        close = _comment_end(text, start, end)
        return close if close is not None else start + 1
    tag = _TAG.match(text, start, end)
    if tag is None:
        return start + 1
    mark = _tag_mark(tag)
    if mark is not None:
        marks.append(mark)
    return tag.end()


def _delimiter_run(text: str, run: re.Match[str]) -> Mark | None:
    """A run of "*", "_" or "~" as CommonMark's flanking rules read it; None for one that can
    neither open nor close ("5 * 3", snake_case, "~~~"). A single "~" strikes out too on GitHub."""
    char = run.group(0)[0]
    if char == "~" and len(run.group(0)) > 2:
        return None
    before = text[run.start() - 1] if run.start() > 0 else " "
    after = text[run.end()] if run.end() < len(text) else " "
    left = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before))
    right = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after))
    if char == "_":
        opens, closes = left and (not right or _punctuation(before)), right and (not left or _punctuation(after))
    else:
        opens, closes = left, right
    return Mark(run.start(), run.end(), char, opens, closes) if opens or closes else None


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _paired(marks: list[Mark]) -> tuple[list[Pair], list[Mark]]:
    """The pairs the marks make, and the marks paired with none. Code spans come paired; tags pair
    by name with the nearest open one; emphasis by CommonMark's delimiter rules."""
    pairs: list[Pair] = []
    unpaired: list[Mark] = []
    code = [mark for mark in marks if mark.kind == "`"]
    for opening, closing in zip(code, code[1:]):
        if opening.opens and not opening.closes and closing.closes and not closing.opens:
            pairs.append((opening, closing))
    paired_code = {mark for pair in pairs for mark in pair}
    unpaired.extend(mark for mark in code if mark not in paired_code)
    _pair_tags([mark for mark in marks if mark.tag], pairs, unpaired)
    _pair_emphasis([mark for mark in marks if mark.kind in ("*", "_", "~") and not mark.tag], pairs, unpaired)
    return pairs, unpaired


def _pair_tags(tags: list[Mark], pairs: list[Pair], unpaired: list[Mark]) -> None:
    open_by_name: dict[str, list[Mark]] = {}
    for tag in tags:
        if not tag.opens and not tag.closes:
            continue  # "<a id="x"/>": nothing to pair
        opened = open_by_name.setdefault(tag.kind, [])
        if tag.opens:
            opened.append(tag)
        elif opened:
            pairs.append((opened.pop(), tag))
        else:
            unpaired.append(tag)
    unpaired.extend(tag for opened in open_by_name.values() for tag in opened)


@dataclass
class _Opener:
    mark: Mark
    left: int  # its marks not yet paired
    paired: bool = False


def _pair_emphasis(runs: list[Mark], pairs: list[Pair], unpaired: list[Mark]) -> None:
    """CommonMark's rules: a closing run pairs with the nearest opening one of its sign it may
    close (not where their lengths add up to a multiple of three, when one of them may open and
    close), taking two marks of each where both have two; the opening runs between are then no
    longer open. "~~" pairs with a run of its own length only."""
    openers: list[_Opener] = []
    # how deep in the stack an opener of each kind was already looked for in vain (CommonMark's
    # openers_bottom): a search of every opener at every closing run is quadratic
    bottom: dict[tuple[str, bool, int], int] = {}
    for run in runs:
        length = run.end - run.start
        left = length
        if run.closes:
            key = (run.kind, run.opens, length % 3)
            while left:
                at = _opener_for(openers, run, length, bottom.get(key, 0))
                if at is None:
                    bottom[key] = len(openers)
                    break
                opener = openers[at]
                for dropped in openers[at + 1 :]:
                    if not dropped.paired:
                        unpaired.append(dropped.mark)
                del openers[at + 1 :]
                used = length if run.kind == "~" else 2 if left >= 2 and opener.left >= 2 else 1
                pairs.append((opener.mark, run))
                opener.left -= used
                opener.paired = True
                left -= used
                if not opener.left:
                    openers.pop()
                for kind in list(bottom):
                    bottom[kind] = min(bottom[kind], len(openers))
        if left and run.opens:
            openers.append(_Opener(run, left, paired=left < length))
        elif left == length:
            unpaired.append(run)
    unpaired.extend(opener.mark for opener in openers if not opener.paired)


def _opener_for(openers: list[_Opener], run: Mark, length: int, bottom: int) -> int | None:
    for at in range(len(openers) - 1, bottom - 1, -1):
        opener = openers[at]
        if opener.mark.kind != run.kind:
            continue
        opener_length = opener.mark.end - opener.mark.start
        if run.kind == "~":
            if opener_length == length:
                return at
            continue
        both_ways = run.opens or opener.mark.closes
        if both_ways and (opener_length + length) % 3 == 0 and not (opener_length % 3 == 0 and length % 3 == 0):
            continue
        return at
    return None
