"""The one place that orders the stages: sources -> bullets -> docs -> findings -> reports."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Sequence

from .errors import InputError, read_failure
from .formats import extract
from .model import (
    LISTING_SECTION_WORK,
    NO_ACT_IN_PARAGRAPH,
    PASSED_OVER,
    QUOTED,
    SHOWN_BY_EXTRACT,
    STDIN_PATH,
    UNREAD_SECTION,
    Analysis,
    Bullet,
    BulletReport,
    Explanation,
    FileReport,
    Finding,
    ReadError,
    Report,
    Screened,
    Selection,
    Skipped,
    Source,
)
from .rules import Rule, RuleSet

if TYPE_CHECKING:
    from spacy.language import Language

    from .cache import Cache
    from .detect import Detector
    from .rewrite import Candidate, Rewriter


@dataclass(frozen=True)
class WorkerSpec:
    """What a --jobs worker process needs to build the same pipeline (see workers.py)."""

    ruleset: RuleSet
    model: str | None
    rule_dirs: tuple[Path, ...]
    threshold: float | None


# No resume has this many bullets; past it, a file is something else (a log, a data dump), and
# checking it all would take minutes. The first ones are checked and the user is told.
MAX_BULLETS_PER_FILE = 2000
EVERY_RULE = Selection()  # report every rule's findings


class Linter:
    """Holds the rule set and, once needed, the spaCy pipeline and the compiled matchers."""

    def __init__(
        self,
        ruleset: RuleSet,
        model: str | None = None,
        rule_dirs: Sequence[Path] = (),
        cache_dir: Path | None = None,
        jobs: int = 1,
        threshold: float | None = None,
    ) -> None:
        """cache_dir: where results are cached per bullet (None: no cache); jobs: worker
        processes; threshold: the scoring rule's delivery-only threshold (None: the rule's own)."""
        self.ruleset = ruleset
        self._threshold = threshold
        self._requested_model = model
        self._rule_dirs = tuple(rule_dirs)
        self._cache_dir = cache_dir
        self._cache: Cache | None = None
        self._jobs = jobs
        self._detector: Detector | None = None
        self._nlp: Language | None = None
        self._rewriter: Rewriter | None = None
        self._length_rules = [rule for rule in ruleset.rules if rule.scope == "length"]
        self._score_rule = next((rule for rule in ruleset.rules if rule.scope == "score"), None)

    @property
    def model_name(self) -> str:
        """The model's name, chosen without loading or checking it: enough for the cache key."""
        from .models import choose_model

        return choose_model(self._requested_model)

    def cache(self) -> "Cache | None":
        """The per-bullet cache for this rule set and model, or None when caching is off."""
        if self._cache is None and self._cache_dir is not None:
            from . import __version__
            from .cache import Cache, user_secret
            from .models import model_version, spacy_version

            secret = user_secret()
            if secret is None:
                return None  # no secret of the user's to key it with: run without a cache
            name = self.model_name
            self._cache = Cache(
                self._cache_dir,
                f"{__version__}|{code_digest()}|spacy {spacy_version()}|{name}|{model_version(name)}|{self.ruleset.digest}|{self._threshold}",
                secret,
            )
        return self._cache

    def pipeline(self) -> tuple["Language", "Detector"]:
        """The spaCy pipeline and the detector, loaded and compiled on first use."""
        if self._detector is None:
            from .detect import Detector, pattern_needs_entities
            from .models import check_pipeline
            from .parse import load_model

            name = self.model_name
            check_pipeline(name)  # before anything of the model's is imported
            self._nlp = load_model(name, pattern_needs_entities(self.ruleset))
            self._detector = Detector(self._nlp, self.ruleset, self._threshold)
        assert self._nlp is not None  # loaded with the detector
        return self._nlp, self._detector

    def analyze(self, bullets: Sequence[Bullet], with_slots: bool = False) -> list[BulletReport]:
        """Signals and findings for each bullet, all parsed in one nlp.pipe stream. A bullet
        over a length rule's limit is reported by that rule and never given to the parser."""
        length_findings = {i: self._length_finding(b) for i, b in enumerate(bullets)}
        too_long = {i: finding for i, finding in length_findings.items() if finding is not None}
        parseable = [b for i, b in enumerate(bullets) if i not in too_long]
        parsed = iter(self._parse(parseable, with_slots))
        return [
            BulletReport(bullet, (), (too_long[i],)) if i in too_long else next(parsed)
            for i, bullet in enumerate(bullets)
        ]

    def _parse(self, bullets: Sequence[Bullet], with_slots: bool) -> list[BulletReport]:
        """Analyses from the cache where it has them; the rest parsed in one nlp.pipe stream.
        Slots (the user's facts) are read only when a rewrite needs them."""
        if not bullets:
            return []
        cache = self.cache()
        kind: Literal["analysis", "analysis+slots"] = "analysis+slots" if with_slots else "analysis"
        texts = list(dict.fromkeys(b.text for b in bullets))
        known = cache.get_many(kind, texts) if cache else {}
        missing = [text for text in texts if text not in known]
        if missing:
            from . import workers

            if workers.worth_it(len(missing), self._jobs):
                fresh = workers.analyze_in_workers(self, missing, with_slots, self._jobs)
            else:
                fresh = self.analyze_texts(missing, with_slots)
            if cache:
                cache.put_many(kind, fresh)
            known.update(fresh)
        reports = []
        for bullet in bullets:
            found = known[bullet.text]
            reports.append(
                BulletReport(bullet, found.signals, found.findings, found.hits, found.slots, verdict=found.verdict, score_inputs=found.score_inputs)
            )
        return reports

    def analyze_texts(self, texts: Sequence[str], with_slots: bool) -> dict[str, Analysis]:
        """text -> its analysis, all parsed here in one nlp.pipe stream."""
        from .parse import parse

        nlp, detector = self.pipeline()
        return {item.source: detector.analyze(item, doc, with_slots) for item, doc in parse(nlp, texts, detector.forms)}

    def worker_spec(self) -> WorkerSpec:
        return WorkerSpec(self.ruleset, self._requested_model, self._rule_dirs, self._threshold)

    @classmethod
    def from_worker_spec(cls, spec: WorkerSpec) -> "Linter":
        return cls(spec.ruleset, spec.model, spec.rule_dirs, threshold=spec.threshold)

    def _length_finding(self, bullet: Bullet) -> Finding | None:
        for rule in self._length_rules:
            if len(bullet.text) > rule.max_chars:
                return Finding(rule.code, rule.name, rule.severity, rule.message.format(match=""), 0, len(bullet.text), f"length over {rule.max_chars}", rule.angle)
        return None

    def explain(self, text: str) -> Explanation:
        """How one bullet was parsed, which signals were seen and which patterns fired."""
        from .detect import token_rows
        from .extract import bullet_from_text
        from .parse import parse

        bullets = bullet_from_text(text)
        if not bullets:
            return Explanation(text.strip(), "", (), (), ())
        nlp, detector = self.pipeline()
        item, doc = next(iter(parse(nlp, [bullets[0].text], detector.forms)))
        found = detector.analyze(item, doc)
        return Explanation(bullets[0].text, item.text, token_rows(doc, item), found.hits, found.findings, found.verdict)

    def check(self, sources: Sequence[Source], selection: Selection = EVERY_RULE, with_slots: bool = False) -> Report:
        read = self.extract_report(sources)
        capped = [kept[:MAX_BULLETS_PER_FILE] for kept, _, _, _ in read]
        analyzed = iter(self.analyze([bullet for bullets in capped for bullet in bullets], with_slots))
        files = []
        for source, bullets, (kept, _, notes, error) in zip(sources, capped, read):
            chosen = selection.for_path(source.path)
            reports = tuple(_select(report, chosen) for report in self.in_context([next(analyzed) for _ in bullets]))
            files.append(FileReport(source.path, reports, error, notes, source.page_starts, len(kept) - len(bullets)))
        return Report(tuple(files))

    def in_context(self, reports: Sequence[BulletReport]) -> list[BulletReport]:
        """One file's bullet reports, each verdict given again beside the file's other bullets."""
        from .verdicts import in_file_context

        return in_file_context(reports, self._score_rule)

    def extract_report(self, sources: Sequence[Source]) -> list[tuple[list[Bullet], list[Skipped], tuple[str, ...], ReadError | None]]:
        """For `po2pm extract`: per source, the bullets kept, the lines left out (with why), the
        notes and the error; nothing is parsed."""
        result = []
        for source, (screened, error) in zip(sources, self._screen_all(sources)):
            kept, skipped = list(screened.kept), list(screened.skipped)
            if source.literal:
                kept, skipped = _as_given(kept, skipped)
            notes = _notes(source, screened.found, kept, skipped, error, screened.foreign) + self._comment_notes(source, error)
            result.append((kept, skipped, notes, error))
        return result

    def _comment_notes(self, source: Source, error: ReadError | None) -> tuple[str, ...]:
        """Notes on the file's comments: po2pm comments it cannot follow, and a comment (or code
        fence) never closed, which hides the rest of the file."""
        from .formats import comment_problems, hidden_to_the_end

        if error is not None or source.literal:
            return ()
        hidden = tuple(hidden_to_the_end(source.text, source.format))
        if source.format == "json":
            from .formats.jsontext import trailing_comma_notes

            hidden += tuple(trailing_comma_notes(source.text))
        if "po2pm" not in source.text:
            return hidden
        known = frozenset(self.ruleset.codes) | frozenset(rule.name.upper() for rule in self.ruleset.rules)
        return tuple(comment_problems(source.text, source.format, known)) + hidden

    def rewriter(self) -> "Rewriter":
        if self._rewriter is None:
            from .rewrite import Rewriter
            from .rules import LEXICON_DIR, builtin_rules_dir, read_lexicon
            from .templates import load_advice, load_questions, load_templates

            lexicons = builtin_rules_dir() / LEXICON_DIR
            self._rewriter = Rewriter(
                load_templates(self._rule_dirs), load_pairs(), frozenset(read_lexicon(lexicons, "tools")),
                load_questions(self._rule_dirs), load_advice(self._rule_dirs), frozenset(read_lexicon(lexicons, "ceremonies")),
            )
        return self._rewriter

    def rewrite(self, sources: Sequence[Source], selection: Selection = EVERY_RULE) -> Report:
        """check, then suggestions for every flagged bullet. Each candidate is itself checked,
        all in one more nlp.pipe batch, and any that the rules would flag is dropped. The
        candidates left are then chosen file by file, so that no sentence shape leads more than
        twice in one file."""
        report = self.check(sources, selection, with_slots=True)
        flagged = {
            (f, b): _rewrite_key(bullet)
            for f, file in enumerate(report.files)
            for b, bullet in enumerate(file.bullets)
            if bullet.findings
        }
        cache = self.cache()
        known = cache.get_many("rewrite", set(flagged.values())) if cache else {}
        todo = {place: key for place, key in flagged.items() if key not in known}
        if todo:
            known.update(self._usable_candidates(report, todo))
            if cache:
                cache.put_many("rewrite", {key: known[key] for key in set(todo.values())})
        rewriter = self.rewriter()
        files = []
        for f, file in enumerate(report.files):
            shapes_used: dict[str, int] = {}
            bullets = []
            for b, bullet in enumerate(file.bullets):
                if (f, b) in flagged:
                    bullet = rewriter.finish(bullet, list(known[flagged[(f, b)]]), shapes_used)
                bullets.append(bullet)
            files.append(replace(file, bullets=tuple(bullets)))
        return Report(tuple(files))

    def _usable_candidates(self, report: Report, todo: dict[tuple[int, int], str]) -> dict[str, tuple["Candidate", ...]]:
        """For each bullet not in the cache: its candidates that the rules pass, keyed as in the cache."""
        from .extract import bullet_from_text

        rewriter = self.rewriter()
        pending = {place: rewriter.candidates(report.files[place[0]].bullets[place[1]]) for place in todo}
        examples = rewriter.templates.examples
        prose = list(dict.fromkeys(c.filled(examples) for candidates in pending.values() for c in candidates))
        checkable = [(text, found[0]) for text in prose if (found := bullet_from_text(text))]
        checked = self.analyze([bullet for _, bullet in checkable])
        clean = {text for (text, _), result in zip(checkable, checked) if not result.findings}
        return {key: tuple(c for c in pending[place] if c.filled(examples) in clean) for place, key in todo.items()}

    def _screen_all(self, sources: Sequence[Source]) -> list[tuple[Screened, ReadError | None]]:
        """Every source's lines, read and screened; an unchanged file's come from the cache, so a
        re-check neither reads nor screens it (nor loads the screen's patterns)."""
        cache = self.cache()
        # Piped text is read a line at a time where a file's is not, so the key says which it was.
        keys = {
            i: f"{s.format}|{' '.join(s.bullet_macros)}|{s.section}|{'stdin' if s.path == STDIN_PATH else 'file'}\n{s.text}"
            for i, s in enumerate(sources)
            if s.error is None and not s.literal
        }
        known = cache.get_many("screened", set(keys.values())) if cache and keys else {}
        results: list[tuple[Screened, ReadError | None]] = []
        fresh: dict[str, Screened] = {}
        for i, source in enumerate(sources):
            key = keys.get(i)
            if key is not None and key in known:
                results.append((known[key], None))
                continue
            bullets, error = self._bullets(source)
            screened = _screened(bullets, paragraphs=not source.literal, text=source.text)
            results.append((screened, error))
            if key is not None and error is None:
                fresh[key] = screened
        if cache and fresh:
            cache.put_many("screened", fresh)
        return results

    @staticmethod
    def _bullets(source: Source) -> tuple[list[Bullet], ReadError | None]:
        """The source's bullets, or the reason it has none (unreadable, or broken JSON/YAML)."""
        from .extract import literal_bullets

        if source.error is not None:
            return [], source.error
        if source.literal:
            return literal_bullets(source.text), None
        try:
            found = extract(source.text, source.format, source.bullet_macros, source.section)
        except InputError as error:
            return [], ReadError(str(error))
        except RecursionError:
            return [], ReadError(f"nested too deeply to read as {source.format}")
        except Exception as error:  # one file po2pm cannot read must not cost the other inputs
            return [], read_failure(source.format, error)
        if not found and source.path == STDIN_PATH and source.format == "text":
            # Piped text with no structure at all ("echo 'Groomed the backlog' | po2pm check"):
            # each line that reads as a sentence is a bullet.
            found = [b for b in literal_bullets(source.text) if len(b.text.split()) >= 2]
        return found, None


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of po2pm's own Python files: a changed line of code is a new cache namespace."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _rewrite_key(bullet: BulletReport) -> str:
    """Suggestions depend on the text and on which findings were reported (the first one's rule
    leads the ranking), so both make the cache key."""
    return ",".join(f.rule for f in bullet.findings) + "\n" + bullet.bullet.text


