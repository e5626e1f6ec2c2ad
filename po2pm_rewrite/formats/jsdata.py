"""A personal site's resume kept as JavaScript or TypeScript data (`experience.ts`, `resume.js`,
`constants.ts`): the object and array literals the file assigns or exports are read as a JSON
resume's keys are (formats/jsonresume.py, formats/keys.py), each string with its offsets. No code
is run: what is not a literal (a function, a JSX element, a variable, a string built with `${}`
or `+`) is passed over.

Round RW: two such files (a portfolio's `case-studies.ts` and a designer's `experience.js`) were
read as text, their 40 claims lost among keys and brackets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator, TypeVar

from ..errors import InputError
from ..model import Bullet
from .jsonresume import MappedString, Value, document_bullets
from .mapped import MappedText

# Where a literal the file keeps as data starts: `export const experience: Job[] = [`, `const
# data = {`, `export default [`, `module.exports = {`.
_ASSIGNED = re.compile(
    r"(?:\b(?:const|let|var)\s+(?P<name>[A-Za-z_$][\w$]*)\s*(?::[^=;]{0,200}?)?=\s*"
    r"|\bexport\s+default\s+|\bmodule\.exports\s*=\s*)(?=[\[{])"
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
# An escape: \u{1F600}, \u00e9, \xe9, a line continued, or any other character after a backslash
# (JavaScript's own, "\n", or one that stands for itself, "\'"; a malformed \u or \x reads as its letter).
_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,8})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r?\n)|(.))", re.DOTALL)
_CLOSERS = {"{": "}", "[": "]", "(": ")"}
_KEY = re.compile(r"[A-Za-z_$][\w$]*|\d+")
_T = TypeVar("_T")


class _Unreadable(Exception):
    """The literal ends before it closes: the file is read no further."""


def extract_js_data(text: str) -> list[Bullet]:
    document, broken_at = js_document(text)
    if not document and broken_at is not None:
        line = text.count("\n", 0, broken_at) + 1
        raise InputError(f"the literal that opens at line {line} never closes (a bracket or a quote is missing): nothing read")
    return document_bullets(document, text)


def unclosed_literal_line(text: str) -> int | None:
    """The line where a literal that never closes opens, after others that were read: the reading
    ended there (an attack round, session 41, js06b: its bullets were lost without a word)."""
    _, broken_at = js_document(text)
    return None if broken_at is None else text.count("\n", 0, broken_at) + 1


# One parse per file: the bullets, the note on a literal that never closes and the sections not
# read all ask for it. The result is shared: its callers only read it.
@lru_cache(maxsize=2)
def js_document(text: str) -> tuple[dict[str, Value], int | None]:
    """Every literal the file assigns, under the name it is assigned to ("" for a default export,
    whose keys stand at the top where it is an object); and where a literal that never closes
    opens (None if none does), which ends the reading there."""
    code = without_comments(text)
    document: dict[str, Value] = {}
    at = 0
    while (match := _ASSIGNED.search(code, at)) is not None:
        reader = _Reader(text, code, match.end())
        try:
            value = reader.value()
        except _Unreadable:
            return document, match.end()
        name = match.group("name") or ""
        if not name and isinstance(value, dict):
            document.update(value)
        else:
            while name in document:
                name += "\0"  # two literals of one name are both read (as a repeated JSON key is)
            document[name] = value
        at = max(reader.at, match.end() + 1)
    return document, None


def assigned_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each literal the file assigns, and of each key of a default export."""
    code = without_comments(text)
    found = []
    for match in _ASSIGNED.finditer(code):
        if match.group("name"):
            found.append((match.start("name"), match.group("name")))
        elif code[match.end()] == "{":
            found += [(key.start(1), key.group(1)) for key in _TOP_KEY.finditer(code, match.end())]
    return found


