"""The pattern matcher: which patterns it may skip or evaluate itself, and that neither ever changes a match."""

from __future__ import annotations

import pytest

from po2pm_rewrite.matcher import PatternMatcher, TokenTest, pattern_anchors, token_conditions
from po2pm_rewrite.parse import parse

from .conftest import EXAMPLES, ROOT, read_tsv


def values(attribute, *words):
    return TokenTest("values", attribute, frozenset(words))


@pytest.mark.parametrize(
    "pattern, anchors",
    [
        # every required token with exact values is an anchor; a bullet needs them all
        ([{"LEMMA": "responsible"}, {"LOWER": "for"}], (values("LEMMA", "responsible"), values("LOWER", "for"))),
        (
            [{"LEMMA": {"IN": ["run", "lead", "host"]}}, {"OP": "*"}, {"LEMMA": {"IN": ["demo", "sprint"]}}],
            (values("LEMMA", "demo", "sprint"), values("LEMMA", "run", "lead", "host")),
        ),
        # optional tokens never anchor: a match may lack them
        ([{"LOWER": "closely", "OP": "?"}, {"POS": "VERB"}], ()),
        ([{"LEMMA": "story", "OP": "*"}, {"LEMMA": "point", "OP": "+"}], (values("LEMMA", "point"),)),
        # NOT_IN allows almost anything; it says nothing about what a bullet must hold
        ([{"ORTH": {"NOT_IN": ["[", "]"]}}], ()),
        ([{"TEXT": "["}], (values("ORTH", "["),)),
        ([{"lower": "together"}], (values("LOWER", "together"),)),
        ([{"LIKE_NUM": True, "POS": {"NOT_IN": ["DET"]}}], (TokenTest("flag", "LIKE_NUM"),)),
        ([{"LIKE_NUM": False}], ()),
        ([{"TEXT": {"REGEX": "^[$€]"}}], (TokenTest("regex", "ORTH", regex="^[$€]"),)),
        # per token, a set of values is cheaper to test than a flag or a regular expression
        ([{"LIKE_NUM": True, "LOWER": {"IN": ["two", "ten"]}}], (values("LOWER", "two", "ten"),)),
        ([{"LIKE_NUM": True}, {"LOWER": {"IN": ["usd", "eur"]}}], (values("LOWER", "usd", "eur"), TokenTest("flag", "LIKE_NUM"))),
    ],
)
def test_pattern_anchors(pattern, anchors):
    assert pattern_anchors(pattern) == anchors


def _bullets() -> list[str]:
    texts = [text for row in read_tsv(EXAMPLES / "pairs.tsv") for text in row[1:]]
    for path in sorted((ROOT / "benchmarks" / "data").glob("*.tsv")):
        texts += [row[1] for row in read_tsv(path) if len(row) > 1]
    # Tokens for the regular-expression, flag and bracket anchors, which few real bullets have.
    texts += ["Cut churn by half, saving $40k a year", "Grew revenue 3x to 2 million euros", "Owned the [outcome metric] review"]
    return texts


def _plain_matches(matcher, doc):
    return sorted((doc.vocab.strings[key], start, end) for key, start, end in matcher(doc))


def test_pattern_matcher_finds_exactly_what_one_plain_matcher_finds(linter, ruleset):
    from spacy.matcher import Matcher

    nlp, detector = linter.pipeline()
    patterns = [(f"R|{rule.code}|{p.id}", list(p.pattern)) for rule in ruleset.rules for p in rule.patterns]
    patterns += [(f"S|{signal.name}|{i}", list(p)) for signal in ruleset.signals for i, p in enumerate(signal.patterns)]
    plain, ours = Matcher(nlp.vocab), PatternMatcher(nlp.vocab)
    for key, pattern in patterns:
        plain.add(key, [pattern])
        ours.add(key, [pattern])

    texts = _bullets()
    assert len(texts) > 400
    matched = 0
    for _, doc in parse(nlp, texts, detector.forms):
        expected = _plain_matches(plain, doc)
        assert sorted(ours(doc)) == expected, doc.text
        matched += bool(expected)
    assert matched > 200  # the comparison is about real matches, not empty lists


def test_matches_come_in_document_order(linter):
    nlp, _ = linter.pipeline()
    matcher = PatternMatcher(nlp.vocab)
    matcher.add("late", [[{"LOWER": "roadmap"}]])
    matcher.add("early", [[{"LOWER": "owned"}]])
    matcher.add("number", [[{"LIKE_NUM": True}]])
    doc = nlp("owned the roadmap for 3 teams")
    assert matcher(doc) == [("early", 0, 1), ("late", 2, 3), ("number", 4, 5)]


def test_an_invalid_pattern_is_refused_like_spacy_refuses_it(linter):
    from spacy.errors import MatchPatternError

    nlp, _ = linter.pipeline()
    with pytest.raises(MatchPatternError):
        PatternMatcher(nlp.vocab).add("bad", [[{"LEMMA": {"IN": "not a list"}, "OP": "sometimes"}]])