# What each reader looked for, said when it found nothing (see docs/input-handling.md).
_LOOKED_FOR = {
    "markdown": "no list item, and no sentence under an Experience or Projects heading, outside the sections it skips",
    "html": "no <li> item that reads as a claim, and no paragraph under an Experience or Projects heading, outside the sections it skips",
    "json": "no highlights or other bullet list, and no summary of a job or project",
    "yaml": "no highlights or other bullet list, and no summary of a job or project",
    "javascript": "no object or array literal with highlights or another bullet list, or the summary of a job or project",
    "text": "no marked line, and no sentence under an Experience heading",
    "docx": "no list paragraph, no line opening with a bullet glyph, and no sentence under an Experience heading",
    "pdf": "no line opening with a bullet glyph, and no sentence under an Experience heading",
    "latex": "no \\item, no macro the file defines around \\item, no paragraph under an Experience or Projects title",
}


# A line given with --text is a bullet by the user's word: a short one is not set aside for its
# shape (a Word user's trial: `check --text "Daily stand-ups"` checked nothing and exited 0, while
# `explain` read it as delivery-only at 0.91). A skills list or another language still is.
_SHAPES_OF_A_TERSE_BULLET = frozenset({"keyword", "certificate", "job title"})


def _as_given(kept: list[Bullet], skipped: list[Skipped]) -> tuple[list[Bullet], list[Skipped]]:
    given = [item.bullet for item in skipped if item.reason in _SHAPES_OF_A_TERSE_BULLET]
    if not given:
        return kept, skipped
    order = sorted(kept + given, key=lambda bullet: (bullet.start.line, bullet.start.column))
    return order, [item for item in skipped if item.reason not in _SHAPES_OF_A_TERSE_BULLET]


