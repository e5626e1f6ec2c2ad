"""Property tests: for any text, check never raises, every span is inside the input and points at
the bullet's own characters, and applying rewrites then checking again never raises."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from po2pm_rewrite.apply import apply_edits, edits_for
from po2pm_rewrite.engine import Source
from po2pm_rewrite.model import split_lines

FRAGMENTS = [
    "- ", "* ", "• ", "1. ", "  ", "\t", "# ", "## Skills", "## Experience", "**", "`", "[x](y)", "<!-- c -->",
    "Managed the backlog", "for the claims team", "Ran daily stand-ups", "Cut churn 12% for clinics",
    "\u200b", "🚀", "café", "فريق", "[customer segment]", "{.a}", "```", "---", "co-ordinated", "\\%",
]
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])
LINE = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=8).map("".join)
DOCUMENT = st.lists(st.tuples(LINE, NEWLINES), max_size=12).map(lambda parts: "".join(a + b for a, b in parts))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _escape_at(line: str, at: int, read: str) -> bool:
    """A Markdown escape ("\\%") or entity ("&amp;") read as one character stands where it starts."""
    import html

    if len(read) != 1:
        return False
    if line[at : at + 2] == "\\" + read:
        return True
    entity = re.match(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", line[at:])
    return bool(entity) and (html.unescape(entity.group(0)) == read or read == "\ufffd")


def assert_spans_are_exact(text: str, report) -> None:
    lines = split_lines(text)
    for file in report.files:
        for bullet_report in file.bullets:
            bullet = bullet_report.bullet
            for segment in bullet.segments:
                assert 1 <= segment.line <= len(lines)
                line = lines[segment.line - 1]
                assert segment.column - 1 + segment.length <= len(line)
                written = line[segment.column - 1 : segment.column - 1 + segment.length]
                read = bullet.text[segment.text_start : segment.text_start + segment.length]
                assert written == read or _escape_at(line, segment.column - 1, read), (written, read)
            for finding in bullet_report.findings:
                assert 0 <= finding.start <= finding.end <= len(bullet.text)
                for position in (bullet.position(finding.start), bullet.position(finding.end)):
                    assert 1 <= position.line <= len(lines)
                    assert 1 <= position.column <= len(lines[position.line - 1]) + 1


@SETTINGS
@given(text=DOCUMENT, file_format=st.sampled_from(["text", "markdown"]))
def test_check_never_raises_and_spans_are_exact(linter, text, file_format):
    report = linter.check([Source("resume", text, format=file_format)])
    assert_spans_are_exact(text, report)


@SETTINGS
@given(text=DOCUMENT)
def test_applying_rewrites_then_checking_again_never_raises(linter, text):
    report = linter.rewrite([Source("resume.md", text, format="markdown")])
    from po2pm_rewrite.answers import choices

    bullets = report.files[0].bullets
    edited = apply_edits(text, edits_for(text, bullets, choices(bullets, None, 1), file_format="markdown"))
    again = linter.check([Source("resume.md", edited, format="markdown")])
    assert_spans_are_exact(edited, again)


@SETTINGS
@given(bullet=st.text(min_size=1, max_size=300))
@example(bullet="eD0A")  # a title-like line whose words a digit splits (session 32: an IndexError in the screen)
def test_any_literal_bullet_is_checked_without_error(linter, bullet):
    report = linter.check([Source("<text>", bullet.replace("\n", " ").replace("\r", " "), literal=True)])
    assert_spans_are_exact(bullet.replace("\n", " ").replace("\r", " "), report)
