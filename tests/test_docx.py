"""Word resumes: read with python-docx, positions a user can find in Word, written back with
every other part of the file untouched. Fixtures are built here with python-docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from typer.testing import CliRunner

from po2pm_rewrite.cli import app
from po2pm_rewrite.inputs import read_path

from .conftest import EXAMPLES
from .test_installed_command import run

runner = CliRunner()
RESUMES = EXAMPLES / "resumes"


def make_resume(path: Path) -> Path:
    """A resume as people lay them out in Word: styled headings, a bulleted list with a bold
    number, a numbered list, a table whose right cell holds the bullets, a typed-glyph paragraph,
    and a skills list that is not judged."""
    document = Document()
    document.add_paragraph("Sam Example", style="Title")  # paragraph 1
    document.add_heading("Experience", level=1)  # 2
    document.add_paragraph("Product Owner, Harbour Bank, 2021 - 2024")  # 3
    document.add_paragraph("Managed the product backlog for the mortgage team", style="List Bullet")  # 4
    item = document.add_paragraph("Increased team velocity by ", style="List Bullet")  # 5
    item.add_run("20%").bold = True
    item.add_run(" over three quarters")
    document.add_paragraph("Facilitated sprint planning and retrospectives for two teams", style="List Number")  # 6
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].text = "2018 - 2021"  # 7
    right = table.cell(0, 1)
    right.paragraphs[0].text = "Junior Product Owner, Calder Insurance"  # 8
    right.add_paragraph("Wrote user stories and acceptance criteria for the claims portal", style="List Bullet")  # 9
    document.add_paragraph("• Coordinated the release calendar with the operations team")  # 10
    document.add_heading("Skills", level=1)  # 11
    document.add_paragraph("Jira, Confluence, SQL, Figma, Miro", style="List Bullet")  # 12
    document.save(path)
    return path


def bullets_of(path: Path):
    from po2pm_rewrite.formats import extract

    source = read_path(path)
    assert source.error is None, source.error
    return extract(source.text, source.format)


def bullets_of_document(document, tmp_path: Path):
    """The bullets po2pm reads from a document built in a test, saved as cv.docx."""
    path = tmp_path / "cv.docx"
    document.save(path)
    return bullets_of(path)


def extract_report_of_document(document, tmp_path: Path, linter):
    """What `po2pm extract` reads of a document built in a test, saved as cv.docx: the claims kept,
    the lines left out, and the notes."""
    from po2pm_rewrite.engine import Source

    path = tmp_path / "cv.docx"
    document.save(path)
    source = read_path(path)
    (kept, skipped, notes, _), = linter.extract_report([Source(str(path), source.text, format=source.format)])
    return kept, skipped, notes


def test_word_list_items_tables_and_glyph_paragraphs_are_bullets_headings_and_skills_are_not(tmp_path):
    bullets = bullets_of(make_resume(tmp_path / "resume.docx"))
    assert [(b.text, b.start.line, b.start.column) for b in bullets] == [
        ("Managed the product backlog for the mortgage team", 4, 1),
        ("Increased team velocity by 20% over three quarters", 5, 1),
        ("Facilitated sprint planning and retrospectives for two teams", 6, 1),
        ("Wrote user stories and acceptance criteria for the claims portal", 9, 1),
        # a typed glyph is part of the paragraph: the bullet starts after it
        ("Coordinated the release calendar with the operations team", 10, 3),
    ]


def test_a_word_sub_heading_stays_inside_the_section_above_it(tmp_path):
    """Set P: a Word CV's "Heading 4" parts (Cloud, AI and Data) of its "Heading 3" Training and
    Qualifications section read course titles as claims: every heading was one level."""
    document = Document()
    document.add_heading("Professional Experience", level=3)
    document.add_paragraph("Led the move of the billing platform to the cloud for 40 product teams", style="List Bullet")
    document.add_heading("Training and Qualifications", level=3)
    document.add_heading("Cloud and Infrastructure", level=4)
    document.add_paragraph("Advanced Architecting on AWS, Jun 2025", style="Compact" if "Compact" in document.styles else "List Bullet")
    document.add_heading("Leadership and Agile Methodologies", level=4)
    document.add_paragraph("Design Thinking Immersive Training, September 2022", style="List Bullet")
    path = tmp_path / "cv.docx"
    document.save(path)
    assert [bullet.text for bullet in bullets_of(path)] == ["Led the move of the billing platform to the cloud for 40 product teams"]


def test_prose_set_in_a_heading_style_is_read_and_a_title_in_one_is_not(tmp_path):
    """Set AI: a resume set each project's description in "Heading 4"; its claims were read as
    headings, in silence."""
    document = Document()
    document.add_heading("Projects", level=1)
    document.add_heading("Claims Tracker – Web App", level=4)
    document.add_heading("Built a claims tracker for the support desk. Cut the time to find a case by half.", level=4)
    document.add_heading("Route Planner for Field Engineers", level=4)
    path = tmp_path / "cv.docx"
    document.save(path)
    assert [bullet.text for bullet in bullets_of(path)] == ["Built a claims tracker for the support desk. Cut the time to find a case by half."]


def test_a_roles_label_and_its_work_in_a_heading_style_is_prose_under_employment_background(tmp_path, linter):
    """Set AO: a student's Word file set everything in a "Heading" style; a role's label and what
    was done ("Retail Worker, and Tour Guide: Guided tourists ...") read as a heading closed the
    Employment Background section, and the three jobs' claims were lost in silence, while the
    contact line was read as the one claim."""
    document = Document()
    document.add_paragraph("12 Main Street\t•\tSpringfield\t•\tCell: 1(555) 682-8267\t•\tEmail: someone@example.com", style="List Bullet")
    document.add_heading("EMPLOYMENT BACKGROUND:", level=1)
    document.add_heading("2016-2017  Chocolate Factory", level=1)
    document.add_heading("Retail Worker, and Tour Guide: Guided tourists on a walk through the factory and its history", level=1)
    document.add_heading("Shift-lead, Cashier: Prepared the pizzas for the dine-in and delivery orders every evening", level=1)
    kept, skipped, _ = extract_report_of_document(document, tmp_path, linter)
    assert [bullet.text for bullet in kept] == [
        "Retail Worker, and Tour Guide: Guided tourists on a walk through the factory and its history",
        "Shift-lead, Cashier: Prepared the pizzas for the dine-in and delivery orders every evening",
    ]
    assert [item.reason for item in skipped] == ["personal detail"]


def test_a_fields_experience_in_a_plain_paragraph_opens_experience_and_month_dates_mark_a_job_line(tmp_path):
    """Set AI: a Word file's "Journalism Experience", a plain paragraph, was read as part of the
    Education above it (nine claims lost); an employer line dated "10/14 – Present" was read as a
    claim, with the title line below joined to it."""
    document = Document()
    for text in (
        "Education",
        "Lakeside University | Evanston, IL\t\t06/17 (expected)",
        "Journalism Experience",
        "Campus Weekly | Evanston, IL. A student-run online music magazine.\t\t\t 03/14 – Present",
        "Assistant Editor\t\t\t 03/14 – 09/14, 01/15 – Present",
        "Designed news apps for the magazine's online readers using HTML and CSS",
    ):
        document.add_paragraph(text)
    path = tmp_path / "cv.docx"
    document.save(path)
    assert [bullet.text for bullet in bullets_of(path)] == ["Designed news apps for the magazine's online readers using HTML and CSS"]


def test_an_involvement_section_is_read_and_a_volunteers_entry_line_is_no_claim(tmp_path, linter):
    """Round SK: a Word file's "PROFESSIONAL INVOLVEMENT" section, a plain paragraph in capitals,
    was read as a heading po2pm does not know, and its claim was dropped in silence; an entry line
    "Org, Volunteer - Place" was read as a claim where "Org, Research Assistant - Place" was not."""
    document = Document()
    for text in (
        "WORK EXPERIENCE",
        "Acme Clinic, Physical Therapy Technician - Austin, Texas",
        "May 2019 – January 2020",
        "Demonstrated prescribed exercises to patients and monitored them",
        "COMMUNITY SERVICE",
        "Habitat for Humanity, Volunteer - Austin, Texas",
        "January 2019 – Present",
        "Installed windows, trim and cabinets in four new homes",
        "PROFESSIONAL INVOLVEMENT",
        "Leadership Network Scholarship\t\t\t, Member - University of Texas",
        "August 2016 – Present",
        "Selected by the university to take part in a weekly seminar on leadership and networking",
    ):
        document.add_paragraph(text)
    kept, skipped, _ = extract_report_of_document(document, tmp_path, linter)
    assert "Habitat for Humanity, Volunteer - Austin, Texas" in [item.bullet.text for item in skipped]
    assert [bullet.text for bullet in kept] == [
        "Demonstrated prescribed exercises to patients and monitored them",
        "Installed windows, trim and cabinets in four new homes",
        "Selected by the university to take part in a weekly seminar on leadership and networking",
    ]


def test_a_paragraph_whose_numbering_is_switched_off_is_not_a_list_item(tmp_path):
    document = Document()
    document.add_heading("Experience", level=1)
    paragraph = document.add_paragraph("Product Owner at Harbour Bank since the spring of 2021", style="List Bullet")
    numbering = OxmlElement("w:numPr")
    number_id = OxmlElement("w:numId")
    number_id.set(qn("w:val"), "0")
    numbering.append(number_id)
    paragraph._p.get_or_add_pPr().append(numbering)
    document.save(tmp_path / "off.docx")
    source = read_path(tmp_path / "off.docx")
    assert "\x1f" not in source.text


def test_a_finding_names_the_paragraph_and_the_character_in_it(tmp_path):
    path = make_resume(tmp_path / "resume.docx")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}:4:13: PO101 Backlog or roadmap administration ('product backlog')" in result.output
    assert f"{path}:5:16: PO106 The result ('velocity')" in result.output
    # inside a table cell, and after a typed glyph (the glyph counts: it is in the paragraph)
    assert f"{path}:9:1: PO101" in result.output and f"{path}:10:3: PO104" in result.output


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_every_shipped_sample_resume_reads_the_same_in_word_and_pdf(linter, suffix):
    """The Word and PDF copies of each sample give the same bullets (in a PDF, glyph bullets with
    hanging indents, wrapped lines joined) and the same findings, except where the original
    silences a bullet with a comment (Word and PDF have none)."""
    from po2pm_rewrite.formats import extract

    for original in sorted(RESUMES.iterdir()):
        if original.suffix in (".docx", ".pdf") or not original.is_file():
            continue
        document = original.with_suffix(suffix)
        assert document.exists(), f"{document} is missing: python scripts/make_documents.py makes it"
        source, copy = read_path(original), read_path(document)
        first = extract(source.text, source.format)
        second = extract(copy.text, copy.format)
        assert [b.text for b in first] == [b.text for b in second], original.name
        silenced = {b.text for b in first if b.suppress_all or b.suppressed}
        found_first = linter.analyze([b for b in first if b.text not in silenced])
        found_second = linter.analyze([b for b in second if b.text not in silenced])
        assert [sorted(f.rule for f in r.findings) for r in found_first] == [sorted(f.rule for f in r.findings) for r in found_second], original.name


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_write_changes_only_the_bullets_text_and_keeps_style_numbering_and_kept_runs(tmp_path):
    path = make_resume(tmp_path / "resume.docx")
    before = _parts(path)
    answers = tmp_path / "answers.toml"
    answers.write_text(
        '[[bullet]]\nline = 5\nedit = "Increased team velocity by 20% over three quarters, so support fixes reached customers in days"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["rewrite", str(path), "--answers", str(answers), "--write"])
    assert result.exit_code == 0, result.output
    after = _parts(path)
    assert after.keys() == before.keys()
    assert [name for name in before if before[name] != after[name]] == ["word/document.xml"]
    paragraph = Document(str(path)).paragraphs[4]
    assert paragraph.text == "Increased team velocity by 20% over three quarters, so support fixes reached customers in days"
    assert paragraph.style.name == "List Bullet"
    assert [(run.text, bool(run.bold)) for run in paragraph.runs][:2] == [("Increased team velocity by ", False), ("20%", True)]
    assert _parts(Path(f"{path}.po2pm.bak")) == before


def test_a_rewrite_across_differently_formatted_runs_says_what_it_could_not_keep(tmp_path):
    path = make_resume(tmp_path / "resume.docx")
    answers = tmp_path / "answers.toml"
    answers.write_text('[[bullet]]\nline = 5\nedit = "Cut claim handling time 20% for adjusters"\n', encoding="utf-8")
    result = runner.invoke(app, ["rewrite", str(path), "--answers", str(answers), "--write"])
    assert result.exit_code == 0, result.output
    assert "paragraph 5: the rewritten part had mixed formatting" in result.output
    assert Document(str(path)).paragraphs[4].text == "Cut claim handling time 20% for adjusters"


def test_a_file_that_is_not_a_word_document_is_refused_with_one_line(tmp_path):
    broken = tmp_path / "resume.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    result = runner.invoke(app, ["check", str(broken)])
    assert result.exit_code == 2
    assert "not a Word document that can be read" in result.output
    assert "Traceback" not in result.output


def test_the_installed_command_checks_a_word_resume():
    result = run("check", "--format", "json", str(RESUMES / "backlog-heavy-po.docx"))
    assert result.returncode == 1, result.stderr
    assert '"line": 8' in result.stdout and "PO101" in result.stdout


# -- PDF, read only -----------------------------------------------------------------------------
DOCUMENTS = Path(__file__).resolve().parent / "data" / "documents"


def _pdf_word(text: str, x0: float, top: float, size: float = 10.0, letter: float = 6) -> dict[str, object]:
    """One word as pdfplumber gives it, `letter` points a character; `size` sets its height too."""
    return {"text": text, "x0": x0, "x1": x0 + letter * len(text), "top": top, "bottom": top + size, "size": size}


def _pdf_line(text: str, x0: float, top: float, size: float = 10.0, letter: float = 6, space: float = 4) -> list[dict[str, object]]:
    """The words of a line of text set from x0, `space` points apart."""
    words, x = [], x0
    for piece in text.split():
        words.append(_pdf_word(piece, x, top, size, letter))
        x += letter * len(piece) + space
    return words


def test_a_two_column_pdf_is_read_column_by_column_and_says_so():
    result = runner.invoke(app, ["extract", str(DOCUMENTS / "two-column.pdf")])
    assert result.exit_code == 0, result.output
    assert "note: page 1 has two columns: read the left one, then the right one" in result.output
    # a bullet that wraps in the right column is whole, with nothing of the left column in it
    assert "  Liaised between marketing stakeholders and the development teams to clarify requirements for campaign features\n" in result.output
    assert result.output.count("\n  ") >= 9


def test_a_two_column_page_under_a_name_set_across_it_is_still_two_columns():
    """A sidebar layout puts the name and title across the whole page: the gutter had one line
    across it, so the page was read as one column and every line mixed sidebar and claim."""
    from po2pm_rewrite.formats.pdf import _columns_and_gutter

    def word(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "size": 10.0}

    header = [word("Senior", 150, 190, 10), word("Product", 192, 240, 10), word("Manager", 242, 300, 10)]
    left = [word(f"side{i}", 72, 180, 30 + 12 * i) for i in range(20)]
    right = [word(f"claim{i}", 250, 520, 30 + 12 * i) for i in range(20)]
    columns = _columns_and_gutter(header + left + right)[0]
    assert [[w["text"] for w in column] for column in columns] == [
        ["Senior", "Product", "Manager"], [w["text"] for w in left], [w["text"] for w in right]
    ]


def test_a_section_title_with_a_note_in_brackets_names_its_section():
    from po2pm_rewrite.extract import is_achievement_section, section_title

    title = section_title("Product Experience (* = acquired)", False)
    assert title == "product experience" and is_achievement_section(title)


def test_a_pdf_finding_names_page_and_line(tmp_path):
    pdf = RESUMES / "backlog-heavy-po.pdf"
    result = runner.invoke(app, ["check", "--format", "text", str(pdf)])
    assert f"{pdf}:8:3 (page 1, line 8)\n  Managed the product backlog for the mortgage applications team" in result.output
    import json

    document = json.loads(runner.invoke(app, ["check", "--format", "json", str(pdf)]).stdout)
    first = document["files"][0]["bullets"][0]
    assert (first["page"], first["page_line"], first["text"]) == (1, 8, "Managed the product backlog for the mortgage applications team")


def test_a_scanned_pdf_is_refused_with_one_line_and_exit_2():
    result = runner.invoke(app, ["check", str(DOCUMENTS / "scanned.pdf")])
    assert result.exit_code == 2
    assert "has no text layer (a scanned image?): po2pm cannot read it" in result.output
    assert "Traceback" not in result.output


def test_write_on_a_pdf_is_refused_and_the_file_is_untouched(tmp_path):
    pdf = tmp_path / "resume.pdf"
    pdf.write_bytes((RESUMES / "backlog-heavy-po.pdf").read_bytes())
    result = runner.invoke(app, ["rewrite", str(pdf), "--write", "--pick", "1", "--allow-placeholders"])
    assert result.exit_code == 2
    assert "po2pm does not write PDF files; nothing written" in result.output
    assert pdf.read_bytes() == (RESUMES / "backlog-heavy-po.pdf").read_bytes()
    assert not (tmp_path / "resume.pdf.po2pm.bak").exists()


def test_a_text_box_stored_twice_by_word_is_read_once(tmp_path):
    """Word keeps each text box as a modern shape and an old-style fallback copy (mc:Choice and
    mc:Fallback): reading both would judge every bullet in it twice."""
    from lxml import etree

    document = Document()
    document.add_heading("Experience", level=1)
    anchor = document.add_paragraph()
    box = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<mc:Choice Requires=\"wps\"><w:txbxContent><w:p><w:r><w:t>• Managed the product backlog for the claims team</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
        "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>• Managed the product backlog for the claims team</w:t></w:r></w:p></w:txbxContent></mc:Fallback>"
        "</mc:AlternateContent>"
    )
    run = anchor.add_run()
    run._r.append(etree.fromstring(box))
    document.save(tmp_path / "boxed.docx")
    assert [b.text for b in bullets_of(tmp_path / "boxed.docx")] == ["Managed the product backlog for the claims team"]


@pytest.mark.slow
def test_an_interactive_session_finishes_a_word_bullet(tmp_path):
    """--interactive on a .docx: the answers go into the paragraph, its style and the file's other
    parts stay."""
    pexpect = pytest.importorskip("pexpect")
    from .test_installed_command import choose_the_first_and_answer, installed_command

    document = Document()
    document.add_heading("Experience", level=1)
    document.add_paragraph("Managed the product backlog for the claims team", style="List Bullet")
    path = tmp_path / "resume.docx"
    document.save(path)
    before = _parts(path)
    child = pexpect.spawn(installed_command(), ["rewrite", "--no-cache", "--interactive", str(path)], encoding="utf-8", timeout=120)
    choose_the_first_and_answer(child, "renewals at risk from 40 brokers")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    paragraph = Document(str(path)).paragraphs[1]
    assert paragraph.text.startswith("Managed the product backlog for the claims team") or "managing the product backlog" in paragraph.text
    assert "renewals at risk from 40 brokers" in paragraph.text and "[" not in paragraph.text
    assert paragraph.style.name == "List Bullet"
    after = _parts(path)
    assert [name for name in before if before[name] != after[name]] == ["word/document.xml"]


def test_a_bullet_glyph_drawn_below_its_text_sits_on_its_text_line():
    """Set M: Word's PDF export drew the Wingdings dot 3.3 points below its text (more than the
    line tolerance): bullets were split, cut short or lost."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    def word(text: str, x0: float, x1: float, top: float, bottom: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": 10.0}

    words = [
        word("•", 50, 55, 517.3, 523.8), word("Leading", 60, 100, 514.0, 526.0), word("four", 102, 125, 514.0, 526.0),
        word("squads,", 127, 165, 514.0, 526.0), word("ensuring", 167, 210, 514.0, 526.0),
        word("alignment", 60, 110, 527.8, 539.8), word("with", 112, 135, 527.8, 539.8), word("OKRs.", 137, 170, 527.8, 539.8),
        word("•", 50, 55, 544.9, 551.4), word("Increased", 60, 110, 541.6, 553.6), word("velocity", 112, 150, 541.6, 553.6),
    ]
    assert _render_lines(_lines(words), 10.0) == [
        "• Leading four squads, ensuring",
        "  alignment with OKRs.",
        "• Increased velocity",
    ]


