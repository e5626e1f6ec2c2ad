"""The user's own facts, read off the parse, for rewrite templates (part of the matching stage).

A rewrite keeps what only the user could have written (the product, the team, the people, the
customers) and drops the delivery jargon it replaces. Everything here is text taken from the
bullet itself; nothing is made up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from .model import Slots
from .parse import ParseInput
from .terms import term_key
from .word_lists import can_be_verb as is_verb_form
from .word_lists import is_only_a_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .wordforms import WordForms

# The user's facts are the things named: nouns, names, adjectives, numbers. Verbs are what a
# rewrite replaces ("managed" -> "ranked"), so they are not counted as facts to keep.
_CONTENT_POS = {"NOUN", "PROPN", "ADJ", "NUM"}
# Where a topic can stand: what the verb acted on, or what the work was for, on, of or about.
# "in a row", "on track", "in Jira", "from 40 to 15" place or measure the work; they are not it.
_TOPIC_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "conj", "appos"}
_TOPIC_PREPS = {"for", "on", "of", "about", "around", "behind"}
_TIME_WORDS = {
    "week", "month", "quarter", "year", "day", "sprint", "cycle", "iteration", "weekly", "monthly",
    "quarterly", "daily", "yearly", "annual", "consecutive", "upcoming", "next", "last", "previous",
}
_TENSE_BY_TAG = {"VBD": "past", "VBN": "past", "VBZ": "present3", "VBG": "gerund", "VBP": "present", "VB": "present"}


@dataclass(frozen=True)
class SlotLexicons:
    """Word lists (rules/lexicons/) that sort a noun phrase into team, people, customers or thing."""

    roles: frozenset[str]
    teams: frozenset[str]
    customers: frozenset[str]
    process_words: frozenset[str]
    forms: "WordForms | None" = None  # can this word be a verb, a noun? (the model's own tables)

    def kind(self, root: "Token") -> str:
        keys = {term_key(root.lemma_), term_key(root.text)}
        if keys & self.teams:
            return "team"
        if keys & self.roles:
            return "people"
        if keys & self.customers:
            return "customers"
        return "thing"

    def is_process_word(self, token: "Token") -> bool:
        return term_key(token.lemma_) in self.process_words


def extract_slots(doc: "Doc", item: ParseInput, jargon: set[int], lexicons: SlotLexicons) -> Slots:
    """jargon: token indices of delivery terms and of words the rules flagged."""
    skip = item.prefix_tokens
    verb = _root(doc, skip)
    verb_lemma, tense = _verb_and_tense(verb, item)
    jargon = _with_conjuncts(doc, jargon)

    found: dict[str, list[str]] = {"thing": [], "people": [], "customers": []}
    team = ""
    used: set[int] = set()
    for chunk in doc.noun_chunks:
        root = chunk.root
        if chunk.start < skip or root.pos_ in {"PRON", "NUM"} or root.like_num or root.text == "%":
            continue  # a pronoun, or a figure ("30% to 5%") that belongs to its own sentence
        if used & {t.i for t in chunk}:
            continue
        kind = lexicons.kind(root)
        if kind == "team":
            if not team:
                team, phrase = _with_following_phrase(chunk, item, jargon, _render(chunk, jargon, item))
                used |= phrase
            continue
        modifiers = [t for t in root.children if t.dep_ in {"compound", "amod", "nmod"}]
        if root.i in jargon or any(t.i in jargon for t in (*chunk, *modifiers)):
            continue  # the phrase is about the jargon ("delivery coordination", "grooming sessions")
        if kind == "thing" and (not _can_be_topic(root, verb) or lexicons.is_process_word(root)):
            continue
        text, phrase = _with_following_phrase(chunk, item, jargon, _text_of(list(chunk), item))
        used |= phrase
        if text not in found[kind]:
            found[kind].append(text)

    topics = found["thing"]
    return Slots(
        verb=verb_lemma,
        tense=tense,
        lists_things=_lists_things(doc, skip, verb, verb_lemma, tense, lexicons.forms),
        topic=topics[0] if topics else "",
        topics=tuple(topics[:3]),
        team=team,
        people=_join(found["people"][:3]),
        customers=_join(found["customers"][:2]),
        content=_content_lemmas(doc, skip, jargon, verb, lexicons),
        facts=_facts(doc, item),
        clashing_verbs=_clashing_verbs(doc, item, verb),
    )


# The tags of the opening verb whose listed verbs a rewrite brings into line, and the tags of
# the listed verbs that clash with it ("Preparing X and then converted Y": a gerund, then a past).
# (Not a third-person form after a past: the parse takes plural nouns for one, "KYC flows".)
# and "Manages and prioritize the product queue" (seed 2036, both readers: the clash kept was ungrammatical)
_CLASHING_TAGS = {"VBD": {"VB", "VBP"}, "VBN": {"VB", "VBP"}, "VBG": {"VBD", "VBN", "VB", "VBP"}, "VBZ": {"VB", "VBP"}}


def _clashing_verbs(doc: "Doc", item: ParseInput, verb: "Token") -> tuple[int, ...]:
    """Where the verbs listed after the opening verb start in the bullet, when their tense
    clashes with it (a suggestion keeps the person's words; a tense clash is the one thing it
    mends). Only for a bullet that opens with its verb, in the past, in the third person or as a
    gerund."""
    if verb.i != item.prefix_tokens or verb.pos_ != "VERB" or verb.tag_ not in _CLASHING_TAGS:
        return ()
    return tuple(
        token.idx - item.prefix_chars
        for token in doc
        if token.pos_ == "VERB" and token.tag_ in _CLASHING_TAGS[verb.tag_] and _listed_after(token, verb)
        and token.idx >= item.prefix_chars
        # "to document bugs and negotiate ...": a verb after a "to" belongs to that infinitive,
        # whatever the parse tagged the "to" ("a role to debug and fix issues": IN, and "fix" was
        # made "fixed" in the unseen files of session 13)
        and not any(between.tag_ == "TO" or _opens_an_infinitive(between) for between in doc[verb.i + 1 : token.i])
        # "stories developers could build from": a verb after a modal has no tense to mend (seed 3901, both readers)
        and not any(child.tag_ == "MD" for child in token.children)
        and not _ends_a_list_of_things(token)
        and not _closes_a_fixed_pair(token)
        and not _opens_a_noun_compound(token)
        and not _opens_a_named_artifact(token)
        and not _main_verb_of_a_gerund_subject(token, verb)
    ) + _gerund_after_and(doc, item, verb)


def _main_verb_of_a_gerund_subject(token: "Token", verb: "Token") -> bool:
    """"Opting for 1-week sprints allowed rapid iteration ...": the opening -ing verb is the subject,
    and the finite verb right after its object, with no joint between, is the sentence's own verb,
    not one of a list to put in the opening's form ("allowing" left no main verb: seed 4228, both
    readers)."""
    before = token.doc[token.i - 1]
    return verb.tag_ == "VBG" and token.tag_ in {"VBD", "VBN", "VBZ"} and before.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}


def _gerund_after_and(doc: "Doc", item: ParseInput, verb: "Token") -> tuple[int, ...]:
    """"Interacted with the support team and helping them resolve ...": an -ing verb joined by
    "and" to a past opening verb is a tense clash (seed 2024, both readers), where one after a
    comma is a clause of its own ("Digitized the process, authoring PRDs")."""
    if verb.i != item.prefix_tokens or verb.tag_ not in {"VBD", "VBN"}:
        return ()
    return tuple(
        token.idx - item.prefix_chars
        for token in doc
        if token.tag_ == "VBG" and token.dep_ == "conj" and token.head.i == verb.i
        and token.i > 0 and doc[token.i - 1].lower_ in {"and", "&"} and (token.i < 2 or doc[token.i - 2].text != ",")
    )


# Pairs of words that name one thing, the second of which the parse can take for a verb of the
# bullet's list: "a walkthrough of the look and feel" was mended to "look and felt" (set T).
_FIXED_PAIRS = frozenset({("look", "feel"), ("wear", "tear"), ("give", "take"), ("plug", "play"), ("lift", "shift"), ("hit", "miss")})


def _closes_a_fixed_pair(token: "Token") -> bool:
    if token.i < 2 or token.doc[token.i - 1].lower_ not in {"and", "&", "n"}:
        return False
    first = token.doc[token.i - 2].lower_
    return any((first, form) in _FIXED_PAIRS for form in (token.lower_, token.lemma_.lower()))


def _ends_a_list_of_things(token: "Token") -> bool:
    """A word that is a noun as well, after a list of things a preposition governs: "across
    hardware, firmware, and cloud software" (set M: the parse made "cloud" a verb of the list, and
    it was mended to "clouded"), or a list of two things or more the opening verb acts on."""
    if is_only_a_verb(token.text):
        return False
    before = token.i - 1
    while before >= 0 and (token.doc[before].is_punct or token.doc[before].dep_ == "cc"):
        before -= 1
    if before < 0:
        return False
    noun = token.doc[before]
    listed = noun.dep_ == "conj"
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    # or after two things or more the verb acts on: "Managed IQ/OQ/PQ validation, risk assessments,
    # and change control" (set BF, both readers: mended to "changed control", another process)
    return noun.pos_ in {"NOUN", "PROPN"} and (noun.dep_ == "pobj" or (listed and noun.dep_ == "dobj"))


def _opens_a_noun_compound(token: "Token") -> bool:
    """A word that is a noun as well, after "and" and a noun, before the noun it names a kind of:
    "Directed user acceptance testing and launch readiness reviews" (seed 2033, both readers: the
    parse made "launch" a verb, and it was mended to "launched", another activity)."""
    doc, i = token.doc, token.i
    if is_only_a_verb(token.text) or i < 2 or i + 2 > len(doc) - 1 or doc[i - 1].lower_ not in {"and", "&"}:
        return False
    following = doc[i + 1]
    return doc[i - 2].pos_ in {"NOUN", "PROPN"} and following.pos_ == "NOUN" and following.dep_ in {"compound", "amod"} and following.head.i > following.i


# Delivery artifacts whose first word is a verb too: in "Writing user stories, roadmaps, use
# cases" the parse made "use" a verb of the list and it was mended to "using cases" (set AM).
_ARTIFACT_COMPOUNDS = frozenset({
    ("use", "case"), ("test", "case"), ("test", "plan"), ("test", "script"), ("release", "note"),
    ("change", "request"), ("work", "item"), ("process", "flow"), ("process", "map"), ("design", "document"),
    ("support", "ticket"), ("run", "book"), ("build", "plan"), ("launch", "plan"),
    # "Cut deployment failures by 50% and release cycles from 6 months to 2 weeks" was mended to
    # "released cycles" (seed 3702, both readers: a fact changed)
    ("release", "cycle"), ("release", "train"), ("release", "date"), ("release", "schedule"), ("release", "window"),
    ("lead", "time"), ("build", "time"), ("test", "run"), ("test", "suite"),
})


def _opens_a_named_artifact(token: "Token") -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and (token.lower_, following.lemma_.lower()) in _ARTIFACT_COMPOUNDS


def _opens_an_infinitive(token: "Token") -> bool:
    """A "to" before a word, not inside "end-to-end", nor a preposition with its object ("from
    strategic planning to tactical activities": set AM, "Owned ... and develop" left unmended)."""
    if token.lower_ != "to" or token.i + 1 >= len(token.doc) or not token.doc[token.i + 1].is_alpha:
        return False
    # a base verb after it opens one whatever the parse hung on the "to" ("... training guides to
    # align stakeholders and ensure adoption": "ensure" was made "ensured", seed 3806, both readers)
    return token.doc[token.i + 1].tag_ == "VB" or not any(child.dep_ == "pobj" for child in token.children)


def _listed_after(token: "Token", verb: "Token") -> bool:
    """Is `token` a verb of the list `verb` opens ("Gathered ..., wrote ... and ran ...")? The
    parse takes a bare verb after a comma for a clause of its own ("Worked on the specs,
    participate in reviews"): one with no subject, "to", or conjunction of its own is listed too."""
    if token.dep_ == "advcl":
        bare = not any(child.dep_ in {"aux", "mark", "nsubj", "nsubjpass", "auxpass"} for child in token.children)
        after_comma = token.i > 0 and token.doc[token.i - 1].text in {",", ";", "and"}
        return bare and after_comma and token.head.i == verb.i
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i == verb.i and token.dep_ != "conj"


def _facts(doc: "Doc", item: ParseInput) -> tuple[str, ...]:
    """Names and figures as written: runs of proper nouns ("Allianz Direct"), and numbers with
    the word they count ("300 tickets", "15%", "$2M", "five weeks")."""
    found: list[str] = []
    tokens = list(doc[item.prefix_tokens :])
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.pos_ == "PROPN" and token.is_alpha and index > 0:
            end = index
            while end + 1 < len(tokens) and tokens[end + 1].pos_ == "PROPN":
                end += 1
            found.append(_text_of(tokens[index : end + 1], item))
            index = end + 1
            continue
        if token.like_num or any(ch.isdigit() for ch in token.text):
            end = index
            if end + 1 < len(tokens) and (tokens[end + 1].text in {"%", "+", "x", "k", "K", "M"} or tokens[end + 1].pos_ == "NOUN"):
                end += 1
            found.append(_text_of(tokens[index : end + 1], item))
            index = end + 1
            continue
        index += 1
    return tuple(dict.fromkeys(fact for fact in found if fact.strip()))


def _content_lemmas(doc: "Doc", skip: int, jargon: set[int], verb: "Token", lexicons: SlotLexicons) -> tuple[str, ...]:
    """The facts a rewrite should keep: named things outside jargon, process talk and cadence."""
    return tuple(
        dict.fromkeys(
            t.lemma_.lower()
            for t in doc[skip:]
            if t.pos_ in _CONTENT_POS
            and t.is_alpha
            and not t.is_stop
            and t.i not in jargon
            and t.i != verb.i
            and not lexicons.is_process_word(t)
            and not _is_time(t)
        )
    )


def _with_conjuncts(doc: "Doc", jargon: set[int]) -> set[int]:
    """Items listed with a jargon item are jargon too: "sprint planning, reviews and retrospectives"."""
    extended = set(jargon)
    for token in doc:
        if token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"} and token.head.i in jargon:
            extended.add(token.i)
    return extended


def _lists_things(doc: "Doc", skip: int, verb: "Token", verb_lemma: str, tense: str, forms: "WordForms | None") -> bool:
    """Does the bullet name things worked on with no act ("Patient journeys and CRM
    requirements", "Backlog ownership with ...")? Its parse finds no main verb, or only a noun
    at the start it read as an imperative; and no past-tense verb the parse took for an
    adjective ("Leveraged ...") or -ing opening ("Scoping, documenting ...") is there."""
    words = [token for token in doc[skip:] if token.is_alpha]
    if not words:
        return False
    first = words[0]

    def can_be_verb(word: str) -> bool:
        # the model's lemma table lacks some verbs the project's list has ("Triaged incoming product
        # issues ...", read as an adjective: told it named things worked on, seed 4203, both readers)
        return (forms is not None and bool(forms.lemmas(word, "verb"))) or is_verb_form(word)

    if _opens_with_acts(first, can_be_verb) or (is_only_a_verb(first.text) and first.pos_ in {"NOUN", "PROPN", "VERB"}):
        # "Develops, coordinates and implements ...": a form no noun takes, which the parse read
        # as a plural noun (set AM: told it named things worked on)
        return False
    heading = tense == "present" and verb.i == first.i and _noun_heading(words, forms)
    if verb_lemma and not heading and not _noun_list_read_as_sentence(verb):
        return False

    if first.lower_.endswith("ing") and can_be_verb(first.lower_) and first.dep_ != "compound":
        # "Scoping, documenting ..." opens with acts; "Marketing requirements (MRD) execution, ..."
        # and "Ticketing processes & ..." with a noun that names a kind of thing (seed 2022, both readers)
        return False
    return not any(token.lower_.endswith("ed") and can_be_verb(token.lower_) for token in words)


def _opens_with_acts(first: "Token", can_be_verb: "Callable[[str], bool]") -> bool:
    """"Gather, manage, and prioritize the product backlog ...": the opening word can be a verb and
    the parse reads the word after its comma as one, a list of acts on one object (seed 2020's
    readers: told it named things, not acts), not a heading of things ("Backlog, sprints and releases")."""
    doc = first.doc
    after = first.i + 2
    return (
        first.i + 1 < len(doc) and doc[first.i + 1].text == "," and after < len(doc)
        and can_be_verb(first.lower_) and can_be_verb(doc[after].lower_) and doc[after].tag_ in {"VB", "VBP", "VBD"}
    )


# Shared with rewrite.py, which asks the same of a bullet's opening when it writes "by ...ing".
ABSTRACT_NOUN_ENDINGS = ("ship", "ment", "tion", "sion", "ance", "ence")
TEAM_WORDS = frozenset({"engineering", "design", "product", "sales", "marketing", "operations", "finance", "legal", "support"})


def _noun_list_read_as_sentence(verb: "Token") -> bool:
    """"Transaction flows, integration analysis and ...", "Data migration concept for the legacy
    claims application": the parse found a third-person verb ("flows", "claims") with a noun
    before it as its subject. A resume bullet has no such subject; its list of nouns does."""
    return verb.tag_ == "VBZ" and any(
        child.dep_ == "nsubj" and child.pos_ in {"NOUN", "PROPN"} and child.i < verb.i for child in verb.children
    )


def _noun_heading(words: "list[Token]", forms: "WordForms | None") -> bool:
    """"Project Management of ...", "Backlog ownership with ...": a first word that is a noun too,
    followed by an abstract noun, is a heading of nouns. (A capitalised second word is not enough:
    "Lead Cross-Functional Teams" is a title-cased imperative.)"""
    if len(words) < 2 or forms is None or not forms.lemmas(words[0].lower_, "noun"):
        return False
    # the abstract noun is the phrase's own, not a modifier of a noun after it: "Lead refinement
    # and planning sessions with ...", "Lead requirement gatherings & daily Scrum meetings" lead
    # sessions (seeds 4221 and 4223, both readers: told they named no act); a name in capitals
    # stays a heading ("Project Management Office (PMO) Lead for ...", "Project Execution Plans ...")
    second = words[1]
    if second.dep_ in {"compound", "nmod", "amod"} and second.head.i > second.i and second.text.islower():
        return False
    return second.lower_.endswith(ABSTRACT_NOUN_ENDINGS)


def _root(doc: "Doc", skip: int) -> "Token":
    for token in doc[skip:]:
        if token.head.i == token.i:
            return token
    return doc[skip]


def _verb_and_tense(root: "Token", item: ParseInput) -> tuple[str, str]:
    if root.pos_ in {"VERB", "AUX"} and root.lemma_.lower() not in {"be", "have"}:
        tense = _TENSE_BY_TAG.get(root.tag_, "past")
        if item.prefix_tokens == 0 and tense == "present3":
            tense = "past"  # read without a subject, a 3rd-person tag is a guess; past is the safe default
        return root.lemma_.lower(), tense
    return "", "past"


def _can_be_topic(chunk_root: "Token", verb: "Token") -> bool:
    if _is_time(chunk_root) or chunk_root.pos_ not in {"NOUN", "PROPN"}:
        return False
    while chunk_root.dep_ == "conj" and chunk_root.head.i != chunk_root.i:
        chunk_root = chunk_root.head  # "in India and Poland": a list item has the first item's role
    if chunk_root.dep_ != "pobj":
        return chunk_root.dep_ in _TOPIC_DEPS
    prep = chunk_root.head
    if prep.lower_ in _TOPIC_PREPS:
        return True
    # "participated in user research", "helped with the migration": with no direct object, the
    # writer's own verb takes its object through a preposition.
    has_object = any(child.dep_ in {"dobj", "obj"} for child in verb.children)
    return prep.head.i == verb.i and not has_object and prep.lower_ in {"in", "with", "into"}


def _is_time(token: "Token") -> bool:
    """Cadence and dates ("weekly", "6 consecutive quarters") describe the delivery rhythm a
    rewrite drops; they are neither topics nor facts to keep."""
    return bool({token.lemma_.lower(), token.head.lemma_.lower()} & _TIME_WORDS) or token.dep_ == "npadvmod"


def _text_of(tokens: Sequence["Token"], item: ParseInput) -> str:
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


def _with_following_phrase(chunk: "Span", item: ParseInput, jargon: set[int], text: str) -> tuple[str, set[int]]:
    """"the VP" -> "the VP of Product", "the strategy" -> "the strategy for the new mobile app",
    when the phrase that follows is clean; returns the text and the tokens it covers."""
    tokens = list(chunk)
    for child in chunk.root.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
            phrase = list(child.subtree)
            if not any(t.i in jargon for t in phrase) and phrase[0].i == tokens[-1].i + 1:
                text = f"{text} {_text_of(phrase, item)}"
                tokens += phrase
            break
    return text, {t.i for t in tokens}


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
