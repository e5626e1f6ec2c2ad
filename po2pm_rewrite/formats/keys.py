"""Which keys of a JSON or YAML resume hold bullets, and which hold no claims at all.

JSON Resume calls a job's bullets `highlights`; hand-made schemas call them `bullets`, `details`,
`achievements` or `responsibilities`, sometimes as a list of `{content: ...}` items. Resumes of
every schema were read as empty when only `highlights` counted. Subtrees such as `education`,
`skills` or a theme's `design` settings hold lists that are not claims (courses, tools, a bullet
character), so their lists are not read, whatever their keys.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..extract import is_listing_section, section_key
from ..word_lists import FIRST_PERSON_ACT, JOB_TITLE_NOUNS, can_be_verb, is_past_act, opens_with_an_act

# A list under one of these keys is a list of bullets.
BULLET_LIST_KEYS = frozenset({
    "highlights", "bullets", "bullet points", "details", "achievements", "accomplishments",
    "responsibilities", "duties", "key achievements", "key responsibilities", "description", "descriptions",
    "desc", "tasks", "contributions", "activities",  # "experience[].desc" (set I), "experience[].activities" (set J): read as empty
    "bulletpoints",  # "work[].bulletpoints: [{position, description}]" (set AT: 5 claims dropped in silence)
    # a case study's lists of what was done and what came of it ("keyDecisions: [...]": round RW, a
    # portfolio's TypeScript data read as text)
    "key decisions", "decisions", "what i did", "outcomes", "results", "key results", "impact",
})
# What one item of a bullet list is called ("duty", "task", ...): the key of its text where it is
# written as a mapping, and in an entry of a job list the name of a list of them.
_ITEM_NOUNS = ("duty", "task", "highlight", "achievement", "accomplishment", "responsibility", "contribution")
# Keys too general to name a bullet list anywhere ("technology: [{content: [Python, ...]}]"), which
# do in an entry of a job list ("experience: [{header: ..., content: [...]}]": set W, 29 claims).
ENTRY_BULLET_LIST_KEYS = frozenset({
    "items", "content", "points",
    "extra", "extras", "notes",  # "work: [{title, company, extra: [...]}]" (set AI: 11 claims, the file read as empty)
    "summary",  # a job's summary written as a list of sentences (set AO: 7 claims of a YAML file dropped in silence)
    # a list named by its item ("duty: [{description: ...}]": set AQ, a YAML file's 25 claims read as nothing)
    "bullet", *_ITEM_NOUNS,
})
# In a bullet list, an item written as a mapping keeps its text under one of these keys.
# Or under the singular of its list's key: "duties: [{id: 1, duty: ...}]" (set AD: read as empty).
ITEM_TEXT_KEYS = (
    "content", "text", "bullet", "description", "summary", *_ITEM_NOUNS, "detail",
    "details",  # "items: [{details: ...}]" of a Hugo resume theme (set AO: 28 claims, the file read as empty)
)
# Lists of entries (JSON Resume's, and hand-made schemas' names for a job list) whose entries'
# `summary` is a claim as well as their bullets; a job's `description` too where the job has no
# bullets, written as a paragraph (beside bullets it describes the employer or the role). A
# project's `description` most often says what the project is; it is read where it says what
# the person did ("Managed all aspects of ...", "For the 2013 season, I built ...": set M),
# beside the project's highlights too ("Developed a classifier that beat ...": set O).
ENTRY_LISTS = frozenset({
    "work", "volunteer", "projects", "work experience", "experience", "professional experience",
    "employment", "employment history", "work history", "jobs", "positions", "history",
    "roles",  # a Jekyll resume's "roles: [{title, company, dates, description}]" (set AB: 9 claims read as nothing)
    "job history",  # "jobHistory: [{company, startDate, description}]" (set AT: 7 sentences dropped in silence)
})
_ENTRY_CLAIM_KEYS = frozenset({"summary", "description", "tagline", "my role", "details"})
# "experience: {enable: true, list: [...]}": a theme's switch beside the entries it lists, whose
# list is the named one (set AO: a Hugo theme's jobs and projects, the file read as empty).
# And the online-cv Jekyll theme's "projects: {title, intro, assignments: [...]}" (round SE: seven
# projects' taglines dropped in silence, the section not even named as skipped).
WRAPPED_LIST_KEYS = frozenset({"list", "entries", "assignments"})
# The list of a titled group of bullets inside a job's list ({title: "AI-Enhanced Productivity:",
# items: [...]}: round SA), under the keys a theme wraps a list in or a key that holds bullets.
_GROUP_LIST_KEYS = frozenset({"items", "points"}) | WRAPPED_LIST_KEYS


def group_list(item: Mapping[Any, Any]) -> list[Any] | None:
    """The list of bullets of a titled group that is an item of a bullet list, or None."""
    return next((value for key, value in item.items() if isinstance(value, list) and (key_name(key) in _GROUP_LIST_KEYS or holds_bullets(key))), None)


def child_entry_lists(name: str, value: object, wraps: str) -> tuple[str, str]:
    """For a key `name` whose value is `value`, inside a mapping that wraps the entry list `wraps`
    (or ""): the entry list the value is, and the one it wraps in turn."""
    if isinstance(value, Mapping):
        return "", entry_list_named(name)
    if wraps and name in WRAPPED_LIST_KEYS and isinstance(value, list):
        return wraps, ""
    return entry_list_of(name, value), ""


def entry_list_of(name: str, value: object) -> str:
    """The entry list a key's value is (entry_list_named), or "work" for a list under any other
    name whose entries name an employer and a title ("resume: [{company, title, summary}]": set
    AN, 37 sentences of one YAML file read as nothing); "" for any other value."""
    if not isinstance(value, list):
        return ""
    named = entry_list_named(name)
    if named:
        return named
    entries = [{key_name(key) for key in item} for item in value if isinstance(item, Mapping)]
    jobs = sum(1 for keys in entries if keys & _EMPLOYER_KEYS and keys & _TITLE_KEYS)
    return "work" if entries and jobs * 2 > len(entries) else ""


_EMPLOYER_KEYS = frozenset({"company", "employer", "organization", "organisation"})
_TITLE_KEYS = frozenset({"title", "position", "role", "job title"})


def entry_list_named(name: str) -> str:
    """The entry list a key names, as is_entry_claim knows it: itself if it is one (ENTRY_LISTS),
    "projects" for any list of projects or contributions ("personal_projects",
    "open_source_contributions": set AG, 29 claims of one YAML file's such lists dropped in
    silence), "roles" for a list of more roles ("additionalRoles"), else ""."""
    if name in ENTRY_LISTS:
        return name
    words = name.split()
    if words and words[-1] in {"roles", "positions"}:
        return "roles"  # "additionalRoles", "previous positions": more jobs at the same employer (set AK)
    # a portfolio's "caseStudies" are projects too (round RW)
    return "projects" if words and (words[-1] in {"projects", "contributions"} or words[-2:] == ["case", "studies"]) else ""


def is_entry_claim(list_name: str, key: object, entry: Mapping[Any, Any], text: str) -> bool:
    """Is this key of `entry`, an entry of `list_name` (a key_name, "" outside entry lists), a
    claim? `text`: the key's value as text."""
    name = _claim_key(key, text)
    if not list_name or not name:
        return False
    if name in ("tagline", "my role"):
        # a project's one line: what it is ("A DNS server for ...") or what was done; a case
        # study's "myRole": what the person did ("I led product strategy for ...": round RW)
        return _tells_what_was_done(text)
    if name in ("description", "details"):
        # a job's `details` written as one sentence, not as a list ("details: "I tutor up to 2nd year
        # mathematics ..."": round SE, dropped in silence beside a sibling's list that was read)
        if list_name == "projects":  # beside highlights too (set O: 16 of one file's projects)
            return _tells_what_was_done(text) or _a_later_sentence_tells_it(text)
        # beside bullets, only where the person says in it what they did ("I managed the development
        # of the office network ...": set AP, 6 such descriptions dropped in silence), or it opens
        # with their act ("Worked on novel regularization methods that ...": round RN, a Jekyll
        # _data file's three descriptions beside their highlights dropped in silence)
        return not _has_bullets(entry) or _tells_what_was_done(text)
    # JSON Resume's `summary` says what the person did; under other schemas' job lists it is
    # most often a line of self-description ("Backend engineer specializing in ..."), and read
    # only where it says what was done ("Led the move of ...", "I ran ...", and "UK market leader in
    # advice software. I led the payments team ...": set AP, dropped whole when it opened on the employer).
    if _tells_what_was_done(text) or _opens_with_a_present_act(text):
        return True
    # beside the entry's own highlights, a summary that names the person's role is its overview
    # ("Technical lead who operates like a founding engineer.": set AZ, 7 such lines read as claims),
    # while one that names the work is a claim ("Backend development on the onchain recommendation
    # engine ...": set RA)
    return list_name in _JSON_RESUME_LISTS and not (_has_bullets(entry) and _names_the_role(text))


