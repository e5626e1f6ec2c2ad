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
from functools import lru_cache
from typing import Mapping, Sequence

from .extract import AUTOLINK_OPENING
from .formats.latex import unpaired_braces, without_comments
from .formats.markdown import yaml_front_matter_end
from .formats.yamlresume import LATEX_MARKUP
from .marks import tags_with_an_id
from .model import BulletReport, Position, line_starts, split_lines


@dataclass(frozen=True)
class Edit:
    start: int  # character offsets into the source text, end exclusive
    end: int
    replacement: str


def offset_of(starts: Sequence[int], position: Position) -> int:
    return starts[position.line - 1] + position.column - 1


_LATEX_SPECIALS = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
# A plain YAML scalar cannot hold these; the replacement is then double-quoted.
_YAML_NEEDS_QUOTES = re.compile(r":\s|\s#|^[-?:,\[\]{}#&*!|>'\"%@`]")


def encode(text: str, file_format: str, source: str, start: int) -> str:
    """The suggestion as it must be written at source[start] in a file of this format."""
    if file_format == "latex":
        escaped = _latex_escaped(text)
        # "\item [the result] by ..." would read as \item's optional label: an empty group first
        return "{}" + escaped if escaped.startswith("[") else escaped
    if file_format == "html":
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if file_format == "markdown":
        return _markdown_escaped(text)
    before = source[start - 1] if start > 0 else ""
    if file_format == "javascript":
        # valid in a '...', "..." and `...` string alike, so the string's own quote needs no knowing
        escapes = {"\\": "\\\\", "'": "\\'", '"': '\\"', "`": "\\`", "\n": "\\n"}
        return "".join(escapes.get(char, char) for char in text).replace("${", "\\${")
    if file_format == "json" or (file_format == "yaml" and before == '"'):
        # a JSON file kept in ASCII, its "é" written "\u00e9", stays so (attack round ATK21, C13); not
        # a YAML one, whose "\ud83d\ude80" halves YAML does not join (ATK22, C16: the write refused)
        return json.dumps(text, ensure_ascii=file_format == "json" and source.isascii())[1:-1]
    if file_format == "yaml":
        if before == "'":
            return text.replace("'", "''")
        if _in_block_scalar(source, start):
            return text  # inside "- >-" or "- |" every character is literal: no quoting, no escapes
        if _YAML_NEEDS_QUOTES.search(text) or (_in_flow_collection(source, start) and _YAML_FLOW_INDICATORS.search(text)):
            return json.dumps(text, ensure_ascii=False)
    return text


# Inside "[...]" or "{...}" a plain scalar ends at these too: "highlights: [B, Led pricing]" took
# the clause's comma as the end of the item (attack round, session 44: the read-back check refused).
_YAML_FLOW_INDICATORS = re.compile(r"[,\[\]{}]")


def _in_flow_collection(source: str, start: int) -> bool:
    """Does the plain scalar at `start` sit in a flow sequence or mapping? It does when an item
    separator or an opening bracket comes before it, or a key's colon inside an open brace."""
    before = source[:start].rstrip()
    if before.endswith(("[", ",", "{")):
        return True
    line = before[before.rfind("\n") + 1 :]
    return before.endswith(":") and line.count("{") > line.count("}")


def _markdown_escaped(text: str) -> str:
    """The text as Markdown that reads back as itself (extract.py): emphasis, strikeout and code
    marks, a link's target after its label, a backslash before punctuation, an "&" that would start an entity, and a
    mark that would open a block at the text's start ("# of users", "1. Grew", "> ", "+ "),
    escaped (attack round ATK10, A42: a person's own "~~20%~~" or "[partner](url)" was refused,
    blamed on the file's markup)."""
    text = _MARKDOWN_BACKSLASH.sub(r"\\\\", text)
    text = _MARKDOWN_ENTITY_START.sub("&amp;", text).replace("<", "&lt;")  # "&lt;img ...&gt;" stays text, not a tag
    text = re.sub(r"([*`])", r"\\\1", text)
    text = _MARKDOWN_STRIKEOUT.sub(r"\\~", text)
    text = _MARKDOWN_LINK_TARGET.sub(r"\\\g<0>", text)
    text = _MARKDOWN_NUMBER_MARK.sub(r"\1\\\2", text)
    text = _MARKDOWN_BLOCK_MARK.sub(r"\\\g<0>", text)
    return _MARKDOWN_UNDERSCORE.sub(r"\\_", text)


