"""Markdown: CommonMark list items found by markdown-it-py, not by line patterns.

The parser decides what is a list item, a code block, an HTML comment or a heading; each item's
first paragraph is the bullet. Its lines are located in the source so that spans stay exact, and
inline markup, HTML comments and `{.attr}` suffixes are dropped from the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import InputError
from ..extract import (
    DATE_RANGE,
    LISTING_SECTIONS,
    TASK_BOX,
    Run,
    SectionTracker,
    bullet_from_runs,
    is_achievement_section,
    is_bare_achievement,
    is_known_section,
    reads_as_prose,
    reads_as_work,
    section_title,
    wraps_on,
)
from ..model import LISTING_SECTION_WORK, PASSED_OVER, UNREAD_SECTION, Bullet, line_starts, split_lines
from ..word_lists import opens_with_an_act

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FRONT_MATTER_FENCE = re.compile(r"^(---|\+\+\+)\s*$")
_ATTRIBUTES = re.compile(r"\{[.#:][^{}]*\}\s*")  # "{.highlight}" at the end of an item (Pandoc, kramdown)


def _without_attributes(content: str) -> str:
    """The line without an attribute list at its end. Matched from its last "{" only: a search
    from every space of a long run before it took minutes (an attack round, session 50)."""
    brace = content.rfind("{")
    return content[:brace].rstrip() if brace >= 0 and _ATTRIBUTES.fullmatch(content, brace) else content


@lru_cache(maxsize=1)
def _block_parser() -> "MarkdownIt":
    """One CommonMark parser per process. Only the block structure is needed (items are located
    in the source lines and their markup stripped there), so inline parsing is switched off."""
    from markdown_it import MarkdownIt

    # CommonMark's preset stops at 20 levels of nesting and drops the rest of the file in silence
    # (ten nested lists reach it); a resume never needs more than a few, so reading stops at 100
    # and says so (extract_markdown).
    return MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).disable("inline")


_MAX_NESTING = 100


def _parsed(lines: list[str], env: dict[str, dict[str, object]], blanked: frozenset[int] = frozenset()) -> "list[Token]":
    """The block tokens of the file's lines, as the reader parses them (one line per line);
    `blanked`: indexes of lines parsed as blank (the LaTeX lists read apart, latex_environments)."""
    if blanked:
        lines = ["" if number in blanked else line for number, line in enumerate(lines)]
    parsed_lines = _without_lone_list_tags([_html_heading_as_markdown(line) for line in _split_headings_joined(without_front_matter(lines))])
    parsed_lines = _definition_bodies_unindented(parsed_lines)
    return _block_parser().parse("\n".join(parsed_lines) + "\n", env)


def list_titles(text: str) -> list[tuple[int, str]]:
    """(line, title) of each line that titles the list right after it as a listing ("**Tools
    used**", "***Awards***"), whose list the reader does not read: for the scan of the sections not
    read, which knows only titles it knows in full (attack round ATK6: a project's bullets under
    "**Technologies used**" were hidden with no word)."""
    tokens = _parsed(split_lines(text), {})
    found = []
    for index, token in enumerate(tokens):
        if token.type != "inline" or token.map is None or _list_title(tokens, index) is None:
            continue
        following = next((later for later in tokens[index + 1 :] if later.level == 0 and later.type.endswith("_open")), None)
        if following is not None and following.type in _LIST_OPENS:
            found.append((token.map[0] + 1, token.content.strip().strip("*_ ").rstrip(":").strip()))
    return found


def extract_markdown(text: str) -> list[Bullet]:
    lines = split_lines(text)
    env: dict[str, dict[str, object]] = {}
    # a file that opens no LaTeX environment is parsed once
    environments = latex_environments(lines, _parsed(lines, {})) if "\\begin" in text else []
    tokens = _parsed(lines, env, frozenset(number for first, last in environments for number in range(first, last + 1)))
    labels = frozenset(env.get("references", {}))  # "[@condenasthaikus]: https://..." defined below the text
    deepest = max(tokens, key=lambda token: token.level, default=None)
    if deepest is not None and deepest.level >= _MAX_NESTING - 1:
        line = deepest.map[0] + 1 if deepest.map else "?"
        raise InputError(f"nested more than {_MAX_NESTING} levels deep (line {line}): po2pm does not read past that")
    bullets: list[Bullet] = []
    section = SectionTracker(achievements=_a_resume_of_no_headings(lines, tokens))
    emphasised_headings = _heads_sections_with_emphasised_lines(tokens)
    html_lines: set[int] = set()  # lines of HTML blocks outside listing sections
    html_under_claims: set[int] = set()  # the first lines of those under Experience, Projects and the like
    expecting_item_text = False
    titled_list = "none"  # a list titled by a line of its own ("***Awards***"): "next", then "inside"
    plain_text = False  # a plain-text resume saved as Markdown: its sections titled in capitals
    latex_lists_open = 0  # LaTeX lists opened and not yet closed, in paragraphs read so far
    waiting = list(environments)  # the LaTeX lists read apart, each where it stands among the tokens

    def read_environments_before(line: int) -> None:
        nonlocal titled_list
        while waiting and waiting[0][0] < line:
            first, last = waiting.pop(0)
            if titled_list == "next":
                titled_list = "none"  # the list a "**Tools used**" line titles (ATK17, C34): not read
                continue
            if section.listing or titled_list == "inside":
                continue  # read where a Markdown list would be (attack round ATK16, C29)
            for bullet in _environment_bullets(lines, first, last):
                bullets.append(bullet)
                section.read_since_heading = True

    for index, token in enumerate(tokens):
        if token.map is not None:
            read_environments_before(token.map[0])
        if token.level == 0 and titled_list == "next" and token.type.endswith("_open"):
            titled_list = "inside" if token.type in _LIST_OPENS else "none"  # a list, or something else, follows the title
        elif token.level == 0 and titled_list == "inside" and token.type in _LIST_CLOSES:
            titled_list = "none"
        if token.type == "inline" and (caps_title := _caps_section_title(tokens, index)) is not None:
            # "INTERNSHIP EXPERIENCE" or "SELECTED PROJECT HIGHLIGHTS" on a paragraph's first line,
            # a plain-text resume saved as Markdown: the section opens, and the paragraph's lines
            # below it are read as its own (round RI: 8 projects' sentences dropped in silence)
            section.heading(caps_title)
            plain_text = True
        if token.type == "heading_open":
            content = tokens[index + 1].content
            title = section_title(content, True)
            if title is None:
                section.job_entry(content)
            else:
                section.heading(title, level=int(token.tag[1:]), dated=DATE_RANGE.search(content) is not None)
        elif token.type == "list_item_open":
            expecting_item_text = True
        elif token.type == "inline" and expecting_item_text and tokens[index - 1].type == "paragraph_open":
            expecting_item_text = False
            if token.map is not None and section.listing and titled_list != "inside" and reads_as_work(token.content.split("\n", 1)[0]):
                # an item of work under Skills or Education: told, not dropped with the section (round SAB)
                told = bullet_from_runs(_runs(token, lines), markdown=True)
                if told is not None:
                    bullets.append(told.told_as(LISTING_SECTION_WORK))
                continue
            if section.listing or titled_list == "inside" or token.map is None:
                continue
            bullet = bullet_from_runs(_without_task_box(_without_reference_brackets(_runs(token, lines), labels)), markdown=True)
            if bullet is not None:
                bullets.append(replace(bullet, left_out_as="link") if _is_only_a_link(token) else bullet)
                section.read_since_heading = True
        elif token.type == "inline" and emphasised_headings and (title := _emphasised_title(tokens, index)) is not None:
            # "**QUALIFICATIONS AND SKILLS**" in a file whose "**EXPERIENCE**" is written the same
            # way opens a section, with every list in it (set AK: the lists under its sub-titles
            # were read as claims while the section was reported as not read)
            section.heading(title, level=2)
        elif token.type == "inline" and _list_title(tokens, index) is not None:
            # "***Awards***" or "Client List" on a line of its own titles the list right after it,
            # which is not read (set K: an item under it was read although the section was reported
            # as not read). Only that list: with no heading after it, the jobs further down would
            # be lost. "**Product Owner**" is an entry's line and changes nothing.
            titled_list = "next"
        elif token.type == "inline" and (
            _is_top_level_paragraph(tokens, index, section) or _in_a_list_item(tokens, index, section)
        ) and (cells := _table_cells(_runs(token, lines))):
            # a pipe table under Experience ("| 2020 | Managed the product backlog ... |"), or in a
            # list item under it: each cell that reads as a claim is one, and one that reads as
            # prose is told (attack rounds ATK12, C24, and ATK13, C19: dropped in silence)
            for cell in cells:
                if _opens_a_claim([cell]) and (bullet := bullet_from_runs([cell], markdown=True)) is not None:
                    bullets.append(bullet)
                    section.read_since_heading = True
                elif (told := bullet_from_runs([cell], markdown=True)) is not None and reads_as_prose(told.text):
                    bullets.append(told.told_as(PASSED_OVER))
        elif token.type == "inline" and _is_top_level_paragraph(tokens, index, section) and _is_latex_list(_runs(token, lines), latex_lists_open):
            # a list written in LaTeX, which pandoc passes through to the PDF ("\begin{itemize}" /
            # "\item Migrated from Heroku to AWS" / "\end{itemize}": round SW, a resume's 46 claims
            # told to start with "- "), read by the LaTeX reader where it stands: items on one line,
            # an item's label ("\item[--]"), its markup and comments, the environment's end and a
            # list that a blank line splits in two read as in a .tex file (attack round ATK15, C28
            # to C30: lost in silence, or read with "\end{enumerate}", which a write then deleted)
            latex_lists_open = _latex_lists_open_after(token.content, latex_lists_open)
            for bullet in _latex_list_bullets(token, lines):
                bullets.append(bullet)
                section.read_since_heading = True
        elif token.type == "inline" and (_is_top_level_paragraph(tokens, index, section) or _in_a_list_item(tokens, index, section)):
            # A sentence under Experience, outside any list ("Led the claims team's move to ..."
            # below a job heading), is a claim, as in plain text and HTML; a job, date or title
            # line is not (judged on its first line, its markup dropped as the bullet's is). So is
            # one in a list item's later paragraph (attack round ATK17, C29 and C30: never read).
            for line_group in _hard_broken_lines(_without_reference_brackets(_runs(token, lines), labels), lines, plain_text):
                runs = _below_entry_lines(line_group)
                if _describes_the_entry(runs):
                    continue
                bullet = bullet_from_runs(runs, markdown=True) if _opens_a_claim(runs) else None
                if bullet is not None:
                    bullets.append(bullet)
                    section.read_since_heading = True
                elif (told := bullet_from_runs(line_group, markdown=True)) is not None and reads_as_prose(told.text):
                    # "Top-5% YC entrant. KPMG rolled out ..." above a job's list: passed over, it
                    # is told, as in plain text (round RI: dropped in silence)
                    bullets.append(told.told_as(PASSED_OVER))
        elif token.type == "inline" and section.listing and token.map is not None and tokens[index - 1].type == "paragraph_open":
            # a line of work in a paragraph under Skills or Education: told, as the text reader tells it (round SAB)
            for run in _runs(token, lines):
                if reads_as_work(run.text) and (told := bullet_from_runs([run], markdown=True)) is not None:
                    bullets.append(told.told_as(LISTING_SECTION_WORK))
        elif token.type == "inline" and _is_work_under_an_unknown_heading(tokens, index, section):
            # "## Won the Build AI hackathon" after Experience, a sentence of work below it: told,
            # not dropped, as in plain text (round SO: such a sentence dropped in silence)
            told = bullet_from_runs(_runs(token, lines), markdown=True)
            # an act it opens with, not a label of a list ("**SaaS & Platform Expertise:** Enterprise
            # software, ..." under "Technical & Domain Knowledge": round SP, told as work)
            if told is not None and opens_with_an_act(told.text) and is_bare_achievement(told.text):
                bullets.append(told.told_as(UNREAD_SECTION))
        elif token.type in {"fence", "code_block", "html_block"}:
            expecting_item_text = False  # an item that opens with code or HTML has no bullet text
            if token.map is not None and not section.listing and (token.type == "html_block" or _html_indented_after_html(token, html_lines)):
                html_lines.update(range(*token.map))
                if section.achievements and token.map[0] > 0:
                    html_under_claims.add(token.map[0])
    read_environments_before(len(lines) + 1)
    if html_lines:
        bullets += _html_list_items(lines, html_lines, html_under_claims)
    bullets += _front_matter_bullets(text, lines)
    return sorted(bullets, key=lambda b: (b.start.line, b.start.column))


# A pandoc definition list's body: ":   **Acme** in Leeds" and its paragraphs indented by four
# spaces below, which CommonMark reads as code (round RO: a resume's every job written so, 18
# claims, the file read as empty).
_DEFINITION_MARK = re.compile(r"^:[ \t]+(?=\S)")
_BODY_INDENT = re.compile(r"^(?: {4}|\t)")


def _definition_bodies_unindented(lines: list[str]) -> list[str]:
    """The lines with each definition's mark and its body's four-space indent taken off, so its
    paragraphs and lists read as they would at the margin (the reader finds each line's text in
    the source, so every column stays right); the lines as they were in a file with no definition."""
    if not any(_DEFINITION_MARK.match(line) for line in lines):
        return lines
    unindented, in_body = [], False
    for line in lines:
        mark, indent = _DEFINITION_MARK.match(line), _BODY_INDENT.match(line)
        if mark is not None:
            line, in_body = line[mark.end() :], True
        elif in_body and indent is not None:
            line = line[indent.end() :]
        elif line.strip():
            in_body = False  # a line at the margin ends the body; a blank line does not
        unindented.append(line)
    return unindented


def _is_only_a_link(token: "Token") -> bool:
    """An item whose whole text is one link: "[Farebox marketing site](https://...)", or an HTML
    element with an address around its text (`<StyleLink href="...">More about Farebox</StyleLink>`).
    A label of a link, not something the person did."""
    if len(token.content) > 2000:  # a label is short; and the tag pattern would backtrack on a long line
        return False
    text = " ".join(token.content.split())
    return bool(_MARKDOWN_LINK_ONLY.match(text) or _HTML_LINK_ONLY.match(text))


# Read from the item's source: the reader parses no inline markup (see _block_parser).
_MARKDOWN_LINK_ONLY = re.compile(r"^\[[^\[\]]+\]\([^()\s]*(?:\s+\"[^\"]*\")?\)$")
_HTML_LINK_ONLY = re.compile(r"^<([A-Za-z][\w-]*)\b[^<>]*\b(?:href|to)\s*=[^<>]*>[^<>]*</\1\s*>$", re.IGNORECASE)
_LIST_OPENS = frozenset({"bullet_list_open", "ordered_list_open"})
_LIST_CLOSES = frozenset({"bullet_list_close", "ordered_list_close"})
_EMPHASISED_LINE = re.compile(r"^\s*(\*{1,3}|_{1,3})([^*_\n]+?)\1\s*:?\s*$")


def _emphasised_title(tokens: "list[Token]", index: int) -> str | None:
    """The known section title (Experience, Skills...) of a paragraph outside every list that is
    one emphasised line ("**EXPERIENCE**"), or None."""
    token, opening = tokens[index], tokens[index - 1]
    if opening.type != "paragraph_open" or opening.level != 0:
        return None
    line = _EMPHASISED_LINE.match(token.content)
    title = section_title(line.group(2), False) if line else None
    return title if title is not None and is_known_section(title) else None


def _heads_sections_with_emphasised_lines(tokens: "list[Token]") -> bool:
    """Does the file write its section headings as emphasised lines: an Experience or Projects
    title so written, and no Markdown heading that names a known section? Then each such line
    opens a section, as a heading would; otherwise an emphasised title only titles its list."""
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            title = section_title(tokens[index + 1].content, True)
            if title is not None and is_known_section(title):
                return False
    titles = [_emphasised_title(tokens, index) for index, token in enumerate(tokens) if token.type == "inline" and index]
    return any(title is not None and is_achievement_section(title) for title in titles)


def _list_title(tokens: "list[Token]", index: int) -> str | None:
    """The listing title (Awards, Client List...) that a paragraph outside every list gives the
    list after it: one emphasised line that names a listing section, or one plain line that
    names it exactly."""
    token, opening = tokens[index], tokens[index - 1]
    if opening.type != "paragraph_open" or opening.level != 0:
        return None
    line = _EMPHASISED_LINE.match(token.content)
    if line is None:
        # a plain line that names a listing section exactly ("Client List" above its list: set L)
        title = section_title(token.content, False) if "\n" not in token.content.strip() else None
        return title if title is not None and title in LISTING_SECTIONS else None
    title = section_title(line.group(2), False)
    # Listing titles only: "_Highlights_" under a job heads the job's claims, and opening a
    # section there would end the Experience around it. A project's "**Objectives:**" lists the
    # duties it set, not the person's career objective (set AV: 8 duties dropped in silence).
    if title in _GOAL_TITLES:
        return None
    return title if title is not None and is_known_section(title) and not is_achievement_section(title) else None


_GOAL_TITLES = frozenset({"objective", "objectives", "goal", "goals"})


# "[label]", "[label][]" and "[text][label]" where "[label]: url" is defined in the file: a link
# written by reference, whose text alone is read (set L: "([@condenasthaikus])" kept its brackets).
_REFERENCE_LINK = re.compile(r"\[([^\][]+)\](?:\[([^\][]*)\])?(?![(:])")


def _without_reference_brackets(runs: list[Run], labels: frozenset[str]) -> list[Run]:
    """Each run with the brackets of its links by reference taken out, every other character at
    its column; "[cite: 3]" or "[Confidential]", defined nowhere, stay as written."""
    if not labels:
        return runs
    kept: list[Run] = []
    for run in runs:
        position = 0
        for link in _REFERENCE_LINK.finditer(run.text):
            label = link.group(2) or link.group(1)
            if " ".join(label.split()).upper() not in labels:
                continue
            kept.append(Run(run.line, run.column + position, run.text[position : link.start()]))
            if not link.group(1).startswith("^"):  # a footnote's reference ("team[^1]") is no word of the claim
                kept.append(Run(run.line, run.column + link.start(1), link.group(1)))
            position = link.end()
        kept.append(Run(run.line, run.column + position, run.text[position:]))
    return [run for run in kept if run.text]


def _without_task_box(runs: list[Run]) -> list[Run]:
    """The item's runs with a task list's box before its first word taken out: GitHub draws "- [ ]
    Ran ..." as a check box, so it is not part of the claim (an attack round: the box was read,
    and rewritten, as the bullet's words; plain text took it out already)."""
    if not runs or not (box := TASK_BOX.match(runs[0].text)):
        return runs
    first = Run(runs[0].line, runs[0].column + box.end(), runs[0].text[box.end() :])
    return [first, *runs[1:]]


def _is_work_under_an_unknown_heading(tokens: "list[Token]", index: int, section: SectionTracker) -> bool:
    """A paragraph in no list, after Experience, under a heading po2pm reads as no section of
    claims and no listing."""
    if section.achievements or section.listing or not section.seen_achievements or tokens[index].map is None:
        return False
    opening = tokens[index - 1]
    return opening.type == "paragraph_open" and opening.level == 0


def _is_top_level_paragraph(tokens: "list[Token]", index: int, section: SectionTracker) -> bool:
    """A paragraph in no list or table, in an achievement section; a quoted one too ("> At the
    Institute, I ...": set L read a file of them as empty)."""
    token, opening = tokens[index], tokens[index - 1]
    if not section.achievements or section.listing or token.map is None:
        return False
    quoted = opening.level == 1 and index >= 2 and tokens[index - 2].type == "blockquote_open"
    return opening.type == "paragraph_open" and (opening.level == 0 or quoted)




def _in_a_list_item(tokens: "list[Token]", index: int, section: SectionTracker) -> bool:
    """A paragraph of a list item after its first, in an achievement section."""
    opening = tokens[index - 1]
    return section.achievements and not section.listing and tokens[index].map is not None and opening.type == "paragraph_open" and opening.level > 0


def _hard_broken_lines(runs: list[Run], lines: list[str], plain_text: bool = False) -> list[list[Run]]:
    """A paragraph's lines grouped at its hard line breaks (two spaces or a backslash at a line's
    end) before a capital: a resume's lines under a job, each its own claim ("__Research Associate
    | State |__ _2016-2018_", then "Managed NRCS water quality project", "Conducted data analysis
    and prepared manuscripts": set AR, a page of 9 such claims read as empty). A break before a
    word in lower case goes on the sentence, as the rendered page reads. In a plain-text resume
    saved as Markdown (`plain_text`) a line is broken as the text reader breaks it: a new line
    opens a claim unless it wraps on from the one before."""
    groups: list[list[Run]] = []
    width = max((len(lines[run.line - 1].rstrip()) for run in runs), default=0)  # where the text was wrapped
    for run in runs:
        previous = lines[groups[-1][-1].line - 1] if groups else ""
        if plain_text:
            previous = previous.strip()
            # a line as full as the paragraph's longest, ending in no stop, wraps onto this one,
            # unless this one opens a claim of its own
            full = len(previous) >= 0.8 * width and not previous.endswith((".", "!", "?", ":", ";"))
            broken = run.text[:1].isupper() and not wraps_on(run.text, previous, 0) and not (full and not is_bare_achievement(run.text))
        else:
            broken = bool(_HARD_BREAK.search(previous)) and run.text[:1].isupper()
        if groups and not broken:
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups


_HARD_BREAK = re.compile(r"(?:\S {2,}|\\)$")


def _below_entry_lines(runs: list[Run]) -> list[Run]:
    """A paragraph's lines from below the entry lines it opens with: "**Aug 2022 – Present**"
    written right above the job's sentence, with no blank line between, is one paragraph to
    CommonMark, and judged on that first line the job's claims were lost (set AR: a page of 12
    jobs read as empty). Only a date line, a wholly emphasised line or a title's short line is
    passed over ("SELECTED PROJECT HIGHLIGHTS", then "Digital Workflow Platform", then the
    project's sentence: round RI, 8 projects dropped in silence), at most two, and only where the
    line after them opens with an act."""
    for skipped, run in enumerate(runs[:2]):
        if not (_EMPHASISED_LINE.match(run.text) or DATE_RANGE.search(run.text) or _is_title_line(run.text)):
            break
        rest = runs[skipped + 1 :]
        if _opens_a_claim(rest):
            return rest
    return runs


def _describes_the_entry(runs: list[Run]) -> bool:
    """One wholly emphasised line with no act in it: what an entry's employer or project is
    ("*Fortune 200 regulated electric utility*" under a job's dates: round SG, read as a claim
    while three such lines of the same file were not)."""
    emphasised = _EMPHASISED_LINE.match(runs[0].text) if len(runs) == 1 else None
    return emphasised is not None and not opens_with_an_act(emphasised.group(2).strip())


def _caps_section_title(tokens: "list[Token]", index: int) -> str | None:
    """The title of a known section written in capitals on the first line of a top-level paragraph."""
    if index == 0 or tokens[index - 1].type != "paragraph_open" or tokens[index - 1].level != 0:
        return None
    first = tokens[index].content.split("\n", 1)[0].strip()
    title = section_title(first, False) if first.isupper() else None
    return title if title is not None and is_known_section(title) else None


def _is_title_line(text: str) -> bool:
    """A short line of names with no sentence in it: a project's or a section's title."""
    return 0 < len(text.split()) <= 6 and not text.rstrip().endswith((".", ",", ";")) and not reads_as_prose(text)


# A pipe table's delimiter row, "|---|:--:|", which GitHub's Markdown reads as a table (CommonMark
# reads the rows as one paragraph)
_TABLE_DELIMITER_ROW = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")


def _table_cells(runs: list[Run]) -> list[Run]:
    """The cells of a paragraph that is a pipe table, each where it stands, its header row's too
    (ATK13, C36: claims written there were dropped in silence); none for a paragraph of another kind."""
    if len(runs) < 2 or not _TABLE_DELIMITER_ROW.match(runs[1].text) or "|" not in runs[0].text:
        return []
    cells = []
    for row in [runs[0], *runs[2:]]:
        start = 0
        for border in [*_CELL_BORDER.finditer(row.text), None]:
            end = border.start() if border is not None else len(row.text)
            cell = row.text[start:end]
            if cell.strip():
                offset = start + len(cell) - len(cell.lstrip())
                cells.append(Run(row.line, row.column + offset, cell.strip()))
            start = border.end() if border is not None else end
    return cells


def _opens_a_claim(runs: list[Run]) -> bool:
    """Does the paragraph's first line read as a claim (judged on that line alone, its markup
    dropped as the bullet's is, and after a run-in label the screen cuts: "Mocana – VP Engineering
    (2010-2012): Managed ...", round SP)?"""
    from ..screen import without_run_in_label

    first_line = bullet_from_runs(runs[:1], markdown=True)
    return first_line is not None and is_bare_achievement(without_run_in_label(first_line.text))


def _html_indented_after_html(token: "Token", html_lines: set[int]) -> bool:
    """An indented block of HTML tags after HTML (`    <div class="cv-job">` after a blank line
    inside a `<div>`): CommonMark reads it as code, Jekyll's kramdown, which renders such pages, as
    the HTML it is (set AP: a page's 18 `<li>` claims were lost, the file read as empty)."""
    return token.type == "code_block" and bool(html_lines) and _TAG.match(token.content.lstrip()) is not None


def _html_list_items(lines: list[str], html_lines: set[int], under_claims: set[int]) -> list[Bullet]:
    """The `<li>` items of HTML written inside Markdown (Jekyll pages often list a job's bullets
    as `<ul><li>`): read by the HTML reader over the same lines, every other line blanked, so
    positions stay those of the file. A block under a section of claims is read under one, its
    blanked line before it set as that section's heading (attack round ATK15, C34: a `<div>`'s
    `<p>` under Experience was told as under a heading po2pm does not read, and its text lines
    were lost in silence)."""
    from .html import extract_html

    def shown(number: int, line: str) -> str:
        if number in html_lines:
            return line
        return _CLAIMS_HEADING if number + 1 in under_claims else ""

    return extract_html("\n".join(shown(number, line) for number, line in enumerate(lines)))


_CLAIMS_HEADING = "<h2>Experience</h2>"


_HTML_HEADING_LINE = re.compile(r"^ {0,3}<h([1-6])\b[^>]*>(.*?)</h\1>\s*$", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")  # not across a "<": "<<<<..." with no ">" read to the end from each (A18)


def _html_heading_as_markdown(line: str) -> str:
    """`<h3>Product lead, Acme</h3>` on a line of its own, read as `### Product lead, Acme`.
    CommonMark would open an HTML block there that swallows the list under it up to the next
    blank line; Jekyll's kramdown, which renders such pages, ends the heading at its line. The
    line keeps its number, and a heading's text is never a bullet, so no position moves."""
    found = _HTML_HEADING_LINE.match(line)
    if not found:
        return line
    return "#" * int(found.group(1)) + " " + _TAG.sub("", found.group(2)).strip()


_HEADING_OPEN_LINE = re.compile(r"^ {0,3}<h([1-6])(?:\s[^>]*)?>\s*$", re.IGNORECASE)


def _split_headings_joined(lines: list[str]) -> list[str]:
    """An HTML heading written over three lines ("<h2 style=...>" / "SELECTED ACHIEVEMENTS" /
    "</h2>") as one heading line and two blank ones, so the list right under it is a list (set AL:
    CommonMark kept the HTML block open over the list, and its three claims ran together, "* "
    and all). Line numbers stay as they are."""
    kept = list(lines)
    for number in range(len(lines) - 2):
        opened = _HEADING_OPEN_LINE.match(lines[number])
        if opened and re.fullmatch(rf"\s*</h{opened.group(1)}>\s*", lines[number + 2], re.IGNORECASE) and "<" not in lines[number + 1]:
            kept[number : number + 3] = [f"<h{opened.group(1)}>{lines[number + 1].strip()}</h{opened.group(1)}>", "", ""]
    return kept


_LONE_LIST_TAG = re.compile(r"^ {0,3}</?(?:ul|ol)\s*>\s*$", re.IGNORECASE)


def _without_lone_list_tags(lines: list[str]) -> list[str]:
    """A `<ul>` or `</ul>` line of its own around Markdown items ("* Wrote ..."), not `<li>` ones,
    blanked: CommonMark reads every line from `<ul>` to the next blank one as raw HTML, and set O
    lost seven project bullets so, without a note; older Markdown resumes nest items this way."""
    kept = list(lines)
    for number, line in enumerate(lines):
        if _LONE_LIST_TAG.match(line):
            closing = line.lstrip().startswith("</")
            neighbours = lines[:number][::-1] if closing else lines[number + 1 :]  # the line before, or after
            beside = next((other.strip() for other in neighbours if other.strip()), "")
            if beside and not beside.startswith("<"):
                kept[number] = ""
    return kept


def _front_matter_bullets(text: str, lines: list[str]) -> list[Bullet]:
    """The bullet lists of a YAML front matter block (a Jekyll page of one job: `role:`,
    `highlights: [...]` and no body; set W read such a page as empty), read as a YAML resume
    reads them, at their places in the file. A front matter that is no valid YAML holds none."""
    end = yaml_front_matter_end(lines)
    if not end or not any(_LIST_KEY_LINE.match(line) for line in lines[1:end]):
        return []
    from .yamlresume import extract_yaml_resume

    prefix = text[: line_starts(text)[end]]  # the file's own characters, up to the closing fence
    try:
        return extract_yaml_resume(prefix)
    except InputError:
        return []


# A front matter's title that names the page a resume: `title: "CV"`, `title: Resume`.
_RESUME_TITLE_LINE = re.compile(r"""^title:\s*["']?(?:my\s+)?(?:cv|resume|résumé|curriculum vitae)["']?\s*$""", re.IGNORECASE)


def _a_resume_of_no_headings(lines: list[str], tokens: list["Token"]) -> bool:
    """A page its front matter titles a resume, with no heading in its body: its paragraphs are
    the work (round SE: a site's "CV" page of job paragraphs split by rules, 21 claims not read
    and exit 2, since no Experience heading stood above them)."""
    end = _front_matter_end(lines)
    titled = any(_RESUME_TITLE_LINE.match(line.strip()) for line in lines[1:end])
    return titled and not any(token.type == "heading_open" for token in tokens)


def _front_matter_end(lines: list[str]) -> int:
    """The 0-based index of the line that closes a leading front matter block (YAML "---" or TOML
    "+++"); 0 if the file opens with none."""
    if not lines or not _FRONT_MATTER_FENCE.match(lines[0]):
        return 0
    return next((number for number in range(1, len(lines)) if _FRONT_MATTER_FENCE.match(lines[number]) or lines[number].strip() == "..."), 0)


def yaml_front_matter_end(lines: list[str]) -> int:
    """As _front_matter_end, for a YAML block only."""
    return _front_matter_end(lines) if lines and lines[0].startswith("---") else 0


# A key that may hold a list of bullets, at the start of a front matter line.
_LIST_KEY_LINE = re.compile(r"^\s*[\w -]+:\s*$")


def without_front_matter(lines: list[str]) -> list[str]:
    """Blank a leading YAML/TOML front matter block; line numbers stay as they are."""
    end = _front_matter_end(lines)
    return [""] * (end + 1) + lines[end + 1 :] if end else lines


_BREAKING_BACKSLASH = re.compile(r"(?<!\\)(?:\\\\)*\\$")  # an odd run of backslashes at the line's end


# LaTeX's lists, and paralist's compact ones (attack round ATK16, C26: "\\begin{compactitem}" told as
# a line with no list mark)
_LATEX_LISTS = r"(?:itemize|enumerate|compactitem|compactenum)\*?"


def _is_latex_list(runs: list[Run], lists_open: int) -> bool:
    """A paragraph that opens a LaTeX list, or goes on with one a blank line split."""
    return bool(runs) and (_ENVIRONMENT_OPENING.match(runs[0].text) is not None or (lists_open > 0 and runs[0].text.startswith("\\item")))


def _latex_lists_open_after(content: str, lists_open: int) -> int:
    edges = [edge.group(1) for edge in _ENVIRONMENT_EDGE.finditer(content)]
    return max(0, lists_open + edges.count("begin") - edges.count("end"))


def _latex_list_bullets(token: "Token", lines: list[str]) -> list[Bullet]:
    """The items of a paragraph that is a LaTeX list (one never closed, which latex_environments
    leaves to the paragraphs), read by the LaTeX reader from its own source lines."""
    assert token.map is not None
    first, last = token.map
    return _environment_bullets(lines, first, last - 1)  # a quote's marks read as spaces (ATK17, C7)


def _environment_bullets(lines: list[str], first: int, last: int) -> list[Bullet]:
    """The items of a LaTeX list that lines first..last hold, the quote marks and the list item's
    indent before each line read as spaces, so every column stays where it is; each set at its line
    number in the Markdown file and written back as LaTeX whatever stands before its words (apply.py). The lines are read alone and moved down, not read below as many
    blank lines: a file of 9,000 such paragraphs took minutes (attack round ATK16, C8)."""
    from .latex import extract_latex

    source_lines = [_LINE_PREFIX.sub(lambda prefix: " " * len(prefix.group(0)), line, count=1) for line in lines[first : last + 1]]
    return [
        replace(bullet, syntax="latex", segments=tuple(replace(segment, line=segment.line + first) for segment in bullet.segments))
        for bullet in extract_latex("\n".join(source_lines) + "\n", (), "")
    ]


# What may stand before a LaTeX list's line in a Markdown file: a quote's marks, a list item's indent.
_LINE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*")
_ENVIRONMENT_OPENING = re.compile(r"^\\begin\{" + _LATEX_LISTS + r"\}")
_ENVIRONMENT_EDGE = re.compile(r"\\(begin|end)\{" + _LATEX_LISTS + r"\}")
_ENVIRONMENT_CLOSING = re.compile(r"\\end\{" + _LATEX_LISTS + r"\}[ \t]*(?:%.*)?$")


def latex_environments(lines: list[str], tokens: "list[Token]") -> list[tuple[int, int]]:
    """(first, last) line indexes of each LaTeX list a paragraph of the file opens ("\\begin{itemize}"
    at a line's start, in a quote or a list item too) and a line closes, nested lists counted: read
    whole by the LaTeX reader and parsed as blank lines, as pandoc passes the whole environment
    through (attack round ATK16: a "- " line typed among its items, C34, or the list indented under
    a Markdown item, C5, was read into a Markdown item whose edit then deleted the rest of the
    list). Code and HTML are no paragraphs, so a list in a code fence is none. A list never closed
    is left to the paragraphs, as before."""
    from .latex import COMMENT_MARK

    paragraph_lines = {
        number
        for index, token in enumerate(tokens)
        if token.type == "inline" and token.map is not None and index and tokens[index - 1].type == "paragraph_open"
        for number in range(*token.map)
    }
    openings = {number for number in paragraph_lines if _ENVIRONMENT_OPENING.match(_without_prefix(lines[number]))}
    found: list[tuple[int, int]] = []
    first, depth = -1, 0
    # one pass over the lines: a list never closed is no scan to the end for each of its items
    for number in range(min(openings, default=len(lines)), len(lines)):
        if depth == 0 and number not in openings:
            continue
        if number not in paragraph_lines and lines[number].strip():
            # a heading, a code fence, an HTML block or comment: the list never closed where pandoc
            # reads it (ATK17, C1, C10, C11: an "\\end{itemize}" shown in a later fence or comment
            # closed it, and a write deleted the headings, claims and fence between)
            first, depth = -1, 0
            continue
        if depth == 0:
            first = number
        for edge in _ENVIRONMENT_EDGE.finditer(COMMENT_MARK.split(lines[number], 1)[0]):
            depth += 1 if edge.group(1) == "begin" else -1
        if depth <= 0:
            # closed on a line of its own: a line's words after "\\end{itemize}" would be blanked with it
            if _ENVIRONMENT_CLOSING.search(lines[number]):
                found.append((first, number))
            depth = 0
    return found


def _without_prefix(line: str) -> str:
    prefix = _LINE_PREFIX.match(line)
    return line[prefix.end() :] if prefix else line



def _runs(token: "Token", lines: list[str]) -> list[Run]:
    """Where each line of the item's paragraph stands in the source."""
    assert token.map is not None  # extract_markdown passes only items with a source map
    first_line = token.map[0]
    runs = []
    item_lines = token.content.split("\n")  # once: splitting per line made a long item quadratic
    for offset, content in enumerate(item_lines):
        number = first_line + offset
        source = lines[number]
        content = content.strip()
        if offset == len(item_lines) - 1:
            content = _without_attributes(content)
        elif _BREAKING_BACKSLASH.search(content):
            # a backslash that breaks the line inside the paragraph is no word of the claim ("team\\"
            # / "for two years": attack round ATK12, C26, and round SV); on its last line it is a
            # backslash, as CommonMark shows it
            content = content[:-1].rstrip()
        column = source.find(content, len(source) - len(source.lstrip()) if offset else 0)
        if offset == 0:
            column = source.rfind(content) if column == -1 else _after_marker(source, content)
        if column >= 0 and content:
            runs.append(Run(number + 1, column + 1, content))
    return runs


def _after_marker(source: str, content: str) -> int:
    """The item text's column on its first line: after the indentation and the list marker."""
    stripped = source.lstrip()
    start = len(source) - len(stripped)
    marker = re.match(r"([-*+]|\d{1,9}[.)])[ \t]+(\[[ xX]\][ \t]+)?", stripped)
    position = start + (marker.end() if marker else 0)
    found = source.find(content, position)
    return found if found >= 0 else source.find(content)
