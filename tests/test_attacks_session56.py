"""Cases of the attack round of session 56 (ATK16, on session 55's code; issue 16): each failed on
the code before its fix."""

from __future__ import annotations

import json
import time

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session50 import _answers, _write

runner = CliRunner()


def _claims(path) -> list[tuple[str, int, int]]:
    result = runner.invoke(app, ["extract", "--format", "json", str(path)])
    return [(b["text"], b["line"], b["column"]) for b in json.loads(result.stdout)["files"][0]["bullets"]]


def _markdown(tmp_path, body: str):
    resume = tmp_path / "cv.md"
    resume.write_text("## Experience\n\n" + body, encoding="utf-8")
    return resume


def test_an_item_of_a_pandoc_list_is_written_as_latex_whatever_opens_it(tmp_path):
    r"""ATK16, C1, C2 and C23: an item of a Markdown file's LaTeX list that opened with a macro
    (`\item \textbf{Managed}`), or whose words began on the line after `\item`, was written as
    Markdown: the macro's "}" deleted, "&" and "#" raw; a clause added after `\textbf{Jira}` went
    inside the bold where the item opened with `\emph{...}`. Exit 0 each time."""
    resume = _markdown(tmp_path, "\\begin{itemize}\n\\item \\textbf{Managed} the backlog for the claims team of 12 engineers\n\\end{itemize}\n")
    result = _write(resume, _answers(tmp_path, 4, edit="Cut claim time by a fifth & more by ranking the backlog by #1 wait"))
    assert result.exit_code == 0, result.output
    assert "\\item Cut claim time by a fifth \\& more by ranking the backlog by \\#1 wait\n\\end{itemize}" in resume.read_text(encoding="utf-8")
    resume = _markdown(tmp_path, "\\begin{itemize}\n\\item\n  Managed the product backlog for the payments team\n\\end{itemize}\n")
    result = _write(resume, _answers(tmp_path, 5, edit="Cut payment failures by a third & more"))
    assert result.exit_code == 0, result.output
    assert "\\item\n  Cut payment failures by a third \\& more\n" in resume.read_text(encoding="utf-8")
    resume = _markdown(tmp_path, "\\begin{itemize}\n\\item \\emph{Managed} the product backlog for the claims team using \\textbf{Jira}\n\\end{itemize}\n")
    kept = "Managed the product backlog for the claims team using Jira, cutting claim time & cost by a fifth"
    result = _write(resume, _answers(tmp_path, 4, edit=kept))
    assert result.exit_code == 0, result.output
    assert "using \\textbf{Jira}, cutting claim time \\& cost by a fifth\n" in resume.read_text(encoding="utf-8")


def test_a_clause_after_a_group_closed_in_a_latex_file_goes_after_it_too(tmp_path):
    r"""The same in a .tex file: the "}" of `\emph{Managed}` counted as closing `\textbf{`."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "\\item \\emph{Managed} the product backlog for the claims team using \\textbf{Jira}\n\\end{itemize}\n\\end{document}\n",
        encoding="utf-8",
    )
    result = _write(resume, _answers(tmp_path, 5, edit="Managed the product backlog for the claims team using Jira, cutting claim time by a fifth"))
    assert result.exit_code == 0, result.output
    assert "using \\textbf{Jira}, cutting claim time by a fifth\n" in resume.read_text(encoding="utf-8")


def test_math_in_a_pandoc_list_item_is_not_replaced_by_its_plain_reading(tmp_path):
    r"""ATK16, C3: `$\alpha$` in a Markdown file's LaTeX item was written back as a bare "α",
    which pdflatex rejects; the same item in a .tex file is refused."""
    resume = _markdown(tmp_path, "\\begin{itemize}\n\\item Managed the release train for the $\\alpha$ team of the billing group\n\\end{itemize}\n")
    before = resume.read_text(encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 4, edit="Ran the release train for the α team, cutting claim time by a fifth"))
    assert result.exit_code == 2 and "LaTeX math sits in the words this edit replaces" in result.output
    assert resume.read_text(encoding="utf-8") == before


def test_a_pandoc_list_is_read_whole_wherever_a_markdown_list_would_be(tmp_path):
    r"""ATK16: a "- " line typed among the items was read as a Markdown item that took in the next
    `\item` and `\end{itemize}` (C34); a LaTeX list indented under a Markdown item was read as that
    item's words (C5); one in a quote was read with the next line's ">" (C30); one above every
    heading, or under a heading po2pm does not know, was dropped in silence (C29). Pandoc passes the
    whole environment through, so the "- " line is words of the item above it."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        "\\begin{itemize}\n\\item Managed the headless backlog for the claims team\n\\end{itemize}\n\n"  # 2
        "## Where I made a difference\n\n"
        "\\begin{itemize}\n\\item Managed the first backlog for the claims team\n"  # 8
        "- Managed the second backlog for the billing team\n"
        "\\item Managed the third backlog for the ops team\n\\end{itemize}\n\n"  # 10
        "- Managed the markdown backlog for the support team\n"  # 13
        "  \\begin{itemize}\n  \\item Managed the inner backlog for the support team\n  \\end{itemize}\n\n"  # 15
        "> \\begin{itemize}\n> \\item Managed the quoted backlog for the fraud team\n> \\end{itemize}\n"  # 19
        "\n## Skills\n\n\\begin{itemize}\n\\item Jira, Confluence and Miro for the claims team\n\\end{itemize}\n",
        encoding="utf-8",
    )
    assert _claims(resume) == [
        ("Managed the headless backlog for the claims team", 2, 7),
        ("Managed the first backlog for the claims team - Managed the second backlog for the billing team", 8, 7),
        ("Managed the third backlog for the ops team", 10, 7),
        ("Managed the markdown backlog for the support team", 13, 3),
        ("Managed the inner backlog for the support team", 15, 9),
        ("Managed the quoted backlog for the fraud team", 19, 9),
    ]
    result = _write(resume, _answers(tmp_path, 13, edit="Cut support wait 20% by ranking the backlog by ticket age"))
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    assert "- Cut support wait 20% by ranking the backlog by ticket age\n  \\begin{itemize}\n  \\item Managed the inner" in written


def test_a_file_of_many_pandoc_list_openings_is_read_in_bounded_time(tmp_path):
    r"""ATK16, C8: 150 KB of `\begin{itemize}` paragraphs, each read below all the lines above it as
    blank ones, took 1 min 42 s; so too many lists never closed."""
    resume = _markdown(tmp_path, ("\\begin{itemize}\n" + "\n" * 16) * 8_000)
    started = time.monotonic()
    result = runner.invoke(app, ["extract", "--allow-empty", str(resume)])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 20
