"""LaTeX resumes: Jake's (`\\resumeItem`), Awesome-CV (`cvitems`), moderncv (`\\cvitem`, `\\cventry`).

Bullets are `\\item`s, the one-argument `\\resumeItem{…}` and the older two-argument form whose
second argument is the bullet, `\\resumeSubItem`, and moderncv's `\\cvitem{label}{text}`. Only the
document body is read (a preamble's `\\newcommand` holds `\\item` too), and comments are not
bullets. Text is unescaped (`\\%`, `--`, `~`, `\\textbf{…}`, `\\href{url}{text}`); macros that need
LaTeX knowledge (accents, logos) are rendered by pylatexenc. Every character keeps its offset.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable, Iterator, Mapping

from ..extract import BULLET_GLYPHS
from ..model import Bullet, line_starts
from ..word_lists import JOB_TITLE_WORDS, is_leading_adverb, is_past_act
from . import DELIMITED_VERBATIM
from .mapped import MappedText

# name -> number of arguments; the last one is the bullet. AltaCV's \cvachievement{icon}{title}{text};
# moderncv's \cventry{dates}{title}{employer}{city}{grade}{description}, whose description is
# the claim (a list inside it is read item by item instead); friggeri-cv's
# \entry{dates}{title}{employer}{description} (set AQ: 27 job descriptions read as nothing).
_ITEM_MACROS = {
    "resumeItem": 2, "resumeSubItem": 2, "cvitem": 2, "cvlistitem": 1, "cvachievement": 3, "cventry": 6, "entry": 4,
    # moderncv's other items (attack round ATK15, C21: their claims lost in silence):
    # \cvitemwithcomment{label}{text}{comment}, \cvdoubleitem{label}{text}{label}{text},
    # \cvlistdoubleitem{text}{text}; the second claim of a double item is _SECOND_CLAIM's group
    "cvitemwithcomment": 2, "cvdoubleitem": 2, "cvlistdoubleitem": 1,
}
_SECOND_CLAIM = {"cvdoubleitem": 4, "cvlistdoubleitem": 2}
_ENDS_ITEM = re.compile(r"\\(item\b|end\{|begin\{|resumeItem\b|resumeSubItem\b|resumeItemListEnd\b|cvitem\b)")
# \index{Jira} prints nothing: an entry of one capitalised word was read as an acronym (attack round ATK10, A15)
_DROP_WITH_ARGUMENT = {"vspace", "hspace", "vskip", "hskip", "label", "index", "ref", "color", "setlength", "includegraphics"}
_KEEP_ARGUMENT = {
    "textbf", "textit", "emph", "underline", "textsc", "texttt", "textrm", "textsf", "textmd", "textup",
    "mbox", "hbox", "text", "url", "small", "footnotesize", "scriptsize", "large", "Large", "normalsize",
    "bf", "it", "em", "sc", "tt", "item", "textnormal", "uline", "textsuperscript", "textsubscript",
}
_SPACE_MACROS = {",", ";", ":", "!", " ", "quad", "qquad", "newline", "linebreak", "\\"}
_LETTERS = re.compile(r"[A-Za-z]+")
_LIST_START = re.compile(r"\\(?:begin\s*\{|item\b)")


# \newcommand{\achievement}[1]{\item #1}, \renewcommand\cvbullet[2]{...}, \def\point#1{\item #1}:
# a macro the resume defines around \item is one of its bullet macros.
_DEFINITION = re.compile(
    r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*(?:\[(\d)\])?(?:\[[^\]]*\])?\s*\{"
    r"|\\def\s*\\([A-Za-z]+)((?:#\d)*)\s*\{"
)


# \let\point\item: another name for \item (a fresh attack round, F9: "\point ..." was read as the
# item above going on, and --write merged the two items and dropped the macro).
_LET_ITEM = re.compile(r"\\let\s*\\([A-Za-z]+)\s*=?\s*\\item\b")


def _definitions(code: str) -> Iterator[tuple[str, int, str]]:
    """(name, number of arguments, body without its closing brace) of each macro the code defines."""
    for name, arity, start, end in _definition_spans(code):
        yield name, arity, code[start:end]


def _definition_spans(code: str) -> Iterator[tuple[str, int, int, int]]:
    """(name, number of arguments, where its body starts, where it ends) of each macro the code
    defines. A body never closed ends where the next definition starts, not at the end of the
    file (where TeX stops it with an error): 15,000 unclosed `\\newcommand{\\m}[1]{` lines were
    each searched to the end of the file (attack round ATK9, FT2: `check` ran past 120 s)."""
    closers = _closing_braces(code)
    matches = list(_DEFINITION.finditer(code))
    for match, following in zip(matches, [*matches[1:], None]):
        name = match.group(1) or match.group(3)
        arity = int(match.group(2) or 0) if match.group(1) else len(match.group(4) or "") // 2
        closer = closers.get(match.end() - 1)
        end = closer - 1 if closer is not None else following.start() if following is not None else len(code)
        yield name, arity, match.end(), end


def defined_bullet_macros(code: str) -> dict[str, int]:
    """Macros the file defines whose body holds an \\item: name -> number of arguments."""
    found = {match.group(1): 0 for match in _LET_ITEM.finditer(code) if match.group(1) != "item"}
    for name, arity, body in _definitions(code):
        # A heading macro that opens an \item (Jake's \resumeSubheading: company, dates, title,
        # place; three arguments or more, or laid out as a tabular) holds no bullet.
        if 0 < arity <= 2 and "\\item" in body and "tabular" not in body and "&" not in body and name not in ("item", "resumeItemListStart"):
            found[name] = arity
        elif not arity and re.fullmatch(r"\s*\\item\b\s*(\[.*\])?\s*", body, re.DOTALL):
            found[name] = 0  # \newcommand{\lineitem}{\item[$\star$]}: another name for \item
    return found


TextMacros = Mapping[str, tuple[bool, ...]]  # a macro the file defines -> whether each argument shows


def defined_text_macros(code: str) -> dict[str, tuple[bool, ...]]:
    r"""Macros the file defines around text, with which of their arguments print:
    \newcommand{\inlineLink}[2]{\href{#1}{#2}} shows its second; \newcommand{\zh}[1]{} none
    (a translation the author switched off). Found by decoding the body with a marker word in
    place of each argument and seeing which markers come out."""
    found = {}
    for name, arity, body in _definitions(code):
        if not arity or name in _KEEP_ARGUMENT:
            continue
        # A layout macro of three fields or more (company, dates, title, place), or one laid out
        # as a table, is a heading: none of its arguments is the bullet's text. Known by its
        # arity, its arguments are skipped even when written on the lines after its name.
        if arity > 2 or "tabular" in body or "&" in body:
            found[name] = (False,) * arity
            continue
        if "\\item" in body:
            continue  # a bullet macro (defined_bullet_macros)
        probe = body
        for number in range(1, arity + 1):
            probe = probe.replace(f"#{number}", f" zqarg{number}q ")
        shown = "".join(decode(probe, probe, 0, len(probe)).chars)
        found[name] = tuple(f"zqarg{number}q" in shown for number in range(1, arity + 1))
        if len(found) == MAX_TEXT_MACROS:
            break  # a resume defines a handful; a file of thousands is not read through them all
    return found


MAX_TEXT_MACROS = 100


def extract_latex(text: str, bullet_macros: tuple[str, ...] = (), section: str = "") -> list[Bullet]:
    """Bullets of a LaTeX resume. `bullet_macros`: names from the config (latex-bullet-macros)
    of one-argument macros that hold a bullet, beside the ones the file itself defines;
    `section`: for an included file, the title of the section its \\input sits under."""
    starts = line_starts(text)
    body_start = text.find("\\begin{document}")
    body_start = 0 if body_start < 0 else body_start + len("\\begin{document}")
    code = without_comments(text)
    # no item opens inside a verbatim (`\mintinline{c}|x \item y|`: ATK16, C9, one claim read as two),
    # nor does the document end there (`\verb|\end{document}|`: ATK18, C30, the claim cut and the rest lost)
    searched = verbatim_text_blanked(code)
    body_end = searched.find("\\end{document}", body_start)
    if body_end >= 0:  # what follows \end{document} is never printed: kept drafts, old entries
        code = code[:body_end] + " " * (len(code) - body_end)
        searched = searched[:body_end] + " " * (len(searched) - body_end)
    macros = {**{name: 1 for name in bullet_macros}, **defined_bullet_macros(code[:body_start] if body_start else code), **_ITEM_MACROS}
    names = "|".join(re.escape(name) + r"\b" for name in sorted(macros, key=len, reverse=True))
    finder = re.compile(r"\\(item\b|" + names + ")")
    regions: list[tuple[int, int]] = []
    labels: dict[int, tuple[int, int]] = {}  # an item's start -> its \item[label]'s words (start, closing bracket)
    at = body_start
    while True:
        match = finder.search(searched, at)
        if match is None:
            break
        name = match.group(1)
        start: int | None
        if name == "item" or macros.get(name) == 0:
            start = _after_optional(code, match.end())
            end = _item_end(code, start)
            following = finder.search(searched, start)  # an item ends where the next bullet macro starts too
            end = min(end, following.start()) if following else end
            after_label = start
            start, end = _claim_rows(code, start, end)
            label = _word_label(code, match.end()) if name == "item" and start == after_label else None
            if label is not None and end > start:
                labels[start] = label
        else:
            first_argument = _after_optional(code, match.end())
            start, end = _macro_bullet(code, first_argument, macros[name])
            if start is not None and (start - 1) not in _closing_braces(code):
                # an argument never closed ends where the next bullet starts, not at the end of
                # the file: thousands of unclosed \resumeItem{ made each item scan the rest
                following = finder.search(code, start)
                end = following.start() if following else end
            if start is not None and "\\item" in code[start:end]:
                # lists inside the argument: their items are read one by one, and a sentence
                # before each ("Developed and ran the payments platform used by ...:", "\textbf{Beta:}
                # Founded the triage team." between two lists: set J) is one more
                regions += _text_around_lists(code, start, end)
                start = None
            elif name == "cvitem" and _is_metadata_label(code, first_argument):
                start = None  # \cvitem{Supervisor}{...}, \cvitem{Languages}{...}: a fact, not a claim
            elif name == "cventry" and (title := _act_in_title(code, first_argument)) is not None:
                start, end = title
            elif start is not None:
                # "{\emph{IT Technician} \\ General systems repairs ...}": a role row heads the claim;
                # a description of paragraphs under sub-headings is one claim per paragraph
                parts = _claim_parts(code, text, start, end)
                regions += parts[:-1]
                start, end = parts[-1]
        if start is not None and end > start:
            regions.append((start, end))
        if name in _SECOND_CLAIM and len(groups := _macro_groups(code, _after_optional(code, match.end()), _SECOND_CLAIM[name])) == _SECOND_CLAIM[name]:
            regions.append(groups[-1])
        at = match.end()
    claims_at = _under_claim_title(code, body_start, section)  # read once for both kinds of prose
    regions += _paragraphs(code, body_start, regions, claims_at, text)
    regions += _sentence_lines(code, body_start, regions, claims_at)
    listing = _listing_stretches(code, body_start, section)
    regions = sorted((start, end) for start, end in regions if not any(a <= start < b for a, b in listing))
    bullets = []
    text_macros = {name: shown for name, shown in defined_text_macros(code[:body_start] if body_start else code).items() if name not in macros}
    for start, end in regions:
        bullet = decode(text, code, start, end, text_macros, labels.get(start)).to_bullet(starts)
        if bullet is not None and not _MACRO_PARAMETERS.fullmatch(bullet.text):
            bullets.append(bullet)
    return bullets


# "#1": an \item inside a macro's definition (a file of \newcommand lines, \input by the resume)
# holds the macro's parameter, not a claim (set Y: both readers saw it listed as left out).
_MACRO_PARAMETERS = re.compile(r"(?:#+\d\s*)+")


# A title set with any one-argument macro or environment (`\roottitle{Experience}`,
# `\begin{name}Personal Projects\end{name}`): a style file po2pm never sees may define it.
# Not the macros that name a file: `\addbibresource{publications.bib}` and `\input{section_education}`
# are no titles (set O: a resume of nine parts read each part under the file named before it).
_NAMES_A_FILE = r"(?:input|include|includeonly|subfile|import|subimport|addbibresource|bibliography|bibliographystyle|includegraphics|usepackage|RequirePackage|documentclass|photo)\b"
# (the spaces around the title taken whole, never given back: over the spaces comments leave when
# blanked, each way of sharing them out was tried, and 320 commented-out items after a
# \begin{itemize} took 90 s: attack round ATK24, C9)
_LOOSE_TITLE = re.compile(
    r"\\begin\s*\{([A-Za-z]+)\}\s*+([^{}\\\s][^{}\\]{2,39}?)\s*+\\end\s*\{\1\}"
    rf"|\\(?!begin\b|end\b|{_NAMES_A_FILE})[A-Za-z]+\*?\s*\{{([^{{}}\\]{{3,40}})\}}"
)
# A paragraph in a one-argument macro (`\bodytext{...}`) or in an environment of the file's own
# (`\begin{genericbody}...\end{genericbody}`).
# (a starred environment's name too: "multicols*", a class's "job*": attack round ATK19, C24, their
# sentences lost in silence)
_PARAGRAPH = re.compile(r"\\begin\s*\{([A-Za-z]+\*?)\}|\\(?!begin\b|end\b)([A-Za-z]+)\s*\{")
_NOT_PARAGRAPHS = frozenset({
    "itemize", "enumerate", "description", "tabular", "tabularx", "table", "document", "center",
    "minipage", "multicols", "list", "trivlist", "comment", "href", "url", "textbf", "textit",
    "emph", "section", "subsection", "subsubsection", "paragraph", "begin", "end", "footnote",
    "math", "displaymath", "equation",
})
_PARAGRAPH_WORDS = 8  # fewer words is a label or a line of a heading, not a paragraph
# Macros and environments that list, whatever the section: Awesome-CV's \begin{cvskills} with its
# \cvskill{type}{skillset}, \begin{cvhonors}, a class's \skills{...} (set P: every \cvskill of a
# "Skills / Projects" section read as one claim of 1,000 characters).
_LISTING_NAME = re.compile(r"skill(?!ing)|honou?r|award|certif|language|interest|hobb", re.IGNORECASE)  # not "\\skilling{title}{claim}" (set U)


def _matching_end(code: str, name: str, opening_end: int, pairs: dict[str, dict[int, int]]) -> int:
    """Where the `\\end{name}` that closes the environment opened just before `opening_end` starts,
    nested ones of its name counted, or -1; each name's environments are paired once (`pairs`,
    kept by the caller: where each opening ends -> where its end starts). Every name is paired in
    one pass over the file, the first time one is asked (ATK19, C25: a pass per name over 12,000
    names took 84 s)."""
    if not pairs:
        opened: dict[str, list[int]] = {}
        pairs[""] = {}  # paired: the file holds no environment named ""
        for edge in _ANY_EDGE.finditer(code):
            kind, edge_name = edge.group(1), edge.group(2)
            if kind == "begin":
                opened.setdefault(edge_name, []).append(edge.end())
            elif opened.get(edge_name):
                pairs.setdefault(edge_name, {})[opened[edge_name].pop()] = edge.start()
    return pairs.get(name, {}).get(opening_end, -1)


_ANY_EDGE = re.compile(r"\\(begin|end)\s*\{([^{}\n]*)\}")


def _is_prose(text: str) -> bool:
    """Sentences, not a title: opens with a capital and ends a sentence after a word ("Developing
    Samsung's TV kernel. I've worked on ..." opens with two capitals, as no plain line may). A
    title's "Dr." or "Inc." ends no sentence ("Course Project in Databases under Dr. A. Person")."""
    return text[:1].isupper() and any(
        match.group(1).lower() not in _ABBREVIATIONS for match in _SENTENCE_END.finditer(text)
    )


# a sentence ends after a word, a figure or a share ("... from 9% to 5%.": attack round ATK21, C1,
# a \CVItem's claim so ended was no prose, and was lost in silence)
_SENTENCE_END = re.compile(r"(\w*[a-z)%\d]|[A-Z]{2,})[.!?](?:\s|$)")  # or after an acronym: "... with the CRO." (ATK23, C25)
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "dept", "univ", "no", "bros"})


