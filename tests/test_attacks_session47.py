"""The attack round of session 47 (issue 16): each case failed on the code before its fix. Real
processes of the installed command where the exit code is the point."""

from __future__ import annotations

import codecs
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from po2pm_rewrite.errors import RuleError
from po2pm_rewrite.templates import load_templates

from .test_installed_command import installed_command, run

BULLET = "- Managed the product backlog for the claims team\n"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word_file_of_styles_based_on_each_other(path: Path) -> None:
    """A 1 KB Word file whose two paragraph styles are each based on the other."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'
    )
    relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document_relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>'
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="Alpha"/><w:basedOn w:val="B"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="Beta"/><w:basedOn w:val="A"/></w:style></w:styles>'
    )
    paragraphs = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'
        for text in ("Experience", "Managed the product backlog for the claims team")
    )
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>{paragraphs}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", relationships)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", document_relationships)
        archive.writestr("word/styles.xml", styles)


def test_a_word_file_whose_styles_are_based_on_each_other_is_read_at_once(tmp_path):
    """F2: the walk up the styles never ended; each such file cost the 30-second bound."""
    _word_file_of_styles_based_on_each_other(tmp_path / "cv.docx")
    result = run("check", "--no-cache", str(tmp_path / "cv.docx"))
    assert result.returncode == 1 and "PO101" in result.stdout, result.stderr
    assert "30 s" not in result.stderr


def test_template_files_of_too_much_text_are_refused_before_any_is_compiled(tmp_path, monkeypatch):
    """F3: 1,979 templates of 2,000 characters each, a chain of comparisons, held a rewrite 134 s
    under the 2,000-template cap; they were compiled before the count was checked."""
    import po2pm_rewrite.templates as templates

    folder = tmp_path / "rules" / "templates"
    folder.mkdir(parents=True)
    chain = "<".join(["1"] * 900)
    entries = "".join(f'[[templates]]\nid = "t{i}"\ntext = "{{{{ {chain} }}}}"\n' for i in range(60))
    (folder / "outcome.toml").write_text('angle = "outcome"\n' + entries, encoding="utf-8")
    compiled = []
    monkeypatch.setattr(templates, "_check_template_text", lambda *args: compiled.append(args))
    with pytest.raises(RuleError, match="more than 100,000 characters of templates in all"):
        load_templates([tmp_path / "rules"])
    assert not [args for args in compiled if "<1<1" in args[0]]


@pytest.mark.parametrize("mark", [codecs.BOM_UTF8, codecs.BOM_UTF32_LE])
def test_a_nul_in_a_file_with_a_byte_order_mark_is_read_as_a_space_with_a_note(tmp_path, mark):
    """F4: the byte-order mark's branch skipped the NUL handling, and the item holding the NUL
    was dropped in silence."""
    codec = "utf-8" if mark == codecs.BOM_UTF8 else "utf-32-le"
    resume = tmp_path / "cv.md"
    resume.write_bytes(mark + "- Ran the daily standups for two teams\n- Managed the product\x00 backlog for the claims team\n".encode(codec))
    result = run("check", "--no-cache", str(resume))
    assert result.returncode == 1 and "cv.md:2:" in result.stdout, result.stdout
    assert "1 NUL byte read as a space (the first on line 2); po2pm will not write to this file" in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("arguments", [["check", "--bogus"], ["check", "-j", "0", "x.md"], ["nosuchcommand"]])
def test_a_usage_error_whose_line_cannot_be_written_still_exits_2(tmp_path, arguments):
    """F5: with stderr on a full disk a usage error ended with 1, the code of a finding."""
    with open("/dev/full", "w") as full:
        result = subprocess.run([installed_command(), *arguments], stdout=subprocess.PIPE, stderr=full, cwd=tmp_path, timeout=120)
    assert result.returncode == 2


def test_a_line_break_in_a_rule_files_name_cannot_forge_a_line_of_po2pm(tmp_path):
    """F7: a cloned repo's rule file named "x\\npo2pm: note: ..." split the one-line error in two."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "PO777-x\npo2pm: note: all rules checked, no finding.toml").write_text('code = "PO7\n', encoding="utf-8")
    (tmp_path / "cv.md").write_text(BULLET, encoding="utf-8")
    result = run("check", "--no-cache", "--rules", str(rules), str(tmp_path / "cv.md"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("po2pm: error: ") and "PO777-x\\npo2pm: note:" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("cv.md", "## Experience\n\n- Managed the backlog for the payments team\n<!-- old\n- Ran sprint planning for two squads\n", "line 4 opens an HTML comment"),
        ("cv.md", "## Experience\n\n- Managed the backlog for the payments team\n```\n- Ran sprint planning for two squads\n", "line 4 opens a code fence"),
        (
            "cv.tex",
            "\\section{Experience}\n\\begin{itemize}\n\\item Managed the backlog for the payments team\n\\iffalse\n\\item Ran sprint planning\n\\end{itemize}\n",
            "line 4 opens \\iffalse",
        ),
    ],
)
def test_a_comment_or_fence_never_closed_says_what_it_hides(tmp_path, name, content, what):
    """Weak in the round: an unclosed `<!--`, code fence or `\\iffalse` hid the rest of the file
    with no note."""
    resume = tmp_path / name
    resume.write_text(content, encoding="utf-8")
    result = run("check", "--no-cache", str(resume))
    assert f"{what} that is never closed: the " in result.stderr, result.stderr
    closed = tmp_path / f"closed-{name}"
    closed.write_text(content.replace("<!-- old", "<!-- old -->").replace("```", "```\n```").replace("\\iffalse", "\\iffalse\\fi"), encoding="utf-8")
    assert "never closed" not in run("check", "--no-cache", str(closed)).stderr