def _a_later_sentence_tells_it(text: str) -> bool:
    """A project's description that says what it is, then what the person did in it ("Python data
    validation library (28k+ stars). Contributed 8 PRs from 2019 to 2020.": round SAG, nine told
    whole as descriptions): read, the product's sentence with it, unless the screen knows that
    sentence for a description of a product (screen._after_employer_sentence), which it then tells."""
    sentences = _SENTENCE_BREAK.split(text)[1:]
    return any(is_past_act((sentence.split() or [""])[0]) and opens_with_an_act(sentence) for sentence in sentences)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def unread_entry_text(list_name: str, key: object, text: str) -> str | None:
    """Why an entry's own paragraph that is_entry_claim does not read is told, not dropped in
    silence ("projects[].description": "Astrophotography mount using high precision stepper
    motors ...": set RF, two of a YAML file's four projects gone without a word); None for a key
    that is no entry's own paragraph."""
    if not list_name or not _claim_key(key, text):
        return None
    return "description of a project or product" if list_name == "projects" else "summary of a job"


def _claim_key(key: object, text: str) -> str:
    """The entry's own key as is_entry_claim reads it: itself where it knows it, "description" for
    a paragraph under a key it does not ("teaching: [{organization, title, notes: |...}]": round
    SS, a volunteer role's two claims dropped in silence), else ""."""
    name = key_name(key)
    if name in _ENTRY_CLAIM_KEYS:
        return name
    # a field of details in a theme's own words that says what was done ("inline_detail: Developed an
    # ISO writer using QT and C++": round SAD, a job's only claim dropped in silence)
    if name.split()[-1:] in (["detail"], ["details"], ["desc"]) and _tells_what_was_done(text):
        return "description"
    return "description" if is_a_paragraph(text) else ""