_MARKDOWN_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_MARKDOWN_ENTITY_START = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_MARKDOWN_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # not inside a word: snake_case stays
_MARKDOWN_STRIKEOUT = re.compile(r"~(?=~)|(?<=~)~")  # a lone "~20%" is no mark
_MARKDOWN_LINK_TARGET = re.compile(r"(?<=\])[(\[]")  # "[partner](url)", "[partner][ref]": a target after the label
_MARKDOWN_NUMBER_MARK = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")  # an ordered list's "1. "
_MARKDOWN_BLOCK_MARK = re.compile(r"^(?:>|#{1,6}(?=[ \t]|$)|[-+](?=[ \t]|$))")  # a quote, a heading, a list


def _latex_escaped(text: str) -> str:
    return "".join(_LATEX_SPECIALS.get(char, char) for char in text)


_BLOCK_INDICATOR = re.compile(r"[>|][+-]?\d?\s*(#.*)?$")


_YAML_VALUE_OPENING = re.compile(r"""\s*(?:-\s+)*(?:[^\s#'"][^#]*?:\s+)?(["']?)""")


def _yaml_value_start(source: str, start: int) -> int:
    """Where the YAML scalar holding source[start] begins on its line: after "- " or "key: " and
    its opening quote."""
    line_start = source.rfind("\n", 0, start) + 1
    opening = _YAML_VALUE_OPENING.match(source, line_start, start)
    return opening.end() if opening is not None and opening.end() <= start else start


def _in_block_scalar(source: str, start: int) -> bool:
    """Does the text at `start` sit in a YAML block scalar: is the first line above it that is
    indented less (its key's) one that ends in > or |? Lines of the block between are passed
    (a list typed inside "description: |", "- Managed ...": attack round ATK21, C37, the second
    item's clause was quoted as a plain value's and the edit refused), up to 500 of them."""
    line_start = source.rfind("\n", 0, start) + 1
    line = source[line_start:start]
    if line.strip() and not _TYPED_IN_A_BLOCK.fullmatch(line):
        return False  # text on the same line as its key: a plain or quoted scalar
    indent = len(line) - len(line.lstrip(" "))
    end = line_start - 1
    for _ in range(500):
        if end < 0:
            return False
        above_start = source.rfind("\n", 0, end) + 1
        above = source[above_start:end].rstrip()
        if above.strip() and len(above) - len(above.lstrip(" ")) < indent:
            # its comment aside: "highlights: # web | ios |" opens no block (attack round ATK22, C13)
            return bool(_BLOCK_INDICATOR.search(_YAML_COMMENT.sub("", above)))
        end = above_start - 1
    return False


# The start of a line in a block scalar that types a list item: "- ", "* ", "• ", a tab after the
# mark too (attack round ATK22, C15); and a line's comment, a "#" after white space
_TYPED_IN_A_BLOCK = re.compile(r" *(?:[-*•][ \t]+)?")
_YAML_COMMENT = re.compile(r"\s+#.*$")


