"""The anchored matcher: which patterns it may skip, and that skipping never changes a match."""

from __future__ import annotations

import pytest

from po2pm_rewrite.anchors import Anchor, AnchoredMatcher, pattern_anchor
from po2pm_rewrite.parse import parse

from .conftest import EXAMPLES, ROOT, read_tsv


@pytest.mark.parametrize(
    "pattern, anchor",
    [
        ([{"LEMMA": "responsible"}, {"LOWER": "for"}], Anchor("values", "LEMMA", frozenset({"responsible"}))),
        # the required token with the fewest values is the most selective
        ([{"LEMMA": {"IN": ["run", "lead", "host"]}}, {"OP": "*"}, {"LEMMA": {"IN": ["demo", "sprint"]}}], Anchor("values", "LEMMA", frozenset({"demo", "sprint"}))),
        # optional tokens never anchor: a match may lack them
        ([{"LOWER": "closely", "OP": "?"}, {"POS": "VERB"}], None),
        ([{"LEMMA": "story", "OP": "*"}, {"LEMMA": "point", "OP": "+"}], Anchor("values", "LEMMA", frozenset({"point"}))),
        # NOT_IN allows almost anything; it says nothing about what a bullet must hold
        ([{"ORTH": {"NOT_IN": ["[", "]"]}}], None),
        ([{"TEXT": "["}], Anchor("values", "ORTH", frozenset({"["}))),
        ([{"lower": "together"}], Anchor("values", "LOWER", frozenset({"together"}))),
        ([{"LIKE_NUM": True, "POS": {"NOT_IN": ["DET"]}}], Anchor("flag", "LIKE_NUM")),
        ([{"LIKE_NUM": False}], None),
        ([{"TEXT": {"REGEX": "^[$€]"}}], Anchor("regex", "ORTH", regex="^[$€]")),
        # a set of values is cheaper to test than a regular expression or a flag
        ([{"LIKE_NUM": True}, {"LOWER": {"IN": ["usd", "eur"]}}], Anchor("values", "LOWER", frozenset({"usd", "eur"}))),
    ],
)
def test_pattern_anchor(pattern, anchor):
    assert pattern_anchor(pattern) == anchor


def _bullets() -> list[str]:
    texts = [text for row in read_tsv(EXAMPLES / "pairs.tsv") for text in row[1:]]
    for path in sorted((ROOT / "benchmarks" / "data").glob("*.tsv")):
        texts += [row[1] for row in read_tsv(path) if len(row) > 1]
    # Tokens for the regular-expression, flag and bracket anchors, which few real bullets have.
    texts += ["Cut churn by half, saving $40k a year", "Grew revenue 3x to 2 million euros", "Owned the [outcome metric] review"]
    return texts


def _plain_matches(matcher, doc):
    return sorted((doc.vocab.strings[key], start, end) for key, start, end in matcher(doc))


def test_anchored_matcher_finds_exactly_what_one_plain_matcher_finds(linter, ruleset):
    from spacy.matcher import Matcher

    nlp, detector = linter._ensure_pipeline()
    patterns = [(f"R|{rule.code}|{p.id}", list(p.pattern)) for rule in ruleset.rules for p in rule.patterns]
    patterns += [(f"S|{signal.name}|{i}", list(p)) for signal in ruleset.signals for i, p in enumerate(signal.patterns)]
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for key, pattern in patterns:
        plain.add(key, [pattern])
        anchored.add(key, [pattern])

    texts = _bullets()
    assert len(texts) > 400
    matched = 0
    for _, doc in parse(nlp, texts, detector.forms):
        expected = _plain_matches(plain, doc)
        assert sorted(anchored(doc)) == expected, doc.text
        matched += bool(expected)
    assert matched > 200  # the comparison is about real matches, not empty lists


def test_matches_come_in_document_order(linter):
    nlp, _ = linter._ensure_pipeline()
    matcher = AnchoredMatcher(nlp.vocab)
    matcher.add("late", [[{"LOWER": "roadmap"}]])
    matcher.add("early", [[{"LOWER": "owned"}]])
    matcher.add("number", [[{"LIKE_NUM": True}]])
    doc = nlp("owned the roadmap for 3 teams")
    assert matcher(doc) == [("early", 0, 1), ("late", 2, 3), ("number", 4, 5)]


def test_an_invalid_pattern_is_refused_like_spacy_refuses_it(linter):
    from spacy.errors import MatchPatternError

    nlp, _ = linter._ensure_pipeline()
    with pytest.raises(MatchPatternError):
        AnchoredMatcher(nlp.vocab).add("bad", [[{"LEMMA": {"IN": "not a list"}, "OP": "sometimes"}]])