@pytest.mark.parametrize(
    "pattern, conditions",
    [
        ([{"LIKE_NUM": True, "POS": {"NOT_IN": ["PRON", "DET"]}}], (TokenTest("flag", "LIKE_NUM", frozenset({1})), TokenTest("not_in", "POS", frozenset({"PRON", "DET"})))),
        ([{"TEXT": {"REGEX": "^[$€]"}}], (TokenTest("regex", "ORTH", regex="^[$€]"),)),
        ([{"lemma": {"IN": ["velocity", "burndown"]}, "DEP": "dobj"}], (values("DEP", "dobj"), values("LEMMA", "velocity", "burndown"))),
        # anything spaCy alone knows how to test stays with spaCy
        ([{"LEMMA": "story"}, {"LEMMA": "point"}], None),
        ([{"LEMMA": "story", "OP": "?"}], None),
        ([{}], None),
        ([{"LENGTH": {">=": 4}}], None),
        ([{"POS": {"REGEX": "^V"}}], None),
        ([{"LOWER": {"FUZZY": "backlog"}}], None),
        ([{"_": {"signal": True}}], None),
    ],
)
def test_token_conditions(pattern, conditions):
    assert token_conditions(pattern) == conditions


SYNTHETIC_PATTERNS = {
    "number-not-det": [{"LIKE_NUM": True, "POS": {"NOT_IN": ["PRON", "DET"]}}],
    "not-a-number-noun": [{"LIKE_NUM": False, "POS": "NOUN", "DEP": {"IN": ["dobj", "pobj"]}}],
    "currency": [{"TEXT": {"REGEX": "^[$€£]"}}],
    "lower-regex": [{"LOWER": {"REGEX": "^re"}, "TAG": {"NOT_IN": ["NN"]}}],
    "verb-lemma": [{"LEMMA": {"IN": ["lead", "own", "run"]}, "POS": "VERB"}],
    "title-word": [{"IS_TITLE": True, "IS_PUNCT": False}],
    "two-tokens": [{"LIKE_NUM": True}, {"LOWER": {"IN": ["teams", "squads", "markets"]}}],
    "optional-start": [{"LOWER": "closely", "OP": "?"}, {"LEMMA": "work"}, {"LOWER": "with"}],
    "no-anchor": [{"POS": "ADJ"}, {"POS": "NOUN"}],
}


def test_every_way_of_matching_agrees_with_spacy(linter):
    from spacy.matcher import Matcher

    nlp, detector = linter.pipeline()
    plain, ours = Matcher(nlp.vocab), PatternMatcher(nlp.vocab)
    for key, pattern in SYNTHETIC_PATTERNS.items():
        plain.add(key, [pattern])
        ours.add(key, [pattern])
    fired = set()
    for _, doc in parse(nlp, _bullets(), detector.forms):
        expected = _plain_matches(plain, doc)
        assert sorted(ours(doc)) == expected, doc.text
        fired |= {key for key, _, _ in expected}
    assert fired == set(SYNTHETIC_PATTERNS)  # each kind of test met real matches


def test_only_the_patterns_asked_for_are_tried(linter):
    nlp, _ = linter.pipeline()
    matcher = PatternMatcher(nlp.vocab)
    matcher.add("roadmap", [[{"LOWER": "roadmap"}]])  # one token: evaluated on the table
    matcher.add("owned-roadmap", [[{"LOWER": "owned"}, {"OP": "*"}, {"LOWER": "roadmap"}]])  # anchored
    matcher.add("any-noun", [[{"POS": "NOUN"}, {"OP": "?"}]])  # no anchor: the shared Matcher
    doc = nlp("owned the roadmap for 3 teams")
    assert {key for key, _, _ in matcher(doc)} == {"roadmap", "owned-roadmap", "any-noun"}
    assert matcher(doc, {"owned-roadmap"}) == [("owned-roadmap", 0, 3)]
    assert matcher(doc, set()) == []


def test_patterns_without_token_tests_and_empty_docs(linter):
    nlp, _ = linter.pipeline()
    matcher = PatternMatcher(nlp.vocab)
    matcher.add("adjective-noun", [[{"POS": "ADJ"}, {"POS": "NOUN"}]])  # no anchor, no columns to read
    doc = nlp("a healthy backlog")
    assert matcher.read_columns(doc) == {}
    assert matcher(doc) == [("adjective-noun", 1, 3)]
    assert matcher(nlp("")) == []


def test_regular_expression_verdicts_stay_right_when_their_store_starts_over(linter, monkeypatch):
    from spacy.matcher import Matcher

    import po2pm_rewrite.matcher as matcher_module

    monkeypatch.setattr(matcher_module, "MAX_VERDICTS", 3)
    nlp, _ = linter.pipeline()
    plain, ours = Matcher(nlp.vocab), PatternMatcher(nlp.vocab)
    for key, pattern in {
        "money": [{"TEXT": {"REGEX": "^[$€]"}}],
        "money-then-budget": [{"TEXT": {"REGEX": "^[$€]"}}, {"OP": "*"}, {"LOWER": "budget"}],
    }.items():
        plain.add(key, [pattern])
        ours.add(key, [pattern])
    texts = ["Saved $40k of a €2m budget", "Owned the budget for three teams", "Cut € spend and $ waste"]
    for _ in range(2):  # the second pass reads verdicts kept, or cleared, by the first
        for doc in nlp.pipe(texts):
            assert sorted(ours(doc)) == _plain_matches(plain, doc)
    assert _plain_matches(plain, nlp(texts[0]))  # the patterns do match something
