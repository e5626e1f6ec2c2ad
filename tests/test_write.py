"""po2pm rewrite --write: atomic, byte-faithful outside the edits, and refusing when unsafe."""

from __future__ import annotations

import codecs
import os
import stat

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app
from po2pm_rewrite.engine import Source
from po2pm_rewrite.inputs import read_path
from po2pm_rewrite.write import plan, write

runner = CliRunner()
WEAK = "Managed the product backlog for the claims team"
STRONG = "Cut churn 3% by fixing the refund flow"


def rewrite(*args: str):
    return runner.invoke(app, ["rewrite", *args])


def test_write_applies_the_top_suggestion_and_keeps_every_other_byte(tmp_path):
    resume = tmp_path / "resume.md"
    original = f"# Ana\r\n\r\n- {STRONG}\r\n- {WEAK}\r\n\r\nTrailing text without newline"
    resume.write_bytes(codecs.BOM_UTF8 + original.encode("utf-8"))
    os.chmod(resume, 0o640)
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.output
    data = resume.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data[len(codecs.BOM_UTF8):].decode("utf-8")
    before, after = original.split(WEAK)
    assert text.startswith(before) and text.endswith(after)  # CRLF, the clean bullet, no final newline: all kept
    assert WEAK not in text and "[" in text
    assert stat.S_IMODE(resume.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".po2pm")]  # no temporary left behind


def test_write_refuses_placeholders_unless_allowed(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    result = rewrite("--write", str(resume))
    assert result.exit_code == 2
    assert "still hold [placeholders]; nothing written" in result.stderr
    assert resume.read_text(encoding="utf-8") == f"- {WEAK}\n"


def test_zero_edits_leave_the_file_byte_for_byte(tmp_path):
    resume = tmp_path / "resume.txt"
    data = f"Summary\r\n\r\n• {STRONG}\r\nno final newline".encode("cp1252")
    resume.write_bytes(data)
    mtime = resume.stat().st_mtime_ns
    result = rewrite("--write", str(resume))
    assert result.exit_code == 0
    assert resume.read_bytes() == data and resume.stat().st_mtime_ns == mtime


def test_write_refuses_a_file_that_changed_since_it_was_read(linter, tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    source = read_path(resume)
    report = linter.rewrite([source])
    change = plan(source, report.files[0], 1)
    resume.write_text(f"- {WEAK}\n- Someone else edited this meanwhile\n", encoding="utf-8")
    from po2pm_rewrite.errors import InputError

    with pytest.raises(InputError, match="changed since it was read; nothing written"):
        write(source, change, allow_placeholders=True)
    assert "Someone else" in resume.read_text(encoding="utf-8")


def test_write_keeps_a_legacy_encoding(tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_bytes(f"- {WEAK} – café\n- {STRONG}\n".encode("cp1252"))
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.output
    text = resume.read_bytes().decode("cp1252")
    assert text.endswith(f"\n- {STRONG}\n") and WEAK not in text


def test_dry_run_shows_the_diff_and_writes_nothing(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    result = rewrite("--write", "--dry-run", "--pick", "2", str(resume))
    assert result.exit_code == 0
    assert result.output.startswith(f"--- a/{resume}") and f"-- {WEAK}" in result.output
    assert resume.read_text(encoding="utf-8") == f"- {WEAK}\n"


def test_write_needs_files(tmp_path):
    result = rewrite("--write", "--text", WEAK)
    assert result.exit_code == 2 and "cannot write to --text or stdin" in result.output