# Why prose under a key outside every list of work is told, not read: "service: {main: [{details:
# "Continued and substantial contributions to the openSUSE project. ..."}]}" (round SAD, dropped in silence).
UNREAD_PARAGRAPH = "text under a key po2pm does not read as work"


def is_a_paragraph(text: str) -> bool:
    """Prose, not a field's value: at least ten words and a sentence's full stop."""
    return len(text.split()) >= 10 and (". " in text or text.rstrip().endswith("."))


def opens_as_a_claim(text: str) -> bool:
    """Six words or more that open with an act ("Cut churn 20% by redesigning onboarding."): under
    a key po2pm does not read, told wherever it stands (attack round ATK20, C13 to C15: such lines in
    a list of strings, in a mapping outside any list, or short of a paragraph's ten words, were
    dropped in silence)."""
    words = text.split()
    return len(words) >= 6 and not _opens_as_a_summary(words) and opens_with_an_act(text)


def _opens_as_a_summary(words: list[str]) -> bool:
    """"Experienced software engineer ...", "Certified Scrum Master ...": a participle as an
    adjective; not one before its object ("Certified 40 brokers ...", "Qualified the leads ...":
    attack round ATK21, C14, dropped in silence as a summary)."""
    return words[0].lower() in _SUMMARY_PARTICIPLES and not (words[1][:1].isdigit() or words[1].lower() in _OBJECT_OPENINGS)


