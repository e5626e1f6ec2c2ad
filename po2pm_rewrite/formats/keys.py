"""Which keys of a JSON or YAML resume hold bullets, and which hold no claims at all.

JSON Resume calls a job's bullets `highlights`; hand-made schemas call them `bullets`, `details`,
`achievements` or `responsibilities`, sometimes as a list of `{content: ...}` items. Resumes of
every schema were read as empty when only `highlights` counted. Subtrees such as `education`,
`skills` or a theme's `design` settings hold lists that are not claims (courses, tools, a bullet
character), so their lists are not read, whatever their keys.
"""

from __future__ import annotations

from ..extract import is_listing_section, section_key

# A list under one of these keys is a list of bullets.
BULLET_LIST_KEYS = frozenset({
    "highlights", "bullets", "bullet points", "details", "achievements", "accomplishments",
    "responsibilities", "duties", "key achievements", "key responsibilities", "description", "descriptions",
})
# In a bullet list, an item written as a mapping keeps its text under one of these keys.
ITEM_TEXT_KEYS = ("content", "text", "bullet", "description", "summary")
# Lists of entries (JSON Resume's) whose entries' `summary` is a claim as well as their bullets.
ENTRY_LISTS = frozenset({"work", "volunteer", "projects"})
# Subtrees that hold settings or contact data, not the person's work.
_NOT_CONTENT = frozenset({
    "basics", "meta", "design", "theme", "locale", "settings", "style", "layout", "social", "profiles",
    "contact", "personal", "name", "order",
})


def key_name(key: object) -> str:
    """A mapping key as the lists above know it: "keyAchievements" and "key_achievements" alike."""
    text = str(key)
    spaced = "".join(f" {char}" if char.isupper() else char for char in text)  # camelCase
    return section_key(spaced.replace("_", " ").replace("-", " "))


def holds_bullets(key: object) -> bool:
    return key_name(key) in BULLET_LIST_KEYS


def holds_no_claims(key: object) -> bool:
    """Education, skills, languages, settings: nothing below this key is read."""
    name = key_name(key)
    return name in _NOT_CONTENT or is_listing_section(name)
