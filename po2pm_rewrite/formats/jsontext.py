"""JSON text as written, before it is read: the commas a hand-edited file leaves before a
closing bracket. Apart from the JSON reader (jsonresume.py), so that the note on them is made
without importing the readers (a run answered from the cache makes its notes too)."""

from __future__ import annotations

import json


def trailing_commas(text: str) -> list[int]:
    """The offsets of the commas written before a closing bracket ("...", ]), outside strings."""
    found, in_string, escaped, last_comma = [], False, False, -1
    for at, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string, last_comma = True, -1
        elif char == ",":
            last_comma = at
        elif char in "]}":
            if last_comma >= 0:
                found.append(last_comma)
            last_comma = -1
        elif not char.isspace():
            last_comma = -1
    return found


def without_trailing_commas(text: str) -> str:
    """The text with each trailing comma a space: every other character stays where it was."""
    chars = list(text)
    for at in trailing_commas(text):
        chars[at] = " "
    return "".join(chars)


def valid_json(text: str) -> bool:
    try:
        json.loads(text, parse_int=len, strict=False)
    except json.JSONDecodeError:
        return False
    return True


def trailing_comma_notes(text: str) -> list[str]:
    """A note on the trailing commas of a file json.loads refuses for them alone."""
    commas = trailing_commas(text)
    if not commas or valid_json(text) or not valid_json(without_trailing_commas(text)):
        return []
    line = text.count("\n", 0, commas[0]) + 1
    many = f" and {len(commas) - 1} more" if len(commas) > 1 else ""
    return [
        f"line {line}{many}: a comma before a closing bracket is not valid JSON, which other tools (a JSON Resume theme) "
        "refuse: read as if it were not there"
    ]