_OBJECT_OPENINGS = frozenset({"the", "a", "an", "our", "all", "every", "each", "over", "more", "than", "new", "their", "his", "her", "my", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"})


def told_unread(text: str, listed: bool) -> bool:
    """Is text under a key po2pm does not read told, not left quiet: prose in an item of a list (a
    profile's paragraph outside any list is the person's self-description), or a line that opens as
    a claim wherever it stands?"""
    return (listed and is_a_paragraph(text)) or opens_as_a_claim(text)


# Past forms that open a profile's summary as adjectives ("Experienced software engineer with 14+
# years ...": round SAE's file, told once these lines were told), not an act
_SUMMARY_PARTICIPLES = frozenset({"experienced", "seasoned", "skilled", "accomplished", "dedicated", "motivated", "qualified", "certified", "talented"})


# Nouns of a role that open a job's overview: "Technology panelist and mentor for ..."
_ROLE_WORDS = JOB_TITLE_NOUNS | {"mentor", "panelist", "leader", "expert", "practitioner", "builder", "architect"}


def _names_the_role(text: str) -> bool:
    """Does the text open by naming the person's role ("Technical lead who ...", "Founding engineer
    for ...")? Within its first four words."""
    opening = [word.strip(",.;:()").lower() for word in text.split()[:4]]
    return any(word in _ROLE_WORDS or word.removesuffix("s") in _ROLE_WORDS for word in opening)


def _has_bullets(entry: Mapping[Any, Any]) -> bool:
    return any(holds_bullets(key) and isinstance(value, list) and value for key, value in entry.items())


def _tells_what_was_done(text: str) -> bool:
    """It opens with an act, or the person says in it what they did ("... I built ...")."""
    return opens_with_an_act(text) or FIRST_PERSON_ACT.search(text) is not None


def _opens_with_a_present_act(text: str) -> bool:
    """"Drive accuracy, safety, and workflow efficiency in ...": a current job's summary in the
    present (set AJ: three sentences left out in silence); not a role ("Lead engineer on ...")."""
    words = [word.strip(",.;:") for word in text.split()[:4]]
    return (
        len(words) == 4
        and can_be_verb(words[0])
        and words[1].lower() not in JOB_TITLE_NOUNS
        and words[1][:1].islower()
        and not words[0].lower().endswith("s")  # "Works with ...": a third person's
    )


# JSON Resume's lists, and FRESH's `employment: {history: [...]}`, whose summaries say what was done.
_JSON_RESUME_LISTS = frozenset({"work", "volunteer", "projects", "history"})
# Subtrees that hold settings or contact data, not the person's work.
_NOT_CONTENT = frozenset({
    "basics", "meta", "design", "theme", "locale", "settings", "style", "layout", "social", "profiles",
    "contact", "personal", "name", "order",
})


# An entry with these keys is a school's, whatever its section is called ("Educación:", "Studies"):
# its highlights are courses and grades, not claims (set I: a RenderCV file with a Spanish title).
_SCHOOL_KEYS = frozenset({"institution", "school", "university"})
_STUDY_KEYS = frozenset({"degree", "area", "study type", "field of study", "gpa", "score"})


def is_education_entry(entry: Mapping[Any, Any]) -> bool:
    names = {key_name(key) for key in entry}
    return bool(names & _SCHOOL_KEYS) and bool(names & _STUDY_KEYS)


def key_name(key: object) -> str:
    """A mapping key as the lists above know it: "keyAchievements" and "key_achievements" alike."""
    text = str(key)
    # camelCase in an identifier ("keyAchievements"); a key written as words keeps its own
    # ("Cloud Program Manager (SkillBridge Fellow)": "skill bridge" read it as a skills key, set AQ)
    spaced = text if " " in text.strip() else "".join(f" {char}" if char.isupper() else char for char in text)
    return section_key(spaced.replace("_", " ").replace("-", " "))


def holds_bullets(key: object, in_entry: bool = False) -> bool:
    """Does a list under this key hold bullets? `in_entry`: the key is an entry's of a job list,
    where the general keys of ENTRY_BULLET_LIST_KEYS name one too."""
    name = key_name(key)
    return name in BULLET_LIST_KEYS or (in_entry and name in ENTRY_BULLET_LIST_KEYS)


def holds_no_claims(key: object) -> bool:
    """Education, skills, languages, settings: nothing below this key is read."""
    name = key_name(key)
    # (an entry's "summary" holds claims, though a "Summary" heading lists a profile)
    return name in _NOT_CONTENT or (is_listing_section(name) and name not in _ENTRY_CLAIM_KEYS)
