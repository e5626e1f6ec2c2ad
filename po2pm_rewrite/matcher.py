"""Token patterns matched the way one spaCy Matcher would, at a fraction of the cost.

Running every pattern over every bullet was the largest cost of analysing a parsed bullet: spaCy
evaluates each `IN`, `NOT_IN` and `REGEX` test in Python, for every token and every pattern. Most
patterns cannot match most bullets, so they are sorted three ways when added:

- A one-token pattern that only tests token text, tags and lexical flags ("a number that is not a
  determiner", "a token starting with a currency sign") is evaluated directly on the columns of
  `Doc.to_array`, without running a Matcher at all.
- A longer pattern with required tokens that name exact words, flags or regular expressions
  (its anchors: "responsible" in "responsible for") gets a Matcher of its own, run only on bullets
  holding a token for each anchor.
- Any other pattern goes into one Matcher that runs on every bullet.

Every pattern is still compiled by spaCy, with its schema validation. The matches are exactly those
one Matcher over all the patterns would give (tests/test_matcher.py compares them on every
labelled bullet we have).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, AbstractSet, Any, Callable, Iterable, Sequence, cast

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.strings import StringStore
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Pattern attributes holding a token's text in some form; spaCy compares them as strings.
TEXT_ATTRIBUTES = ("ORTH", "TEXT", "LOWER", "LEMMA", "NORM")
# Labels the parse gives a token; Doc.to_array holds them as string (or symbol) IDs too.
LABEL_ATTRIBUTES = ("POS", "TAG", "DEP")
# Boolean lexical attributes: `{LIKE_NUM = true}` needs a token with that flag set.
FLAG_ATTRIBUTES = (
    "LIKE_NUM", "IS_DIGIT", "IS_CURRENCY", "LIKE_URL", "LIKE_EMAIL", "IS_PUNCT", "IS_TITLE", "IS_UPPER",
    "IS_ALPHA", "IS_LOWER", "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE",
)
# A token spec with one of these operators must match some token of every match.
_REQUIRED_OPS = (None, "1", "+")
# Cheapest test first: a set lookup, then a flag, then a regular expression over each token.
# Regular-expression verdicts kept per test; past this many distinct words the oldest go.
MAX_VERDICTS = 100_000
_KIND_COST = {"values": 0, "flag": 1, "not_in": 2, "regex": 3}


@dataclass(frozen=True)
class TokenTest:
    """A test on one token attribute. As an anchor, some token of any match passes it.

    kind "values": the attribute is one of `values`; "not_in": it is none of them; "flag": the
    flag is set (or, in a one-token condition, equals `values`); "regex": it matches `regex`."""

    kind: str
    attribute: str
    values: frozenset[str | int] = frozenset()  # words or labels; 0 or 1 for a flag
    regex: str = ""


def _attribute(key: Any) -> str:
    name = key.upper() if isinstance(key, str) else ""
    return "ORTH" if name == "TEXT" else name


def _cost(anchor: TokenTest) -> tuple[int, int, str, list[str], str]:
    return (_KIND_COST[anchor.kind], len(anchor.values), anchor.attribute, sorted(map(str, anchor.values)), anchor.regex)


def pattern_anchors(pattern: Iterable[dict[str, Any]]) -> tuple[TokenTest, ...]:
    """One anchor for each required token that has one (its cheapest, most selective); a bullet
    can match the pattern only if it holds all of them. Empty when no required token has one."""
    anchors = []
    for spec in pattern:
        candidates = _spec_anchors(spec) if spec.get("OP") in _REQUIRED_OPS else []
        if candidates:
            anchors.append(min(candidates, key=_cost))
    return tuple(sorted(set(anchors), key=_cost))


def _spec_anchors(spec: dict[str, Any]) -> list[TokenTest]:
    anchors = []
    for key, value in spec.items():
        attribute = _attribute(key)
        if attribute in TEXT_ATTRIBUTES:
            if isinstance(value, str):
                anchors.append(TokenTest("values", attribute, frozenset([value])))
            elif isinstance(value, dict):
                listed = value.get("IN")
                if isinstance(listed, list) and all(isinstance(v, str) for v in listed):
                    anchors.append(TokenTest("values", attribute, frozenset(listed)))
                if isinstance(value.get("REGEX"), str):
                    anchors.append(TokenTest("regex", attribute, regex=value["REGEX"]))
        elif attribute in FLAG_ATTRIBUTES and value is True:
            anchors.append(TokenTest("flag", attribute))
    return anchors


def token_conditions(pattern: list[dict[str, Any]]) -> tuple[TokenTest, ...] | None:
    """The tests of a one-token pattern, when every one of them can be checked on the doc's
    attribute table; None for longer patterns, operators, empty specs and anything else."""
    if len(pattern) != 1 or not pattern[0]:
        return None
    conditions = []
    for key, value in pattern[0].items():
        attribute = _attribute(key)
        if attribute in FLAG_ATTRIBUTES and isinstance(value, bool):
            conditions.append(TokenTest("flag", attribute, frozenset([int(value)])))
        elif attribute in TEXT_ATTRIBUTES + LABEL_ATTRIBUTES and isinstance(value, str):
            conditions.append(TokenTest("values", attribute, frozenset([value])))
        elif attribute in TEXT_ATTRIBUTES + LABEL_ATTRIBUTES and isinstance(value, dict) and value:
            for operator, argument in value.items():
                if operator in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
                    conditions.append(TokenTest("values" if operator == "IN" else "not_in", attribute, frozenset(argument)))
                elif operator == "REGEX" and isinstance(argument, str) and attribute in TEXT_ATTRIBUTES:
                    conditions.append(TokenTest("regex", attribute, regex=argument))
                else:
                    return None
        else:
            return None  # an operator, an extension attribute, a comparison: spaCy decides
    return tuple(sorted(conditions, key=_cost))


def value_ids(test: TokenTest, strings: "StringStore") -> frozenset[int]:
    """The string (or symbol) IDs of a test's values, as Doc.to_array gives them."""
    return frozenset(strings.add(str(value)) for value in test.values)  # a values test holds strings


