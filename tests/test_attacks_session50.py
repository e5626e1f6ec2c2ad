"""The attack round of session 50 (ATK7, issue 16): each case failed on the code before its fix."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_bad_input import _one_page_pdf
from .test_docx import _document_with_a_box
from .test_installed_command import run

runner = CliRunner()
EDIT = "Cut claim time 20% by ranking the backlog"


def _answers(tmp_path: Path, *lines: int, edit: str = EDIT) -> Path:
    answers = tmp_path / "a.toml"
    answers.write_text("".join(f'[[bullet]]\nline = {line}\nedit = "{edit}"\n' for line in lines), encoding="utf-8")
    return answers


def _write(resume: Path, answers: Path):
    return runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cv.html", '<html><body><h2>Experience</h2><ul>\n<li><b class="lead {long}">Managed</b> the product backlog for the claims team</li>\n</ul></body></html>\n'),
        ("cv.md", '## Experience\n- <b class="lead {long}">Managed</b> the product backlog for the claims team\n'),
        ("cv.json", '{{"work": [{{"highlights": [\n"<b class=\\"lead {long}\\">Managed</b> the product backlog for the claims team"\n]}}]}}\n'),
    ],
)
def test_a_long_opening_tag_is_replaced_with_its_closing_one(tmp_path, name, text):
    """FS: an opening tag over 80 characters was not found, so --write deleted its "</b>" and kept
    "<b ...>": the bold (or a link) ran on over the new text and the items after it."""
    resume = tmp_path / name
    resume.write_text(text.format(long="x" * 120), encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 2))
    assert result.exit_code == 0, result.stderr
    written = resume.read_text(encoding="utf-8")
    assert "<b " not in written and "</b>" not in written and EDIT in written


def test_a_link_with_a_long_address_that_opens_a_bullet_is_not_written_over(tmp_path):
    """FS: the same for `<a href="...">`, whose address then went with the words: refused, as a
    link's words are."""
    resume = tmp_path / "cv.html"
    page = f'<html><body><h2>Experience</h2><ul>\n<li><a href="https://acme.example/{"x" * 120}">Managed</a> the product backlog for the claims team</li>\n</ul></body></html>\n'
    resume.write_text(page, encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 2))
    assert result.exit_code == 2 and "a link or an image sits in the words" in result.stderr
    assert resume.read_text(encoding="utf-8") == page


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("cv.md", "## Experience\n- <https://acme.example/portal> Managed the product backlog for the web team\n", 2),
        ("cv.md", "## Experience\n- www.acme.example Managed the sprint board for the claims team\n", 2),
        ("cv.md", "## Experience\n- ![logo][lg] Managed the product backlog for the payments team\n\n[lg]: https://acme.example/l.png\n", 2),
        ("cv.html", "<html><body><h2>Experience</h2><ul>\n<li>https://acme.example/c Managed the product backlog for the web team</li></ul></body></html>\n", 2),
        ("cv.tex", "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n\\item https://acme.example/d Managed the backlog for the payments team\n\\end{itemize}\n\\end{document}\n", 5),
        ("cv.tex", "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n\\item \\hyperref[sec:x]{Managed} the sprint board for the claims team\n\\end{itemize}\n\\end{document}\n", 5),
    ],
)
def test_autolinks_bare_addresses_reference_images_and_hyperrefs_are_not_written_over(tmp_path, name, text, line):
    """FM and FU: the link refusal knew "[x](url)", href=, <img> and \\href{} only; an autolink, a
    bare address, a reference image went with the words, exit 0. \\hyperref[...]{Managed} was read
    without its text, and the write left "Managed" before the new one."""
    resume = tmp_path / name
    resume.write_text(text, encoding="utf-8")
    result = _write(resume, _answers(tmp_path, line))
    assert result.exit_code == 2 and "a link or an image sits in the words" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == text


