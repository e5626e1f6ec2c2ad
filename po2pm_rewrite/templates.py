"""Rewrite templates: Jinja text kept as data in rules/templates/, rendered in a sandbox.

A template folder may come from someone else's repository, so templates are compiled by Jinja's
SandboxedEnvironment (no access to Python internals) with StrictUndefined (a missing variable is an
error, never an empty string). Every [placeholder] a template uses must have a question in
placeholders.toml: the user is asked for each fact the suggestion does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from jinja2 import StrictUndefined, TemplateError, pass_context
from jinja2.sandbox import SandboxedEnvironment
from lemminflect import getInflection

from .errors import RuleError
from .rules import ANGLES, builtin_rules_dir, did_you_mean, read_toml

TEMPLATE_DIR = "templates"
PLACEHOLDERS_FILE = "placeholders.toml"
SLOT_NAMES = ("topic", "team", "people")
PLACEHOLDER = re.compile(r"\[([^\[\]]+)\]")
_ANGLE_KEYS = {"angle", "description", "signals", "archetypes", "templates"}
_TEMPLATE_KEYS = {"id", "text", "requires"}
_TAG_BY_TENSE = {"past": "VBD", "present": "VB", "present3": "VBZ", "gerund": "VBG"}


@dataclass(frozen=True)
class Template:
    id: str
    angle: str
    text: str
    requires: tuple[str, ...]
    placeholders: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Angle:
    name: str
    description: str
    signals: tuple[str, ...]  # the PM signals this angle brings to a bullet
    archetypes: tuple[str, ...]  # example archetypes this angle suits best (examples/pairs.tsv)
    templates: tuple[Template, ...]


@dataclass(frozen=True)
class TemplateSet:
    angles: tuple[Angle, ...]
    questions: dict[str, str]  # placeholder words -> the question that asks for them


def inflect(lemma: str, tense: str) -> str:
    """A verb in the bullet's tense: ("rank", "past") -> "ranked"."""
    forms = getInflection(lemma, tag=_TAG_BY_TENSE.get(tense, "VBD"))
    return forms[0] if forms else lemma


@pass_context
def _verb(context, lemma: str) -> str:
    return inflect(lemma, context["tense"])


def _ing(lemma: str) -> str:
    return inflect(lemma, "gerund")


def make_environment() -> SandboxedEnvironment:
    environment = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, trim_blocks=True)
    environment.filters["verb"] = _verb
    environment.filters["ing"] = _ing
    return environment


def load_templates(extra_dirs: Iterable[Path] = ()) -> TemplateSet:
    """Built-in templates, then each extra rule folder's templates/ (its angles add templates)."""
    folders = [builtin_rules_dir() / TEMPLATE_DIR]
    folders += [Path(folder) / TEMPLATE_DIR for folder in extra_dirs if (Path(folder) / TEMPLATE_DIR).is_dir()]
    questions: dict[str, str] = {}
    for folder in folders:
        questions.update(_read_questions(folder / PLACEHOLDERS_FILE))
    environment = make_environment()
    by_angle: dict[str, list[Template]] = {}
    meta: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            if path.name == PLACEHOLDERS_FILE:
                continue
            name, description, signals, archetypes, templates = _read_angle(path, questions, environment)
            by_angle.setdefault(name, []).extend(templates)
            meta.setdefault(name, (description, signals, archetypes))
    angles = tuple(
        Angle(name, *meta[name], tuple(by_angle[name])) for name in ANGLES if name in by_angle
    )
    return TemplateSet(angles, questions)


def _read_questions(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    table = read_toml(path, "template file").get("placeholders")
    if not isinstance(table, dict) or not all(isinstance(v, str) and v.strip() for v in table.values()):
        raise RuleError(f"{path}: field 'placeholders': must be a table of placeholder = \"question\"")
    return {key.strip(): value.strip() for key, value in table.items()}


def _read_angle(path: Path, questions: dict[str, str], environment: SandboxedEnvironment):
    data = read_toml(path, "template file")
    for key in data:
        if key not in _ANGLE_KEYS:
            raise RuleError(f"{path}: field '{key}': unknown key{did_you_mean(key, _ANGLE_KEYS)}")
    name = data.get("angle")
    if name not in ANGLES:
        raise RuleError(f"{path}: field 'angle': must be one of {', '.join(ANGLES)}{did_you_mean(str(name), ANGLES)}")
    raw_templates = data.get("templates", [])
    if not isinstance(raw_templates, list) or not raw_templates:
        raise RuleError(f"{path}: field 'templates': needs at least one [[templates]] entry")
    templates = tuple(_read_template(path, name, index, entry, questions, environment) for index, entry in enumerate(raw_templates))
    return (
        name,
        str(data.get("description", "")),
        tuple(data.get("signals", ())),
        tuple(data.get("archetypes", ())),
        templates,
    )


def _read_template(path: Path, angle: str, index: int, entry, questions: dict[str, str], environment) -> Template:
    where = f"templates[{index}]"
    if not isinstance(entry, dict):
        raise RuleError(f"{path}: field '{where}': must be a table with id and text")
    template_id = entry.get("id") if isinstance(entry.get("id"), str) else where
    label = f"{path}: template {template_id}"
    for key in entry:
        if key not in _TEMPLATE_KEYS:
            raise RuleError(f"{label}: field '{key}': unknown key{did_you_mean(key, _TEMPLATE_KEYS)}")
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RuleError(f"{label}: field 'text': must be a non-empty string")
    requires = tuple(entry.get("requires", ()))
    for slot in requires:
        if slot not in SLOT_NAMES:
            raise RuleError(f"{label}: field 'requires': unknown slot {slot!r}{did_you_mean(str(slot), SLOT_NAMES)}")
    try:
        environment.from_string(text)
    except TemplateError as error:
        raise RuleError(f"{label}: field 'text': template syntax error: {error}") from None
    placeholders = tuple(dict.fromkeys(match.strip() for match in PLACEHOLDER.findall(text)))
    for placeholder in placeholders:
        if placeholder not in questions:
            raise RuleError(
                f"{label}: field 'text': placeholder [{placeholder}] has no question in {PLACEHOLDERS_FILE}"
                f"{did_you_mean(placeholder, questions)}"
            )
    return Template(template_id, angle, text.strip(), requires, placeholders, str(path))
