"""Cases of the attack round of session 57 (ATK18, on session 56's code; issue 16): each failed on
the code before its fix."""

from __future__ import annotations

import json
import re
import time

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session50 import _answers, _write

runner = CliRunner()
_ENVIRONMENT = "\\newenvironment{jobbody}[1]{\\textbf{#1}\\par}{}\n"


def _claims(path) -> list[tuple[str, int]]:
    result = runner.invoke(app, ["extract", "--format", "json", str(path)])
    return [(b["text"], b["line"]) for b in json.loads(result.stdout)["files"][0]["bullets"]]


def _latex(tmp_path, body: str, preamble: str = ""):
    resume = tmp_path / "cv.tex"
    resume.write_text(f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n\\section{{Experience}}\n{body}\\end{{document}}\n", encoding="utf-8")
    return resume


def test_an_environments_argument_is_no_part_of_its_paragraph_and_a_write_keeps_its_opening(tmp_path):
    r"""ATK18, C9 and C8: `\begin{jobbody}{Acme Corp}` then a sentence: "Acme Corp Rebuilt ..." was
    read, and a write took `\begin{jobbody}{` for the bullet's macro and deleted it with the
    argument, leaving `\end{jobbody}` unpaired (exit 0, a file that no longer compiles)."""
    body = "\\begin{jobbody}{Acme Corp}\nRebuilt the broker portal used by 400 brokers across the northern region.\n\\end{jobbody}\n"
    resume = _latex(tmp_path, body, _ENVIRONMENT)
    assert _claims(resume) == [("Rebuilt the broker portal used by 400 brokers across the northern region.", 6)]
    result = _write(resume, _answers(tmp_path, 6, edit="Cut claim handling time by a fifth for 400 brokers"))
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    assert "\\begin{jobbody}{Acme Corp}\nCut claim handling time by a fifth for 400 brokers\n\\end{jobbody}\n" in written


def test_a_write_that_would_remove_an_environments_opening_is_refused(tmp_path, monkeypatch):
    r"""The safeguard behind the fix above: were a bullet read from inside an environment's
    argument again, and its opening taken for the bullet's macro, the write is refused and the file
    left as it was; the brace count alone let it through (the deleted span was balanced)."""
    from po2pm_rewrite import apply
    from po2pm_rewrite.formats import latex

    monkeypatch.setattr(latex, "_past_arguments", lambda code, at, end, arity=None, optional=False: at)
    monkeypatch.setattr(apply, "_LATEX_OPENING", re.compile(r"\\[A-Za-z]+\*?(?:\s*(?:\[[^\[\]{}]*\]|\{[^{}]*\}))*\s*\{\Z"))
    body = "\\begin{jobbody}{Acme Corp}\nRebuilt the broker portal used by 400 brokers across the northern region.\n\\end{jobbody}\n"
    resume = _latex(tmp_path, body, _ENVIRONMENT)
    assert _claims(resume)[0][0].startswith("Acme Corp Rebuilt")
    before = resume.read_text(encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 5, edit="Cut claim handling time by a fifth for 400 brokers"))
    assert result.exit_code == 2 and "environment's \\begin or \\end" in result.output, result.output
    assert resume.read_text(encoding="utf-8") == before


def test_no_item_is_read_inside_a_verbatim_environment(tmp_path):
    r"""ATK18, C5: an `\item` inside `\begin{verbatim}` was read as a claim (and a write edited the
    verbatim's text); inside `lstlisting` a "%" was taken for a comment."""
    body = (
        "\\begin{itemize}\n\\item Wrote the style guide for list markup:\n\\begin{verbatim}\n\\item Led nothing, this is code } {\n"
        "\\end{verbatim}\n\\item Built the claims parser: \\begin{lstlisting}\n\\item x % not a comment\n\\end{lstlisting}\n"
        "\\item Shipped the refund flow to 40 agents.\n\\end{itemize}\n"
    )
    claims = [text for text, _ in _claims(_latex(tmp_path, body))]
    assert claims == ["Wrote the style guide for list markup:", "Built the claims parser:", "Shipped the refund flow to 40 agents."]


def test_thousands_of_nested_environments_are_read_in_seconds(tmp_path):
    """ATK18, C11: 12,000 nested environments of the file's own around one sentence (216 KB) took
    70 s to read: each scanned to its end again."""
    body = "\\begin{j}\n" * 12_000 + "Led the claims platform team of eight through a rebuild.\n" + "\\end{j}\n" * 12_000
    resume = _latex(tmp_path, body)
    started = time.monotonic()
    claims = _claims(resume)
    assert time.monotonic() - started < 20
    assert claims == [("Led the claims platform team of eight through a rebuild.", 12_004)]


