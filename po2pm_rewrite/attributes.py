"""The model's attribute rules (tag -> part of speech and morphology, a few word exceptions),
applied with the same result as spaCy's AttributeRuler at a small fraction of its cost.

spaCy's AttributeRuler runs a Matcher with every rule over every token, then builds a Span and
sets attributes one match at a time. Every token matches at least one rule, so on short bullets it
cost about as much as the tagger. Nearly all rules test a single token ("tag NN", "lower 'ca' and
tag MD"), and what they do to a token depends only on the few attribute values they test. So:

- the values a token is tested on (its "signature": tag, dependency, lower-case text when some rule
  names it, the space flag) are looked up once per distinct signature, giving the merged effect
  of every one-token rule it passes;
- rules that span several tokens ("gon na") go through a PatternMatcher, which runs them only on
  bullets holding their words;
- the results are written to the doc in one `Doc.from_array` call.

Rules apply in the order they were added, a later rule winning, exactly as in spaCy. A ruler with
something this table does not handle (extension attributes, a rule whose target token is not its
only token) is left in place. tests/test_attributes.py compares every token attribute with spaCy's
own pipeline.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable, cast

from .matcher import MAX_VERDICTS, PatternMatcher, TokenTest, regex_verdict, token_conditions, value_ids

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from thinc.types import Ints2d

SPACY_RULER = "attribute_ruler"
TABLE_FACTORY = "po2pm_attribute_table"
# What a rule may set for the table to handle it; extension attributes ("_") stay with spaCy.
_SETTABLE = ("LEMMA", "NORM", "POS", "TAG", "DEP", "MORPH")
_OTHER = -1  # stands for every value no rule tells apart (see _telling_values)


def supports(ruler: "AttributeRuler") -> bool:
    """Can the table stand in for this ruler with identical results?"""
    from spacy.attrs import IDS

    settable = {IDS[name] for name in _SETTABLE}
    for key, attrs in enumerate(ruler.attrs):
        if not set(attrs) <= settable:
            return False
        for pattern in ruler.matcher.get(str(key))[1]:
            if len(pattern) == 1 and token_conditions(pattern) is not None and ruler.indices[key] not in (0, -1):
                return False  # spaCy would raise for a target outside the one matched token
    return True


def use_attribute_table(nlp: "Language") -> bool:
    """Put the table in place of the model's attribute ruler, when it can stand in for it."""
    if SPACY_RULER not in nlp.pipe_names or not supports(cast("AttributeRuler", nlp.get_pipe(SPACY_RULER))):
        return False
    _register_factory()
    nlp.add_pipe(TABLE_FACTORY, after=SPACY_RULER)  # built from the ruler, so added before it goes
    nlp.remove_pipe(SPACY_RULER)
    return True


def _register_factory() -> None:
    from spacy.language import Language

    if not Language.has_factory(TABLE_FACTORY):
        Language.factory(TABLE_FACTORY, func=_make_table)


def _make_table(nlp: "Language", name: str) -> "AttributeTable":
    return AttributeTable(cast("AttributeRuler", nlp.get_pipe(SPACY_RULER)))


