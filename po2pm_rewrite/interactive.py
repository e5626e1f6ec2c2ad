"""`po2pm rewrite --interactive`: finish each rewrite at the terminal, one flagged bullet at a time.

For each bullet: the original, why it was flagged, the suggestions. Choose one (then answer its
questions, each filling its bracket), keep the original, write your own, or skip. The finished
bullet is checked again before you accept it. What you accept becomes the same per-bullet
choices an answers file gives (answers.py), and is written the way --write writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

import typer

from .answers import Answer, fill
from .extract import bullet_from_text
from .output import terminal_safe
from .rules import own_placeholders

if TYPE_CHECKING:
    from .engine import Linter
    from .model import BulletReport, Report


class _Where(TypedDict):
    """Which bullet an Answer is for: its text and the line it starts on."""

    text: str
    line: int


class _Finished(Exception):
    """The person asked to stop: what was accepted so far is kept."""


def _say(text: str) -> None:
    # a bullet holding escape sequences cannot set the title or clear the screen here either (an
    # attack round, session 41, tty01: every other output showed them, this one obeyed them)
    typer.echo(terminal_safe(text))


def _ask(prompt: str) -> str:
    try:
        return input(terminal_safe(prompt))
    except EOFError:
        raise _Finished from None


def run_session(report: "Report", linter: "Linter") -> list[Answer]:
    todo = [(file.path, bullet) for file in report.files for bullet in file.bullets if bullet.findings]
    accepted: list[Answer] = []
    if not todo:
        _say("No flagged bullet: nothing to rewrite.")
        return accepted
    try:
        for number, (path, bullet) in enumerate(todo, start=1):
            answer = _one_bullet(number, len(todo), path, bullet, linter)
            if answer is not None:
                accepted.append(answer)
    except _Finished:
        _say("Stopping here; the bullets accepted so far are kept.")
    changed = sum(1 for a in accepted if a.pick != 0 or a.edit)
    # "N bullets to rewrite" read as still to do (a CI user's trial): say what was accepted
    _say(f"{changed} rewrite{'s' if changed != 1 else ''} accepted.")
    return accepted


def _one_bullet(number: int, total: int, path: str, bullet: "BulletReport", linter: "Linter") -> Answer | None:
    where: _Where = dict(text=bullet.bullet.text, line=bullet.bullet.start.line)
    _say(f"\n[{number}/{total}] {path}:{bullet.bullet.start.line}")
    _say(f"  {bullet.bullet.text}")
    for finding in bullet.findings:
        _say(f"  {finding.rule}: {finding.message}")
    if bullet.advice:
        _say(f"  Advice: {bullet.advice}")
    for index, suggestion in enumerate(bullet.suggestions, start=1):
        _say(f"  {index}. {suggestion.text}")
        for note in suggestion.notes:
            _say(f"     ({note})")
    options = "".join(str(i) for i in range(1, len(bullet.suggestions) + 1))
    choices = f"{'/'.join(options)} choose, " if options else ""
    while True:
        reply = _ask(f"  {choices}k keep, e edit, s skip, q quit [{'1' if options else 's'}]: ").strip().lower()
        reply = reply or ("1" if options else "s")
        if reply == "q":
            raise _Finished
        if reply == "s":
            return None
        if reply == "k":
            return Answer(pick=0, **where)
        if reply == "e":
            own = _ask("  Your bullet: ").strip()
            if own and _accept(own, linter):
                return Answer(edit=own, **where)
            continue
        if reply.isdigit() and 1 <= int(reply) <= len(bullet.suggestions):
            answer = _answer_questions(int(reply), bullet, linter, where)
            if answer is not None:
                return answer
            continue
        _say("  Please type one of the letters or numbers shown.")


def _answer_questions(pick: int, bullet: "BulletReport", linter: "Linter", where: _Where) -> Answer | None:
    suggestion = bullet.suggestions[pick - 1]
    # questions: the person's own part first, then one per bracket in order (rewrite.py)
    own, per_bracket = suggestion.questions[:1], suggestion.questions[1:]
    questions = dict(zip(suggestion.placeholders, per_bracket))
    if own:
        _say(f"  First, for yourself: {own[0]}")
    answers: dict[str, str] = {}
    for placeholder in suggestion.placeholders:
        question = questions.get(placeholder, "")
        reply = _ask(f"  [{placeholder}] {question}\n  > ").strip()
        if reply:
            answers[placeholder] = reply
    finished = fill(suggestion.text, answers)
    if _accept(finished, linter):
        return Answer(pick=pick, answers=answers, **where)
    return None


def _accept(text: str, linter: "Linter") -> bool:
    """Show the finished bullet, checked again, and ask to accept it."""
    _say(f"  Finished: {text}")
    found = bullet_from_text(text)
    left = own_placeholders(text, linter.ruleset.placeholders)
    if found:
        checked = linter.analyze(found[:1])[0]
        flagged = [f for f in checked.findings if f.severity.rank >= 2 and f.rule != "PO201" and not f.standby]
        if flagged:
            _say("  Still reads as delivery work: " + "; ".join(f"{f.rule} {f.message.rstrip('.')}" for f in flagged) + ".")
        else:
            _say("  Checked: reads as PM work.")
    if left:
        _say(f"  {len(left)} bracket(s) still empty: writing them needs --allow-placeholders.")
    reply = _ask("  Accept? [Y/n/q]: ").strip().lower()
    if reply in {"q", "quit"}:  # as at the other prompts: stop, keeping what was accepted (a CI user's trial)
        raise _Finished
    return reply in {"", "y", "yes"}