def edits_for(text: str, bullets: Sequence[BulletReport], choices: Mapping[int, str], file_format: str = "text") -> list[Edit]:
    """One edit per chosen bullet (index -> its new text), written in the file's syntax."""
    starts = _line_starts_of(text)
    edits = []
    front_matter = yaml_front_matter_end(split_lines(text)) if file_format == "markdown" else 0
    for index, new_text in sorted(choices.items()):
        bullet = bullets[index].bullet
        start = offset_of(starts, bullet.start)
        # a bullet of a Markdown page's YAML front matter is written as YAML (quoted where it must
        # be), and an item of a LaTeX list in it ("\item Managed ...", which pandoc passes through)
        # as LaTeX, as its reader says (attack round ATK15, C27: an answer's "%" and "&" written raw
        # broke the PDF build; ATK16, C1: so too an item opening with a macro, "\item \textbf{Managed}")
        syntax = bullet.written_in(file_format)
        if bullet.start.line <= front_matter:
            syntax = "yaml"
        # LaTeX groups are paired where the comments are blanked: a "}" in "% note }" closes nothing
        code = _latex_without_comments(text, file_format == "latex") if syntax == "latex" else text
        last = offset_of(starts, bullet.end)  # just past the bullet's last character
        end = _after_closing_markup(code, start, _after_escape(text, last, syntax), syntax)
        if syntax in _APPENDED and (extension := _keep_and_extend(text, syntax, bullet.text, new_text, start, end, last - 1)):
            edits.append(extension)
            continue
        if syntax == "latex" and (labelled := _after_item_label(text, start, bullet.text, new_text)) is not None:
            start, new_text = labelled
        if syntax in ("json", "yaml", "javascript"):
            start, end = _around_inline_markup(text, start, end)
        elif syntax in ("markdown", "text", "html"):
            start = _before_opening_markup(text, start, end)
        elif syntax == "latex":
            start = _before_opening_macro(code, start, end)
        if syntax == "yaml" and LATEX_MARKUP.search(text[_yaml_value_start(text, start) : end]):
            # A value a LaTeX template renders: "15%" must stay "15\%". A bullet that opens inside
            # markup ("\\textbf{Managed} ...") is replaced from the value's own start, so no
            # half of the markup is left behind and the quoting is the value's. Its link targets
            # are kept before the new text, as in a .tex file (attack round ATK10: a "\label{claims}"
            # went with the words); written with the new text, they are quoted as it is.
            start = _yaml_value_start(text, start)
            new_text = "".join(_latex_targets(text, start, end)) + _latex_escaped(new_text)
        edits.append(Edit(start, end, _link_targets(text, start, end, syntax) + encode(new_text, syntax, text, start)))
    return edits


def _keep_and_extend(text: str, syntax: str, bullet_text: str, new_text: str, start: int, end: int, stop: int) -> Edit | None:
    """The edit that keeps the person's own text as written, with its bold, links and text the
    reader hides (a translation macro, a link's address), and adds the suggestion's clause; None
    where the new text does not keep the bullet. The clause follows the bullet, after a link it
    ends in ("... for the [claims team](url)") and the markup around that link ("**[claims
    team](url)**"); or, where the bullet ends in a full stop (text[stop]) that the suggestion moves
    after its clause, before that stop (attack round ATK21, C22: such a bullet, the commonest shape,
    was replaced whole and lost its markup). A LaTeX group closed after the stop ("\\textbf{teams.}")
    is closed before the clause; Markdown and HTML marks around it ("**teams.**") are not split,
    so there the clause goes inside them."""
    added = _added_before_stop(bullet_text, new_text)
    before_stop = bool(added) and 0 <= stop < end and text[stop] == bullet_text[-1]
    if not before_stop:
        if not new_text.startswith(bullet_text) or len(new_text) <= len(bullet_text):
            return None
        added = new_text[len(bullet_text) :]
    if syntax == "markdown":
        end = _after_closing_markup(text, start, _after_link(text, start, end), syntax)
    if not before_stop:
        return Edit(end, end, encode(added, syntax, text, end))
    if syntax != "latex" and end > stop + 1:
        return Edit(stop, stop, encode(added[:-1], syntax, text, stop))
    return Edit(stop, end, text[stop + 1 : end] + encode(added, syntax, text, stop))


