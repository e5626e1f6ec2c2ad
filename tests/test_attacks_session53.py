"""The attack round of session 53 (ATK12, issue 16): each case failed on the code before its fix."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

runner = CliRunner()
_LATEX = "\\documentclass{article}\n\\usepackage{hyperref}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n%s\n\\end{itemize}\n\\end{document}\n"


def _read(tmp_path, name: str, text: str | None) -> list[str]:
    """The claims read from the file (text: written first, where given)."""
    resume = tmp_path / name
    if text is not None:
        resume.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
    assert result.exit_code == 0, result.output
    return [bullet["text"] for bullet in json.loads(result.stdout)["files"][0]["bullets"]]


def _edited(tmp_path, resume, line: int) -> str:
    """The file after `rewrite --write` replaced the bullet on this line with a new text (exit 0)."""
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\nline = {line}\nedit = "Cut claim time 20% by ranking the backlog"\n', encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    return str(resume.read_text(encoding="utf-8"))


def test_a_percent_in_a_link_address_or_verb_is_no_comment(tmp_path):
    """C30 and C31: a raw "%" in \\href's address (hyperref reads it as written) or in \\verb|%|
    was taken for a comment, and the claim was cut there, its rest lost unsaid."""
    items = (
        "  \\item Grew sign-ups 40\\% via the \\href{https://x.example/?q=a%20b}{partner page} for 2M users\n"
        "  \\item Wrote the \\verb|%| parser for the claims team in two weeks % a note"
    )
    texts = _read(tmp_path, "cv.tex", _LATEX % items)
    assert texts[0] == "Grew sign-ups 40% via the partner page for 2M users"
    assert texts[1].startswith("Wrote the") and texts[1].endswith("parser for the claims team in two weeks"), texts


def test_a_comment_after_a_line_break_is_not_read_and_an_edit_keeps_it(tmp_path):
    """C29: "\\\\%" is a line break, then a comment; the comment was read into the claim and an edit
    refused, blaming the file's braces."""
    resume = tmp_path / "cv.tex"
    resume.write_text(_LATEX % "  \\item Managed the product backlog for the claims team using Jira\\\\% was: mortgage {team", encoding="utf-8")
    assert _read(tmp_path, "cv.tex", resume.read_text(encoding="utf-8")) == ["Managed the product backlog for the claims team using Jira"]
    assert "  \\item Cut claim time 20\\% by ranking the backlog\\\\% was: mortgage {team\n" in _edited(tmp_path, resume, line=6)


def test_a_wrapped_line_that_opens_with_a_field_code_goes_on_after_a_joining_word(tmp_path):
    """C39: "... built with the" / ' HYPERLINK "..." Claims Hub team, for 2M policyholders': the line
    was taken for a paragraph of its own and lost unsaid."""
    text = (
        "EXPERIENCE\nProduct Owner, Acme Ltd, 2019-2023\n"
        "- Led the launch of the self-serve claims portal, built with the\n"
        ' HYPERLINK "https://claims.example" Claims Hub team, for 2M policyholders\n'
        "- Managed the product backlog for the claims team using Jira\n"
    )
    assert _read(tmp_path, "cv.txt", text)[0] == "Led the launch of the self-serve claims portal, built with the Claims Hub team, for 2M policyholders"


def test_a_long_line_is_no_heading_and_the_heading_patterns_never_run_over_it(monkeypatch):
    """C42: a line of a word and 100,000 spaces took 105 s in `check`: the heading patterns
    (a title's suffix, a note in brackets) backtrack over a run of spaces, 8 s at 20,000. A line
    that long is no heading, and those patterns are no longer run over it."""
    from po2pm_rewrite import extract

    searched: list[str] = []
    real = extract._TRAILING_NOTE

    class Watched:
        def sub(self, replacement: str, text: str) -> str:
            searched.append(text)
            return real.sub(replacement, text)

    monkeypatch.setattr(extract, "_TRAILING_NOTE", Watched())
    assert extract.section_title("Managed" + " " * 100_000 + "x", False) is None
    assert not searched
    assert extract.section_title("Professional Experience (2015 - 2024)", False) == "professional experience"
    assert searched


# C4 and C18: a Word bullet's text that the document does not show.


def test_words_moved_away_or_hidden_are_no_part_of_a_word_bullet_and_get_no_new_text(tmp_path):
    """C4: a reviewer's moved-away words (w:moveFrom) were read into the claim, and the new text
    written inside them, so "Accept all changes" deleted it; C18: hidden words (w:vanish) the
    same, the new bullet written into the hidden run. Exit 0 both times."""
    from .test_attacks_session52 import _MANAGED, _plain, _word_edit, _word_paragraphs, _word_resume

    moved = '<w:moveFrom w:id="7" w:author="Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">Owned </w:t></w:r></w:moveFrom>'
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">keywords </w:t></w:r>'
    path = _word_resume(tmp_path, moved + _plain(_MANAGED), hidden + _plain(_MANAGED))
    assert _read(tmp_path, "cv.docx", None) == [_MANAGED, _MANAGED]
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    from .test_attacks_session50 import EDIT

    away, unseen = _word_paragraphs(path)
    assert moved + "<w:r>" in away and f">{EDIT}</w:t></w:r></w:p>" in away, away
    assert hidden + "<w:r>" in unseen and f">{EDIT}</w:t></w:r></w:p>" in unseen, unseen


