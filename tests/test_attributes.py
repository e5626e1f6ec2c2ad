"""The attribute table: every token attribute exactly as the model's own AttributeRuler sets it."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from po2pm_rewrite.attributes import SPACY_RULER, TABLE_FACTORY, AttributeTable, supports, use_attribute_table
from po2pm_rewrite.parse import prepare

from .test_matcher import _bullets

COLUMNS = ["POS", "TAG", "DEP", "HEAD", "LEMMA", "MORPH", "NORM", "SENT_START"]
# Words the model's multi-token and word-specific rules are about, and whitespace tokens.
ODD_TEXTS = [
    "I ain't gonna groom the backlog, y'all",
    "We wanna ship it, gotta test it, 'cause it's due",
    "Ca n't and wo n't: the PO's  backlog   had\n\nblank lines",
    "Lead PO; she's the one who'd  decide",
]


@pytest.fixture(scope="module")
def spacy_pipeline(linter):
    """The model as spaCy loads it, with its own attribute ruler (named entities left out, as ours)."""
    import spacy

    return spacy.load(linter.model_name, exclude=["ner"])


def test_the_loaded_pipeline_has_the_table_in_place_of_the_ruler(linter):
    nlp, _ = linter.pipeline()
    names = nlp.pipe_names
    assert SPACY_RULER not in names
    assert names.index(TABLE_FACTORY) == names.index("lemmatizer") - 1  # where the ruler was


@pytest.mark.slow
def test_every_token_attribute_is_what_the_models_ruler_sets(linter, spacy_pipeline):
    nlp, detector = linter.pipeline()
    texts = _bullets() + ODD_TEXTS
    texts += [prepare(text, detector.forms).text for text in texts]  # as po2pm parses them
    ours, theirs = nlp.pipe(texts), spacy_pipeline.pipe(texts)
    differing = [doc.text for doc, expected in zip(ours, theirs) if (doc.to_array(COLUMNS) != expected.to_array(COLUMNS)).any()]
    assert len(texts) > 900 and differing == []


def _ruler(vocab, rules):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(vocab)
    ruler.add_patterns(rules)
    return ruler


# Rules where order, targets and every kind of test matter: a later rule wins on the same token.
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"LOWER": "backlog", "TAG": "NN"}]], "attrs": {"POS": "PROPN", "LEMMA": "Backlog"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["led", "ran"]}, "TAG": "VBD"}]], "attrs": {"LEMMA": "regular"}},
    {"patterns": [[{"LOWER": {"REGEX": "^re"}}]], "attrs": {"NORM": "re-word"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"DEP": "dobj", "TAG": "NN"}]], "attrs": {"MORPH": "Case=Acc"}},
    {"patterns": [[{"LOWER": "sprint"}, {"LOWER": "review"}]], "attrs": {"LEMMA": "sprint-review"}, "index": -1},
    {"patterns": [[{"LOWER": "sprint"}, {"LOWER": "review", "OP": "?"}]], "attrs": {"POS": "ADJ"}, "index": 0},
    {"patterns": [[{"TAG": "NN"}, {"TAG": "NN"}]], "attrs": {"POS": "X"}, "index": 1},
]
WORDS = ["backlog", "sprint", "review", "led", "ran", "reviewed", "groomed", "team", " ", "retro"]
TAGS = ["NN", "VBD", "VBN", "JJ", "_SP"]
DEPS = ["dobj", "nsubj", "ROOT", "amod"]


def _vocab():
    """An English vocabulary: lower-case forms and lexical flags are set (a bare Vocab has none)."""
    import spacy

    return spacy.blank("en").vocab


def _doc(vocab, tokens):
    from spacy.tokens import Doc

    words, tags, deps = zip(*tokens)
    return Doc(vocab, words=list(words), spaces=[True] * len(words), tags=list(tags), deps=list(deps), heads=[0] * len(words))


@pytest.fixture(scope="module")
def ruler_and_table():
    ruler = _ruler(_vocab(), RULES)
    return ruler, AttributeTable(ruler)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS), st.sampled_from(DEPS)), min_size=1, max_size=8))
def test_table_and_ruler_agree_on_any_tokens(ruler_and_table, tokens):
    ruler, table = ruler_and_table
    expected, ours = ruler(_doc(ruler.vocab, tokens)), table(_doc(ruler.vocab, tokens))
    assert (ours.to_array(COLUMNS) == expected.to_array(COLUMNS)).all()


def test_a_later_rule_wins_on_the_same_token():
    vocab = _vocab()
    doc = AttributeTable(_ruler(vocab, RULES))(_doc(vocab, [("backlog", "NN", "nsubj"), ("retro", "NN", "dobj")]))
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in doc] == [("PROPN", "Backlog", "Number=Sing"), ("X", "", "Case=Acc")]


def test_a_table_survives_pickling_for_worker_processes():
    vocab = _vocab()
    table = pickle.loads(pickle.dumps(AttributeTable(_ruler(vocab, RULES))))
    doc = table(_doc(table._vocab, [("sprint", "NN", "nsubj"), ("review", "NN", "dobj")]))
    assert [(t.pos_, t.lemma_) for t in doc] == [("ADJ", ""), ("X", "sprint-review")]


def test_a_ruler_the_table_cannot_stand_in_for_is_left_in_place():
    import spacy
    from spacy.tokens import Token

    Token.set_extension("po2pm_test_flag", default=False, force=True)
    nlp = spacy.blank("en")
    nlp.add_pipe(SPACY_RULER).add_patterns([{"patterns": [[{"LOWER": "backlog"}]], "attrs": {"_": {"po2pm_test_flag": True}}}])
    assert not supports(nlp.get_pipe(SPACY_RULER))
    assert use_attribute_table(nlp) is False and nlp.pipe_names == [SPACY_RULER]
    # A one-token pattern whose target lies outside it: spaCy raises on a match; we leave that to spaCy.
    outside = _ruler(nlp.vocab, [{"patterns": [[{"LOWER": "backlog"}]], "attrs": {"POS": "NOUN"}, "index": 1}])
    assert not supports(outside)
