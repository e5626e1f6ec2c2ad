"""Stage 1: source text -> bullets with exact source spans (plain text and Markdown lists).

Only list items are bullets. Headings, names, contact lines, dates and section titles are not,
and neither are the items of sections that list things rather than achievements (Skills,
Education, Languages ...): "Jira, Confluence" under Skills is not a claim about the work.
A wrapped item (continuation lines indented under it) becomes one bullet whose segments map
every character back to its own line and column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from .formats import FENCE_LINE, CodeFences
from .model import LISTING_SECTION_WORK, UNREAD_SECTION, Bullet, Segment, split_lines
from .word_lists import (
    DEGREE,
    JOB_TITLE_WORDS,
    can_be_verb,
    is_capitalised_duty,
    is_first_person_contraction,
    is_past_act,
    opens_with_an_act,
)

# Markers people type or paste from Word: - * + • – — · ▪ ◦ ‣ ● ➢ and numbered "1." / "2)"; and
# "o" before a tab, Word's second-level bullet in a text export (set W: 4 claims lost).
# Word and PDF exports add their own glyphs: U+F0B7 (Symbol font bullet), ❖ ■ ✓ ✔ → ➤ ○ ◆ ♦; a
# LaTeX PDF can follow the glyph with a visible space, U+2423 ("○␣ Led ...").
# ∗ (U+2217): a LaTeX PDF's \ast bullet (set AK); ∙ (U+2219) and ◁ (U+25C1): AltaCV's item and
# sub-item marks in its PDFs (round RJ: 28 claims of one file left out as lines without a mark).
# › and » (U+203A, U+00BB): a PDF's chevron bullets (round SAB: three claims told as lines with no mark).
BULLET_GLYPHS = "•·▪◦‣●➢►\uf0b7\uf0a7\uf076❖■□✓✔✗→➤➔○◆♦∗∙◁▷▸▹◇⁃›»"
# Emoji typed as bullets, one to three, then a space ("⚡⚡ Efficiency Boost: Conducted ...", "✅ Led
# ...": round SB, a LinkedIn export's claims left out as lines without a mark): symbols, dingbats and
# pictographs, each with its optional variation selector.
_EMOJI = re.compile(r"[\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff]")
EMOJI_MARK = rf"(?:{_EMOJI.pattern}\ufe0f?){{1,3}}(?=[ \t\u00a0])"
# "1.)" numbers an item too, typed against its word or not (set AI: "1.)Working as a volunteer ...",
# a text file read as empty); so does "\-", the dash a Google Docs export to Markdown escapes (round
# SA: 22 claims of a resume.md left out as lines without a mark); and "**", "***" number an AsciiDoc
# list's nested items (round SAF: a text file's 21 sub-items, 14 of them lost in silence).
_MARKER = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<marker>\\?[-*+]|\*{2,3}(?![ \t]+(?:[^\s*]+[ \t]+){1,4}\*{2,3}[ \t]*$)|[–—]|\d{1,3}\.\)|\d{1,3}[.)]|o(?=\t| [A-Z]))(?:[ \t]+|(?<=\.\))(?=[A-Z]))"
    # (not "*** EXPERIENCE ***", a heading of a few words set between stars: attack round ATK21, C28,
    # read as an item, the section never opened; but "** Cut ... by **adjuster wait**" and a long
    # "*** Launched ... ***" are AsciiDoc items: ATK22, C25); a glyph and the spaces after it, no-break ones too ("●\u00a0\u00a0\u00a0\u00a0\u00a0PHP development ...": a
    # Word file's typed bullets, set AN: three jobs' claims lost in silence)
    rf"|(?P<glyph>[{BULLET_GLYPHS}][\u2423\u00a0]?|{EMOJI_MARK})[ \t\u00a0]*)(?P<rest>\S.*)$"
)


def list_item(line: str) -> re.Match[str] | None:
    """The line's list mark and what follows it, or None. An emoji before a section's title is
    the heading's icon, not a list mark ("🎓 Education", "💼 Experience")."""
    item = _MARKER.match(line)
    if item and item.group("glyph") and _EMOJI.match(item.group("glyph")) and section_title(item.group("rest"), False):
        return None
    if item is None and (framed := _FRAMED_BY_STARS.match(line)) is not None and _framed_claim(framed.group("rest")):
        return framed
    return item


# A line of a few words set between stars: a heading ("*** EXPERIENCE ***"), or an AsciiDoc item
# that states an act or a figure ("*** Cut churn by 20% ***", "*** Shipped the broker app ***": attack
# round ATK23, C32, lost in silence or told as no act)
_FRAMED_BY_STARS = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>\*{2,3})[ \t]+(?P<rest>(?:[^\s*]+[ \t]+){1,4}\*{2,3})[ \t]*$")


def _framed_claim(framed: str) -> bool:
    words = framed.rstrip("* \t")
    first = words.split()[0]
    return section_title(words, False) is None and (any(char.isdigit() for char in words) or is_past_act(first))


# "-Researching ...", "*Modularized ...": a dash or a star typed against its word, as Word exports
# and quick notes have it (set M: two such lines dropped without a word); a plain-text bullet only
# (Markdown reads it as text), and only before a capitalised word, so "-5%" or "-based" never opens
# one, nor a star that closes again later ("*Product Owner* at Acme" is emphasis).
_TIGHT_DASH = re.compile(r"^(?P<indent>[ \t]*)(?:-|\*(?![^*]*\*))(?P<rest>[A-Z][a-z]+\b.*)$")
# A bullet glyph standing on a line of its own, its claim on the next line: a PDF saved as text
# (set Y: 22 such marks and 13 claims, read as a file without list markers).
_LONE_GLYPH = re.compile(rf"^(?P<indent>[ \t]*)[{BULLET_GLYPHS}][ \t]*$")
# A Markdown heading line: "## Skills", or a title's "===" / "---" underline.
HEADING_LINE = re.compile(r"^\s{0,3}(#{1,6}\s|={3,}\s*$|-{3,}\s*$)")
_RULE = re.compile(r"^\s*([*=~_-])\1{2,}\s*$")


def _underlined(lines: list[str], number: int) -> bool:
    """Is line `number` (1-based) over a rule, as "Formal Education" over "****************"?"""
    return number < len(lines) and bool(_RULE.match(lines[number]))

TASK_BOX = re.compile(r"^\[[ xX]\][ \t]+")
# Inline Markdown that is not part of the words: emphasis, code ticks, link targets.
# No "[" in a label, and no unclosed "(" in a target: linear on "[a[a[a..." and on "[a]([a]([a](..."
# (sixth round of attacks, A19: the target read to the line's end from every "[a](", 800 KB took 59 s).
# A target may hold one pair of brackets, as a wiki address does ("Scrum_(software_development)").
_INLINE_LINK = re.compile(r"\[([^\][]+)\]\((?:[^()]|\([^()]*\))*\)")
# The glyphs that part claims written one after another inside a line ("• Greeted ... • Handled ...").
INLINE_GLYPHS = "•◦▪‣●■"
_GLYPH_ITEMS = re.compile(rf"\s[{INLINE_GLYPHS}]\s+(?=[A-Z])")  # before a capitalised word
# An inline HTML tag in a Markdown line ('<a href="...">repo</a>'): CommonMark passes it through
# as HTML, so a reader sees only the text between (set AD: a claim kept its <a href> tags).
_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# A link field's code that Word's text export leaves in front of the link's text: ' HYPERLINK
# "http://..." www.example.com' (round ST: it stayed in a claim's words, and its line, set in by the
# space before it, was glued to the claim above). Its text is the link's; the code is no word of it.
_FIELD_CODE = re.compile(r'HYPERLINK(?:[ \t]+\\[a-z])?[ \t]+"[^"\n]*"[ \t]*')
_HTML_TAG = re.compile(r"<[^<>]*>")  # not across a "<": "<<<<..." with no ">" read to the end from each (A18)
_TRAILING_NOTE = re.compile(r"\s*\([^()]{0,40}\)$")  # "<h4>Education</h4>" named as "Education" in po2pm extract
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`|~~)")  # and a struck-out item's marks (set K: "~~gbelt: ...~~ (deprecated)")
_WORD = re.compile(r"[^\W\d_]{2,}")
# a phone number has seven digits or more: "NRCS 201--202 water quality project" names a project
# (set AR: a claim dropped as a contact line)
_CONTACT = re.compile(r"@|https?://|www\.|\+?\d(?:[ ()-]{0,3}\d){6,}")
_LINK_IN_BRACKETS = re.compile(r"\(\s*(?:https?://|www\.)[^()\s]*\s*\)")
# LinkedIn's PDF export names its sections in the language of the account's settings, whatever the
# language of the profile (round SU: a Danish account's English claims under "Erfaring" read as
# paragraphs under a heading po2pm does not know, and told one by one). Its Experience and its
# listing sections, in the languages of the countries most of its users are in; the claims
# themselves are still screened for another language.
_TRANSLATED_EXPERIENCE = (
    "erfaring", "erfarenhet", "erfahrung", "berufserfahrung", "experience professionnelle", "experiencia",
    "experiencia laboral", "experiencia profesional", "experiencia profissional", "ervaring", "werkervaring",
    "esperienza", "esperienza lavorativa", "esperienze lavorative", "doswiadczenie", "doswiadczenie zawodowe",
)
_TRANSLATED_LISTINGS = (
    "uddannelse", "utbildning", "utdanning", "ausbildung", "formation", "educacion", "formacion", "formacao",
    "educacao", "opleiding", "istruzione", "formazione", "wyksztalcenie",
    "kompetencer", "mest repraesenterede kompetencer", "topkompetencer", "kompetenser", "kenntnisse", "top kenntnisse",
    "fahigkeiten", "competences", "principales competences", "competencias", "principales competencias",
    "principais competencias", "vaardigheden", "belangrijkste vaardigheden", "competenze", "competenze principali",
    "umiejetnosci", "sprog", "sprak", "sprachen", "langues", "idiomas", "talen", "lingue", "jezyki",
    "certificeringer", "certifieringar", "zertifizierungen", "certificaciones", "certificeringen", "certificazioni",
    "certificacoes", "kontakt", "contacto", "contatto", "contato",
)
LISTING_SECTIONS = frozenset({
    *_TRANSLATED_LISTINGS,
    "skills", "technical skills", "core skills", "key skills", "skills and tools", "tools", "toolbox",
    "tech stack", "technologies", "certifications", "certificates", "licenses", "education",
    "tech",  # set AS: an HTML page's "<h1><i class=...></i>Tech</h1>" list of tools read as claims
    "languages", "interests", "hobbies", "references", "contact", "publications", "courses", "training",
    "education and training", "certifications and training", "awards", "volunteering interests",
    "technical expertise", "areas of expertise", "expertise", "core expertise", "key expertise", "core competencies", "competencies",
    "programming languages", "honors & awards", "honors and awards", "awards and honors", "skills summary",
    "tools and technologies", "languages and tools", "technical proficiencies", "professional certifications",
    "proficiency", "proficiencies", "technical proficiency",  # "TECHNICAL" / "PROFICIENCY" over two lines of a PDF (set AL)
    # exam ranks and scholarships, not work done (a real resume's 13 were read as claims);
    # "Key Achievements" stays a section that claims
    "academic achievements", "scholastic achievements", "academic achievement", "academic accomplishments",
    # visits, trainings and workshops attended (a real page's list of them read as claims); as exact
    # titles, since "Training Manager" can head a job
    "industrial visit", "industrial visits", "in plant training", "inplant training", "in house trainings",
    "in house training", "trainings", "trainings attended", "workshops", "workshops attended", "seminars",
    "seminars attended", "workshops and seminars", "seminars and workshops", "webinars", "conferences",
    "conferences attended", "value added courses",
    "professional training", "professional trainings", "trainings and workshops",  # set AR: 8 courses read as claims
    "presentations", "talks and presentations", "presentations and talks", "repositories",  # set AS: talk abstracts, a GitHub blurb
    "client list", "clients", "key clients", "selected clients", "client portfolio",  # set L: client names read as claims
    # set K: a plain-text resume's sections after its Experience, each a title of its own line
    # (20 lines of courses, languages, hobbies and personal details were read as claims)
    "training and qualifications", "qualifications", "spoken languages", "languages spoken",
    "hobbies and interests", "interests and hobbies", "personal details", "personal information",
    "personal data", "professional membership", "professional memberships", "memberships",
    "affiliations", "professional affiliations", "skill set", "skillset", "skill sets", "speeches", "talks",
    # a site's news feed beside the resume ("news:" in a YAML resume, round SAC: talks given and a
    # promotion, left out with no word where "talks:" beside them was named)
    "news", "latest news", "recent news", "announcements",
    "educational background", "education background", "academic background", "organizations", "organisations",
    "professional organizations", "professional organisations",
    # a software README's own sections after the resume it holds (set U: setup steps and design
    # notes read as 9 claims)
    "getting started", "installation", "prerequisites", "usage", "license", "contributing",
    "available scripts", "scripts", "project structure", "folder structure", "deployment", "setup",
    "local development", "running locally", "built with", "acknowledgements", "acknowledgments",
    "design philosophy", "portfolio tech stack",
    # beliefs about how to work, not work done (set AR: an "engineering philosophy" list of seven
    # principles at the top of a page read as claims)
    "engineering philosophy", "product philosophy", "my philosophy", "philosophy", "principles",
    "guiding principles", "engineering principles", "core values", "values", "my values",
    # what the person is like or wants, not work done (set W: "I am married with no children." and
    # personal traits read as claims under "More About Me" and "ADDITIONAL INFORMATION", a goal
    # under "Professional Goals")
    "about me", "more about me", "additional information", "declaration", "goals", "professional goals",
    "about", "who am i",  # set AA: an HTML page's "ABOUT" paragraphs and a LaTeX "Who am I?" read as claims
    "career goals", "objective", "objectives", "career objective", "career objectives", "key traits", "personal traits",
    # a profile written as bullets ("4+ years' experience as ...", "Possess Active DOD Secret
    # Clearance": set AL, five read as claims); a bare "Summary" or "Profile" heading too (set RC:
    # "Agile Coach: coaching teams ...", three lines of a text CV's "##SUMMARY" read as claims),
    # though a job's `summary` key in JSON or YAML holds its claims (formats/keys.py)
    "professional summary", "career summary", "executive summary", "profile summary", "professional profile",
    "career profile", "personal profile", "summary", "profile",
    "executive profile",  # LiveCareer's resumes (round SL: its lines dropped with no section named)
    "personal summary", "personal statement", "summary of qualifications", "qualifications summary",  # round SC: read as claims
    "professional overview", "career overview", "overview",  # a profile too (round RJ's Word file)
    # a pitch of what the person offers (set AQ: 13 lines of a Word file's "WHAT DO I BRING TO THE
    # TABLE?" read as claims: "Strong analytical ... skills.", "Employee recognition award ...")
    "what do i bring to the table", "what i bring to the table", "what i bring", "what i offer", "why me",
    "why hire me", "value proposition",
})
_SECTION_WORDS = re.compile(r"[^a-z& ]+")


@dataclass
class Run:
    """Characters of one source line that belong to a bullet, before inline markup is removed."""

    line: int
    column: int  # 1-based column of text[0]
    text: str


def _visible_runs(run: Run, markdown: bool = False) -> list[Run]:
    """Split a line's text into the runs that remain once inline Markdown markup is dropped."""
    if "HYPERLINK" in run.text and _FIELD_CODE.search(run.text):
        return [piece for part in _split_out(run, _FIELD_CODE) for piece in _visible_runs(part, markdown)]
    comments = _html_comments(run.text) if "<!--" in run.text else []
    if comments:
        return [piece for part in _outside(run, comments) for piece in _visible_runs(part, markdown)]
    spans = _code_spans(run.text) if markdown and "`" in run.text else []
    if spans:
        return _around_code_spans(run, spans)
    if markdown and ("[^" in run.text or "<" in run.text) and (marks := _markdown_marks(run.text)):
        return [piece for part in _outside(run, marks) for piece in _visible_runs(part, markdown)]
    if markdown and "<" in run.text and _INLINE_TAG.search(run.text):
        return [piece for part in _split_out(run, _INLINE_TAG) for piece in _visible_runs(part, markdown)]
    pieces: list[Run] = []
    position = 0
    text = run.text
    drop = _drop_markdown_inline if markdown else _drop_emphasis
    for link in _INLINE_LINK.finditer(text):
        pieces.extend(drop(Run(run.line, run.column + position, text[position:link.start()])))
        label_start = link.start(1)
        pieces.extend(drop(Run(run.line, run.column + label_start, link.group(1))))
        position = link.end()
    pieces.extend(drop(Run(run.line, run.column + position, text[position:])))
    return [piece for piece in pieces if piece.text]


