"""Output formats: pure functions from a Report to text. Nothing here writes or exits.

JSON schema, version 1 (documented in README.md, "JSON output"):
{"version": 1, "tool": {"name", "version"}, "files": [{"path", "error"?, "bullets": [{"text",
"line", "column", "end_line", "end_column", "signals": [...], "findings": [{"rule", "name",
"severity", "message", "line", "column", "end_line", "end_column"}]}]}]}
Lines and columns are 1-based, end exclusive; columns count Unicode code points.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence, TypeAlias
from urllib.parse import quote

from . import __version__
from .model import SHOWN_BY_EXTRACT, Bullet, BulletReport, FileReport, Finding, Report
from .rules import Rule, RuleSet

if TYPE_CHECKING:
    from .model import Skipped

    # `po2pm extract`, per input: path, format, bullets kept, lines left out, notes, error, and
    # the (line, heading) of each section not read.
    ExtractEntry: TypeAlias = tuple[
        str, str, Sequence[Bullet], Sequence[Skipped], Sequence[str], str | None, Sequence[tuple[int, str]]
    ]

JSON_SCHEMA_VERSION = 1
JSON_SCHEMA_FILE = Path(__file__).resolve().parent / "schemas" / f"report-v{JSON_SCHEMA_VERSION}.schema.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


@dataclass(frozen=True)
class Style:
    """Terminal styling; the plain style is used for pipes, files and NO_COLOR."""

    color: bool = False

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text


_SEVERITY_COLOR = {"error": "1;31", "warning": "1;33", "info": "1;36"}
# The colour codes Style.paint writes; every other escape sequence or control character in what
# po2pm prints for people came from a file or a file name, and is shown, never obeyed.
_OWN_COLORS = r"\x1b\[(?:0|1|2|1;31|1;33|1;36)m"
# Control characters, the bidi overrides that make a line read in another order than it is, and
# the line and paragraph separators some terminals and viewers break a line at (fifth round of
# attacks, A27: U+2028 printed raw could forge a line of output)
_CONTROL = re.compile(_OWN_COLORS + r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _valid_unicode(text: str) -> str:
    """A file name that is not valid UTF-8 reaches Python as lone surrogates, which JSON and SARIF
    readers cannot take: each is shown as U+FFFD, as a text editor would. Bidirectional controls
    and line separators, which only strings hold, are written as JSON escapes: the same data, but
    a printed file shows in the order it is stored (sixth round of attacks, A37: U+202E in a file
    name reordered the JSON shown by `cat`). So are the C1 controls, which JSON lets through raw and
    a terminal obeys (U+009B opens an escape sequence: the attack round of session 44, F4)."""
    return _ESCAPED_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", _SURROGATE.sub("\ufffd", text))


_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_IN_JSON = re.compile("[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Text for a terminal: a bullet or file name holding escape sequences cannot clear the
    screen, set the window title or erase the lines that hold findings."""
    return _CONTROL.sub(_shown, text)


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    if len(char) > 1:
        return char  # po2pm's own colour codes
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def _flagged(report: Report) -> Iterator[tuple[str, BulletReport]]:
    """(path, bullet report) for every bullet with findings, in file order."""
    for file, bullet_report in _flagged_in_files(report):
        yield file.path, bullet_report


def _flagged_in_files(report: Report) -> Iterator[tuple[FileReport, BulletReport]]:
    for file in report.files:
        for bullet_report in file.bullets:
            if bullet_report.findings:
                yield file, bullet_report


