"""Whether a word can be a verb, and whether it can only be one, for the reading stage (no model
is loaded there; wordforms.py answers the same from the loaded model at parse time).

The lists in data/ are lemminflect's lookup table, written out by scripts/make_word_forms.py:
importing lemminflect and loading its tables costs about a second and 100 MB, and the reading
stage runs on every check, cache hits included, so it reads two word lists instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


class SortedWords:
    """A set of words for membership tests, kept as one sorted tuple: a frozenset of the 90,000
    words of the model's indexes and these lists cost about 8 MB more, which put a check's peak
    memory over issue 15's target (1.2x of bare spaCy). Looking up is a binary search; the
    callers that ask often cache their answers."""

    __slots__ = ("_words",)

    def __init__(self, words: Iterable[str]) -> None:
        self._words = tuple(sorted(words))  # duplicates do no harm to a binary search

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        at = bisect_left(self._words, word)
        return at < len(self._words) and self._words[at] == word


@lru_cache(maxsize=1)
def _verb_forms() -> tuple[SortedWords, SortedWords]:
    """(every word that can be a verb, those of them that can be nouns too)."""
    verbs = SortedWords((_DATA / "verb_forms.txt").read_text(encoding="utf-8").split())
    nouns = SortedWords((_DATA / "verb_nouns.txt").read_text(encoding="utf-8").split())
    return verbs, nouns


def can_be_verb(word: str) -> bool:
    """"Cut", "Led", "Partner": a form some verb takes ("Acme" and "Backend" are none)."""
    return word.lower() in _verb_forms()[0]


def is_only_a_verb(word: str) -> bool:
    """"Perform", "Managed": a verb's form that is no noun ("Cloud" and "Design" are nouns too)."""
    verbs, nouns = _verb_forms()
    return word.lower() in verbs and word.lower() not in nouns


def is_capitalised_duty(word: str) -> bool:
    """"Manage", "Deploy,": a line's first word, capitalised, that is only a verb: a duty in the
    present tense ("Maintain approved parts inventory."), where "Lead" or "Design" may name a topic."""
    return word[:1].isupper() and is_only_a_verb(word.strip(",.;:"))


# The words a job title is named by ("Senior Product Owner", "Part-time technology advisor"): read
# by the screen for job-title lines, by the plain-text reader for role lines and by the rewriter,
# which must not read "Hiring manager for ..." as the act of hiring. Not "architect", a verb too
# ("Architect and design networks").
JOB_TITLE_NOUNS = frozenset({
    "owner", "manager", "analyst", "master", "lead", "director", "head", "engineer", "developer",
    "consultant", "coordinator", "intern", "specialist", "officer", "vp", "cpo", "pm", "tpm",
    "scientist", "designer", "strategist", "writer", "editor", "founder", "co-founder", "assistant",
    "associate", "representative", "administrator", "programmer", "researcher", "scholar", "fellow",
    "advisor", "adviser", "contractor", "freelancer",
    "supervisor",  # round SG: a Word list item "Shift Supervisor." read as a claim
    "volunteer", "member",  # round SK: "Habitat for Humanity, Volunteer - Austin, Texas" read as a claim
})
# A degree named in a line ("BSc Physics", "Master of Science", "MBA"): education, not a job.
DEGREE = re.compile(
    r"\b(b\.?sc|m\.?sc|b\.a\.|m\.a\.|(ba|ma)\s+(in|\()|mba|bachelor'?s?|master'?s?\s+(of|in|degree)|ph\.?d|diploma|degree|b\.?eng|m\.?eng"
    r"|b\.e\.|m\.e\.|b\.\s?tech|m\.\s?tech|btech|mtech)(\b|(?<=\()|(?<=\.)(?!\w))",  # "B.E. (Mechanical)", "B.Tech" (round SC)
    re.IGNORECASE,
)
JOB_TITLE_ALTERNATIVES = "|".join(sorted(JOB_TITLE_NOUNS, key=len, reverse=True))  # longest first: "co-founder" before "founder"
JOB_TITLE_WORDS = re.compile(r"\b(" + JOB_TITLE_ALTERNATIVES + r")\b", re.IGNORECASE)
# A bullet that opens with a job title and what it was for ("Scrum Product Owner for the CRM
# system used by ...", "Senior Business Analyst on the claims programme, ..."): up to four words
# before the title noun (two titles joined by "and": "Project leader and Scrum Master for ..."),
# none of them an act or a function word, so "Worked with the product owner for ..." and "Lead the
# migration ..." are claims.
_ROLE_OPENING = re.compile(
    r"^((?:[a-z][\w&/.-]*\s+){0,4}?)(?:" + JOB_TITLE_ALTERNATIVES + r"|po)s?"  # "PO" as "PM" is: a role line's own shorthand
    # or what the role did as a whole: "Scrum Product Owner leading a distributed team (...)" (seed
    # 4229, both readers: a role line given a choice clause)
    r"\s*(?:for|of|on|at|in|within|across|to|,|:|-|\u2013|\u2014|leading|heading|running|overseeing)(?=\s)",
    re.IGNORECASE,
)
_TITLES_BEFORE_AND = JOB_TITLE_NOUNS | {"leader"}  # "lead" is a title noun already
_NOT_A_TITLE_WORD = frozenset({"the", "a", "an", "as", "with", "to", "for", "of", "our", "my", "their", "his", "her", "and", "i", "we"})


