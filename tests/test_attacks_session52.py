"""The attack round of session 52 (ATK10, issue 16): each case failed on the code before its fix."""

from __future__ import annotations

import codecs
import json

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session50 import _HTML, _MD, EDIT, _answers, _write
from .test_installed_command import run

runner = CliRunner()
_RESUME = "## Experience\n- Managed the product backlog for the claims team\n"
_ANSWERS = '[[bullet]]\nline = 2\nedit = "Cut claim time 20% by ranking the backlog"\n'


@pytest.mark.parametrize(
    ("encoding", "mark"),
    [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)],
)
def test_an_answers_file_saved_with_a_byte_order_mark_is_read(tmp_path, encoding, mark):
    """Notepad saves a TOML file with a byte order mark: it was refused as invalid TOML (UTF-8)
    or with a codec's message (UTF-16)."""
    resume = tmp_path / "cv.md"
    resume.write_text(_RESUME, encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_bytes(mark + _ANSWERS.encode(encoding))
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    assert resume.read_text(encoding="utf-8") == "## Experience\n- Cut claim time 20% by ranking the backlog\n"


@pytest.mark.parametrize(("encoding", "mark"), [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE)])
def test_a_config_file_saved_with_a_byte_order_mark_is_read(tmp_path, encoding, mark):
    """ATK10 and ATK11: a config with a UTF-8 mark was invalid TOML, one in UTF-16 a codec's message."""
    config = tmp_path / ".po2pm.toml"
    config.write_bytes(mark + 'ignore = ["PO101"]\n'.encode(encoding))
    result = runner.invoke(app, ["config", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert 'ignore = ["PO101"]' in result.output


# ATK11 (this session's reading changes attacked): B26, B22, B21.


def _read(tmp_path, name: str, text: str) -> list[str]:
    resume = tmp_path / name
    resume.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
    assert result.exit_code == 0, result.output
    return [bullet["text"] for bullet in json.loads(result.stdout)["files"][0]["bullets"]]


def test_a_detail_of_the_job_or_the_person_under_a_job_is_no_claim(tmp_path):
    """B26: "Location: working remotely ..." and its kind read as claims (a lower-case word after
    the label read as a sentence) and were flagged; a client's line of work is still a claim."""
    text = (
        "EXPERIENCE\nProduct Owner, Acme Ltd, 2019-2023\nManaged the product backlog for the claims team using Jira\n"
        "Location: working remotely from Leeds with the London office\n"
        "Availability: starting in January 2024 after notice period\n"
        "Reason for leaving: seeking a larger product role in fintech\n"
        "Harbour Press: writing and producing the monthly member magazine\n"
    )
    read = _read(tmp_path, "cv.txt", text)
    assert read == ["Managed the product backlog for the claims team using Jira", "Harbour Press: writing and producing the monthly member magazine"]


def test_a_sentence_wrapped_after_an_abbreviation_is_one_claim(tmp_path):
    """B22: a hand-wrapped sentence broken after "Warner Bros." read as two claims."""
    text = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\n"
        "Rebuilt the ad-sales booking flow for Warner Bros.\nDiscovery and cut booking time by a fifth in a year.\n"
        "\\end{document}\n"
    )
    assert _read(tmp_path, "cv.tex", text) == ["Rebuilt the ad-sales booking flow for Warner Bros. Discovery and cut booking time by a fifth in a year."]


def test_a_fraction_with_an_alignment_option_reads_as_its_numbers(tmp_path):
    """B21: `\\cfrac[l]{1}{2}` read as "[/l]12"."""
    text = "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n  \\item Cut churn by \\cfrac[l]{1}{2} for the loans team\n\\end{itemize}\n\\end{document}\n"
    assert _read(tmp_path, "cv.tex", text) == ["Cut churn by 1/2 for the loans team"]


def test_rewrite_of_a_file_with_no_bullet_exits_2_as_check_does(tmp_path):
    """ATK10 weak: `rewrite` on an empty file exited 0 where `check` exits 2; a hook or script that
    rewrites a resume read as empty must not pass. --allow-empty says it is expected."""
    empty = tmp_path / "cv.md"
    empty.write_text("", encoding="utf-8")
    for command in (["rewrite"], ["rewrite", "--diff"], ["rewrite", "--write"]):
        result = run(*command, "--no-cache", str(empty))
        assert result.returncode == 2, (command, result.stderr)
        assert "no bullet found in any input, so nothing was rewritten" in result.stderr
    assert run("rewrite", "--no-cache", "--allow-empty", str(empty)).returncode == 0
    assert empty.read_text(encoding="utf-8") == ""


# A7, A8, A18, A20, A22 and A48: markup around the words a write replaces.


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cv.html", "<h2>Experience</h2>\n<p>Acme<br>- Managed the <b>product backlog for the claims team<br>- Ran daily</b> stand-ups for two teams</p>\n"),
        ("cv.md", "## Experience\n- Managed the <b>product backlog for the claims team\n- Ran daily</b> stand-ups for two teams\n"),
    ],
)
def test_an_edit_that_would_leave_a_tag_s_end_on_its_own_is_refused(tmp_path, name, text):
    """A22: a "<b>" that opened in the replaced words and closed in the next item went with them,
    and its "</b>" was left in that item, which lost its bold: exit 0. Refused, saying why."""
    resume = tmp_path / name
    resume.write_text(text, encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\ntext = "Managed the product backlog for the claims team"\nedit = "{EDIT}"\n', encoding="utf-8")
    result = _write(resume, answers)
    assert result.exit_code == 2 and "opens in the words this edit replaces and closes after them" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("name", "text", "written"),
    [
        ("cv.md", _MD.format('- Coordinated the launch <a id="launch"/> with twelve insurers for the app'), f'- <a id="launch"/>{EDIT}\n'),
        ("cv.html", _HTML.format('<li>Coordinated the launch<a name="launch"/> with twelve insurers for the app</li>'), f'<li><a name="launch"/>{EDIT}</li>'),
    ],
)
def test_a_self_closing_link_target_in_the_replaced_words_is_kept(tmp_path, name, text, written):
    """A7, A8: '<a id="launch"/>' was read as no mark at all, so it went with the words, exit 0 and
    no word; it is kept before the new text as '<a id="launch"></a>' is."""
    resume = tmp_path / name
    resume.write_text(text, encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 2))
    assert result.exit_code == 0, result.stderr
    assert written in resume.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("bullet", "written"),
    [
        ("Managed the product backlog for the <b>payments team</b>", "<b>payments team</b>, in an order set by revenue at risk\n"),
        ("Managed the product backlog for the **cards _team_**", "**cards _team_**, in an order set by revenue at risk\n"),
        ("Managed the product backlog for the <span>cards **team**</span>", "<span>cards **team**</span>, in an order set by revenue at risk\n"),
    ],
)
def test_a_clause_added_to_a_markdown_bullet_goes_past_every_closing_mark(tmp_path, bullet, written):
    """A18, A20: only one "**" or "_" at the bullet's end was stepped over, and no inline HTML end
    tag, so the added clause was written inside the bold, exit 0."""
    resume = tmp_path / "cv.md"
    resume.write_text(_MD.format(f"- {bullet}"), encoding="utf-8")
    read = " ".join(bullet.replace("<b>", "").replace("</b>", "").replace("<span>", "").replace("</span>", "").replace("*", "").replace("_", "").split())
    result = _write(resume, _answers(tmp_path, 2, edit=f"{read}, in an order set by revenue at risk"))
    assert result.exit_code == 0, result.stderr
    assert resume.read_text(encoding="utf-8").endswith(written)


