"""Stage 2: the subject-prefix fix for verb-first fragments, measured on the project's bullets."""

from __future__ import annotations

import pytest
from lemminflect import getAllLemmas

from po2pm_rewrite.parse import parse
from po2pm_rewrite.parse import prepare as prepare_with

from .conftest import EXAMPLES, read_tsv


def _verb_first_bullets() -> list[str]:
    rows = read_tsv(EXAMPLES / "pairs.tsv")
    bullets = [row[1] for row in rows] + [row[2] for row in rows]
    # lemminflect, an independent dictionary, decides which bullets open with a verb form.
    return [b for b in bullets if getAllLemmas(b.split()[0].lower(), upos="VERB")]


def test_leading_verb_is_tagged_verb_far_more_often_with_the_prefix(linter):
    nlp, detector = linter.pipeline()
    bullets = _verb_first_bullets()
    before = sum(1 for doc in nlp.pipe(bullets) if doc[0].pos_ == "VERB") / len(bullets)
    after = sum(1 for item, doc in parse(nlp, bullets, detector.forms) if doc[item.prefix_tokens].pos_ == "VERB") / len(bullets)
    print(f"leading verb tagged VERB: before {before:.1%}, after {after:.1%} of {len(bullets)} bullets")
    assert after >= 0.95
    assert after - before >= 0.10


def test_prefix_matches_the_verb_form(linter):
    _, detector = linter.pipeline()

    def prepare(text):
        return prepare_with(text, detector.forms)

    assert prepare("Managed the backlog").text == "I managed the backlog"
    assert prepare("Manages the backlog").text == "She manages the backlog"
    assert prepare("Managing the backlog").text == "I am managing the backlog"
    assert prepare("Led discovery").text == "I led discovery"
    assert prepare("Was involved in planning").text == "Was involved in planning"
    assert prepare("Responsible for planning").text == "Responsible for planning"
    assert prepare("QA sign-off for releases").text == "QA sign-off for releases"
    # the first of a list of acts (seed 4221: parsed as written, "Elicit" read as a name)
    assert prepare("Elicit, analyze, and document requirements").text == "I elicit, analyze, and document requirements"
    assert prepare("Gathered, analysed and documented requirements").text == "I gathered, analysed and documented requirements"


def test_offsets_map_back_to_the_bullet(linter):
    nlp, detector = linter.pipeline()
    text = "Led discovery interviews with 20 customers"
    item, doc = next(iter(parse(nlp, [text], detector.forms)))
    for token in doc[item.prefix_tokens :]:
        start = token.idx - item.prefix_chars
        assert text[start : start + len(token.text)].lower() == token.text.lower()


def test_function_words_are_words_not_typo_candidates(linter):
    # "the" and "for" are in no part-of-speech index; a run holding them is not a misspelling.
    _, detector = linter.pipeline()
    forms = detector.forms
    assert all(forms.is_word(word) for word in ("the", "for", "with", "our", "Into"))
    assert not forms.is_word("groomming")


@pytest.mark.parametrize(
    "bullet, word, lemma",
    [
        ("Organised sprint demos for stakeholders", "demos", "demo"),  # a plural tagged NN
        ("Maintained a healthy backlog of refined user stories", "refined", "refine"),  # a participle tagged JJ
    ],
)
def test_lemma_repair(linter, bullet, word, lemma):
    nlp, detector = linter.pipeline()
    _, doc = next(iter(parse(nlp, [bullet], detector.forms)))
    assert {token.text: token.lemma_ for token in doc}[word] == lemma