def one_line(text: str) -> str:
    """A file name or message on one line: a newline in a file name must not start a line that
    reads as another finding."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _where(file: FileReport, bullet_report: BulletReport) -> str:
    """path:line:column, and for a PDF the page and the line on it."""
    start = bullet_report.bullet.start
    place = f"{one_line(file.path)}:{start.line}:{start.column}"
    on_page = file.page_of(start.line)
    return place + (f" (page {on_page[0]}, line {on_page[1]})" if on_page else "")


def _each_finding(report: Report) -> Iterator[tuple[str, BulletReport, Finding, dict[str, int]]]:
    """(path, bullet report, finding, span) for every finding."""
    for path, bullet_report in _flagged(report):
        for finding in bullet_report.findings:
            yield path, bullet_report, finding, _finding_span(bullet_report, finding)


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def _finding_span(bullet_report: BulletReport, finding: Finding) -> dict[str, int]:
    start = bullet_report.bullet.position(finding.start)
    end = bullet_report.bullet.position(finding.end)
    return {"line": start.line, "column": start.column, "end_line": end.line, "end_column": end.column}


def load_json_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(JSON_SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


def to_json(report: Report, with_suggestions: bool = False) -> str:
    """`with_suggestions` (the rewrite command) adds "suggestions" and "model_bullet" to each bullet."""
    files = []
    for file in report.files:
        entry: dict[str, Any] = {"path": file.path}
        if file.error:
            entry["error"] = file.error.message
        if file.notes:
            entry["notice"] = file.notice
            entry["notes"] = list(file.notes)
        entry["bullets"] = [_bullet_json(b, with_suggestions, file) for b in file.bullets]
        files.append(entry)
    document = {
        "version": JSON_SCHEMA_VERSION,
        "tool": {"name": "po2pm-rewrite", "version": __version__},
        "files": files,
    }
    return _valid_unicode(json.dumps(document, indent=2, ensure_ascii=False))


def _bullet_json(bullet_report: BulletReport, with_suggestions: bool, file: FileReport | None = None) -> dict[str, Any]:
    bullet = bullet_report.bullet
    entry: dict[str, Any] = {
        "text": bullet.text,
        "line": bullet.start.line,
        "column": bullet.start.column,
        "end_line": bullet.end.line,
        "end_column": bullet.end.column,
    }
    on_page = file.page_of(bullet.start.line) if file is not None else None
    if on_page:
        entry["page"], entry["page_line"] = on_page
    entry |= {
        "signals": list(bullet_report.signals),
        "findings": [
            {
                "rule": f.rule,
                "name": f.name,
                "severity": f.severity.value,
                "message": f.message,
                **_finding_span(bullet_report, f),
            }
            for f in bullet_report.findings
        ],
    }
    verdict = bullet_report.verdict
    if verdict is not None:
        entry["verdict"] = {
            "kind": verdict.kind,
            "score": verdict.score,
            "threshold": verdict.threshold,
            "context": verdict.context,
            "reasons": [{"feature": name, "weight": weight, "words": words} for name, weight, words in verdict.reasons],
        }
    if with_suggestions:
        entry["suggestions"] = [
            {"text": s.text, "angle": s.angle, "placeholders": list(s.placeholders), "questions": list(s.questions), "notes": list(s.notes)}
            for s in bullet_report.suggestions
        ]
        entry["model_bullet"] = bullet_report.model_bullet
        entry["advice"] = bullet_report.advice
    return entry


def to_concise(report: Report) -> str:
    """One line per finding, `path:line:col: CODE message`, as compilers and pre-commit print."""
    lines = [
        f"{concise_path(path)}:{span['line']}:{span['column']}: {finding.rule} {one_line(finding.message)}"
        for path, _, finding, span in _each_finding(report)
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def concise_path(path: str) -> str:
    """A file name as the first field of `path:line:col:`; one holding a colon, a quote or a line
    break is quoted (JSON style), so a reader that splits at colons finds the line number."""
    if any(char in path for char in ':"\n\r'):
        return json.dumps(path, ensure_ascii=False)
    return path


def _github_escape(text: str, in_property: bool = False) -> str:
    """Workflow-command escaping: %, CR and LF always; ':' and ',' inside properties too. Other
    control characters and bidi overrides are shown, not passed on: the workflow log is read on a
    terminal or a page that obeys them (sixth round of attacks, A34 and A35: a file name or a rule
    message setting the window title)."""
    text = terminal_safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))
    return text.replace(":", "%3A").replace(",", "%2C") if in_property else text


def to_github(report: Report) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's changed lines."""
    lines = []
    for path, _, finding, span in _each_finding(report):
        properties = ",".join(
            [
                f"file={_github_escape(path, True)}",
                f"line={span['line']}",
                f"col={span['column']}",
                f"endLine={span['end_line']}",
                f"endColumn={span['end_column']}",
                f"title={_github_escape(f'{finding.rule} {finding.name}', True)}",
            ]
        )
        lines.append(f"::{GITHUB_COMMAND[finding.severity.value]} {properties}::{_github_escape(finding.message)}")
    # a file po2pm could not read is an error on that file, not only a line of the log (a CI
    # user's trial: the run failed with no annotation saying where)
    lines += [f"::error file={_github_escape(file.path, True)},title=po2pm::{_github_escape(file.error.message)}" for file in report.files if file.error]
    return "\n".join(lines) + ("\n" if lines else "")


def _artifact_location(path: str) -> dict[str, str]:
    """A file named by an absolute path as a file:// URI; a relative one relative to %SRCROOT%, the
    folder po2pm ran in (as code scanning expects); <stdin> and <text> as they are. A name that is
    not valid UTF-8 keeps its bytes, percent-encoded."""
    if path.startswith("<"):
        return {"uri": quote(path)}
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(Path(path).as_posix().encode("utf-8", "surrogateescape")), "uriBaseId": "%SRCROOT%"}


