"""YAML resumes (RenderCV and similar): `highlights:` lists, the bullet lists of other schemas
(`bullets:`, `details:`, `- content: ...` items: formats/keys.py) and `- bullet:` entries anywhere
outside education, skills and settings.

Loaded with the round-trip loader of the ruamel.yaml copy that srsly (a spaCy dependency) ships:
it keeps each item's line and column and builds no Python objects from tags. The scalar's text is
then aligned with the file from that position, so folded lines and quotes map back exactly.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from ..errors import InputError
from ..extract import is_achievement_section, section_key
from ..model import Bullet, line_starts
from .keys import (
    ITEM_TEXT_KEYS,
    UNREAD_PARAGRAPH,
    child_entry_lists,
    entry_list_of,
    group_list,
    holds_bullets,
    holds_no_claims,
    is_education_entry,
    is_entry_claim,
    key_name,
    opens_as_a_claim,
    told_unread,
    unread_entry_text,
)
from .mapped import MappedText, written_as_a_list

if TYPE_CHECKING:
    from srsly.ruamel_yaml.comments import CommentedMap, CommentedSeq

_YAML_ESCAPES = {"n": 1, "t": 1, '"': 1, "\\": 1, "/": 1, "0": 1, "r": 1, " ": 1, "x": 3, "u": 5, "U": 9}


# What the walk collects: line, column (0-based), the text, and why it is told and not read ("": read).
_Found: TypeAlias = list[tuple[int, int, str, str]]


def extract_yaml_resume(text: str) -> list[Bullet]:
    from srsly.ruamel_yaml import YAML
    from srsly.ruamel_yaml.constructor import DuplicateKeyError
    from srsly.ruamel_yaml.error import YAMLError

    _within_bounds(text)
    try:
        # Every document of the stream: a short header document before the resume ("permalink:
        # ...", then `---`) is valid YAML (set Y: a file of 88 claims refused as "expected a single
        # document"). The marks are the stream's, so each item's line is the file's.
        loader = YAML(typ="rt")
        loader.Constructor = _lenient_constructor()
        documents = list(loader.load_all(text))
    except DuplicateKeyError as error:  # a warning class in this ruamel, not a YAMLError
        key = re.search(r'duplicate key "([^"]*)"', str(error.problem))
        where = f" at line {error.problem_mark.line + 1}" if error.problem_mark is not None else ""
        raise InputError(f"invalid YAML: the key {key.group(1) if key else '?'!r} appears twice in one mapping{where}") from None
    except YAMLError as error:
        raise InputError(f"invalid YAML: {' '.join(str(error).split())}") from None
    starts = line_starts(text)
    found: _Found = []
    try:
        seen: set[int] = set()
        for document in documents:
            # a file that is one list of jobs (a Jekyll site's _data/experience.yml) is a job list
            _walk(document, found, seen, entry_list_of("", document))
    except (TypeError, ValueError, AttributeError):
        # The round-trip loader builds no Python objects from tags, but keeps no positions for a
        # few of them ("!!python/tuple"): name the tag rather than the library's own message.
        tag = _unreadable_tag(text)
        where = f" ({tag.group(0)!r} at line {text.count(chr(10), 0, tag.start()) + 1})" if tag else ""
        raise InputError(f"holds a YAML tag po2pm cannot read{where}; without the tag the list reads as it is") from None
    bullets: list[Bullet] = []
    read_at = {(line, column) for line, column, _, told_as in found if not told_as}
    for line, column, value, told_as in sorted(set(found)):
        if told_as and (line, column) in read_at:
            continue  # a bullet list's item, read, walked again as an item of a list
        offset = starts[line] + column
        mapped = _align(text, offset, value)
        if LATEX_MARKUP.search(value):
            mapped = _latex_decoded(mapped)
        read = mapped.without_inline_markup().to_bullets(starts)
        bullets.extend(bullet.told_as(told_as) if told_as else bullet for bullet in read)
    return bullets


@functools.cache
def _lenient_constructor() -> type:
    """The round-trip constructor, but a typed scalar Python cannot hold stays the text it is: a
    `startDate: 2019-13-01` typo, a 5,000-digit phone number (an attack round of session 47), a
    `!!bool maybe` or `!!timestamp abc` (session 48) beside the highlights left the whole resume
    unread, for fields po2pm never reads."""
    from srsly.ruamel_yaml.constructor import ConstructorError, RoundTripConstructor

    class LenientConstructor(RoundTripConstructor):
        pass

    def lenient(method: Any) -> Any:
        def construct(self: Any, node: Any, *rest: Any) -> Any:
            try:
                return method(self, node, *rest)
            # IndexError: `!!int 0x`, `!!int _` (attack round ATK5: "string index out of range")
            except (ValueError, KeyError, IndexError, TypeError, AttributeError, ConstructorError):
                return self.construct_scalar(node)

        return construct

    for tag, name in _TYPED_SCALARS:  # the loader finds a tag's constructor in this table
        LenientConstructor.add_constructor(tag, lenient(getattr(RoundTripConstructor, name)))
    return LenientConstructor


_TYPED_SCALARS = tuple(
    (f"tag:yaml.org,2002:{kind}", f"construct_yaml_{kind}") for kind in ("timestamp", "int", "float", "bool", "binary")
)


def _walk(
    node: Any, found: _Found, seen: set[int], entry_list: str = "", experience: bool = False, wraps: str = "", listed: bool = False
) -> None:
    """Collect (line, column, text, why told) of every highlight and bullet string, 0-based. A node that
    an alias (*name) repeats is one object: it is walked once, so a few hundred bytes of nested
    aliases (a "billion laughs" file) cannot make millions of visits. `experience`: inside a
    section that names work done by its type or title (`- type: experience`, as Jekyll resume
    themes write it), where a plain `items:` list holds the bullets too. `listed`: node is an item
    of a list, an entry of something, whose prose is told where no list of work holds it (a
    profile's paragraph outside any list is the person's self-description, left quiet)."""
    if isinstance(node, (dict, list)):
        if id(node) in seen:
            return
        seen.add(id(node))
    if isinstance(node, dict):
        if is_education_entry(node):
            return
        experience = experience or _names_experience(node)
        for key, value in node.items():
            if holds_no_claims(key):
                continue
            if holds_bullets(key, in_entry=experience or entry_list != "") and isinstance(value, list):
                _bullet_list(cast("CommentedSeq", value), found, seen)
            elif isinstance(value, str) and (experience or entry_list) and holds_bullets(key, in_entry=True) and written_as_a_list(value):
                # "details: |" and the job's bullets written as Markdown lines in one string (round RQ: a
                # Hugo page's front matter of 23 claims, the file read as empty); to_bullets splits them
                line, column = cast("CommentedMap", node).lc.value(key)
                found.append((line, column, value, ""))
            elif isinstance(value, str) and (key == "bullet" or is_entry_claim(entry_list, key, node, value)):
                line, column = cast("CommentedMap", node).lc.value(key)  # and its mapping
                found.append((line, column, value, ""))
            elif isinstance(value, dict) and (english := _in_english(value)) and is_entry_claim(entry_list, key, node, english):
                # "description: {en: |..., fr: |...}": a claim written in each language the site
                # shows; its English text is the one read (set AJ: 11 claims, the file read as empty)
                line, column = cast("CommentedMap", value).lc.value("en")
                found.append((line, column, english, ""))
            elif isinstance(value, str) and (told_as := unread_entry_text(entry_list, key, value)):
                line, column = cast("CommentedMap", node).lc.value(key)
                found.append((line, column, value, told_as))
            elif isinstance(value, str) and told_unread(value, listed and not entry_list):
                # an entry's own line under a key po2pm does not read ("keyAchievement: Trained 40
                # brokers ...") too, where it opens as a claim (attack round ATK21, C15: lost in silence)
                line, column = cast("CommentedMap", node).lc.value(key)
                found.append((line, column, value, UNREAD_PARAGRAPH))
            child_list, child_wraps = child_entry_lists(key_name(key), value, wraps)
            _walk(value, found, seen, child_list, experience, child_wraps)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            if isinstance(item, str) and not entry_list and opens_as_a_claim(item):
                # "leadership: [Led the 12-person product guild ...]" beside work: told (a bullet list
                # read already is no told one: see extract_yaml_resume)
                line, column = cast("CommentedSeq", node).lc.item(index)
                found.append((line, column, item, UNREAD_PARAGRAPH))
            _walk(item, found, seen, entry_list, experience, listed=True)


def _in_english(value: dict[Any, Any]) -> str | None:
    """The English text of a mapping of language codes to texts ({en: ..., fr: ...}); None for
    any other mapping."""
    codes = [str(key).lower() for key in value]
    if "en" not in codes or not all(_LANGUAGE_CODE.fullmatch(code) for code in codes):
        return None
    english = next(text for key, text in value.items() if str(key).lower() == "en")
    return english if isinstance(english, str) else None


_LANGUAGE_CODE = re.compile(r"[a-z]{2}(?:[-_][a-z]{2})?")


def _names_experience(node: dict[Any, Any]) -> bool:
    """A mapping whose type, name or title names an Experience or Projects section."""
    return any(
        isinstance(node.get(key), str) and is_achievement_section(section_key(node[key]))
        for key in ("type", "name", "title", "section")
    )


def _bullet_list(items: "CommentedSeq", found: _Found, seen: set[int]) -> None:
    """The bullets of a list under a bullet key; a list nested in it (sub-bullets written as a
    list of their own) is read in place, each list once."""
    for index, item in enumerate(items):
        if not isinstance(item, str) and isinstance(getattr(item, "value", None), str):
            item = item.value  # a scalar with a tag of the file's own ("!custom Wrote ...")
        if isinstance(item, str):
            line, column = items.lc.item(index)  # the round-trip loader's list keeps each position
            found.append((line, column, item, ""))
        elif isinstance(item, dict) and not _item_text(cast("CommentedMap", item), found):
            # a titled group of bullets ("- title: Discovery / points: [...]"), as JSON reads it
            # (an attack round, session 41, grp03: dropped in silence, so a hook passed its bullets)
            group = group_list(item)
            if group is not None and id(group) not in seen:
                seen.add(id(group))
                _bullet_list(cast("CommentedSeq", group), found, seen)
        elif isinstance(item, list) and id(item) not in seen:
            seen.add(id(item))
            _bullet_list(cast("CommentedSeq", item), found, seen)


def _item_text(item: "CommentedMap", found: _Found) -> bool:
    """A bullet list's item written as a mapping (`- content: ...`): its text and position; False
    where it has none."""
    for key in ITEM_TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, str):
            line, column = item.lc.value(key)
            found.append((line, column, value, ""))
            return True
    return False


# The round-trip loader's time grows with the square of merge keys (4,000 "<<: *alias" took 33 s)
# and fast with size (900 KB of "- {a: 1}" took 22 s, 500 KB 7.5 s, 200 KB 3.3 s); a resume has neither:
# a RenderCV file with forty jobs is under 60 KB.
MAX_YAML_BYTES = 128 * 1024
MAX_MERGE_KEYS = 200
_MERGE_KEY = re.compile(r"<<\s*:")


def _within_bounds(text: str) -> None:
    if len(text) > MAX_YAML_BYTES:
        raise InputError(f"larger than {MAX_YAML_BYTES // 1024} KB, which no YAML resume is: not read")
    if len(_MERGE_KEY.findall(text)) > MAX_MERGE_KEYS:
        raise InputError(f"more than {MAX_MERGE_KEYS} merge keys ('<<: *alias'), which no YAML resume has: not read")


# Values written for a LaTeX template (the common `cv.yaml` layout renders them with LaTeX):
# "\\textbf{verl}", "{\\bf Markdown}", "\\href{url}{Jekyll}", "15\\%".
LATEX_MARKUP = re.compile(r"\\(?:[A-Za-z]{2,}\s*[{\[]|bf\b|it\b|em\b|[%&$#_])")


def _latex_decoded(mapped: MappedText) -> MappedText:
    """The scalar's text read as LaTeX; each character keeps its place in the file (the LaTeX
    reader's offsets point into the scalar, whose own offsets point into the file)."""
    from .latex import decode

    value = "".join(mapped.chars)
    latex = decode(value, value, 0, len(value))
    decoded = MappedText()
    decoded.chars = latex.chars
    decoded.offsets = [mapped.offsets[at] for at in latex.offsets]
    return decoded