def test_a_label_in_a_yaml_value_a_latex_template_renders_is_kept(tmp_path):
    r"""A48: po2pm writes such a value as LaTeX ("20\%"), yet a "\label{claims}" among its words
    went with them, exit 0; it is kept before the new text, as in a .tex file."""
    resume = tmp_path / "cv.yaml"
    resume.write_text(
        "cv:\n  name: Jane Doe\n  sections:\n    experience:\n      - company: Acme\n        position: Product Owner\n"
        "        highlights:\n          - 'Managed the product backlog\\label{claims} for the claims team using Jira'\n"
        '          - "Managed the release plan\\\\label{plan} for the mortgage team using Jira"\n',
        encoding="utf-8",
    )
    result = _write(resume, _answers(tmp_path, 8, 9))
    assert result.exit_code == 0, result.stderr
    written = resume.read_text(encoding="utf-8")
    assert "- '\\label{claims}Cut claim time 20\\% by ranking the backlog'\n" in written
    assert '- "\\\\label{plan}Cut claim time 20\\\\% by ranking the backlog"\n' in written


# A32 and A33: a Word bullet's link, field or tracked change at the words a write changes.

_W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _word_resume(tmp_path, *bullets: str):
    """A Word resume under an Experience heading whose list items hold these runs (WordprocessingML)."""
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    document.add_heading("Experience", level=1)
    document.add_paragraph("Product Owner, Acme")
    end = document.element.body[-1]  # the section properties stay last
    for runs in bullets:
        end.addprevious(parse_xml(f'<w:p {_W_NS}><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>{runs}</w:p>'))
    path = tmp_path / "cv.docx"
    document.save(path)
    return path