def _paragraphs(code: str, start: int, items: list[tuple[int, int]], claims_at: Callable[[int], bool], source: str) -> list[tuple[int, int]]:
    """Paragraphs of the file's own under an Experience or Projects title (set with a section
    macro or with any other macro or environment), outside every item: one claim each when
    the paragraph opens as a sentence does. A resume written in prose ("Rebuilt the claims
    form for 40 brokers. Cut ...") was read as empty. `source`: the file as written (_paragraphs_of)."""

    in_an_item = _Spans(items).holds
    found: list[tuple[int, int]] = []
    arities = _environment_arities(code)
    read_until = -1  # the end of the last paragraph read whole: a group inside it is read already
    pairs: dict[str, dict[int, int]] = {}  # each name's environments, paired once (_matching_end)
    # environments are found and paired in the code with its verbatims blanked: `\verb|\begin{job}|`
    # opens none (attack round ATK18, C28: two sentences lost in silence)
    structure = verbatim_text_blanked(code)
    for match in _PARAGRAPH.finditer(structure, start):
        name = match.group(2) or match.group(1)
        if name.rstrip("*") in _NOT_PARAGRAPHS or _LISTING_NAME.search(name) or in_an_item(match.start(), match.start()):
            continue
        if match.group(2):  # \bodytext{...}: the group is the paragraph
            if not claims_at(match.start()):
                continue
            inner_start, inner_end = match.end(), _group_end(code, match.end() - 1) - 1
            following = _skip_space(code, inner_end + 1)
            if following < len(code) and code[following] == "{":
                # a macro of fields (`\resumeProjectHeading{name | stack}{dates}`) is a heading;
                # a group of prose among or after its fields is the job's paragraph (set K:
                # "\resumeSubheading{...}{...}{...}{...} {We built a product from 0 to ...}"), the first
                # field too where it states an act (attack round ATK15, C22: "\resumeProjectHeading{Built
                # a refund bot used by 40 agents, ...}{2021}", or after the project's name and a bar)
                # a role row before the group's sentence drops as an item's does: "\CVItem{Boots
                # (2019)}{\textbf{Customer Advisor} \\ As a part of Boots, I worked ...}" (round SAF:
                # the title read into the claim, twice)
                groups = [
                    part for group in _prose_groups(code, match.end() - 1) if not in_an_item(*group)
                    for part in _claim_parts(code, source, *group) if part[1] > part[0]
                ]
                found += groups
                read_until = max([read_until, *(group_end for _, group_end in groups)])
                continue
        else:
            # its own end, the environments of each name paired once: each of thousands of unclosed
            # environments searched to the end of the file (attack round ATK15, C25: 85 s to write
            # 720 KB), a bound on the search dropped a paragraph of 250 lines kept as comments with
            # no word (ATK16, C31), and 60,000 openings sharing one end each read the rest of the
            # file (ATK17, C19: 72 s)
            closing = _matching_end(structure, name, match.end(), pairs)
            if closing < 0:
                continue
            arity, optional = arities.get(name, (None, False))
            inner_start, inner_end = _past_arguments(code, match.end(), closing, arity, optional), closing
            # an environment's own title counts (`\\begin{rSection}{Experience}`: resume.cls; attack
            # round ATK18, C27: its sentences were asked about before their title and lost in silence)
            if not (claims_at(match.start()) or claims_at(inner_start)):
                continue
        if in_an_item(inner_start, inner_start) or inner_start < read_until:
            continue  # \resumeItem{...}, \cvlistitem{...}, or \textsl{...} inside a paragraph's \en{...}: read already
        inner = code[inner_start:inner_end]
        if "\\item" in inner or "\\begin" in inner or in_an_item(inner_start, inner_end - 1):
            # its sentences around a list or an environment inside it, each nested one read as its
            # own (attack round ATK17, C35: three such claims lost in silence)
            found += [
                paragraph for part in _outside_environments(structure, inner_start, inner_end, pairs)
                for paragraph in _own_paragraphs(code, source, *part)
                if not in_an_item(paragraph[0], paragraph[1] - 1)
            ]
            continue
        # each of its paragraphs, a job's heading rows dropped: read whole, a resume.cls section's
        # job line, its paragraph and the next job's line were one claim, and an `--answers` edit
        # of it deleted the next job's line (attack round ATK22, C21)
        read = _own_paragraphs(code, source, inner_start, inner_end)
        if read:
            found += read
            read_until = inner_end
    return [line for paragraph in sorted(found) for line in _sentence_a_line(code, *paragraph)]