def _base_ids() -> dict[str, dict[str, dict[str, str]]]:
    """Where %SRCROOT% (relative paths' base) is: the folder po2pm ran in, if it still exists."""
    try:
        return {"originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}}}
    except OSError:
        return {}


def _invocation(report: Report) -> dict[str, object]:
    """Whether every input was read, and a notification for each one that was not: code scanning
    shows them, where an unreadable file would otherwise leave a clean-looking report."""
    unread = [(file.path, file.error) for file in report.files if file.error]
    return {
        "executionSuccessful": not unread,
        "toolExecutionNotifications": [
            {
                "level": "error",
                "message": {"text": error.message},
                "locations": [{"physicalLocation": {"artifactLocation": _artifact_location(path)}}],
            }
            for path, error in unread
        ],
    }


def to_sarif(report: Report, ruleset: RuleSet) -> str:
    """SARIF 2.1.0: one run, the rules as reportingDescriptors, one result per finding."""
    rules = list(ruleset.rules)
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for path, bullet_report, finding, span in _each_finding(report):
        results.append(
            {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": SARIF_LEVEL[finding.severity.value],
                "message": {"text": finding.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": _artifact_location(path),
                            "region": {
                                "startLine": span["line"],
                                "startColumn": span["column"],
                                "endLine": span["end_line"],
                                "endColumn": span["end_column"],
                                "snippet": {"text": bullet_report.bullet.text[finding.start : finding.end]},
                            },
                        }
                    }
                ],
            }
        )
    driver = {
        "name": "po2pm-rewrite",
        "version": __version__,
        "rules": [
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.message.format(match="…")},
                "fullDescription": {"text": " ".join(rule.rationale.split())},
                "defaultConfiguration": {"level": SARIF_LEVEL[rule.severity.value]},
                "properties": {"angle": rule.angle},
            }
            for rule in rules
        ],
    }
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                **_base_ids(),
                "invocations": [_invocation(report)],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return _valid_unicode(json.dumps(document, indent=2, ensure_ascii=False))


def to_text(report: Report, ruleset: RuleSet, style: Style = Style()) -> str:
    """For people: the bullet, the flagged words underlined, the code, the message and one line of why."""
    rules = {rule.code: rule for rule in ruleset.rules}
    blocks = [_text_block(_where(file, bullet_report), bullet_report, rules, style) for file, bullet_report in _flagged_in_files(report)]
    blocks.append(summary(report))
    return "\n\n".join(blocks) + "\n"


def _text_block(where: str, bullet_report: BulletReport, rules: dict[str, Rule], style: Style) -> str:
    bullet = bullet_report.bullet
    lines = [style.paint(where, "1"), f"  {bullet.text}"]
    for finding in bullet_report.findings:
        severity = finding.severity.value
        if (finding.start, finding.end) != (0, len(bullet.text)):  # a whole-bullet finding needs no caret line
            # measured on the text as it will be shown (control characters written out)
            width = max(1, len(terminal_safe(bullet.text[finding.start : finding.end])))
            underline = " " * _display_width(terminal_safe(bullet.text[: finding.start])) + "^" * width
            lines.append("  " + style.paint(underline, _SEVERITY_COLOR[severity]))
        span = _finding_span(bullet_report, finding)
        code = style.paint(f"{finding.rule} {severity}", _SEVERITY_COLOR[severity])
        lines.append(f"  {code} [{span['line']}:{span['column']}] {finding.message}")
        rule = rules.get(finding.rule)
        if rule is not None:
            lines.append("    " + style.paint("why: " + first_sentence(rule.rationale), "2"))
    return "\n".join(lines)


def to_rewrite_text(report: Report, ruleset: RuleSet, style: Style = Style()) -> str:
    """For each flagged bullet: the original, why, up to three suggestions, the questions to answer."""
    rules = {rule.code: rule for rule in ruleset.rules}
    flagged = list(_flagged_in_files(report))
    blocks = [_rewrite_block(_where(file, bullet_report), bullet_report, rules, style) for file, bullet_report in flagged]
    blocks.append(rewrite_plan([bullet_report for _, bullet_report in flagged]))
    return "\n\n".join(blocks) + "\n"


def rewrite_plan(flagged: list[BulletReport]) -> str:
    """The closing line a coach would say: how many bullets to extend, and how many to cut,
    merge or split instead (with their lines), so the person knows where their time goes."""
    total = len(flagged)
    summary = f"{total} bullet{'s' if total != 1 else ''} to rewrite"
    advised = [b for b in flagged if b.advice]
    extend = sum(1 for b in flagged if b.suggestions)
    if not advised:
        return summary
    lines = ", ".join(str(b.bullet.start.line) for b in advised)
    rest = total - extend - len(advised)
    return (
        f"{summary}: {extend} to extend with the suggestions above, {len(advised)} to cut, merge or split "
        f"first (line{'s' if len(advised) != 1 else ''} {lines})" + (f", {rest} to rewrite in your own words" if rest else "")
    )