def test_a_hyperrefs_text_is_read_and_a_bold_opening_a_latex_bullet_is_replaced_whole(tmp_path):
    r"""FU: "\hyperref[sec:x]{Managed} the sprint board ..." was read as "the sprint board ...";
    and (ATK6 weak) a bullet opening with \textbf{Managed} was refused for unbalanced braces,
    "please report this": the new text replaces the macro whole."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "\\item \\hyperref[sec:x]{Managed} the sprint board for the claims team\n"
        "\\item \\textbf{Managed} the product backlog for the payments team\n"
        "\\end{itemize}\n\\end{document}\n",
        encoding="utf-8",
    )
    read = json.loads(runner.invoke(app, ["extract", "-f", "json", str(resume)]).output)["files"][0]
    assert [bullet["text"] for bullet in read["bullets"]] == [
        "Managed the sprint board for the claims team",
        "Managed the product backlog for the payments team",
    ]
    result = _write(resume, _answers(tmp_path, 6))
    assert result.exit_code == 0, result.stderr
    assert "\\item Cut claim time 20\\% by ranking the backlog\n" in resume.read_text(encoding="utf-8")


def test_a_new_letter_is_not_written_into_a_file_whose_encoding_was_guessed(tmp_path):
    """FO: a cp1252 file that charset-normalizer guessed as cp775 got "Café" written as cp775's
    byte, which its real code page shows as "Caf‚": two encodings in one file, exit 0. A letter
    the file does not hold yet is refused; an edit in ASCII is written."""
    resume = tmp_path / "cv.md"
    original = b"## Experience\n- Managed the product backlog for the \x93core\x94 team at Caf\xe9 Nero\n- Ran daily standups for two teams \x96 weekly\n"
    resume.write_bytes(original)
    result = _write(resume, _answers(tmp_path, 2, edit="Cut claim time 20% at Café Nero by ranking the backlog"))
    assert result.exit_code == 2 and "is a guess from its bytes" in result.stderr, result.stderr
    assert resume.read_bytes() == original
    result = _write(resume, _answers(tmp_path, 3))
    assert result.exit_code == 0, result.stderr
    assert resume.read_bytes() == original.replace(b"Ran daily standups for two teams \x96 weekly", EDIT.encode("ascii"))


def test_a_long_run_of_spaces_in_a_markdown_bullet_reads_in_linear_time(monkeypatch):
    """FT: a Markdown item's attribute list ("{.highlight}") was stripped by a search from every
    space of a run before it: 200,000 spaces ran for minutes. It is matched from the last "{"."""
    from po2pm_rewrite.formats import markdown

    searched = []
    real = markdown._ATTRIBUTES

    class Counting:
        def fullmatch(self, *args):
            searched.append(args[1:])
            return real.fullmatch(*args)

    monkeypatch.setattr(markdown, "_ATTRIBUTES", Counting())
    text = "## Experience\n- Managed the product backlog" + " " * 5000 + "for the claims team {.highlight}\n"
    bullets = markdown.extract_markdown(text)
    assert [" ".join(bullet.text.split()) for bullet in bullets] == ["Managed the product backlog for the claims team"]
    assert len(searched) == 1


def test_a_trailing_date_is_looked_for_near_the_end_of_a_line_only():
    """FT: the search for a date after a bar at a claim's end started at every space of the line."""
    from po2pm_rewrite.screen import _trailing_date_at

    claim = "Ran the blood donation camp for the campus" + " " * 100_000 + "x"
    assert _trailing_date_at(claim) is None
    assert _trailing_date_at("Ran the blood donation camp for the campus | March 2019") == len("Ran the blood donation camp for the campus")


def test_the_lines_of_sections_not_read_are_found_without_counting_from_the_start(monkeypatch):
    """FR: each heading's line was counted from the file's start: 250,000 "<h2>Skills</h2>" took
    minutes in `extract`. The lines are found by a search of the lines' starts."""
    from po2pm_rewrite import formats

    text = "<html><body><h2>Experience</h2><ul><li>Managed the product backlog for the claims team</li></ul>\n" + "<h2>Skills</h2>\n" * 3 + "</body></html>\n"
    counted = []

    class Text(str):
        def count(self, *args):
            counted.append(args)
            return str.count(self, *args)

    found = formats.listing_sections(Text(text), "html")
    assert [line for line, _ in found] == [2, 3, 4] and counted == []


def test_a_pdf_glyph_looks_only_at_the_words_beside_it():
    """FN: each glyph word was compared with every word of its page: a 2 KB PDF of 20,000 dashes
    took 30 s, four of them in a folder were killed at 120 s with no word. It looks at the words
    whose edge is near its own, found by a search of the words sorted once."""
    from po2pm_rewrite.formats import pdf

    class Words(list):
        walks = 0

        def __iter__(self):
            Words.walks += 1
            return super().__iter__()

    words = Words(
        {"text": "-", "x0": 10.0 + 8 * column, "x1": 14.0 + 8 * column, "top": 100.0 + 12 * row, "bottom": 110.0 + 12 * row, "size": 10.0}
        for row in range(40)
        for column in range(40)
    )
    words.append({"text": "Managed", "x0": 334.0, "x1": 380.0, "top": 100.0, "bottom": 110.0, "size": 10.0})
    Words.walks = 0
    moved = pdf._glyphs_on_their_lines(words)
    assert len(moved) == len(words) and Words.walks <= 5