def _is_baseline(text: str) -> bool:
    from .formats.jsonresume import is_baseline_document

    try:
        return is_baseline_document(json.loads(text))
    except (ValueError, RecursionError):
        return False


def _screened(bullets: list[Bullet], paragraphs: bool, text: str = "") -> Screened:
    from .screen import screen

    kept, skipped = screen(bullets, paragraphs)
    found = sum(1 for bullet in bullets if not bullet.passed_over)  # lines passed over were never claims
    foreign = paragraphs and _written_in_another_language(text)  # a file's, not a bullet given alone
    return Screened(found, tuple(kept), tuple(skipped), foreign)


def unchecked_note(found: int) -> str:
    return f"{found} list items found; only the first {MAX_BULLETS_PER_FILE} were checked (is this a resume?)"


# What a page's menu gives as list items: words and links, no claim.
_NAVIGATION = frozenset({"keyword", "link"})


def _notes(
    source: Source, found: int, kept: list[Bullet], skipped: list[Skipped], error: ReadError | None, foreign: bool = False
) -> tuple[str, ...]:
    """Never silent: what a user should know about how this source was read (`found`: how many
    lines the reader found, before the screen; `foreign`: most of its words are another language's)."""
    if error is not None:
        return ()
    if not kept and all(item.reason in _NAVIGATION or item.bullet.passed_over for item in skipped):
        # a page's menu items ("Overview", "Engagements") are no sign of bullets: say what was
        # looked for (set RD: three of them hid that note, and the error pointed at it)
        found = 0
    notes = ([source.note] if source.note else []) + _skipped_notes(skipped, source.format)
    if found and foreign:
        # said once for the file: its lines that read as English were checked, the rest were not;
        # first where some were checked, after the lines left out where none was (set RG: a Chinese
        # page's work paragraphs, which no line-by-line note could name)
        note = "most of this file is in another language: po2pm reads English resumes, so most of its lines were not read as claims"
        notes.insert(0 if kept else len(notes), note)
    if len(kept) > MAX_BULLETS_PER_FILE:
        notes.append(unchecked_note(len(kept)))
    if found and source.format == "javascript":
        from .formats.jsdata import unclosed_literal_line

        line = unclosed_literal_line(source.text)
        if line is not None:
            notes.append(f"the literal that opens at line {line} never closes (a bracket or a quote is missing): read up to there")
    if not found and source.includes:
        notes.append("no bullets in this file itself; the files it includes are read as inputs of their own")
    elif not found and source.included_from:
        # a summary or education part; say what was looked for, and under which title of the
        # including file, so a part read as empty is never a mystery (set O)
        from .extract import is_achievement_section

        why = _LOOKED_FOR.get(source.format, "no list item")
        if source.section and not is_achievement_section(source.section):
            why = f"its \\input stands under '{source.section}' there, a section po2pm does not read"
        notes.append(f"no bullets in this part of {source.included_from} ({why})")
    elif not found and source.format == "json" and _is_baseline(source.text):
        notes.append("a po2pm baseline file (--baseline), not a resume: not read")
    elif not found and not source.literal and source.format not in ("docx", "pdf") and _written_in_another_script(source.text):
        # set Y: a Chinese HTML resume was told it had "no <li> item" (it has 17)
        notes.append(f"no bullets found (read as {source.format}): most of its words are in another script, and po2pm reads English resumes")
    elif not found and not source.literal and not source.text.strip() and source.format not in ("docx", "pdf"):
        notes.append("the file is empty")  # set AR: an empty file was told what was looked for in it
    elif not found and not source.literal:
        if source.format == "text" and source.path != STDIN_PATH:
            # A file of bare lines: no heading says which are achievements; piped, each line is one.
            read_as = "text: no list markers, and no Experience heading above its lines"
            passed_over = any(item.reason == PASSED_OVER for item in skipped)
            titles_only = not passed_over and _has_an_achievement_heading(source.text)
            if passed_over or titles_only:
                # set AD: "Experience" was there, and the note said it was not; set AR: a heading
                # over job titles, employers and dates only
                read_as = "text: no list markers, and no line under its Experience heading opens with an act of yours"
            hint = f"if each line is a bullet, pipe it: `po2pm check - < {source.path}`"
            if _marks_inside_long_lines(source.text):
                # round RI: a PDF's text dumped as one line, its 29 "•" marks inside it, was told
                # it had no list markers
                read_as = "text: its list marks stand inside long lines, not at the start of a line"
                hint = "put each item on a line of its own, starting with its mark, then check the file again"
            elif titles_only:
                # piped, the titles and dates under it would be checked as claims
                hint = "under each job, write what you did there, one line each, opening with your own verb"
        else:
            # Say what was looked for (`po2pm extract` prints this note too: no pointing at itself).
            read_as = f"{source.format}: {_LOOKED_FOR.get(source.format, 'no list item outside the sections it skips')}"
            hint = "if this is a resume in another format, try --input-format"
            if source.format == "html" and _holds_a_text_block(source.text):
                # set AA: a page whose whole resume is one fixed-width <pre> block of text
                hint = "its text is in a <pre> block, which po2pm does not read as a resume: save that block as a .txt file and check it"
            if source.format in ("docx", "latex", "json", "yaml", "javascript"):
                # --input-format cannot help: a Word, LaTeX, JSON, YAML or JavaScript file is read as what it
                # is (set P: a YAML file of third-person project descriptions was told to try it).
                hint = "check a line of it with `po2pm check --text \"...\"`"
            elif source.format == "pdf":
                hint = "a PDF whose lines carry no bullet marks reads better from the document it was made from (.docx, .md, .tex)"
        notes.append(f"no bullets found (read as {read_as}); {hint}")
    return tuple(notes)