# Markdown's marks that are no text of a claim (attack round ATK12, C21 and C26): a footnote's
# reference ("team[^1]" read as "team^1") and an autolink's angle brackets ("<https://claims.example>");
# a hard break's backslash is left out where an item's lines are found (formats/markdown.py _runs)
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]{1,40}\]")
AUTOLINK_OPENING = r"<(?:https?|ftp|mailto):[^<>\s]*"  # an autolink up to its closing ">"
_AUTOLINK = re.compile(AUTOLINK_OPENING + ">", re.IGNORECASE)


def _markdown_marks(text: str) -> list[tuple[int, int]]:
    """Where the line's footnote references and autolink brackets are, in order."""
    spans = [match.span() for match in _FOOTNOTE_REFERENCE.finditer(text)]
    for link in _AUTOLINK.finditer(text):
        spans += [(link.start(), link.start() + 1), (link.end() - 1, link.end())]
    return sorted(spans)


def _around_code_spans(run: Run, spans: list[tuple[int, int]]) -> list[Run]:
    r"""A code span is read as written: no escape, entity, emphasis or link inside it (CommonMark);
    "`user\_id`" is "user\_id", "`**kwargs`" is "**kwargs". Only its backticks go, and the one
    space on each side of "`` a`b ``"."""
    pieces: list[Run] = []
    position = 0
    for start, end in spans:
        pieces += _visible_runs(Run(run.line, run.column + position, run.text[position:start]), markdown=True)
        inner_start = start + len(run.text[start:]) - len(run.text[start:].lstrip("`"))
        inner_end = end - (len(run.text[:end]) - len(run.text[:end].rstrip("`")))
        inner = run.text[inner_start:inner_end]
        if len(inner) > 2 and inner[0] == " " and inner[-1] == " " and inner.strip():
            inner_start, inner_end = inner_start + 1, inner_end - 1
        pieces.append(Run(run.line, run.column + inner_start, run.text[inner_start:inner_end]))
        position = end
    pieces += _visible_runs(Run(run.line, run.column + position, run.text[position:]), markdown=True)
    return [piece for piece in pieces if piece.text]


_BACKTICKS = re.compile(r"`+")


def _code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each code span, its backticks included: a run of backticks closed by the
    next run of the same length. Linear: each run's closer is found by one pass from the right
    (a long line of unclosed "``a" must not take quadratic time)."""
    runs = [(match.start(), match.end()) for match in _BACKTICKS.finditer(text)]
    # A backslash before a run makes its first backtick a literal one: the run opens a span one
    # shorter, or none ("\`x\`" is text; po2pm writes a rewrite's backticks so). It still closes
    # a span whole: inside one a backslash is text.
    opening = [(start + 1, end) if _escaped(text, start) else (start, end) for start, end in runs]
    closer: dict[int, int] = {}
    next_of_length: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = opening[index][1] - opening[index][0]
        if length and length in next_of_length:
            closer[index] = next_of_length[length]
        next_of_length[runs[index][1] - runs[index][0]] = index
    spans, index = [], 0
    while index < len(runs):
        if index in closer and runs[closer[index]][0] > opening[index][1]:
            spans.append((opening[index][0], runs[closer[index]][1]))
            index = closer[index] + 1
        else:
            index += 1
    return spans


def _escaped(text: str, position: int) -> bool:
    """Is text[position] after an odd run of backslashes?"""
    before = position
    while before > 0 and text[before - 1] == "\\":
        before -= 1
    return (position - before) % 2 == 1


# CommonMark: a backslash before ASCII punctuation makes it a literal character; an entity or a
# numeric character reference (with its ";") stands for one character. Both read as that character.
HTML_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ESCAPE_OR_ENTITY = re.compile(r"\\([!-/:-@\[-`{-~])|" + HTML_ENTITY)


def _drop_markdown_inline(run: Run) -> list[Run]:
    """Emphasis dropped as in any text; escapes and entities read as the character they stand
    for, each a run of its own at the column where the escape starts (so spans and edits stay
    exact: a rewrite of "\\_Managed ..." replaces the backslash too)."""
    import html

    pieces: list[Run] = []
    position = 0
    for found in _ESCAPE_OR_ENTITY.finditer(run.text):
        literal = found.group(1)
        if literal is None:
            literal = html.unescape(found.group(0))
            if literal == found.group(0):
                continue  # not an entity HTML knows: the text as written
            if not literal:
                literal = "\ufffd"  # "&#1;" stands for no character: shown, so a rewrite takes it too
            elif literal.isspace():
                literal = " "  # "&nbsp;" reads as a space
            elif literal == "\x00":
                literal = "\ufffd"  # as CommonMark reads "&#0;"
        pieces += _drop_emphasis(Run(run.line, run.column + position, run.text[position : found.start()]))
        # At the backslash or the "&": an edit from this character takes the whole escape.
        pieces.append(Run(run.line, run.column + found.start(), literal))
        position = found.end()
    pieces += _drop_emphasis(Run(run.line, run.column + position, run.text[position:]))
    return pieces


def _split_out(run: Run, pattern: re.Pattern[str]) -> list[Run]:
    """The parts of a run outside the pattern's matches, each at its own column."""
    return _outside(run, [match.span() for match in pattern.finditer(run.text)])


def _outside(run: Run, spans: list[tuple[int, int]]) -> list[Run]:
    """The parts of a run outside these spans (in order, not overlapping), each at its own column."""
    parts, position = [], 0
    for start, end in spans:
        parts.append(Run(run.line, run.column + position, run.text[position:start]))
        position = end
    parts.append(Run(run.line, run.column + position, run.text[position:]))
    return [part for part in parts if part.text]


def _html_comments(text: str) -> list[tuple[int, int]]:
    """Where each `<!-- ... -->` of a line is, as a lazy regex finds them, in one pass: the regex
    read to the line's end from every unclosed "<!--" (sixth round of attacks, A18: 160 KB of
    them took 28 s)."""
    spans, position = [], 0
    while (start := text.find("<!--", position)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        spans.append((start, end + 3))
        position = end + 3
    return spans


def _drop_emphasis(run: Run) -> list[Run]:
    pieces = []
    position = 0
    for mark in _EMPHASIS.finditer(run.text):
        if _is_intraword_underscore(run.text, mark):
            continue
        pieces.append(Run(run.line, run.column + position, run.text[position:mark.start()]))
        position = mark.end()
    pieces.append(Run(run.line, run.column + position, run.text[position:]))
    return pieces


def _is_intraword_underscore(text: str, mark: re.Match[str]) -> bool:
    # snake_case and first_name stay as written; Markdown does not treat them as emphasis either.
    if "_" not in mark.group(0):
        return False
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    return before.isalnum() and after.isalnum()


_HARD_BREAK = re.compile(r"(?<!\\)\\\s*$")


def bullet_from_runs(runs: list[Run], markdown: bool = False) -> Bullet | None:
    """Join a bullet's runs into its text, one space between source lines, and keep the mapping.
    markdown: also read CommonMark's backslash escapes and entities ("\\*" is "*", "&amp;" is "&")."""
    segments: list[Segment] = []
    parts: list[str] = []
    length = 0
    previous_line = None
    for run in runs:
        pieces = _visible_runs(run, markdown)
        if pieces and not markdown and _HARD_BREAK.search(pieces[-1].text):
            # a Markdown file read as text ("• ..." items): the backslash that ends a line breaks
            # it, and is no part of the claim (set AJ: ten claims kept it)
            line_end = pieces[-1]
            pieces[-1] = Run(line_end.line, line_end.column, _HARD_BREAK.sub("", line_end.text))
        for piece in pieces:
            if previous_line is not None and piece.line != previous_line:
                broken = _broken_at_line_end(parts[-1], piece.text) if parts and segments else None
                if broken == "word":
                    # "documenta-" / "tion": one word broken by the line's end, joined as it reads
                    parts[-1] = parts[-1][:-1]
                    last = segments[-1]
                    segments[-1] = Segment(last.text_start, last.line, last.column, last.length - 1)
                    length -= 1
                elif broken is None:  # "self-" / "service" is joined as "self-service"
                    parts.append(" ")
                    length += 1
            segments.append(Segment(length, piece.line, piece.column, len(piece.text)))
            parts.append(piece.text)
            length += len(piece.text)
            previous_line = piece.line
    text = "".join(parts)
    stripped = _trim(text, segments)
    if stripped is None or not _looks_like_prose(stripped.text):
        return None
    return stripped


# from a word's start only: linear on a long word. LaTeX's PDFs may hyphenate with U+2011 (set RB:
# "effi‑ ciencies", "com‑ municating")
# A single letter only where no capital comes before it ("e-" / "wallet", not "De-" / "pendabot").
_BROKEN_WORD_START = re.compile(r"(?<![a-z])([a-z]{2,}|(?<![A-Z])[a-z])[-\u2011]$")
_BROKEN_WORD_END = re.compile(r"^([a-z]{2,})\b")
# A name or an acronym broken at its hyphen goes on with a capital or a digit.
_CAPITAL_COMPOUND_START = re.compile(r"(?<![\w-])[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*[-\u2011]$")
_CAPITAL_COMPOUND_END = re.compile(r"^[A-Z0-9]")


# The endings a hyphenation leaves on the next line ("documenta-" / "tion"); a word of its own
# there ("self-" / "service") makes a compound, which keeps its hyphen. Told without a
# dictionary: loading one costs a second and 100 MB, more than reading a resume.
_WORD_ENDINGS = frozenset({
    "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ability", "abilities", "ance", "ances",
    "ence", "ences", "ive", "ives", "able", "ible", "ally", "ing", "ings", "ed", "er", "ers",
    "ies", "ly", "al", "ial", "ical", "ous", "ise", "ize", "ised", "ized", "ising", "izing", "ation",
    "ations", "ure", "ures", "ist", "ists", "ism", "ship", "ships", "ful", "less", "est", "ary", "ory",
})


def _broken_at_line_end(before: str, after: str) -> str | None:
    """A line that ends in a hyphen inside a word: "word" where the next line goes on with a
    word's ending ("documenta-" + "tion"), "compound" where it goes on with a word of its own
    ("self-" + "service", which keeps its hyphen); None for any other line end."""
    head, tail = _BROKEN_WORD_START.search(before), _BROKEN_WORD_END.match(after)
    if _CAPITAL_COMPOUND_START.search(before) and _CAPITAL_COMPOUND_END.match(after):
        return "compound"  # "TCP-" + "MD5", "Chat-" + "GPT" (set RE: read "TCP- MD5")
    if head is None or tail is None:
        return None
    if after[tail.end() : tail.end() + 1] == "-":
        return "compound"  # "mean-" + "time-to-resolution": a compound's hyphen (round SB: read "meantime-to-...")
    if tail.group(1) in _WORD_ENDINGS or _is_known_word(head.group(1) + tail.group(1)):
        return "word"  # "mainte-" + "nance" (set AB: a PDF's claims kept "mainte-nance")
    return "compound"


def _is_known_word(word: str) -> bool:
    """A word of the dictionary the rewrites inflect with; asked only of a hyphen at a line's end
    that the endings above do not decide, so reading a file seldom loads it."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def _trim(text: str, segments: list[Segment]) -> Bullet | None:
    """Drop leading/trailing white space while keeping the segments aligned with the text."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if start >= end:
        return None
    kept: list[Segment] = []
    for segment in segments:
        seg_start = max(segment.text_start, start)
        seg_end = min(segment.text_start + segment.length, end)
        if seg_start >= seg_end:
            continue
        kept.append(
            Segment(
                seg_start - start,
                segment.line,
                segment.column + (seg_start - segment.text_start),
                seg_end - seg_start,
            )
        )
    return Bullet(text[start:end], tuple(kept))


def _looks_like_prose(text: str) -> bool:
    """Contact details and bare dates are not bullets. A short item is one ("Cut churn 20%"): the
    screen decides whether it is a claim or a tag, and says so (screen.py)."""
    if _CONTACT.search(text) and len(_WORD.findall(text)) < 6 and not _SITE_AS_CLIENT.match(text):
        return False
    return len(_WORD.findall(text)) >= 1


# A client named by its web address, then the work done for it: "www.example.com: contributing
# writer" (round ST: a Word file's line, saved as text, dropped in silence as a contact line).
_SITE_AS_CLIENT = re.compile(r"www\.[^\s:]+:\s+(?=[a-z])")


def _column_after_marker(match: re.Match[str]) -> int:
    return match.start("rest") + 1


def section_key(heading: str) -> str:
    """A heading as section lists know it: lower case, letters without their accents, '&' and
    single spaces ("Expérience" is "experience")."""
    folded = unicodedata.normalize("NFKD", heading.lower().translate(_UNACCENTED_LETTERS))
    return " ".join(_SECTION_WORDS.sub(" ", "".join(char for char in folded if not unicodedata.combining(char))).split())


_UNACCENTED_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "ß": "ss", "œ": "oe", "ł": "l"})