def test_sentences_under_an_environments_own_title_are_read(tmp_path):
    r"""ATK18, C27: resume.cls's `\begin{rSection}{Experience}`: the sentences around its list were
    asked about before their title and lost in silence (with no list, "no bullets found")."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience}\n"
        "Led the claims platform team of eight engineers through a full rebuild of intake.\n\n"
        "Cut the average handling time by 30 percent across the four regional offices.\n\\end{rSection}\n"
        "\\begin{rSection}{Skills}\nPython, SQL and a great deal of spreadsheet work for the finance team here.\n\\end{rSection}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert [text for text, _ in _claims(resume)] == [
        "Led the claims platform team of eight engineers through a full rebuild of intake.",
        "Cut the average handling time by 30 percent across the four regional offices.",
    ]


def test_a_verbatim_naming_an_environment_or_the_documents_end_opens_and_ends_nothing(tmp_path):
    r"""ATK18, C30 and C28: `\verb|\end{document}|` in an item cut it to "Taught |" and dropped the
    items after it; `\verb|\begin{jobbody}|` in a sentence of the file's own environment dropped it
    and the next, in silence."""
    items = (
        "\\begin{itemize}\n\\item Taught \\verb|\\end{document}| placement in 12 workshops for 300 new hires.\n"
        "\\item Managed the claims backlog for the payments team.\n\\end{itemize}\n"
    )
    assert [text for text, _ in _claims(_latex(tmp_path, items))] == [
        "Taught \\end{document} placement in 12 workshops for 300 new hires.",
        "Managed the claims backlog for the payments team.",
    ]
    sentences = (
        "\\begin{jobbody}\nWrote the \\verb|\\begin{jobbody}| template docs read by forty engineering teams.\n"
        "Cut the average handling time by 30 percent across the four regional offices.\n\\end{jobbody}\n"
    )
    assert [text for text, _ in _claims(_latex(tmp_path, sentences, "\\newenvironment{jobbody}{}{}\n"))] == [
        "Wrote the \\begin{jobbody} template docs read by forty engineering teams.",
        "Cut the average handling time by 30 percent across the four regional offices.",
    ]


def test_an_entrys_tools_label_looks_past_many_tool_lines_and_a_tools_section_stays_a_list(tmp_path):
    """ATK18, C37: six tool lines under a job's "Technologies:" made the label open a listing that
    hid the next job's two claims; C18: a Tools section after Experience whose items state no act
    was read as four claims (a hook failed on a skills list)."""
    tools = "\n".join(["Python", "SQL", "Kafka", "Airflow", "dbt", "Looker", "Snowflake"])
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "EXPERIENCE\nAcme Corp, Product Manager, 2019-2021\n- Managed the claims backlog for the payments team.\nTechnologies:\n"
        f"{tools}\nInitech, Analyst, 2016-2019\n- Built Looker dashboards for 40 regional sales managers.\n- Cut report time by half.\n",
        encoding="utf-8",
    )
    assert [text for text, _ in _claims(resume)] == [
        "Managed the claims backlog for the payments team.",
        "Built Looker dashboards for 40 regional sales managers.",
        "Cut report time by half.",
    ]
    resume.write_text(
        "EXPERIENCE\nAcme Corp, Product Manager, 2019-2021\n- Managed the claims backlog for the payments team.\n\nTOOLS\n"
        "- Jira and Confluence for sprint planning and release notes\n- Figma for wireframes and clickable prototypes\n"
        "- SQL and Looker for weekly funnel dashboards\n",
        encoding="utf-8",
    )
    assert [text for text, _ in _claims(resume)] == ["Managed the claims backlog for the payments team."]


def test_a_markdown_resume_that_names_latex_commands_is_read_as_markdown(tmp_path):
    r"""ATK18, C31: "`\documentclass` and `\begin{document}`" in a bullet made the whole .md file
    read as LaTeX: all four claims lost, exit 2."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        "## Experience\n\n- Managed the claims backlog for the payments team.\n"
        "- Wrote a LaTeX style guide: every file opens with `\\documentclass` and `\\begin{document}`.\n",
        encoding="utf-8",
    )
    assert len(_claims(resume)) == 2


def test_a_claim_naming_a_college_is_read_and_an_answers_file_that_changes_nothing_says_so(tmp_path):
    """ATK18, C16: "Launched Boston College Alumni Mobile App" was left out as a company and its
    place; C22: an answers file whose one bullet says `pick = 0` printed nothing and exited 0."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        "## Experience\n\n- Launched Leeds College Alumni Mobile App\n- Managed the claims backlog for the payments team.\n",
        encoding="utf-8",
    )
    assert [text for text, _ in _claims(resume)] == ["Launched Leeds College Alumni Mobile App", "Managed the claims backlog for the payments team."]
    answers = tmp_path / "a.toml"
    answers.write_text("[[bullet]]\nline = 4\npick = 0\n", encoding="utf-8")
    before = resume.read_text(encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0 and "nothing to write: its answers change no bullet" in result.output, result.output
    assert resume.read_text(encoding="utf-8") == before


def test_a_list_label_of_four_words_is_no_part_of_the_sentence_before_it(tmp_path):
    r"""ATK18, C10: "Selected results and highlights:" on its own line before a `\cventry`'s list was
    read into the claim before it (the limit was three words), and an edit of the claim deleted it."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{moderncv}\n\\begin{document}\n\\section{Experience}\n"
        "\\cventry{2019--2021}{Product Manager}{Acme}{London}{}{Led the claims platform team of eight through a rebuild of intake.\n"
        "Selected results and highlights:\n\\begin{itemize}\n\\item Managed the claims backlog for the payments team.\n\\end{itemize}}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert _claims(resume)[0] == ("Led the claims platform team of eight through a rebuild of intake.", 4)
    result = _write(resume, _answers(tmp_path, 4, edit="Cut claim intake time by a third for the claims team"))
    assert result.exit_code == 0, result.output
    assert "Cut claim intake time by a third for the claims team\nSelected results and highlights:\n" in resume.read_text(encoding="utf-8")