def test_text_set_on_its_side_in_a_pdf_is_left_out(tmp_path):
    """FQ: a label run up a PDF's left margin came apart into one letter a line, which made the
    claims beside it headings and fragments: 10 of 20 lost in silence."""
    rows = [b"BT /F1 11 Tf 1 0 0 1 72 770 Tm (Experience) Tj ET"]
    rows += [b"BT /F1 9 Tf 1 0 0 1 60 %d Tm (- Managed the sprint board for team %d) Tj ET" % (740 - 14 * i, i) for i in range(20)]
    rows.append(b"BT /F1 14 Tf 0 1 -1 0 36 420 Tm (CONFIDENTIAL  CONFIDENTIAL  CONFIDENTIAL  CONFIDENTIAL) Tj ET")
    resume = tmp_path / "cv.pdf"
    resume.write_bytes(_one_page_pdf(b"\n".join(rows)))
    read = json.loads(runner.invoke(app, ["extract", "-f", "json", str(resume)]).output)["files"][0]
    assert [bullet["text"] for bullet in read["bullets"]] == [f"Managed the sprint board for team {i}" for i in range(20)]


def _box(tag: str, inner: str) -> str:
    return f"<mc:{tag}><w:txbxContent>{inner}</w:txbxContent></mc:{tag}>"


def _paragraph(text: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def _rewrite_first_bullet_saying(tmp_path: Path, resume: Path, text: str) -> str:
    """Write EDIT over the first bullet of the Word file that says `text` (with the installed
    command), and return the document part as written."""
    read = json.loads(runner.invoke(app, ["extract", "-f", "json", str(resume)]).output)["files"][0]
    line = next(bullet["line"] for bullet in read["bullets"] if bullet["text"] == text)
    result = run("rewrite", "--no-cache", "--write", "--answers", str(_answers(tmp_path, line)), str(resume))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(resume) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_the_copies_of_a_text_box_are_rewritten_where_they_stand(tmp_path):
    """FP: the same bullet twice in one box (two jobs, one duty line) had both Fallback copies
    rewritten for an edit of the first; and a box inside a box kept the old bullet in the outer
    box's Fallback."""
    same = "Managed the product backlog for the claims team"
    other = "Ran daily standups for two teams"
    twice = _paragraph(same) + _paragraph(other) + _paragraph(same)
    written = _rewrite_first_bullet_saying(tmp_path, _document_with_a_box(tmp_path, _box("Choice", twice) + _box("Fallback", twice)), same)
    assert written.count(EDIT) == 2 and written.count(same) == 2

    inner = (
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        + _box("Choice", _paragraph(other)) + _box("Fallback", _paragraph(other)) + "</mc:AlternateContent></w:r></w:p>"
    )
    nested = _document_with_a_box(tmp_path, _box("Choice", _paragraph(same) + inner) + _box("Fallback", _paragraph(same) + inner))
    written = _rewrite_first_bullet_saying(tmp_path, nested, other)
    assert written.count(EDIT) == 4 and other not in written


# The second attack round of session 50 (ATK8).


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        # FV: a list mark inside the bold or the link that opens the item
        ("cv.html", "<html><body><h2>Experience</h2>\n<p>Acme (2019-2023)<br><b>- Managed</b> the product backlog for the claims team<br><em>* Ran</em> daily standups for two teams</p>\n</body></html>\n", 2),
        ("cv.json", '{"work": [{"highlights": ["<a href=\\"https://acme.example/x\\">- Owned</a> the roadmap for the payments app\\n- Led discovery with twelve insurers"]}]}\n', 1),
        # FW: a tag name with a hyphen, whose opening the search does not know
        ("cv.html", "<html><body><h2>Experience</h2><ul>\n<li><x-bold>Led</x-bold> discovery with twelve insurers for the app</li>\n</ul></body></html>\n", 2),
        # FX: a run-in title inside the same emphasis as the act
        ("cv.md", "## Experience\n- **Engagement Growth. Increased** engagement rate by 65% across the web app\n", 2),
        ("cv.html", "<html><body><h2>Experience</h2><ul>\n<li><b>Engagement Growth. Increased</b> engagement rate by 65% across the web app</li>\n</ul></body></html>\n", 2),
    ],
)
def test_an_edit_that_would_leave_a_bold_or_a_link_open_is_refused(tmp_path, name, text, line):
    """FV, FW, FX: the replaced words closed a tag or a bold that opened before them; the opening
    one stayed and ran on over the new text and the items after it, exit 0. Refused, saying why."""
    resume = tmp_path / name
    resume.write_text(text, encoding="utf-8")
    answers = _answers(tmp_path, line)
    first = {"<b>- Managed": "Managed the product backlog for the claims team", ">- Owned": "Owned the roadmap for the payments app"}
    named = next((bullet for mark, bullet in first.items() if mark in text), None)
    if named is not None:  # its line holds two bullets: named by its text
        answers.write_text(f'[[bullet]]\ntext = "{named}"\nedit = "{EDIT}"\n', encoding="utf-8")
    result = _write(resume, answers)
    assert result.exit_code == 2 and "opens before the words this edit replaces and closes inside them" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == text