_TITLE_SUFFIX = re.compile(r"\s+[-–—|]\s+")
_NAMES_A_THING = re.compile(r"\b(?:WHICH|THAT|USING|USES|BUILT WITH)\b")
_LATIN_TITLE = re.compile(r"[A-Za-z&/ ]+")  # not "会员营销策略 Skill 与..." (the letters of its one English word)


# A heading's colon written with a dash after it: "PROJECTS:-", "DEEP LEARNING PROJECTS (ACADEMIC):-"
# (round SE: a group's 8 claims dropped in silence).
_COLON_DASH = re.compile(r":\s*[-–—]+\s*$")
# A heading line is short: a title, an icon's tag, a note in brackets, a person's name after a dash
_LONGEST_HEADING_LINE = 500


def section_title(line: str, is_markdown_heading: bool) -> str | None:
    """The title of a section heading line, lower-cased, or None if the line is not one."""
    # a line padded with spaces to the margin (text from a PDF) is as long as its words: measured
    # with them, "PROJECTS" and 520 spaces was no heading, and its claims were lost (ATK13, C11)
    line = line.strip()
    if len(line) > _LONGEST_HEADING_LINE:
        return None  # and its patterns would take minutes over a long run of spaces (attack round ATK12, C42)
    line = _COLON_DASH.sub(":", line)
    # an icon written in HTML is no part of the title ("### <i class="fa fa-cogs"></i> Skill Set": set K)
    stripped = _HTML_TAG.sub("", line).strip().strip("#").strip().rstrip(":").strip("*_ ").strip()
    stripped = _letters_joined(stripped)
    stripped = _TRAILING_NOTE.sub("", stripped) or stripped  # "Product Experience (* = acquired)"
    head = _TITLE_SUFFIX.split(stripped, maxsplit=1)[0]
    head = _TRAILING_NOTE.sub("", head) or head  # "AI Projects (MVP launched) — 0→1 Build" (set U)
    if head != stripped and _LATIN_TITLE.fullmatch(head) and not stripped.endswith(".") and is_known_title(section_key(head)):
        stripped = head  # "Professional Experience - Jane Doe" (set S: a page's every job paragraph lost)
    words = stripped.split()
    # past five words only a title known in full ("WHAT DO I BRING TO THE TABLE?": set AQ)
    if not words or (len(words) > 5 and not is_known_title(section_key(stripped))) or DATES_ONLY.match(stripped):
        return None  # "OCTOBER 2023 - FEBRUARY 2024" in capitals is a job's dates (set S: it closed Experience)
    is_caps = stripped.isupper() and len(stripped) > 2
    if is_caps and not is_markdown_heading and (_NAMES_A_THING.search(stripped) or _YEAR.search(stripped)):
        # "DATABASE APPLICATION WHICH USES SQLITE3": a project's title in capitals (set U); "PRODUCT
        # OWNER   2022 - 2025": a job's title and its years; neither is a section that closes Experience
        return None
    title = section_key(stripped)
    if not title or (stripped.endswith(".") and not is_markdown_heading):
        return None  # a rule of dashes under a heading; a sentence ("... Corps member.") is no title
    if not is_markdown_heading and _labels_other_work(stripped):
        return None
    if is_markdown_heading or is_caps or line.rstrip().endswith(":") or is_listing_section(title) or is_achievement_section(title):
        return title if is_known_title(title) else _misspelled_title(title)
    return None


def _labels_other_work(line: str) -> bool:
    """A client's name before a colon and the work done for it after ("Medical Imaging
    International: conference reporting": set RA, read as a "conference" listing and dropped in
    silence): no heading, unless what stands before the colon is a section's title ("Skills:
    product discovery, SQL" is read as it was)."""
    label = _CLIENT_LABEL.match(line)
    return label is not None and label.group("rest")[:1].islower() and not is_known_section(section_key(label.group("label")))


def _misspelled_title(title: str) -> str:
    """A heading's title as the known title it misspells ("contribusions", "work experiance",
    "key skils": set AG, a Word file's projects under "CONTRIBUSIONS" dropped in silence), or
    as it is. Close in spelling (90 of 100) and with the same first letter."""
    if len(title) < 6:
        return title
    # A ratio of 90 needs 0.9 * (a + b) <= 2 * min(a, b) of the two lengths: most unknown headings
    # (a name, a company) have no such title with their first letter, and never import rapidfuzz (29 ms).
    reachable = [known for known in _SPELLED_TITLES if 9 * (len(known) + len(title)) <= 20 * min(len(known), len(title))]
    if not any(known[:1] == title[:1] for known in reachable):
        return title
    from rapidfuzz import fuzz, process

    found = process.extractOne(title, reachable, scorer=fuzz.ratio, score_cutoff=90)
    return found[0] if found is not None and found[0][:1] == title[:1] else title


_SPACED_LETTERS = re.compile(r"(?:[A-Za-z&]\s{1,3}){3,}[A-Za-z&]")


def _letters_joined(text: str) -> str:
    """A title set in spaced letters, as a designed PDF gives it ("W O R K  E X P E R I E N C E":
    set AF, its 11 claims read as none), with its letters joined: words apart where two spaces
    or more part them, or, with one space throughout, as the known title they spell."""
    if not _SPACED_LETTERS.fullmatch(text):
        return text
    words = ["".join(part.split()) for part in re.split(r"\s{2,}", text)]
    if len(words) == 1:
        squashed = words[0].lower()
        return next((title.upper() for title in _KNOWN_TITLES if title.replace(" ", "") == squashed), words[0])
    return " ".join(words)


# A section claims when its title names work done, whatever else it says: "Extra work history",
# "Experience and skills" (whose lines are claims, not a list of skills), "Teaching experience".
# Every word of such a title is a heading's word, so a claim ("Led projects across EMEA") never
# reads as one.
_ACHIEVEMENT_WORDS = frozenset({
    "experience", "experiences", "employment", "projects", "achievements", "accomplishments", "internships", "highlights",
    "project",  # "Project", "Key Project", "Project Experience" (set I: a PDF's seven project lines lost)
    # a job's own sub-heading, which goes back to reading after the job's "Skills" line (set P: a
    # text CV's first "Skills" ended Experience, and 12 of 15 claims were lost without a note)
    "responsibilities", "duties",
    "journey",  # "Professional Journey", "Career Journey" (set U)
    "contributions",  # "Contributions", "Key Contributions" (set Y: a Word file's work under it was not read)
    # "Professional Involvement", "Campus Involvement", "Leadership & Involvement": a student's
    # roles in societies (round SK: a Word file's such section dropped in silence)
    "involvement",
    # "Community Engagement", "Civic Engagement", "Volunteering": a person's unpaid roles and what
    # they did in them (round SP: a Markdown section's mentoring line dropped in silence)
    "engagement", "volunteering",
})
_ACHIEVEMENT_TITLE_WORDS = _ACHIEVEMENT_WORDS | {
    "work", "career", "professional", "relevant", "extra", "other", "additional", "selected", "key",
    "recent", "previous", "industry", "teaching", "research", "volunteer", "consulting", "freelance",
    "product", "and", "skills", "&", "major", "notable", "working", "history",
    "or",  # "Volunteer Experience or Leadership" (set AL: its paragraph read as part of Education above it)
    # "Personal Projects", "Open Source Projects", "Leadership Experience" (real resumes' titles)
    "personal", "side", "open", "source", "technical", "leadership", "engineering", "software",
    "done", "handled", "undertaken", "completed",  # "Projects Done", "Projects Handled"
    "publications",  # "Selected Open Source Projects and Publications": read, and shown as not read (set O)
    "roles", "main",  # "Roles and Responsibilities", "Main duties"
    # "Industrial Experience" (set P: a job's lead sentence under it was not read), and the like
    "industrial", "corporate", "entrepreneurial", "startup", "international", "contract", "contracting", "freelancing",
    # "Featured Projects", "AI Projects (MVP launched) - 0→1 Build", "Professional Journey" (set U:
    # 13 claims under such titles were left in silence)
    "featured", "ai", "journey", "my", "campus", "community",
    "core",  # "Core Accomplishments" (round SL: LiveCareer's resumes, their claims dropped in silence)
    # the field a title names its experience by: "Commercial & Sales Experience", "Projects &
    # Analytical Experience", "Agile Delivery Experience" (set Y: a text export's two sections);
    # not "management", as "Project & Product Management" heads a list of skills
    "commercial", "sales", "analytical", "marketing", "business", "operations", "operational", "customer",
    "client", "program", "programme", "delivery", "agile", "digital", "it", "tech",
    "technology", "data", "design", "banking", "financial", "finance", "retail", "public", "sector",
    # a student's: "Academic Projects", "University Projects", "Final Year Project" (set Y)
    "academic", "university", "college", "school", "course", "capstone", "student", "final", "year",
    "background",  # "Employment Background" (set AO: a Word file's three jobs lost in silence)
}


def is_achievement_section(title: str) -> bool:
    """Experience, projects, work history and the like: sections whose lines claim."""
    if title in LISTING_SECTIONS:
        return False  # "Academic Achievements": exam ranks and scholarships, though "academic" heads projects
    words = title.replace("&", " ").split()
    names_work = any(word in _ACHIEVEMENT_WORDS for word in words) or "work history" in title or "career history" in title
    # "Projects & Certifications", "Leadership and Awards": one heading over claims and a short list
    # (round SN: a section of team-leader bullets under such a heading not read); the list's
    # certificate and award lines are short names, which the screen leaves out
    titled = all(word in _ACHIEVEMENT_TITLE_WORDS or word in _LISTS_BESIDE_WORK for word in words)
    return title in ACHIEVEMENT_SECTIONS or (names_work and titled) or _field_experience(words)


_LISTS_BESIDE_WORK = frozenset({"certifications", "certification", "certificates", "awards", "honors", "honours"})


def _field_experience(words: list[str]) -> bool:
    """A field and its experience, whatever the field: "Journalism Experience", "Nursing
    Projects" (set AI: a Word file's "Journalism Experience", a plain paragraph, was read as part
    of Education above it, and its nine claims were lost). Not "User Experience", a skill."""
    if len(words) == 2:
        return words[1] in _FIELD_EXPERIENCE and words[0].isalpha() and words[0] not in {"user", "no", "my"}
    if not words or words[-1] != "projects":
        return False
    # "Selected Optics Coursework and Projects": a field among title words and courses (set AQ: 7
    # project claims dropped, the section read first as coursework, then as no section at all)
    fields = [word for word in words[:-1] if word not in _ACHIEVEMENT_TITLE_WORDS and word not in _PROJECTS_OF_COURSES]
    # up to three words of a field: "GENERATIVE AI & RAG PROJECTS:-", "DEEP LEARNING PROJECTS
    # (ACADEMIC):-" (round SE: a text file's groups of projects, 21 claims lost in silence)
    return len(fields) <= 3 and all(word.isalpha() for word in fields)


_FIELD_EXPERIENCE = frozenset({"experience", "projects", "employment", "internships"})


