"""Cases of the attack rounds of session 54 (ATK13 on session 53's code, ATK14 on this session's)
and left from earlier rounds (issue 16): each failed on the code before its fix."""

from __future__ import annotations

import pytest

from .test_attacks_session50 import EDIT
from .test_attacks_session52 import _MANAGED, _plain, _word_edit, _word_paragraphs, _word_resume
from .test_attacks_session53 import _LATEX, CLAUSE, with_clauses_added


def test_a_word_symbol_inside_the_replaced_words_goes_with_them_and_a_note_mark_there_refuses(tmp_path):
    """ATK12, C9: a symbol-font character (w:sym) or a footnote mark between the words a rewrite
    replaced is not read, and was left glued after the new text ("... ranking the backlog¥");
    exit 0. The symbol goes with the words; a note mark would lose the words it notes, so the
    write is refused and the file left as it was. A mark after the bullet's last word stays."""
    symbol = '<w:r><w:sym w:font="Symbol" w:char="F0A5"/></w:r>'
    path = _word_resume(tmp_path, _plain("Managed the product ") + symbol + _plain("backlog for the claims team using Jira"))
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert EDIT in written and "w:sym" not in written, written

    note = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    path = _word_resume(tmp_path, _plain("Managed the product ") + note + _plain("backlog for the claims team using Jira"))
    before = path.read_bytes()
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 2 and "footnote or endnote mark" in result.output, result.output
    assert path.read_bytes() == before

    path = _word_resume(tmp_path, _plain(_MANAGED) + note)
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert written.index(EDIT) < written.index("w:footnoteReference"), written


def test_a_word_positional_tab_is_a_gap_between_words(tmp_path):
    """ATK12, C17: a positional tab (w:ptab) before a right-set date was not read, and the date ran
    into the claim's last word ("... for the claims team2021")."""
    import json

    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    def read(tab: str) -> list[str]:
        path = _word_resume(tmp_path, _plain(_MANAGED) + tab + _plain("2021"))
        result = CliRunner().invoke(app, ["extract", "--format", "json", str(path)])
        return [bullet["text"] for bullet in json.loads(result.stdout)["files"][0]["bullets"]]

    positional = read('<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>')
    assert positional == read("<w:r><w:tab/></w:r>") == [_MANAGED + "\t2021"], positional


def test_answers_and_config_in_utf_32_or_without_a_byte_order_mark_are_read_or_told_why(tmp_path, monkeypatch):
    """ATK12, C45: an answers file in UTF-32 with its byte order mark was decoded as UTF-16 and told
    "invalid TOML"; a config saved as UTF-16 without a mark was told "Expected '=' after a key",
    with nothing about its encoding."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    runner = CliRunner()
    resume = tmp_path / "cv.md"
    resume.write_text(f"## Experience\n- {_MANAGED}\n", encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_bytes(f'[[bullet]]\nline = 2\nedit = "{EDIT}"\n'.encode("utf-32"))  # with its mark
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    assert f"- {EDIT}\n" in resume.read_text(encoding="utf-8")

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".po2pm.toml").write_bytes('threshold = 0.6\n'.encode("utf-16-le"))
    result = runner.invoke(app, ["check", "--no-cache", str(resume)])
    assert result.exit_code == 2, result.output
    assert "cannot read config: it holds NUL bytes (saved as UTF-16 or UTF-32 without a byte order mark?); save it as UTF-8" in result.output
    assert "Traceback" not in result.output
    # one stray NUL in a UTF-8 file is told as that (ATK14: it was told it was saved as UTF-16)
    (tmp_path / ".po2pm.toml").write_bytes(b"threshold = 0.6\n# a note\x00\n")
    result = runner.invoke(app, ["check", "--no-cache", str(resume)])
    assert result.exit_code == 2 and "cannot read config: it holds a NUL byte (at byte 24); take it out and save the file as UTF-8" in result.output, result.output


def test_a_heading_padded_with_spaces_past_the_length_bound_is_still_a_heading(tmp_path):
    """ATK13, C11: "PROJECTS" and 520 spaces (a line of text from a PDF, padded to the margin)
    was measured with its spaces, past the 500-character bound of a heading: no section opened,
    and its two claims fell under Education, unread and unsaid."""
    import json

    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    resume = tmp_path / "cv.txt"
    resume.write_text(
        "EXPERIENCE\n- Managed the product backlog for the claims team using Jira\nEDUCATION\n- BSc Computer Science, 2015\n"
        "PROJECTS" + " " * 520 + "\n- Led discovery interviews with 40 adjusters to shape the claims portal\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(resume)])
    texts = [bullet["text"] for bullet in json.loads(result.stdout)["files"][0]["bullets"]]
    assert texts == [_MANAGED, "Led discovery interviews with 40 adjusters to shape the claims portal"], texts


def test_a_clause_added_to_a_latex_bullet_that_ends_in_parenthesised_math_goes_after_it(tmp_path):
    """ATK13, C6: "by \\(20\\%\\)" got its clause inside the math ("\\(20\\%, in an order set by
    revenue at risk\\)"), typeset as math; exit 0. Session 53's fix knew only "$...$"."""
    written = with_clauses_added(tmp_path, "  \\item Grew self-serve claims by \\(20\\%\\)", "Grew self-serve claims by 20%")
    clause = CLAUSE
    assert "\\item Grew self-serve claims by \\(20\\%\\)" + clause + "\n" in written