def _added_before_stop(bullet_text: str, new_text: str) -> str:
    """What a suggestion adds to a bullet that ends in a full stop, the stop moved to after it
    ("... three teams." -> "..., in an order set by [...]."), with that stop; "" for any other
    new text."""
    if not bullet_text.endswith(".") or not new_text.endswith(".") or len(new_text) <= len(bullet_text):
        return ""
    kept = bullet_text[:-1]
    if not new_text.startswith(kept) or new_text[len(kept)].isalnum():
        return ""
    return new_text[len(kept) :]


@lru_cache(maxsize=2)
def _latex_without_comments(text: str, blocks: bool = True) -> str:
    r"""without_comments, found once for all the edits of a write (as _line_starts_of). The
    braces of a comment were paired with a macro's (attack round ATK10, A26: in
    `\resumeItem{Managed ... % note }` the edit took `\resumeItem{` and left its `}` behind)."""
    return without_comments(text, blocks)


@lru_cache(maxsize=2)
def _line_starts_of(text: str) -> tuple[int, ...]:
    """line_starts, found once for all the edits of a write: write.plan asks for each edit alone
    (its markup check), and a Word file of 24,000 lines and 500 bullets had its lines found again
    for each (attack round ATK9, FY2)."""
    return tuple(line_starts(text))


def _link_targets(text: str, start: int, end: int, file_format: str) -> str:
    r"""The invisible link targets among the words an edit replaces, kept before the new text: a
    LaTeX `\label{launch}` (and `\index`, `\hypertarget`, `\phantomsection`), an HTML `<a
    id="launch"></a>` or `<a name=...>`, in HTML and Markdown. They went with the words, and every
    `\ref{launch}` or `href="#launch"` pointed nowhere (attack round ATK9, exit 0 and no word)."""
    if file_format == "latex":
        return "".join(_latex_targets(text, start, end))
    if file_format in ("html", "markdown"):
        return tags_with_an_id(text, start, end, file_format)
    return ""


_LATEX_TARGET = re.compile(r"\\(label|index|hypertarget|phantomsection)(?![A-Za-z])\s*")


def _latex_targets(text: str, start: int, end: int) -> list[str]:
    r"""Each target as it must be written again: `\hypertarget{name}{text}` without its text (the
    new text replaces it), the others whole; one in a comment is none."""
    kept = []
    for target in _LATEX_TARGET.finditer(text, start, end):
        # as the reader finds comments: a "%" in a link's address opens none (ATK13, C33: the
        # `\label` after one was taken for a comment and dropped)
        if _latex_without_comments(text)[target.start()] != text[target.start()]:
            continue
        macro = target.group(1)
        if macro == "phantomsection":
            kept.append("\\phantomsection ")
            continue
        close = _group_close(text, target.end() + 1, end) if text.startswith("{", target.end()) else None
        if close is None:
            continue
        argument = text[target.start() : close + 1]
        kept.append(f"{argument}{{}}" if macro == "hypertarget" else argument)
    return kept


_ITEM_LABEL_OPENS = re.compile(r"\\item\s*\[\Z")


def _after_item_label(text: str, start: int, bullet_text: str, new_text: str) -> tuple[int, str] | None:
    r"""A bullet read from `\item[label] text` as "label: text" (formats/latex.py) opens inside the
    brackets: a new text that keeps "label:" is written after the closing bracket, one that does not
    replaces the label too (`\item new text`). None for any other bullet."""
    from .formats.latex import decode, optional_close

    if not _ITEM_LABEL_OPENS.search(text, max(0, start - 40), start):
        return None
    close = optional_close(text, start - 1)
    if close < 0:
        return None
    # the label as read ("Ops: Web" from `[Ops: Web]`, a colon of its own: an attack round of
    # session 48 cut it at that colon), then the colon the closing bracket reads as
    label = " ".join("".join(decode(text, text, start, close).chars).split()) + ":"
    if not bullet_text.startswith(label):
        return None
    if new_text.startswith(label):
        return close + 1, new_text[len(label) :]
    return start - 1, " " + new_text


