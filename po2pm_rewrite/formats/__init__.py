"""Where resumes live: one extractor per format, chosen by file extension or --input-format.

Every extractor returns Bullets with exact source spans. Suppression comments, in each format's
own comment syntax, are read here: `po2pm: ignore[PO101]` on the bullet's line, or alone on the
line above, silences those codes for that bullet; without codes it silences the bullet.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import replace
from html import unescape
from pathlib import Path
from typing import Any, Callable

from ..model import Bullet, line_starts, split_lines

# The extractor (..extract) is imported where it is used: a re-check answered from the cache reads
# no file, and compiling the extractor's patterns was a tenth of such a run (benchmark 2).

SUFFIXES = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".txt": "text", ".text": "text",
    ".tex": "latex", ".latex": "latex",
    ".json": "json",
    ".yaml": "yaml", ".yml": "yaml",
    ".html": "html", ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    # a site's resume kept as JavaScript or TypeScript data: its literals are read, no code is run
    ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript",
    ".ts": "javascript", ".mts": "javascript", ".cts": "javascript", ".tsx": "javascript",
}
# Formats stored as binary files: read_path renders them as text (formats/docx.py, formats/pdf.py).
BINARY_FORMATS = ("docx", "pdf")
# Where a comment opens, by format, and what closes it where it must close on its line: HTML's
# "-->"; JavaScript's "/* ... */" may (an attack round, session 41: it was passed over in silence).
_OPENERS = {"markdown": "<!--", "html": "<!--", "latex": r"(?<!\\)%", "yaml": "#", "text": "#", "javascript": r"//|/\*"}
_CLOSERS = {"markdown": r"\s*-->", "html": r"\s*-->", "javascript": r"(?:\s*\*/)?"}
_IGNORE = r"ignore(?:\[(?P<codes>[^\]]*)\])?"
_DIRECTIVE = r"po2pm:\s*" + _IGNORE
_COMMENT_DIRECTIVES = {
    name: re.compile(f"(?:{opener})" + r"\s*" + _DIRECTIVE + _CLOSERS.get(name, "")) for name, opener in _OPENERS.items()
}


# Any comment that speaks to po2pm ("po2pm:"), understood or not: one it cannot read is said, not
# passed over. By format, as _COMMENT_DIRECTIVES: a Markdown heading "# po2pm: notes" is no comment.
_ANY_DIRECTIVE = {
    name: re.compile(f"(?:{opener})" + r"[ \t]*po2pm[ \t]*:[ \t]*(?P<rest>[^\n]*?)[ \t]*(?:-->|\*/|$)", re.MULTILINE)
    for name, opener in _OPENERS.items()
}


def _in_a_comment(text: str, format_name: str) -> Callable[[int], bool]:
    """Whether a comment opener at an offset of the text is one: in JavaScript, "//" inside a
    string is text ('"... (see //po2pm:ignore)"' suppressed its own bullet: an attack round,
    session 41, js10). Elsewhere the opener's pattern says enough."""
    if format_name != "javascript":
        return lambda offset: True
    from .jsdata import without_comments

    code = without_comments(text)
    return lambda offset: code[offset] != text[offset]


_UNDERSTOOD = re.compile(_IGNORE)


def comment_problems(text: str, format_name: str, known: frozenset[str]) -> list[str]:
    """What is wrong with the po2pm comments of a text: one po2pm does not understand
    ("po2pm: disable=PO101"), or an ignore naming no rule po2pm knows (`known`: codes and
    names, upper case). A CI user's trial: both were passed over without a word."""
    if format_name not in _ANY_DIRECTIVE:
        return []
    problems = []
    in_a_comment = _in_a_comment(text, format_name)
    for match in _ANY_DIRECTIVE[format_name].finditer(text):
        if not in_a_comment(match.start()):
            continue
        line = text.count("\n", 0, match.start()) + 1
        understood = _UNDERSTOOD.fullmatch(match.group("rest"))
        if understood is None:
            problems.append(f"line {line}: a po2pm comment it does not understand; write 'po2pm: ignore' or 'po2pm: ignore[PO101]'")
            continue
        unknown = [code for code in _codes_in(understood.group("codes")) if code not in known]
        if unknown:
            problems.append(f"line {line}: 'po2pm: ignore' names no rule po2pm knows: {', '.join(unknown)}")
    return problems