def test_claims_in_a_markdown_pipe_table_are_read_where_they_stand(tmp_path):
    """C24: the cells of a pipe table under a job ("| 2020 | Managed the product backlog ... |")
    were dropped in silence; a cell that reads as a claim is one, at its own column, and an edit
    of it keeps the table."""
    text = (
        "## Experience\n\n### Product Owner, Beta, 2019 - 2021\n\n"
        "| Year | What I did |\n|---|---|\n"
        "| 2020 | Managed the product backlog for the claims team using Jira |\n"
        "| 2019 | Cut claim handling time by 30% by ranking the backlog by adjuster wait |\n"
    )
    resume = tmp_path / "cv.md"
    resume.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
    bullets = json.loads(result.stdout)["files"][0]["bullets"]
    assert [(b["text"], b["line"], b["column"]) for b in bullets] == [
        ("Managed the product backlog for the claims team using Jira", 7, 10),
        ("Cut claim handling time by 30% by ranking the backlog by adjuster wait", 8, 10),
    ]
    assert "| 2020 | Cut claim time 20% by ranking the backlog |\n| 2019 |" in _edited(tmp_path, resume, line=7)


CLAUSE = ", in an order set by revenue at risk"


def with_clauses_added(tmp_path, items: str, *claims: str) -> str:
    """The LaTeX file of these items after `rewrite --write` added CLAUSE to each claim named (exit 0)."""
    resume = tmp_path / "cv.tex"
    resume.write_text(_LATEX % items, encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_text("".join(f'[[bullet]]\ntext = "{claim}"\nedit = "{claim}{CLAUSE}"\n' for claim in claims), encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    return str(resume.read_text(encoding="utf-8"))


def test_a_clause_added_to_a_latex_bullet_that_ends_in_math_goes_after_the_math(tmp_path):
    """C32: "by 20$\\%$" and "by $\\frac{1}{2}$" got their clause inside the math ("20$\\%, in an
    order set by revenue at risk$"), typeset as math; exit 0."""
    items = "  \\item Grew self-serve claims by 20$\\%$\n  \\item Cut churn for the loans team by $\\frac{1}{2}$"
    written = with_clauses_added(tmp_path, items, "Grew self-serve claims by 20%", "Cut churn for the loans team by 1/2")
    clause = CLAUSE
    assert "\\item Grew self-serve claims by 20$\\%$" + clause + "\n" in written, written
    assert "\\item Cut churn for the loans team by $\\frac{1}{2}$" + clause + "\n" in written, written


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ('<w:bookmarkStart w:id="3" w:name="claims"/>', '<w:bookmarkEnd w:id="3"/>'),
        ('<w:commentRangeStart w:id="0"/>', '<w:commentRangeEnd w:id="0"/>'),
    ],
)
def test_a_range_closed_inside_a_replaced_word_link_keeps_its_start_before_its_end(tmp_path, start, end):
    """C10: a bookmark or comment range that opens before a link and closes inside it; the link's
    words all replaced, its end mark went before the new text, before its own start, which Word
    ignores: the bookmark (the comment's range) was lost; exit 0."""
    from .test_attacks_session50 import EDIT
    from .test_attacks_session52 import _plain, _word_edit, _word_paragraphs, _word_resume

    link = f'<w:hyperlink w:anchor="top"><w:r><w:t>claims team</w:t></w:r>{end}</w:hyperlink>'
    path = _word_resume(tmp_path, _plain("Managed the product backlog for the ") + start + link + _plain(" using Jira"))
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert "hyperlink" not in written and EDIT in written
    assert written.index(start) < written.index(end), written


def test_new_text_where_a_word_link_was_does_not_take_the_links_style(tmp_path):
    """C3: a bullet that was all a link, rewritten, lost the link but its new text kept the
    "Hyperlink" character style: blue and underlined, with no link behind it; exit 0."""
    from .test_attacks_session50 import EDIT
    from .test_attacks_session52 import _MANAGED, _word_edit, _word_paragraphs, _word_resume

    link = f'<w:hyperlink w:anchor="top"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{_MANAGED}</w:t></w:r></w:hyperlink>'
    path = _word_resume(tmp_path, link)
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert EDIT in written and "Hyperlink" not in written, written


def test_markdown_marks_that_are_no_words_are_not_read_into_a_claim(tmp_path):
    """C26 and C21 (and round SV): a hard break's backslash ("team\\" / "for two years"), an
    autolink's angle brackets and a footnote's reference ("team[^1]" read as "team^1") were read
    as words of the claim; an escaped backslash is still one."""
    text = (
        "## Experience\n"
        "- Managed the product backlog for the claims team\\\n  for two years\n"
        "- Managed the product backlog for <https://claims.example>\n"
        "- Managed the product backlog for the claims team[^1] in Jira\n"
        "- Wrote the C:\\\\ path parser for the claims team\n"
        "\n[^1]: audited\n"
    )
    assert _read(tmp_path, "cv.md", text) == [
        "Managed the product backlog for the claims team for two years",
        "Managed the product backlog for https://claims.example",
        "Managed the product backlog for the claims team in Jira",
        "Wrote the C:\\ path parser for the claims team",
    ]
    # a clause added after an autolink goes after its closing bracket
    answers = tmp_path / "a.toml"
    answers.write_text(
        '[[bullet]]\nline = 4\nedit = "Managed the product backlog for https://claims.example, in an order set by revenue at risk"\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(tmp_path / "cv.md")])
    assert result.exit_code == 0, result.output
    assert "- Managed the product backlog for <https://claims.example>, in an order set by revenue at risk\n" in (tmp_path / "cv.md").read_text(encoding="utf-8")