def opens_with_a_role(text: str) -> bool:
    """"Scrum Product Owner for H&R Block's CRM", "Technical PM on the data platform": the line
    names the job and what it was for, not what the person did in it."""
    match = _ROLE_OPENING.match(text.strip())
    if match is None:
        return False
    before = match.group(1).split()
    if before and is_only_a_verb(before[0]):
        return False  # "Managed owner onboarding for ..." acts
    # "Project leader and Scrum Master for a $1M portal" (set AP): two titles joined, one role line
    before = [word for i, word in enumerate(before) if not (word.lower() == "and" and i and before[i - 1].lower() in _TITLES_BEFORE_AND)]
    return not any(
        word.lower() in _NOT_A_TITLE_WORD or is_past_act(word) or (word.lower().endswith("ing") and word.lower() not in _TITLE_MODIFIERS)
        for word in before
    )


# Words in -ing that qualify a title, not acts: "Acting PO for a critical interoperability layer
# ..." (set BG, both readers: rewritten as "while acting PO for ...")
# (not "leading" or "managing": "Leading developers of the payments team to ..." acts)
_TITLE_MODIFIERS = frozenset({"acting", "consulting", "founding"})


# Roles an academic CV names that are no job title ("Selection Panel Member", "Peer Reviewer").
ACADEMIC_ROLE_NOUNS = frozenset({
    "member", "leader", "investigator", "co-investigator", "chair", "volunteer", "mentor", "tutor", "reviewer", "typesetter",
})
ACADEMIC_ROLE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(ACADEMIC_ROLE_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


# Past forms that do not end in "-ed", as resume bullets open with them.
IRREGULAR_PAST = frozenset({
    "led", "built", "ran", "drove", "grew", "made", "won", "took", "set", "cut", "wrote", "sold",
    "brought", "began", "held", "kept", "taught", "found", "spent", "became", "chose", "gave", "got",
    "shipped", "oversaw", "undertook", "rebuilt", "rewrote", "sent", "met", "put", "lent", "drew",
})


# What comes before the hyphen of a past act ("Co-led", "Re-engineered", "Over-delivered").
_VERB_PREFIXES = frozenset({"co", "re", "pre", "de", "un", "mis", "over", "under", "out"})


def is_past_act(word: str) -> bool:
    """"Led", "Built", "Managed": a past form a claim opens with, told from its shape ("Red" and
    "Seed" are too short to be "-ed" forms)."""
    lower = word.lower()
    if "-" in lower:
        prefix, _, lower = lower.partition("-")
        if prefix not in _VERB_PREFIXES:
            return False  # "Browser-based", "AI-powered" describe; "Co-founded", "Re-designed" act (set O)
        # and "Co-led", "Re-built": the irregular past after the prefix is one too
    return lower in IRREGULAR_PAST or lower in _SHORT_PAST or (len(lower) > 4 and lower.endswith("ed"))


# "-ed" forms too short for the rule above, which keeps "Red" and "Seed" out (set Y: "Used
# Terraform ... to provision SQL databases." dropped in silence from a text resume).
_SHORT_PAST = frozenset({"used", "axed", "aced", "owed"})


def is_leading_adverb(word: str) -> bool:
    """"Proactively", "Successfully", "Jointly": an adverb a claim may open with before its act
    (set W), told from its shape; "Only" and "Early" are too short to count, but "Fully" and
    "Newly" are adverbs ("Fully developed and maintained a batch import framework ...": round SA,
    left out as a line about an employer named "Fully")."""
    return (len(word) > 5 and word.lower().endswith("ly")) or word.lower() in _SHORT_LEADING_ADVERBS


_SHORT_LEADING_ADVERBS = frozenset({"fully", "newly", "truly"})


def opens_with_an_act(value: object) -> bool:
    """Does this text open with a verb in a form a claim has ("Led", "Built", "Managed",
    "Leading") or with "I" or "We"? Told from the word's shape, as reading never loads a model
    or a dictionary ("Engineer specializing in ..." opens with a noun)."""
    if not isinstance(value, str) or not value.split():
        return False
    words = [word.strip(",.;:").lower() for word in value.split()[:2]]
    if len(words) == 2 and is_leading_adverb(words[0]):
        words = words[1:]
    first = words[0]
    # "I'm leading the Android team ...", "We've shipped ..." (set AM: a paragraph dropped in silence)
    return first in {"i", "we"} or is_first_person_contraction(first) or is_past_act(first) or (len(first) > 4 and first.endswith("ing"))


def is_first_person_contraction(word: str) -> bool:
    """"I'm", "We've", "I’d": a sentence in the first person, as "I" opens one."""
    return _FIRST_PERSON_CONTRACTION.match(word.lower()) is not None


_FIRST_PERSON_CONTRACTION = re.compile(r"(?:i|we)['’](?:m|re|ve|d)$")


# "I built ...", "we launched ...": a past act in the first person ("I need ..." is none)
# ("I have successfully designed ...": set U). Read by the JSON and YAML readers (a paragraph that
# says what the person did) and by the screen (a lead-in that is a claim itself).
FIRST_PERSON_ACT = re.compile(
    r"\b(?:I|we)\s+(?:have\s+(?:[a-z]+ly\s+)?)?(?:(?!need\b|feed\b|seed\b)[a-z]+ed|built|led|ran|made|grew|won|wrote|drove|set|cut|sold)\b"
)
# Verbs of a result, in the past: "... and reduced migration time by 60%", "a dashboard that
# increased activation by 11%" (the screen and the rewriter both tell a result by them).
PAST_RESULT_VERBS = (
    "increased", "reduced", "improved", "cut", "boosted", "saved", "raised", "lifted", "accelerated",
    "grew", "lowered", "doubled", "tripled", "halved",
)