# Formats whose bullets can hold markup the text does not show: an added clause is written after
# the bullet instead of replacing it (fourth round of attacks: a rewrite deleted a hidden
# translation and a link's address from the middle of a LaTeX bullet).
# A JavaScript string keeps its own quoting and escapes as written the same way.
_APPENDED = frozenset({"latex", "markdown", "html", "text", "javascript"})


def _after_escape(text: str, end: int, file_format: str) -> int:
    """A bullet that ends in an escape ("100\\%", "\\"", "\\u00e9", "\\ud83d\\ude00", YAML's "''"
    and "\\U0001F600", LaTeX's "\\'e" and "\\ldots", HTML's "&amp;") maps its last character to
    where the escape starts: the edit must end after the whole escape. (Markup that closes after
    the last character, "**Q3**" or "<b>Q3</b>", is _after_closing_markup's; anything neither
    knows, a link, is caught when the file is read back: write.py.)"""
    if end <= 0 or end >= len(text):
        return end
    before = text[end - 1]
    if file_format in ("html", "markdown") and before == "&":
        entity = _ENTITY.match(text, end - 1)
        return entity.end() if entity else end
    if before != "\\":
        return end + 1 if file_format == "yaml" and before == "'" and text[end] == "'" else end
    if file_format == "latex":
        return _after_latex_macro(text, end)
    if file_format == "markdown":
        return end + 1  # "\\*": a backslash escape is two characters
    if file_format in ("json", "yaml", "javascript"):
        code = text[end]
        if code == "u" and file_format == "json" and _SURROGATE_PAIR.match(text, end - 1):
            return end + 11  # "\\ud83d\\ude00": one character, two escapes
        return min(len(text), end + {"u": 5, "U": 9, "x": 3}.get(code, 1))
    return end


# The rest of a Markdown link after its text: "](url)", "][label]", or "]" of "[label]".
_LINK_TAIL = re.compile(r"\](?:\([^()\n]*\)|\[[^\][\n]*\])?")


def _after_link(text: str, start: int, end: int) -> int:
    """Past the end of a Markdown link whose text the bullet ends in, so an added clause follows
    the link instead of landing in its text; `end` where the bullet ends outside a link."""
    tail = _LINK_TAIL.match(text, end)
    if tail is None or text.count("[", start, end) <= text.count("]", start, end):
        return end
    return tail.end()


_AUTOLINK_OPENED = re.compile(AUTOLINK_OPENING + "$", re.IGNORECASE)  # searched up to the bullet's end
_MATH_SHIFT = re.compile(r"(?<!\\)\$")  # a "$" that opens or closes math, not an escaped "\$"


def _open_verbatim_mark(text: str, start: int, end: int) -> str | None:
    """The mark that closes a `\verb|...|` (or another delimited verbatim) opened between start and
    end and not closed before end; None where none is open."""
    from .formats.latex import verbatim_opening

    at = start
    while (macro := _MACRO_NAME.search(text, at, end)) is not None:
        at = macro.end()
        if (opening := verbatim_opening(text, macro.start())) is not None:
            mark, at = opening
            close = text.find(mark, at, end)
            if close < 0:
                return mark
            at = close + 1
    return None


_MACRO_NAME = re.compile(r"\\[A-Za-z]+")