_TAG = re.compile(r"!![\w./:-]+")
# YAML's own tags, which the loader reads: a refusal names the first other tag, not "!!str" on an
# earlier line (attack round, session 44: a "!!python/tuple" on line 6 was blamed on line 5's "!!str").
_CORE_TAGS = frozenset(f"!!{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map", "binary", "timestamp", "omap", "pairs", "set", "merge"))


def _unreadable_tag(text: str) -> re.Match[str] | None:
    tags = list(_TAG.finditer(text))
    return next((tag for tag in tags if tag.group(0) not in _CORE_TAGS), tags[0] if tags else None)


_TAG_OR_ANCHOR = re.compile(r"[!&][^\s]*[ \t]+")


def _align(text: str, offset: int, value: str) -> MappedText:
    """Map each character of a loaded scalar to where it stands in the file."""
    mapped = MappedText()
    at = offset
    while (prefix := _TAG_OR_ANCHOR.match(text, at)) is not None:
        at = prefix.end()  # "!!str Ran ...", "&a Managed ...": the text starts after the tag or anchor
    if at < len(text) and text[at] in "|>":  # block scalar: the text starts on the next line
        at = text.index("\n", at) + 1 if "\n" in text[at:] else len(text)
    quote = text[at] if at < len(text) and text[at] in "\"'" else ""
    if quote:
        at += 1
    for char in value:
        while at < len(text):
            source = text[at]
            if quote == "'" and text.startswith("''", at) and char == "'":
                mapped.add_one(char, at)  # '' is one quote: checked first, or the second ends the match
                at += 2
                break
            if source == char:
                mapped.add_one(char, at)
                at += 1
                break
            if quote == '"' and source == "\\" and text[at + 1 : at + 2] in ("\n", "\r"):
                at += 2 + (text[at + 1 : at + 3] == "\r\n")  # an escaped line break: the line goes on
                while at < len(text) and text[at] in " \t":
                    at += 1  # without its indentation
                continue
            if quote == '"' and source == "\\":
                mapped.add_one(char, at)
                at += 1 + _YAML_ESCAPES.get(text[at + 1], 1)
                break
            if char == " " and source in " \t\r\n":  # a folded line break reads as a space
                mapped.add_one(char, at)
                while at < len(text) and text[at] in " \t\r\n":
                    at += 1
                break
            if source in " \t\r\n":
                at += 1  # indentation of a continuation line
                continue
            return mapped  # the text no longer matches: stop rather than guess
    return mapped