@pytest.mark.parametrize(
    "field",
    # then three of an attack round of session 48 ("KeyError: 'maybe'" left the resume unread), and
    # two of session 49's (ATK5: "IndexError: string index out of range")
    ["startDate: 2019-13-01", "startDate: 9999-99-99", "phone: " + "9" * 5000, "remote: !!bool maybe", "endDate: !!timestamp soon", "gpa: !!float high",
     "phone: !!int 0x", "phone: !!int _"],
)
def test_a_yaml_date_or_number_python_cannot_hold_leaves_the_highlights_read(tmp_path, field):
    """Weak 31: one date typo or a 5,000-digit number beside the highlights left the whole
    resume unread ("month must be in 1..12"), for a field po2pm never reads."""
    resume = tmp_path / "cv.yaml"
    resume.write_text(f"work:\n  - company: Acme\n    {field}\n    highlights:\n      {BULLET.strip()}\n", encoding="utf-8")
    result = run("check", "-f", "concise", str(resume))
    assert result.returncode == 1, result.stderr
    assert f"{resume}:5:21: PO101" in result.stdout  # "product backlog", on the highlight's line


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_rewrite_written_exits_0_when_its_note_cannot_be_printed(tmp_path):
    """Weak 13: with stderr on a full disk, `rewrite --write` rewrote the file and exited 2, which a
    script reads as "input error, nothing done"."""
    resume = tmp_path / "cv.md"
    resume.write_text(BULLET, encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [installed_command(), "rewrite", "--write", "--allow-placeholders", str(resume)],
            stdout=subprocess.PIPE, stderr=full, cwd=tmp_path, timeout=120,
        )
    assert resume.read_text(encoding="utf-8") != BULLET
    assert result.returncode == 0


def test_an_edit_read_back_with_the_label_before_it_is_refused_for_that_reason(tmp_path):
    """Weak 10: an edit of a bullet whose run-in label was cut, not opening with an act, reads back
    with the kept label; the refusal blamed "a link, bold text, an escape", which were not there."""
    resume = tmp_path / "cv.md"
    resume.write_text("- **Delivery:** Manage the product backlog for the claims team\n", encoding="utf-8")
    answers = tmp_path / "answers.toml"
    answers.write_text(
        '[[bullet]]\ntext = "Manage the product backlog for the claims team"\nedit = "Product strategy for three squads"\n', encoding="utf-8"
    )
    result = run("rewrite", "--write", "--answers", str(answers), str(resume))
    assert result.returncode == 2
    assert "the label 'Delivery:' before it is kept" in result.stderr and "open the edit with a verb" in result.stderr
    assert resume.read_text(encoding="utf-8") == "- **Delivery:** Manage the product backlog for the claims team\n"


def test_a_line_break_in_an_answers_key_is_shown_not_printed(tmp_path):
    """An attack round of session 48 (FC): a key holding a line break made the one-line "no
    bracket" warning two lines, the second written by the answers file."""
    resume = tmp_path / "cv.md"
    resume.write_text(BULLET, encoding="utf-8")
    answers = tmp_path / "answers.toml"
    answers.write_text(
        '[[bullet]]\ntext = "Managed the product backlog for the claims team"\npick = 1\n'
        '[bullet.answers]\n"x\\npo2pm: cv.md: rewrote 1 bullet" = "y"\n',
        encoding="utf-8",
    )
    result = run("rewrite", "--diff", "--answers", str(answers), str(resume))
    warnings = [line for line in result.stderr.splitlines() if "no bracket" in line]
    assert len(warnings) == 1 and "[x\\npo2pm: cv.md: rewrote 1 bullet]" in warnings[0]
    assert not any(line.startswith("po2pm: cv.md: rewrote") for line in result.stderr.splitlines())