# A section is a listing when its title holds one of these words, whatever else it says:
# "SKILLS AND COMPETENCIES", "Technical Skills", "Peer-reviewed publications", "Licenses & Certifications".
_LISTING_WORDS = frozenset({
    "skill", "skills", "competencies", "competency", "certification", "certifications", "certificate",
    "certificates", "license", "licenses", "licence", "licences", "award", "awards", "honor", "honors",
    "honour", "honours", "publication", "publications", "language", "languages", "interest", "interests",
    "hobbies", "reference", "references", "tool", "tools", "toolbox", "technologies", "education",
    "courses", "coursework", "qualifications", "qualification", "contact", "stack", "patents", "thesis", "dissertation",
    "strengths",  # "Core Strengths": a list of what the person is good at (set I: five read as claims)
    "classes",  # "Current Classes:" (set O: course titles read as claims)
    # an academic CV's lists (set P: 19 conference abstracts and 6 thesis notes read as claims)
    "conference", "conferences", "theses", "prize", "prizes", "referees", "articles",
    "schools",  # "# Schools" (set Y: three lines of education read as claims)
    "talents", "abilities",  # "Talents and Abilities" (round RP: a Word file's list of five read as claims)
    "modules",  # a degree's courses, "Modules: epidemiology, statistics ..." (round SAA: read as a claim)
    # other people's words about the person (round SE: an HTML page's 30 sentences of recommendations
    # read as claims)
    "testimonial", "testimonials", "recommendations", "endorsements",
})


def is_known_section(title: str) -> bool:
    """A title that opens a section po2pm knows, one that claims or one that lists; any other
    heading (a job title, a name) leaves the section as it was."""
    return is_achievement_section(title) or is_listing_section(title)


def is_known_title(title: str) -> bool:
    """A title po2pm knows in full ("work experience", "skills", "technologies and languages"),
    not only one that holds a section's word ("teacher tools", "discovery education")."""
    words = title.replace("&", " ").replace(" and ", " ").split()
    return title in LISTING_SECTIONS or is_achievement_section(title) or (bool(words) and all(word in _LISTING_WORDS for word in words))


def written_as_heading(line: str) -> bool:
    """A plain-text line written the way section headings are: in capitals, or ending in a colon."""
    stripped = line.strip()
    return stripped.isupper() or stripped.endswith(":")


def is_listing_section(title: str) -> bool:
    """Skills, certificates, education and the like: sections that list, not claim. ("Full-stack
    Developer" is a job's title, not a stack.)"""
    words = re.sub(r"\bfull[\s-]+stack\b", " ", title.replace("&", " ")).split()
    if title not in LISTING_SECTIONS and _PROJECTS_OF_COURSES.intersection(words) and {"project", "projects"}.intersection(words):
        return False  # "Selected Optics Coursework and Projects": the projects claim (set AQ: 7 dropped)
    if title not in LISTING_SECTIONS and words[:1] and words[0] in _WORK_SHOWN:
        return False  # "Portfolio for Statistical Skills": projects that show the skills (round SAF: 7 dropped)
    return title in LISTING_SECTIONS or any(word in _LISTING_WORDS for word in words)


_PROJECTS_OF_COURSES = frozenset({"coursework", "courses", "classes"})
_WORK_SHOWN = frozenset({"portfolio", "projects"})


@dataclass
class SectionTracker:
    """Which section a reader is in, heading by heading.

    Inside a section, a heading below the section's own level that is not itself a known section
    title is an entry's heading (a company, a job, a project: "### Discovery Education" under
    Experience, "### NPI Project Vetting Tool" under Research Projects, "### Programming" under
    Skills): it does not change the section, even when one of its words names a listing section.
    In plain text, where headings have no level, such a line inside Experience does not end it
    unless it is written as a section heading (in capitals, or ending with a colon)."""

    listing: bool = False
    achievements: bool = False
    level: int = 0  # the heading level of the section the reader is in; 0: none, or no levels
    # The sections a known sub-heading sits inside ("#### Highlights" under a job under "##
    # Experience"), outermost first: the next heading above the sub-heading's level goes back to them.
    outer: list[tuple[bool, bool, int]] = field(default_factory=list)
    # An Experience or Projects section came before: a job's title met later, outside one, is one
    # of its entries (a two-column PDF sets its columns' sections between the jobs).
    seen_achievements: bool = False
    # The level of a file's job headings when it sets them above its Experience heading ("###
    # Work History", then "## Future", "## Farebox": set AO, 37 paragraphs lost in silence);
    # 0 otherwise. `read_since_heading`: a claim was read since the section's heading (the reader
    # says so), so a heading of a higher rank is no entry of an empty section but a new section.
    entry_level: int = 0
    read_since_heading: bool = False
    projects: bool = False  # the section of claims is a Projects one

    def heading(
        self, title: str | None, level: int = 0, marked: bool = True, dated: bool = False, dates_follow: bool = False, act_follows: bool = False
    ) -> bool:
        """`level`: 2 for a section heading (Markdown ##, HTML h2, LaTeX \\section), 1 for the
        name above them all, 0 where the format has none; `marked`: written as a section heading
        rather than a line that could be one; `dated`: the heading's line holds a span of years;
        `dates_follow`: one of the few lines below it does, or a time served ("4 years 3 months");
        `act_follows`: the first written line below it opens with an act of the writer's.
        True if the heading changed the section."""
        if title is None:
            return False
        known = title in LISTING_SECTIONS or is_achievement_section(title)
        if not known and self.listing and level and (level == self.level or not self.level) and (_SCHOOL_WORD.search(title) or DEGREE.search(title)):
            # a school's name set as the Education heading's equal ("### Education", then "###
            # Cornell University" above its courses: set AU, a theme's course lists read as claims),
            # or larger than a heading of no rank (a PDF's "EDUCATION" line, then its college in a
            # larger size: round SC, the college's two bullets read as claims)
            return False
        # a project's title in a Projects section, with its sentence below (round SD: a PDF set
        # each title as large as its "PROJECT" line; four lead sentences dropped in silence)
        if self._is_entry_above_its_section(title, level, known, dates_follow or (act_follows and self.projects)):
            self.level = self.entry_level = level
            return False
        while level and self.outer and (level < self.level or (level == self.level and not is_known_section(title))):
            # "### Rabobank - Developer" after a job's "#### Tools & Technologies": the tools
            # sub-section ends, and the Experience around it goes on
            self.listing, self.achievements, self.level = self.outer.pop()
        below = bool(self.level and level > self.level) or not marked
        # A heading set apart only by its size (a PDF's job title in 11 pt) under an Experience
        # title of no level (a small-caps "EXPERIENCE" line) is an entry's: set S's two-column PDF
        # lost 6 of its 8 job paragraphs, each job's title closing the section.
        below = below or (self.achievements and not self.level and level > 0)
        if not known and below and (self.achievements or self.listing or self.level):
            return False
        # a job's title with its dates opens the job's claims with no Experience heading before it
        # ("## Tech Lead, Northwind *(2021 - 2023)*" after an Introduction: set AF)
        dated_job = dated and _is_job_title(title) and not DEGREE.search(title)
        if not known and (self.achievements or self.seen_achievements or dated_job) and (_is_job_title(title) or (dated and _is_dated_entry(title))):
            # A job's title of a section's rank in or after Experience: "# Lab Manager" under "#
            # Work Experience", "# Assistant Director" after "# Contact Details" (set W: a PDF set
            # every job's title in its sections' size, and two jobs were lost in silence). It
            # opens no section: the reader goes on, or goes back to, reading claims.
            changed = not self.achievements
            self.listing, self.achievements = False, True
            return changed
        if self.level and level > self.level:
            self.outer.append((self.listing, self.achievements, self.level))
        elif level and level <= self.level:
            self.outer = [state for state in self.outer if state[2] < level]
        self.achievements = is_achievement_section(title)
        self.projects = self.achievements and "project" in title
        self.entry_level, self.read_since_heading = 0, False
        self.seen_achievements = self.seen_achievements or self.achievements
        self.listing = is_listing_section(title) and not self.achievements and not (level == 1 and _names_a_company(title))
        if level >= 2 or self.listing or self.achievements:
            self.level = level  # a heading of the name's level opens no section of unknown kind
        return True

    def _is_entry_above_its_section(self, title: str, level: int, known: bool, entry_follows: bool = False) -> bool:
        """A heading of a higher rank than the Experience heading before it, met before any claim
        was read there, or one of the same rank as such a heading: an employer's, not a section's.
        And the first heading of the Experience heading's own rank with a job's dates below it: a
        LinkedIn profile PDF sets each employer as large as its sections ("# Experience", "#
        Oracle", "7 years 8 months", the title, its dates; round RP: a file's 14 claims were read as
        none, and two others lost an entry's opening paragraph in silence). `entry_follows`: a
        job's dates below it, or a project's act below its title in a Projects section."""
        # ("# Dell Technologies": a listing word that ends many companies' names, round RR)
        if not (self.achievements and level and not known and (not is_listing_section(title) or _names_a_company(title))):
            return False
        if level == self.entry_level:
            return True
        first = not self.read_since_heading and not self.entry_level
        return first and (level < self.level or (level == self.level and entry_follows))

    def job_entry(self, line: str, dates_below: bool = False) -> None:
        """A heading too long to be a section's title that names a job and its dates ("## Tech
        Lead, Acme, Remote *(Oct 2021 - Nov 2023)*"), or a line the caller found to name a job with
        its dates on the lines below (`dates_below`): the job's claims follow, whether or not an
        Experience heading came before (set AF: a job's paragraphs under such headings, after an
        Introduction, were dropped in silence). Not a degree's, nor a certificate's below its dates
        ("Certified Scrum Product Owner")."""
        if DEGREE.search(line):
            return
        if dates_below:
            opens = not _NAMES_A_CREDENTIAL.search(line.lower())
        else:
            opens = DATE_RANGE.search(line) is not None and JOB_TITLE_WORDS.search(line) is not None
        if opens:
            self.listing, self.achievements, self.seen_achievements = False, True, True


def _names_a_job_above_dates(title: str) -> bool:
    """A line of a few words that names a job, an architect's too where the title ends on it
    ("Product Design Architect": round RQ; not "Architect and develop software", an act)."""
    return _is_job_title(title) or (len(title.split()) <= 7 and title.split()[-1:] == ["architect"])


# A certificate's or a course's name is no job, whatever title words it holds ("Certified Scrum Product Owner").
_NAMES_A_CREDENTIAL = re.compile(r"\b(?:certifi\w*|certificate|course|training|diploma|licen[cs]e)\b")
# A time served, as a LinkedIn profile PDF writes it under the employer: "4 years 3 months", "8 months".
_TIME_SERVED = re.compile(r"^\s*(?:\d+\s+years?(?:\s+\d+\s+months?)?|\d+\s+months?)\s*$", re.IGNORECASE)


def _dates_follow(lines: list[str], number: int) -> bool:
    """Does one of the three written lines below line `number` (1-based) hold a span of dates or a
    time served, before any heading?"""
    below = [line for line in lines[number : number + 6] if line.strip()][:3]
    for line in below:
        if HEADING_LINE.match(line):
            return False
        if DATE_RANGE.search(line) or _TIME_SERVED.match(line):
            # not a school's dates ("Associate of Digital Graphics Technology" over "... Community
            # College (2005 – 2007)": a degree, though "associate" names a job too)
            return not _SCHOOL_WORD.search(line.lower()) and not DEGREE.search(line)
    return False


def _act_follows(lines: list[str], number: int) -> bool:
    """Does the first written line below heading `number` open with an act of the writer's
    ("Built a cloud-native analytics and pricing engine ...", under a project's title)?"""
    below = next((line for line in lines[number : number + 3] if line.strip()), "")
    return bool(below) and not HEADING_LINE.match(below) and is_bare_achievement(below)


# The label an entry sets over the tools it used, in capitals as a heading is ("TECHNOLOGIES").
_ENTRY_TOOL_LABELS = frozenset({
    "technologies", "technologies used", "technology", "tech stack", "technology stack", "stack", "tools",
    "tools used", "environment", "tech", "tools & technologies", "tools and technologies",
})


def _labels_an_entrys_tools(lines: list[str], number: int, title: str) -> bool:
    """A label of an entry's tools in a section of claims: its tools below it, then, within a few
    lines and before any heading, an act of the writer's or a list item: the next job's claims
    after its job line (round SAB: a PDF's "Technologies:" at the foot of each job opened a listing
    that ran to the end of Experience, 24 claims lost in silence). Not a Technologies section after
    Experience, whose lists go on: its items state no act ("- Jira and Confluence for sprint
    planning": attack round ATK18, C18, a Tools section read as 4 claims). The tools may run to
    many lines (C37: six tool lines hid the next job's claims)."""
    if title not in _ENTRY_TOOL_LABELS:
        return False
    below = [line for line in lines[number : number + 60] if line.strip()][:_TOOL_LINES_AT_MOST]
    for line in below[1:]:
        if HEADING_LINE.match(line):
            return False
        item = list_item(line)
        if is_bare_achievement(line) or (item is not None and opens_with_an_act(item.group("rest"))):
            return True
    return False


_TOOL_LINES_AT_MOST = 30  # an entry's tools a line each, then the next job's line and its first claim


def _is_dated_entry(title: str) -> bool:
    """A heading of a few words whose line holds a span of years, "Warehouse IT (2015-2018)", "CPW
    - Carphone Warehouse (2012-2015)": a job's entry, though no word of it names a job (set AA: a
    PDF set each job in a larger size, and the two jobs with no title word lost their paragraphs in
    silence). Not a degree's or a listing's ("BSc Physics (2008-2011)")."""
    return len(title.split()) <= 8 and not is_listing_section(title) and not DEGREE.search(title) and not _SCHOOL_WORD.search(title)