def test_an_icon_font_glyph_with_no_character_behind_it_marks_a_bullet():
    """Set AI: every bullet of a PDF was a Font Awesome icon, which pdfminer writes "(cid:102)",
    set a little below its line's top: 35 claims were read as lines with no list mark."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    def word(text: str, x0: float, x1: float, top: float, bottom: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": 10.0}

    words = [
        word("(cid:102)", 44.6, 50.6, 226.8, 232.7), word("Led", 54.3, 70, 223.2, 234.1), word("the", 72, 85, 223.2, 234.1),
        word("claims", 87, 120, 223.2, 234.1), word("portal", 54.3, 85, 236.8, 247.7), word("rebuild.", 87, 125, 236.8, 247.7),
        word("\uf0da", 44.6, 50.6, 256.0, 261.9), word("Cut", 54.3, 70, 252.4, 263.3), word("costs.", 72, 100, 252.4, 263.3),
    ]
    assert _render_lines(_lines(words), 10.0) == ["• Led the claims", "  portal rebuild.", "• Cut costs."]



def test_a_symbol_with_no_character_inside_a_line_is_no_list_mark():
    """Round SD: a TeX arrow with no character behind it ("0(cid:25)1", "research(cid:25)production")
    was taken for an icon bullet in mid-line, and a claim was cut in two."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    def word(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 9.0, "size": 9.0}

    words = [
        word("(cid:136)", 28.8, 32.0, 100.0), word("Built", 36.0, 55.0, 100.0), word("0", 58.0, 62.6, 100.0),
        word("(cid:25)", 62.6, 71.0, 100.0), word("1", 71.0, 75.6, 100.0), word("platform", 78.0, 110.0, 100.0),
    ]
    assert _render_lines(_lines(words), 9.0) == ["• Built 0 – 1 platform"]


