"""Cases of the attack round of session 56 (ATK16, on session 55's code; issue 16): each failed on
the code before its fix."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session50 import _answers, _write

runner = CliRunner()


def _claims(path) -> list[tuple[str, int, int]]:
    result = runner.invoke(app, ["extract", "--format", "json", str(path)])
    return [(b["text"], b["line"], b["column"]) for b in json.loads(result.stdout)["files"][0]["bullets"]]


def line(text: str, x0: float, top: float, size: float = 10.0) -> list[dict[str, object]]:
    """A PDF line's words as pdfplumber gives them, set narrow (5 points a letter)."""
    from .test_docx import narrow_pdf_line

    return narrow_pdf_line(text, x0, top, size)


def _refused(resume, answers, reason: str) -> None:
    """The write is refused with its reason (exit 2) and the file left as it was."""
    before = resume.read_text(encoding="utf-8")
    result = _write(resume, answers)
    assert result.exit_code == 2 and reason in result.output, result.output
    assert resume.read_text(encoding="utf-8") == before


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
    _refused(resume, _answers(tmp_path, 4, edit="Ran the release train for the α team, cutting claim time by a fifth"), "LaTeX math sits in the words this edit replaces")


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


def _latex_item(tmp_path, item: str, preamble: str = ""):
    resume = tmp_path / "cv.tex"
    resume.write_text(
        f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n\\section{{Experience}}\n\\begin{{itemize}}\n"
        f"\\item {item}\n\\item Led discovery interviews with 40 adjusters\n\\end{{itemize}}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    return resume


def test_a_verbatim_is_text_of_its_item_whatever_it_holds(tmp_path):
    r"""ATK16: an `\item` inside a verbatim split one claim in two, and a clause was written inside
    the verbatim (C9); listings' options holding a group with brackets (`language={[Sharp]C}`) were
    taken to end at its "]", and the verbatim's "%" cut the claim (C36); `\path{...}` in braces,
    and minted's braces holding balanced braces, cut the claim in silence (C37, C10)."""
    cases = {
        "Managed the backlog for \\mintinline{c}|x \\item y| claims team using Jira": "Managed the backlog for x \\item y claims team using Jira",
        "Cut the error rate with \\lstinline[language={[Sharp]C}]|x % 2| checks across the claims platform":
            "Cut the error rate with x % 2 checks across the claims platform",
        "Moved the claims exports from \\path{C:\\exports\\50%} to S3 for 40 adjusters": "Moved the claims exports from C:\\exports\\50% to S3 for 40 adjusters",
        "Managed the release train for the \\mintinline{c}{f(a){b}} parser team using Jira": "Managed the release train for the f(a){b} parser team using Jira",
    }
    for item, read in cases.items():
        assert [text for text, _, _ in _claims(_latex_item(tmp_path, item))] == [read, "Led discovery interviews with 40 adjusters"], item


def test_a_brace_inside_a_verbatim_does_not_stop_an_edit(tmp_path):
    r"""ATK16, C11: `\verb|}|` made an edit fail, blaming the file's own braces, which TeX pairs."""
    resume = _latex_item(tmp_path, "Managed the product backlog for the \\verb|}| parser team using Jira")
    result = _write(resume, _answers(tmp_path, 5, edit="Cut parser errors 20% by ranking the backlog by defect cost"))
    assert result.exit_code == 0, result.output
    assert "\\item Cut parser errors 20\\% by ranking the backlog by defect cost\n" in resume.read_text(encoding="utf-8")


def test_an_environment_of_claims_far_from_its_end_is_read(tmp_path):
    r"""ATK16, C31: an environment of the file's own whose `\end` stood more than 20,000 characters
    away (old bullets kept as comments after its claims) was dropped in silence."""
    comments = "".join(f"% \\item Old bullet number {n} about the claims team and its weekly planning sessions\n" for n in range(300))
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\newenvironment{jobtext}{}{}\n\\begin{document}\n\\section{Experience}\n"
        "\\begin{jobtext}\nManaged the product backlog for the claims team using Jira every sprint.\n"
        + comments + "\\end{jobtext}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert [text for text, _, _ in _claims(resume)] == ["Managed the product backlog for the claims team using Jira every sprint."]


def test_a_label_of_the_list_on_its_own_source_line_is_no_part_of_the_claim(tmp_path):
    r"""ATK16, C32: in a moderncv description, "\textbf{Highlights:}" on the line after the
    sentence and before its list was read into the claim, and an edit of the claim deleted it."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{moderncv}\n\\moderncvstyle{classic}\n\\name{A}{Person}\n\\begin{document}\n\\section{Experience}\n"
        "\\cventry{2020--2023}{Product Owner}{Acme}{Berlin}{}{Managed the product backlog for the claims team using Jira.\n"
        "\\textbf{Highlights:}\n\\begin{itemize}\n\\item Responsible for the release calendar of the payments team\n\\end{itemize}}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    assert [text for text, _, _ in _claims(resume)] == [
        "Managed the product backlog for the claims team using Jira.", "Responsible for the release calendar of the payments team",
    ]
    result = _write(resume, _answers(tmp_path, 6, edit="Cut claim time 20% by ranking the backlog by adjuster wait."))
    assert result.exit_code == 0, result.output
    assert "{Cut claim time 20\\% by ranking the backlog by adjuster wait.\n\\textbf{Highlights:}\n" in resume.read_text(encoding="utf-8")


@pytest.mark.parametrize("heading_size", [14.0, 10.0])
def test_a_sidebar_list_whose_last_line_goes_on_is_still_read_first(monkeypatch, heading_size):
    """ATK16, C17: a sidebar of skills whose last line went on at the top of page 2 had page 1 read
    right then left, so page 2's claims fell under SKILLS and were lost in silence; ATK17, C36: so
    again with its SKILLS heading set at body size. Only a column of claims is read last."""
    from po2pm_rewrite.formats import extract, pdf

    first = line("SKILLS", 40, 60, heading_size) + line("EXPERIENCE", 330, 60, 14)
    skills = ["Jira and Confluence", "Roadmaps and Miro", "Figma, SQL, Python", "Tableau dashboards and"]
    claims = [f"• Rebuilt claims form {n} for brokers" for n in range(1, 5)]
    for row, (skill, claim) in enumerate(zip(skills, claims)):
        first += line(skill, 40, 80 + 14 * row) + line(claim, 330, 80 + 14 * row)
    second = line("Looker reports for teams", 40, 60) + line("• Managed the claims backlog in Jira", 330, 60)
    second += line("Excel and Word", 40, 74) + line("• Ran the pricing tests for the EU", 330, 74)
    second += line("• Worked on the finance reporting", 330, 88)
    monkeypatch.setattr(pdf, "_pages", lambda data: [first, second])
    rendered = pdf.render_pdf(b"")
    assert "page 1 has two columns: read the left one, then the right one" in rendered.notes
    read = [b.text for b in extract(rendered.text, "pdf")]
    assert read[:4] == [claim[2:] for claim in claims], read
    assert any("Worked on the finance reporting" in text for text in read), read


def test_new_text_where_a_link_styled_after_hyperlink_was_does_not_take_its_style(tmp_path):
    """ATK16, C18: a character style based on Word's "Hyperlink" ("Resume Link") stayed on the new
    text of a bullet that was all a link: blue and underlined, with no link behind it."""
    from .test_attacks_session52 import _MANAGED, _word_edit, _word_paragraphs, _word_resume
    from .test_attacks_session54 import _add_style

    link = f'<w:hyperlink w:anchor="top"><w:r><w:rPr><w:rStyle w:val="ResumeLink"/></w:rPr><w:t>{_MANAGED}</w:t></w:r></w:hyperlink>'
    path = _word_resume(tmp_path, link)
    _add_style(path, '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>')
    _add_style(path, '<w:style w:type="character" w:styleId="ResumeLink"><w:name w:val="Resume Link"/><w:basedOn w:val="Hyperlink"/></w:style>')
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert "ResumeLink" not in written, written


def test_rewrite_options_that_do_nothing_together_are_said(tmp_path):
    """ATK16, C21, C22 and C40: --pick with --answers was dropped without a word; an empty answers
    file was told it held something other than [[bullet]] tables; --format json with --diff or
    --write printed a diff or nothing, no JSON and no word."""
    resume = _markdown(tmp_path, "- Responsible for the payments platform used by 3 teams\n- Managed the product backlog for the claims team using Jira\n")
    answers = _answers(tmp_path, 3, edit="Cut payment failures 20% by ranking work by failure cost")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--diff", "--pick", "2", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    assert "--pick 2 applies to none; give a bullet 'pick = 2' there" in result.output
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--answers", str(empty), str(resume)])
    assert result.exit_code == 2 and "the answers file is empty" in result.output, result.output
    for action in ("--diff", "--write"):
        before = resume.read_text(encoding="utf-8")
        result = runner.invoke(app, ["rewrite", "--no-cache", action, "--format", "json", "--answers", str(answers), str(resume)])
        assert result.exit_code == 2 and "--format json shows the suggestions as JSON" in result.output, result.output
        assert resume.read_text(encoding="utf-8") == before


def test_a_pandoc_list_right_under_a_line_or_a_compact_one_is_read(tmp_path):
    r"""ATK16, C26: a LaTeX list right under a line of text ("Key achievements:", no blank line
    between) and paralist's `compactitem` were told as one line with no list mark."""
    resume = _markdown(
        tmp_path,
        "Key achievements:\n\\begin{itemize}\n\\item Managed the product backlog for the claims team\n\\end{itemize}\n\n"
        "\\begin{compactitem}\n\\item Managed the compact backlog for the billing team\n\\end{compactitem}\n",
    )
    assert [text for text, _, _ in _claims(resume)] == [
        "Managed the product backlog for the claims team", "Managed the compact backlog for the billing team",
    ]


def test_an_edit_that_would_unpair_a_group_says_why_not_to_report_it(tmp_path):
    r"""ATK16, C27: an edit of `\item {\small Managed the roadmap} for ...` was refused as "please
    report this", a bug; it is a limit of the write, said as one with what to do."""
    resume = _latex_item(tmp_path, "{\\small Managed the roadmap} for the claims team using Jira")
    result = _write(resume, _answers(tmp_path, 5, edit="Cut claim time 20% by ranking the roadmap by wait"))
    assert result.exit_code == 2, result.output
    assert "one end of a { } group whose other end lies outside them" in result.output and "please report" not in result.output


# -- attack round ATK17, on this session's own code ---------------------------------------------------
def test_a_pandoc_list_closes_only_where_pandoc_reads_it(tmp_path):
    r"""ATK17, C1, C10, C11: a LaTeX list never closed ran on to an `\end{itemize}` shown in a later
    code fence or HTML comment: the headings and claims between were read into one item, and a
    write deleted them with the fence or the comment's opening (exit 0)."""
    for hidden in ("```tex\n\\end{itemize}\n```\n", "<!--\n\\end{itemize}\n-->\n"):
        resume = _markdown(
            tmp_path,
            "\\begin{itemize}\n\\item Managed the product backlog for the claims team\n\n"
            "## Projects\n\n- Led the pricing migration that cut churn 12 percent for 40 clinics\n\n" + hidden,
        )
        before = resume.read_text(encoding="utf-8")
        assert [text for text, _, _ in _claims(resume)] == [
            "Managed the product backlog for the claims team", "Led the pricing migration that cut churn 12 percent for 40 clinics",
        ]
        result = _write(resume, _answers(tmp_path, 4, edit="Cut claim time 20% by ranking the backlog"))
        assert result.exit_code == 0, result.output
        assert resume.read_text(encoding="utf-8") == before.replace("Managed the product backlog for the claims team", "Cut claim time 20\\% by ranking the backlog")


def test_an_iffalse_in_a_markdown_page_hides_nothing_of_its_latex_lists(tmp_path):
    r"""ATK17, C3: "\iffalse" written anywhere above a LaTeX list in a Markdown file blanked the rest
    of the page for the write, which then deleted the "}" of `\textbf{Managed}`."""
    resume = _markdown(tmp_path, "I write \\iffalse in my notes.\n\n\\begin{itemize}\n\\item \\textbf{Managed} the product backlog for the claims team\n\\end{itemize}\n")
    result = _write(resume, _answers(tmp_path, 6, edit="Cut claim time 20% by ranking the backlog"))
    assert result.exit_code == 0, result.output
    assert "\\item Cut claim time 20\\% by ranking the backlog\n\\end{itemize}" in resume.read_text(encoding="utf-8")


def test_a_latex_list_in_a_markdown_items_words_is_not_replaced(tmp_path):
    r"""ATK17, C45: "- Acme: \begin{itemize}" read the list as the item's words, and an edit of the
    item deleted the list's other claims (exit 0)."""
    resume = _markdown(tmp_path, "- Acme: \\begin{itemize}\n  \\item Managed the product backlog for the claims team\n  \\item Led the pricing migration\n  \\end{itemize}\n")
    _refused(resume, _answers(tmp_path, 3, edit="Cut claim time 20% by ranking the backlog"), "a LaTeX list (\\begin, \\item, \\end) sits in the words this edit replaces")


def test_a_titled_latex_list_and_a_quoted_one_never_closed(tmp_path):
    r"""ATK17, C34: the list a "**Tools used**" line titles, written in LaTeX, was read as a claim and
    the Markdown list of claims after it dropped in silence; C7: a LaTeX list in a quote, never
    closed, was read with the next line's ">"; C44: `itemize*` was not read."""
    resume = _markdown(
        tmp_path,
        "**Tools used**\n\n\\begin{itemize}\n\\item Jira, Confluence and Miro for the claims team\n\\end{itemize}\n\n"
        "- Led the pricing migration that cut churn 12 percent for 40 clinics\n\n"
        "> \\begin{itemize}\n> \\item Managed the quoted backlog for the fraud team\n> \\item Ran the fraud rules review\n\n"
        "\\begin{itemize*}\n\\item Wrote user stories for the payments squad\n\\end{itemize*}\n",
    )
    assert [text for text, _, _ in _claims(resume)] == [
        "Led the pricing migration that cut churn 12 percent for 40 clinics",
        "Managed the quoted backlog for the fraud team",
        "Ran the fraud rules review",
        "Wrote user stories for the payments squad",
    ]


def test_verbatim_options_nested_deep_and_environments_sharing_one_end(tmp_path):
    r"""ATK17, C41: listings' `literate={{->}{{$\to$}}2}` ended the options at an inner "]"... and
    the verbatim's "%" cut the claim; C19: 60,000 openings of one environment sharing one end read
    the rest of the file each (72 s to write 540 KB)."""
    resume = _latex_item(tmp_path, "Cut parse errors with \\lstinline[literate={{->}{{$\\to$}}2}]|a->b%c| checks across 9 services")
    assert [text for text, _, _ in _claims(resume)][0] == "Cut parse errors with a->b%c checks across 9 services"
    big = tmp_path / "big.tex"
    big.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n"
        + "\\begin{jobtext}Managed the claims backlog for the loans team every sprint.\n" * 30_000
        + "\\end{jobtext}\n\\end{document}\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    assert runner.invoke(app, ["extract", "--allow-empty", str(big)]).exit_code == 0
    assert time.monotonic() - started < 30


def test_a_claim_ending_in_a_colon_before_its_list_is_read(tmp_path):
    r"""ATK17, C20: "Tripled partner revenue:" on its own line before a list was taken for the
    list's label and dropped."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{moderncv}\n\\moderncvstyle{classic}\n\\name{A}{Person}\n\\begin{document}\n\\section{Experience}\n"
        "\\cventry{2020--2023}{Product Owner}{Acme}{Berlin}{}{Ran the claims intake redesign for 40 brokers.\n"
        "Tripled partner revenue:\n\\begin{itemize}\n\\item Managed the partner backlog for the loans team\n\\end{itemize}}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert "Tripled partner revenue" in " ".join(text for text, _, _ in _claims(resume))


def test_sentences_around_a_list_or_a_nested_environment_of_the_files_own_are_read(tmp_path):
    r"""ATK17, C35: an environment of the file's own holding a sentence and then an itemize, or a
    nested one of its kind, lost the sentences around them in silence (3 of 4 claims)."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\newenvironment{jobdesc}{\\par}{\\par}\n\\begin{document}\n\\section{Experience}\n"
        "\\begin{jobdesc}\nManaged the product backlog for the claims team using Jira every single week.\n"
        "\\begin{jobdesc}\nLed the pricing migration that cut churn twelve percent for forty clinics.\n\\end{jobdesc}\n"
        "Ran discovery interviews with thirty adjusters to shape the new intake form.\n\\end{jobdesc}\n"
        "\\begin{jobdesc}\nCut onboarding time by forty percent for three hundred agents by rebuilding training.\n"
        "\\begin{itemize}\n\\item Wrote user stories for the payments squad\n\\end{itemize}\n\\end{jobdesc}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert [text for text, _, _ in _claims(resume)] == [
        "Managed the product backlog for the claims team using Jira every single week.",
        "Led the pricing migration that cut churn twelve percent for forty clinics.",
        "Ran discovery interviews with thirty adjusters to shape the new intake form.",
        "Cut onboarding time by forty percent for three hundred agents by rebuilding training.",
        "Wrote user stories for the payments squad",
    ]