def _rewrite_block(where: str, bullet_report: BulletReport, rules: dict[str, Rule], style: Style) -> str:
    bullet = bullet_report.bullet
    lines = [style.paint(where, "1"), f"  {bullet.text}"]
    for finding in bullet_report.findings:
        lines.append("  " + style.paint(f"{finding.rule} {finding.severity.value}", _SEVERITY_COLOR[finding.severity.value]) + f" {finding.message}")
    if bullet_report.advice:
        lines.append("  " + style.paint(f"Advice: {bullet_report.advice}", "33"))
    elif bullet_report.suggestions:
        lines.append("  Keep your bullet and add what a PM hiring manager looks for; fill the [brackets]:")
        for number, suggestion in enumerate(bullet_report.suggestions, start=1):
            lines.append(f"    {number}. {style.paint(suggestion.text, '32')}  ({suggestion.angle})")
        notes = list(dict.fromkeys(n for s in bullet_report.suggestions for n in s.notes))
        lines += [f"  Note: {note}." for note in notes]
        top = bullet_report.suggestions[0]
        if top.questions:
            lines.append("  Questions for suggestion 1:")
            lines += [f"    - {question}" for question in top.questions]
    else:
        lines.append("  No suggestion passed the checks for this bullet; rewrite it around a customer problem, a decision or a result.")
    if bullet_report.model_bullet:
        lines.append("  " + style.paint(f"A strong bullet from a similar case: {bullet_report.model_bullet}", "2"))
    return "\n".join(lines)


def _display_width(text: str) -> int:
    # Tabs would shift the caret line; every other code point is counted as one column.
    return len(text.replace("\t", " "))


def summary(report: Report) -> str:
    bullets = [b for f in report.files for b in f.bullets]
    flagged = sum(1 for b in bullets if b.findings)
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in report.findings():
        counts[finding.severity.value] += 1
    total = sum(counts.values())
    notes = sum(len(f.notes) for f in report.files)
    return (
        f"{flagged} of {len(bullets)} bullet{'s' if len(bullets) != 1 else ''} flagged; "
        f"{total} finding{'s' if total != 1 else ''} "
        f"({counts['error']} error, {counts['warning']} warning, {counts['info']} info)"
        + (f"; {notes} note{'s' if notes != 1 else ''} on how the input was read (on stderr)" if notes else "")
    )


def to_extract_text(
    path: str,
    file_format: str,
    kept: Sequence[Bullet],
    skipped: Sequence["Skipped"],
    notes: Sequence[str],
    error: str | None,
    sections: Sequence[tuple[int, str]] = (),
) -> str:
    """`po2pm extract`: what was read as bullets, what was left out and why, the sections not
    read, and the notes."""
    lines = [f"{one_line(path)} (read as {file_format})"]  # a newline in a file name cannot start a line of its own
    if error:
        lines.append(f"  error: {error}")
    lines += [f"  {b.start.line}:{b.start.column}  {b.text}" for b in kept]
    if skipped:
        lines.append("  left out:")
        lines += [f"  {s.bullet.start.line}:{s.bullet.start.column}  {s.bullet.text}  ({s.reason})" for s in skipped]
    if sections:
        lines.append("  sections not read (they list, they do not claim):")
        lines += [f"  {line}  {heading}" for line, heading in sections]
    lines += [f"  note: {_extract_note(note)}" for note in notes]
    lines.append(f"  {len(kept)} bullet{'s' if len(kept) != 1 else ''} to check")
    return "\n".join(lines)


def _extract_note(note: str) -> str:
    """A note as `po2pm extract` prints it: the lines left out are listed beside it, so it does
    not point at `po2pm extract` from inside it (sets AA and AB)."""
    return note.replace(SHOWN_BY_EXTRACT, "")


def to_extract_json(entries: Iterable["ExtractEntry"]) -> str:
    files = []
    for path, file_format, kept, skipped, notes, error, sections in entries:
        files.append(
            {
                "path": path,
                "format": file_format,
                **({"error": error} if error else {}),
                "bullets": [{"text": b.text, "line": b.start.line, "column": b.start.column} for b in kept],
                "skipped": [
                    {"text": s.bullet.text, "line": s.bullet.start.line, "column": s.bullet.start.column, "reason": s.reason}
                    for s in skipped
                ],
                "skipped_sections": [{"line": line, "heading": heading} for line, heading in sections],
                "notes": [_extract_note(note) for note in notes],
            }
        )
    return _valid_unicode(json.dumps({"version": 1, "files": files}, indent=2, ensure_ascii=False))