def test_a_mark_that_pdfminer_gives_no_width_marks_a_bullet():
    """Set AV: every bullet of a two-column PDF was "(cid:127)" with no width (x0 == x1): the mark
    took itself for the word beside it, stayed as text, and the file read as empty."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    def word(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 8.5, "size": 8.5}

    words = [
        word("(cid:127)", 30.0, 30.0, 169.3), word("Built", 39.0, 55.5, 169.3), word("the", 58, 70, 169.3), word("app.", 73, 90, 169.3),
        word("(cid:127)", 30.0, 30.0, 195.3), word("Cut", 39.0, 52, 195.3), word("costs.", 55, 80, 195.3),
    ]
    assert _render_lines(_lines(words), 8.5) == ["• Built the app.", "• Cut costs."]


def test_a_symbol_font_mark_a_hanging_indent_away_marks_a_bullet_but_a_heading_icon_does_not():
    """Set AQ: a Word PDF's bullets were a symbol font's mark ("(cid:120)") a point above its text
    and 13.4 points left of it (Word's quarter-inch hanging indent): ten claims were read as
    lines with no list mark. An icon before a heading set larger than the text (a graduation cap
    before "Education") stays no list mark, or the heading would be read as a claim."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    def word(text: str, x0: float, x1: float, top: float, bottom: float, size: float = 10.0) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": size}

    words = [
        word("\uf19d", 43.2, 61.6, 90.8, 105.2, 14.3), word("Education", 67.1, 142.5, 91.6, 105.9, 14.3),
        word("(cid:120)", 49.0, 53.6, 158.4, 168.4), word("Cut", 67.0, 81.4, 159.3, 169.3), word("product", 84, 120, 159.3, 169.3),
        word("loss", 123, 140, 159.3, 169.3), word("by", 67.0, 78, 171.4, 181.4), word("half.", 81, 100, 171.4, 181.4),
    ]
    assert _render_lines(_lines(words), 10.0) == ["# \uf19d Education", "• Cut product loss", "  by half."]

