"""Finishing rewrites: which suggestion each bullet takes, and the person's answers in its brackets.

Without answers, every flagged bullet takes suggestion `--pick` as it stands. With an answers file
(`--answers FILE`, TOML) or the interactive session, only the bullets named there change, each
with its own choice:

    [[bullet]]
    text = "Managed the product backlog for the claims team"   # or: line = 12
    pick = 2                        # 1-3: a suggestion; 0: keep the original
    [bullet.answers]                # fills the suggestion's [brackets], by their words
    "the request you turned down" = "a custom export for one reseller"

    [[bullet]]
    line = 14
    edit = "Cut claim handling time 20% by ranking the backlog by adjuster wait"   # your own text

A bracket with no answer stays, and `--write` refuses it unless `--allow-placeholders`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .errors import InputError
from .model import BulletReport
from .rules import PLACEHOLDER, did_you_mean, placeholder_key

_KEYS = {"text", "line", "pick", "edit", "answers"}


@dataclass(frozen=True)
class Answer:
    """One bullet's choice: a suggestion (pick 1-3) with answers, the original (pick 0), or an edit."""

    pick: int = 1
    answers: Mapping[str, str] = field(default_factory=dict)
    edit: str | None = None
    text: str | None = None  # which bullet: its text as it stands...
    line: int | None = None  # ...or the line it starts on


def _folded(text: str) -> str:
    """A bullet's text as an answer names it: any run of white space one space."""
    return " ".join(text.split())


class _BulletsByName:
    """The bullets of one file by their text (folded) and by their line, found once for all the
    answers: each answer looked through every bullet, and 2,000 answers to a file of 2,000
    bullets took seconds (attack round ATK9, FY2)."""

    def __init__(self, bullets: tuple[BulletReport, ...]) -> None:
        self._count = len(bullets)
        self._by_text: dict[str, list[int]] = {}
        self._by_line: dict[int, list[int]] = {}
        self._by_both: dict[tuple[str, int], list[int]] = {}
        for index, report in enumerate(bullets):
            text, line = _folded(report.bullet.text), report.bullet.start.line
            self._by_text.setdefault(text, []).append(index)
            self._by_line.setdefault(line, []).append(index)
            self._by_both.setdefault((text, line), []).append(index)

    def indexes(self, answer: Answer) -> list[int]:
        """The indexes of the bullets the answer names, in order: those of its text (white space
        folded) on its line, where it gives both."""
        if answer.text is None:
            return list(range(self._count)) if answer.line is None else self._by_line.get(answer.line, [])
        if answer.line is None:
            return self._by_text.get(_folded(answer.text), [])
        return self._by_both.get((_folded(answer.text), answer.line), [])


def fill(text: str, answers: Mapping[str, str]) -> str:
    """The suggestion with each answered [bracket] replaced by the answer."""
    wanted = {placeholder_key(key): value.strip() for key, value in answers.items() if value.strip()}
    return PLACEHOLDER.sub(lambda m: wanted.get(placeholder_key(m.group(1)), m.group(0)), text)


