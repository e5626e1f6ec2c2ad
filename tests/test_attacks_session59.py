"""Cases of the attack round of session 59 (ATK20, on session 58's code; issue 16): each failed on
the code before its fix."""

from __future__ import annotations

import time

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session50 import _answers, _write
from .test_attacks_session58 import _claims, _latex

runner = CliRunner()

_ITEMS = (
    "\\begin{itemize}\n\\item Managed the sprint backlog for the payments team of 8 engineers.\n"
    "\\item Cut claim wait by a third for brokers by reordering the intake queue.\n\\end{itemize}\n"
)
_READ = ["Managed the sprint backlog for the payments team of 8 engineers.", "Cut claim wait by a third for brokers by reordering the intake queue."]


def test_a_comment_block_opened_in_a_comment_or_shown_in_a_verbatim_hides_no_later_verbatim(tmp_path):
    r"""ATK20, C3 and C35: `% old layout: \begin{comment}`, or a verbatim showing `\begin{comment}`,
    made a later real verbatim open nothing: its `\item ... 100% ...` was read as a claim, and a
    write edited the verbatim's text (exit 0)."""
    shown = "\\begin{verbatim}\n\\item Ran the 100% fake verbatim line that is only shown as code.\n\\end{verbatim}\n"
    commented = _latex(tmp_path, "% old layout: \\begin{comment}\n" + _ITEMS + shown)
    assert _claims(commented) == _READ
    in_a_verbatim = _latex(tmp_path, _ITEMS + "How I hide drafts:\n\\begin{verbatim}\n\\begin{comment}\n\\end{verbatim}\n" + shown)
    assert _claims(in_a_verbatim) == _READ
    result = _write(commented, _answers(tmp_path, 9, edit="Ran the intake review with 40 brokers, cutting wait by a third"))
    assert "\\item Ran the 100% fake verbatim line that is only shown as code." in commented.read_text(encoding="utf-8"), result.output


def test_a_comment_block_opened_inside_iffalse_hides_nothing_after_its_fi(tmp_path):
    r"""ATK20, C4: a `\begin{comment}` inside `\iffalse ... \fi`, which TeX skips, paired with a later
    real `\end{comment}`: the two claims between were blanked in silence."""
    body = "\\iffalse\ndraft: \\begin{comment}\n\\fi\n" + _ITEMS + "\\begin{comment}\nold notes\n\\end{comment}\n"
    assert _claims(_latex(tmp_path, body, "\\usepackage{comment}\n")) == _READ


def test_verbatim_openings_on_a_line_with_a_comment_are_read_in_linear_time(tmp_path, monkeypatch):
    r"""ATK20, C30: one line holding `50\%` and 6,000 empty verbatims (180 KB) took 44 s: each
    opening read the line up to it again for its comment. Now each line is read once."""
    from po2pm_rewrite.formats import latex

    calls = []
    real = latex._without_line_comment
    monkeypatch.setattr(latex, "_without_line_comment", lambda line, after_a_link=False: calls.append(len(line)) or real(line, after_a_link))
    body = "Cut cost by 50\\% " + "\\begin{verbatim}\\end{verbatim}" * 2_000 + "\n" + _ITEMS
    resume = _latex(tmp_path, body)
    assert _claims(resume)[-2:] == _READ
    assert sum(calls) < 20 * resume.stat().st_size, sum(calls)


def test_thousands_of_comment_blocks_and_verbatims_are_paired_in_one_pass(tmp_path):
    """ATK20, C29: 24,000 comment blocks and 24,000 verbatims (1.4 MB) took 60 s: each verbatim
    opening was checked against every comment block."""
    body = "\\begin{comment}\\end{comment}\n" * 24_000 + "\\begin{verbatim}\\end{verbatim}\n" * 24_000 + _ITEMS
    resume = _latex(tmp_path, body, "\\usepackage{comment}\n")
    started = time.monotonic()
    claims = _claims(resume)
    assert time.monotonic() - started < 30, time.monotonic() - started
    assert claims == _READ


def test_a_fence_line_inside_a_longer_fence_does_not_close_it(tmp_path):
    """ATK20, C19: a ``` line inside a ```` fence (or a ~~~ fence) closed it, and the LaTeX sample
    shown after it made the Markdown resume read as LaTeX: no bullets, exit 0 under the hook's
    --allow-empty; from stdin too."""
    for opening, closing in (("````markdown", "````"), ("~~~", "~~~")):
        text = (
            "# Experience\n\n- Managed the sprint backlog for the payments team of 8 engineers.\n"
            "- Cut claim wait by a third for brokers by reordering the intake queue.\n\n"
            f"## How I build this page\n\n{opening}\nThe template's sample:\n```\n\\documentclass{{article}}\n```\n{closing}\n"
        )
        resume = tmp_path / "cv.md"
        resume.write_text(text, encoding="utf-8")
        assert _claims(resume) == _READ, opening
        piped = runner.invoke(app, ["extract", "-"], input=text)
        assert "read as latex" not in piped.output and "Cut claim wait" in piped.output, piped.output