def test_an_answers_file_that_names_no_bullet_is_told_so(tmp_path):
    """ATK17, C26: `bullet = []` printed nothing and exited 0."""
    resume = _markdown(tmp_path, "- Managed the product backlog for the claims team using Jira\n")
    answers = tmp_path / "a.toml"
    answers.write_text("bullet = []\n", encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 2 and "the answers file names no bullet" in result.output, result.output


def test_a_list_items_later_paragraph_of_work_is_read(tmp_path):
    r"""ATK17, C29 and C30: a claim in a Markdown list item's second paragraph (after a blank line,
    or after a LaTeX list inside the item) was never read, with no note."""
    resume = _markdown(
        tmp_path,
        "- **Acme**, Product Owner, 2019-2023\n  \\begin{itemize}\n  \\item Managed the product backlog for the claims team\n  \\end{itemize}\n"
        "  Led the pricing migration that cut churn 12 percent for 40 clinics.\n\n"
        "- **Beta**, Product Owner, 2017-2019\n\n  Ran discovery interviews with 30 adjusters to shape the intake form.\n",
    )
    assert [text for text, _, _ in _claims(resume)] == [
        "Managed the product backlog for the claims team",
        "Led the pricing migration that cut churn 12 percent for 40 clinics.",
        "Ran discovery interviews with 30 adjusters to shape the intake form.",
    ]


def test_a_claims_column_with_its_heading_at_body_size_whose_last_line_goes_on_is_read_last(monkeypatch):
    """The real file of round SY sets its main column's EXPERIENCE at body size: requiring the
    column's last section to be seen as one of claims (ATK17's first fix for C36) read it first
    again, its last claim cut at the page break and three lost. Its opening heading decides."""
    from po2pm_rewrite.formats import extract, pdf

    from .test_docx import two_columns_cut_at_a_page

    claims = [f"• Rebuilt claims form {n} for brokers" for n in range(1, 5)]
    skills = ["Jira and Confluence.", "Roadmaps and Miro.", "Figma, SQL, Python.", "Tableau and Looker."]
    first, second = two_columns_cut_at_a_page(("EXPERIENCE", "SKILLS"), claims, skills)
    monkeypatch.setattr(pdf, "_pages", lambda data: [first, second])
    rendered = pdf.render_pdf(b"")
    assert rendered.notes == ("page 1 has two columns: read the right one, then the left one, whose last line goes on on page 2",)
    read = [b.text for b in extract(rendered.text, "pdf") if not b.passed_over]
    assert "Co-founded a soap shop, first selling at the harbour market and then online only." in read, read