# A Markdown code fence's line, "```" or "~~~" indented three spaces at most (a tab indents four:
# CommonMark reads such a line as code, not a fence): the plain-text reader (extract.py), the
# format guess and the note on a fence never closed read it. Here, not in extract.py: a run answered
# from the cache reads the notes without importing the readers.
FENCE_LINE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")


class CodeFences:
    """Which lines of a Markdown text are in a code fence, read line by line as CommonMark reads
    them: a fence closes only with a line of its own character, at least as long, and nothing
    after it; any other fence line inside it is its text (attack round ATK20, C19: a ``` line
    inside a ```` fence "closed" it, and the LaTeX sample shown after it made a Markdown resume
    read as LaTeX, empty)."""

    def __init__(self) -> None:
        self.opened = ""  # the open fence's mark, "" outside any

    def step(self, line: str) -> bool:
        """Does this line open or close a fence? Reads it either way."""
        fence = _FENCE.fullmatch(line.rstrip("\r\n"))
        if fence is None:
            return False
        mark, after = fence.groups()
        if not self.opened:
            if mark[0] == "`" and "`" in after:
                return False  # an info string holding a backtick: no fence (CommonMark)
            self.opened = mark
            return True
        if mark[0] == self.opened[0] and len(mark) >= len(self.opened) and not after.strip():
            self.opened = ""
            return True
        return False

    @property
    def inside(self) -> bool:
        return bool(self.opened)


def fenced_lines(lines: list[str]) -> list[bool]:
    """For each line: is it a fence's line or inside a fence (CodeFences)?"""
    fences, found = CodeFences(), []
    for line in lines:
        found.append(fences.step(line) or fences.inside)
    return found
# What opens text a reader passes over, and what closes it: a Markdown or HTML comment, a Markdown
# code fence, LaTeX's \iffalse. Opened and never closed, it hid the rest of the file in silence (an
# attack round of session 47).
_HIDING = {
    "markdown": (("an HTML comment", re.compile(r"<!--"), re.compile(r"-->")), ("a code fence", FENCE_LINE, None)),
    "html": (("an HTML comment", re.compile(r"<!--"), re.compile(r"-->")),),
    "latex": (("\\iffalse", re.compile(r"\\iffalse\b"), re.compile(r"\\fi\b")),),
}


# the macros whose argument is text as written between two marks of the same character
# (`\verb|...|`, `\url|...|`, listings' `\lstinline|...|`, url's `\path|...|`: ATK14, C23;
# fancyvrb's `\Verb|...|` and minted's `\mintinline{c}|...|`: ATK15, C12); the LaTeX reader's and
# the note's below
DELIMITED_VERBATIM = frozenset({"verb", "url", "nolinkurl", "lstinline", "path", "Verb", "mintinline"})
_INLINE_VERBATIM = re.compile(r"\\(?:" + "|".join(sorted(DELIMITED_VERBATIM)) + r")\*?([^\sA-Za-z*\[{])[^\n]*?\1")


def hidden_to_the_end(text: str, format_name: str) -> list[str]:
    """Notes on a comment, code fence or \\iffalse opened and never closed before lines of text:
    everything after it is passed over, and the user is told where it starts."""
    notes = []
    if format_name == "latex" and "\\" in text:
        # an \iffalse shown in a `\verb|\iffalse|` opens nothing (attack round ATK19)
        text = _INLINE_VERBATIM.sub(lambda match: " " * len(match.group(0)), text)
    for what, opener, closer in _HIDING.get(format_name, ()):
        if closer is None:  # a fence closes with its like: one still open at the end hides the rest
            last = _fence_left_open(text)
        elif format_name == "latex":
            # the reader's own blocks: not an \iffalse given to a name or written in a definition,
            # and a nested conditional's \fi closes only it (attack round ATK23, C22: a definition's
            # \iffalse was told never closed, its claims read all the same)
            from .latex import unclosed_iffalse

            last = unclosed_iffalse(text)
        else:
            last = _opened_after_the_last_close(text, opener, closer)
        if last is None:
            continue
        rest = text[last.end() :].split("\n")[1:]
        hidden = sum(1 for line in rest if line.strip())
        if hidden:
            line = text.count("\n", 0, last.start()) + 1
            notes.append(f"line {line} opens {what} that is never closed: the {hidden} line{'s' if hidden != 1 else ''} of text after it are not read")
    return notes