def _after_closing_markup(text: str, start: int, end: int, file_format: str) -> int:
    """Markup the bullet opened and closes after its last character ("**Q3**", "<b>Q3</b>"):
    the edit takes the closing part too, or it would be left behind on its own. Every layer of
    it: in Markdown, "**cards _team_**" and inline HTML's "<b>payments team</b>" (attack round
    ATK10: a clause added after one layer was written inside the bold)."""
    if file_format == "html":
        while closing := _CLOSING_TAG.match(text, end):
            if not re.search(rf"<{closing.group(1)}\b", text[start:end], re.IGNORECASE):
                break
            end = closing.end()
    elif file_format in ("markdown", "text"):
        if text.startswith(">", end) and _AUTOLINK_OPENED.search(text, start, end):
            end += 1  # "... for <https://claims.example>": the autolink closes after the bullet's last word
        for _ in range(_MARKS_AT_MOST):
            closing = _CLOSING_TAG.match(text, end) or _CLOSING_EMPHASIS.match(text, end)
            if closing is None:
                break
            opening = rf"<{closing.group(1)}\b" if closing.group(0).startswith("<") else re.escape(closing.group(0))
            if re.compile(opening, re.IGNORECASE).search(text, start, end) is None:
                break
            end = closing.end()
    elif file_format == "latex":
        # "\textbf{Q3}": the group the bullet's last word sits in closes after it; and the math it
        # sits in ("by 20$\%$", "by $\frac{1}{2}$": a clause was written inside the math, attack
        # round ATK12, C32)
        # a "}" that closes a group opened before the bullet ("\\emph{Managed} ... using \\textbf{Jira}")
        # is no close of one opened inside it (attack round ATK16, C23: the clause went inside the bold)
        groups = unpaired_braces(text, start, end)[1]
        while end < len(text):
            if text[end] == "}" and groups > 0:
                groups -= 1
                end += 1
            elif text[end] == "$" and len(_MATH_SHIFT.findall(text, start, end)) % 2 == 1:
                end += 1
            elif text.startswith("\\)", end) and text.count("\\(", start, end) > text.count("\\)", start, end):
                end += 2  # "by \(20\%\)", math opened the other way (ATK13, C6)
            elif text[end] == _open_verbatim_mark(text, start, end):
                end += 1  # "in \verb|C++|", "at \url|x.example/claims|": the clause was written inside (ATK14, C20, C21)
            else:
                break
    return end


def _before_opening_markup(text: str, start: int, end: int) -> int:
    """A bullet that opens with emphasis closed inside it ("**Managed the backlog** for the claims
    team", "<b>Managed</b> the backlog") starts after the opening mark: a new text written over
    the bullet takes that mark too, or the closing one goes and the opening one is left alone
    (attack round ATK5: "- **Cut claim time ...", a bold the page never closes)."""
    # a few marks at most: 100,000 nested <b> copied and searched the text once each (attack
    # round ATK8: minutes); the write's own check refuses an edit that leaves one open
    for _ in range(_MARKS_AT_MOST):
        opening = _opening_mark_before(text, start)
        if opening is None:
            break
        mark = opening.group(0)
        tag = _TAG_NAME.match(mark, 1)
        closing = f"</{tag.group(0)}" if tag is not None and mark.startswith("<") else mark
        if not _holds(text, closing, start, end):
            break
        start = opening.start()
    return start


_MARKS_AT_MOST = 8


def _holds(text: str, mark: str, start: int, end: int) -> bool:
    """Does text[start:end] hold `mark`, in any case? Searched without copying the stretch."""
    return re.compile(re.escape(mark), re.IGNORECASE).search(text, start, end) is not None


def _before_opening_macro(text: str, start: int, end: int) -> int:
    r"""A LaTeX bullet that opens inside a macro's group closed within it ("\textbf{Managed} the
    backlog ...", "\hyperref[sec:x]{Managed} ...") starts at the macro: the new text replaces it
    whole, or the group's closing brace went with the words and the write was refused for
    unbalanced braces, "please report this" (attack rounds ATK6 and ATK7); a link macro then is
    told as a link the edit would drop."""
    for _ in range(_MARKS_AT_MOST):
        opening = _LATEX_OPENING.search(text, max(0, start - 300), start)
        if opening is None or _group_close(text, start, end) is None:
            break
        start = opening.start()
    return start


# A macro and the arguments before the group the bullet opens in, optional and mandatory ones
# in any order (attack round ATK9, FU3: `\raisebox{1pt}[0pt][0pt]{Ran}` was not found, and the
# write left the macro and its word before the new text).
# Not an environment's opening: the bullet is its argument's or its body's, and the edit must keep
# the \begin its \end pairs with (attack round ATK18, C9).
_LATEX_OPENING = re.compile(r"\\(?!begin\b|end\b)[A-Za-z]+\*?(?:\s*(?:\[[^\[\]{}]*\]|\{[^{}]*\}))*\s*\{\Z")