def test_a_bullet_under_many_nested_marks_widens_over_a_few_at_most(monkeypatch):
    """FZ: a bullet under 100,000 nested <b> made the write copy and search the text once a mark:
    killed at 120 s. At most a few marks are taken; the check above refuses what that leaves open."""
    from po2pm_rewrite import apply

    calls = []
    real = apply._opening_mark_before
    monkeypatch.setattr(apply, "_opening_mark_before", lambda text, start: calls.append(start) or real(text, start))
    text = "<li>" + "<b>" * 1000 + "Managed" + "</b>" * 1000 + " the backlog</li>"
    start = text.index("Managed")
    apply._before_opening_markup(text, start, len(text) - len("</li>"))
    assert len(calls) <= apply._MARKS_AT_MOST


def test_the_copies_of_a_text_box_are_looked_up_once_a_write(tmp_path, monkeypatch):
    """FY: a 2,749-byte Word file with 2,000 copies of one bullet in a text box took minutes to
    write (each edit read every paragraph of both copies again). Each copy is read once a write."""
    from po2pm_rewrite.formats import docx as reader

    bullet = "Managed the product backlog for the claims team"
    resume = _document_with_a_box(tmp_path, _box("Choice", _paragraph(bullet) * 40) + _box("Fallback", _paragraph(bullet) * 40))
    rendered = []
    real = reader.rendered_text
    monkeypatch.setattr(reader, "rendered_text", lambda paragraph, run_styles=None: rendered.append(1) or real(paragraph, run_styles))
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\ntext = "{bullet}"\nedit = "{EDIT}"\n', encoding="utf-8")
    rendered.clear()
    result = _write(resume, answers)
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(resume) as archive:
        assert archive.read("word/document.xml").decode("utf-8").count(EDIT) == 80
    assert len(rendered) < 40 * 40