def regex_verdict(test: TokenTest, strings: "StringStore") -> Callable[[int], bool]:
    """Does the string with this ID match the test's regular expression? Each verdict is kept
    per string ID: a word's text never changes, and most words recur, so each is searched once."""
    regex = re.compile(test.regex)

    def verdict(string_id: int) -> bool:
        return regex.search(strings[string_id]) is not None

    return lru_cache(maxsize=MAX_VERDICTS)(verdict)


class PatternMatcher:
    """Stands in for spacy.matcher.Matcher where we use it: add(key, patterns), and calling it on
    a Doc, which gives (key, start, end) in document order with the key as a string."""

    def __init__(self, vocab: "Vocab", validate: bool = True):
        from spacy.matcher import Matcher

        self._make: Callable[[], Matcher] = lambda: Matcher(vocab, validate=validate)
        self._vocab = vocab
        self._always = self._make()
        self._single: list[tuple[str, tuple[TokenTest, ...]]] = []
        self._anchored: list[tuple[str, tuple[int, ...], Matcher]] = []  # key, indices into _anchors, Matcher
        self._anchors: list[TokenTest] = []  # each distinct anchor once: tested at most once per doc
        # where each stands in _anchors: a list's lookups made loading 10,000 patterns quadratic
        # (attack round of session 44, F3: five rule files of 2,000 patterns took 45 to 76 s)
        self._anchor_places: dict[TokenTest, int] = {}
        self._columns: list[str] = []  # token attributes read from each doc, in one to_array call
        self._ids: dict[TokenTest, frozenset[int]] = {}  # string (or symbol) IDs of a test's values
        # A regular expression's verdict per string ID: a word's text never changes, and most
        # words recur, so each is searched once rather than on every bullet that holds it.
        self._verdicts: dict[TokenTest, Callable[[int], bool]] = {}
        # The patterns to try for a set of keys: the same few sets are asked for on every bullet.
        self._selected = lru_cache(maxsize=1024)(self._select)

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Raises spaCy's MatchPatternError for an invalid pattern, as Matcher.add does."""
        self._selected.cache_clear()
        for pattern in patterns:
            matcher = self._make()
            matcher.add(key, [pattern])  # spaCy validates every pattern, however it is matched
            conditions = token_conditions(pattern)
            anchors = pattern_anchors(pattern) if conditions is None else ()
            if conditions is not None:
                self._single.append((key, conditions))
            elif anchors:
                self._anchored.append((key, tuple(self._anchor_index(anchor) for anchor in anchors), matcher))
            else:
                self._always.add(key, [pattern])
            for test in (conditions or ()) + anchors:
                self._remember(test)

    def _anchor_index(self, anchor: TokenTest) -> int:
        if anchor not in self._anchor_places:
            self._anchor_places[anchor] = len(self._anchors)
            self._anchors.append(anchor)
        return self._anchor_places[anchor]

    def _remember(self, test: TokenTest) -> None:
        if test.attribute not in self._columns:
            self._columns.append(test.attribute)
        if test.kind in ("values", "not_in") and test.attribute not in FLAG_ATTRIBUTES:
            self._ids[test] = value_ids(test, self._vocab.strings)
        elif test.kind == "regex":
            self._verdicts[test] = regex_verdict(test, self._vocab.strings)

    def __call__(
        self, doc: "Doc", keys: AbstractSet[str] | None = None, columns: dict[str, list[int]] | None = None
    ) -> list[tuple[str, int, int]]:
        """Matches in document order; with `keys`, only those patterns are tried. `columns` is
        read_columns(doc), for a caller that calls more than once on the same doc."""
        strings = self._vocab.strings
        found = [(strings[key], start, end) for key, start, end in self._always(doc)] if len(self._always) else []
        if keys is not None:
            found = [match for match in found if match[0] in keys]
        if self._columns and len(doc):
            columns = columns if columns is not None else self.read_columns(doc)
            single, anchored = self._selected(None if keys is None else frozenset(keys))
            for key, conditions in single:
                found += [(key, i, i + 1) for i in self._passing(conditions, columns)]
            held: list[bool | None] = [None] * len(self._anchors)  # tested when first needed
            for anchors, matcher in anchored:
                if all(self._holds(index, columns, held) for index in anchors):
                    found += [(strings[key], start, end) for key, start, end in matcher(doc)]
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _select(
        self, keys: frozenset[str] | None
    ) -> tuple[list[tuple[str, tuple[TokenTest, ...]]], list[tuple[tuple[int, ...], Matcher]]]:
        single = [(key, conditions) for key, conditions in self._single if keys is None or key in keys]
        anchored = [(anchors, matcher) for key, anchors, matcher in self._anchored if keys is None or key in keys]
        return single, anchored

    def read_columns(self, doc: "Doc", extra: Sequence[str] = ()) -> dict[str, list[int]]:
        """Each attribute the tests need, and the `extra` ones a caller wants too, one value per
        token (string IDs, or 0/1 for flags), read in one call."""
        names = self._columns + [name for name in extra if name not in self._columns]
        if not names or not len(doc):
            return {name: [] for name in names}
        # spaCy's stub asks for a list of int | str and says float64; the IDs come back as uint64.
        table = doc.to_array(cast("list[int | str]", names)).reshape(len(doc), len(names))  # 1-D for one column
        return dict(zip(names, cast("list[list[int]]", table.T.tolist())))

    def _passing(self, conditions: tuple[TokenTest, ...], columns: dict[str, list[int]]) -> list[int]:
        """Indices of the tokens that pass every test."""
        for test in conditions:  # most bullets hold none of the listed words: say so at set speed
            if test.kind == "values" and self._ids[test].isdisjoint(columns[test.attribute]):
                return []
        indices: Iterable[int] = range(len(next(iter(columns.values()))))
        for test in conditions:
            column = columns[test.attribute]
            if test.kind == "flag":
                wanted = next(iter(test.values))
                indices = [i for i in indices if column[i] == wanted]
            elif test.kind == "values":
                ids = self._ids[test]
                indices = [i for i in indices if column[i] in ids]
            elif test.kind == "not_in":
                ids = self._ids[test]
                indices = [i for i in indices if column[i] not in ids]
            else:
                verdict = self._verdicts[test]
                indices = [i for i in indices if verdict(column[i])]
            if not indices:
                return []
        return list(indices)

    def _holds(self, index: int, columns: dict[str, list[int]], held: list[bool | None]) -> bool:
        if held[index] is None:
            anchor = self._anchors[index]
            column = columns[anchor.attribute]
            if anchor.kind == "values":
                held[index] = not self._ids[anchor].isdisjoint(column)
            elif anchor.kind == "flag":
                held[index] = 1 in column
            else:
                verdict = self._verdicts[anchor]
                held[index] = any(verdict(value) for value in set(column))
        return bool(held[index])