def _word_paragraphs(path):
    """The list items of a written Word file, each as its XML."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return [etree.tostring(p, encoding="unicode") for p in root.iter(f"{w}p") if p.find(f"{w}pPr/{w}pStyle[@{w}val='ListBullet']") is not None]


def _plain(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_clause_added_after_a_word_link_or_tracked_insertion_goes_after_it(tmp_path):
    """A33: the clause added to a bullet ending in a linked "claims team" was written in a run
    inside the w:hyperlink (part of the link), and after a reviewer's w:ins inside it (rejecting
    the change would take the clause too); exit 0, no word. It goes after them, in the paragraph."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    link = '<w:hyperlink r:id="rIdLink"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>claims team</w:t></w:r></w:hyperlink>'
    tracked = '<w:ins w:id="2" w:author="Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:t>mortgage team</w:t></w:r></w:ins>'
    path = _word_resume(tmp_path, _plain("Managed the product backlog for the ") + link, _plain("Managed the product backlog for the ") + tracked)
    from docx import Document

    document = Document(str(path))
    document.part.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, "https://acme.example/claims", "rIdLink", is_external=True)
    document.save(path)
    clause = ", in an order set by revenue at risk"
    answers = tmp_path / "a.toml"
    answers.write_text(
        "".join(f'[[bullet]]\ntext = "Managed the product backlog for the {team}"\nedit = "Managed the product backlog for the {team}{clause}"\n' for team in ("claims team", "mortgage team")),
        encoding="utf-8",
    )
    result = _write(path, answers)
    assert result.exit_code == 0, result.output
    linked, inserted = _word_paragraphs(path)
    assert "claims team</w:t></w:r></w:hyperlink><w:r><w:t>" + clause + "</w:t></w:r></w:p>" in linked
    assert "mortgage team</w:t></w:r></w:ins><w:r><w:t>" + clause + "</w:t></w:r></w:p>" in inserted


def test_a_word_bullet_replaced_from_a_hyperlink_field_on_is_no_link(tmp_path):
    """A32: the new text of a bullet whose first word was a HYPERLINK field's result was written
    into that result, so the whole new bullet was a link to the old address; exit 0, no word. The
    field, all its shown words replaced, goes whole, and the new text stands outside any field."""
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://acme.example/claims" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _plain("Managed") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    path = _word_resume(tmp_path, field + _plain(" the product backlog for the claims team using Jira"))
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\ntext = "Managed the product backlog for the claims team using Jira"\nedit = "{EDIT}"\n', encoding="utf-8")
    result = _write(path, answers)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert EDIT in written
    assert "fldChar" not in written and "HYPERLINK" not in written


# A42: a person's own text that holds Markdown syntax.


@pytest.mark.parametrize(
    ("edit", "written"),
    [
        ("Cut costs ~~20%~~ 25% by renegotiating the cloud contract", "Cut costs \\~\\~20%\\~\\~ 25% by renegotiating the cloud contract"),
        ("# of active users grew 30% after a new onboarding flow", "\\# of active users grew 30% after a new onboarding flow"),
        ("1. Grew NPS 12 points by fixing the top three complaints", "1\\. Grew NPS 12 points by fixing the top three complaints"),
        ("> Grew revenue 10% by launching annual plans", "\\> Grew revenue 10% by launching annual plans"),
        ("+ Grew basket size 6% with bundles", "\\+ Grew basket size 6% with bundles"),
        ("Grew sign-ups 9% via [partner](https://partner.example) referrals", "Grew sign-ups 9% via [partner]\\(https://partner.example) referrals"),
    ],
)
def test_markdown_syntax_in_a_persons_own_edit_is_escaped_and_reads_back_as_written(tmp_path, edit, written):
    """A42: these were refused, blaming "markup po2pm cannot replace safely ... in the way" on a
    bullet with no markup: the user's own "~~", "# ", "1. ", "> ", "+ " and "[..](..)" were
    written as they are and read back as a strikeout, a heading, a list, a quote and a link."""
    import json

    resume = tmp_path / "cv.md"
    resume.write_text(_MD.format("- Managed the product backlog for the claims team using Jira"), encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_text(f"[[bullet]]\nline = 2\nedit = '{edit}'\n", encoding="utf-8")
    result = _write(resume, answers)
    assert result.exit_code == 0, result.stderr
    assert resume.read_text(encoding="utf-8") == _MD.format(f"- {written}")
    read = json.loads(runner.invoke(app, ["extract", "-f", "json", str(resume)]).output)["files"][0]["bullets"]
    assert [bullet["text"] for bullet in read] == [edit]


def test_markup_in_a_persons_own_edit_that_a_text_file_reads_as_formatting_is_named_as_theirs(tmp_path):
    """A42: in a file po2pm cannot escape it in, the refusal named the file's markup, not the
    user's own "~~" or "[..](..)"."""
    resume = tmp_path / "cv.txt"
    text = "Experience\n- Managed the product backlog for the claims team using Jira\n"
    resume.write_text(text, encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 2, edit="Cut costs ~~20%~~ 25% by renegotiating the cloud contract"))
    assert result.exit_code == 2
    assert "the new text's *, _, `, ~~, [...](...) or <...> read as formatting" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == text