def _latex_claims(tmp_path, items: str) -> list[str]:
    import json

    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    resume = tmp_path / "cv.tex"
    resume.write_text(_LATEX % items, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(resume)])
    assert result.exit_code == 0, result.output
    return [bullet["text"] for bullet in json.loads(result.stdout)["files"][0]["bullets"]]


def test_a_percent_in_a_link_with_options_a_delimited_url_or_an_address_on_the_next_line_is_no_comment(tmp_path):
    """ATK13, C1, C2 and C38: `\\href[options]{...%...}`, `\\url|...%...|` and an `\\href` whose
    address opens the next line were cut at the "%", the rest of the claim lost unsaid (and a
    clause written inside the link); `\\verb|{|` was read with its marks."""
    items = (
        "\\item Grew self-serve claims 40\\% via the \\href[pdfnewwindow]{https://x.example/?q=a%20b}{partner page} for 2M users\n"
        "\\item Managed the product backlog for the \\url|https://x.example/a%20b| claims team\n"
        "\\item Grew self-serve claims 40\\% via the partner page \\href\n  {https://x.example/?q=a%20b}{for brokers} for 2M users % a note\n"
        "\\item Wrote the \\verb|{| parser for the claims team in two weeks"
    )
    assert _latex_claims(tmp_path, items) == [
        "Grew self-serve claims 40% via the partner page for 2M users",
        "Managed the product backlog for the https://x.example/a%20b claims team",
        "Grew self-serve claims 40% via the partner page for brokers for 2M users",
        "Wrote the { parser for the claims team in two weeks",
    ]


def test_a_label_after_a_percent_in_a_link_address_is_kept_by_a_replacing_edit(tmp_path):
    """ATK13, C33: the `\\label` among the replaced words was taken for part of a comment (the
    "%" of a link's address earlier on the line) and dropped; `\\ref` pointed nowhere; exit 0."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    resume = tmp_path / "cv.tex"
    item = "\\resumeItem{\\href{https://x.example/a%20b}{Claims portal}}{Managed the product backlog\\label{claimswork} for the claims team using Jira}"
    resume.write_text((_LATEX % item).replace("\\begin{document}", "\\newcommand{\\resumeItem}[2]{\\item\\textbf{#1}{: #2}}\n\\begin{document}"), encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\nline = 7\nedit = "{EDIT}"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    assert "\\label{claimswork}" in resume.read_text(encoding="utf-8")


def _add_style(path, style: str) -> None:
    """Add a style (WordprocessingML, in the styles part's namespace) to a Word file's styles."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(b"</w:styles>", style.encode() + b"</w:styles>")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_words_a_character_style_hides_are_no_part_of_a_word_bullet_and_get_no_new_text(tmp_path):
    """ATK13, C14: words in a character style that sets w:vanish ("Owned and " in a "Hidden"
    style) were read into the claim, and the new bullet was written into that hidden run: an
    empty bullet on the page, exit 0."""
    import json

    from docx import Document
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    path = _word_resume(tmp_path, '<w:r><w:rPr><w:rStyle w:val="Hidden"/></w:rPr><w:t xml:space="preserve">Owned and </w:t></w:r>' + _plain(_MANAGED))
    _add_style(path, '<w:style w:type="character" w:styleId="Hidden"><w:name w:val="Hidden words"/><w:rPr><w:vanish/></w:rPr></w:style>')
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(path)])
    assert [bullet["text"] for bullet in json.loads(result.stdout)["files"][0]["bullets"]] == [_MANAGED]
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert '<w:rStyle w:val="Hidden"/></w:rPr><w:t xml:space="preserve">Owned and </w:t>' in written, written
    shown = [run.text for run in Document(str(path)).paragraphs[-1].runs if run.style is None or run.style.style_id != "Hidden"]
    assert "".join(shown) == EDIT, shown


