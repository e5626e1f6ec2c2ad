"""Named context checks: when a word of a signal's lexicon does not carry the bullet's claim.

A signal file chooses its checks by name (rules/signals.toml, `checks = [...]`), as Vale's rule
files choose a check type. Each check looks at the word (its head token in the parse) and the
delivery terms around it, and says "this mention does not count". The registry below is the one
place that says what each check does, with an example; `po2pm explain --checks` prints it and
docs/writing-rules.md is generated from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from .terms import term_key

if TYPE_CHECKING:
    from spacy.tokens import Token

_OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "nsubjpass", "compound"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
# What a change verb measured, as the parser may attach it: "reduced [cycle time] from 4 months"
# (often parsed as an adverbial noun) or "[delivery timelines] improved by 30%".
_MEASURED_DEPS = _OBJECT_DEPS | {"npadvmod", "nsubj"}


@dataclass(frozen=True)
class Mention:
    """One mention of a signal word, with what the checks need to judge it."""

    head: "Token"  # the word of the mention that attaches it to the sentence
    delivery: frozenset[int]  # token indices inside delivery terms
    cancelling: frozenset[int]  # token indices of the words that cancel this signal (default: delivery terms)
    firm: bool  # a firm term ("deferred", "killed") counts even when it acts on a delivery object
    heads: frozenset[str]  # the signal's modifier_heads lexicon, keyed
    verbs: frozenset[str]  # the signal's void_under_verbs lexicon


@dataclass(frozen=True)
class Check:
    name: str
    summary: str
    example: str  # a mention this check cancels, with the words in brackets
    needs: str  # the signal key the check reads, if any ("" for none)
    voids: Callable[[Mention], bool]


# "prioritised them in the backlog", "added it to the board": where the action lands.
_PLACE_PREPS = {"of", "in", "into", "to", "onto"}
_QUANTITY_PREPS = {"from", "by", "per"}


def _governs_delivery(token: "Token", delivery_tokens: set[int], whole_subtree: bool = False) -> bool:
    """Does this word act on a delivery term: "prioritised the backlog", "led stand-ups"?"""
    if not delivery_tokens:
        return False
    object_deps = _MEASURED_DEPS if whole_subtree else _OBJECT_DEPS
    objects = [child for child in token.children if child.dep_ in object_deps]
    # With the whole phrase in view, "from 40 to 15 per sprint" says what unit the change was in.
    preps = _PLACE_PREPS | (_QUANTITY_PREPS if whole_subtree else set())
    for prep in (child for child in token.children if child.dep_ == "prep" and child.lower_ in preps):
        objects += [child for child in prep.children if child.dep_ == "pobj"]
    for obj in objects:
        if whole_subtree:
            words = list(obj.subtree)
        else:
            words = [obj, *(child for child in obj.children if child.dep_ == "compound")]
        if any(word.i in delivery_tokens for word in words):
            return True
    return False


def _holds_any(token: "Token", marked: set[int]) -> bool:
    return bool(marked) and any(word.i in marked for word in token.subtree if word.i != token.i)


def _describes_delivery(token: "Token", delivery_tokens: set[int]) -> bool:
    """A participle or adjective on a delivery noun: "stories prioritised", "prioritised sprint work"."""
    if not delivery_tokens or token.dep_ not in {"amod", "acl"}:
        return False
    noun = token.head
    return any(word.i in delivery_tokens for word in (noun, *(c for c in noun.children if c.dep_ == "compound")))


def _delivery_beneficiary(token: "Token", delivery_tokens: set[int]) -> bool:
    """The addressee of delivery work: "release notes for customers", "stories for the client"."""
    if not delivery_tokens or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ not in {"for", "to"}:
        return False
    owner = prep.head
    return owner.i in delivery_tokens or _governs_delivery(owner, delivery_tokens)


def _made_into_delivery(token: "Token", delivery_tokens: set[int]) -> bool:
    """Raw material of delivery work: "translated the vision into epics", "turned customer
    requests into Jira tickets". The signal word is what got converted, not what was decided."""
    if not delivery_tokens:
        return False
    verb = token
    while verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb is token:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"into", "onto"}:
            if any(word.i in delivery_tokens for child in prep.children for word in child.subtree):
                return True
    return False


def _governing_verb_lemma(token: "Token") -> str:
    """The verb a noun phrase hangs from: "customers" in "coordinated testing with customers"."""
    node = token
    while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    return node.lemma_.lower() if node.pos_ in {"VERB", "AUX"} else ""