def section_titles(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each section an object names by its title rather than by its key
    (`{ type: 'common-list', title: 'Education', items: [...] }`, round RZ)."""
    code = without_comments(text)
    return [(match.start("title"), match.group("title")) for match in _TITLE_VALUE.finditer(code)]


_TITLE_VALUE = re.compile(r"""\b(?:title|heading|sectionTitle|section)\s*:\s*(['"])(?P<title>[^'"\n]{2,40})\1""")

# A key at the first level of a default export's object ("\n  skills: [" or "\n  'skills': {").
_TOP_KEY = re.compile(r"^\s{1,4}['\"]?([A-Za-z_$][\w$ ]*)['\"]?\s*:", re.MULTILINE)


@lru_cache(maxsize=2)  # asked of one file by its reader, its comment check and its section names
def without_comments(text: str) -> str:
    """The text with its comments blanked (line breaks kept), so offsets stay the text's."""
    out = list(text)
    at = 0
    while at < len(text):
        char = text[at]
        if char in "'\"`":
            at = _string_end(text, at)
            continue
        if text.startswith("//", at):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
        elif text.startswith("/*", at):
            end = text.find("*/", at + 2)
            end = len(text) if end < 0 else end + 2
        else:
            at += 1
            continue
        for place in range(at, end):
            if out[place] != "\n":
                out[place] = " "
        at = end
    return "".join(out)


def _string_end(text: str, at: int) -> int:
    """Just after the string that opens at `at` (or the end of the text)."""
    quote = text[at]
    at += 1
    while at < len(text) and text[at] != quote:
        at += 2 if text[at] == "\\" else 1
        if quote != "`" and at < len(text) and text[at] == "\n":
            return at  # a line break ends a broken '...' or "..." string
    return min(at + 1, len(text))


class _Reader:
    """Reads one literal from `at`: strings (from `text`, with their offsets), arrays and objects;
    anything else is passed over. `code` is the text with its comments blanked."""

    def __init__(self, text: str, code: str, at: int) -> None:
        self.text, self.code, self.at = text, code, at

    def value(self) -> Value:
        self._space()
        char = self._char()
        if char == "{":
            return self._object()
        if char == "[":
            return self._array()
        if char in "'\"`":
            string = self._string()
            self._space()
            if self.at < len(self.code) and self.code[self.at] == "+":
                # "Managed the backlog " + "for the loans team": built, as a `${}` string is; read
                # as its first piece, a rewrite was written into the middle of the sentence (an
                # attack round, session 41, js07)
                self._pass_over()
                return ""
            return string
        self._pass_over()
        return ""

    def _char(self) -> str:
        if self.at >= len(self.code):
            raise _Unreadable
        return self.code[self.at]

    def _space(self) -> None:
        while self.at < len(self.code) and self.code[self.at] in " \t\r\n\ufeff":
            self.at += 1

    def _object(self) -> dict[str, Value]:
        found: dict[str, Value] = {}
        for key, value in self._items("}", self._member):
            while key in found:
                key += "\0"  # a key written twice keeps both values, as in JSON (jsonresume.py)
            found[key] = value
        return found

    def _array(self) -> list[Value]:
        return list(self._items("]", self._item))

    def _items(self, close: str, read_one: Callable[[], _T | None]) -> Iterator[_T]:
        """The comma-separated items up to the closing bracket; a stray bracket of the other kind
        ("[1, }]") reads as nothing and is passed over, so the reading always moves on."""
        self.at += 1
        while True:
            self._space()
            char = self._char()
            if char == close:
                self.at += 1
                return
            if char == ",":
                self.at += 1
                continue
            before = self.at
            item = read_one()
            if item is not None:
                yield item
            if self.at == before:
                self.at += 1

    def _member(self) -> tuple[str, Value] | None:
        if self.code.startswith("...", self.at):  # a spread: another value's members
            self.at += 3
            self._pass_over()
            return None
        key = self._key()
        self._space()
        if self._char() != ":":  # a shorthand member or a method: no literal of its own
            self._pass_over()
            return key, ""
        self.at += 1
        return key, self.value()

    def _item(self) -> Value:
        value = self.value()
        self._space()
        if self._char() not in ",]":
            self._pass_over()  # "'a' as const", "x satisfies T": what follows a value is no item
        return value

    def _key(self) -> str:
        char = self._char()
        if char in "'\"`":
            key = self._string()
            return key.text if isinstance(key, MappedString) else ""
        if char == "[":  # a computed key
            self._pass_over_group()
            return ""
        match = _KEY.match(self.code, self.at)
        if match is None:
            self._pass_over()
            return ""
        self.at = match.end()
        return match.group(0)

    def _string(self) -> Value:
        """A string with its characters' offsets; a template string that builds its text with
        `${...}` is no text of the file's and reads as nothing."""
        quote = self.text[self.at]
        start = self.at
        end = _string_end(self.text, start)
        self.at = end
        if quote == "`" and "${" in self.text[start:end]:
            return ""
        mapped = MappedText()
        at = start + 1
        while at < end - 1:
            char = self.text[at]
            if char != "\\":
                mapped.add_one(char, at)
                at += 1
                continue
            escape = _ESCAPE.match(self.text, at, end - 1)
            if escape is None:  # a backslash that ends the string: nothing to escape
                break
            hex_digits = escape.group(1) or escape.group(2) or escape.group(3)
            if hex_digits:
                point = int(hex_digits, 16)
                mapped.add_one(chr(point) if point <= 0x10FFFF else "\ufffd", at)
            elif escape.group(4) is None:  # not a line continued with a backslash
                mapped.add_one(_ESCAPES.get(escape.group(5), escape.group(5)), at)
            at = escape.end()
        return MappedString(mapped)

    def _pass_over(self) -> None:
        """Up to the next comma or closing bracket at this depth: a value that is no literal (a
        call, a function, a variable, a JSX element)."""
        while self.at < len(self.code):
            char = self.code[self.at]
            if char in ",}]":
                return
            if char in _CLOSERS:
                self._pass_over_group()
            elif char in "'\"`":
                self.at = _string_end(self.code, self.at)
            elif char == "<" and re.match(r"<[A-Za-z>]", self.code[self.at : self.at + 2]):
                self._pass_over_element()
            else:
                self.at += 1

    def _pass_over_group(self) -> None:
        closers = [_CLOSERS[self.code[self.at]]]
        self.at += 1
        while closers:
            char = self._char()
            if char in _CLOSERS:
                closers.append(_CLOSERS[char])
            elif char == closers[-1]:
                closers.pop()
            elif char in "'\"`":
                self.at = _string_end(self.code, self.at)
                continue
            self.at += 1

    def _pass_over_element(self) -> None:
        """A JSX element, `<p>Led the ..., the ...</p>`: its text may hold commas."""
        depth = 0
        while True:
            char = self._char()
            if self.code.startswith("</", self.at):
                depth -= 1
                self.at = self.code.index(">", self.at) + 1 if ">" in self.code[self.at :] else len(self.code)
                if depth <= 0:
                    return
            elif char == "<" and re.match(r"<[A-Za-z>]", self.code[self.at : self.at + 2]):
                close = self.code.find(">", self.at)
                if close < 0:
                    raise _Unreadable
                if self.code[close - 1] != "/":
                    depth += 1
                self.at = close + 1
                if depth == 0:
                    return
            elif char == "{":
                self._pass_over_group()
            else:
                self.at += 1