# A28 (and A27): a LaTeX edit that would change how the file's braces balance.


def test_a_latex_bullet_holding_the_files_own_open_brace_is_left_and_the_other_edits_are_written(tmp_path):
    """A28: the file's own unpaired "{" in a bullet made the whole file unwritten, with "unbalanced
    braces; nothing written (please report this)", blaming po2pm; that bullet is left as it was,
    saying the brace is the file's, and the other bullet is written, as the docs say."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "\\item Managed the product backlog for the {claims team using Jira\n"
        "\\item Ran daily stand-ups and sprint planning for two teams\n"
        "\\end{itemize}\n\\end{document}\n",
        encoding="utf-8",
    )
    result = _write(resume, _answers(tmp_path, 5, 6))
    assert result.exit_code == 2
    assert "line 5: left as it was: the file's own braces were already unbalanced around this bullet" in result.stderr, result.stderr
    assert "please report" not in result.stderr
    written = resume.read_text(encoding="utf-8")
    assert "\\item Managed the product backlog for the {claims team using Jira\n\\item Cut claim time 20\\% by ranking the backlog\n" in written


# B14 and B15 (ATK11, issue 17): what a Word bullet's replaced words held, and a reviewer's insertion.

_MANAGED = "Managed the product backlog for the claims team using Jira"


def _word_edit(tmp_path, path):
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\ntext = "{_MANAGED}"\nedit = "{EDIT}"\n', encoding="utf-8")
    return _write(path, answers)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ('<w:bookmarkStart w:id="5" w:name="claims"/>', '<w:bookmarkEnd w:id="5"/>'),
        ('<w:commentRangeStart w:id="0"/>', '<w:commentRangeEnd w:id="0"/>'),
    ],
)
def test_a_bookmark_or_comment_range_in_a_replaced_word_link_is_kept(tmp_path, start, end):
    """B14 (and B13): a link whose words were all replaced went whole, and the bookmark inside it
    with it, so a link elsewhere in the file to that bookmark pointed nowhere; exit 0, no word.
    The link goes; the bookmark (or a comment's range) stays in the bullet, before the new text."""
    link = f'<w:hyperlink w:anchor="top">{start}<w:r><w:t>claims team</w:t></w:r>{end}</w:hyperlink>'
    path = _word_resume(tmp_path, _plain("Managed the product backlog for the ") + link + _plain(" using Jira"))
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert "hyperlink" not in written
    assert f'{start}{end}<w:r><w:t xml:space="preserve">{EDIT}</w:t></w:r>' in written


@pytest.mark.parametrize(
    "runs",
    [
        '<w:ins w:id="9" w:author="Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:t>Managed</w:t></w:r></w:ins>' + _plain(" the product backlog for the claims team using Jira"),
        f'<w:ins w:id="9" w:author="Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:t>{_MANAGED}</w:t></w:r></w:ins>',
    ],
)
def test_a_word_edit_is_not_written_into_a_reviewers_tracked_insertion(tmp_path, runs):
    """B15: the new text went into the first run it replaced, inside the reviewer's w:ins, so the
    person's whole new bullet showed as the reviewer's change and "Reject all" deleted it; exit 0,
    no word. It goes in a run outside the insertion, which, all its words replaced, goes."""
    path = _word_resume(tmp_path, runs)
    result = _word_edit(tmp_path, path)
    assert result.exit_code == 0, result.output
    (written,) = _word_paragraphs(path)
    assert "w:ins" not in written and "Reviewer" not in written
    assert f">{EDIT}</w:t></w:r>" in written