def test_a_makebox_keeps_its_text_and_is_replaced_whole(tmp_path):
    r"""FU2: "\item \makebox[2cm][l]{Grew} revenue ..." was read without "Grew", and the write left
    "\makebox[2cm][l]{Grew} Cut claim time ...", exit 0."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "\\item \\makebox[2cm][l]{Grew} revenue 10\\% for the web team\n\\end{itemize}\n\\end{document}\n",
        encoding="utf-8",
    )
    read = json.loads(runner.invoke(app, ["extract", "-f", "json", str(resume)]).output)["files"][0]
    assert [bullet["text"] for bullet in read["bullets"]] == ["Grew revenue 10% for the web team"]
    result = _write(resume, _answers(tmp_path, 5))
    assert result.exit_code == 0, result.stderr
    assert "\\item Cut claim time 20\\% by ranking the backlog\n" in resume.read_text(encoding="utf-8")


def test_an_answer_by_line_that_names_two_bullets_is_refused(tmp_path):
    """ATK8 weak: "line = 2" where the line holds two bullets (items typed after <br> in one
    paragraph, a JSON value's list) rewrote both, unsaid. It names none: the user is asked to
    name one by its text."""
    page = (
        "<html><body><h2>Experience</h2>\n<p>Acme (2019-2023)<br>- Managed the product backlog for the claims team"
        "<br>- Ran daily standups for two teams</p>\n</body></html>\n"
    )
    resume = tmp_path / "cv.html"
    resume.write_text(page, encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 2))
    assert result.exit_code == 2 and "this line holds 2 bullets; name the one you mean with 'text'" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == page


# The attack round of session 51 (ATK9): FA, FB and FL.

_MD = "## Experience\n{}\n"
_HTML = "<html><body><h2>Experience</h2><ul>\n{}\n</ul><p>After</p></body></html>\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # FA: a run-in title inside single-mark emphasis with the act
        ("cv.md", _MD.format("- *Engagement Growth. Increased* engagement rate by 65% across the web app")),
        ("cv.md", _MD.format("- _Claims Speed. Reduced_ claim handling time by 30% for the claims team")),
        ("cv.md", _MD.format("- ~~Old Title. Managed~~ the product backlog for the claims team")),
        ("cv.md", _MD.format("- *Engagement Growth.\n  Increased* engagement rate by 65% across the web app")),  # read from line 3
        # FB: a "**" in a code span evened the count; a "<b>" in a comment balanced the real "</b>";
        # "</b/>", which a browser reads as "</b>", was passed over as a tag that closes itself
        ("cv.md", _MD.format("- **API Work. Rebuilt** the client to accept `**kwargs` across the SDK")),
        ("cv.html", _HTML.format("<li><b>Engagement Growth. Increased <!-- <b> --></b> engagement rate by 65% across the web app</li>")),
        ("cv.html", _HTML.format("<li><b>Claims Speed. Reduced</b/> claim handling time by 30% for the claims team</li>")),
    ],
)
def test_an_edit_that_would_leave_single_emphasis_or_a_hidden_mark_open_is_refused(tmp_path, name, text):
    """FA, FB: the check of ATK8 counted "**" and "__" in the raw text: a single "*", "_" or "~~"
    around a run-in title went uncounted, and a code span, a comment or "</b/>" fooled the count.
    The closing mark went with the words, the opening one ran on over the new text, exit 0."""
    resume = tmp_path / name
    resume.write_text(text, encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 3 if "\n  Increased" in text else 2))
    assert result.exit_code == 2 and "opens before the words this edit replaces and closes inside them" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == text


def test_marks_the_page_does_not_read_as_emphasis_do_not_refuse_an_edit(tmp_path):
    """FB: marks are read as the page reads them, so a "**" in a code span, a lone "*" after a
    number and an underscore inside a word leave the edit written (the raw count refused the first)."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        _MD.format(
            "- Rebuilt the client to accept `**kwargs` across the SDK\n"
            "- Rated 5* by the users of the claims app for the web team\n"
            "- Renamed the claims_team tables and cut 5 * 3 queries for the web app"
        ),
        encoding="utf-8",
    )
    result = _write(resume, _answers(tmp_path, 2, 3, 4))
    assert result.exit_code == 0, result.stderr
    assert resume.read_text(encoding="utf-8") == _MD.format(f"- {EDIT}\n- {EDIT}\n- {EDIT}")


@pytest.mark.parametrize(
    ("name", "text", "line", "written"),
    [
        (
            "cv.tex",
            "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
            "\\item Coordinated the launch \\label{launch} with twelve insurers\n\\end{itemize}\nSee item \\ref{launch}.\n\\end{document}\n",
            5,
            "\\item \\label{launch}Cut claim time 20\\% by ranking the backlog\n",
        ),
        ("cv.html", _HTML.format('<li>Coordinated the launch <a id="launch"></a>with twelve insurers for the app</li>'), 2, f'<li><a id="launch"></a>{EDIT}</li>'),
        ("cv.html", _HTML.format('<li>Coordinated the <span id="launch">launch with twelve</span> insurers for the app</li>'), 2, f'<li><span id="launch"></span>{EDIT}</li>'),
        ("cv.md", _MD.format('- Coordinated the launch <a name="launch"></a>with twelve insurers for the app'), 2, f'- <a name="launch"></a>{EDIT}\n'),
    ],
)
def test_a_link_target_in_the_replaced_words_is_kept_before_the_new_text(tmp_path, name, text, line, written):
    """FL: an invisible link target in the middle of a bullet (\\label, an anchor's id or name) went
    with the words, exit 0 and no word: every \\ref{launch} or href="#launch" pointed nowhere."""
    resume = tmp_path / name
    resume.write_text(text, encoding="utf-8")
    result = _write(resume, _answers(tmp_path, line))
    assert result.exit_code == 0, result.stderr
    assert written in resume.read_text(encoding="utf-8")


def test_a_markdown_attribute_block_naming_a_link_target_is_not_written_over(tmp_path):
    """FL: "{#launch}" names the element before it, which the new text replaces: po2pm cannot tell
    where to put it back, so the bullet is left as it was, saying why."""
    resume = tmp_path / "cv.md"
    text = _MD.format("- Coordinated the [launch]{#launch} with twelve insurers for the app")
    resume.write_text(text, encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 2))
    assert result.exit_code == 2 and "a link target ({#launch}) sits in the words this edit replaces" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == text