_SCHOOL_WORD = re.compile(r"\b(?:school|college|university)\b")


def _is_job_title(title: str) -> bool:
    """A heading of a few words that names a job ("assistant director", "computer and electrical
    engineering lab manager")."""
    return len(title.split()) <= 7 and JOB_TITLE_WORDS.search(title) is not None


# Listing words that end many companies' names ("Positive Technologies", "Discovery Education").
_COMPANY_NAME_WORDS = frozenset({"technologies", "technology", "tools", "stack", "education", "languages"})


def _names_a_company(title: str) -> bool:
    """A top heading whose only listing words are ones companies end their names with, and that
    po2pm does not know in full: "# Positive Technologies" above "**Product Owner** | 2023 -
    present" (set M: read as a skills section, and the whole file skipped), not "# Skills &
    Technologies"."""
    words = title.replace("&", " ").split()
    listed = {word for word in words if word in _LISTING_WORDS}
    return bool(listed) and listed <= _COMPANY_NAME_WORDS and not is_known_title(title)


def listing_heading_lines(text: str) -> list[tuple[int, str]]:
    """(line, heading) of each Skills, Education... heading in line-based text (Markdown, plain
    text, and Word and PDF as rendered)."""
    found = []
    section = SectionTracker()
    lines = split_lines(text)
    previous = ""
    for number, line in enumerate(lines, start=1):
        word_level = len(line) - len(line.rstrip("\x1e"))  # a Word heading, one mark per level (formats/docx.py)
        word_heading = word_level > 0
        line = line.rstrip("\x1e\x1f")  # a Word heading or list mark (formats/docx.py)
        above, previous = previous, (line if line.strip() else previous)
        heading = HEADING_LINE.match(line)
        title = section_title(line, bool(heading) or word_heading)
        if title is None or list_item(line):
            continue
        stripped = line.strip()
        level = heading.group(1).count("#") if heading else word_level
        marked = bool(heading) or word_heading or written_as_heading(stripped) or _underlined(lines, number)
        if not marked and stripped[:1].islower() and _unfinished(above):
            # "clients" under "- Managed the onboarding backlog for enterprise banking": the wrapped
            # tail the reader joins to that bullet, not a Clients section (round RY: told as one)
            continue
        if section.achievements and _labels_an_entrys_tools(lines, number, title):
            continue  # read as the entry's label by the reader too
        if section.heading(title, level=level, marked=marked) and section.listing:
            found.append((number, _small_caps_joined(_HTML_TAG.sub("", stripped).strip("#").strip().rstrip(":").strip("*_ ").strip())))
    return found


# A PDF's small capitals give the larger first letter as a word of its own: "E DUCATION" (set AK).
_SMALL_CAPS_SPLIT = re.compile(r"\b([A-Z]) (?=[A-Z]{2,}\b)")


def _small_caps_joined(heading: str) -> str:
    """A heading in capitals as the reader sees it ("A REAS OF E XPERTISE" -> "AREAS OF EXPERTISE")."""
    return _SMALL_CAPS_SPLIT.sub(r"\1", heading) if heading.isupper() else heading