def read_answers(path: Path) -> list[Answer]:
    try:
        from .inputs import read_small_text  # inputs loads the format readers: only when needed

        data = tomllib.loads(read_small_text(path, "answers"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read answers: {error}") from None
    except ValueError as error:  # a TOMLDecodeError, or an integer of more than 4,300 digits
        raise InputError(f"{path}: invalid TOML: {error}") from None
    except RecursionError:
        raise InputError(f"{path}: nested too deeply to read as TOML") from None
    entries = data.get("bullet")
    if not data:
        # a script's "touch answers.toml" (attack round ATK16, C22: told it held something else)
        raise InputError(f"{path}: the answers file is empty: write one [[bullet]] table per bullet (docs/rewrites.md)")
    if set(data) - {"bullet"} or not isinstance(entries, list):
        raise InputError(f"{path}: an answers file holds [[bullet]] tables only")
    if not entries:
        # "bullet = []": nothing to apply, said as the empty file is (attack round ATK17, C26: exit 0, silent)
        raise InputError(f"{path}: the answers file names no bullet: write one [[bullet]] table per bullet (docs/rewrites.md)")
    return [_answer(path, index, entry) for index, entry in enumerate(entries)]


def _answer(path: Path, index: int, entry: Any) -> Answer:
    where = f"{path}: bullet {index + 1}"
    if not isinstance(entry, dict):
        raise InputError(f"{where}: must be a table")
    unknown = set(entry) - _KEYS
    if unknown:
        raise InputError(f"{where}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(_KEYS))})")
    text, line = entry.get("text"), entry.get("line")
    if text is None and line is None:
        raise InputError(f"{where}: say which bullet, with 'text' or 'line'")
    if text is not None and (not isinstance(text, str) or not text.strip()):
        # `text = ""` was told as "no bullet matches 'line None'" (attack round ATK5, weak 37)
        raise InputError(f"{where}: 'text' must be the bullet's text as it stands in the resume")
    if line is not None and (not isinstance(line, int) or isinstance(line, bool) or line < 1):
        raise InputError(f"{where}: 'line' must be a line number")
    pick = entry.get("pick", 1)
    if not isinstance(pick, int) or isinstance(pick, bool) or not 0 <= pick <= 3:
        raise InputError(f"{where}: 'pick' must be 0 (keep the original) or 1-3")
    answers = entry.get("answers", {})
    if not isinstance(answers, dict) or not all(isinstance(v, str) for v in answers.values()):
        raise InputError(f"{where}: 'answers' must be a table of \"bracket words\" = \"your answer\"")
    edit = entry.get("edit")
    if edit is not None and (not isinstance(edit, str) or not edit.strip()):
        raise InputError(f"{where}: 'edit' must be your bullet's new text")
    if edit is not None and ("pick" in entry or "answers" in entry):
        # one of them was taken in silence (an attack round, session 41, ans02)
        raise InputError(f"{where}: give 'edit' (your own text) or 'pick' with 'answers', not both")
    return Answer(pick, dict(answers), edit, text, line)


def replacement(report: BulletReport, answer: Answer, path: str = "<text>") -> str | None:
    """The bullet's new text under this answer, or None to leave it as it is; `path`: the
    resume's, for the message when the pick names a suggestion the bullet does not have."""
    if answer.edit is not None:
        return answer.edit.strip()
    if answer.pick == 0:
        return None
    if len(report.suggestions) < answer.pick:
        count = len(report.suggestions)
        raise InputError(
            f"{path}:{report.bullet.start.line}: pick {answer.pick}, but this bullet has {count} suggestion{'s' if count != 1 else ''}"
            + (" (it got advice instead: write edit = \"your text\")" if count == 0 else "")
        )
    return fill(report.suggestions[answer.pick - 1].text, answer.answers)


def choices(bullets: tuple[BulletReport, ...], answers: list[Answer] | None, pick: int, path: str = "<text>") -> dict[int, str]:
    """Bullet index -> new text. With answers, only the bullets they name; without, every bullet
    with a suggestion number `pick`, as it stands."""
    chosen: dict[int, str] = {}
    if answers is None:
        for index, report in enumerate(bullets):
            if len(report.suggestions) >= pick:
                chosen[index] = report.suggestions[pick - 1].text
        return chosen
    answered: set[int] = set()
    found = _BulletsByName(bullets)
    for answer in answers:
        # every bullet it names: a bullet written twice in one file, named by its text, is answered
        # twice (the second was left as it was, unsaid: an attack round of session 46)
        named = [(index, bullets[index]) for index in found.indexes(answer)]
        if answer.text is None and len(named) > 1:
            # "line = 2" where the line holds two bullets (a JSON value's list, "<br>- ..." items):
            # both were rewritten, unsaid (attack round ATK8)
            raise InputError(
                f"{path}:{answer.line}: this line holds {len(named)} bullets; name the one you mean with 'text' "
                f"(\"{named[0][1].bullet.text[:60]}\" ...)"
            )
        for index, report in named:
            if index in answered:
                # the last one won in silence (an attack round, session 41, ans02)
                raise InputError(f"{path}:{report.bullet.start.line}: two answers name this bullet; keep one")
            answered.add(index)
            new = replacement(report, answer, path)
            if new is not None and new != report.bullet.text:
                chosen[index] = new
    return chosen


def short_of_pick(bullets: tuple[BulletReport, ...], pick: int) -> list[BulletReport]:
    """Bullets with a suggestion or more, but fewer than `pick`: --pick leaves them as they are."""
    return [report for report in bullets if 0 < len(report.suggestions) < pick]


def unknown_brackets(bullets_by_file: list[tuple[BulletReport, ...]], answers: list[Answer]) -> list[str]:
    """An answer whose words name no bracket of the suggestion it picks ("the reslt, as what rose
    or fell"): said, with the nearest bracket, so a typo does not leave the bracket empty in silence
    (a coach's trial, session 15)."""
    found = []
    named = [(bullets, _BulletsByName(bullets)) for bullets in bullets_by_file]
    for answer in answers:
        if answer.edit is not None or answer.pick == 0 or not answer.answers:
            continue
        picked = (bullets[index] for bullets, by in named for index in by.indexes(answer) if len(bullets[index].suggestions) >= answer.pick)
        report = next(picked, None)
        if report is None:
            continue  # no such bullet, or too few suggestions: told elsewhere
        brackets = PLACEHOLDER.findall(report.suggestions[answer.pick - 1].text)
        keys = {placeholder_key(bracket) for bracket in brackets}
        found += [
            f"line {report.bullet.start.line}: no bracket [{words}] in suggestion {answer.pick}{did_you_mean(words, brackets)}"
            for words in answer.answers
            if placeholder_key(words) not in keys
        ]
    return found


def unmatched(bullets_by_file: list[tuple[BulletReport, ...]], answers: list[Answer]) -> list[Answer]:
    """Answers that name no bullet in any input (a typo in 'text', a line that moved)."""
    named = [_BulletsByName(bullets) for bullets in bullets_by_file]
    return [a for a in answers if not any(by.indexes(a) for by in named)]