def _marks_inside_long_lines(text: str) -> bool:
    """Three list marks or more inside one line of 300 characters or more: a resume's text
    flattened onto few lines, whose items a line-by-line reader cannot see."""
    from .extract import INLINE_GLYPHS

    return any(len(line) >= 300 and sum(line.count(glyph) for glyph in INLINE_GLYPHS) >= 3 for line in text.splitlines())


def _has_an_achievement_heading(text: str) -> bool:
    from .extract import is_achievement_section, section_title

    return any((title := section_title(line, False)) is not None and is_achievement_section(title) for line in text.splitlines()[:2000])


def _holds_a_text_block(page: str) -> bool:
    """A <pre> block of five lines or more: a page that holds its resume as fixed-width text."""
    lower = page.lower()
    start = lower.find("<pre")
    while start >= 0:
        end = lower.find("</pre", start)
        if end < 0:
            return False
        if lower.count("\n", start, end) >= 5:
            return True
        start = lower.find("<pre", end)
    return False


# A tag (never across another "<", so a page of unclosed ones is read in linear time) or a macro.
_MARKUP = re.compile(r"<[^<>]*>|\\[A-Za-z]+")


def _written_in_another_language(text: str) -> bool:
    """Most of the file's function words, its markup aside, another language's."""
    from .screen import mostly_another_script, mostly_in_another_language

    plain = _MARKUP.sub(" ", text)
    return mostly_in_another_language(plain) or mostly_another_script(plain)