def _group_close(text: str, start: int, end: int) -> int | None:
    """Where the group open at `start` closes, if it does before `end` (escaped braces skipped)."""
    depth = 0
    at = start
    while at < end:
        char = text[at]
        if char == "\\":
            at += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return at
            depth -= 1
        at += 1
    return None


def _opening_mark_before(text: str, start: int) -> re.Match[str] | None:
    """The emphasis mark or opening tag that ends right where `start` is, if one does. A tag is
    looked for from the "<" signs before it, however long it is (an attack round, session 50: a
    link to a long address, over the 80 characters searched then, lost its "</a>" and ran on over
    the items after it); a mark of emphasis is at most two characters."""
    if text[start - 1 : start] == ">":
        opening = start
        for _ in range(_TAG_STARTS_TRIED):  # a quoted attribute may hold a "<" of its own
            opening = text.rfind("<", 0, opening)
            if opening < 0:
                break
            tag = _OPENING_MARKUP.match(text, opening, start)
            if tag is not None and tag.end() == start:
                return tag
        return None
    return next((m for m in _OPENING_MARKUP.finditer(text, max(0, start - 2), start) if m.end() == start), None)


_TAG_STARTS_TRIED = 8


def _around_inline_markup(text: str, start: int, end: int) -> tuple[int, int]:
    """A JSON or YAML bullet read without its theme's markup ("**Groomed** the backlog", "<b>Q3</b>":
    mapped.py) is replaced with the markup that opens before its first character and closes
    after its last, or half of it would be left behind (and a quote no longer before the edit)."""
    for _ in range(_MARKS_AT_MOST):
        opening = _opening_mark_before(text, start)
        if opening is None:
            break
        start = opening.start()
    for _ in range(_MARKS_AT_MOST):
        closing = _CLOSING_TAG.match(text, end) or _CLOSING_EMPHASIS.match(text, end)
        if closing is None or (not _holds(text, closing.group(0), start, end) and not closing.group(0).startswith("</")):
            break
        end = closing.end()
    return start, end


# "_" too (attack round ATK6: "- _Managed_ ..." kept its opening "_"), and a tag whose quoted
# attribute holds a ">" (`<b title="a>b">`)
_OPENING_MARKUP = re.compile(r"""(?:\*\*|__|\*|_|`|~~|<[A-Za-z][A-Za-z0-9]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?>)""")
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_CLOSING_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9]*)\s*>")
_CLOSING_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`|~~)")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_SURROGATE_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def _after_latex_macro(text: str, end: int) -> int:
    """`text[end - 1]` is the backslash of the macro that made the bullet's last character:
    "\\%" (one sign), "\\ldots" (a name), "\\'e" or "\\'{e}" (an accent and its letter)."""
    if text[end] in "%&$#_{}":
        return end + 1
    name = re.match(r"[A-Za-z]+\*?", text[end:])
    if name:
        return end + name.end()
    if text[end] in "'`^\"~=.":
        after = end + 1
        if after < len(text) and text[after] == "{":
            close = text.find("}", after)
            return close + 1 if close >= 0 else after
        return min(len(text), after + 1)
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
    from .formats.docx import without_marks
    from .model import split_lines

    def lines_of(text: str) -> list[str]:
        found = [without_marks(line) + "\n" for line in split_lines(text)]
        if found and not text.endswith(("\n", "\r")):
            found[-1] = found[-1][:-1]
        return found

    # a file name's line break or control character is shown escaped: a name must not forge a
    # header line of its own (attack round, session 45)
    shown = "".join(char if char.isprintable() else repr(char)[1:-1] for char in path)
    lines = difflib.unified_diff(lines_of(before), lines_of(after), fromfile=f"a/{shown}", tofile=f"b/{shown}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)