class AttributeTable:
    """A pipeline component doing what the given AttributeRuler does."""

    def __init__(self, ruler: "AttributeRuler") -> None:
        from spacy.attrs import IDS

        self._ruler = ruler  # kept so that worker processes can rebuild the table (see __reduce__)
        self._vocab = ruler.vocab
        self._effects = [dict(attrs) for attrs in ruler.attrs]  # attribute ID -> value, as spaCy sets them
        self._indices = list(ruler.indices)
        self._single: list[tuple[int, tuple[TokenTest, ...]]] = []  # rule number, tests of one pattern
        self._spanning = PatternMatcher(ruler.vocab, validate=False)
        for key in range(len(self._effects)):
            for pattern in ruler.matcher.get(str(key))[1]:
                conditions = token_conditions(pattern)
                if conditions is None:
                    self._spanning.add(str(key), [pattern])
                else:
                    self._single.append((key, conditions))
        self._written = sorted({attribute for effect in self._effects for attribute in effect})
        self._tested = sorted({test.attribute for _, tests in self._single for test in tests})
        self._tested_ids = [IDS[name] for name in self._tested]
        self._tests = {test: self._predicate(test) for _, tests in self._single for test in tests}
        self._telling = [self._telling_values(attribute) for attribute in self._tested]
        # Few distinct signatures and fewer distinct sets of rules occur: each is worked out once.
        self._rules_for = lru_cache(maxsize=MAX_VERDICTS)(self._rules_passed)
        self._effect_for = lru_cache(maxsize=MAX_VERDICTS)(self._merged_effect)

    def __reduce__(self) -> tuple[type[AttributeTable], tuple[AttributeRuler]]:
        return (AttributeTable, (self._ruler,))

    def _telling_values(self, attribute: str) -> tuple[frozenset[int], tuple[Callable[[int], bool], ...]] | None:
        """The values of this attribute that some rule tells apart: those the rules name, and
        those a rule's regular expression matches. Every other value passes and fails the same
        tests, so it can stand as one. None for a flag, whose two values are kept as they are."""
        tests = [test for _, tests in self._single for test in tests if test.attribute == attribute]
        if any(test.kind == "flag" for test in tests):
            return None
        named = frozenset().union(*(value_ids(test, self._vocab.strings) for test in tests))
        return named, tuple(self._tests[test] for test in tests if test.kind == "regex")

    def _predicate(self, test: TokenTest) -> Callable[[int], bool]:
        if test.kind == "flag":
            wanted = next(iter(test.values))
            return lambda value: value == wanted
        if test.kind in ("values", "not_in"):
            ids = value_ids(test, self._vocab.strings)
            return ids.__contains__ if test.kind == "values" else lambda value: value not in ids
        verdict = regex_verdict(test, self._vocab.strings)
        return lambda value: value != _OTHER and verdict(value)  # the stand-in for untold values matches none

    def __call__(self, doc: "Doc") -> "Doc":
        import numpy

        if not len(doc) or not self._written:
            return doc
        rules_by_token = [self._rules_for(signature) for signature in self._signatures(doc)]
        for token, key in self._spanning_targets(doc):
            rules_by_token[token] = tuple(sorted({*rules_by_token[token], key}))
        # spaCy's stub says float64; Doc.to_array gives the uint64 IDs
        table = cast("list[list[int]]", doc.to_array(self._written).reshape(len(doc), len(self._written)).tolist())
        for row, rules in zip(table, rules_by_token):
            for column, value in self._effect_for(rules):
                row[column] = value
        doc.from_array(self._written, cast("Ints2d", numpy.array(table, dtype="uint64")))
        return doc

    def _signatures(self, doc: "Doc") -> list[tuple[int, ...]]:
        """Per token, the values of the attributes the one-token rules test."""
        if not self._tested:
            return [()] * len(doc)
        columns = cast("list[list[int]]", doc.to_array(self._tested_ids).reshape(len(doc), len(self._tested_ids)).T.tolist())
        for index, telling in enumerate(self._telling):
            if telling is not None:
                named, regexes = telling
                columns[index] = [
                    value if value in named or any(regex(value) for regex in regexes) else _OTHER for value in columns[index]
                ]
        return list(zip(*columns))

    def _rules_passed(self, signature: tuple[int, ...]) -> tuple[int, ...]:
        """The rules, in order, with a one-token pattern that a token of this signature passes."""
        values = dict(zip(self._tested, signature))
        return tuple(sorted({key for key, tests in self._single if all(self._tests[t](values[t.attribute]) for t in tests)}))

    def _merged_effect(self, rules: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) for each attribute these rules set; a later rule wins, as in spaCy."""
        merged: dict[int, int] = {}
        for key in rules:
            merged.update(self._effects[key])
        return tuple((column, merged[attribute]) for column, attribute in enumerate(self._written) if attribute in merged)

    def _spanning_targets(self, doc: "Doc") -> list[tuple[int, int]]:
        """(token, rule number) for each match of a rule that spans tokens."""
        targets = []
        for key, start, end in self._spanning(doc):
            index = self._indices[int(key)]
            target = start + index if index >= 0 else end + index
            if not start <= target < end:
                raise ValueError(f"attribute rule {key}: token {index} is outside its match of {end - start} tokens")
            targets.append((target, int(key)))
        return targets