def _written_in_another_script(text: str) -> bool:
    """Most of the file's words, its markup and LaTeX macros aside, in a script other than Latin."""
    from .screen import mostly_another_script

    return mostly_another_script(_MARKUP.sub(" ", text))


def _skipped_notes(skipped: list[Skipped], file_format: str = "") -> list[str]:
    """One note per reason: what was left out, and why."""
    counts = Counter(item.reason for item in skipped)
    notes = []
    for reason, count in sorted(counts.items()):
        plural = "s" if count != 1 else ""
        if reason == "another language":
            notes.append(f"{count} line{plural} in another language not checked: po2pm reads English resumes")
        elif reason == "line with no words":
            notes.append(f"{count} line{plural} with no words not checked{SHOWN_BY_EXTRACT}")
        elif reason == "note to the reader":
            notes.append(f"{count} line{plural} written to the reader (a link to a profile, a copyright) not checked{SHOWN_BY_EXTRACT}")
        elif reason == "dates":
            notes.append(f"{count} line{plural} of dates only not checked{SHOWN_BY_EXTRACT}")
        elif reason == UNREAD_SECTION:
            notes.append(
                f"{count} paragraph{plural} of work under a heading po2pm does not read as Experience or Projects: not checked; "
                f"to have them checked, put them under an Experience heading{SHOWN_BY_EXTRACT}"
            )
        elif reason == QUOTED:
            notes.append(
                f"{count} line{plural} inside a quotation (<blockquote>) not checked: po2pm reads a quote as someone else's words "
                f"unless it opens with an act of yours; to have one checked, take it out of the quotation{SHOWN_BY_EXTRACT}"
            )
        elif reason == NO_ACT_IN_PARAGRAPH:
            notes.append(f"{count} sentence{plural} of a paragraph about the product or the role, not your work: not checked{SHOWN_BY_EXTRACT}")
        elif reason == PASSED_OVER:
            # set AD: "Toshiba Medical Systems Europe: writing and producing ..." lines, dropped in silence
            notes.append(
                f"{count} line{plural} under a section of claims with no list mark, not opening with an act of yours"
                f" (wrote, led, ran ...): not checked; to have one checked, {_HOW_TO_MARK.get(file_format, _MARK_BY_HAND)}{SHOWN_BY_EXTRACT}"
            )
        elif reason == LISTING_SECTION_WORK:
            notes.append(
                f"{count} line{plural} of work under a section po2pm reads as a list (Skills, Education, Awards ...): not checked; "
                f"to have them checked, put them under an Experience or Projects heading{SHOWN_BY_EXTRACT}"
            )
        elif reason == "line about the employer":
            notes.append(f"{count} line{plural} about the employer, not about your work: not checked{SHOWN_BY_EXTRACT}")
        else:
            notes.append(f"{count} line{plural} read as a {reason}, not as a claim about your work: not checked{SHOWN_BY_EXTRACT}")
    return notes