def _own_paragraphs(code: str, source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of code[start:end] that read as claims, a job's heading rows left out: each
    past a mark drawn by hand before it ("$\\bullet$ Managed ...", "-- Wrote ...": attack round
    ATK24, C4, lost in silence), and one of a short sentence of an act as well as a longer one
    ("Ran the daily standups.": ATK24, C6, lost in silence once a section's paragraphs were read
    one by one)."""
    found = []
    for first, last in _claim_parts(code, source, start, end):
        mark = _HAND_BULLET.match(code, first)
        first = mark.end() if mark else first
        if last > first and (_reads_as_a_paragraph(code, first, last) or _short_act(code, first, last)):
            found.append((first, last))
    return found


def _short_act(code: str, start: int, end: int) -> bool:
    """A sentence of an act, full stop and all, however short ("Ran the daily standups.")."""
    from ..extract import is_bare_achievement

    text = _plain(code, start, end).strip()
    return text.endswith(".") and is_bare_achievement(text)


def _past_arguments(code: str, at: int, end: int, arity: int | None = None, optional: bool = False) -> int:
    r"""Past the options and groups set right after an environment's opening, on its line
    (`\begin{jobbody}{Acme Corp}`, `\begin{rSection}{Experience}`): its arguments, a name or a
    title, not its paragraph's words (attack round ATK18, C9: "Acme Corp Rebuilt ..." was read, and
    a write took the opening for the bullet's macro and deleted it, its \end left unpaired).
    `arity`: the arguments the file's own `\newenvironment` gives it, where it defines one: no more
    are skipped (ATK19, C7: `{\bfseries Rebuilt} the ...` after an environment of none was skipped,
    the claim lost), and they are looked for on the lines below too, as TeX does (ATK19, C22: a
    title and dates set on the next lines were read into the claim). `optional`: the first of them
    has a default (`\newenvironment{job}[2][Remote]`), so it counts whether it is given or not
    (ATK20, C6: `{\bfseries Rebuilt}` was taken for the second argument, the claim lost)."""
    skipped = 0
    blanks = " \t\n" if arity else " \t"
    if optional and arity:
        after = at
        while after < end and code[after] in blanks and not _blank_line_at(code, after):
            after += 1
        # the default's value may wrap onto the next line, as an argument may (attack round ATK21,
        # C7: "[Hybrid,\n three days in Leeds]" was not skipped, and the paragraph lost in silence)
        close = optional_close(code, after) if code.startswith("[", after) else -1
        if close >= 0 and _PARAGRAPH_BREAK.search(code, after, close) is None:
            at = close + 1
        skipped = 1
    while arity is None or skipped < arity:
        after = at
        while after < end and code[after] in blanks and not _blank_line_at(code, after):
            after += 1
        if code.startswith("[", after) and (options_end := _options_end(code, after)) is not None:
            at = options_end
        elif code.startswith("[", after) and (close := optional_close(code, after)) >= 0 and _PARAGRAPH_BREAK.search(code, after, close) is None:
            # options wrapped onto the next line, first or after a group (ATK23, C25 and ATK24, C24:
            # "[Remote,\n part time]")
            at = close + 1
        elif arity is None and skipped and (below := _next_line_start(code, at)) is not None and _names_alone(code, below):
            # a name set alone on the line below the options ("[Hybrid]" / "{Beta Ltd}": ATK23, C25,
            # read into the paragraph and the paragraph lost); a claim so set stays the paragraph's
            at = _group_end(code, below)
        elif code.startswith("{", after):
            group_end = min(_group_end(code, after), end)
            if arity is None and skipped and _LINE_GOES_ON.match(code, group_end):
                # words after a later group on its line: the group opens the paragraph, not an
                # argument of an environment the file does not define (resume.cls's rSection:
                # attack round ATK21, C23, "{\bfseries Rebuilt ...} for 40 brokers" lost in silence)
                return at
            at = group_end
        else:
            return at
        skipped += 1
    return at


_LINE_GOES_ON = re.compile(r"[ \t]*[\w(,.;:'\"-]")
# a group of a few words and no sentence's stop, alone on its line
_LONE_GROUP = re.compile(r"\{([^{}.!?\n]{1,60})\}[ \t]*(?=\n)")


def _names_alone(code: str, at: int) -> bool:
    """Does a group alone on its line at code[at] hold a name or a title ("{Beta Ltd}"), not a
    claim ("{Rebuilt the claims form for 40 brokers}")?"""
    group = _LONE_GROUP.match(code, at)
    if group is None:
        return False
    # its words as printed: `{\bfseries Rebuilt the claims form}` opens with an act (ATK24, C13)
    words = _plain(code, group.start(1), group.end(1)).split()
    act = words[1] if len(words) > 1 and is_leading_adverb(words[0]) else words[0] if words else ""  # "Successfully launched ..."
    return 0 < len(words) <= 5 and not is_past_act(act)


def _next_line_start(code: str, at: int) -> int | None:
    """Where the next line's text starts, when nothing but white space is left on code[at]'s line
    and the next line is not blank; else None."""
    line_end = code.find("\n", at)
    if line_end < 0 or code[at:line_end].strip():
        return None
    below = line_end + 1
    while below < len(code) and code[below] in " \t":
        below += 1
    return below if below < len(code) and code[below] != "\n" else None


def _blank_line_at(code: str, at: int) -> bool:
    """Does a blank line (a paragraph's end, where no argument is looked for) start at `at`?"""
    return code[at] == "\n" and _PARAGRAPH_BREAK.match(code, at) is not None


def _environment_arities(code: str) -> dict[str, tuple[int, bool]]:
    r"""The number of arguments, options counted, each environment the file defines has, and
    whether the first has a default (`\newenvironment{job}[3]{...}{...}`: 3, no;
    `\newenvironment{job}[2][Remote]{...}{...}`: 2, yes; `\newenvironment{jobbody}{...}{...}`: 0)."""
    arities: dict[str, tuple[int, bool]] = {}
    if "nvironment" not in code:  # \newenvironment, \NewDocumentEnvironment
        return arities
    for definition in _NEW_ENVIRONMENT.finditer(code):
        arities[definition.group(1)] = (int(definition.group(2) or 0), definition.group(3) is not None)
    # and xparse's (`\NewDocumentEnvironment{job}{m m}`, `{O{Remote} m}`): one argument a letter of
    # its spec, a default's braces skipped (attack round ATK21, C34: its arguments were read into
    # the claim, or a claim's opening group taken for one and the claim lost in silence)
    for definition in _NEW_DOCUMENT_ENVIRONMENT.finditer(code):
        spec = _SPEC_DEFAULT.sub("", definition.group(2))
        letters = [letter for letter in spec if letter.isalpha()]
        arities[definition.group(1)] = (len(letters), bool(letters) and letters[0] in "oO")
    return arities


_NEW_DOCUMENT_ENVIRONMENT = re.compile(r"\\(?:New|Renew|Provide|Declare)DocumentEnvironment\s*\{\s*([A-Za-z]+\*?)\s*\}\s*\{([^{}\n]*(?:\{[^{}\n]*\}[^{}\n]*)*)\}")
_SPEC_DEFAULT = re.compile(r"\{[^{}\n]*\}")
_NEW_ENVIRONMENT = re.compile(r"\\(?:re)?newenvironment\*?\s*\{\s*([A-Za-z]+\*?)\s*\}\s*(?:\[\s*(\d)\s*\])?(\s*\[[^\]\n]{0,200}\])?")


def _reads_as_a_paragraph(code: str, start: int, end: int) -> bool:
    """Words enough, opening as a claim or as prose does."""
    from ..extract import is_bare_achievement

    if len(_LETTERS.findall(code, start, end)) < _PARAGRAPH_WORDS:
        return False
    text = _plain(code, start, end)
    return is_bare_achievement(re.split(r"(?<=[.;])\s", text)[0]) or _is_prose(text)


def _outside_environments(code: str, start: int, end: int, pairs: dict[str, dict[int, int]]) -> list[tuple[int, int]]:
    """The stretches of code[start:end] outside the environments opened in it, none holding an
    \\item; none after one that does not close. Each environment's end is looked up in `pairs`
    (_matching_end's) and the search goes on past it: each of 12,000 nested environments scanned to
    its end took 70 s (attack round ATK18, C11)."""
    stretches, at = [], start
    while (opening := _NAMED_BEGIN.search(code, at, end)) is not None:
        stretches.append((at, opening.start()))
        closing = _matching_end(code, opening.group(1), opening.end(), pairs)
        closed = _END.match(code, closing) if 0 <= closing < end else None
        if closed is None or closed.end() > end:
            break
        at = closed.end()
    else:
        stretches.append((at, end))
    # a stretch that opens or closes a group holds a macro whose argument the environment sits in
    # (`\\cventry{...}{\\begin{cvitems} ...}`): its fields, not a sentence
    return [(first, last) for first, last in stretches if "\\item" not in code[first:last] and unpaired_braces(code, first, last) == (0, 0)]


def unpaired_braces(code: str, start: int, end: int) -> tuple[int, int]:
    r"""The braces of code[start:end] with no pair inside it: closing ones whose group opened before
    it, and opening ones whose group closes after it ("\{" and "\}" are characters)."""
    count = _BraceCount(code, start)
    count.balanced_to(end)
    return count.closed_before, count.left_open


_BRACE_OR_ESCAPE = re.compile(r"\\.|[{}]", re.DOTALL)


class _BraceCount:
    """The braces of code[start:to] with no pair inside it (unpaired_braces), for a `to` that only
    grows, each brace read once: counted again from the same start at every blank line, a group
    never closed before 20,000 paragraphs made a 1.4 MB file take minutes (the review of session 61)."""

    def __init__(self, code: str, start: int) -> None:
        self.code, self.at, self.closed_before, self.left_open = code, start, 0, 0

    def balanced_to(self, to: int) -> bool:
        for brace in _BRACE_OR_ESCAPE.finditer(self.code, self.at, to):
            if brace.group(0) == "{":
                self.left_open += 1
            elif brace.group(0) == "}":
                if self.left_open:
                    self.left_open -= 1
                else:
                    self.closed_before += 1
        self.at = max(self.at, to)
        return (self.closed_before, self.left_open) == (0, 0)


_NAMED_BEGIN = re.compile(r"\\begin\s*\{([^{}\n]*)\}")
_END = re.compile(r"\\end\s*\{[^{}\n]*\}")


def _sentence_a_line(code: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph written a sentence a line ("Manage teams, projects, SLAs." / "Automate
    workflows." / ...): each line is a claim. Read whole, a short one was one bullet (round ST: 22
    claims of `\\sectionbody{...}` read as 6; the screen splits only a long paragraph into its
    sentences). [(start, end)] for any other paragraph."""
    from ..extract import is_bare_achievement

    lines = []
    at = start
    for line in code[start:end].split("\n"):
        if line.strip():
            first = at + len(line) - len(line.lstrip())
            lines.append((first, at + len(line.rstrip())))
        at += len(line) + 1
    sentences = [_plain(code, first, last) for first, last in lines]
    ended = sum(1 for text in sentences if _ends_a_sentence(text))
    # One line may end with no full stop if it reads as a claim of its own: the one an edit just
    # wrote ("Automated 40 workflows, cutting deploy time 30%"), else the paragraph reads back
    # whole and the edit is refused. A sentence wrapped onto the next line goes on in lower case.
    if ended >= max(2, len(lines) - 1) and all(text[:1].isupper() and (_ends_a_sentence(text) or is_bare_achievement(text)) for text in sentences):
        return lines
    return [(start, end)]


def _ends_in_an_abbreviation(text: str) -> bool:
    """Does the text end with a full stop that ends no sentence ("Warner Bros.", "Dr.")?"""
    return text.endswith(".") and not _ends_a_sentence(text)


def _ends_a_sentence(text: str) -> bool:
    """Does the text end a sentence after a word ("MySQL.", not "Dr." or "A.")?"""
    last = re.search(r"(\w+)[.!?]\Z", text)
    return last is not None and len(last.group(1)) > 1 and last.group(1).lower() not in _ABBREVIATIONS


def _prose_groups(code: str, at: int) -> list[tuple[int, int]]:
    """The insides of the groups that follow one another from code[at] == '{' and read as
    sentences of eight words or more, or as one shorter sentence of an act; a heading's fields (a
    place, a title, dates) do not."""
    from ..word_lists import opens_with_an_act

    groups: list[tuple[int, int]] = []
    while at < len(code) and code[at] == "{":
        end = _group_end(code, at)
        inner_start, inner_end = at + 1, end - 1
        inner = code[inner_start:inner_end]
        found = len(groups)
        if "\\item" not in inner and "\\begin" not in inner and not _holds_entries(code, inner_start, inner_end):
            text = _plain(code, inner_start, inner_end)
            if len(_LETTERS.findall(inner)) >= _PARAGRAPH_WORDS:
                # sentences, or one that opens with an act: an employer's name over two lines
                # ("University of Hamburg\\Max Planck Institute ...") is a field, not a paragraph
                if _is_prose(text) or opens_with_an_act(text):
                    groups.append((inner_start, inner_end))
            elif _short_act(code, inner_start, inner_end):
                # a short sentence of an act, full stop and all: "\\skilling{\\href{...}{AI Policy
                # Prediction Paper}}{Predicted policy outcomes according to political ideology.}"
                # (round SG: dropped in silence while its longer siblings were read)
                groups.append((inner_start, inner_end))
        if (
            len(groups) == found  # the whole group was not read as prose
            and "\\item" not in inner and "\\begin" not in inner
            and (after_bar := _act_after_a_bar(code, inner_start, inner_end)) is not None
        ):
            groups.append((after_bar, inner_end))
        at = _skip_space(code, end)
    return groups


# The bar between a project's name and what follows it in Jake's heading: `$|$`, `\textbar{}`, `|`
_FIELD_BAR = re.compile(r"\$\|\$|\\textbar\b(?:\{\})?|\|")


def _act_after_a_bar(code: str, start: int, end: int) -> int | None:
    r"""Where a claim that follows a project's name and a bar starts, in a heading's field:
    `\resumeProjectHeading{\textbf{Refund bot} $|$ \emph{Built a refund bot used by 40 agents,
    cutting refunds 20\%}}{2021}` (attack round ATK15, C22: lost in silence); None where what
    follows the last bar is a stack or a date ("Python, Flask"), not an act."""
    from ..extract import is_bare_achievement

    bars = list(_FIELD_BAR.finditer(code, start, end))
    if not bars:
        return None
    after = _skip_space(code, bars[-1].end())
    text = _plain(code, after, end)
    return after if len(text.split()) >= 4 and is_bare_achievement(text) else None


def _holds_entries(code: str, start: int, end: int) -> bool:
    r"""Does code[start:end] hold a heading of fields (`\headedsubsection{title}{dates}{...}`) or a
    paragraph macro of its own (`\bodytext{...}`)? Then it is a job's whole entry, whose parts
    are read as they stand, not one paragraph."""
    for match in re.finditer(r"\\([A-Za-z]+)\s*\{", code[start:end]):
        if match.group(1) in {"href", "textcolor"}:
            continue
        brace = start + match.end() - 1
        closed = _group_end(code, brace)
        after = _skip_space(code, closed)
        inner_words = len(_LETTERS.findall(code[brace + 1 : closed - 1]))
        if (after < end and code[after] == "{") or inner_words >= _PARAGRAPH_WORDS:
            return True
    return False


# Environments whose lines are text a reader sees as such; in any other (tabular, itemize, a
# table...) a line is a cell, an item or layout.
_TEXT_ENVIRONMENTS = frozenset({"document", "minipage", "center", "flushleft", "flushright", "multicols", "paracol", "raggedright"})
_ENVIRONMENT = re.compile(r"\\(begin|end)\s*\{([A-Za-z*]+)\}")


def _names_and_describes(text: str) -> bool:
    """"peepshowquot.es - fan website for a sitcom: a searchable directory of gifs." (set L): a
    project's name of a few words, a dash, and a sentence of five words or more about it."""
    parts = re.split(r"\s[-–—]\s", text, maxsplit=1)
    if len(parts) < 2 or not text.rstrip().endswith((".", "!", "?")):
        return False
    return len(parts[0].split()) <= 5 and len(parts[1].split()) >= 5


_INLINE_OPENER = re.compile(r"\\(?:textbf|textit|emph|underline|textsc|href|url)\s*\{")
# A bullet drawn by hand at the start of a line: "$\cdot$ Maintained ...", "\textbullet{} Wrote ...",
# "$-$ Ran ...", "• Led ..." (a resume that draws its own marks instead of an itemize read as empty);
# the typed glyphs are the plain-text reader's, and an en dash.
_HAND_BULLET = re.compile(
    r"(?:\$\\(?:cdot|bullet|circ|diamond|star|ast|triangleright|rightarrow|to|blacksquare|square)\$"
    rf"|\$-\$|\\text(?:bullet|endash|emdash|periodcentered)\b(?:\s*\{{\}})?\\?|-{{2,3}}(?=\s)|[{BULLET_GLYPHS}\u2013])\s*"
)


def _sentence_lines(code: str, start: int, items: list[tuple[int, int]], claims_at: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Sentences written line by line under an Experience or Projects title, outside every macro,
    item and table ("Rebuilt the claims intake form for 40 brokers." on a line of its own): one
    claim each, a line that goes on in lower case joined to the one before. A real resume wrote
    its whole Experience this way and read as empty."""
    from ..extract import is_bare_achievement

    in_an_item = _Spans(items).holds
    outside_text = _Spans(_outside_text_spans(code, start)).holds
    found: list[tuple[int, int]] = []
    at = start
    for line in code[start:].split("\n"):
        line_start, line_end = at, at + len(line)
        at = line_end + 1
        stripped = line.strip()
        if not stripped or stripped.startswith(("%", "{", "}", "&")) or _CELL_SEPARATOR.search(stripped):
            continue
        mark = _HAND_BULLET.match(stripped)
        if stripped.startswith("\\") and not _INLINE_OPENER.match(stripped) and not mark:
            continue  # a macro's line; but "\textbf{StudentMunch.com} - food review site, ..." is prose (set L)
        first = line_start + len(line) - len(line.lstrip()) + (mark.end() if mark else 0)
        if in_an_item(first, first) or outside_text(first, first):
            continue
        if mark:  # a list item drawn by hand is read wherever an \item would be
            found.append((first, line_end))
            continue
        if not claims_at(first):
            continue
        text = _plain(code, first, line_end)
        if found and found[-1][1] == line_start - 1 and (text[:1].islower() or _ends_in_an_abbreviation(_plain(code, *found[-1]))):
            # a sentence wrapped onto this line, in lower case or after "Warner Bros." (attack round
            # ATK11: "... for Warner Bros." / "Discovery and cut booking time ..." read as two claims)
            found[-1] = (found[-1][0], line_end)
        elif is_bare_achievement(text) or (_is_prose(text) and len(text.split()) >= 5) or _names_and_describes(text):
            found.append((first, line_end))
    return found


class _Spans:
    """Spans of the code, joined where they overlap, asked whether any of them holds a stretch."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans: list[tuple[int, int]] = []
        for first, last in sorted(spans):
            if self.spans and first <= self.spans[-1][1]:
                self.spans[-1] = (self.spans[-1][0], max(self.spans[-1][1], last))
            else:
                self.spans.append((first, last))
        self.starts = [first for first, _ in self.spans]

    def holds(self, first: int, last: int) -> bool:
        """Does a span overlap code[first:last + 1]?"""
        index = bisect_right(self.starts, last) - 1
        return index >= 0 and self.spans[index][1] > first


def _known_titles(code: str, start: int) -> list[tuple[int, str]]:
    """(offset, title) of every title of a known section: a section macro's, or one set with any
    one-argument macro or environment. Only titles of known sections count:
    `\\headedsection{Northwind}` names an employer inside one."""
    from ..extract import DATE_RANGE, is_known_section, is_known_title, section_key

    # Not a job's heading with its dates, whatever its words: "\subsection*{Akiban Technologies,
    # Staff Engineer Boston, MA, October 2009 - July 2010}" named no Skills section (round RN: the
    # prose of it and of the three jobs after it, 13 claims, dropped in silence as a listing's).
    titles = [
        (at, section_key(title))
        for at, title in section_headings(code, start)
        if is_known_section(section_key(title)) and not DATE_RANGE.search(title)
    ]
    # A title set with any macro is a title po2pm knows in full: "\textbf{Digital Education Through
    # YouTube Content Production}" names a project inside Achievements (set O: its bullets were
    # dropped as an Education section's), where "\roottitle{Experience}" opens a section.
    titles += [
        (match.start(), title)
        for match in _LOOSE_TITLE.finditer(code, start)
        if not _LETTERS.search(code, match.end(), _line_end(code, match.end()))  # "\textbf{Technologies:} MySQL, ...": a label
        and is_known_title(title := section_key(match.group(2) or match.group(3) or ""))
    ]
    # A macro of the file's own that sets a title inside it: \blockExperience{...}, defined as
    # "\blocktitle{Career} #1" (round RU: a resume's 41 claims dropped in silence, no title seen)
    titled = titling_macros(code[:start] if start else code)
    if titled:
        names = "|".join(re.escape(name) for name in sorted(titled, key=len, reverse=True))
        titles += [(match.start(), titled[match.group(1)]) for match in re.compile(rf"\\({names})(?![A-Za-z])").finditer(code, start)]
    return sorted(titles)


def titling_macros(code: str) -> dict[str, str]:
    """Macros the file defines that set a known section's title with words of their own:
    name -> the title's key ("blockexperience" -> "career")."""
    from ..extract import is_known_title, section_key

    # the titles are found once in the whole code, and each body takes the first that stands in it:
    # searched body by body, definitions nested in one another were each searched again
    titles = [
        (inner.start(), inner.end(), key)
        for inner in _LOOSE_TITLE.finditer(code)
        if is_known_title(key := section_key(inner.group(2) or inner.group(3) or ""))
    ]
    starts = [start for start, _, _ in titles]
    found = {}
    for name, _, body_start, body_end in _definition_spans(code):
        first = bisect_left(starts, body_start)
        if first < len(titles) and titles[first][1] <= body_end:
            found[name] = titles[first][2]
    return found


def titles_at(code: str, start: int = 0) -> Callable[[int], str]:
    """The title of the known section a place stands under ("" before any), the titles read once:
    an included file (`\\input{sections/projects}` under `\\section{Projects}`) is read under it."""
    known = _known_titles(code, start)
    starts = [at for at, _ in known]

    def title_at(place: int) -> str:
        under = bisect_left(starts, place) - 1
        return known[under][1] if under >= 0 else ""

    return title_at


def _under_claim_title(code: str, start: int, section: str = "") -> Callable[[int], bool]:
    """Whether a place stands under an Experience or Projects title; before the first title, under
    `section`, the title the including file's \\input sits under."""
    from ..extract import is_achievement_section

    title_at = titles_at(code, start)
    return lambda place: is_achievement_section(title_at(place) or section)


_CELL_SEPARATOR = re.compile(r"(?<!\\)&")  # a table's "&"; "\\&" is an ampersand in the text


def _text_around_lists(code: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of a macro's argument outside the lists in it, that hold words."""
    found = []
    at = start
    while at < end:
        lead = _LIST_START.search(code, at, end)
        stop = lead.start() if lead is not None else end
        if _LETTERS.search(code, at, stop):
            # a role row may head the text ("\emph{IT Technician} \\ General repairs ..."): set AQ
            found.append(_claim_rows(code, at, _before_list_label(code, at, stop) if lead is not None else stop))
        if lead is None:
            break
        after = _environment_end(code, lead.start(), end)
        if after is None:
            break
        at = after
    return found


def _environment_end(code: str, begin: int, end: int) -> int | None:
    """Where the environment `\\begin{name}` at `begin` closes, nested ones of its name counted;
    None for a bare `\\item` or one that does not close before `end`."""
    opened = re.match(r"\\begin\s*\{([A-Za-z*]+)\}", code[begin:end])
    if opened is None:
        return None
    pattern = re.compile(r"\\(begin|end)\s*\{" + re.escape(opened.group(1)) + r"\}")
    depth = 0
    for match in pattern.finditer(code, begin, end):
        depth += 1 if match.group(1) == "begin" else -1
        if depth == 0:
            return match.end()
    return None


def _before_list_label(code: str, start: int, end: int) -> int:
    r"""Where a sentence before a list ends when a label that introduces the list follows it on a
    line of its own ("... the immune synapse. \\ {\itshape\textbf{Highlights:}"): the label is no
    part of the sentence (set I: moderncv job summaries read with "Highlights:" at their end); or
    on a source line of its own, which prints on the sentence's line but is still the list's label
    (attack round ATK16, C32: read into the claim, and an edit of the claim deleted it)."""
    segment_end = end
    for match in reversed(list(_LINE_BREAK_OR_END.finditer(code, start, end))):
        # each line decoded once, on its own, until one holds text; only that one's label is decoded
        # whole (ATK19, C26: 8,000 empty lines before a list, each decoded to the list, took a minute)
        if not _plain(code, match.end(), segment_end).strip():
            segment_end = match.start()
            continue
        label = _plain(code, match.end(), end).strip()
        if label:
            # not a claim of its own before its list ("Tripled partner revenue:", "Halved churn:": ATK17,
            # C20); up to six words ("Selected results and highlights:": ATK18, C10, read into the
            # claim, and an edit of the claim deleted it)
            words = label.split()
            # the act after an adverb ("Successfully launched the broker mobile app:": ATK20, C2, taken
            # for the list's label and lost in silence)
            at = 1 if len(words) > 1 and is_leading_adverb(words[0]) else 0
            first = words[at]
            # a figure makes it a claim whatever its first word ("Selected 3 vendors, saving $2M yearly:":
            # ATK19, C12, taken for the list's label and lost in silence); years are no figure ("Key
            # results 2018--2019:": ATK20, C1, read into the claim above and deleted by its edit)
            # an adjective only before a label's noun ("Selected results:"); "Combined two claims teams
            # into one:" is a claim (ATK21, C5: taken for the list's label and lost in silence)
            after = words[at + 1].lower().strip(":,") if at + 1 < len(words) else ""
            adjective = first.lower() in _LABEL_PARTICIPLES and after in _LABEL_NOUNS
            only_years = not any(char.isdigit() for char in _YEARS.sub("", label))
            is_label = label.endswith(":") and len(words) <= 6 and only_years and (adjective or not is_past_act(first))
            # a job's own line before its list, with no colon ("Northwind Health, 2019 -- 2021": ATK21,
            # C33, read into the claim above, and an edit of the claim deleted it): a span of years, not
            # one year ("Responsible for the 2021 billing migration to Stripe": ATK22, C20, lost)
            # nor a duty naming its years in words ("Responsible for the 2019--2021 pricing roadmap
            # across Europe": ATK23, C24, lost in silence): a job's line is names and dates
            dates_a_job = (
                _YEAR_SPAN.search(label) is not None and only_years and label[:1].isupper() and not label.endswith((".", ":"))
                and len(words) <= 8 and not is_past_act(first)
                and sum(1 for word in words if len(word) >= 3 and word.isalpha() and word.islower()) < 3
            )
            return match.start() if is_label or dates_a_job else end
    return end


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:-{1,3}|–|—|to)\s*(?:(?:19|20)\d\d\b|present\b|now\b|current\b|today\b)", re.IGNORECASE)
# past forms that open a list's label as adjectives ("Selected results and highlights:"), no act
_LABEL_PARTICIPLES = frozenset({"selected", "featured", "related", "combined", "detailed", "chosen"})
_LABEL_NOUNS = frozenset({
    "results", "highlights", "projects", "achievements", "accomplishments", "publications", "work", "works",
    "contributions", "clients", "engagements", "initiatives", "deliverables", "responsibilities", "talks",
    "papers", "awards", "experience", "outcomes", "examples", "tasks", "duties", "impact", "wins",
})


_LINE_BREAK_OR_END = re.compile(r"\\\\|\n")


def _line_end(code: str, at: int) -> int:
    end = code.find("\n", at)
    return len(code) if end < 0 else end


def _outside_text_spans(code: str, start: int) -> list[tuple[int, int]]:
    """Where the innermost environment is not a text one (a tabular's cells, an itemize; a
    minipage inside a tabular is text again), and brace groups that stay open across a line (a
    macro's argument): their lines are not sentences of the page."""
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    since = start  # where the innermost environment last changed
    for match in _ENVIRONMENT.finditer(code, start):
        if stack and stack[-1].rstrip("*") not in _TEXT_ENVIRONMENTS:
            spans.append((since, match.start()))
        if match.group(1) == "begin":
            stack.append(match.group(2))
        elif stack and stack[-1] == match.group(2):
            stack.pop()
        since = match.end()
    closers = _closing_braces(code)
    spans += [(opened, closed) for opened, closed in closers.items() if opened >= start and "\n" in code[opened:closed]]
    return spans


# \section{Skills}, \rSection{Certifications}, \cvsection{Languages}, \resumeSection{...}:
# any macro whose name ends in "section" and whose title names a listing section, and the
# environments of that name (resume.cls: \begin{rSection}{Skills and Tools}).
# The title may hold one level of groups: \section{\faGraduationCap\ \en{Education}\zh{...}}.
# A macro named "...heading" is a section's too (`\resheading{Education}`: set J), but not an
# entry's heading of its own subsection (Jake's `\resumeSubheading{Acme}{...}`).
_SECTION = re.compile(r"\\(?:begin\s*\{)?([A-Za-z]*(?:[Ss]ection|(?<![Ss]ub)[Hh]eading))\}?\*?\s*(?:\[[^\]]*\])?\s*\{((?:[^{}]|\{[^{}]*\})*)\}")


def section_headings(code: str, start: int = 0) -> list[tuple[int, str]]:
    """(offset, heading text as it prints) of every section macro from `start` on. A macro
    named "...heading" counts only with a title po2pm knows in full: Jake's
    `\\resumeProjectHeading{\\textbf{Digital Education Through ...}}` names a project (set O: read
    as an Education section, and an empty one ended a Certifications section)."""
    from ..extract import is_known_title, section_key

    found = list(_SECTION.finditer(code, start))
    if not any("\\" in match.group(2) for match in found):
        headings = [(m, m.group(2).strip()) for m in found]
    else:
        macros = defined_text_macros(code)
        headings = [(m, _plain(code, m.start(2), m.end(2), macros)) for m in found]
    return [
        (m.start(), text)
        for m, text in headings
        if not m.group(1).lower().endswith("heading") or is_known_title(section_key(text))
    ]


def _section_level(code: str, at: int) -> int:
    r"""2 for \section (or \cvsection, \rSection...), 3 for \subsection, 4 for \subsubsection:
    the levels of Markdown's ## and ###, under the name."""
    name = _SECTION.match(code, at)
    return 2 + name.group(1).lower().count("sub") if name else 2


def listing_headings(text: str) -> list[tuple[int, str]]:
    """(offset, heading text) of each section po2pm does not read (Skills, Education...); a
    commented-out heading is no section."""
    from ..extract import is_listing_section, section_key

    code = without_comments(text)
    headings = dict(section_headings(code))
    # a school's \rSubsection under Education is inside the stretch, but no section of its own
    return [(at, headings[at]) for at, _ in _listing_stretches(code, 0) if is_listing_section(section_key(headings[at]))]


def _listing_stretches(code: str, start: int, inherited: str = "") -> list[tuple[int, int]]:
    """Where Skills, Certifications, Education and the like run, from their heading to the next;
    from the start, in a file included under one of them (`inherited`)."""
    from ..extract import SectionTracker, section_key

    headings = section_headings(code, start)
    section = SectionTracker()
    stretches = []
    if inherited and section.heading(inherited, level=2) and section.listing:
        stretches.append((start, headings[0][0] if headings else len(code)))
    for index, (at, heading) in enumerate(headings):
        section.heading(section_key(heading), level=_section_level(code, at))
        if section.listing:
            stop = headings[index + 1][0] if index + 1 < len(headings) else len(code)
            stretches.append((at, stop))
    return stretches


def without_comments(text: str, blocks: bool = True) -> str:
    r"""The text with every comment blanked (same length, so offsets stay valid): `%` to the end
    of the line, and (`blocks`) the blocks authors hide text in, `\begin{comment}...\end{comment}`
    and `\iffalse...\fi`, and the bodies of verbatim environments, where no "%" is a comment: not
    in a Markdown file's LaTeX lists, where an `\iffalse` written in the page's prose would blank
    everything after it (attack round ATK17, C3)."""

    if not blocks:
        return _line_comments_blanked(text)
    code, spans = _hiding_blocks(text)
    return _blocks_blanked(code, spans)


def _hiding_blocks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with its verbatim environments' bodies and its `%` comments blanked, and the
    blocks hidden in it (_block_spans): what without_comments blanks, and unclosed_iffalse reads."""
    code = _line_comments_blanked(_verbatim_environments_blanked(text) if "\\begin" in text else text)
    return code, _block_spans(code, _inline_verbatims_blanked(code))


def _line_comments_blanked(text: str) -> str:
    """The text with each line's `%` comment blanked, its line break kept."""
    if "%" not in text:
        return text
    lines, after_a_link = [], False
    for line in text.splitlines(keepends=True):
        lines.append(_without_line_comment(line, after_a_link))
        after_a_link = _ENDS_WITH_A_LINK.search(lines[-1][-600:]) is not None
    return "".join(lines)


def unclosed_iffalse(text: str) -> re.Match[str] | None:
    """The `\\iffalse` whose block nothing closes, as without_comments finds the blocks, or None."""
    code, spans = _hiding_blocks(text)
    for start, end in spans:
        if end == len(code) and (opening := _IFFALSE.match(code, start)) is not None:
            return opening
    return None


def _inline_verbatims_blanked(text: str) -> str:
    return verbatim_text_blanked(text) if _VERBATIM_MACRO.search(text) else text


def _block_spans(text: str, inline: str) -> list[tuple[int, int]]:
    r"""Every block authors hide text in, `\begin{comment}` to its `\end{comment}` and `\iffalse` to
    its `\fi` (or the end), found in TeX's order: an opening inside a block is no opening (attack
    round ATK20, C4: a `\begin{comment}` inside `\iffalse` paired with a later real `\end{comment}`,
    two claims blanked in silence), nor one written inside an inline verbatim (`\verb|\begin{comment}|`,
    `\verb|\iffalse|`: attack rounds ATK17 and ATK19, C41, the rest of the file blanked in silence).
    `inline`: the text with its inline verbatims blanked."""
    spans: list[tuple[int, int]] = []
    for match in _hiding_openings(text):
        if (spans and match.start() < spans[-1][1]) or inline[match.start()] != text[match.start()]:
            continue
        # its conditionals counted outside inline verbatims: `\verb|\ifx|` opens none (ATK24, C29:
        # the rest of the file hidden)
        spans.append((match.start(), _hiding_end(text, match, scanned=inline)))
    return spans


def _hiding_openings(text: str) -> list[re.Match[str]]:
    """The openings of comment blocks and `\\iffalse` blocks, in the order they stand; not an
    `\\iffalse` that `\\let` gives to a name of the author's (`\\let\\ifcompact\\iffalse`), which opens
    nothing (attack round ATK21, C3: the claims up to the first `\\fi` were blanked in silence)."""
    iffalses = (match for match in _IFFALSE.finditer(text) if not _given_by_let(text, match.start()))
    return sorted([*_COMMENT_OPENING.finditer(text), *iffalses], key=lambda match: match.start())


def _given_by_let(text: str, at: int) -> bool:
    """Does `\\let\\name` (and "=") stand right before text[at], or the opening of a macro's
    definition (`\\newcommand{\\hideit}{`, `\\def\\hideit{`), which opens nothing where it is
    written? Looked for in the 100 characters before it, line breaks read as TeX reads them
    (attack round ATK23, C21 and C22: `\\expandafter\\let\\csname ifcompact\\endcsname\\iffalse`, a
    `\\let` over two lines and a definition each hid the claims up to the first `\\fi`, or told them
    never closed): a line of thousands of `\\iffalse` must not be read again for each."""
    return _LET_TO.search(text, max(0, at - 100), at) is not None


def _hiding_end(text: str, opening: re.Match[str], comments: _LineComments | None = None, scanned: str = "") -> int:
    """Where the block an opening of _hiding_openings starts ends: after its closing, or at the
    end; not at a closing in a line's `%` comment where `comments` are given (the raw text: attack
    round ATK21, C4, "% old draft ended here: \\fi" ended an `\\iffalse`, and a verbatim opened in
    the block hid the rest of the file)."""
    if not opening.group(0).startswith("\\iffalse"):
        closing = next((match for match in _COMMENT_CLOSING.finditer(text, opening.end()) if comments is None or not comments.holds(match.start())), None)
        return closing.end() if closing else len(text)
    # a conditional opened inside the block closes at its own \fi, as TeX counts them (ATK23, C23:
    # `\iffalse \ifdefined\draft ... \fi \item ... \fi` ended at the first \fi, and the hidden
    # item after it was read and edited)
    # and its own \else ends it: TeX prints that branch (ATK23, C47: `\iffalse ... \else <claim> \fi`
    # lost the claim in silence)
    depth = 1
    for token in _CONDITIONAL_OR_FI.finditer(scanned or text, opening.end()):
        if comments is not None and comments.holds(token.start()):
            continue
        if token.group(1) == "else":
            if depth == 1:
                return token.end()
            continue
        depth += -1 if token.group(1) == "fi" else 1
        if depth == 0:
            return token.end()
    return len(text)


def _blocks_blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span blanked, its line breaks kept (so line numbers stay)."""
    parts, at = [], 0
    for start, end in spans:
        parts += [text[at:start], re.sub(r"[^\n]", " ", text[start:end])]
        at = end
    return "".join(parts) + text[at:]


_COMMENT_OPENING = re.compile(r"\\begin\{comment\}")
_COMMENT_CLOSING = re.compile(r"\\end\{comment\}")
_IFFALSE = re.compile(r"\\iffalse\b")
_LET_TO = re.compile(
    r"(?:\\let\s*(?:\\[A-Za-z@]+|\\csname\s*[A-Za-z@]+\s*\\endcsname)\s*=?"
    r"|\\(?:re|provide)?newcommand\*?\s*\{?\s*\\[A-Za-z@]+\s*\}?\s*(?:\[\d\])?\s*\{"
    r"|\\[egx]?def\s*\\[A-Za-z@]+\s*\{)\s*$"
)
# TeX's conditionals (\ifx, \ifdefined, a \newif's \ifcompact), their \else and \fi; not the name
# a \newif declares, nor etoolbox's or ifthen's, whose branches are groups ("\ifbool{draft}{...}{...}"),
# nor the symbol \iff
_CONDITIONAL_OR_FI = re.compile(r"(?<!\\newif)\\(?:(fi|else)\b|(if(?!f\b|thenelse\b)[A-Za-z@]*)\b(?![ \t]*\{))")


def _verbatim_environments_blanked(text: str) -> str:
    r"""The text with the body of every closed verbatim environment blanked (`\begin{verbatim}`,
    fancyvrb's, listings' and minted's), which TeX sets as written: no item, comment or brace in it
    is one (attack round ATK18, C5: an `\item` inside a verbatim was read as a claim and edited, and
    a listing's "%" was read as a comment). Verbatims and the blocks that hide text are taken in the
    order they stand, as TeX meets them: an opening inside either is none (attack round ATK20, C3 and
    C35: a `\begin{comment}` in a line's comment, or shown in a verbatim, hid a later real verbatim,
    whose `\item` was read and edited). Each opening's end is found by a search of the ends gathered
    once: thousands of unclosed openings each searching to the file's end would be slow."""
    ends: dict[str, list[int]] = {}
    for end in _VERBATIM_END.finditer(text):
        ends.setdefault(end.group(1), []).append(end.start())
    if not ends:
        return text
    parts, at, passed = [], 0, 0  # at: the end of the last body blanked; passed: of it or of a block
    inline = _inline_verbatims_blanked(text)
    comments = _LineComments(text)
    openings = sorted([*_VERBATIM_BEGIN.finditer(text), *_hiding_openings(text)], key=lambda match: match.start())
    for opening in openings:
        if opening.start() < passed or inline[opening.start()] != text[opening.start()] or comments.holds(opening.start()):
            continue  # inside a verbatim or block passed already, an inline verbatim or a line's comment
        if not opening.group(0).startswith("\\begin") or opening.group(0).endswith("{comment}"):
            passed = _hiding_end(text, opening, comments)  # a comment block or \iffalse: no verbatim opens in it
            continue
        later = ends.get(opening.group(1), [])
        index = bisect_left(later, opening.end())
        if index == len(later):
            continue  # never closed: TeX would stop there
        parts += [text[at : opening.end()], re.sub(r"[^\n]", " ", text[opening.end() : later[index]])]
        at = passed = later[index]
    return "".join(parts) + text[at:]


class _LineComments:
    """Where each line's `%` comment starts, worked out once a line (attack round ATK20, C30: read
    again up to each verbatim opening, a line of 6,000 of them took 44 s)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[int, int | None] = {}

    def holds(self, at: int) -> bool:
        """Is code[at] inside its line's comment?"""
        line_start = self.text.rfind("\n", 0, at) + 1
        if line_start not in self.starts:
            line_end = self.text.find("\n", line_start)
            line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
            blanked = _without_line_comment(line) if "%" in line else line
            self.starts[line_start] = next((index for index, (a, b) in enumerate(zip(line, blanked)) if a != b), None)
        comment = self.starts[line_start]
        return comment is not None and at - line_start >= comment


_VERBATIM_ENVIRONMENTS = r"(verbatim\*?|Verbatim\*?|BVerbatim|LVerbatim|lstlisting|minted)"
_VERBATIM_BEGIN = re.compile(r"\\begin\s*\{" + _VERBATIM_ENVIRONMENTS + r"\}")
_VERBATIM_END = re.compile(r"\\end\s*\{" + _VERBATIM_ENVIRONMENTS + r"\}")


# Where a "%" is no comment: the address of a link, which hyperref reads as written
# (`\href{https://x.example/?q=a%20b}{...}`, `\href[options]{...}`, `\url|...|`), and a `\verb|%|`
# (attack rounds ATK12, C30 and C31, and ATK13, C1 and C2: the claim was cut at the "%" and its
# rest lost unsaid).
_PERCENT_SHIELD = re.compile(r"\\(?:(?P<link>href|url|nolinkurl)|verb\*?|Verb\*?|lstinline|mintinline|path)(?![A-Za-z])")
# those that take options first (`\lstinline[language=C]!a%b!`: ATK15, C13), those whose text may
# be set in braces (`\lstinline{printf("%d")}`, `\mintinline{c}{x % y}`: C12), and minted's language
_VERBATIM_WITH_OPTIONS = frozenset({"lstinline", "Verb", "mintinline"})
# (and url's `\path{C:\exports\50%}`: ATK16, C37, cut at its "%")
_BRACED_VERBATIM = frozenset({"lstinline", "mintinline", "path"})
_VERBATIM_NAME = re.compile(r"\\(?P<name>[A-Za-z]+)\*?")

_VERBATIM_LANGUAGE = re.compile(r"\{[^{}\n]{0,50}\}")
# a link's [options], looked for a bounded way (ATK14, C18: 64,000 "\href[" on one line, minutes)
_LINK_OPTIONS = re.compile(r"\s*\[[^\]\n]{0,500}\]")
# a link whose address, or its [options], is on the next line (`\href` at a line's end: ATK13,
# C38; ATK14, C22), looked for in the line's last characters only
_ENDS_WITH_A_LINK = re.compile(r"\\(?:href|url|nolinkurl)(?:\s*\[[^\]\n]{0,500}\])?\s*$")
_ADDRESS_FIRST = re.compile(r"\s*(?:\[[^\]\n]{0,500}\]\s*)?\{[^{}\n]*\}")
# A "%" after an even run of backslashes ("\\%": a line break, then a comment; ATK12, C29), not an odd one ("\%")
COMMENT_MARK = re.compile(r"(?<!\\)(?:\\\\)*%")


def verbatim_opening(code: str, at: int) -> tuple[str, int] | None:
    """The mark that closes a delimited verbatim whose macro stands at code[at] (`\\verb|`,
    `\\lstinline[language=C]!`, `\\lstinline{`, `\\mintinline{c}|`), and where its text starts;
    None where no verbatim opens there."""
    name = _VERBATIM_NAME.match(code, at)
    if name is None or name.group("name") not in DELIMITED_VERBATIM:
        return None
    after = name.end()
    if name.group("name") in _VERBATIM_WITH_OPTIONS and (options := _options_end(code, after)) is not None:
        after = options
    if name.group("name") == "mintinline" and (language := _VERBATIM_LANGUAGE.match(code, after)) is not None:
        after = language.end()
    if after >= len(code):
        return None
    mark = code[after]
    if mark == "{" and name.group("name") in _BRACED_VERBATIM:
        return "}", after + 1
    if mark.isalnum() or mark.isspace() or mark in "{*[":
        return None
    return mark, after + 1


def _options_end(code: str, at: int) -> int | None:
    """Past the "]" that closes options opening at code[at], groups in them paired however deep
    (listings' `language={[Sharp]C}`: ATK16, C36; `literate={{->}{{$\\to$}}2}`: ATK17, C41, each
    taken to end at an inner "]", and the verbatim's "%" read as a comment), on their line and
    within 500 characters; None where none opens or closes."""
    if not code.startswith("[", at):
        return None
    depth = 0
    for mark in _OPTION_MARK.finditer(code, at + 1, min(len(code), at + 500)):
        if mark.group(0) == "\n":
            return None
        if mark.group(0) == "{":
            depth += 1
        elif mark.group(0) == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            return mark.end()
    return None


_OPTION_MARK = re.compile(r"[{}\]\n]")


def verbatim_at(code: str, at: int, end: int | None = None) -> tuple[int, int] | None:
    """The span of a delimited verbatim's text whose macro stands at code[at], closed on its line
    before `end`; None where none opens there or it does not close."""
    opening = verbatim_opening(code, at)
    if opening is None:
        return None
    mark, start = opening
    limit = min(len(code) if end is None else end, start + _LONGEST_VERBATIM)
    close = _group_close(code, start, limit) if mark == "}" else code.find(mark, start, limit)
    return (start, close) if close >= 0 and "\n" not in code[start:close] else None


_VERBATIM_MACRO = re.compile(r"\\(?:" + "|".join(sorted(DELIMITED_VERBATIM)) + r")(?![A-Za-z])")


def verbatim_text_blanked(code: str) -> str:
    """The code with the text of every delimited verbatim blanked (same length)."""
    parts, at = [], 0
    for macro in _VERBATIM_MACRO.finditer(code):
        if macro.start() < at:
            continue  # a macro's name inside a verbatim already blanked
        span = verbatim_at(code, macro.start())
        if span is not None:
            parts.append(code[at : span[0]])
            parts.append(" " * (span[1] - span[0]))
            at = span[1]
    return "".join(parts) + code[at:]


def _group_close(code: str, start: int, limit: int) -> int:
    r"""The "}" that closes a braced verbatim, its balanced braces counted (minted's
    `\mintinline{c}{f(a){b}}`: ATK16, C10, ended at the first one and the claim's rest was lost);
    -1 where none does before `limit`. Not _closing_braces: in a verbatim a backslash escapes nothing
    (`\path{C:\exports\}` closes at its last "}")."""
    depth = 0
    for brace in _BRACE_OR_LINE_END.finditer(code, start, limit):
        if brace.group(0) == "\n":
            return -1  # a verbatim closes on its line
        if brace.group(0) == "{":
            depth += 1
        elif depth == 0:
            return brace.start()
        else:
            depth -= 1
    return -1


_BRACE_OR_LINE_END = re.compile(r"[{}\n]")


# How far the end of a verbatim or a link's address is looked for: each of 10,000 unclosed
# `\verb`s on one line looked to the line's end, 56 s (ATK13, C31); an address is shorter
_LONGEST_VERBATIM = 2_000


def _percent_as_text(line: str, after_a_link: bool) -> list[tuple[int, int]]:
    """The spans of the line in which a "%" is text, scanned once, left to right."""
    spans = []
    if after_a_link and (address := _ADDRESS_FIRST.match(line)) is not None:
        spans.append(address.span())
    at = 0
    while (opening := _PERCENT_SHIELD.search(line, at)) is not None:
        at = opening.end()
        if not opening.group("link"):
            if (verbatim := verbatim_at(line, opening.start())) is not None:
                spans.append((opening.start(), verbatim[1] + 1))
                at = verbatim[1] + 1
            continue
        if opening.group("link") == "href":
            at = _after_link_options(line, at)
        else:
            at = _skip_blanks(line, at)
        if at >= len(line):
            break
        closing_mark = "}" if line[at] == "{" and opening.group("link") else line[at]
        if closing_mark.isalnum() or closing_mark.isspace():
            continue
        close = line.find(closing_mark, at + 1, at + 1 + _LONGEST_VERBATIM)
        if close < 0:
            continue
        spans.append((opening.start(), close + 1))
        at = close + 1
    return spans


def _after_link_options(line: str, at: int) -> int:
    options = _LINK_OPTIONS.match(line, at)
    return _skip_blanks(line, options.end() if options is not None else at)


def _without_line_comment(line: str, after_a_link: bool = False) -> str:
    """The line with its comment, from the "%" that opens it, blanked (its line break kept).
    after_a_link: the line before ends with a link macro, whose address opens this line."""
    if "%" not in line:
        return line
    shielded = _percent_as_text(line, after_a_link) if "\\" in line or after_a_link else []
    for mark in COMMENT_MARK.finditer(line):
        at = mark.end() - 1
        if not any(start <= at < end for start, end in shielded):
            body = line.rstrip("\r\n")
            return body[:at] + " " * (len(body) - at) + line[len(body) :]
    return line


def _after_optional(code: str, at: int) -> int:
    """Skip an optional [argument] and white space after a macro name."""
    opening = _optional_opening(code, at)
    close = optional_close(code, opening) if opening is not None else -1
    return close + 1 if close >= 0 else _skip_blanks(code, at)


def _optional_opening(code: str, at: int) -> int | None:
    """The offset of the '[' that opens an optional argument after white space from `at`; None if none does."""
    at = _skip_blanks(code, at)
    return at if at < len(code) and code[at] == "[" else None


def _skip_blanks(code: str, at: int) -> int:
    while at < len(code) and code[at] in " \t":
        at += 1
    return at


MAX_OPTIONAL = 1_000


def optional_close(code: str, at: int) -> int:
    """Given code[at] == '[', the offset of the ']' that closes it, outside braces: LaTeX reads
    `\\item[{Q1--Q2 [2023]}]` as one label (an attack round of session 48: the item was read from
    "}]" on, and dropped in silence). -1 where none does within MAX_OPTIONAL characters: no
    label is longer, and a file of unclosed ones must not be scanned to its end from each."""
    depth = 0
    for found in _BRACES_AND_CLOSE.finditer(code, at + 1, min(len(code), at + 1 + MAX_OPTIONAL)):
        char = found.group(0)
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        elif char == "]" and depth == 0:
            return found.start()
    return -1


_BRACES_AND_CLOSE = re.compile(r"\\.|[{}\]]", re.DOTALL)  # an escaped character ("\\{") is text


def _group_end(code: str, at: int) -> int:
    """Given code[at] == '{', the index just past its matching '}' (the end of the code if it
    never closes)."""
    return _closing_braces(code).get(at, len(code))


@lru_cache(maxsize=4)
def _closing_braces(code: str) -> dict[int, int]:
    """Each unescaped '{' -> the index just past its matching '}', in one pass: looking for the
    end of every unclosed group from its start made a file of unclosed \\resumeItem{ quadratic."""
    closers, opened = {}, []
    backslashes = 0  # just before this character: an odd count escapes it ("\\}" closes a group)
    for index, char in enumerate(code):
        if char == "{" and backslashes % 2 == 0:
            opened.append(index)
        elif char == "}" and backslashes % 2 == 0 and opened:
            closers[opened.pop()] = index + 1
        backslashes = backslashes + 1 if char == "\\" else 0
    return closers


_METADATA_LABELS = frozenset({"title", "supervisor", "supervisors", "advisor", "advisors", "grade", "gpa", "thesis", "date", "dates", "location"})


def _is_metadata_label(code: str, at: int) -> bool:
    at = _skip_space(code, at)
    if at >= len(code) or code[at] != "{":
        return False
    from ..extract import is_listing_section

    label = " ".join(_LETTERS.findall(code[at + 1 : _group_end(code, at) - 1])).lower()
    return label in _METADATA_LABELS or is_listing_section(label)  # \cvitem{Languages}{Spanish, English}


def _macro_bullet(code: str, at: int, arity: int) -> tuple[int | None, int]:
    """The last of up to `arity` brace groups: `\\resumeItem{text}` or `\\resumeItem{title}{text}`."""
    groups = _macro_groups(code, at, arity)
    if not groups:
        return None, 0
    return groups[-1]


def _macro_groups(code: str, at: int, arity: int) -> list[tuple[int, int]]:
    """The spans inside up to `arity` brace groups from `at`."""
    groups: list[tuple[int, int]] = []
    while len(groups) < arity:
        skip = at
        while skip < len(code) and code[skip] in " \t\r\n":
            skip += 1
        if skip >= len(code) or code[skip] != "{":
            break
        end = _group_end(code, skip)
        groups.append((skip + 1, end - 1))
        at = end
    return groups


_MARKUP = re.compile(r"\\[A-Za-z]+\*?|[{}]")


def _act_in_title(code: str, at: int) -> tuple[int, int] | None:
    """A moderncv \\cventry with no description whose title slot states the act
    (`\\cventry{2014-2015}{\\emph{Collected and coded state legislative preambles}}{Dr. ...}{}{}{}`:
    set AR, a research assistant's three claims read as nothing): that slot is the claim."""
    groups = _macro_groups(code, at, 6)
    if len(groups) < 6 or code[groups[5][0] : groups[5][1]].strip():
        return None
    words = _MARKUP.sub(" ", code[groups[1][0] : groups[1][1]]).split()
    if len(words) < 3:
        return None  # an empty entry, a spacer before \\newpage (round SAA: it failed the whole file)
    # not "Taught by Dr. ...", the course a teaching assistant served in; not a job whose first word
    # reads as a past ("Embedded System Engineer": round SV, read as a claim twice), a job being a
    # title's capitalised words: "Hired the first data scientist" is a claim (ATK13, C30: dropped in silence)
    is_a_job = (
        len(words) <= 6
        and JOB_TITLE_WORDS.fullmatch(words[-1]) is not None
        and all(word[:1].isupper() or word.lower() in _TITLE_JOINING_WORDS for word in words)
        # and whose past is a job's kind, not an act: "Recruited Our First Senior Product Manager"
        # is a claim (ATK14, C43)
        and words[0].lower() in _PAST_THAT_NAMES_A_JOB
    )
    return groups[1] if is_past_act(words[0]) and words[1].lower() != "by" and not is_a_job else None


_TITLE_JOINING_WORDS = frozenset({"and", "&", "of", "for", "in", "/"})
_PAST_THAT_NAMES_A_JOB = frozenset({
    "embedded", "certified", "licensed", "registered", "chartered", "qualified", "accredited",
    "distinguished", "seasoned", "experienced", "skilled", "dedicated", "automated", "integrated",
    "distributed", "applied", "advanced", "associated", "interim", "contracted", "seconded",
})
_ROW_BREAK = re.compile(r"\\\\(?:\[[^\]]*\])?")  # \\ or \\[2pt]
_HFILL = re.compile(r"\\hfill\b")


def _opens_a_dated_line(code: str, hfill_ends: list[int], row_start: int, line_end: int) -> bool:
    r"""Does the line after code[line_end] set its dates right with \hfill, below a row of text? It
    is a row of its own: read into the claim above, the next job's `\textbf{Business Analyst} \hfill
    2016 - 2018\\` was deleted by an edit of the claim (attack round ATK24, C5 and C26)."""
    if not code[row_start:line_end].strip():
        return False
    next_end = code.find("\n", line_end + 1)
    return _hfill_between(hfill_ends, line_end + 1, len(code) if next_end < 0 else next_end)


def _hfill_between(hfill_ends: list[int], start: int, end: int) -> bool:
    """Is there an \\hfill wholly inside code[start:end] (`hfill_ends`: where each one ends, in order)?"""
    first = bisect_left(hfill_ends, start + len("\\hfill"))
    return first < len(hfill_ends) and hfill_ends[first] <= end


_EMPHASIS_ONLY = re.compile(r"\s*\\(?:textbf|textit|textsl|textsc|emph|textcolor\s*\{[^{}]*\})\s*\{")


def _claim_parts(code: str, source: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""A macro's description split at the run-in sub-headings between its paragraphs:
    `\textcolor{gray}{\textbf{Client Engagement}}\\ Present technical overviews ...` after a
    paragraph's `\\\\` heads a paragraph of its own (round SO: a moderncv file's sub-headings
    after the first were glued onto the sentence below them, 9 claims). The parts' heading and
    link rows are dropped as _claim_rows drops them."""
    parts: list[list[tuple[int, int]]] = []
    for paragraph_start, paragraph_end in _paragraphs_of(code, source, start, end):
        parts.append([])
        for row in _rows(code, paragraph_start, paragraph_end):
            if parts[-1] and _is_heading_row(code, *row, more_rows=True):
                parts.append([])
            parts[-1].append(row)
    found = [_claim_of(code, part, part[0][0]) for part in parts if part]
    return [(a, b) for a, b in found if b > a] or [(start, start)]


# A blank line: TeX ends a paragraph there
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")


def _ends_a_paragraph(source: str, start: int, end: int) -> bool:
    """Does the run of lines source[start:end], blank in the code read, hold an empty line of the
    file right after the paragraph above or right before the next: one TeX reads? Not one of text
    hidden in an `\\iffalse` block or a comment between them (ATK24, C23: an empty line inside the
    hidden block cut a sentence TeX reads whole)."""
    lines = source[start + 1 : end].split("\n")
    return not lines[0].strip() or (len(lines) >= 2 and not lines[-2].strip())


def _paragraphs_of(code: str, source: str, start: int, end: int) -> list[tuple[int, int]]:
    """code[start:end] split at its blank lines: a description's paragraphs are claims of their own
    (round SZ: "... how to produce automotive PEM fuel cells" and, after a blank line, "\\textit{Key
    Contribution}: prepared ..." read as one claim, the label inside it, where a first paragraph
    ending in a full stop was split from the second by the screen). A line of `source`, the file
    as written, that holds only a comment ends no paragraph: TeX reads past it."""
    spans, at = [], start
    braces = _BraceCount(code, start)
    for match in _PARAGRAPH_BREAK.finditer(code, start, end):
        # nor inside a group: `{\bfseries Managed ...` / blank / `... release.}` (ATK24, C3)
        if not _ends_a_paragraph(source, match.start(), match.end()) or not braces.balanced_to(match.start()):
            continue
        spans.append((at, match.start()))
        at = match.end()
        braces = _BraceCount(code, at)
    spans.append((at, end))
    return [(a, b) for a, b in spans if b > a]


def _claim_rows(code: str, start: int, end: int) -> tuple[int, int]:
    r"""The rows of an \item that hold its claim: the rows split by \\ that head an entry
    (`\textbf{Northwind, Leeds}`, `\textsl{Claims Tools} \hfill \emph{2015}`) are dropped
    before it, and a link row (`Code: \url{...}`) after it. An item of heading rows only is
    empty (start == end)."""
    return _claim_of(code, _rows(code, start, end), start)


def _claim_of(code: str, rows: list[tuple[int, int]], start: int) -> tuple[int, int]:
    """The span of `rows` (_rows's) that holds the claim (_claim_rows); (start, start) if none."""
    rows = list(rows)
    headed = False
    while rows and (_is_heading_row(code, *rows[0], more_rows=len(rows) > 1) or (headed and len(rows) > 1 and _names_only(code, *rows[0]))):
        rows.pop(0)
        headed = True
    while len(rows) > 1 and _is_link_row(code, *rows[-1]):
        rows.pop()
    return (rows[0][0], rows[-1][1]) if rows else (start, start)


def _rows(code: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""code[start:end] split into its rows: at each \\ outside its groups, and at the end of a
    line that sets dates right with \hfill; empty rows dropped."""
    rows, at, depth, index = [], start, 0, start
    # where each \hfill ends, found once: searched again from the row's start at every line's end,
    # a description of 300,000 lines took 40 s (attack round ATK6)
    hfill_ends = [match.end() for match in _HFILL.finditer(code, start, end)]
    while index < end:  # one pass: a row break counts only outside the item's groups
        char = code[index]
        if char == "\\":
            if depth == 0 and code.startswith("\\\\", index):
                row_end = _ROW_BREAK.match(code, index)
                rows.append((at, index))
                at = index = min(row_end.end() if row_end else index + 2, end)
                continue
            index += 2
            continue
        if char == "\n" and depth == 0 and (_hfill_between(hfill_ends, at, index) or _opens_a_dated_line(code, hfill_ends, at, index)):
            rows.append((at, index))  # `\textbf{Co-ordinator} \hfill \emph{2014}` ends at its line
            at = index + 1
        depth += 1 if char == "{" else -1 if char == "}" and depth else 0
        index += 1
    rows.append((at, end))
    return [(a, b) for a, b in rows if code[a:b].strip()]


def _is_heading_row(code: str, start: int, end: int, more_rows: bool) -> bool:
    r"""A row of an entry's heading. With dates set right by \hfill: when more rows follow, when
    what stands before the dates is one emphasised group (`\textsl{Claims Tools}`), or when it
    reads as no claim (`Co-ordinator, Skate Club`; "Coordinated UAT with branch staff \hfill 2019"
    alone is a claim with its date). Without: one emphasised group (a bold title, a grey
    "course, school, year" line) that reads as no sentence and opens with no verb ("Led the
    clinic move" set in bold is still a claim)."""
    from ..extract import is_bare_achievement
    from ..word_lists import is_only_a_verb

    row = code[start:end]
    hfill = _HFILL.search(row)
    before = row[: hfill.start()] if hfill else row
    text = _plain(code, start, start + len(before))
    first = text.split()[0].strip(",.;:") if text.split() else ""
    reads_as_claim = is_bare_achievement(text) or is_only_a_verb(first)  # "Game", "Lisp" can be verbs too
    emphasis = _EMPHASIS_ONLY.match(before)
    emphasised = emphasis is not None and _group_end(code, start + emphasis.end() - 1) >= start + len(before.rstrip())
    if hfill:
        return more_rows or emphasised or not reads_as_claim
    return emphasised and not reads_as_claim


def _names_only(code: str, start: int, end: int) -> bool:
    """A heading's second row, under its title and dates: a few words that state no act and end no
    sentence ("Beta Bank, Munich": attack round ATK24, C26, read into the claim below it, and an
    edit of the claim deleted it)."""
    from ..extract import is_bare_achievement

    text = _plain(code, start, end).strip()
    return 0 < len(text.split()) <= 6 and not text.endswith((".", "!", "?")) and not is_bare_achievement(text)


def _is_link_row(code: str, start: int, end: int) -> bool:
    r"""`Github Link: \url{...}`: a label and a link, no claim."""
    text = _plain(code, start, end)
    return re.fullmatch(r"[\w .-]{0,30}:?\s*(?:https?://|www\.)\S+", text) is not None


def _item_end(code: str, start: int) -> int:
    """An \\item's text ends at the next item, list boundary, or the brace that closes its group."""
    closers = _closing_braces(code)
    index = start
    while index < len(code):
        char = code[index]
        if code.startswith(_INLINE_MATH_OPENING, index):
            # "\begin{math}3\end{math}" is a word of the item, not a list inside it (attack round
            # ATK15, C19: the item cut before it in silence); one not closed soon after ends it
            inside = index + len(_INLINE_MATH_OPENING)
            close = code.find(_INLINE_MATH_CLOSING, inside, inside + _LONGEST_INLINE_MATH)
            if close >= 0:
                index = close + len(_INLINE_MATH_CLOSING)
                continue
        if char == "\\" and (inline := _inline_environment_end(code, index)):
            index = inline
            continue
        if char == "\\" and _ENDS_ITEM.match(code, index):
            return index
        if char == "\\":
            index = _after_verbatim(code, index) or index + 2
            continue
        if char == "{":
            # A group is part of the item: jump past it. One that never closes is read as text,
            # or every item after it would scan to the end of the file (quadratic).
            index = closers.get(index, index + 1)
            continue
        if char == "}":
            return index  # the brace that closes the group the item stands in
        index += 1
    return len(code)


def _inline_environment_end(code: str, at: int) -> int | None:
    r"""Past the `\end` of an environment opened at `at` and closed on the same line, no list and
    holding no item: a word of the item set in its own size or shape ("with \begin{small}weekly\end{small}
    demos": attack round ATK19, C39, the item cut before it in silence, and a write left its old
    tail after the new text); None where none opens there. Closed on the next line too, as an editor
    wraps it, and holding other such environments (ATK20, C5: both cut the item to its first word).
    """
    opening = _INLINE_BEGIN.match(code, at)
    if opening is None or opening.group(1).rstrip("*") in _LIST_ENVIRONMENTS:
        return None
    line_end = _line_end(code, opening.end())
    if line_end < len(code) and not _blank_line_at(code, line_end):
        line_end = _line_end(code, line_end + 1)  # the line it wraps onto, not past a blank line
    # nested ones of its name counted (attack round ATK21, C8: `\begin{small}claims
    # \begin{small}backlog\end{small} for three\end{small} teams` cut the item at the first end)
    after = _environment_end(code, opening.start(), line_end)
    if after is None:
        return None
    inside = code[opening.end() : after - len("\\end{" + opening.group(1) + "}")]
    if "\\item" in inside or any(name.rstrip("*") in _LIST_ENVIRONMENTS for name in _INLINE_BEGIN.findall(inside)):
        return None
    return after


_INLINE_BEGIN = re.compile(r"\\begin\{([A-Za-z]+\*?)\}")
_LIST_ENVIRONMENTS = frozenset({
    "itemize", "enumerate", "description", "compactitem", "compactenum", "compactdesc", "list", "trivlist",
    "inparaenum", "asparaenum", "asparaitem", "tabular", "tabularx", "longtable", "table", "minipage",
})


# Math set inline with an environment, and how far its end is looked for
_INLINE_MATH_OPENING, _INLINE_MATH_CLOSING = "\\begin{math}", "\\end{math}"
_LONGEST_INLINE_MATH = 500


def _after_verbatim(code: str, at: int) -> int | None:
    """Past the closing mark of a `\verb!...!` (or another delimited verbatim) opening at `at`, on
    its line; None where none opens there. A brace inside it is text: `\verb!}!` ending an item
    was taken for the brace that closes the item's group, and a write left a lone "}" (ATK13, C9)."""
    verbatim = verbatim_at(code, at)
    return verbatim[1] + 1 if verbatim is not None else None


def _plain(code: str, start: int, end: int, macros: TextMacros | None = None) -> str:
    """The text code[start:end] prints, its white space made single spaces."""
    return " ".join("".join(decode(code, code, start, end, macros).chars).split())


def decode(
    text: str, code: str, start: int, end: int, macros: TextMacros | None = None, label: tuple[int, int] | None = None
) -> MappedText:
    """The readable text of code[start:end], each character with its offset in the file.
    macros: the text macros the file defines (defined_text_macros); label: the words of the
    item's `[label]` (their start, and the closing bracket's offset), read first as a run-in label
    ("puppet: for deploying ..."), its closing bracket as the colon."""
    mapped = MappedText()
    if label is not None:
        _decode_into(mapped, text, code, label[0], label[1], macros or {})
        mapped.add_one(":", label[1])
    _decode_into(mapped, text, code, start, end, macros or {})
    return mapped


def _word_label(code: str, at: int) -> tuple[int, int] | None:
    r"""The words of an `\item[label]` that opens its sentence: a description list's term
    ("\item[puppet] for deploying both the server and clients, ..."), which the item's text goes
    on from (round SM: nine such items read from "for deploying", their subject gone in silence).
    Not a mark (`[--]`, `[$\bullet$]`, `[\faCheck]`), an enumerator (`[a)]`, `[iv.]`) or a date."""
    opening = _optional_opening(code, at)
    if opening is None:
        return None
    at, close = opening, optional_close(code, opening)
    if close < 0 or "\n\n" in code[at:close]:
        return None
    words = "".join(decode(code, code, at + 1, close).chars).strip()
    if not re.search(r"[A-Za-z]", words) or _ENUMERATOR.fullmatch(words) or _HAS_YEAR.search(words):
        return None
    return at + 1, close


_ENUMERATOR = re.compile(r"\(?(?:[a-z]|[ivxlc]+|\d+)[.)]\)?|\([a-z]\)", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _decode_into(mapped: MappedText, text: str, code: str, start: int, end: int, macros: TextMacros) -> None:
    index = start
    while index < end:
        char = code[index]
        if char == "\\":
            index = _macro(text, code, index, end, mapped, macros)
        elif char in "{}$":
            index += 1
        elif char in "^_" and index > start and code[index - 1] in "${":
            index += 1  # "1$^{st}$", "x$_{2}$": a math super- or subscript prints its letters, not the sign
        elif char == "~":
            mapped.add_one(" ", index)
            index += 1
        elif code.startswith("---", index):
            mapped.add_one("—", index)
            index += 3
        elif code.startswith("--", index):
            mapped.add_one("–", index)
            index += 2
        elif code.startswith("``", index) or code.startswith("''", index):
            mapped.add_one('"', index)
            index += 2
        else:
            mapped.add_one(char, index)
            index += 1


def _macro(text: str, code: str, at: int, end: int, mapped: MappedText, macros: TextMacros) -> int:
    """Decode the macro at code[at] == '\\'; returns the index after what it consumed."""
    following = code[at + 1] if at + 1 < end else ""
    if following in "%&$#_{}":
        mapped.add_one(following, at)
        return at + 2
    if following == "-":
        return at + 2  # \- marks where a word may break: no character of the text
    if following in _SPACE_MACROS or following in "\n\t":
        mapped.add_one(" ", at)
        return _skip_optional(code, at + 2, end) if following == "\\" else at + 2  # \\[2pt]
    name_match = _LETTERS.match(code, at + 1)
    if following == "^" and code[at + 2 : at + 3].isdigit():
        mapped.add_one("^", at)  # "2\^32": a power, not a circumflex on the 3 (set RE: read "23̂2")
        return at + 2
    if name_match is None:  # an accent such as \'e or \"{o}
        return _rendered(text, code, at, end, mapped, at + 2)
    name = name_match.group(0)
    after = name_match.end()
    if after < end and code[after] == "*":  # \vspace*{1mm}, \section*{...}: the star is part of the name
        after += 1
    if name in DELIMITED_VERBATIM and (verbatim := verbatim_at(code, at, end)) is not None:
        # `\verb|{|`, `\url|a%20b|`: the text between the marks as written (ATK13, C10 and C2:
        # the marks were read into the claim, "Wrote the || parser"); after options, a language or
        # in braces too (`\lstinline[language=C]!a%b!`, `\lstinline{...}`: ATK15, C12 and C13)
        for offset in range(*verbatim):
            mapped.add_one(code[offset], offset)
        return verbatim[1] + 1
    if name in _KEEP_ARGUMENT:
        # TeX drops the spaces after a control word: "10,000{\scriptsize +}" prints "10,000+"
        # (set W: nine claims read "10,000 +")
        return _skip_space(code, after) if after < end and code[after] in " \t" else after
    if name in _SPACE_MACROS:
        mapped.add_one(" ", at)
        return after
    if name in _TEXT_IN_LAST_GROUP:
        return _printed_group(code, after, end, _TEXT_IN_LAST_GROUP[name])
    if name in _DROP_WITH_ARGUMENT:
        brace = _skip_space(code, _skip_optional(code, after, end))
        return _group_end(code, brace) if brace < end and code[brace] == "{" else after
    if name in _TEXT_NAMES:
        for char in _TEXT_NAMES[name]:
            mapped.add_one(char, at)
        return after
    if name in _CURRENCY:
        # "\pounds 50M", "\euro{3M}", "\EUR{2M}": the sign, then the amount it is written
        # against (TeX drops the space after a macro's name; a group around the amount is only a
        # group). Set K: "\pounds 50M" read "50M", "\euro{3M}" lost the amount.
        mapped.add_one(_CURRENCY[name], at)
        return min(_skip_space(code, after), end) if after < end and code[after] in " \t" else after
    if name in macros:
        return _user_macro(text, code, after, end, mapped, macros, name)
    if name in _FRACTIONS:
        return _fraction(text, code, after, end, mapped, macros)
    if not _known_to_pylatexenc(name):
        link_text = _link_text_argument(code, after, end) or _inline_pair_text(code, at, after, end)
        if link_text is not None:
            return link_text  # \inlineLink{https://...}{Unveiler}: defined elsewhere, but plainly a link
        wrapped = _sentence_argument(code, after, end) or _acronym_argument(code, after, end)
        if wrapped is not None:
            return wrapped  # \en{Designed the optimizer ...}, \acr{TCP-AO}: the macro wraps text, which stays
        # A macro nobody told po2pm about is layout (\hfill, \resumeSubHeadingListEnd, a
        # template's own \mycmd[opt]{a}{b}): it and the arguments right after it leave no text.
        return _skip_arguments(code, after, end)
    return _rendered(text, code, at, end, mapped, after)


_TEXT_NAMES = {"LaTeX": "LaTeX", "TeX": "TeX", "LaTeXe": "LaTeX2e", "textbar": "|", "slash": "/"}
_CURRENCY = {
    "pounds": "£", "textsterling": "£", "euro": "€", "EUR": "€", "texteuro": "€", "officialeuro": "€",
    "yen": "¥", "textyen": "¥", "textdollar": "$", "rupee": "₹", "textrupee": "₹",
}


_FRACTIONS = frozenset({"frac", "nicefrac", "sfrac", "tfrac", "dfrac", "cfrac"})


def _fraction(text: str, code: str, at: int, end: int, mapped: MappedText, macros: TextMacros) -> int:
    r"""`\nicefrac{1}{4}`, `\frac12`: "1/4". Each of the two arguments is a group or, as TeX reads
    it, one character or macro. pylatexenc was given the first group only, and its unfilled
    "%s/%s" was read as text (round ST: "Manage %s/%s14 of a 30 developer team"). `\cfrac`'s
    optional alignment ("[l]") prints nothing (attack round ATK11: read as "[/l]12")."""
    option = _skip_space(code, at)
    if option < end and code[option] == "[":
        closing = code.find("]", option, end)
        at = closing + 1 if closing != -1 else at
    for number in range(2):
        first = _skip_space(code, at)
        if first >= end:
            break
        if number:
            mapped.add_one("/", first)
        if code[first] == "{":
            at = min(_group_end(code, first), end)
        elif code[first] == "\\":
            name = _LETTERS.match(code, first + 1)
            at = min(name.end() if name else first + 2, end)
        else:
            at = first + 1
        _decode_into(mapped, text, code, first, at, macros)
    return at


# Macros that print their last group only, after arguments that set its box, colour, link or
# language: name -> those arguments, "[" an optional one, "{" a mandatory one. The text is read
# where it stands; each was read without it (\hyperref[label]{Managed} and \makebox[2cm][l]{Grew}
# in the attack rounds of session 50; \parbox[t]{3cm}{Grew}, \raisebox{1pt}[0pt][0pt]{Ran} and
# \hyperlink{proj}{Managed} in attack round ATK9, FU3), and --write left the word before the new text.
_TEXT_IN_LAST_GROUP = {
    "href": "[{", "hyperref": "[", "hyperlink": "{", "hypertarget": "{",
    "textcolor": "[{", "colorbox": "[{", "fcolorbox": "[{[{",
    "makebox": "[[", "framebox": "[[", "parbox": "[[[{", "raisebox": "{[[",
    "scalebox": "{[", "rotatebox": "[{", "resizebox": "{{", "foreignlanguage": "[{",
}


def _printed_group(code: str, at: int, end: int, arguments: str) -> int:
    """Where the group a _TEXT_IN_LAST_GROUP macro prints starts: past the `arguments` before it
    from `at`, and the white space between them. Where a mandatory one is not a group (a file
    that does not compile), the text is read on from there."""
    for kind in arguments:
        following = _skip_space(code, at)
        if following >= end or code[following] != kind:
            if kind == "{":
                return at
            continue  # an optional argument left out
        at = _skip_optional(code, following, end) if kind == "[" else min(_group_end(code, following), end)
    following = _skip_space(code, at)
    return following if following < end and code[following] == "{" else at


@lru_cache(maxsize=1024)
def _known_to_pylatexenc(name: str) -> bool:
    """Does pylatexenc know this macro as one that stands for characters or keeps its text?"""
    from pylatexenc.latex2text import get_default_latex_context_db

    spec = get_default_latex_context_db().get_macro_spec(name)
    if spec is None:
        return False
    replacement = getattr(spec, "simplify_repl", None)
    # '<cit.>' and '\n' are pylatexenc's stand-ins for layout, not characters of the text.
    return replacement is None or (isinstance(replacement, str) and replacement.strip() != "" and "<" not in replacement)


def _user_macro(text: str, code: str, at: int, end: int, mapped: MappedText, macros: TextMacros, name: str) -> int:
    """A macro the file defines: the arguments its body prints are read, the others skipped.
    Inside its arguments it is read as unknown (as is every macro already open around them), so
    the depth of nesting is bounded by the number of macros, not by the file."""
    at = _skip_optional(code, at, end)
    inner = {other: shown for other, shown in macros.items() if other != name}
    printed = 0
    for visible in macros[name]:
        brace = _skip_space(code, at)
        if brace >= end or code[brace] != "{":
            break
        close = min(_group_end(code, brace), end)
        if visible:
            if printed:
                mapped.add_one(" ", brace)  # two printed arguments ("{title}{place}") stay apart
            _decode_into(mapped, text, code, brace + 1, close - 1 if code[close - 1] == "}" else close, inner)
            printed += 1
        at = close
    return at


_URL_START = re.compile(r"\s*(https?://|www\.|mailto:|ftp://)")


def _link_text_argument(code: str, after: int, end: int) -> int | None:
    r"""Where the second argument starts, when an unknown macro's first argument is a URL and a
    second follows (a link macro like \href); None otherwise."""
    brace = _skip_space(code, after)
    if brace >= end or code[brace] != "{" or not _URL_START.match(code, brace + 1):
        return None
    second = _skip_space(code, min(_group_end(code, brace), end))
    return second if second < end and code[second] == "{" else None


# A plain word or a few (no macro, no brace): the text a link-like macro prints.
_SHOWN_WORDS = re.compile(r"[\w .+#/&'-]{1,40}")


def _inline_pair_text(code: str, at: int, after: int, end: int) -> int | None:
    r"""Where the second argument starts, when an unknown macro in the middle of a sentence
    ("backups via \ghrepo{backuputil}{backuputil}.") has two arguments of plain words: a link
    macro defined elsewhere, which prints its second. Layout macros of two fields open a line,
    and are skipped (set W: three claims of a YAML file lost the name of the tool they cite)."""
    line_start = code.rfind("\n", 0, at) + 1
    # the word before the macro, from a bounded stretch: the line to it, split for each of 10,000
    # macros on one line, took most of a 75 s write (ATK13, C31)
    before = code[max(line_start, at - 200) : at].split()
    if not before or before[-1].startswith("\\") or not (before[-1][-1].isalnum() or before[-1][-1] in ",;:"):
        return None  # "\item \resumeSubheading{Acme}{2020}": a line's first macro
    first = _skip_space(code, after)
    if first >= end or code[first] != "{":
        return None
    second = _skip_space(code, min(_group_end(code, first), end))
    if second >= end or code[second] != "{":
        return None
    close = min(_group_end(code, second), end)
    if close < end and code[_skip_space(code, close)] == "{":
        return None  # a third argument
    words = (code[first + 1 : second].strip().rstrip("}"), code[second + 1 : close - 1])
    return second if all(_SHOWN_WORDS.fullmatch(word) for word in words) else None


def _sentence_argument(code: str, after: int, end: int) -> int | None:
    r"""Where the text of an unknown macro's only argument starts, when that argument is a
    sentence of three words or more (`\en{...}`, a template's `\highlight{...}`); None for layout
    (`\hspace{2em}`, `\mycmd{a}{b}`). The caller decodes on from there: the closing brace is
    skipped like any other."""
    brace = _skip_space(code, after)
    if brace >= end or code[brace] != "{":
        return None
    close = _group_end(code, brace)
    if close > end or _skip_space(code, close) < end and code[_skip_space(code, close)] == "{":
        return None  # a second argument: a layout macro with fields
    inner = code[brace + 1 : close - 1]
    return brace + 1 if len(_LETTERS.findall(inner)) >= 3 and " " in inner.strip() else None


_ACRONYM = re.compile(r"[A-Za-z][A-Za-z0-9.-]{1,19}")


def _acronym_argument(code: str, after: int, end: int) -> int | None:
    r"""Where the text of an unknown macro's only argument starts, when it is one word holding a
    capital (`\acr{TCP-AO}`, `\acr{uAPI}`, a style file's acronym macro); None for layout
    (`\fontsize{10}`, `\icon{github}`). A resume's sentences lost these words in the middle."""
    brace = _skip_space(code, after)
    if brace >= end or code[brace] != "{":
        return None
    close = _group_end(code, brace)
    if close > end or _skip_space(code, close) < end and code[_skip_space(code, close)] == "{":
        return None
    inner = code[brace + 1 : close - 1]
    return brace + 1 if _ACRONYM.fullmatch(inner) and any(char.isupper() for char in inner) else None


def _skip_optional(code: str, at: int, end: int) -> int:
    while at < end and code[at] == "[":
        close = code.find("]", at)
        if close < 0 or close >= end:
            return at
        at = close + 1
    return at


def _skip_arguments(code: str, at: int, end: int) -> int:
    """Past the optional [..] and braced {..} arguments that follow a macro directly."""
    while at < end:
        if code[at] == "[":
            following = _skip_optional(code, at, end)
            if following == at:
                return at
            at = following
        elif code[at] == "{":
            at = min(_group_end(code, at), end)
        else:
            return at
    return at


def _rendered(text: str, code: str, at: int, end: int, mapped: MappedText, after: int) -> int:
    """Let pylatexenc render a macro it knows (accents, \\LaTeX, \\ldots); its text maps to `at`."""
    consumed = after
    filled = _groups_filled(code[at + 1 : after].rstrip("*"))
    if filled:
        # "\\braket{a}{b}": every group its text is filled from goes to pylatexenc; given fewer,
        # it printed its "%s" as text (round ST: "%s/%s14" for "\\nicefrac{1}{4}")
        for _ in range(filled):
            following = _skip_space(code, consumed)
            if following >= end or code[following] != "{":
                return consumed
            consumed = min(_group_end(code, following), end)
    elif consumed < end and code[consumed] == "{":
        consumed = min(_group_end(code, consumed), end)
    elif code[at + 1 : at + 2] in "'`^\"~=.":
        consumed = min(after + 1 if after < end and code[after - 1] in "'`^\"~=." else after, end)
    for char in _render_macro(text[at:consumed]):
        mapped.add_one(char, at)
    return consumed


@lru_cache(maxsize=1024)
def _groups_filled(name: str) -> int:
    """How many {groups} pylatexenc fills a macro's text from ("%s|%s" of \\braket: two); 0 for
    a macro whose text is not a format to fill."""
    from pylatexenc.latex2text import get_default_latex_context_db
    from pylatexenc.latexwalker import get_default_latex_context_db as get_argument_specs

    replacement = getattr(get_default_latex_context_db().get_macro_spec(name), "simplify_repl", None)
    if not isinstance(replacement, str) or "%" not in replacement:
        return 0
    arguments = getattr(getattr(get_argument_specs().get_macro_spec(name), "args_parser", None), "argspec", None)
    return arguments.count("{") if isinstance(arguments, str) else 0


@lru_cache(maxsize=4096)
def _render_macro(source: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text

    # pylatexenc logs a warning for a macro it cannot fill ("\\nicefrac failed its substitution"),
    # and prints its "%s" (_rendered gives it every group it fills from): the user sees no noise
    logging.getLogger("pylatexenc").setLevel(logging.ERROR)
    try:
        rendered: str = LatexNodes2Text().latex_to_text(source)
        return rendered.strip()
    except Exception:  # pylatexenc is lenient, but a fragment it cannot read must not stop the run
        return ""


def _skip_space(code: str, at: int) -> int:
    while at < len(code) and code[at] in " \t\r\n":
        at += 1
    return at