def test_a_dot_drawn_a_point_wide_where_the_text_starts_marks_its_bullet():
    """Set RC: a designed PDF drew each bullet's dot 0.75 points high at the very x where its
    text starts, half way down a two-line bullet; the dot made a line of its own between the
    bullet's lines, and each two-line claim was read as two."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    def dot(top: float) -> dict[str, object]:
        return {"text": "\u2022", "x0": 60.9, "x1": 61.1, "top": top, "bottom": top + 0.7, "size": 0.75}

    words = (
        _pdf_line("Led the rebuild of the booking app", 60.9, 487.0, 11) + [dot(494.5)]
        + _pdf_line("for 4,000 clinics.", 60.9, 500.5, 11)
        + _pdf_line("Cut onboarding time by half", 60.9, 514.0, 11) + [dot(521.5)]
        + _pdf_line("for new clinics.", 60.9, 527.5, 11)
    )
    assert _render_lines(_lines(words), 11.0) == [
        "\u2022 Led the rebuild of the booking app", "  for 4,000 clinics.", "\u2022 Cut onboarding time by half", "  for new clinics.",
    ]


def test_altacv_item_and_sub_item_marks_are_bullet_glyphs():
    """Round RJ: an AltaCV PDF's "∙" items and "◁" sub-items (U+2219, U+25C1) were words, not
    marks: 28 claims of one file left out as lines without a list mark."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    words = (
        _pdf_line("\u2219 Led the rebuild of the booking app", 60, 100) + _pdf_line("for 4,000 clinics.", 70, 114)
        + _pdf_line("\u25c1 Cut onboarding time by half", 70, 128)
    )
    lines = _lines(words)
    assert [line.glyph for line in lines] == [True, False, True]
    assert lines[0].text_x0 == 70  # where its text starts, so the next line wraps on from it
    assert _render_lines(lines, 10.0)[:2] == ["\u2219 Led the rebuild of the booking app", "  for 4,000 clinics."]


def test_a_section_label_in_a_narrow_left_column_is_its_own_line():
    """Set M: a web page printed to PDF set "Work Experience" in a left column on the line of the
    first employer ("Work Experience Indiana University, ..."): no section was seen and the
    file read as empty."""
    from po2pm_rewrite.formats.pdf import _lines

    words = [_pdf_word("Work", 37, 337), _pdf_word("Experience", 68, 337), _pdf_word("Northwind", 118, 337), _pdf_word("Bank", 180, 337)]
    for row in range(4):
        words += [_pdf_word("Maintained", 118, 351 + 14 * row), _pdf_word("sites", 190, 351 + 14 * row)]
    assert [line.text for line in _lines(words)][:3] == ["Work Experience", "Northwind Bank", "Maintained sites"]
    # a line whose first words name no section stays whole
    words[:2] = [_pdf_word("Andrew", 37, 337), _pdf_word("Hill", 80, 337)]
    assert _lines(words)[0].text == "Andrew Hill Northwind Bank"


@pytest.mark.slow
def test_a_clause_added_after_a_bold_number_takes_the_body_text_format(tmp_path):
    """A Word user's trial (session 16): a bullet that ends in a bold figure got its added clause
    in bold too (the run the insertion touched)."""
    document = Document()
    document.add_heading("Experience", level=1)
    # (the trial's own bullet, "Wrote user stories for the claims portal used by 40 adjusters", is
    # not flagged since set Z joined the weights: the same ending, more clearly delivery work)
    item = document.add_paragraph("Wrote user stories and acceptance criteria for the claims portal used by ", style="List Bullet")
    item.add_run("40 adjusters").bold = True
    path = tmp_path / "cv.docx"
    document.save(path)
    result = CliRunner().invoke(app, ["rewrite", "--no-cache", "--write", "--allow-placeholders", str(path)])
    assert result.exit_code == 0, result.output
    paragraph = next(p for p in Document(str(path)).paragraphs if p.text.startswith("Wrote"))
    assert paragraph.text.startswith("Wrote user stories and acceptance criteria for the claims portal used by 40 adjusters, ")
    bold = "".join(run.text for run in paragraph.runs if run.bold)
    assert bold == "40 adjusters"  # the figure stays bold, and nothing added is


def test_a_pdf_bullet_that_goes_on_over_a_page_break_keeps_its_end(monkeypatch):
    """Set U: a Google Docs PDF's bullet ended on the next page ("... 15% improvement in
    product-market fit" / "metrics, and direct contribution to 15% revenue growth ($2.8M ARR).");
    the page's blank line closed the bullet and its result was lost in silence."""
    from po2pm_rewrite.formats import pdf

    first = _pdf_line("EXPERIENCE", 72, 60) + _pdf_line("• Drove the partner programme across 5 verticals, resulting in", 72, 80) + _pdf_line("10% more engagement and 15% better product-market fit", 82, 92)
    second = _pdf_line("metrics, and 15% revenue growth ($2.8M ARR).", 72, 60) + _pdf_line("• Ran the pricing test for the clinic plan.", 72, 74)
    monkeypatch.setattr(pdf, "_pages", lambda data: [first, second])
    rendered = pdf.render_pdf(b"")
    assert "10% more engagement and 15% better product-market fit\n  metrics, and 15% revenue growth" in rendered.text
    assert rendered.page_starts == (1, 4)
    # a page that opens with a new line of its own keeps the blank line
    second[:] = _pdf_line("Ran the pricing test for the clinic plan.", 72, 60)
    assert "\n\nRan the pricing test" in pdf.render_pdf(b"").text


def test_a_pdf_gap_before_a_comma_or_full_stop_is_no_space(monkeypatch):
    """Set U: "with 50K+ patients , increasing ...", "by 52% ." where the PDF set a gap before
    the punctuation."""
    from po2pm_rewrite.formats import pdf

    words = [
        {"text": text, "x0": x0, "x1": x0 + 30, "top": 80, "bottom": 90, "size": 10.0}
        for text, x0 in (("•", 72), ("Served", 82), ("50K+", 120), ("patients", 160), (",", 196), ("cutting", 206), ("waits", 246), ("by", 280), ("52%", 300), (".", 336))
    ]
    monkeypatch.setattr(pdf, "_pages", lambda data: [words])
    assert "• Served 50K+ patients, cutting waits by 52%." in pdf.render_pdf(b"").text


def test_a_word_paragraph_of_a_job_line_and_its_bullets_after_soft_breaks_is_read(tmp_path):
    """Set AF: a Word file kept each job as one paragraph, its title line and "•" bullets
    separated by soft line breaks; its 12 claims were dropped in silence and its Core Expertise
    list read instead."""
    from docx import Document

    from po2pm_rewrite.engine import Linter
    from po2pm_rewrite.inputs import read_path
    from po2pm_rewrite.rules import load_ruleset

    document = Document()
    document.add_paragraph("CORE EXPERTISE")
    document.add_paragraph("• Calibration of medical devices\n• Root cause analysis")
    document.add_paragraph("PROFESSIONAL EXPERIENCE")
    document.add_paragraph(
        "Service Technologist, Northwind Clinics, Leeds          Aug 2022 – Sep 2025\n"
        "• Provided on-site technical support across four clinics\n"
        "• Cut equipment downtime by 35% with a preventive maintenance plan"
    )
    path = tmp_path / "cv.docx"
    document.save(path)
    source = read_path(path)
    (kept, skipped, _, error), = Linter(load_ruleset()).extract_report([source])
    assert error is None
    assert [b.text for b in kept] == [
        "Provided on-site technical support across four clinics",
        "Cut equipment downtime by 35% with a preventive maintenance plan",
    ]
    assert [s.bullet.text.split(",")[0] for s in skipped] == ["Service Technologist"]


def test_a_word_paragraph_that_types_its_list_with_dashes_after_soft_breaks_is_read_item_by_item(tmp_path, linter):
    """Set AZ: each job, project and skills group of a Word resume was one paragraph, a title line
    and "- " lines after soft breaks; the lines ran together into one, and of 15 claims none was
    read whole (a job's 3 dropped in silence). Each line is read where it stands in the paragraph,
    and a group title inside a Skills paragraph opens no section of its own."""
    document = Document()
    document.add_heading("Skills", level=1)
    document.add_paragraph("PRODUCT DELIVERY\n- Backlog refinement, release planning\n- Stakeholder updates, risk logs")
    document.add_heading("Experience", level=1)
    job = "Product Owner – Harbour Bank | Jan 2021 – Mar 2024\n- Ran the mortgage app's backlog for two teams\n- Cut the loan form from 9 steps to 5 after usability tests"
    document.add_paragraph(job)
    kept, skipped, _ = extract_report_of_document(document, tmp_path, linter)
    assert [b.text for b in kept] == ["Ran the mortgage app's backlog for two teams", "Cut the loan form from 9 steps to 5 after usability tests"]
    assert [(b.position(0).line, b.position(0).column) for b in kept] == [(4, job.index("Ran") + 1), (4, job.index("Cut") + 1)]
    assert [(s.bullet.text, s.reason) for s in skipped] == [("Product Owner – Harbour Bank | Jan 2021 – Mar 2024", "job title")]