# How to have a line po2pm passed over checked, in each format: a PDF cannot be edited, and a Word
# list is made with Word's own bullets (sets AO and AP: "start it with '- '" was said to both).
_MARK_BY_HAND = "start it with '- '"
_HOW_TO_MARK = {
    "pdf": 'check it with po2pm check --text "..."',
    "docx": "make it a bulleted list item in Word, or check it with po2pm check --text \"...\"",
}


def shipped_pairs_path() -> Path:
    return Path(__file__).resolve().parent / "examples" / "pairs.tsv"


def load_pairs() -> list[tuple[str, str, str]]:
    """The project's weak/strong example pairs (archetype, weak, strong), shipped in the package."""
    path = shipped_pairs_path()
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            archetype, weak, strong = line.split("\t")
            pairs.append((archetype, weak, strong))
    return pairs


def _select(report: BulletReport, selection: Selection) -> BulletReport:
    """The findings the user's selection and the bullet's own ignores allow; the scoring rule's,
    kept on standby, only where no other warning is left."""
    allowed = report.bullet.allows
    kept = [f for f in report.findings if selection.allows(f.rule) and allowed(f.rule, f.name)]
    if any(f.severity.rank >= 2 and not f.standby for f in kept):
        kept = [f for f in kept if not f.standby]
    return replace(report, findings=tuple(replace(f, standby=False) if f.standby else f for f in kept))


def example_failures(linter: Linter, rules: Sequence[Rule]) -> list[str]:
    """Each way the rules' own examples do not hold: a flag example the rule does not flag, or flags
    in other words than the [bracketed] ones; a pass example it flags. Empty when all hold."""
    from .extract import bullet_from_text

    failures = []
    for rule in rules:
        for text, spans in zip(rule.examples_flag, rule.examples_flag_spans):
            report = linter.analyze(bullet_from_text(text))[0]
            found = sorted({(f.start, f.end) for f in report.findings if f.rule == rule.code})
            expected = sorted(spans) if spans else [(0, len(text))]
            if not found:
                failures.append(f"{rule.code}: does not flag its example {text!r}")
            elif found != expected:
                shown = ", ".join(repr(text[start:end]) for start, end in found)
                failures.append(f"{rule.code}: flags {shown}, not the [bracketed] words, in {text!r}")
        for text in rule.examples_pass:
            if any(f.rule == rule.code for f in linter.analyze(bullet_from_text(text))[0].findings):
                failures.append(f"{rule.code}: flags its pass example {text!r}")
    return failures