def _opened_after_the_last_close(text: str, opener: re.Pattern[str], closer: re.Pattern[str]) -> re.Match[str] | None:
    """The first opening after the text's last closing (or anywhere, with none): one that nothing
    closes. The last closing is found once (attack round ATK21, C29: each opening searched the rest
    of the file for one, and 120,000 "<!--" before one "-->" took 44 s)."""
    closings = list(closer.finditer(text))
    return opener.search(text, closings[-1].end() if closings else 0)


def _fence_left_open(text: str) -> re.Match[str] | None:
    """The opening of a code fence never closed (CodeFences), or None."""
    fences, opening, at = CodeFences(), None, 0
    for line in text.split("\n"):
        if fences.step(line) and fences.inside:
            opening = FENCE_LINE.match(text, at)
        at += len(line) + 1
    return opening if fences.inside else None


def _codes_in(written: str | None) -> frozenset[str]:
    return frozenset(code.strip().upper() for code in (written or "").split(",") if code.strip())


def format_for(path: str, override: str | None = None) -> str:
    """The input format: --input-format if given, else by extension, else plain text."""
    if override:
        return override
    return SUFFIXES.get(Path(path).suffix.lower(), "text")


def _extractor(name: str) -> Callable[[str], list[Bullet]]:
    # Each parser is imported only when a file of its format is read.
    if name == "markdown":
        from .markdown import extract_markdown

        return extract_markdown
    if name == "latex":
        from .latex import extract_latex

        return extract_latex
    if name == "json":
        from .jsonresume import extract_json_resume

        return extract_json_resume
    if name == "javascript":
        from .jsdata import extract_js_data

        return extract_js_data
    if name == "html":
        from .html import extract_html

        return extract_html
    if name == "docx":
        from .docx import extract_docx

        return extract_docx
    if name == "yaml":
        from .yamlresume import extract_yaml_resume

        return extract_yaml_resume
    if name == "pdf":
        return _pdf_text
    return _plain_text


def _plain_text(text: str) -> list[Bullet]:
    from ..extract import extract_bullets

    return extract_bullets(text, bare_lines=True)


def _pdf_text(text: str) -> list[Bullet]:
    """A PDF's lines as render_pdf set them out: it indents a bullet's wrapped lines by where they
    stand on the page, so a line it did not indent opens something new, whatever the bullet
    ended on (round RL: an awesome-cv PDF's bullets end in ",", and 12 took the next company's
    line, "Signicat Warsaw, Poland", or a page's footer)."""
    from ..extract import extract_bullets

    return extract_bullets(text, bare_lines=True, indented_tails=True)


_HTML_HEADING = re.compile(r"<h([1-9])[^>]*>(.*?)</h[1-9]>", re.IGNORECASE | re.DOTALL)  # h7-h9 too: html.py
_TAG = re.compile(r"<[^>]+>")


def listing_sections(text: str, format_name: str) -> list[tuple[int, str]]:
    """(line, heading) of each section po2pm does not judge because it lists rather than claims
    (Skills, Education, Certifications...), for `po2pm extract` to show. JSON and YAML resumes
    are read by key: theirs are the top-level keys of a listing section ("education",
    "publications"), which are never read (set Y: projects kept under `publications` were left out
    without a word)."""
    from ..extract import SectionTracker, is_known_section, listing_heading_lines, section_key

    if format_name in ("json", "yaml"):
        return _listing_keys(text, format_name)
    if format_name == "javascript":
        return _listing_names(text)
    if format_name == "latex":
        from .latex import listing_headings

        headings = listing_headings(text)
    elif format_name == "html":
        section = SectionTracker()
        headings = []
        for at, level, heading in _html_section_titles(text):
            title = section_key(heading)
            if is_known_section(title) and section.heading(title, level=level) and section.listing:
                headings.append((at, heading))
    elif format_name == "markdown":
        from .markdown import list_titles, without_front_matter

        # "classes: wide" over the closing "---" of a front matter is no heading (set AK), nor is a
        # style sheet's rule (".cv-skill-tag {" in a page's <style>: set AP)
        found = listing_heading_lines("\n".join(_without_style_and_script(without_front_matter(split_lines(text)))))
        named = {line for line, _ in found}
        return sorted(found + [(line, title) for line, title in list_titles(text) if line not in named])
    else:
        return listing_heading_lines(text)
    # the line of each offset by a search of the lines' starts: counting from the file's start for
    # each heading took minutes on a page of 250,000 headings (an attack round, session 50)
    starts = line_starts(text)
    return [(bisect_right(starts, at), heading) for at, heading in headings]