def _is_bare_participle(token: "Token") -> bool:
    """A past form that is not the writer's own verb and has no subject, object or agent:
    a state ("kept the backlog groomed and prioritized"), not an act. The tagger often calls
    these VBD, so the clause role decides, not the tag."""
    if token.dep_ == "ROOT" or token.tag_ not in {"VBN", "VBD"}:
        return False
    acting = {"dobj", "obj", "nsubj", "nsubjpass", "agent", "xcomp", "ccomp", "dative"}
    return not any(child.dep_ in acting for child in token.children)


def _product_part(m: Mention) -> bool:
    head = m.head
    if head.dep_ in _MODIFIER_DEPS and head.head.i != head.i:
        return term_key(head.head.lemma_) not in m.heads and term_key(head.head.lower_) not in m.heads
    return False


_SIZE_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"}


_AMOUNT_START = re.compile(r"[$€£¥\d]")  # "$", "3M", "12k": a currency sign or a digit


def _is_amount(token: "Token") -> bool:
    return token.like_num or token.pos_ == "NUM" or _AMOUNT_START.match(token.text) is not None


def _counts_the_work(m: Mention) -> bool:
    """The amount counts or prices a noun of the signal's heads: "a team of [12]", "[12] engineers",
    "[52] status reports", "a [$]3M rollout", "a budget of [$]40k". Read as a result, a head count
    let "Led a team of 12 engineers to deliver ..." pass as PM work where the same bullet without
    the number was flagged (a new user's trial, session 15); a project's price let "Delivered a $3M
    rollout" pass as business reasoning (corpus train part, session 26)."""
    if not _is_amount(m.head):
        return False
    return any(term_key(noun.lemma_) in m.heads or term_key(noun.lower_) in m.heads for noun in _sized_nouns(m.head))


def _measures_delivery(m: Mention) -> bool:
    """The amount is how far a change moved one of the cancelling terms: "reduced [time-to-market]
    by [20]%", "increased team productivity by [25]%", "a [4]x reduction in release time". The
    rubric counts such a figure as a delivery measure; read as a result, three features of one
    number (a metric, a number, a percentage) outweighed the delivery words around it (corpus train
    part, session 29: 107 of 322 cross-validated misses carried a metric)."""
    cancelling = set(m.cancelling)
    if not cancelling or not _is_amount(m.head):
        return False
    token = m.head
    for _ in range(6):  # "by 20 %", "from 5 to 2 days": a few steps reach what the amount measures
        if token.i in cancelling:
            return True  # "velocity of 54 points", "[20]% faster release cycles"
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            # the measure's own words, not the phrases after it ("margin ... across high-velocity SKUs")
            measured = [child for child in token.children if child.dep_ in _MEASURED_DEPS]
            return any(word.i in cancelling for child in measured for word in _noun_words(child))
        if token.pos_ == "NOUN" and token.dep_ != "pobj" and _names_a_measure(token, cancelling):
            return True
    return False


def _noun_words(noun: "Token") -> list["Token"]:
    """A noun and the words that make it a term: "team [productivity]", "average project [length]"."""
    return [noun, *(child for child in noun.children if child.dep_ in _MODIFIER_DEPS)]


def _names_a_measure(noun: "Token", cancelling: set[int]) -> bool:
    """"a reduction [in release time]", "an increase [of velocity]": the change a noun names."""
    return any(
        word.i in cancelling
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}
        for word in prep.subtree
    )


def _sized_nouns(amount: "Token") -> list["Token"]:
    """The words an amount may size, nearest first: "$ 4 M application modernization program"
    hangs its parts on each other, then on the compound nouns, before it reaches the noun it sizes."""
    sized: list["Token"] = []
    token = amount
    for _ in range(4):  # four steps cover every such chain
        if token.dep_ not in _SIZE_DEPS or token.head.i == token.i:
            break
        token = token.head
        sized.append(token)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        sized.append(token.head.head)  # "a team of 8", "a budget of $40k"
    elif token.pos_ == "VERB":
        # "managing budgets up to $6M": the parser hangs the amount on the verb; it sizes the object
        sized += [child for child in token.children if child.dep_ == "dobj"]
    return sized


