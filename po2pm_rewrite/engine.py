"""The one place that orders the stages: sources -> bullets -> docs -> findings -> reports."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from .extract import bullet_from_text, extract_bullets, literal_bullets
from .model import Bullet, BulletReport, Explanation, FileReport, Finding, Report
from .rules import RuleSet

TEXT_PATH = "<text>"
STDIN_PATH = "<stdin>"


@dataclass(frozen=True)
class Source:
    """One input: a file's text, stdin, or a bullet given with --text."""

    path: str
    text: str
    literal: bool = False  # --text bullets: one per line, each an item even without a list marker
    error: str | None = None  # the input could not be read; reported, never parsed


@dataclass(frozen=True)
class Selection:
    """Which rule codes to report (empty select means all)."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()

    def allows(self, code: str) -> bool:
        return (not self.select or code in self.select) and code not in self.ignore


class Linter:
    """Holds the rule set and, once needed, the spaCy pipeline and the compiled matchers."""

    def __init__(self, ruleset: RuleSet, model: str | None = None):
        self.ruleset = ruleset
        self._requested_model = model
        self._detector = None
        self._nlp = None

    @property
    def model_name(self) -> str:
        from .parse import resolve_model

        return resolve_model(self._requested_model)

    def _ensure_pipeline(self):
        if self._detector is None:
            from .detect import Detector, pattern_needs_entities
            from .parse import load_model

            self._nlp = load_model(self.model_name, pattern_needs_entities(self.ruleset))
            self._detector = Detector(self._nlp, self.ruleset)
        return self._nlp, self._detector

    def analyze(self, bullets: Sequence[Bullet]) -> list[BulletReport]:
        """Signals and findings for each bullet, all parsed in one nlp.pipe stream."""
        if not bullets:
            return []
        from .parse import parse

        nlp, detector = self._ensure_pipeline()
        reports = []
        for bullet, (item, doc) in zip(bullets, parse(nlp, [b.text for b in bullets])):
            signals, hits, findings, slots = detector.analyze(item, doc)
            reports.append(BulletReport(bullet, signals, findings, hits, slots))
        return reports

    def explain(self, text: str) -> Explanation:
        """How one bullet was parsed, which signals were seen and which patterns fired."""
        from .detect import token_rows
        from .parse import parse

        bullets = bullet_from_text(text)
        if not bullets:
            return Explanation(text.strip(), "", (), (), ())
        nlp, detector = self._ensure_pipeline()
        item, doc = next(iter(parse(nlp, [bullets[0].text])))
        _, hits, findings, _ = detector.analyze(item, doc)
        return Explanation(bullets[0].text, item.text, token_rows(doc, item), hits, findings)

    def check(self, sources: Iterable[Source], selection: Selection = Selection()) -> Report:
        sources = list(sources)
        per_source = [self._bullets(source) for source in sources]
        flat = [bullet for bullets in per_source for bullet in bullets]
        analyzed = iter(self.analyze(flat))
        files = []
        for source, bullets in zip(sources, per_source):
            reports = tuple(_select(next(analyzed), selection) for _ in bullets)
            files.append(FileReport(source.path, reports, source.error))
        return Report(tuple(files))

    @staticmethod
    def _bullets(source: Source) -> list[Bullet]:
        if source.error is not None:
            return []
        return literal_bullets(source.text) if source.literal else extract_bullets(source.text)


def _select(report: BulletReport, selection: Selection) -> BulletReport:
    kept: tuple[Finding, ...] = tuple(f for f in report.findings if selection.allows(f.rule))
    return replace(report, findings=kept)