def test_claims_in_a_markdown_tables_header_row_or_in_a_table_inside_a_list_item_are_read(tmp_path):
    """ATK13, C36 and C19: claims in a pipe table's header row, and in a table set inside a list
    item under a job, were dropped in silence; a header of titles ("Year | What") reads as none."""
    import json

    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    resume = tmp_path / "cv.md"
    resume.write_text(
        "## Experience\n\n### Product Owner, Beta, 2019 - 2021\n\n"
        "| Managed the product backlog for the claims team using Jira | Led discovery interviews with 40 adjusters |\n"
        "|---|---|\n| Cut claim handling time 30% by ranking the backlog | Ran the pricing test for the cards team |\n\n"
        "### Product Owner, Gamma, 2015 - 2017\n\n- Ran the release process:\n\n"
        "  | Year | What |\n  |---|---|\n  | 2016 | Managed the release calendar for the payments team |\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(resume)])
    assert [bullet["text"] for bullet in json.loads(result.stdout)["files"][0]["bullets"]] == [
        _MANAGED,
        "Led discovery interviews with 40 adjusters",
        "Cut claim handling time 30% by ranking the backlog",
        "Ran the pricing test for the cards team",
        "Ran the release process:",
        "Managed the release calendar for the payments team",
    ]


def test_new_text_where_a_word_link_was_does_not_take_a_link_style_named_in_another_language(tmp_path):
    """ATK13, C12: a French Word's link style has the id "Lienhypertexte" and the name
    "Hyperlink"; a bullet that was all a link, rewritten, kept it: blue and underlined, with no
    link behind it; exit 0. Session 53's fix knew the style only by its English id."""
    link = f'<w:hyperlink w:anchor="top"><w:r><w:rPr><w:rStyle w:val="Lienhypertexte"/></w:rPr><w:t>{_MANAGED}</w:t></w:r></w:hyperlink>'
    path = _word_resume(tmp_path, link)
    _add_style(path, '<w:style w:type="character" w:styleId="Lienhypertexte"><w:name w:val="Hyperlink"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>')
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert EDIT in written and "Lienhypertexte" not in written, written


def test_a_clause_after_a_latex_bullet_that_ends_in_a_verbatim_goes_after_its_closing_mark(tmp_path):
    r"""ATK14, C20 and C21: a bullet ending in `\url|x.example/claims|` or `\verb|C++|` got its
    clause inside the verbatim ("\verb|C++, in an order set by ...|"): a broken link, the clause
    set as code; exit 0."""
    items = "\\item Wrote the parser in \\verb|C++|\n\\item Managed the backlog of the portal at \\url|x.example/claims|"
    written = with_clauses_added(tmp_path, items, "Wrote the parser in C++", "Managed the backlog of the portal at x.example/claims")
    clause = CLAUSE
    assert "\\item Wrote the parser in \\verb|C++|" + clause + "\n" in written, written
    assert "\\url|x.example/claims|" + clause + "\n" in written, written


def test_a_percent_in_other_verbatims_or_after_link_options_on_the_next_line_is_no_comment(tmp_path):
    r"""ATK14, C22 and C23: `\lstinline|a%b|`, `\path|a%b|` and an `\href` whose [options] open
    the next line: the claim was cut at the "%" in silence."""
    items = (
        "\\item Wrote the \\lstinline|a%b| parser for the claims team in two weeks\n"
        "\\item Wrote the \\path|a%b| parser for the cards team in two weeks\n"
        "\\item Grew self-serve claims 40\\% via the partner page \\href\n  [pdfnewwindow]{https://x.example/?q=a%20b}{for brokers} for 2M users"
    )
    assert _latex_claims(tmp_path, items) == [
        "Wrote the a%b parser for the claims team in two weeks",
        "Wrote the a%b parser for the cards team in two weeks",
        "Grew self-serve claims 40% via the partner page for brokers for 2M users",
    ]


@pytest.mark.parametrize("mark", ['<w:footnoteReference w:id="1"/>', '<w:commentReference w:id="0"/>'])
def test_a_note_mark_inside_a_word_link_whose_words_are_all_replaced_stays_after_the_new_text(tmp_path, mark):
    """ATK14, C10 and C11: a footnote's (a comment's) reference mark at the end of a link whose
    words a rewrite replaced went with the link, leaving its note with no mark; exit 0."""
    run = f"<w:r>{mark}</w:r>"
    link = f'<w:hyperlink w:anchor="top"><w:r><w:t>claims team using Jira</w:t></w:r>{run}</w:hyperlink>'
    path = _word_resume(tmp_path, _plain("Managed the product backlog for the ") + link)
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert "hyperlink" not in written and written.index(EDIT) < written.index(mark.split()[0]), written


def _with_styles_part(path, old: bytes, new: bytes) -> None:
    """Replace `old` by `new` in a Word file's styles part."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    assert old in parts["word/styles.xml"]
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(old, new, 1)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_words_hidden_by_the_documents_defaults_or_a_style_with_no_type_are_not_read(tmp_path):
    """ATK14, C1 and C2: the document's default run properties hiding text (w:docDefaults), or a
    paragraph style written without w:type (a paragraph style, as the standard says) that hides
    it: the hidden item was read as a claim and could be rewritten unseen. An item that turns
    vanish off is read."""
    import json

    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    shown = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Managed the claims backlog in Jira</w:t></w:r>'
    path = _word_resume(tmp_path, shown, _plain(_MANAGED))
    _with_styles_part(path, b"<w:rPrDefault><w:rPr>", b"<w:rPrDefault><w:rPr><w:vanish/>")
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(path)])
    assert [bullet["text"] for bullet in json.loads(result.stdout)["files"][0]["bullets"]] == ["Managed the claims backlog in Jira"]

    path = _word_resume(tmp_path, _plain(_MANAGED))
    _add_style(path, '<w:style w:styleId="HiddenList"><w:name w:val="Hidden list"/><w:rPr><w:vanish/></w:rPr></w:style>')
    from docx import Document

    document = Document(str(path))
    document.paragraphs[-1]._p.get_or_add_pPr().get_or_add_pStyle().set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "HiddenList")
    document.save(str(path))
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(path)])
    assert json.loads(result.stdout)["files"][0]["bullets"] == [], result.stdout


def test_answers_from_stdin_are_refused_saying_what_to_do(tmp_path):
    """ATK14: `--answers -` was told "-: no such file"."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    resume = tmp_path / "cv.md"
    resume.write_text(f"## Experience\n- {_MANAGED}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["rewrite", "--no-cache", "--answers", "-", str(resume)], input='[[bullet]]\nline = 2\npick = 1\n')
    assert result.exit_code == 2 and "--answers takes a file, not stdin ('-')" in result.output, result.output
    assert "no such file" not in result.output


def test_a_latex_list_in_a_pandoc_markdown_resume_is_read_item_by_item(tmp_path):
    r"""Round SW: a Markdown resume for pandoc wrote its lists in LaTeX (`\begin{itemize}`, `\item
    ...`, `\end{itemize}`); every item was told as a line with no list mark ("start it with '- '"),
    the file read as empty. Each item is read where it stands, and an edit keeps the LaTeX around it."""
    import json

    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    resume = tmp_path / "cv.md"
    resume.write_text(
        "# Experience\n\n## Product Owner, Acme\n\n\\begin{itemize}\n\\setlength{\\leftskip}{1em}\n"
        f"\\item {_MANAGED}\n\\item Migrated the claims portal from Heroku to AWS\n\\end{{itemize}}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(resume)])
    bullets = json.loads(result.stdout)["files"][0]["bullets"]
    assert [(b["text"], b["line"], b["column"]) for b in bullets] == [(_MANAGED, 7, 7), ("Migrated the claims portal from Heroku to AWS", 8, 7)]
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\nline = 7\nedit = "{EDIT}"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    written = EDIT.replace("%", "\\%")  # written as LaTeX, "%" escaped (ATK15, C27)
    assert f"\\begin{{itemize}}\n\\setlength{{\\leftskip}}{{1em}}\n\\item {written}\n\\item Migrated" in resume.read_text(encoding="utf-8")


def test_a_brace_inside_a_verbatim_that_ends_a_latex_item_is_text(tmp_path):
    r"""ATK13, C9: `\verb!}!` at an item's end was taken for the brace that closes the item's
    group: the item read "... using Jira !" and a write left a lone "}" (the file no longer
    compiled); exit 0."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    assert _latex_claims(tmp_path, f"\\item {_MANAGED} \\verb!}}!\n\\item Led discovery interviews with 40 adjusters") == [
        f"{_MANAGED} }}",
        "Led discovery interviews with 40 adjusters",
    ]
    resume = tmp_path / "cv.tex"
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\nline = 6\nedit = "{_MANAGED} }}, in an order set by revenue at risk"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    assert f"\\item {_MANAGED} \\verb!}}!, in an order set by revenue at risk\n" in resume.read_text(encoding="utf-8")