def _html_section_titles(text: str) -> list[tuple[int, int, str]]:
    """(offset, level, title) of each heading, and of each `<section id="profile">` that names its
    section as html.py reads it: a Korean page's `<section id="profile">` list of eight claims was
    passed over with no word (round SM), as the scan took headings only."""
    found = [(match.start(), int(match.group(1)), " ".join(unescape(_TAG.sub(" ", match.group(2))).split())) for match in _HTML_HEADING.finditer(text)]
    found += [(match.start(), 2, section_id_title(unescape(next(value for value in match.group("value", "value2", "value3") if value is not None)).strip())) for match in _SECTION_ID.finditer(text)]
    return sorted(found)


def section_id_title(element_id: str) -> str:
    """The section title an element's id names ("work-experience", "projects_section"), as a
    section key: html.py opens sections by it, and the scan above names those not read."""
    from ..extract import section_key

    return re.sub(r"\s*\bsection$", "", section_key(re.sub(r"[-_]+", " ", element_id)))


# The id attribute itself, not "data-id", its value read as the HTML parser reads it: quoted or bare,
# character references decoded (attack round ATK5: id="&#115;kills" and id=" skills " closed a
# section html.py skipped, and the scan, reading [\w-]+, did not name it).
_SECTION_ID = re.compile(r"""<section\b[^>]*?(?<![\w-])id\s*=\s*(?:"(?P<value>[^"]*)"|'(?P<value2>[^']*)'|(?P<value3>[^\s"'>]+))""", re.IGNORECASE)


def _without_style_and_script(lines: list[str]) -> list[str]:
    """The lines of `<style>` and `<script>` elements blanked, each line kept in its place."""
    kept, inside = [], ""
    for line in lines:
        lower = line.lower()
        if not inside:
            opened = _STYLE_OR_SCRIPT_OPEN.search(lower)
            inside = opened.group(1) if opened and f"</{opened.group(1)}>" not in lower[opened.end():] else ""
            kept.append("" if opened else line)
        else:
            kept.append("")
            if f"</{inside}>" in lower:
                inside = ""
    return kept


_STYLE_OR_SCRIPT_OPEN = re.compile(r"<(style|script)\b")
# a key as written, quoted or not, with any of the marks people put in a section's name ("Skills &
# Tools", "Education (BSc)", "awards" in quotes: attack round ATK23, C30 and C31, such a section's
# claims were neither read nor named as not read)
_KEY = r"""(?:"([^"\n]+)"|'([^'\n]+)'|([A-Za-z_][^:#\n]*?))[ \t]*:"""
_YAML_TOP_KEY = re.compile(rf"^{_KEY}", re.MULTILINE)


def _key_of(match: re.Match[str]) -> str:
    """The key a _KEY match names, without its quotes."""
    return match.group(1) or match.group(2) or match.group(3)


def _listing_keys(text: str, format_name: str) -> list[tuple[int, str]]:
    """(line, key) of each top-level key of a JSON or YAML resume that names a listing section
    and holds something."""
    from ..extract import is_listing_section, section_key

    if format_name == "yaml":
        found = [(match.start(), _key_of(match)) for match in _YAML_TOP_KEY.finditer(text)] + _rendercv_section_keys(text)
        profile = [(match.start(2), f"basics.{match.group(2)}") for match in _YAML_PROFILE_PROSE.finditer(text)]
    else:
        try:
            document = json.loads(text, strict=False)
        except (ValueError, RecursionError):  # the reader has said why it could not read the file
            return []
        if not isinstance(document, dict):
            return []
        found = []
        for key, value in document.items():
            where = re.search(r'"' + re.escape(json.dumps(key)[1:-1]) + r'"\s*:', text)
            if value and where:
                found.append((where.start(), key))
        profile = _json_profile_prose(document, text)
    listed = [(at, key) for at, key in found if is_listing_section(section_key(key))] + profile
    return [(text.count("\n", 0, at) + 1, key) for at, key in sorted(listed)]


