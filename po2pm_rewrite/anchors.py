"""A spaCy Matcher that only runs the patterns a bullet could match.

Most patterns cannot match without one particular kind of token: "responsible for" needs a token
whose lemma is "responsible"; the backlog-writing pattern needs "story", "bug" or "spec"; a money
pattern needs a token starting with a currency sign. Running every pattern over every bullet was
the largest cost of analysing a parsed bullet (spaCy evaluates each `IN` list and regular
expression for every token and every partial match). So each pattern with such a required token
(its anchor) gets a Matcher of its own and runs only on bullets holding a token the anchor allows.
Patterns with no anchor share one Matcher that always runs. The matches are exactly those one
Matcher over all the patterns would give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Pattern attributes holding a token's text in some form; spaCy compares them as strings.
TEXT_ATTRIBUTES = ("ORTH", "TEXT", "LOWER", "LEMMA", "NORM")
# Boolean lexical attributes: `{LIKE_NUM = true}` needs a token with that flag set.
FLAG_ATTRIBUTES = ("LIKE_NUM", "IS_DIGIT", "IS_CURRENCY", "LIKE_URL", "LIKE_EMAIL", "IS_PUNCT", "IS_TITLE", "IS_UPPER")
# A token spec with one of these operators must match some token of every match.
_REQUIRED_OPS = (None, "1", "+")
# Cheapest test first: a set lookup, then a flag, then a regular expression over each token.
_KIND_COST = {"values": 0, "flag": 1, "regex": 2}


@dataclass(frozen=True)
class Anchor:
    """Some token of any match has `attribute` equal to one of `values` (kind "values"), set to
    true (kind "flag"), or matching `regex` (kind "regex")."""

    kind: str
    attribute: str
    values: frozenset[str] = frozenset()
    regex: str = ""


def pattern_anchor(pattern: Iterable[dict[str, Any]]) -> Anchor | None:
    """The cheapest, most selective anchor of a pattern, or None when no required token has one."""
    candidates = [a for spec in pattern if spec.get("OP") in _REQUIRED_OPS for a in _spec_anchors(spec)]
    if not candidates:
        return None
    return min(candidates, key=lambda a: (_KIND_COST[a.kind], len(a.values)))


def _spec_anchors(spec: dict[str, Any]) -> list[Anchor]:
    anchors = []
    for key, value in spec.items():
        attribute = key.upper() if isinstance(key, str) else ""
        if attribute in TEXT_ATTRIBUTES:
            attribute = "ORTH" if attribute == "TEXT" else attribute
            if isinstance(value, str):
                anchors.append(Anchor("values", attribute, frozenset([value])))
            elif isinstance(value, dict):
                listed = value.get("IN")
                if isinstance(listed, list) and all(isinstance(v, str) for v in listed):
                    anchors.append(Anchor("values", attribute, frozenset(listed)))
                if isinstance(value.get("REGEX"), str):
                    anchors.append(Anchor("regex", attribute, regex=value["REGEX"]))
        elif attribute in FLAG_ATTRIBUTES and value is True:
            anchors.append(Anchor("flag", attribute))
    return anchors


class AnchoredMatcher:
    """Stands in for spacy.matcher.Matcher where we use it: add(key, patterns), and calling it on
    a Doc, which gives (key, start, end) in document order with the key as a string."""

    def __init__(self, vocab: "Vocab", validate: bool = True):
        from spacy.matcher import Matcher

        self._make = lambda: Matcher(vocab, validate=validate)
        self._vocab = vocab
        self._always = self._make()
        self._anchored: list[tuple[Anchor, Any]] = []
        self._columns: list[str] = []  # token attributes read from each doc, in one to_array call
        self._hashes: dict[Anchor, frozenset[int]] = {}
        self._regexes: dict[Anchor, re.Pattern] = {}

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Raises spaCy's MatchPatternError for an invalid pattern, as Matcher.add does."""
        for pattern in patterns:
            anchor = pattern_anchor(pattern)
            if anchor is None:
                self._always.add(key, [pattern])
                continue
            matcher = self._make()
            matcher.add(key, [pattern])  # validates before the anchor is kept
            self._anchored.append((anchor, matcher))
            if anchor.attribute not in self._columns:
                self._columns.append(anchor.attribute)
            if anchor.kind == "values":
                self._hashes[anchor] = frozenset(self._vocab.strings.add(value) for value in anchor.values)
            elif anchor.kind == "regex":
                self._regexes[anchor] = re.compile(anchor.regex)

    def __call__(self, doc: "Doc") -> list[tuple[str, int, int]]:
        found = list(self._always(doc)) if len(self._always) else []
        if self._anchored and len(doc):
            present = self._present(doc)
            for anchor, matcher in self._anchored:
                if self._holds(anchor, present[anchor.attribute]):
                    found += matcher(doc)
        strings = self._vocab.strings
        return sorted(((strings[key], start, end) for key, start, end in found), key=lambda m: (m[1], m[2], m[0]))

    def _present(self, doc: "Doc") -> dict[str, set[int]]:
        """Each anchored attribute's distinct values in the doc (string hashes, or 0/1 for flags)."""
        table = doc.to_array(self._columns)
        return {name: set(table[:, index].tolist()) for index, name in enumerate(self._columns)}

    def _holds(self, anchor: Anchor, present: set[int]) -> bool:
        if anchor.kind == "values":
            return not self._hashes[anchor].isdisjoint(present)
        if anchor.kind == "flag":
            return 1 in present
        strings = self._vocab.strings
        regex = self._regexes[anchor]
        return any(regex.search(strings[value]) for value in present)
