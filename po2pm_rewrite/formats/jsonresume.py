"""JSON resumes: `highlights[]` of `work[]`, `volunteer[]` and `projects[]` (and their `summary`,
beside highlights unless it names the person's role), and bullet lists under the other keys
hand-made schemas use (`bullets`, `details`, ...: formats/keys.py).

Python's json module gives no positions, so after json.loads has vouched for the file, a small
reader walks the same text again, keeping each string's characters with their offsets.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable, Iterator, TypeAlias, TypeVar, cast

from ..errors import InputError
from ..extract import ROLE_DUTY
from ..model import Bullet, line_starts
from ..word_lists import can_be_verb
from .jsontext import trailing_commas, valid_json, without_trailing_commas
from .keys import (
    ITEM_TEXT_KEYS,
    UNREAD_PARAGRAPH,
    child_entry_lists,
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
from .mapped import MappedText

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_LITERAL = re.compile(r"-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null|NaN|-?Infinity")  # Python writes NaN and Infinity


@dataclass
class MappedString:
    """A string value of the document, each character with its offset in the file."""

    mapped: MappedText

    @property
    def text(self) -> str:
        """The string's characters, without their offsets."""
        return "".join(self.mapped.chars)


# A JSON value as _Reader gives it: strings keep their offsets; numbers, true, false and null stay text.
Value: TypeAlias = dict[str, "Value"] | list["Value"] | MappedString | str
_T = TypeVar("_T")