def _rendercv_section_keys(text: str) -> list[tuple[int, str]]:
    """(offset, key) of each section of a RenderCV file (`cv: sections: awards: ...`), whose sections
    sit one level down: named as the top-level keys are (attack round ATK21, C16: its awards and
    education were never named as not read)."""
    found: list[tuple[int, str]] = []
    for block in _YAML_SECTIONS_KEY.finditer(text):
        outer, child = len(block.group(1)), None
        for line in _YAML_LINE.finditer(text, block.end()):  # one at a time: the block ends early
            written = line.group(0).lstrip(" ")
            indent = len(line.group(0)) - len(written)
            if not written.strip() or written.startswith("#"):
                continue
            if indent <= outer:
                break
            child = indent if child is None else child
            key = _YAML_KEY.match(written) if indent == child else None
            if key is not None:
                found.append((line.start() + indent, _key_of(key)))
    return found


_YAML_SECTIONS_KEY = re.compile(r"^( +)sections[ \t]*:[ \t]*(?:#.*)?\n", re.MULTILINE)
_YAML_LINE = re.compile(r"[^\n]+")
_YAML_KEY = re.compile(rf"{_KEY}(?:[ \t]|$)")


# The person's own summary under JSON Resume's `basics`: never read, as a Summary heading is not,
# and so named with the sections not read (round SAA: a JSON Resume's summary, a claim of ten web
# applications, left out with no word, where a Markdown "Summary" is named).
_PROFILE_PROSE = ("summary", "about", "objective")
_YAML_PROFILE_PROSE = re.compile(
    r"^basics[ \t]*:[ \t]*\n(?:(?:[ \t]+\S.*|[ \t]*)\n)*?([ \t]+)(" + "|".join(_PROFILE_PROSE) + r")[ \t]*:[ \t]*[^\s#]", re.MULTILINE
)


def _json_profile_prose(document: dict[str, Any], text: str) -> list[tuple[int, str]]:
    basics = document.get("basics")
    opening = re.search(r'"basics"\s*:', text)
    if not isinstance(basics, dict) or opening is None:
        return []
    found = []
    for key in _PROFILE_PROSE:
        value = basics.get(key)
        where = re.compile(r'"' + key + r'"\s*:').search(text, opening.end())
        if isinstance(value, str) and value.strip() and where:
            found.append((where.start(), f"basics.{key}"))
    return found


def _listing_names(text: str) -> list[tuple[int, str]]:
    """(line, name) of each literal a JavaScript data file assigns to a listing section's name
    (`export const skills = [...]`), or keeps under such a key at its top, and of each section an
    object names by its title (`title: 'Education'`)."""
    from ..extract import is_listing_section, section_key
    from .jsdata import assigned_names, section_titles
    from .keys import key_name

    named = [(at, name) for at, name in assigned_names(text) if is_listing_section(key_name(name))]
    titled = [(at, title) for at, title in section_titles(text) if is_listing_section(section_key(title))]
    return [(text.count("\n", 0, at) + 1, name) for at, name in sorted(named + titled)]


def extract(text: str, format_name: str, bullet_macros: tuple[str, ...] = (), section: str = "") -> list[Bullet]:
    """The bullets of a text in a format; `bullet_macros`: LaTeX macros the config names;
    `section`: the section an included LaTeX file's \\input sits under (Source.section)."""
    if format_name == "latex" and (bullet_macros or section):
        from .latex import extract_latex

        bullets = extract_latex(text, bullet_macros, section)
    else:
        bullets = _extractor(format_name)(text)
    directive = _COMMENT_DIRECTIVES.get(format_name)
    return _apply_suppressions(bullets, text, directive, _in_a_comment(text, format_name)) if directive else bullets


def _apply_suppressions(bullets: list[Bullet], text: str, directive: re.Pattern[str], in_a_comment: Callable[[int], bool]) -> list[Bullet]:
    lines = split_lines(text)
    starts = line_starts(text)
    found: dict[int, tuple[bool, frozenset[str]]] = {}
    for number, line in enumerate(lines, start=1):
        match = next((candidate for candidate in directive.finditer(line) if in_a_comment(starts[number - 1] + candidate.start())), None)
        if match is None:
            continue
        codes = _codes_in(match.group("codes"))
        alone = not line.replace(match.group(0), "").strip()
        found[number] = (alone, codes)
    if not found:
        return bullets
    result = []
    for bullet in bullets:
        line_number = bullet.start.line
        hit = found.get(line_number) or (found[line_number - 1] if line_number - 1 in found and found[line_number - 1][0] else None)
        if hit is None:
            result.append(bullet)
            continue
        codes = hit[1]
        result.append(replace(bullet, suppressed=codes, suppress_all=not codes))
    return result
