"""Stage 4: findings + slots -> suggestions. Plain Python; spaCy is not needed here.

For a flagged bullet, each PM angle the bullet lacks gets one rendered template. A rendering is
cleaned (spacing, articles, doubled words), then kept only if it invents nothing: no number,
money amount, capitalised name, scale word or result verb that the original does not hold. What
only the user knows stays a [placeholder] with a question. The engine then runs the project's
own rules over the survivors and drops any that would itself be flagged.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Sequence

from jinja2 import TemplateError
from jinja2.exceptions import SecurityError
from lemminflect import getAllLemmas
from rapidfuzz import fuzz, process

from .errors import RuleError
from .model import BulletReport, Slots, Suggestion
from .templates import PLACEHOLDER, Angle, Template, TemplateSet, make_environment

MAX_CHARS = 200
MAX_SUGGESTIONS = 3
MODEL_BULLET_MIN_SCORE = 55

_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen",
    "half", "double", "twice", "triple", "percent", "%",
}
# Verbs that claim a result. A suggestion may use one only if the original did, or inside a placeholder.
_RESULT_VERBS = {
    "increase", "reduce", "lift", "raise", "grow", "boost", "double", "triple", "halve", "cut",
    "decrease", "improve", "lower", "save", "drive", "generate", "earn", "deliver", "achieve",
}
_VOWEL_SOUND_EXCEPTIONS = {"hour", "honest", "honour", "honor", "heir"}
_CONSONANT_SOUND_EXCEPTIONS = ("user", "use", "uni", "one", "once", "euro", "eu", "ux", "url", "usa")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,]*")
_DEBRIS = ("{{", "}}", "{%", "%}", "[[", "]]", "[]", "None", "Undefined")


@dataclass(frozen=True)
class Candidate:
    text: str
    angle: str
    template_id: str
    placeholders: tuple[str, ...]

    @property
    def as_prose(self) -> str:
        """The suggestion with each placeholder read as the words inside it, for the self-check."""
        return PLACEHOLDER.sub(lambda m: m.group(1), self.text)


class Rewriter:
    def __init__(self, templates: TemplateSet, pairs: Sequence[tuple[str, str, str]] = ()):
        """pairs: (archetype, weak, strong) examples; the nearest weak one informs the ranking."""
        self.templates = templates
        self._pairs = list(pairs)
        self._weak = [weak for _, weak, _ in self._pairs]
        self._nearest: dict[str, tuple[str, str, str] | None] = {}  # candidates() and finish() both ask
        self._environment = make_environment()
        self._compiled = {
            (template.source, template.id): self._environment.from_string(template.text)
            for angle in templates.angles
            for template in angle.templates
        }

    def nearest_pair(self, text: str) -> tuple[str, str, str] | None:
        if text not in self._nearest:
            found = None
            if self._weak:
                found = process.extractOne(text, self._weak, scorer=fuzz.token_set_ratio, score_cutoff=MODEL_BULLET_MIN_SCORE)
            self._nearest[text] = self._pairs[found[2]] if found else None
        return self._nearest[text]

    def candidates(self, report: BulletReport) -> list[Candidate]:
        """Renderings for the bullet, best first, one per angle (more than will be shown)."""
        slots = report.slots or Slots()
        pair = self.nearest_pair(report.bullet.text)
        archetype = pair[0] if pair else None
        found = []
        for angle in self._ranked_angles(report, archetype, report.bullet.text):
            candidate = self._render_angle(angle, report.bullet.text, slots)
            if candidate is not None:
                found.append(candidate)
        return found

    def _ranked_angles(self, report: BulletReport, archetype: str | None, original: str) -> list[Angle]:
        present = set(report.signals)
        first_rule_angle = _first_angle(report)

        def score(angle: Angle) -> int:
            value = 0
            if angle.name == first_rule_angle:
                value += 4
            if not present.intersection(angle.signals):
                value += 2
            if archetype and archetype in angle.archetypes:
                value += 1
            return value

        # An angle whose signals the bullet already shows has nothing to add. Equal scores are
        # ordered by a stable per-bullet hash, so bare bullets do not all open the same way.
        useful = [angle for angle in self.templates.angles if not set(angle.signals) <= present]
        spin = zlib.crc32(original.encode())
        return sorted(useful, key=lambda angle: (-score(angle), (zlib.crc32(angle.name.encode()) ^ spin) & 0xFFFF))

    def _render_angle(self, angle: Angle, original: str, slots: Slots) -> Candidate | None:
        """The rendering that keeps most of the user's own words; among equals, a stable choice
        per bullet, so that different bullets do not all land on the same sentence."""
        spin = zlib.crc32(f"{angle.name}:{original}".encode())
        facts = [value for value in (slots.topic, slots.team, slots.people, slots.customers) if value]
        best, best_key = None, None
        for template in angle.templates:
            if not all(getattr(slots, slot) for slot in template.requires):
                continue
            text = self._render(template, slots)
            if text is None or invented(text, original):
                continue
            key = (sum(fact in text for fact in facts), (zlib.crc32(template.id.encode()) ^ spin) & 0xFFFF)
            if best_key is None or key > best_key:
                best, best_key = Candidate(text, angle.name, template.id, _placeholders_in(text)), key
        return best

    def _render(self, template: Template, slots: Slots) -> str | None:
        variables = template_variables(slots)
        try:
            text = self._compiled[(template.source, template.id)].render(**variables)
        except SecurityError as error:
            raise RuleError(f"{template.source}: template {template.id}: field 'text': blocked by the sandbox: {error}") from None
        except TemplateError as error:  # StrictUndefined: a variable the template needs does not exist
            raise RuleError(f"{template.source}: template {template.id}: field 'text': {error}") from None
        text = tidy(text, slots.tense)
        if len(text) > MAX_CHARS or has_debris(text):
            return None
        return text

    def finish(self, report: BulletReport, candidates: list[Candidate], clean: set[str]) -> BulletReport:
        """Keep the candidates the self-check passed, top three, with their questions."""
        from dataclasses import replace

        kept = [c for c in candidates if c.as_prose in clean][:MAX_SUGGESTIONS]
        suggestions = tuple(
            Suggestion(c.text, c.angle, c.placeholders, tuple(self.templates.questions[p] for p in c.placeholders))
            for c in kept
        )
        pair = self.nearest_pair(report.bullet.text)
        return replace(report, suggestions=suggestions, model_bullet=pair[2] if pair else None)


def _first_angle(report: BulletReport) -> str | None:
    for finding in report.findings:
        if finding.angle:
            return finding.angle
    return None


def template_variables(slots: Slots) -> dict[str, str]:
    """What a template may use. `area` and `work` carry the user's topic and team wherever they
    exist, so every template keeps them; `with_people` does the same for the people named."""
    team = _with_article(slots.team)
    if slots.topic:
        area = f"{slots.topic} for {team}" if team else slots.topic
        work = area
    elif team:
        area = f"the product for {team}"
        work = f"the work of {team}"
    else:
        area, work = "the product", "the work"
    return {
        "tense": slots.tense,
        "topic": slots.topic,
        "team": team,
        "people": slots.people,
        "customers": slots.customers,
        "area": area,
        "work": work,
        "for_team": f" for {team}" if team and team not in area else "",
        "with_people": f" with {slots.people}" if slots.people else "",
    }


def _with_article(noun_phrase: str) -> str:
    """"mobile app team" -> "the mobile app team"; "two teams" and "the claims team" stay."""
    if not noun_phrase:
        return ""
    first = noun_phrase.split()[0].lower()
    if first in {"the", "a", "an", "our", "my", "their", "two", "three", "four", "five", "several", "all", "both"} or first[0].isdigit():
        return noun_phrase
    if noun_phrase.endswith("s"):
        return noun_phrase
    return f"the {noun_phrase}"


def _placeholders_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(match.strip() for match in PLACEHOLDER.findall(text)))


# -- reads like a person wrote it --------------------------------------------------------------
def tidy(text: str, tense: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"([,;:])(?=\S)", r"\1 ", text)
    text = _drop_doubled_words(text)
    text = _fix_articles(text)
    return text[:1].upper() + text[1:]


def _drop_doubled_words(text: str) -> str:
    return re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", text, flags=re.IGNORECASE)


def _fix_articles(text: str) -> str:
    def choose(match: re.Match) -> str:
        article, following = match.group(1), match.group(2)
        word = following.lstrip("[").lower()
        wants_an = _starts_with_vowel_sound(word)
        fixed = "an" if wants_an else "a"
        if article[0].isupper():
            fixed = fixed.capitalize()
        return f"{fixed} {following}"

    return re.sub(r"\b(a|an|A|An)\s+(\[?[A-Za-z][\w'-]*)", choose, text)


def _starts_with_vowel_sound(word: str) -> bool:
    if any(word.startswith(prefix) for prefix in _VOWEL_SOUND_EXCEPTIONS):
        return True
    if word.startswith(_CONSONANT_SOUND_EXCEPTIONS):
        return False
    return word[:1] in "aeiou"


def has_debris(text: str) -> bool:
    return any(mark in text for mark in _DEBRIS) or bool(re.search(r"\s{2,}", text))


# -- never invent ------------------------------------------------------------------------------
def _words_outside_placeholders(text: str) -> list[str]:
    return _WORD.findall(PLACEHOLDER.sub(" ", text))


def _lemmas(word: str) -> set[str]:
    lower = word.lower()
    found = {lower}
    for group in getAllLemmas(lower).values():
        found.update(group)
    return found


def invented(suggestion: str, original: str) -> list[str]:
    """What the suggestion states that the original does not: numbers, money, names, scale
    words, result verbs. Empty means nothing was invented."""
    original_words = {w.lower() for w in _WORD.findall(original)}
    original_lemmas = set().union(*(_lemmas(w) for w in original_words)) if original_words else set()
    problems = []
    for symbol in "$€£¥%":
        if symbol in PLACEHOLDER.sub(" ", suggestion) and symbol not in original:
            problems.append(symbol)
    words = _words_outside_placeholders(suggestion)
    for index, word in enumerate(words):
        lower = word.lower()
        if word[0].isdigit() and lower not in original_words:
            problems.append(word)
        elif lower in _NUMBER_WORDS and lower not in original_words:
            problems.append(word)
        elif index > 0 and word[0].isupper() and lower not in original_words:
            problems.append(word)  # a name, product or tool the user never mentioned
        elif _lemmas(word) & _RESULT_VERBS and not _lemmas(word) & original_lemmas:
            problems.append(word)
    return problems
