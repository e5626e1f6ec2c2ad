"""Cases of reading round SAC (session 57, on session 56's code; issue 11's reading part): each
failed on the code before its fix."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_bad_input import _extracted_from_pdf

runner = CliRunner()


def test_a_pdf_headline_figure_is_read_with_the_work_set_under_it(tmp_path):
    """Round SAC, a senior PM's PDF: under "HEADLINE ACHIEVEMENTS", each "• 32% YoY engagement
    increase" was read alone and the work under it ("Overhauled teacher-side app ...") told apart;
    one six-word line of work was lost in silence."""
    stream = (
        b"BT /F1 10 Tf 72 700 Td (Experience) Tj ET\n"
        b"BT /F1 10 Tf 72 680 Td (\x95 Managed the product backlog for the claims team) Tj ET\n"
        b"BT /F1 14 Tf 72 650 Td (KEY WINS) Tj ET\n"
        b"BT /F1 10 Tf 72 625 Td (\x95 40% more weekly users) Tj ET\n"
        b"BT /F1 10 Tf 72 613 Td (Rebuilt the claims app around what adjusters asked for) Tj ET\n"
        b"BT /F1 10 Tf 72 590 Td (\x95 Shipped the quote flow) Tj ET\n"
        b"BT /F1 10 Tf 72 578 Td (Cut quote time by a third for brokers) Tj ET\n"
    )
    result = _extracted_from_pdf(tmp_path, stream)
    report = json.loads(result.stdout)["files"][0]
    read = [b["text"] for b in report["bullets"]]
    assert "40% more weekly users Rebuilt the claims app around what adjusters asked for" in read, read
    # a bullet that is no figure keeps the line under it apart: told, not lost
    assert "Shipped the quote flow" in read, read
    told = [s["text"] for s in report["skipped"]]
    assert "Cut quote time by a third for brokers" in told + read, (read, told)


def test_a_yaml_resumes_news_feed_is_named_with_the_sections_not_read(tmp_path):
    """Round SAC: a YAML resume's `news:` list (talks given, a promotion) was left out with no
    word, where `talks:` beside it was named."""
    resume = tmp_path / "cv.yaml"
    resume.write_text(
        "experience:\n  - company: Claims Co\n    highlights:\n      - Managed the product backlog for the claims team\n"
        "news:\n  - date: Apr 2019\n    info: I was promoted to lead product manager of the claims team\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
    report = json.loads(result.stdout)["files"][0]
    assert {"line": 5, "heading": "news"} in report["skipped_sections"], report


def test_a_line_listing_the_work_it_included_is_a_claim_and_a_products_parts_are_not():
    """Set DP: "This includes activities such as Daily Standups, Weekly retrospectives, ... and
    managing the backlogs" was left out as a description of a project or product."""
    from po2pm_rewrite.screen import why_not_a_claim

    assert why_not_a_claim("This included tasks such as weekly retrospectives, velocity reports and managing the claims backlog.") is None
    assert why_not_a_claim("This includes a dashboard, an API and a mobile app for brokers.") == "description of a project or product"


def one_claim_docx_repackaged(path, change) -> None:
    """A Word file of one claim saved by python-docx, each entry of its package passed through
    `change(name, content) -> (name, content)` (how converters and other tools write packages)."""
    import io
    import zipfile

    import docx

    document = docx.Document()
    document.add_heading("Experience", level=1)
    document.add_paragraph("Managed the claims backlog for the payments team.", style="List Bullet")
    saved = io.BytesIO()
    document.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(saved.getvalue())) as source, zipfile.ZipFile(out, "w") as changed:
        for item in source.infolist():
            item.filename, content = change(item.filename, source.read(item))
            changed.writestr(item, content)
    path.write_bytes(out.getvalue())


def _docx_naming_a_part_with_a_backslash(path) -> None:
    def backslashed(name: str, content: bytes) -> tuple[str, bytes]:
        if name == "word/_rels/document.xml.rels":
            content = content.replace(b"theme/theme1.xml", b"theme\\theme1.xml")
        return name, content

    one_claim_docx_repackaged(path, backslashed)


def test_a_word_file_that_names_a_part_with_a_backslash_is_read_and_written(tmp_path):
    """Round SAC: a .docx whose relationships name a part with Windows' backslash
    ("word/media\\image1.jpg") was refused as "not a Word document that can be read"; Word opens it."""
    resume = tmp_path / "cv.docx"
    _docx_naming_a_part_with_a_backslash(resume)
    result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
    assert result.exit_code == 0, result.output
    assert [b["text"] for b in json.loads(result.stdout)["files"][0]["bullets"]] == ["Managed the claims backlog for the payments team."]
    answers = tmp_path / "a.toml"
    answers.write_text('[[bullet]]\nline = 2\nedit = "Cut claim wait by a third for the payments team"\n', encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["extract", "--format", "json", str(resume)])
    assert [b["text"] for b in json.loads(again.stdout)["files"][0]["bullets"]] == ["Cut claim wait by a third for the payments team"]