# A year, or a job's dates written as months of two-digit years ("10/14 – Present", "03/14 – 09/14":
# set AI, a Word file's employer line read as a claim and the title line after it joined to it)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b[01]?\d/\d\d\s*[–—-]\s*(?:[01]?\d/\d\d\b|present\b|current\b|now\b)", re.IGNORECASE)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A line of dates only, "May 2010 — January 2012", "Sept. 2019 - Present": a job's dates ("May" can
# be a verb, which had let the line through as a claim: set K).
# "May 2010", "Jan 13", "03/2018", and "???" for a start the writer did not know (set O)
# "21 September 1990" too, the day first (set AL: a Word page's unit lines, "...: 21 September 1990
# to 5 November 1991", read as claims), and "May, 2021" with a comma (set AY: four such lines of an
# HTML page's Achievements read as claims)
ONE_DATE = rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}(?:,?\s+|(?<=\.))['‘’]?\d\d(?:\d\d)?|(?:\d{{1,2}}[/.])?(?:19|20)\d\d|\?{{2,}})"
# "May 2010 - Jan 2012", "2016-Present": a job's span, in a line that says more.
DATE_RANGE = re.compile(rf"{ONE_DATE}\s*(?:[-–—]|to)\s*(?:{ONE_DATE}|present|current|now)\b", re.IGNORECASE)
DATES_ONLY = re.compile(
    # "Published July 2011", "Updated March 2020": a date with its label (set O)
    rf"^\s*(?:(?:published|updated|released|since|as of|last updated)\s+)?\(?{ONE_DATE}\s*(?:(?:[-–—→~]|to|until|till)\s*(?:{ONE_DATE}|present|current|now|today|date)\s*)?\)?\s*[.,;]?\s*$",
    re.IGNORECASE,
)
# Sections whose unmarked lines are achievements in a plain-text resume pasted from Word.
ACHIEVEMENT_SECTIONS = frozenset({
    "experience", "work experience", "professional experience", "relevant experience", "employment",
    "employment history", "work history", "career history", "career", "projects", "key projects",
    "achievements", "key achievements", "accomplishments", "volunteering", "volunteer experience",
    "leadership", "volunteer work",  # set J: a Word resume's two such sections, read as nothing
    "open source", "open source contributions",  # set O: a text resume's project paragraphs, dropped
    # set AK: a PDF's "Attended meetings and represented the student body ..." lost in silence
    "extracurricular", "extracurriculars", "extracurricular activities", "extra-curricular activities",
    "extra curricular activities", "leadership and activities", "leadership & activities",
    # set AR: a Word file's student projects under it, read as part of Education above it
    "educational activities", "academic activities", "leadership activities",
    # a LaTeX resume's jobs under "Professional Background" read as nothing (session 29)
    "professional background", "professional history", "work background", "career background",
    "positions held", "employment record",
    # an HTML CV's courses taught and a boot camp led, under "Teaching", lost in silence (set AU)
    "teaching",
    # a Word file's missionary service after Education, lost in silence (set AV)
    "service", "community service", "volunteer", "volunteer service",
    # a Jekyll page's jobs under "Current positions" (set RD: its prose dropped in silence), and a
    # founder's own businesses under "Entrepreneurship" (set RC: its unmarked claims lost)
    "current positions", "current position", "positions", "past positions", "previous positions",
    "current roles", "current role", "entrepreneurship",
    # a printed web page's jobs under "Work" and a Markdown file's under "Jobs" (round RN: a PDF's
    # 11 claims read as none, exit 2)
    "work", "jobs",
    # a researcher's projects under "Research", each a paragraph of what they built and found (round
    # SAI: a LaTeX file's five such paragraphs dropped in silence, the items beside them read)
    "research", "research work",
    *_TRANSLATED_EXPERIENCE,
})
# The titles a title in spaced letters is matched against when one space parts every letter.
_KNOWN_TITLES = sorted(ACHIEVEMENT_SECTIONS | LISTING_SECTIONS, key=len, reverse=True)
# The last words of those titles: a short line that ends with one is a title, not a claim.
_TITLE_ENDINGS = frozenset(title.split()[-1] for title in _KNOWN_TITLES)
# And those a misspelled heading is read as (with the words that name work alone: "Contributions").
_SPELLED_TITLES = sorted(ACHIEVEMENT_SECTIONS | LISTING_SECTIONS | _ACHIEVEMENT_WORDS)


_WORDS_OF_A_CLAIM_IN_CAPITALS = 6


def is_bare_achievement(line: str) -> bool:
    """A plain-text line with no list marker, under an achievement section, that reads as one:
    a sentence of a few words, not a title ("Product Owner, Acme"), date or contact line.
    Decided from the line's shape alone, so reading a file never needs a language model."""
    stripped = _FIELD_CODE.sub("", line).strip()
    words = stripped.split()
    if len(words) >= _WORDS_OF_A_CLAIM_IN_CAPITALS and stripped.isupper():
        # a claim typed in capitals, judged as written in sentence case: "LED THE MIGRATION OF
        # BILLING TO STRIPE, CUTTING COSTS 30%" under a job line (attack round ATK15, C39: dropped
        # in silence); a title in capitals has fewer words, or is a section's heading, read before
        stripped = stripped.capitalize()
        words = stripped.split()
    # a link in brackets is the work's address, not a contact line: "Built and deployed a web game
    # (http://...) using App" (set AK: left out as not opening with an act)
    contact = _CONTACT.search(_LINK_IN_BRACKETS.sub(" ", stripped)) is not None
    if len(words) >= 15 and _holds_a_sentence_of_work(stripped):
        return True  # a paragraph of a job on one line, years and all (set K: two were dropped unseen)
    if len(words) >= 12 and _FIRST_PERSON_PAST.search(stripped) and not contact:
        # "Previously I participated in Linux kernel upgrade projects. The goal was ...": a job told
        # in prose, in the first person (set AB: a PDF's 32 claims after its first paragraphs, in silence)
        return True
    if len(words) >= 15 and ROLE_DUTY.search(" ".join(words[:12])) and not _YEAR.search(stripped):
        # "Senior Chief ... Engineer responsible for Signal readiness of 19,000 Paratroopers ...":
        # the summary of a job's role, which PO105 judges (set W: five dropped in silence)
        return True
    lead_in = _AS_ROLE.match(stripped)
    if lead_in and opens_with_an_act(stripped[lead_in.end() :]):
        return True  # "As Senior AI Solutions Consultant, I architected ...", "As Lead Engineer for X, worked with ..." (set L)
    # "Web Design and Development: Worked as ...", "Choose My College – created a website ..." (set
    # AA: a Word file's two project lines dropped in silence)
    if _act_after(_TOPIC_LABEL.match(stripped) or _NAME_AND_DASH.match(stripped) or RUN_IN_TITLE.match(stripped), stripped):
        # "Web Design and Development: Worked as an intern ..." (set U: a Word paragraph dropped in
        # silence while its list-item sibling was read); not "Systems Thinking: Demonstrating ...",
        # a strength described
        return True
    labelled = _CLIENT_LABEL.match(stripped)
    if labelled and _DETAIL_LABEL.fullmatch(labelled.group("label").strip()):
        # "Location: working remotely from Leeds ...", "Reason for leaving: seeking ...": a detail
        # of the job or the person, not work, whatever follows the label (attack round ATK11: read
        # as a sentence for its lower-case second word)
        return False
    if labelled and _work_after_a_label(labelled):
        return True
    if 3 <= len(words) < 5 and is_past_act(words[0]) and not contact and (stripped.endswith(".") or _reads_as_a_short_act(words)):
        # "Maintained an organized gradebook." (set AA: dropped in silence between two read lines)
        return True
    if 3 <= len(words) < 5 and is_capitalised_duty(words[0]) and stripped.endswith(".") and not contact:
        # a duty in the present tense: "Maintain approved parts inventory." (round SL: LiveCareer
        # PDFs, dropped in silence where "... for the plant." was read); a word that is no noun only
        return True
    if stripped.endswith(":") and len(words) >= 5 and is_past_act(words[0]) and not contact:
        # "Managed a team of analysts, auditors, and program administrators responsible for:" opens
        # a claim and its list (set AG: told it opened with no act); "Key achievements:" is a label
        return True
    if len(words) < 5 or stripped.endswith(":") or contact:
        return False
    if _YEAR.search(stripped):
        # a year in a line that opens with a past act and reads on as a sentence is when the work
        # happened, not a job's dates ("Launched the mobile app in 2021, ...", "Got certified as
        # ... in May 2019": round RT, dropped in silence); a range of dates heads an entry
        # "Surpassed annual quota by 125% in 2015.", "Earned the Winner's Circle Award in 2015.": the
        # year after a preposition ends the sentence (round SL: dropped in silence for too few words
        # in lower case)
        return is_past_act(words[0]) and not DATE_RANGE.search(stripped) and (_lower_words(words) >= 3 or _YEAR_IN_A_SENTENCE.search(stripped) is not None)
    first = words[0].strip(",.;:")
    if is_first_person_contraction(first):
        return True  # "I'm leading the Android team, ..." (set AM: a job's paragraph dropped in silence)
    # "Full-stack CRUD platform with ... and statistics.", "AI-powered research platform ...; reduced
    # manual research by 70%." (set U: a text resume's project lines dropped in silence): a word
    # joined by hyphens opens a sentence that ends as one
    sentence = stripped.endswith(".") and not JOB_TITLE_WORDS.search(" ".join(words[1:4]))  # not "Part-time technology advisor ..."
    joined = r"(?<=\w)[/-](?=\w)" if sentence else r"(?<=\w)/(?=\w)"
    if first.islower() and is_past_act(first) and _lower_words(words) >= 3:
        # "worked on a testing framework like Selenium using Java technology." (round SH: a LinkedIn
        # PDF's free text opens its sentences in lower case; left out while "Was part of ..." was read)
        return True
    if not first[:1].isupper() or not (re.sub(joined, "", first).isalpha() or is_past_act(first)):
        # "Design/Implementation of ...", "DevOps/SRE of ..." (set P) and "Co-led ..." open a
        # claim; "Part-time technology advisor to ..." does not
        return False
    # A title capitalises its words ("Product Owner with ..."); an achievement reads as a sentence,
    # though it may name a product second ("Leveraged PostgreSQL to manage the data.": set J) or an
    # acronym ("Full-stack CRUD platform ...").
    second = words[1].strip(",.;:()")
    acronym = len(second) >= 2 and second.isupper() and stripped.endswith(".")
    if is_past_act(words[0]) and _lower_words(words) >= 3:
        # "Conducted ICP-based searches for potential projects on Upwork, ensuring alignment" (set
        # AD: a PDF's first claim under each role, passed over for its capitalised second word)
        return True
    if first.lower().endswith("ing") and second.isupper() and len(second) >= 2 and _lower_words(words) >= 3 and not JOB_TITLE_WORDS.search(stripped):
        # "Conducting COB (Close of Business) operations and ensuring stable EOD performance" (set
        # AM: left out for its acronym while "Managing and supporting ..." beside it was read)
        return True
    if words[1].startswith("("):
        # a name and a note in brackets: an employer's line ("Lytho (SaaS, Project Management
        # Software) Remote": set RC, read as a claim for its "(") unless words run on after it
        # ("FirstWord (Doctor's Guide Publishing) intelligence reports of around ...")
        return _lower_words(words) >= 3
    # "Leading Business requirement analysis and prioritization for NRO, SRM, ... for retailers in
    # North America ..." (round SR: a LinkedIn PDF's line left out while "Managing GCP Airflow ..."
    # beside it was read): an -ing act before a capitalised word, then a sentence's lower-case words
    gerund = first.lower().endswith("ing") and can_be_verb(first.lower()) and _lower_words(words) >= 4
    return not words[1][:1].isupper() or acronym or gerund or (is_past_act(words[0]) and stripped.endswith("."))


# A year the sentence places the work in: "... in 2015.", "... by mid 2019"
_YEAR_IN_A_SENTENCE = re.compile(r"\b(?:in|by|since|during|for|of)\s+(?:(?:early|mid|late|[A-Z][a-z]+)\s+)?(?:19|20)\d\d\b\.?\s*$")


def _reads_as_a_short_act(words: list[str]) -> bool:
    """A line of three or four words, opening with a past act, with no full stop: a claim when a
    word after the act is in lower case, as a sentence's are and a title's are not ("Managed
    Services Lead"), and it does not end as a section's title does ("Selected projects and talks",
    "Related work experience"). Round SF: "Worked with HubSpot" was dropped in silence."""
    return _lower_words(words[1:]) >= 1 and words[-1].lower().strip(".,;:") not in _TITLE_ENDINGS


def _act_after(label: re.Match[str] | None, line: str) -> bool:
    """Does a past act follow the label ("Web Design and Development: Worked as ...", "Project
    Manager: Managed ...")?"""
    return label is not None and is_past_act((line[label.end() :].split(maxsplit=1) or [""])[0])


def _work_after_a_label(label: re.Match[str]) -> bool:
    """The work done for a client or in a medium named before a colon, told by an act of any
    form that opens a sentence of it: "Northwind Medical Press: writing and producing marketing
    materials", "Radio: I have produced ...", "Harbour Pharma (1998-2000): Organised ..." (round
    ST: a Word file's client lines, saved as text, left out as opening with no act). Not a
    listing's label ("Hobbies: sailing ..."), nor a strength described ("Systems Thinking:
    Demonstrating a deep commitment to ...") (`label`: the line's _CLIENT_LABEL match)."""
    if is_listing_section(section_key(label.group("label"))):
        return False
    rest = label.group("rest").split()
    return opens_with_an_act(label.group("rest")) and rest[0].lower() not in _QUALITY_GERUNDS and _lower_words(rest) >= 3


# Labels of a detail of the person or the job, whatever -ing word follows them.
_DETAIL_LABEL = re.compile(
    r"(?:current\s+|preferred\s+|job\s+|work\s+)?(?:location|locations|availability|available|reason\s+for\s+leaving|notice(?:\s+period)?|"
    r"status|visa|work\s+permit|permission\s+to\s+work|right\s+to\s+work|relocation|citizenship|nationality|salary|"
    r"hours|schedule|team\s+size|type|date|dates|duration|period|year|website|url|link|github|demo|references?|objective|goal|goals)",
    re.IGNORECASE,
)
# The -ing forms that say what a person has or shows, not what was done.
_QUALITY_GERUNDS = frozenset({"demonstrating", "showing", "displaying", "exhibiting", "possessing", "having", "being"})


_AS_ROLE = re.compile(r"As\s+[^,.;:]{2,80},\s+")
_FIRST_PERSON_PAST = re.compile(
    r"\b(?:I|[Ww]e)(?:\s+(?:have|had)|['’]ve|['’]d)?\s+(?:[a-z]+ly\s+)?(?:(?!need\b|feed\b|seed\b)[a-z]{2,}ed|built|led|ran|made|grew|won|wrote|drove|set|cut|sold|did|was|were|spent|took|found|brought|taught|fought)\b"
)
# up to eight words: "Applications Researcher and Software Development Project Manager:" (set AJ);
# roles with commas, "Shift-lead, Cashier:" (set AO: a Word file's job paragraphs left out)
_TOPIC_LABEL = re.compile(r"[A-Z][\w&/-]*,?(?:\s+[\w&/-]+,?){0,7}:\s+")
# A run-in title closed by a full stop, each word capitalised, before a past act: "Engagement
# Growth. Increased engagement rate by 65% ..." (round SQ: a Canva PDF's three achievement lines
# left out as opening with no act). Not a first sentence that is itself an act ("Led Growth. ...").
RUN_IN_TITLE = re.compile(r"^\s*[A-Z][\w&/+'’-]*(?:\s+(?:[A-Z][\w&/+'’-]*|&|and|of|for|to|the)){0,4}\.\s+(?=[A-Z])")
_NAME_AND_DASH = re.compile(r"[A-Z][\w&/'’.-]*(?:\s+[\w&/'’.()-]+){0,5}\s+[–—-]\s+")  # "Undergraduate (2012-2015) – Worked in ..." (set AB)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\b")


# A role and its duty, as a job's summary paragraph opens: "... Technician charged to troubleshoot ...".
ROLE_DUTY = re.compile(r"\b(?:responsible for|accountable for|in charge of|charged (?:to|with)|serving as)\b", re.IGNORECASE)


def _holds_a_sentence_of_work(line: str) -> bool:
    """A long line with a sentence that opens with a past act ("[Operating Systems] - Winter 2015.
    Marked software assignments written in C. ..."): what a job's line of prose says, not a title."""
    return any(is_past_act(match.group(1)) for match in _SENTENCE_START.finditer(line))


_QUOTE_MARK = re.compile(r"^(?:[ \t]{0,3}>)+(?=[ \t]|$)")


# moderncv's date column beside each job, as a PDF gives it: "October 2023 - Cloud Platform
# Engineering Lead, ..." then "September 2024 Transitioned into a new role ...": the range's end
# opens the line below (round RL: 7 claims dropped in silence, "Present" glued onto another).
_DATE_RANGE_LEFT_OPEN = re.compile(rf"^\s*{ONE_DATE}\s*[-–—]\s+(?!{ONE_DATE}|present\b|current\b|now\b)\S", re.IGNORECASE)
_DATE_RANGE_END = re.compile(rf"^\s*(?:{ONE_DATE}|present|current|now|today)\b(?=\s+[A-Z])", re.IGNORECASE)


# moderncv's date column on an item's first line, before its bullet: "2013 - • Implementing
# interactive tutorial ..." (the PDF reader makes the icon font's "{" a "•"; round RM: 4 claims
# dropped in silence, 2 told). Not another glyph: "2024 – 2025 · Gurugram, India" is a job's line.
_DATES_BEFORE_GLYPH = re.compile(rf"^\s*{ONE_DATE}(?:\s*[-–—]\s*(?:{ONE_DATE})?)?\s+(?=•\s)", re.IGNORECASE)


def _without_dates_before_glyphs(lines: list[str]) -> list[str]:
    """The lines with the dates before a bullet glyph turned into spaces: every column stays
    where it is, and the line opens with its glyph."""
    return [" " * dates.end() + line[dates.end() :] if (dates := _DATES_BEFORE_GLYPH.match(line)) else line for line in lines]


def _without_date_column(lines: list[str]) -> list[str]:
    """The lines with the end of a date range, set at the start of the line below the range's
    start, turned into spaces: every column stays where it is, and the line opens with its claim."""
    kept = list(lines)
    for number in range(1, len(lines)):
        end = _DATE_RANGE_END.match(lines[number]) if _DATE_RANGE_LEFT_OPEN.match(lines[number - 1]) else None
        if end is not None:
            kept[number] = " " * end.end() + lines[number][end.end() :]
    return kept


def extract_bullets(text: str, bare_lines: bool = False, whole_paragraphs: bool = False, indented_tails: bool = False) -> list[Bullet]:
    """Find the list items in plain text or Markdown, one Bullet per item. With `bare_lines`
    (plain-text resumes), an achievement line without a marker is a bullet too; with
    `whole_paragraphs` (Word), each line is a paragraph that no line-wrap carried on; with
    `indented_tails` (a PDF's rendered lines), an item's wrapped lines are indented, and an
    unindented line that opens with a capital goes on an item only after a joining word ("...
    and" / "D7/D14 retention"), not after a comma or a list."""
    bullets: list[Bullet] = []
    current: list[Run] = []
    marker_indent = -1
    opened_bare = False  # the open bullet is an unmarked line (plain text)
    glyph_indent = -1  # the indent of a bullet glyph alone on the line above, until its claim opens
    section = SectionTracker()

    passing_over = False  # the open bullet is a line of prose the reader tells and does not check

    def close() -> None:
        nonlocal current, passing_over
        if current and not section.listing:
            bullet = bullet_from_runs(current)
            if bullet is not None:
                bullets.append(replace(bullet, passed_over=True) if passing_over else bullet)
        elif current and (bullet := bullet_from_runs(current)) is not None and reads_as_work(bullet.text):
            bullets.append(bullet.told_as(LISTING_SECTION_WORK))  # an item of work under Skills: told, not checked
        current, passing_over = [], False

    # A quoted paragraph ("> At the Institute, I ...": a Markdown export saved as text) reads as
    # its text: the quote marks become spaces, so every column stays where it is (set L).
    lines = [_QUOTE_MARK.sub(lambda mark: " " * len(mark.group(0)), line) for line in split_lines(text)]
    if bare_lines:
        lines = _without_date_column(lines)
    if indented_tails:
        lines = _without_dates_before_glyphs(lines)
    fences = CodeFences()
    for number, line in enumerate(lines, start=1):
        # A fence means nothing in plain text: a resume pasted into one (```text) is read.
        if FENCE_LINE.match(line) and (bare_lines or fences.step(line)):
            close()
            continue
        if fences.inside:
            continue
        heading = HEADING_LINE.match(line)
        if not line.strip() or heading:
            close()
            if heading:
                glyph_indent = -1
                title = section_title(line, True)
                if section.listing and DEGREE.search(line):
                    continue  # "# — B.E. (Mechanical)" under a PDF's EDUCATION line: the school's degree
                if title is None:
                    # "# Head of Product 2023 - 2024", a PDF's job line in a larger size with no
                    # Experience heading above it: its claims follow, as in Markdown (round SC: a
                    # file's first three jobs were dropped in silence)
                    section.job_entry(line)
                else:
                    section.heading(
                        title, level=heading.group(1).count("#"), dated=DATE_RANGE.search(line) is not None,
                        dates_follow=_dates_follow(lines, number), act_follows=_act_follows(lines, number),
                    )
            continue
        lone_glyph = _LONE_GLYPH.match(line)
        if lone_glyph:
            close()
            glyph_indent = len(lone_glyph.group("indent").expandtabs(4))
            continue
        if glyph_indent >= 0 and not list_item(line):  # the claim of a glyph on the line above
            marker_indent = glyph_indent
            current = [_line_run(number, line)]
            opened_bare, glyph_indent = False, -1
            continue
        glyph_indent = -1
        item = list_item(line) or (_TIGHT_DASH.match(line) if bare_lines else None)
        if item and bare_lines and _dash_goes_on(item, lines[number - 2] if number > 1 else ""):
            item = None  # "... built for execution" / "— most recently delivering $5MM ...": the sentence goes on
        if item:
            close()
            column = _column_after_marker(item)
            rest = item.group("rest")
            box = TASK_BOX.match(rest)
            if box:
                column += box.end()
                rest = rest[box.end():]
            marker_indent = len(item.group("indent").expandtabs(4))
            current = [Run(number, column, rest)]
            opened_bare = False
            continue
        if current and (_continues(line, marker_indent, current[-1].text, indented_tails) or (opened_bare and wraps_on(line, current[-1].text, marker_indent, whole_paragraphs))):
            indent = len(line) - len(line.lstrip())
            current.append(Run(number, indent + 1, line.strip()))
            continue
        close()
        title = section_title(line, False)
        if title is not None and bare_lines and not (whole_paragraphs or indented_tails) and _item_of_an_indented_list(lines, number):
            # "\tExecutive summary" among "\tRequirements", "\tScope", ...: an item of a plain-text
            # list, not a heading (round SF: it opened a summary section, and the 35 claims of the
            # project summaries below were dropped in silence)
            title = None
        if title is not None and (section.listing or section.achievements) and _is_sub_label(line, title):
            # "Other Frameworks:", "GIS & Cartography:" under Skills: its kinds, not a new section (set L);
            # "Coaching and Development:" under a job: a label of its duties (set W: it closed
            # WORK EXPERIENCE, and the job's 8 claims were lost without a note)
            pass
        elif title is not None and section.achievements and _labels_an_entrys_tools(lines, number, title):
            # "TECHNOLOGIES" over a project's tools, its claim below them (round SO: a two-column
            # PDF's label closed PROJECTS twice, and both projects' claims were lost)
            pass
        elif title is not None and section.achievements and _names_the_employer(lines, number, title):
            pass  # "Scrum Master / ANZ / Sep 2017 - current": the job's employer, not a section (set M)
        elif title is not None:
            section.heading(title, marked=written_as_heading(line) or _underlined(lines, number), dated=DATE_RANGE.search(line) is not None)
        elif section.listing and bare_lines and _names_a_job_above_dates(section_key(line)) and _dates_follow(lines, number):
            # a job's title with its dates on the line below, in a section of no claims: the job's
            # claims follow ("About Me", then "Workday", "Product Design Architect", "Jan 2020–Present":
            # round RQ, a plain-text file with no Experience heading had its 38 claims read as none)
            section.job_entry(line, dates_below=True)
        elif bare_lines and section.listing and reads_as_work(line):
            # a line of work under Skills or Education (round SAB: a student's projects listed by
            # language under "Skills", their claims dropped with the section in silence): told
            told = bullet_from_runs([_line_run(number, line)])
            if told is not None:
                bullets.append(told.told_as(LISTING_SECTION_WORK))
        elif bare_lines and section.achievements and len(_GLYPH_ITEMS.findall(line)) >= 2:
            # "Technologist, Acme, Tehran   Aug 2022 – Sep 2025 • Provided ... • Performed ...": a Word
            # paragraph whose bullets follow its job line after soft line breaks (set AF: 12 claims
            # dropped in silence); the screen cuts it at its glyphs and leaves the job line out
            current = [_line_run(number, line)]
            marker_indent, opened_bare = _indent(line), False
        elif bare_lines and (section.achievements or (whole_paragraphs and _right_after_an_item(bullets, number, section))) and is_bare_achievement(line) and not _about_the_employer_above(lines, number, bullets):
            marker_indent = _indent(line)
            # the column counts characters: a tab is one (a tab-indented line was placed 3 too far)
            current = [_line_run(number, line)]
            opened_bare = True
        elif bare_lines and section.achievements and not section.listing and reads_as_prose(line):
            # told as one line with the lines it wraps onto, so a wrapped half is not read as a
            # claim of its own (set RE: "interesting bugs I was proud of fixing ..." after "I was
            # in a team that worked on ... One of the most")
            marker_indent = _indent(line)
            current = [_line_run(number, line)]
            opened_bare, passing_over = True, True
        elif bare_lines and not section.listing and _LABEL_BEFORE_AN_ITEM.match(line) and _an_item_follows(lines, number):
            # "Operations • Managed a team of 15 ..." above "• Ran the daily KPIs ...": the list's
            # first item, its label in a PDF's left column on the same line, read as its siblings are
            # (round SI: the first claim of three lists dropped in silence under a heading po2pm
            # does not know); the screen tells the label apart
            marker_indent = _indent(line)
            current = [_line_run(number, line)]
            opened_bare = False
        elif (
            bare_lines and not whole_paragraphs and (section.seen_achievements or bullets)
            and not (section.achievements or section.listing) and is_bare_achievement(line)
            and not (indented_tails and not (_a_sentences_line(line) or reads_as_work(line, min_words=4)))
        ):
            # in a plain-text file, a line of work under a heading after Experience that po2pm does
            # not read as a section of claims ("DETAIL DESIGN", then the project summaries: round SF,
            # 35 claims dropped in silence): told, not dropped, as the HTML reader tells such a
            # paragraph (a PDF's or Word file's such lines are mostly degrees and skills); so too
            # after claims were read with no Experience heading (round SI: a project's summary line
            # under "PROJET DE TRANSFORMATION DIGITALE" dropped in silence); a PDF's too, where the
            # line is a sentence's, not a degree's or a skills table's (round SO: a Portuguese PDF's
            # 15 job paragraphs under headings po2pm does not know, dropped in silence), or a shorter
            # line that opens with a past act (round SAC: "Refactored flagship auditing product at
            # <Company>", six words under a PDF's "HEADLINE ACHIEVEMENTS", dropped in silence)
            told = bullet_from_runs([_line_run(number, line)])
            if told is not None:
                bullets.append(told.told_as(UNREAD_SECTION))
    close()
    return bullets


def reads_as_work(text: str, min_words: int = 7) -> bool:
    """A line of a section that lists that states work of the person's: it opens with a past act
    and runs to `min_words` words or more ("Optimized brute force algorithm to create a sudoku with
    difficulty selection."), and names no degree; not a title whose first word reads as a past
    ("Certified Product Owner with ...", "Advanced Data Analytics", "Invited Review, ...")."""
    words = text.split()
    if len(words) < min_words or DEGREE.search(text) is not None:
        return False
    first = words[0].strip(BULLET_GLYPHS + "-*–—")
    if not is_past_act(first) or first.lower() in _TITLE_PARTICIPLES:
        return False
    # a name after the act is its object ("Launched Apple Pay checkout for 2M users": ATK19, C19, lost
    # in silence); a title goes on in capitals ("Advanced Data Analytics")
    rest = words[1:]
    return not rest[0][:1].isupper() or 2 * sum(1 for word in rest if not word[:1].isupper()) >= len(rest)


# Past forms that open titles, not acts: "Certified Product Owner with ...", "Invited Review, ..."
_TITLE_PARTICIPLES = frozenset({
    "certified", "advanced", "invited", "accredited", "licensed", "registered", "chartered", "qualified",
    "applied", "distributed", "embedded", "integrated", "automated",
})


def _a_sentences_line(line: str) -> bool:
    """A line of seven words or more that names no degree: a sentence's, where a PDF's short lines
    under a heading po2pm does not know are mostly degrees and skills tables' rows ("Bachelor of
    Science in Business", "Process mapping and improvement Microsoft Office")."""
    return len(re.findall(r"[^\W\d_]{2,}", line)) >= 7 and DEGREE.search(line) is None


# A short label, a glyph and a claim on one line: "Operations • Managed ...", "Amélioration • Analyse ..."
_LABEL_BEFORE_AN_ITEM = re.compile(r"^\s*[^\W\d][\w&/'-]*(?:\s+[\w&/'-]+){0,2}\s+•\s+\w")


def _an_item_follows(lines: list[str], number: int) -> bool:
    """Does one of the next two written lines below line `number` (1-based) open a list item (the
    first may be the line's own wrapped end)?"""
    below = [line for line in lines[number : number + 3] if line.strip()][:2]
    return any(list_item(line) is not None for line in below)


def _item_of_an_indented_list(lines: list[str], number: int) -> bool:
    """Is line `number` (1-based) indented, with the nearest written lines above and below it
    indented as far: one item of an indented list, not a heading set apart?"""
    own = _indent(lines[number - 1])
    above = next((line for line in reversed(lines[: number - 1]) if line.strip()), "")
    below = next((line for line in lines[number:] if line.strip()), "")
    return own > 0 and _indent(above) == own and _indent(below) == own


def _indent(line: str) -> int:
    """How far the line is set in, a tab counting four spaces."""
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


def _line_run(number: int, line: str) -> Run:
    """Line `number`'s text as one run, at the column where its text starts (a tab counts one)."""
    return Run(number, len(line) - len(line.lstrip()) + 1, line.strip())


def _right_after_an_item(bullets: list[Bullet], number: int, section: "SectionTracker") -> bool:
    """Does unmarked paragraph `number` of a Word file follow a list item read on the line just
    above, outside a listing section? Then it is that job's paragraph, wherever the job sits (in
    plain text such a line goes on the item or is filler: `_continues`): a Word resume with no
    Experience heading whose claim "The introduction of the ... tool achieved ..." followed a
    bulleted claim and was dropped in silence (set AS)."""
    if section.listing or not bullets or bullets[-1].passed_over:
        return False
    return bullets[-1].segments[-1].line == number - 1


def reads_as_prose(line: str) -> bool:
    """A line of words, not a title, a place or a date ("Toshiba Medical Systems Europe: writing and
    producing marketing materials", not "Arista Networks Dublin, Ireland"): passed over, it is told.
    So is a short line of work done for a client named before a colon ("GP Newspaper: news
    reporting": set RA, 13 such lines dropped in silence)."""
    line = _FIELD_CODE.sub("", line)  # the words a reader of the Word file sees
    words = line.split()
    labelled = _CLIENT_LABEL.match(line.strip())
    rest = labelled.group("rest").split() if labelled else []  # the work after the client's name
    dated_title = _YEAR.search(line) and not any(is_past_act(act) for act in _ACT_AFTER_A_BREAK.findall(line))
    if dated_title:
        spans = list(DATE_RANGE.finditer(line))
        if spans and opens_with_an_act(line[spans[-1].end() :].lstrip(" \t-–—|:;,)")):
            # "Church of ..., Oregon — Missionary Nov. 2018 - Nov.2022  Worked 65+ hours weekly ...":
            # the work goes on after the dates (set RE: a Word file's line under "SERVICE", in silence)
            return True
        # "Feb 2014-Oct 2017: Operational Research Analyst, Schools Funding Unit ..." is a job's title
        # line; not one that runs on for a dozen words ("The Department of Health, UK Government
        # (2006): writer for the Chief Medical Officer's annual report and reviews of ...": round SH,
        # dropped in silence for its "writer")
        if not labelled and (_lower_words(words) >= 8 or (_ENDS_A_SENTENCE.search(line) and _lower_words(words) >= 5)):
            # a sentence that names a year, not a title line: "Head of the platform team since 2019,
            # growing it from 3 to 9 engineers." (round SAH: dropped in silence), or a longer one with
            # no stop ("In 2017 I rebuilt the loan approval flow ... by a third": ATK24, C19); not a
            # title's few words of what the job was ("... – Volunteer coordinator for the weekend
            # front desk": set AQ's test)
            return True
        titled = JOB_TITLE_WORDS.search(line) is not None and not is_past_act(rest[0]) if rest else False
        return _lower_words(rest) >= 3 and (not titled or _lower_words(rest) >= 8)
    return (len(words) >= 5 and _lower_words(words) >= 3) or _lower_words(rest) >= 2


_CLIENT_LABEL = re.compile(r"^(?P<label>[^:]{2,80}):\s+(?P<rest>\S.*)$")
_ENDS_A_SENTENCE = re.compile(r"[a-z%)\d][.!?]\s*$")  # after a word, a figure or a bracket: not "Inc."


# A role's dated line that goes on with what was done: "Aashray Foundation (2023 – 2024) – HR
# Intern & Volunteer; conducted workshops for 50+ students" (set AQ: dropped in silence as a
# job's title line; passed over, it is told).
_ACT_AFTER_A_BREAK = re.compile(r"[;,]\s+([a-z]+)\b")


def _lower_words(words: list[str]) -> int:
    """Words of three letters or more in lower case: what prose has and a title line lacks."""
    return sum(1 for word in words if len(word) >= 3 and word.isalpha() and word.islower())


def _about_the_employer_above(lines: list[str], number: int, bullets: list[Bullet]) -> bool:
    """Does unmarked line `number` go on with what the lines above say of the employer, in plain
    text (set K: "pan-net.cloud provides a cloud platform ... / Supporting ... Pan-Net utilizes
    ...", "Citrix solutions power ..." under "... : Citrix Systems UK Ltd")? It does when it goes
    on a paragraph whose lines were not read (unless it opens with a past act: "Led ..."), or
    opens with the employer's name from the line above and with no act of the person's."""
    line = lines[number - 1].strip()
    taken = [bullet for bullet in bullets if not bullet.passed_over]
    read = {segment.line for segment in taken[-1].segments} if taken else set()  # the lines just above, if read
    above = number - 1
    prose_above = lines[above - 1].strip() if above >= 1 else ""
    if prose_above and above not in read and prose_above[:1].islower():
        # it goes on a paragraph that is no claim ("Supporting ..." too); a job's title line
        # above ("Product Owner, Acme (2019 - 2021)") is no such paragraph
        return not is_past_act(line.split()[0])
    if opens_with_an_act(line) or ROLE_DUTY.search(line):
        return False  # "Led ...", "Chief ... Technician responsible for ...": the person's, not the employer's
    if _act_after(_TOPIC_LABEL.match(line), line):
        # "Project Manager: Managed development of ..." under "### Xerox ... - Project Manager": a
        # role, then the person's act (set AJ: three such lines left out as about the employer)
        return False
    above = _written_next(lines, number, -1)
    if not above or above in read:
        return False
    first = re.match(r"[A-Z][\w+&-]{2,}", line)
    if first is None or first.group(0).lower() in _NOT_NAMES:
        return False
    return re.search(rf"\b{re.escape(first.group(0))}\b", lines[above - 1]) is not None


_NOT_NAMES = frozenset({"the", "this", "that", "these", "those", "our", "with", "for", "from", "and", "over", "under", "across"})


def _dash_goes_on(item: re.Match[str], previous: str) -> bool:
    """A dash that opens a line in lower case after a full line that stops mid-sentence goes on
    with that sentence, as a PDF wraps it ("... built for execution" / "— most recently
    delivering ...": set W read its end as a claim); a list's dash opens a capitalised claim."""
    marker = item.groupdict().get("marker") or ""
    return (
        marker in ("–", "—")
        and item.group("rest")[:1].islower()
        and len(previous.strip()) >= WRAPPED_LINE
        and not previous.rstrip().endswith((".", "!", "?", ":", ";"))
    )


def _names_the_employer(lines: list[str], number: int, title: str) -> bool:
    """A short line in capitals inside Experience, no section po2pm knows, next to a line of a
    job's dates: the employer's name ("ANZ", "MYOB" above "Sep 2017 - current"), which a PDF's
    plain-text export sets apart the way it sets a heading. Or above a short line of a role and its
    dates ("CRIU" above "Maintainers team Dec '16 - present": set RE, a PDF's second page of three
    jobs lost in silence, the project's name taken for a section po2pm does not know)."""
    if is_known_section(title) or len(title.split()) > 3:
        return False
    above, below = _written_next(lines, number, -1), _written_next(lines, number, 1)
    if below and _is_role_with_dates(lines[below - 1]):
        return True
    return any(DATES_ONLY.match(lines[near - 1]) for near in (above, below) if near)


def _is_role_with_dates(line: str) -> bool:
    """A line of a few words and a span of dates, no degree: a job's title line."""
    dates = DATE_RANGE.search(line)
    return dates is not None and len(line[: dates.start()].split()) <= 6 and not DEGREE.search(line)


def _written_next(lines: list[str], number: int, step: int) -> int:
    """The number of the nearest non-blank line above (step -1) or below (step 1) line `number`;
    0 if there is none."""
    near = number + step
    while 1 <= near <= len(lines) and not lines[near - 1].strip():
        near += step
    return near if 1 <= near <= len(lines) else 0


def _is_sub_label(line: str, title: str) -> bool:
    """A line such as "Other Frameworks:" or "CMS:" that names a kind of what a listing section
    lists: a label ending in a colon, and no title po2pm knows."""
    if is_known_section(title):
        return False
    # or a kind named by acronyms alone, in capitals only because they are acronyms ("AI & ML",
    # "UI / UX" under a PDF's Skills: set AV, its items read as claims once the section closed)
    words = re.findall(r"[A-Za-z]+", line)
    return line.strip().endswith(":") or (0 < len(words) <= 3 and all(word.isupper() and len(word) <= 3 for word in words))


# Text wrapped by an editor or a PDF export fills its lines; a claim of its own is often shorter.
WRAPPED_LINE = 70


# A line that stops mid-sentence: after a comma, or a word that needs another after it.
_JOINING_WORD = r"\b(?:and|or|of|with|to|the|for|in|on|a|an|using|by|from|including)"
_GOES_ON = re.compile(rf"(?:,|{_JOINING_WORD})\s*$", re.IGNORECASE)
_STOPS_ON_A_JOINING_WORD = re.compile(rf"{_JOINING_WORD}\s*$", re.IGNORECASE)


def stops_mid_sentence(line: str) -> bool:
    """Does the line stop where a sentence cannot end: after a comma or a joining word?"""
    return _GOES_ON.search(line) is not None


def _opens_a_paragraph_of_its_own(stripped: str, previous: str) -> bool:
    """A line of a Word file saved as text that opens with a link's field code (' HYPERLINK
    "http://..." www.example.com: contributing writer') is Word's next paragraph; not after a line
    that stops on a joining word ("... built with the" / ' HYPERLINK "..." Claims Hub team, ...':
    lost unsaid, attack round ATK12, C39)."""
    return _FIELD_CODE.match(stripped) is not None and not _STOPS_ON_A_JOINING_WORD.search(previous)


# A sentence begun by the line's last word: "... with a diverse tech stack. Utilized" / "Spring Boot
# and Java for ..." (round SS: a LinkedIn PDF's verb cut from its sentence, the rest read as a claim
# of its own)
_SENTENCE_BEGUN_AT_END = re.compile(r"[a-z)][.!?]\s+[A-Z][a-z]+\s*$")


def _stops_mid_list(previous: str, line: str) -> bool:
    """A full line that stops after a comma or a joining word goes on on the next, capital or not
    ("... using Java, WebDriver," / "Cucumber, and Allure Reports, ...": set K), unless that
    line opens a section."""
    return len(previous) >= WRAPPED_LINE and bool(_GOES_ON.search(previous)) and not _opens_section(line)


def wraps_on(line: str, previous: str, bullet_indent: int, whole_paragraphs: bool = False) -> bool:
    """An unmarked claim wrapped mid-sentence goes on on the next line, capital or not ("...
    implementation for" / "Catalog Sites. Co-led ..."): the line before is full and ends in no
    stop, and this one does not open a claim or a "Client: what I did" line of its own, a job
    (a year, contact details) or a section. In a paragraph indented as a block (an ASCII
    resume), a line that opens like a claim goes on too ("... on-server agent for the Cloud" /
    "Monitoring product. Create ...")."""
    stripped = line.strip()
    indent = _indent(line)
    # the block's own indent, or less when only its first line is set in further (set P: a text
    # CV's job paragraphs, first line at four spaces and the rest at two)
    in_block = bullet_indent > 0 and 0 < indent <= bullet_indent
    if _opens_a_paragraph_of_its_own(stripped, previous):
        return False
    if _stops_mid_list(previous, line):
        return True
    if _GOES_ON.search(previous) and not _YEAR.search(stripped) and not _CONTACT.search(stripped) and not _opens_section(line):
        # a line that cannot end there, full or not, whatever the next one's indent ("... (ex.
        # Application Load Balancers," / "Database-as-a-Service, ...": set P)
        return True
    if whole_paragraphs:
        # A Word paragraph is whole: one with no stop at its end is not wrapped into the next
        # ("... a growing fan base of almost 2000" / "Teaching Assistant": set AK, three titles
        # joined to the claims above them); only one broken mid-list or after a joining word goes on.
        return False
    if in_block and not _YEAR.search(stripped) and not _CONTACT.search(stripped) and not _opens_section(line):
        # A paragraph indented as a block goes on after a line that stops on a joining word,
        # full or not ("... on top of Jenkins. Using" / "Jenkins we could ..."), and with a
        # sentence that opens with no act ("After validation by QA the code could be ..."):
        # set O's text resume had two paragraphs cut into five claims.
        if _GOES_ON.search(previous) or (len(stripped.split()) >= 8 and not opens_with_an_act(stripped)):
            return True
    return (
        len(previous) >= WRAPPED_LINE
        and not previous.rstrip().endswith((".", "!", "?", ":", ";"))
        and (in_block or not is_bare_achievement(line) or _splits_a_name(previous, stripped) or _SENTENCE_BEGUN_AT_END.search(previous) is not None)
        and ":" not in stripped[:40]
        and not _YEAR.search(stripped)
        and not _CONTACT.search(stripped)
        and not _opens_section(line)
    )


# Capitalised words that open a sentence rather than go on with a name.
_SENTENCE_OPENERS = frozenset({"the", "this", "that", "these", "those", "our", "my", "his", "her", "their", "its", "and", "but", "also", "then"})


def _splits_a_name(previous: str, line: str) -> bool:
    """A name in capitals broken over two lines: "... Sprint Review, Sprint" / "Retrospective and
    Daily Stand-up", "... Technical Due" / "Diligence and ..." (set W: a PDF's wrapped paragraphs
    read as two claims, the second opening with the name's last word)."""
    last = previous.split()[-1] if previous.split() else ""
    first = line.split()[0].strip(",.;:") if line.split() else ""
    return (
        last[:1].isupper() and last.isalpha() and last != "I"
        and len(first) >= 3 and first[:1].isupper() and first.isalpha()
        and first.lower() not in _SENTENCE_OPENERS and not opens_with_an_act(line)
    )


def _opens_section(line: str) -> bool:
    """A line that can only be a section title: one po2pm knows by name, or one written as a
    heading. ("ASP.NET Developer Certification." holds a listing word but goes on a sentence.)"""
    title = section_title(line, False)
    return title is not None and (title in LISTING_SECTIONS or title in ACHIEVEMENT_SECTIONS or written_as_heading(line))


def _heads_the_next_entry(stripped: str) -> bool:
    """A line that is never the tail of a wrapped item: the whole title of a section of claims,
    capitalised and of two words or more ("Work Experience"), or a job's dated title ("AI
    Engineering Intern May 2024 — Sep 2024")."""
    if DATE_RANGE.search(stripped) and JOB_TITLE_WORDS.search(stripped):
        return True
    if stripped.isupper() and section_key(stripped) in LISTING_SECTIONS | ACHIEVEMENT_SECTIONS:
        return True  # "SKILLS" set in under a PDF's last bullet (set RH: read "... local water needs SKILLS")
    return stripped[:1].isupper() and len(stripped.split()) >= 2 and section_key(stripped) in ACHIEVEMENT_SECTIONS


# A name written in lower case with a capital inside ("dChoi", "eBay"), a few words, and a place.
_BRAND_AND_PLACE = re.compile(r"^[a-z]+[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){0,4},\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*$")


_PAGE_FOOTER = re.compile(r"(?:page\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}", re.IGNORECASE)


def _continues(line: str, marker_indent: int, previous: str, indented_tails: bool = False) -> bool:
    """Is this line the wrapped tail of the open bullet? (`indented_tails`: see extract_bullets.)"""
    stripped = line.strip()
    if _opens_a_paragraph_of_its_own(stripped, previous):
        return False
    if _PAGE_FOOTER.fullmatch(stripped):
        return False  # "Page 2 of 4" at a page's foot, however it is padded (rounds SQ and SR: glued to the claim above)
    if stripped.isupper() and _is_job_title(section_key(stripped)):
        return False  # "SIGNAL ENGINEER III" under a skill list's item: a job's title (set W's two-column PDF)
    if stripped.isupper() and len(stripped.split()) <= 5 and previous.rstrip().endswith((".", "!", "?")):
        return False  # " CORE COMPETENCIES " after a finished claim: a heading typed after a space (set AM: glued to the claim)
    if DATES_ONLY.match(stripped) and previous.count("(") <= previous.count(")"):
        # "\t 08/2023": the next entry's date, set to the right (set AJ: glued to a Word bullet);
        # but "2025)." closes the bracket the line above opened ("... System (Nov": round RK, the
        # claim was cut at "(Nov")
        return False
    indent = _indent(line)
    if indent > marker_indent and _heads_the_next_entry(stripped):
        # "  Work Experience" set in from a PDF's "•Oracle (OCI): ..." above it, or the next job's
        # dated title (set AT: taken for that item's tail, the whole Experience was read as part of
        # Certifications, in silence)
        return False
    if indent > marker_indent:
        return True
    # Markdown's lazy continuation: an unindented line that carries on a sentence mid-way, in
    # lower case or after a full line that stops mid-list ("... using Java, WebDriver," / "Cucumber,
    # and Allure Reports": a Word item broken over two paragraphs, set K).
    if stripped and not indented_tails and _stops_mid_list(previous, line):
        return True
    # (in a PDF's lines, a comma at an item's end is the writer's: "..., Signicat Warsaw, Poland")
    goes_on = _STOPS_ON_A_JOINING_WORD if indented_tails else _GOES_ON
    if stripped and indent == marker_indent and goes_on.search(previous) and not _opens_section(line):
        # a tail set at the marker's column after a line that cannot end there ("... Solutions
        # Engineering of" / "Traditional and Cloud-Native workloads": set P's text CV)
        return True
    if _BRAND_AND_PLACE.match(stripped):
        return False  # "dChoi global Seoul, South Korea": the next employer and its place (set RE: glued to a PDF's claim)
    unfinished = _unfinished(previous)
    # "(Confidential) International Airline | (Contract) Trainer | (Sep 2022 - Jul 2023)" opens
    # the next job, not an aside (set Y: a Word file's last claim of four jobs ran into it)
    aside = stripped[:1] == "(" and " | " not in stripped
    return bool(stripped) and unfinished and (stripped[0].islower() or aside or _ends_a_title_case_phrase(stripped, previous))


def _unfinished(line: str) -> bool:
    """A line that stops mid-sentence, which the next line may carry on."""
    return not line.rstrip().endswith((".", "!", "?", ":"))


def _ends_a_title_case_phrase(stripped: str, previous: str) -> bool:
    """"• Led the team to win the 2024 Annual" / "Design Prize for Best Student Project.": a wrapped
    name in capitals that ends the sentence (round RW: dropped in silence); a short line that opens
    with no act, names no date or contact, and stops with a full stop, after a line of five words
    or more."""
    words = stripped.split()
    return (
        len(words) <= 8
        and stripped.endswith(".")
        and len(previous.split()) >= 5
        and not is_past_act(words[0])
        and not _YEAR.search(stripped)
        and not _CONTACT.search(stripped)
        and not JOB_TITLE_WORDS.search(stripped)
    )


def bullet_from_text(literal: str, line: int = 1) -> list[Bullet]:
    """A bullet given on the command line: one item, even without a list marker."""
    found = extract_bullets(literal)
    if found:
        return [_moved_to_line(bullet, line) for bullet in found]
    runs = [Run(number, 1, text) for number, text in enumerate(split_lines(literal), start=line) if text.strip()]
    if not runs:
        return []
    runs = [Run(run.line, len(run.text) - len(run.text.lstrip()) + 1, run.text.strip()) for run in runs]
    bullet = bullet_from_runs(runs)
    return [bullet] if bullet else []


def literal_bullets(text: str) -> list[Bullet]:
    """Bullets given with --text, one per line of `text` (line k is the k-th --text)."""
    bullets: list[Bullet] = []
    for number, line in enumerate(text.split("\n"), start=1):
        bullets.extend(bullet_from_text(line, number))
    return bullets


def _moved_to_line(bullet: Bullet, line: int) -> Bullet:
    shift = line - 1
    return Bullet(bullet.text, tuple(Segment(s.text_start, s.line + shift, s.column, s.length) for s in bullet.segments))