def _answered_soft_break_list(tmp_path, text: str, answers: str):
    """The paragraph of a Word file under Experience holding `text` (lines typed as a list after
    soft breaks), once `rewrite --write` has applied `answers` to it."""
    document = Document()
    document.add_heading("Experience", level=1)
    document.add_paragraph(text)
    path = tmp_path / "cv.docx"
    document.save(path)
    answers_path = tmp_path / "answers.toml"
    answers_path.write_text(answers, encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", str(path), "--answers", str(answers_path), "--write"])
    assert result.exit_code == 0, result.output
    return Document(str(path)).paragraphs[1]


def test_a_rewrite_of_one_line_of_a_soft_break_list_keeps_the_other_lines_and_the_breaks(tmp_path):
    paragraph = _answered_soft_break_list(
        tmp_path,
        "Product Owner – Harbour Bank | 2021 – 2024\n- Ran the mortgage app's backlog for two teams\n- Wrote the release notes",
        '[[bullet]]\ntext = "Wrote the release notes"\nedit = "Wrote the release notes that cut support calls about new features by a third"\n',
    )
    assert paragraph.text == (
        "Product Owner – Harbour Bank | 2021 – 2024\n- Ran the mortgage app's backlog for two teams\n"
        "- Wrote the release notes that cut support calls about new features by a third"
    )


def test_two_lines_of_a_soft_break_list_rewritten_in_one_run_keep_the_break_between_them(tmp_path):
    """Attack round ATK9 (FD): two items of one paragraph typed as a list, answered together,
    were diffed as one change that ran over the line break between them, and the break's
    control character went into the text: "internal error: ValueError", exit 3."""
    paragraph = _answered_soft_break_list(
        tmp_path,
        "Acme (2019-2023)\n- Managed the product backlog for the claims team\n- Ran daily standups for two teams\n- Owned the roadmap for the payments app",
        '[[bullet]]\ntext = "Ran daily standups for two teams"\nedit = "Cut claim time 20% by ranking the backlog"\n'
        '[[bullet]]\ntext = "Managed the product backlog for the claims team"\nedit = "Grew retention 5% by fixing onboarding"\n',
    )
    assert paragraph.text == "Acme (2019-2023)\n- Grew retention 5% by fixing onboarding\n- Cut claim time 20% by ranking the backlog\n- Owned the roadmap for the payments app"
    assert len(paragraph._p.xpath(".//w:br")) == 3


def test_a_word_file_whose_resume_is_pictures_says_so(tmp_path):
    """A resume pasted into Word as an image read as empty with only the general note."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    picture = tmp_path / "page.png"
    picture.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")
    )
    document = Document()
    document.add_paragraph("Sam Example")
    document.add_picture(str(picture))
    path = tmp_path / "cv.docx"
    document.save(path)
    result = CliRunner().invoke(app, ["check", "--no-cache", str(path)])
    assert result.exit_code == 2
    assert f"po2pm: note: {path}: its text is almost all in 1 picture, which po2pm cannot read" in result.stderr


def test_a_bulleted_paragraph_in_a_heading_style_is_a_claim(tmp_path):
    """Set AK: a resume set its job bullets in "Heading 1" with a bullet of their own; 7 claims were
    read as headings, in silence. A heading numbered by its style ("1. Experience") stays a heading."""
    document = Document()
    document.add_heading("Experience", level=1)
    document.add_heading("Frontend Developer, Harbour Bank", level=2)
    bullet_num_id = document.styles["List Bullet"].element.pPr.numPr.numId.val
    titled = "Encrypted File Transfer – Secure Data Transmission        January 2025"  # a project's title (set AH)
    for text in ("Delivered two booking websites for local clinics", titled, "Cut the page load time of the booking form by half"):
        paragraph = document.add_heading(text, level=1)
        num_pr = OxmlElement("w:numPr")
        level, num_id = OxmlElement("w:ilvl"), OxmlElement("w:numId")
        level.set(qn("w:val"), "0")
        num_id.set(qn("w:val"), str(bullet_num_id))
        num_pr.append(level)
        num_pr.append(num_id)
        paragraph._p.get_or_add_pPr().append(num_pr)
    document.add_heading("Education", level=1)
    assert [bullet.text for bullet in bullets_of_document(document, tmp_path)] == [
        "Delivered two booking websites for local clinics",
        "Cut the page load time of the booking form by half",
    ]


def test_a_word_paragraph_with_no_full_stop_is_not_carried_on_into_the_next(tmp_path):
    """Set AK: an unmarked claim with no full stop ran into the title of the next entry ("... a
    growing fan base of almost 2000 Teaching Assistant"): a Word paragraph is whole, not a wrapped line."""
    document = Document()
    for text in (
        "Experience",
        "Harbour Music",
        "Earned thousands in revenue from streaming and live shows, and grew a fan base of almost 2000 listeners",
        "Teaching Assistant",
        "Graded the coursework and answered the questions of 120 students in the business computing class",
    ):
        document.add_paragraph(text)
    assert [bullet.text for bullet in bullets_of_document(document, tmp_path)] == [
        "Earned thousands in revenue from streaming and live shows, and grew a fan base of almost 2000 listeners",
        "Graded the coursework and answered the questions of 120 students in the business computing class",
    ]


def test_a_two_column_pdf_page_whose_main_column_goes_on_on_the_next_page_is_read_right_first(monkeypatch):
    """Set AL: the left column ended in the work history, the right one in Strengths; page 2 went
    on with the work history, was read under Strengths, and its claims were lost in silence."""
    from po2pm_rewrite.formats import extract, pdf

    def pdf_line(text: str, x0: float, top: float, size: float = 10.0) -> list[dict[str, object]]:
        return _pdf_line(text, x0, top, size, letter=5, space=3)

    claims = [f"• Rebuilt claims form {n} for brokers" for n in range(1, 8)]
    strengths = [f"• Calm under pressure {n}" for n in range(1, 8)]
    first = pdf_line("WORK HISTORY", 40, 60, 14) + pdf_line("STRENGTHS", 330, 60, 14)
    for row, (claim, strength) in enumerate(zip(claims, strengths)):
        first += pdf_line(claim, 40, 80 + 14 * row) + pdf_line(strength, 330, 80 + 14 * row)
    second = pdf_line("• Cut claim handling time from five days to two", 40, 60) + pdf_line("• Trained 12 new adjusters", 40, 74)
    monkeypatch.setattr(pdf, "_pages", lambda data: [first, second])
    rendered = pdf.render_pdf(b"")
    assert rendered.notes == ("page 1 has two columns: read the right one, then the left one, whose section goes on on page 2",)
    assert [b.text for b in extract(rendered.text, "pdf")] == [claim[2:] for claim in claims] + [
        "Cut claim handling time from five days to two",
        "Trained 12 new adjusters",
    ]


def test_a_heading_typed_after_a_space_closes_the_list_item_before_it(tmp_path):
    """Set AM: " CORE COMPETENCIES " (a Normal paragraph, centred and bordered, a space before it)
    was read as the tail of the claim above it, and the skills under it as claims, while the
    section was listed as not read."""
    document = Document()
    document.add_heading("Experience", level=1)
    document.add_paragraph("Cut the time to build a test environment from a day to an hour.", style="List Bullet")
    document.add_paragraph(" CORE COMPETENCIES ")
    for skill in ("Microsoft Server and Desktop Operating Systems", "DevOps Tools including Jenkins, Git and Artifactory"):
        document.add_paragraph(skill, style="List Bullet")
    assert [bullet.text for bullet in bullets_of_document(document, tmp_path)] == ["Cut the time to build a test environment from a day to an hour."]


def test_a_typed_bullet_followed_by_no_break_spaces_is_a_list_item(tmp_path):
    """Set AN: Word paragraphs that open with a typed "●" and five no-break spaces were not taken
    for list items, and three jobs' claims were lost in silence."""
    document = Document()
    document.add_paragraph("Experience")
    document.add_paragraph("Harbour Fish Market (PHP Development)")
    document.add_paragraph("8/2019 to 10/2019")
    for claim in ("Built the order pages of the fish market's online shop", "Automated the checkout tests with Selenium"):
        document.add_paragraph("●" + "\u00a0" * 5 + claim)
    assert [(bullet.text, bullet.start.column) for bullet in bullets_of_document(document, tmp_path)] == [
        ("Built the order pages of the fish market's online shop", 7),
        ("Automated the checkout tests with Selenium", 7),
    ]


def test_a_line_passed_over_in_word_is_told_how_word_makes_a_list_item(tmp_path, linter):
    """Sets AO and AP: a Word or PDF file's note said "to have one checked, start it with '- '",
    which a Word user does with Word's own bullets and a PDF's reader cannot do at all."""
    document = Document()
    document.add_heading("Experience", level=1)
    document.add_paragraph("Northwind Medical Systems: regular contributor to the release notes each month")
    _, skipped, notes = extract_report_of_document(document, tmp_path, linter)
    assert skipped and any("make it a bulleted list item in Word" in note and "start it with '- '" not in note for note in notes)


def test_a_typed_bullet_in_a_heading_style_and_a_title_before_a_line_break_open_their_lines(tmp_path):
    """Set AS: "PROJECTS", a line break and the first project's title made one "Heading 1"
    paragraph, read as one long heading that opened no section, and each claim under it was typed
    "• Built ..." in "Heading 1" too: ten claims read as headings, under the Skills list above,
    the file as empty. A bulleted project title in a heading style stays a heading."""
    document = Document()
    document.add_heading("TECHNICAL SKILLS", level=1)
    document.add_paragraph("Programming Languages: Python, Java, Dart, Bash")
    heading = document.add_heading("PROJECTS", level=1)
    heading.runs[0].add_break()
    heading.add_run("CloudBurst - AWS Cost Monitoring Mobile App | Flutter + AWS")
    # any glyph the other readers take for a bullet ("➤", "✓") opens one here too
    for text in ("• Built a mobile app to watch AWS costs across accounts", "• Project Atlas – Cost Dashboard        January 2025", "➤ Designed the cost breakdown views with savings advice"):
        document.add_heading(text, level=1)
    assert [bullet.text for bullet in bullets_of_document(document, tmp_path)] == [
        "Built a mobile app to watch AWS costs across accounts",
        "Designed the cost breakdown views with savings advice",
    ]


def test_a_paragraph_right_after_a_bulleted_claim_is_read_where_no_experience_heading_is(tmp_path):
    """Set AS: a Word resume with no Experience heading (its jobs under a heading that lists the
    person's roles) had a claim hard-wrapped over five plain paragraphs right after a bulleted one;
    it was dropped in silence. A plain paragraph after a read list item is that job's; the
    summary paragraphs above the first job stay out."""
    document = Document()
    document.add_paragraph("When I join your team, you will benefit from my years of building web products.")
    document.add_paragraph("Web Developer, Software Engineer", style="Heading 3")
    document.add_paragraph("Northwind Foods (2014)")
    document.add_paragraph("Built the recipe search of the shop's web site for 400 staff", style="List Bullet")
    document.add_paragraph("The new search tool achieved the following: removed the team's reliance on ")
    document.add_paragraph("the old catalogue; increased orders from the site by 25% while support calls fell.")
    document.add_paragraph("")
    document.add_paragraph("Contoso (2012)")
    document.add_paragraph("Maintained the checkout of the online store", style="List Bullet")
    assert [bullet.text for bullet in bullets_of_document(document, tmp_path)] == [
        "Built the recipe search of the shop's web site for 400 staff",
        "The new search tool achieved the following: removed the team's reliance on the old catalogue; "
        "increased orders from the site by 25% while support calls fell.",
        "Maintained the checkout of the online store",
    ]


def test_a_pdf_line_wrapped_where_the_column_ran_out_goes_on_below_it():
    """Set RA: a list whose marks were drawn, not written, wrapped "... Prometheus +" onto a line
    opening with a capital, "Grafana + cert-manager ...", which was read as a job title. A line
    goes on below where the next line's first word would not have fitted after it; a line that
    ends where its writer ended it, or a next line that opens with an act, starts a new item."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    words = (
        _pdf_line("Designed and run a Kubernetes platform with ArgoCD and Prometheus +", 72, 100)
        + _pdf_line("Grafana and sealed secrets for the claims teams.", 72, 112)
        + _pdf_line("Moved the billing service to Kubernetes, with Helm charts for each", 72, 124)
        + _pdf_line("Built the release pipeline for the claims portal in two months", 72, 136)
        + _pdf_line("Ran the team", 72, 148)
        + _pdf_line("Kubernetes training.", 72, 160)
    )
    assert _render_lines(_lines(words), 10.0) == [
        "Designed and run a Kubernetes platform with ArgoCD and Prometheus +",
        "  Grafana and sealed secrets for the claims teams.",
        "Moved the billing service to Kubernetes, with Helm charts for each",
        "Built the release pipeline for the claims portal in two months",  # opens with an act
        "Ran the team",
        "Kubernetes training.",  # "Kubernetes" would have fitted after "Ran the team"
    ]


def test_tex_ligatures_that_map_to_no_character_read_as_their_letters():
    """Set RA: a LaTeX-made PDF gave "di(cid:27)erent", "e(cid:30)ciency" and "(cid:28)ghting"
    (TeX's ff, ffi and fi); the code standing alone before a line is still an icon, a bullet."""
    from po2pm_rewrite.formats.pdf import _lines

    words = _pdf_line("Cut e(cid:30)ciency losses across di(cid:27)erent (cid:28)eld teams", 72, 100) + _pdf_line("(cid:27) Led the move", 72, 112)
    assert [line.text for line in _lines(words)] == ["Cut efficiency losses across different field teams", "• Led the move"]


def test_ligatures_a_font_maps_to_code_zero_read_as_the_letters_of_a_known_word():
    """Round SG: a PDF's font gave its "fi" and "fl" ligatures as U+0000 ("speci\\x00cations",
    "across \\x00eet"), which was read into the claims. The word they make tells which ligature it
    was; one that makes no known word is marked, and the file's note names it."""
    from po2pm_rewrite.formats.pdf import _BROKEN_LIGATURE, _lines

    words = _pdf_line("Documented speci\x00cations and work\x00ows across a \x00eet, e\x00cient", 72, 100)
    assert [line.text for line in _lines(words)] == ["Documented specifications and workflows across a fleet, efficient"]
    unknown = _lines(_pdf_line("Led the qz\x00xq rollout", 72, 100))[0].text
    assert "\x00" not in unknown and _BROKEN_LIGATURE.search(unknown).group(0) == "qz\ufffdxq"


def test_a_non_breaking_hyphen_inside_a_word_reads_as_a_plain_one_with_no_spaces():
    """Set RC: a PM's PDF set "white‑labeled" and "third‑party" with U+2011, which came out as a
    word of its own ("white ‑ labeled"); one at a line's end still marks a broken word."""
    from po2pm_rewrite.formats.pdf import _lines

    words = _pdf_line("Built a white \u2011 labeled portal via a third\u2011party API", 72, 100) + _pdf_line("Cut the onboard\u2011", 72, 112)
    assert [line.text for line in _lines(words)] == ["Built a white-labeled portal via a third-party API", "Cut the onboard\u2011"]


def test_a_sidebar_page_with_a_few_lines_across_the_gutter_is_still_two_columns():
    """Set RD: a name, two summary lines and three lines of a two-column Education block crossed
    a sidebar's gutter; counted as words (6 against 5 allowed for 563 words), they made the page
    one column, and every claim was read glued to a skill word of the sidebar."""
    from po2pm_rewrite.formats.pdf import _columns_and_gutter

    def word(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "size": 10.0}

    across = [word(f"across{i}", 60, 400, 10 + 12 * i) for i in range(6)]
    left = [word(f"skill{i}", 42, 170, 100 + 12 * i) for i in range(60)]
    right = [word(f"claim{i}.{j}", 198 + 60 * j, 250 + 60 * j, 100 + 12 * i) for i in range(60) for j in range(5)]
    columns = _columns_and_gutter(across + left + right)[0]
    assert [len(column) for column in columns] == [6, 60, 300]


def test_a_later_page_keeps_the_gutter_of_the_page_before_and_reads_its_main_column_first():
    """Set RC: page 2 held a sidebar of two short lists (Languages, Licenses; 13 words, 3 points
    off the claims' lines) beside the last jobs; read line by line as one column, five claims
    fell under those lists and were not read. The page keeps page 1's gutter, and its main column,
    which opens with no heading, goes on from page 1 and is read first."""
    from po2pm_rewrite.formats.pdf import _columns_and_gutter, _goes_on_from_last_page

    def word(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10, "size": 10.0}

    sidebar = [word("Languages", 51, 110, 75), word("German", 51, 85, 89), word("English", 51, 85, 101), word("Licenses", 51, 100, 136)]
    claims = [word(f"claim{i}.{j}", 222 + 60 * j, 270 + 60 * j, 66 + 13.5 * i) for i in range(20) for j in range(5)]
    assert len(_columns_and_gutter(sidebar + claims)[0]) == 1  # too few words beside the claims to call a column on its own
    assert [len(column) for column in _columns_and_gutter(sidebar + claims, gutter_before=207.7)[0]] == [4, 100]
    assert _columns_and_gutter(sidebar + claims, gutter_before=207.7)[1] == 207.7  # and page 3 keeps it too
    assert _goes_on_from_last_page(["# Languages", "German", "# Licenses"], ["• Scaled support from 7 to 38 agents", "  with the product.", "• Built the knowledge base", "• Cut tickets by 30%"])
    assert not _goes_on_from_last_page(["# Languages", "German"], ["# Experience", "• Built the knowledge base", "• Cut tickets"])


def test_round_rp_a_linkedin_bullet_wrapped_back_under_its_glyph_goes_on():
    """Round RP: a LinkedIn profile PDF wraps a bullet back to its glyph's edge, not to its text;
    "... AmLaw 200 firms and Fortune" lost "500 companies" in silence. A line of capitalised
    words there is the next entry's name, not the rest of the bullet (round RL)."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines

    words = (
        _pdf_line("\u2022 Grew a client base of numerous top-hundred law firms and Fortune", 50, 100)
        + _pdf_line("500 companies across the east coast.", 50, 112)
        + _pdf_line("\u2022 Learned the basics of neural networks and posted the code to GitHub", 50, 124)
        + _pdf_line("Guild Education Remote", 50, 136)
    )
    assert _render_lines(_lines(words), 10.0) == [
        "\u2022 Grew a client base of numerous top-hundred law firms and Fortune",
        "  500 companies across the east coast.",
        "\u2022 Learned the basics of neural networks and posted the code to GitHub",
        "Guild Education Remote",
    ]


def _package(path, body: str, main: str = "document.xml", before: str = "") -> None:
    """A minimal Word package whose main part is word/<main>, as its relationships name it."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/%s" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' % main,
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/%s"/></Relationships>' % main,
        )
        archive.writestr(
            "word/" + main,
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>%s<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (before, w, body),
        )


def test_a_main_part_under_another_name_or_prefix_is_held_to_the_same_checks(tmp_path):
    """Attack round, session 45 (F9, F10): the DTD check and the paragraph and run bounds read only
    word/document.xml and only the prefix "w:": a main part named word/main.xml dropped an
    entity's text in silence, and runs written "<x:r/>" were never counted."""
    from po2pm_rewrite.formats.docx import MAX_RUNS

    item = '<w:p><w:r><w:t xml:space="preserve">Managed the product backlog for &team;</w:t></w:r></w:p>'
    renamed = tmp_path / "renamed.docx"
    _package(renamed, item, main="main.xml", before='<!DOCTYPE w:document [<!ENTITY team "the claims team">]>')
    result = runner.invoke(app, ["extract", str(renamed)])
    assert result.exit_code == 2
    assert "its text declares a DTD (<!DOCTYPE>), which Word never writes" in result.output
    prefixed = tmp_path / "prefixed.docx"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    _package(prefixed, f'<w:p xmlns:x="{w}">' + "<x:r/>" * (MAX_RUNS + 1) + "</w:p>", main="main.xml")
    result = runner.invoke(app, ["extract", str(prefixed)])
    assert result.exit_code == 2 and f"more than {MAX_RUNS:,} runs of text: not read as a resume" in result.output


def test_a_pdfs_bullets_drawn_as_shapes_mark_their_lines_as_items(tmp_path):
    """Round SL: LiveCareer's PDFs draw each bullet as a small filled shape, not a character, so
    a claim that opened with no verb was left out as a line without a list mark. A shape left of
    a line's first word marks it; the dots of a rating after a word do not."""
    from .test_bad_input import _one_page_pdf

    def text(y: int, words: bytes, x: int = 72) -> bytes:
        return b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (x, y, words)

    content = (
        text(720, b"EXPERIENCE")
        + text(700, b"Product Owner, Acme Bank, 2019 to 2023")
        + b"62 683 3 3 re f\n" + text(680, b"Utilize Oracle Cloud to plan the course schedule for each term")
        + b"62 668 3 3 re f\n" + text(665, b"Managed the product backlog for the claims team")
        + text(620, b"Python", x=72) + b"".join(b"%d 623 3 3 re f\n" % (120 + 6 * i) for i in range(5))
    )
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(_one_page_pdf(content))
    texts = [bullet.text for bullet in bullets_of(pdf) if not bullet.passed_over]
    assert texts == ["Utilize Oracle Cloud to plan the course schedule for each term", "Managed the product backlog for the claims team"], texts


def test_each_paragraph_style_is_walked_once_however_many_paragraphs_use_it(monkeypatch):
    """An attack round of session 48: each paragraph walked its style's chain twice, and python-docx
    finds each style by searching them all: a 27 KB file of 300 paragraphs and a chain of 3,000
    styles reached the 30 s bound. A style's facts are worked out once."""
    import io

    import docx

    from po2pm_rewrite.formats import docx as reader

    document = docx.Document()
    document.add_paragraph("Experience", style="Heading 1")
    for number in range(30):
        document.add_paragraph(f"Managed the product backlog for the claims team {number}", style="List Bullet")
    saved = io.BytesIO()
    document.save(saved)
    walked = []
    real_chain = reader._StyleTable._chain
    monkeypatch.setattr(reader._StyleTable, "_chain", lambda table, style_id: walked.append(style_id) or real_chain(table, style_id))
    rendered = reader.render_docx(saved.getvalue())
    assert rendered.count("Managed the product backlog") == 30
    assert len(walked) == 2  # Heading 1 and List Bullet


def test_styles_are_read_once_into_a_table_not_searched_for_each_base(monkeypatch):
    """Attack round ATK5: one style per paragraph, each the start of a chain of styles based on
    each other, and python-docx searching every style for each base: a 9.9 KB file took 17-22 s. The
    styles part is read once; a chain's heading style still makes its paragraphs headings, and its
    list numbering makes them list items."""
    import io

    import docx
    from docx.oxml.styles import CT_Styles
    from docx.shared import Pt  # noqa: F401  (python-docx's styles API is loaded)

    from po2pm_rewrite.formats import docx as reader

    document = docx.Document()
    styles = document.styles
    previous = styles["Heading 2"]
    for number in range(40):
        style = styles.add_style(f"Chain {number}", 1)  # WD_STYLE_TYPE.PARAGRAPH
        style.base_style = previous
        previous = style
    document.add_paragraph("Experience", style="Chain 39")
    bulleted = styles.add_style("Own Bullet", 1)
    bulleted.base_style = styles["List Bullet"]
    document.add_paragraph("Managed the product backlog for the claims team", style="Own Bullet")
    saved = io.BytesIO()
    document.save(saved)
    searched = []
    real_search = CT_Styles.get_by_id
    monkeypatch.setattr(CT_Styles, "get_by_id", lambda element, style_id: searched.append(style_id) or real_search(element, style_id))
    rendered = reader.render_docx(saved.getvalue())
    assert searched == []
    assert rendered.split("\n")[:2] == ["Experience" + reader.HEADING * 2, "Managed the product backlog for the claims team" + reader.LIST_ITEM]


def test_a_text_box_is_rewritten_in_both_of_its_copies(tmp_path):
    """An attack round of session 47 (weak 21): Word stores a text box twice, a modern shape
    (mc:Choice) and an old-style copy (mc:Fallback); only the first was read and rewritten, so a
    reader of the fallback still saw the old bullet."""
    import zipfile

    bullet = "Managed the release calendar for the mobile team"
    resume = _document_with_a_box(tmp_path, _box_copy("Choice", bullet, "wps") + _box_copy("Fallback", bullet))
    answers = tmp_path / "answers.toml"
    answers.write_text(f'[[bullet]]\ntext = "{bullet}"\nedit = "Cut the mobile team\'s release slips by half"\n', encoding="utf-8")
    result = run("rewrite", "--write", "--answers", str(answers), str(resume))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(resume) as archive:
        written = archive.read("word/document.xml").decode("utf-8")
    assert written.count("Cut the mobile team&apos;s release slips by half") + written.count("Cut the mobile team's release slips by half") == 2
    assert bullet not in written


def test_a_text_box_of_many_different_bullets_is_read_once_for_them_all(tmp_path, monkeypatch):
    """Attack round ATK9 (FY2): a box whose 500 bullets all differ took minutes to write, as each
    bullet read every paragraph of the box's two copies again to find its own copies there. Every
    bullet is rewritten in both copies, and the box is read a few times, not once a bullet."""
    import zipfile

    from po2pm_rewrite.formats import docx as reader

    bullets = [f"Managed the release calendar number {number} for the mobile team" for number in range(40)]
    box = "".join(f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>{bullet}</w:t></w:r></w:p>' for bullet in bullets)
    resume = _document_with_a_box(tmp_path, f'<mc:Choice Requires="wps"><w:txbxContent>{box}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>{box}</w:txbxContent></mc:Fallback>')
    answers = tmp_path / "answers.toml"
    answers.write_text("".join(f'[[bullet]]\ntext = "{bullet}"\nedit = "Cut release slips by half on calendar {number}"\n' for number, bullet in enumerate(bullets)), encoding="utf-8")
    rendered = []
    real = reader.rendered_text
    monkeypatch.setattr(reader, "rendered_text", lambda paragraph, run_styles=None: rendered.append(1) or real(paragraph, run_styles))
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(resume) as archive:
        written = archive.read("word/document.xml").decode("utf-8")
    assert all(written.count(f"Cut release slips by half on calendar {number}<") == 2 for number in range(len(bullets)))
    assert not any(bullet in written for bullet in bullets)
    assert len(rendered) < 40 * 40


def _document_with_a_box(tmp_path, alternatives: str) -> Path:
    """A Word file with an Experience heading and one text box whose mc:AlternateContent holds
    `alternatives` (mc:Choice and mc:Fallback elements, in the markup-compatibility namespace)."""
    import io

    import docx
    from lxml import etree

    document = docx.Document()
    document.add_paragraph("Experience", style="Heading 1")
    box = (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><mc:AlternateContent>'
        f"{alternatives}</mc:AlternateContent></w:r></w:p>"
    )
    document.element.body.insert(1, etree.fromstring(box))
    saved = io.BytesIO()
    document.save(saved)
    resume = tmp_path / "cv.docx"
    resume.write_bytes(saved.getvalue())
    return resume


def _claims_read(path: Path) -> list[str]:
    import json

    return [bullet["text"] for bullet in json.loads(runner.invoke(app, ["extract", "-f", "json", str(path)]).output)["files"][0]["bullets"]]


def _box_copy(tag: str, text: str, requires: str = "") -> str:
    attribute = f' Requires="{requires}"' if requires else ""
    return f'<mc:{tag}{attribute}><w:txbxContent><w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></mc:{tag}>'


def test_a_text_box_is_read_once_from_its_first_choice_or_else_its_fallback(tmp_path):
    """Attack round ATK5 (weak 20 and 23): a box with two mc:Choice copies was read, and its
    bullet reported, twice ("rewrote 2 bullets" for one); a box with only an mc:Fallback copy was
    dropped in silence. --write rewrites every copy."""
    import zipfile

    bullet = "Managed the release calendar for the mobile team"
    twice = _document_with_a_box(tmp_path, _box_copy("Choice", bullet, "wps") + _box_copy("Choice", bullet, "wpg") + _box_copy("Fallback", bullet))
    assert _claims_read(twice) == [bullet]
    answers = tmp_path / "answers.toml"
    answers.write_text(f'[[bullet]]\ntext = "{bullet}"\nedit = "Cut the mobile release slips by half"\n', encoding="utf-8")
    result = run("rewrite", "--write", "--answers", str(answers), str(twice))
    assert result.returncode == 0 and "rewrote 1 bullet" in result.stderr, result.stderr
    with zipfile.ZipFile(twice) as archive:
        written = archive.read("word/document.xml").decode("utf-8")
    assert written.count("Cut the mobile release slips by half") == 3 and bullet not in written
    only_fallback = _document_with_a_box(tmp_path, _box_copy("Fallback", bullet))
    assert _claims_read(only_fallback) == [bullet]


def test_a_left_column_line_that_runs_past_the_gutter_stays_in_its_column():
    """Round SO: a project's claim ran 10 points past a two-column PDF's gutter, level with a
    degree's line in the right column (and once with nothing beside it); both rows were read as
    lines set across the page, placed above every heading, and the claims lost in silence. A row
    whose words part at a gutter-wide gap goes to both columns; one that ends near the gutter, to
    the left; a line set across the page (a name, a summary) stays across."""
    from po2pm_rewrite.formats.pdf import _columns_and_gutter

    def word(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "size": 10.0}

    left = [word(f"claim{i}", 50, 300, 100 + 12 * i) for i in range(30)]
    right = [word(f"skill{i}", 380, 540, 100 + 12 * i) for i in range(30)]
    beside = [word("Implemented", 50, 120, 500), word("requirements", 280, 350, 500), word("BTech", 380, 415, 500)]
    alone = [word("Implemented", 50, 120, 520), word("requirements", 280, 350, 520)]
    across = [word("Summary", 50, 100, 40), word("across", 102, 300, 40), word("the", 303, 450, 40), word("page", 453, 540, 40)]
    columns, gutter = _columns_and_gutter(left + right + beside + alone + across)
    assert gutter is not None
    spanning, left_column, right_column = columns
    assert [w["top"] for w in spanning] == [40] * 4
    assert sum(1 for w in left_column if w["top"] in (500, 520)) == 4
    assert [w["text"] for w in right_column if w["top"] == 500] == ["BTech"]


def narrow_pdf_line(text: str, x0: float, top: float, size: float = 10.0) -> list[dict[str, object]]:
    """A PDF line's words as pdfplumber gives them, set narrow (5 points a letter)."""
    return _pdf_line(text, x0, top, size, letter=5, space=3)


def two_columns_cut_at_a_page(headings: tuple[str, str], left: list[str], right: list[str], heading_size: float = 10.0):
    """The words of two pages: `left` and `right` side by side under their headings, then a left
    claim cut at the page break that goes on at the top of page 2, above one more claim."""
    first = narrow_pdf_line(headings[0], 40, 60, heading_size) + narrow_pdf_line(headings[1], 330, 60, heading_size)
    for row, (left_line, right_line) in enumerate(zip(left, right)):
        first += narrow_pdf_line(left_line, 40, 80 + 14 * row) + narrow_pdf_line(right_line, 330, 80 + 14 * row)
    first += narrow_pdf_line("• Co-founded a soap shop, first selling at", 40, 80 + 14 * len(left))
    second = narrow_pdf_line("the harbour market and then online only.", 40, 60) + narrow_pdf_line("• Trained 12 new adjusters", 40, 74)
    return first, second


def test_a_two_column_pdf_page_whose_left_column_ends_mid_claim_is_read_right_first(monkeypatch):
    """Round SY: the left column's last claim went on at the top of page 2 ("... initially selling
    products at" / "NorthGate Mall and ..."); read left then right, the right column came between,
    the claim was cut and its rest, three claims, left out. The left column opens with its own
    heading, so read last it keeps its section."""
    from po2pm_rewrite.formats import extract, pdf

    claims = [f"• Rebuilt claims form {n} for brokers" for n in range(1, 6)]
    projects = [f"• Built a tide chart app {n}." for n in range(1, 6)]
    first, second = two_columns_cut_at_a_page(("EXPERIENCE", "PROJECTS"), claims, projects, heading_size=14)
    monkeypatch.setattr(pdf, "_pages", lambda data: [first, second])
    rendered = pdf.render_pdf(b"")
    assert rendered.notes == ("page 1 has two columns: read the right one, then the left one, whose last line goes on on page 2",)
    read = [b.text for b in extract(rendered.text, "pdf")]
    assert "Co-founded a soap shop, first selling at the harbour market and then online only." in read, read
    assert read[:5] == [project[2:] for project in projects] and read[5:10] == [claim[2:] for claim in claims]