def _names_delivery_work(token: "Token", delivery_tokens: set[int]) -> bool:
    """A noun of the act whose own modifier is a delivery term: "[backlog] prioritization" is
    prioritising the backlog, "[sprint] planning" planning the sprint."""
    return token.pos_ == "NOUN" and any(child.dep_ == "compound" and child.i in delivery_tokens for child in token.children)


def _acts_on_delivery(m: Mention) -> bool:
    cancelling = set(m.cancelling)
    return not m.firm and (
        _governs_delivery(m.head, cancelling) or _describes_delivery(m.head, cancelling) or _names_delivery_work(m.head, cancelling)
    )


def _delivery_measure(m: Mention) -> bool:
    if not m.firm and _governs_delivery(m.head, set(m.cancelling), whole_subtree=True):
        return True
    return m.head.pos_ in {"NOUN", "PROPN"} and _holds_any(m.head, set(m.cancelling))


def _inside_a_compound(m: Mention) -> bool:
    """The second half of a hyphenated word ("AI-driven", "off-board"): spaCy splits it at the
    hyphen, and its half is no word of its own (set BJ: "off-board diagnostics" led people; 31
    corpus bullets say "data-driven"). Not after "co": "co-led the launch" is leading."""
    token = m.head
    if token.i < 2:
        return False
    hyphen, before = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text in {"-", "\u2011"} and not hyphen.whitespace_ and not before.whitespace_ and before.is_alpha and before.lower_ != "co"


CHECKS: dict[str, Check] = {
    check.name: check
    for check in (
        Check(
            "product-part",
            "The word modifies a noun that is not one of the signal's heads: it names a part of the product.",
            "built the [customer] portal",
            "modifier_heads",
            _product_part,
        ),
        Check(
            "acts-on-delivery",
            "The word acts on a delivery term (its object), describes one, or is named by one ('backlog"
            " [prioritization]'); firm terms are exempt.",
            "[prioritized] the backlog",
            "",
            _acts_on_delivery,
        ),
        Check(
            "delivery-measure",
            "The measure's whole object phrase holds a cancelling word: the team's own throughput.",
            "[reduced] open bugs per sprint; [KPIs] like velocity",
            "",
            _delivery_measure,
        ),
        Check(
            "delivery-beneficiary",
            "The word is the addressee of a delivery artifact ('for'/'to' after it).",
            "release notes for [customers]",
            "",
            lambda m: _delivery_beneficiary(m.head, set(m.delivery)),
        ),
        Check(
            "made-into-delivery",
            "The word is raw material turned into delivery work ('into' stories, tickets).",
            "turned [customer] requests into Jira tickets",
            "",
            lambda m: _made_into_delivery(m.head, set(m.delivery)),
        ),
        Check(
            "under-verb",
            "The verb the word hangs from is one of the signal's logistics verbs.",
            "coordinated beta tests with pilot [customers]",
            "void_under_verbs",
            lambda m: _governing_verb_lemma(m.head) in m.verbs,
        ),
        Check(
            "counts-the-work",
            "The amount counts or prices one of the signal's heads (people, teams, releases; a budget, a"
            " project): the size of the work, not a result of it.",
            "a team of [12] engineers; sent [52] status reports; delivered a [$]3M rollout",
            "modifier_heads",
            _counts_the_work,
        ),
        Check(
            "measures-delivery",
            "The amount is how far a change moved a cancelling term (the team's own throughput or process):"
            " a delivery measure, not a result for customers or the business.",
            "reduced time-to-market by [20]%; a [4]x reduction in release time",
            "",
            _measures_delivery,
        ),
        Check(
            "inside-a-compound",
            "The word is the second half of a hyphenated word: a part of another word, not the word itself.",
            "built AI-[driven] dashboards; off-[board] diagnostics",
            "",
            _inside_a_compound,
        ),
        Check(
            "bare-participle",
            "A past form with no subject, object or agent: a state, not an act.",
            "kept the backlog groomed and [prioritized]",
            "",
            lambda m: _is_bare_participle(m.head),
        ),
    )
}


def describe_checks() -> str:
    """The registry as Markdown, for docs/writing-rules.md and `po2pm explain --checks`."""
    lines = ["| check | cancels a mention when | example (cancelled word in brackets) | reads |", "|---|---|---|---|"]
    for check in CHECKS.values():
        lines.append(f"| `{check.name}` | {check.summary} | {check.example} | {f'`{check.needs}`' if check.needs else '-'} |")
    return "\n".join(lines)
