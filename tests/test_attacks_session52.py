"""The attack round of session 52 (ATK10, issue 16): each case failed on the code before its fix."""

from __future__ import annotations

import codecs

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