def extract_json_resume(text: str) -> list[Bullet]:
    try:
        # numbers are never read (a 5,000-digit one must not stop the file); a line break typed
        # inside a string breaks the standard but not the meaning, and editors and Jekyll accept it
        json.loads(text, parse_int=len, strict=False)
    except json.JSONDecodeError as error:
        if not trailing_commas(text) or not valid_json(without_trailing_commas(text)):
            raise InputError(f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
        # a comma before a closing bracket, as a hand-edited resume.json often has, is all that is
        # wrong: read as meant, and said (trailing_comma_notes). Round SN: a file of 7 claims refused.
    document = _Reader(text).read()
    if is_baseline_document(document):
        return []  # po2pm's own --baseline file beside the resume: its "bullet" strings are no claims
    return document_bullets(document, text)


def document_bullets(document: Value, text: str) -> list[Bullet]:
    """The bullets of a document read from `text` (JSON here, a site's JavaScript data in
    formats/jsdata.py): its bullet lists and entries' claims, by their keys, in file order."""
    starts = line_starts(text)
    strings: list[MappedString] = []
    told: list[tuple[MappedString, str]] = []  # entries' own paragraphs not read, with why
    claim_list_keys = _claim_list_keys(document)
    _collect(document, strings, told, entry_list="", claim_list_keys=claim_list_keys)
    if not strings:
        _collect_claim_lists(document, strings, claim_list_keys=claim_list_keys)
    bullets = []
    for string in strings:
        bullets.extend(string.mapped.without_inline_markup().to_bullets(starts))
    for string, told_as in told:
        if string not in strings:  # read after all by the search for claim lists
            bullets.extend(bullet.told_as(told_as) for bullet in string.mapped.without_inline_markup().to_bullets(starts))
    return sorted(bullets, key=lambda bullet: (bullet.start.line, bullet.start.column))


def is_baseline_document(document: object) -> bool:
    """A po2pm baseline file, as `check --update-baseline` writes it."""
    return isinstance(document, dict) and set(document) == {"version", "findings"}


def _collect(
    node: Value,
    found: list[MappedString],
    told: list[tuple[MappedString, str]],
    entry_list: str,
    wraps: str = "",
    claim_list_keys: frozenset[str] = frozenset(),
    listed: bool = False,
) -> None:
    """Every bullet string under `node`, in file order. `entry_list`: the name of the entry list
    (`work`, `projects`, ...) node is an entry of, whose `summary` is a claim as well ("" if none);
    `wraps`: the entry list node wraps (`experience: {enable: true, list: [...]}`); `told`: where
    an entry's own paragraph that is no claim goes, with why, so it is told and not dropped;
    `listed`: node is an item of a list, whose prose is told where no list of work holds it."""
    if isinstance(node, list):
        for item in node:
            if isinstance(item, MappedString) and not entry_list and opens_as_a_claim(item.text):
                told.append((item, UNREAD_PARAGRAPH))  # "leadership": ["Led the 12-person product guild ..."]
            _collect(item, found, told, entry_list, claim_list_keys=claim_list_keys, listed=True)
        return
    if not isinstance(node, dict) or is_education_entry(node):
        return
    for key, value in node.items():
        if holds_no_claims(key):
            continue
        name = key_name(key)
        if isinstance(value, MappedString) and is_entry_claim(entry_list, key, node, value.text):
            found.append(value)
        elif isinstance(value, MappedString) and (told_as := unread_entry_text(entry_list, key, value.text)):
            told.append((value, told_as))
        elif isinstance(value, MappedString) and told_unread(value.text, listed and not entry_list):
            # an entry's own line under a key po2pm does not read ("keyAchievement": "Trained 40
            # brokers ...") too, where it opens as a claim (attack round ATK21, C15: lost in silence)
            told.append((value, UNREAD_PARAGRAPH))
        elif holds_bullets(key, in_entry=bool(entry_list)) and isinstance(value, list):
            found += [text for item in _flattened(value) if (text := _item_text(item)) is not None]
        elif entry_list and holds_bullets(key) and isinstance(value, MappedString):
            # a job's duties written as one text, a line each ("Responsibilities: `Worked as ...
            # \n Involved in ...`": round RS, a TypeScript data file's five jobs read as nothing)
            found.append(value)
        elif entry_list and isinstance(value, list) and _reads_as_claim_list(texts := _list_texts(value), key, claim_list_keys):
            # a job's list under a key po2pm does not know, whose items read as claims
            # ("responsabilities": [...]: set AS, a file of 11 claims read as empty)
            found += texts
        elif entry_list and isinstance(value, list) and (paragraph := _paragraph_in_pieces(value)) is not None:
            found.append(paragraph)
        else:
            child_list, child_wraps = child_entry_lists(name, value, wraps)
            _collect(value, found, told, child_list, child_wraps, claim_list_keys)


def _collect_claim_lists(node: Value, found: list[MappedString], claim_list_keys: frozenset[str], key: str = "") -> None:
    """In a file whose keys name no bullet list (a schema of its own: "project[].tips[].content"),
    the lists whose items read as claims: two items or more, most of them opening with a verb
    and running to four words or more. Set K: such a file was read as empty. A list of one claim
    is read where lists under the same key (`claim_list_keys`) read as claims: set AR lost four
    jobs' only claims that way, in silence, beside the read lists of two."""
    if isinstance(node, dict):
        if is_education_entry(node):
            return
        for child_key, value in node.items():
            if not holds_no_claims(child_key):
                _collect_claim_lists(value, found, claim_list_keys, child_key)
        return
    if not isinstance(node, list):
        return
    texts = _list_texts(node)
    if _reads_as_claim_list(texts, key, claim_list_keys):
        found += texts
        return
    for item in node:
        if isinstance(item, dict):
            # an entry's own paragraph that says what the person did, beside its list of claims
            # ("project[].description": "Contributed to the bug fix of ...", "... I have designed
            # and developed a serverless solution ...": set U, three left out in silence)
            found += [
                value for key, value in item.items()
                if isinstance(value, MappedString) and is_entry_claim("projects", key, item, value.text)
            ]
        _collect_claim_lists(item, found, claim_list_keys)


def _claim_list_keys(node: Value, key: str = "") -> frozenset[str]:
    """The keys under which some list reads as claims (_is_claim_list), anywhere in the file."""
    if isinstance(node, dict):
        if is_education_entry(node):
            return frozenset()
        return frozenset().union(*(_claim_list_keys(value, child_key) for child_key, value in node.items() if not holds_no_claims(child_key)))
    if not isinstance(node, list):
        return frozenset()
    own = frozenset({key}) if key and _is_claim_list(_list_texts(node)) else frozenset()
    return own.union(*(_claim_list_keys(item) for item in node))


def _paragraph_in_pieces(node: list[Value]) -> MappedString | None:
    """A job's paragraph stored as a list of pieces cut mid-sentence ("employerSummary": ["... I
    acted as a force multiplier for the team, ", "shipping code, ..."]: sets RC and RE, a file of
    ten claims read as empty, twice): the pieces joined, each character still at its place in the
    file (a space put between two pieces stands at the first one's closing quote); None for any
    other list. A piece of five words or more, and one of them going on in lower case on the next:
    a list of skills or of sentences is no paragraph."""
    if len(node) < 2 or not all(isinstance(item, MappedString) for item in node):
        return None
    pieces = cast("list[MappedString]", node)
    texts = [piece.text for piece in pieces]
    if any(len(text.split()) < 5 for text in texts[:-1]):
        return None
    if not any(text.rstrip()[-1:] not in ".!?" and after.lstrip()[:1].islower() for text, after in zip(texts, texts[1:])):
        return None
    joined = MappedText()
    for piece, text in zip(pieces, texts):
        if joined.chars and not joined.chars[-1].isspace() and not text[:1].isspace():
            joined.add_one(" ", joined.offsets[-1] + 1)
        joined.chars += piece.mapped.chars
        joined.offsets += piece.mapped.offsets
    return MappedString(joined)


def _reads_as_claim_list(texts: list[MappedString], key: str, claim_list_keys: frozenset[str]) -> bool:
    """A list of claims (_is_claim_list), or of one claim under a key whose other lists are."""
    return _is_claim_list(texts) or (len(texts) == 1 and key in claim_list_keys and _reads_as_claim(texts[0]))


def _list_texts(node: list[Value]) -> list[MappedString]:
    return [text for item in _flattened(node) if (text := _item_text(item)) is not None]


def _is_claim_list(texts: list[MappedString]) -> bool:
    return len(texts) >= 2 and sum(1 for text in texts if _reads_as_claim(text)) * 2 > len(texts)


def _reads_as_claim(text: MappedString) -> bool:
    words = "".join(text.mapped.without_inline_markup().chars).split()
    # or a duty: "Responsible for OTN Network" (set AS: a job's six such lines dropped with their list, in silence)
    return len(words) >= 4 and (can_be_verb(words[0].strip(",.;:")) or ROLE_DUTY.match(" ".join(words)) is not None)


def _flattened(items: list[Value]) -> list[Value]:
    """A bullet list's items, with a list nested in it read in place (`["Wrote ...", ["Ran ..."]]`:
    sub-bullets written as a list of their own), and so the list of a group of them under a title
    (`{title: "AI-Enhanced Productivity:", items: ["Applied ...", ...]}` among a job's
    achievements: round SA, five claims of a TypeScript file dropped in silence)."""
    flat: list[Value] = []
    for item in items:
        if isinstance(item, list):
            flat += _flattened(item)
        elif isinstance(item, dict) and _item_text(item) is None and (group := group_list(item)) is not None:
            flat += _flattened(group)
        else:
            flat.append(item)
    return flat


def _item_text(item: Value) -> MappedString | None:
    """A bullet list's item: a string, or a mapping with its text under `content`, `text`, ..."""
    if isinstance(item, MappedString):
        return item
    if isinstance(item, dict):
        return next((value for key in ITEM_TEXT_KEYS if isinstance(value := item.get(key), MappedString)), None)
    return None


class _Reader:
    """Reads JSON that json.loads has already accepted; strings keep their source offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def read(self) -> Value:
        self._space()
        return self._value()

    def _space(self) -> None:
        while self.at < len(self.text) and self.text[self.at] in " \t\r\n\ufeff":
            self.at += 1

    def _value(self) -> Value:
        char = self.text[self.at]
        if char == "{":
            return self._object()
        if char == "[":
            return self._array()
        if char == '"':
            return self._string()
        match = _LITERAL.match(self.text, self.at)
        assert match is not None  # json.loads has accepted the text: a literal stands here
        self.at = match.end()
        return match.group(0)

    def _object(self) -> dict[str, Value]:
        """A repeated key keeps both values (json.loads keeps the last): two "work" lists are
        both read, never one dropped in silence. The copy's key gets a NUL, which no reader of
        keys (formats/keys.py) sees."""
        found: dict[str, Value] = {}
        for key, value in self._members("}", self._member):
            while key in found:
                key += "\0"
            found[key] = value
        return found

    def _array(self) -> list[Value]:
        return list(self._members("]", self._value))

    def _member(self) -> tuple[str, Value]:
        key = self._string().text
        self._space()
        self.at += 1  # ':'
        self._space()
        return key, self._value()

    def _members(self, close: str, read_one: Callable[[], _T]) -> Iterator[_T]:
        """The comma-separated items of an object or array, up to its closing bracket."""
        self.at += 1
        self._space()
        while self.text[self.at] != close:
            yield read_one()
            self._space()
            if self.text[self.at] == ",":
                self.at += 1
                self._space()
        self.at += 1

    def _string(self) -> MappedString:
        mapped = MappedText()
        self.at += 1  # opening quote
        while self.text[self.at] != '"':
            char = self.text[self.at]
            if char != "\\":
                mapped.add_one(char, self.at)
                self.at += 1
                continue
            code = self.text[self.at + 1]
            if code == "u":
                unit = int(self.text[self.at + 2 : self.at + 6], 16)
                following = self.text[self.at + 6 : self.at + 8]
                if 0xD800 <= unit < 0xDC00 and following == "\\u":
                    low = int(self.text[self.at + 8 : self.at + 12], 16)
                    if 0xDC00 <= low < 0xE000:  # a surrogate pair, as json.dumps writes an emoji
                        mapped.add_one(chr(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)), self.at)
                        self.at += 12
                        continue
                # a lone surrogate cannot be shown or stored: it reads as the replacement character
                mapped.add_one("\ufffd" if 0xD800 <= unit < 0xE000 else chr(unit), self.at)
                self.at += 6
            else:
                mapped.add_one(_ESCAPES[code], self.at)
                self.at += 2
        self.at += 1
        return MappedString(mapped)
