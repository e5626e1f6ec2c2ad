"""Cases of the attack round of session 55 (ATK15, on session 54's code; issue 16): each failed on
the code before its fix."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session50 import _answers, _write
from .test_attacks_session52 import _MANAGED

runner = CliRunner()


def _claims(path) -> list[tuple[str, int, int]]:
    result = runner.invoke(app, ["extract", "--format", "json", str(path)])
    return [(b["text"], b["line"], b["column"]) for b in json.loads(result.stdout)["files"][0]["bullets"]]


_PANDOC_LISTS = (
    "# Experience\n\n## Product Owner, Acme\n\n"
    "\\begin{itemize}\\item Managed the sprint backlog for the loans team\n"  # 5
    "\\item Managed the product backlog for the data team \\textbf{Jira} % a note with Led the backlog\n"
    "\\end{itemize}\n\n"
    "\\begin{enumerate}\n"  # 9
    "\\item[--] Managed the release backlog for the cards team\n"
    "\\item Ran the payments roadmap for 3 squads\\end{enumerate}\n\n"  # 11
    "\\begin{itemize}\n"
    "\\item Managed the intake backlog for the ops team\n\n"  # 14
    "\\item Managed the triage backlog for the support team\n"  # 16
    "\\end{itemize}\n"
)


def test_a_pandoc_latex_list_is_read_as_latex_is(tmp_path):
    r"""ATK15, C28 to C30: in a Markdown resume's LaTeX lists, an item on the `\begin{itemize}` line
    or with a label (`\item[--]`) and the items after a blank line inside the list were lost in
    silence; an item's markup and comment were read as its words, and `\end{enumerate}` as the
    last item's."""
    resume = tmp_path / "cv.md"
    resume.write_text(_PANDOC_LISTS, encoding="utf-8")
    assert _claims(resume) == [
        ("Managed the sprint backlog for the loans team", 5, 22),
        ("Managed the product backlog for the data team Jira", 6, 7),
        ("Managed the release backlog for the cards team", 10, 11),
        ("Ran the payments roadmap for 3 squads", 11, 7),
        ("Managed the intake backlog for the ops team", 14, 7),
        ("Managed the triage backlog for the support team", 16, 7),
    ]


def test_a_pandoc_latex_list_item_is_written_as_latex(tmp_path):
    r"""ATK15, C27 and C29: an edit of an item of a Markdown resume's LaTeX list was written with no
    LaTeX escaping ("%" commented out the rest of the line, "&" and "_" stopped the PDF build), and
    one of an item read with `\end{enumerate}` deleted the list's end; exit 0 both."""
    resume = tmp_path / "cv.md"
    resume.write_text(_PANDOC_LISTS, encoding="utf-8")
    answers = _answers(tmp_path, 10, edit="Cut R&D_ops churn 5% by ranking the cards backlog")
    result = _write(resume, answers)
    assert result.exit_code == 0, result.output
    assert "\\item[--] Cut R\\&D\\_ops churn 5\\% by ranking the cards backlog\n" in resume.read_text(encoding="utf-8")
    answers = _answers(tmp_path, 11, edit="Ran the payments roadmap for 3 squads, cutting churn 5% in a quarter")
    result = _write(resume, answers)
    assert result.exit_code == 0, result.output
    assert "\\item Ran the payments roadmap for 3 squads, cutting churn 5\\% in a quarter\\end{enumerate}\n" in resume.read_text(encoding="utf-8")


def test_a_markdown_list_item_outside_a_latex_list_is_still_written_as_markdown(tmp_path):
    resume = tmp_path / "cv.md"
    resume.write_text(f"# Experience\n\n- {_MANAGED}\n", encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 3, edit="Cut R&D claim time 20% by ranking the backlog"))
    assert result.exit_code == 0, result.output
    assert resume.read_text(encoding="utf-8") == "# Experience\n\n- Cut R&D claim time 20% by ranking the backlog\n"
