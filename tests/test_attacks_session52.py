"""The attack round of session 52 (ATK10, issue 16): each case failed on the code before its fix."""

from __future__ import annotations

import codecs

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

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


def test_a_config_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    config = tmp_path / ".po2pm.toml"
    config.write_bytes(codecs.BOM_UTF8 + b'ignore = ["PO101"]\n')
    result = runner.invoke(app, ["config", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "PO101" in result.output


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
