"""The user's own facts, read off the parse, for rewrite templates (part of the matching stage).

A rewrite keeps what only the user could have written (the product, the team, the people) and
drops the delivery jargon it replaces. Everything here is plain text taken from the bullet itself;
nothing is made up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Slots
from .parse import ParseInput
from .terms import term_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TIME_WORDS = {"week", "month", "quarter", "year", "day", "sprint", "cycle", "iteration"}
_CONTENT_POS = {"NOUN", "PROPN", "ADJ", "NUM", "VERB"}
_TENSE_BY_TAG = {"VBD": "past", "VBN": "past", "VBZ": "present3", "VBG": "gerund", "VBP": "present", "VB": "present"}


def extract_slots(doc: "Doc", item: ParseInput, jargon: set[int], roles: set[str], teams: set[str]) -> Slots:
    """jargon: token indices of delivery terms and of words the rules flagged."""
    skip = item.prefix_tokens
    root = _root(doc, skip)
    verb, tense = _verb_and_tense(root, item)
    jargon = _with_conjuncts(doc, jargon)

    topics: list[str] = []
    team = ""
    people: list[str] = []
    used: set[int] = set()
    for chunk in doc.noun_chunks:
        if chunk.start < skip or chunk.root.pos_ in {"PRON", "NUM"} or used & {t.i for t in chunk}:
            continue
        if all(t.like_num or t.pos_ in {"SYM", "PUNCT", "DET"} or t.text == "%" for t in chunk):
            continue  # "30%" is a figure, not a topic
        kind = _kind(chunk.root, roles, teams)
        if kind == "team":
            if not team and any(t.i not in jargon for t in chunk if t.i != chunk.root.i and t.pos_ != "DET"):
                team = _render(chunk, jargon, item)
            continue
        if chunk.root.i in jargon or any(t.i in jargon for t in (*chunk, *chunk.root.children) if t.dep_ != "prep"):
            continue  # the phrase is about the jargon ("delivery coordination", "grooming sessions")
        text, phrase = _with_of_phrase(chunk, item, jargon)
        used |= phrase
        if kind == "people":
            people.append(text)
        elif not _is_time(chunk.root) and text not in topics:
            topics.append(text)

    content = tuple(
        dict.fromkeys(
            t.lemma_.lower()
            for t in doc[skip:]
            if t.pos_ in _CONTENT_POS and not t.is_stop and t.i not in jargon and t.i != root.i and t.is_alpha
        )
    )
    return Slots(
        verb=verb,
        tense=tense,
        topic=topics[0] if topics else "",
        topics=tuple(topics[:3]),
        team=team,
        people=_join(people[:3]),
        content=content,
    )


def _with_conjuncts(doc: "Doc", jargon: set[int]) -> set[int]:
    """Items listed with a jargon item are jargon too: "sprint planning, reviews and retrospectives"."""
    extended = set(jargon)
    for token in doc:
        if token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"} and token.head.i in jargon:
            extended.add(token.i)
    return extended


def _root(doc: "Doc", skip: int) -> "Token":
    for token in doc[skip:]:
        if token.head.i == token.i:
            return token
    return doc[skip]


def _verb_and_tense(root: "Token", item: ParseInput) -> tuple[str, str]:
    if root.pos_ in {"VERB", "AUX"} and root.lemma_.lower() not in {"be", "have"}:
        tense = _TENSE_BY_TAG.get(root.tag_, "past")
        if item.prefix_tokens == 0 and tense == "present3":
            tense = "past"  # no subject prefix means the parser read it without one: trust past
        return root.lemma_.lower(), tense
    return "", "past"


def _kind(root: "Token", roles: set[str], teams: set[str]) -> str:
    lemma = term_key(root.lemma_)
    if lemma in teams or term_key(root.text) in teams:
        return "team"
    if lemma in roles or term_key(root.text) in roles:
        return "people"
    return "thing"


def _is_time(token: "Token") -> bool:
    return token.lemma_.lower() in _TIME_WORDS or token.dep_ == "npadvmod"


def _text_of(tokens, item: ParseInput) -> str:
    """The words as the user wrote them (the parser may have read the first one lower-cased)."""
    start = tokens[0].idx - item.prefix_chars
    end = tokens[-1].idx + len(tokens[-1].text) - item.prefix_chars
    return item.source[start:end]


def _render(chunk: "Span", jargon: set[int], item: ParseInput) -> str:
    """The chunk without its delivery-jargon modifiers: "two scrum teams" -> "two teams"."""
    kept = [t for t in chunk if t.i not in jargon or t.i == chunk.root.i]
    if len(kept) == len(chunk):
        return _text_of(list(chunk), item)
    return " ".join(_text_of([t], item) for t in kept)


def _with_of_phrase(chunk: "Span", item: ParseInput, jargon: set[int]) -> tuple[str, set[int]]:
    """"the VP" -> "the VP of Product" when the of-phrase is clean; returns the text and its tokens."""
    tokens = list(chunk)
    for child in chunk.root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            phrase = list(child.subtree)
            if not any(t.i in jargon for t in phrase) and phrase[0].i == tokens[-1].i + 1:
                tokens += phrase
    return _text_of(tokens, item), {t.i for t in tokens}


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
