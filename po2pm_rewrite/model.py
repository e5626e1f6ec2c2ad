"""Plain data passed between the stages: text -> bullets -> analyses -> findings -> output.

No spaCy object appears here; every stage after parsing sees only these frozen dataclasses.
Positions are 1-based lines and columns, end exclusive (the SARIF convention); columns count
Unicode code points.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Callable, Iterator


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


SIGNALS = ("discovery", "customer", "strategy", "business", "outcome", "decision", "leadership", "metric")


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True)
class Segment:
    """One piece of a bullet's text as it stands on one source line.

    A wrapped bullet has one segment per line; the bullet text joins them with single spaces.
    """

    text_start: int  # offset of this piece inside Bullet.text
    line: int
    column: int
    length: int


@dataclass(frozen=True)
class Bullet:
    text: str
    segments: tuple[Segment, ...]
    # From a `po2pm: ignore[...]` comment: these codes (or rule names, upper case) are not
    # reported for this bullet; with none given, nothing is.
    suppressed: frozenset[str] = frozenset()
    suppress_all: bool = False
    # A plain-text line with no list marker, under a section of claims, that the reader did not
    # take for a claim: carried to the screen only so the user is told it was left out, and why
    # (set AD: 40 "Organisation: what I did" lines of a text CV were dropped in silence).
    passed_over: bool = False
    # Why the line is no claim, where the reader saw it and the text no longer shows it: a list
    # item that is only a link, whose address markup dropped (set AO: a page's "More about
    # Farebox" link labels were read as claims). The screen leaves the line out for this reason.
    left_out_as: str = ""
    # The markup the bullet is written in where it is not its file's: "latex" for an item of a
    # LaTeX list in a Markdown file, which pandoc passes through (attack round ATK16, C1 to C3: an
    # edit of one that did not open right after "\\item" was written as Markdown, "&" and math raw).
    syntax: str = ""

    def written_in(self, file_format: str) -> str:
        """The markup the bullet's text is written in: its own (`syntax`) or its file's."""
        return self.syntax or file_format

    def told_as(self, reason: str) -> "Bullet":
        """This line as one the reader tells and leaves out of the check, for `reason`: it is
        listed as left out, and counts for no bullet found (a file of such lines still reads as
        empty)."""
        return replace(self, passed_over=True, left_out_as=reason)

    def allows(self, code: str, name: str = "") -> bool:
        return not self.suppress_all and code not in self.suppressed and name.upper() not in self.suppressed

    def position(self, offset: int) -> Position:
        """Source position of a character offset in the bullet text (offset == len(text) is the end)."""
        for segment in reversed(self.segments):
            if offset >= segment.text_start:
                inside = min(offset - segment.text_start, segment.length)
                return Position(segment.line, segment.column + inside)
        first = self.segments[0]
        return Position(first.line, first.column)

    def head(self, end: int) -> "Bullet":
        """The bullet's first `end` characters, trailing space dropped (a leading sentence that
        is left out), each character still at its place in the file."""
        return self.part(0, len(self.text[:end].rstrip()))

    def tail(self, offset: int) -> "Bullet":
        """The bullet from character `offset` on (a leading sentence left out), each character
        still at its place in the file."""
        return self.part(offset, len(self.text))

    def part(self, start: int, end: int) -> "Bullet":
        """Characters start..end of the bullet, each still at its place in the file. The segments
        are looked up from the first that may hold `start` (in order of place): read from the
        first for every part, a paragraph of 3,000 sentences split one by one took minutes (the
        review of session 61)."""
        segments = []
        for segment in self.segments[max(0, bisect_right(self.segments, start, key=_text_start) - 1) :]:
            if segment.text_start >= end:
                break
            first, last = max(start, segment.text_start), min(end, segment.text_start + segment.length)
            if first < last:
                segments.append(Segment(first - start, segment.line, segment.column + first - segment.text_start, last - first))
        return replace(self, text=self.text[start:end], segments=tuple(segments))

    @property
    def start(self) -> Position:
        return self.position(0)

    @property
    def end(self) -> Position:
        last = self.segments[-1]
        return Position(last.line, last.column + last.length)


def _text_start(segment: Segment) -> int:
    return segment.text_start


# Ends each note on lines left out: `po2pm check` points at the command that lists them, which
# itself prints the notes without it (output.to_extract_text).
SHOWN_BY_EXTRACT = " (po2pm extract shows them)"


@dataclass(frozen=True)
class Skipped:
    """A line a reader found that the screen (screen.py) leaves out of the check, and why."""

    bullet: Bullet
    # "skills list", "certificate", "degree", "job title", "keyword", "link", "line about the employer",
    # "company and place", "talk or publication title", "lead-in to a list", "another language",
    # "template placeholder", "language level", "personal detail", "sentence about the employer or the product",
    # "project title and its stack", "detail of an entry", "dates", "note to the reader",
    # "project's context", "project title", "description of a project or product", "grade average"
    reason: str


# The reason a plain-text line the reader passed over (Bullet.passed_over) is left out, when the
# screen finds no other.
PASSED_OVER = "line without a list mark that does not open with an act of yours"
# The reason a paragraph of work under a heading that is no section of claims is left out (HTML).
UNREAD_SECTION = "paragraph under a heading po2pm does not read as Experience or Projects"
# The reason a list item or a line of work inside a <blockquote> is left out (HTML): most quotes are
# someone else's words, read only where they open with the person's own act.
QUOTED = "line inside a quotation (<blockquote>) that does not open with an act of yours"
# The reason a sentence of a paragraph of prose is left out (screen.paragraph_sentences).
NO_ACT_IN_PARAGRAPH = "sentence of a paragraph about the product or the role, not your work"
# The reason a line of work under a section that lists (Skills, Education, Awards ...) is left out
# (text, PDF and Word files, Markdown): told, where the whole section was dropped in silence (round
# SAB: a student's project claims under "Skills", 16 lost).
LISTING_SECTION_WORK = "line of work under a section po2pm reads as a list (Skills, Education, Awards ...)"


@dataclass(frozen=True)
class Screened:
    """A file's lines as the screen left them: what the reader found (how many), the bullets to
    judge and the lines left out. Cached per file, so a re-check of an unchanged file neither reads
    nor screens it again."""

    found: int
    kept: tuple[Bullet, ...]
    skipped: tuple[Skipped, ...]
    foreign: bool = False  # most of the file's words are another language's (told once, engine._notes)


# Findings and signal hits are the most numerous objects of a large run: no per-object __dict__.
@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # code, e.g. PO101
    name: str  # dotted name, e.g. delivery.backlog
    severity: Severity
    message: str
    start: int  # character offsets into the bullet text
    end: int
    pattern: str  # which pattern fired, for `po2pm explain --text`
    angle: str = ""  # the rewrite angle the rule suggests first
    # The scoring rule's finding beside another rule's: reported only if the user's selection
    # (--select, --ignore, per-file and per-bullet ignores) leaves no other warning on the bullet.
    standby: bool = False


@dataclass(frozen=True, slots=True)
class SignalHit:
    signal: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TokenRow:
    """How the parser read one word, for `po2pm explain --text`."""

    text: str
    pos: str
    tag: str
    dep: str
    head: str
    lemma: str


@dataclass(frozen=True)
class Explanation:
    bullet: str
    parsed_as: str  # the text the parser read, subject prefix included
    tokens: tuple[TokenRow, ...]
    signal_hits: tuple[SignalHit, ...]
    findings: tuple[Finding, ...]
    verdict: "Verdict | None" = None


@dataclass(frozen=True)
class Slots:
    """The user's own facts in a bullet, for rewrite templates. All text is taken from the bullet."""

    verb: str = ""  # lemma of the writer's main verb
    tense: str = "past"  # past | present | present3 | gerund
    lists_things: bool = False  # no act, only things worked on ("Patient journeys and CRM requirements")
    topic: str = ""  # what the work was about, delivery jargon removed ("the booking app")
    topics: tuple[str, ...] = ()
    team: str = ""  # "the claims team", "two teams"
    people: str = ""  # "engineers", "QA and DevOps"
    customers: str = ""  # customers the bullet names: "new enterprise clients"
    content: tuple[str, ...] = ()  # content-word lemmas outside the jargon, to measure what a rewrite keeps
    # Named things and figures as written ("Allianz", "the CRM", "300 tickets", "15%"): a
    # suggestion must keep every one of them (the fact ledger in rewrite.py).
    facts: tuple[str, ...] = ()
    # Where the verbs listed after the opening verb start, when their tense clashes with it
    # ("Worked on the specs, participate in reviews"): a suggestion puts them in `tense`.
    clashing_verbs: tuple[int, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """What the bullet claims, as the scoring rule reads it (rules/PO108 and its weights file).

    kind: "delivery-only" (score at or over the threshold), "pm" (under the unclear band) or
    "unclear" (in between). score: the probability that a PM hiring manager reads the bullet as
    delivery administration. reasons: the features that weighed most, strongest first, as
    (feature, weight) pairs with the words they stand for. context: what the rest of the bullet's
    file added to its log-odds (see verdicts.py); 0 where the bullet was judged alone.
    """

    kind: str
    score: float
    threshold: float
    reasons: tuple[tuple[str, float, str], ...] = ()  # (feature, weight, words)
    context: float = 0.0


@dataclass(frozen=True)
class ScoreInputs:
    """What the scoring rule read of a bullet, kept so that its verdict can be given again in
    the context of the bullet's file: each feature with the character spans of its words, and the
    other rules' findings before the verdict added its own or silenced any."""

    features: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Analysis:
    """Everything the detector says about one parsed bullet."""

    signals: tuple[str, ...]
    hits: tuple[SignalHit, ...]
    findings: tuple[Finding, ...]
    slots: Slots | None = None
    verdict: Verdict | None = None
    score_inputs: ScoreInputs | None = None


@dataclass(frozen=True)
class Suggestion:
    text: str
    angle: str
    placeholders: tuple[str, ...]
    questions: tuple[str, ...]
    notes: tuple[str, ...] = ()  # what the suggestion left out of the original, and why


@dataclass(frozen=True)
class BulletReport:
    bullet: Bullet
    signals: tuple[str, ...]
    findings: tuple[Finding, ...]
    signal_hits: tuple[SignalHit, ...] = ()
    slots: Slots | None = None
    suggestions: tuple[Suggestion, ...] = ()
    model_bullet: str | None = None  # the strong partner of the nearest weak example
    verdict: Verdict | None = None
    advice: str | None = None  # instead of suggestions: cut or merge a ceremonies-only bullet
    score_inputs: ScoreInputs | None = None  # to judge the bullet again in its file's context


@dataclass(frozen=True)
class ReadError:
    """Why an input has no bullets: a fault of the file (exit 2), or where po2pm's own code
    failed while reading it, a bug (internal: exit 3, and the user is asked to report it)."""

    message: str
    internal: bool = False


@dataclass(frozen=True)
class FileReport:
    path: str
    bullets: tuple[BulletReport, ...]
    error: ReadError | None = None  # set when the file could not be read; the run goes on
    # What the user should know about how the file was read: bullets left unchecked, lines that
    # are not claims, another language, no bullets at all. Never silent (see screen.py).
    notes: tuple[str, ...] = ()
    page_starts: tuple[int, ...] = ()  # PDF: the line on which each page starts, to name page and line
    # Bullets past the per-file cap, never checked: said even under --quiet, which leaves out
    # notes on how a file was read but must not leave a partial check unsaid.
    unchecked: int = 0

    def page_of(self, line: int) -> tuple[int, int] | None:
        """(page, line on that page) of a line of a PDF's rendered text; None for other files."""
        if not self.page_starts:
            return None
        page = max(index for index, first in enumerate(self.page_starts, 1) if first <= line) if line >= self.page_starts[0] else 1
        return page, line - self.page_starts[page - 1] + 1

    @property
    def notice(self) -> str | None:
        return "; ".join(self.notes) if self.notes else None


@dataclass(frozen=True)
class Report:
    files: tuple[FileReport, ...] = field(default_factory=tuple)

    def findings(self) -> Iterator[Finding]:
        for file in self.files:
            for bullet in file.bullets:
                yield from bullet.findings


# -- inputs -------------------------------------------------------------------------------------
TEXT_PATH = "<text>"
STDIN_PATH = "<stdin>"


@dataclass(frozen=True)
class Source:
    """One input: a file's text, stdin, or a bullet given with --text."""

    path: str
    text: str
    literal: bool = False  # --text bullets: one per line, each an item even without a list marker
    error: ReadError | None = None  # the input could not be read; reported, never parsed
    format: str = "text"  # text | markdown | latex | json | yaml (see formats/)
    encoding: str = "utf-8"  # how the file was written, so a rewrite can write it back the same way
    bom: bytes = b""
    digest: str = ""  # sha256 of the bytes read, to notice a file that changed before a write
    note: str | None = None  # how the file was read, when that is not what its name says
    includes: tuple[str, ...] = ()  # LaTeX: the files it includes, read as sources of their own
    included_from: str | None = None  # LaTeX: the file whose \input brought this one in
    section: str = ""  # LaTeX: the title of the section that \input sits under ("projects"), read under it
    page_starts: tuple[int, ...] = ()  # PDF: the line of the rendered text on which each page starts
    bullet_macros: tuple[str, ...] = ()  # LaTeX: macros the config names as holding a bullet
    lossy: bool = False  # bytes that were not valid in its encoding were replaced: never written back
    encoding_guessed: bool = False  # read in an encoding guessed from its bytes: no letter it lacks is written


@dataclass(frozen=True)
class Selection:
    """Which rule codes to report (empty select means all), and per-file exceptions."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    per_file_ignores: Callable[[str], frozenset[str]] | None = None

    def for_path(self, path: str) -> "Selection":
        if self.per_file_ignores is None:
            return self
        return Selection(self.select, self.ignore | self.per_file_ignores(path))

    def allows(self, code: str) -> bool:
        """A code or a prefix of codes, as ruff reads them: "PO1" selects or ignores PO100-PO199."""
        return (not self.select or code.startswith(tuple(self.select))) and not code.startswith(tuple(self.ignore))


# Editors count lines at \r\n, \r and \n only; str.splitlines() also breaks at form feeds,
# U+2028 and others, which would shift every line number after them.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
def split_lines(text: str) -> list[str]:
    """The lines of text as an editor numbers them (no line-break characters kept)."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # a final line break ends the last line; it does not start a new one
    return lines


def line_starts(text: str) -> list[int]:
    """Offset in text of the first character of each line, 1-based line n at index n - 1."""
    return [0] + [match.end() for match in _LINE_BREAK.finditer(text)]
