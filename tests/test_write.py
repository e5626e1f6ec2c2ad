"""po2pm rewrite --write: atomic, byte-faithful outside the edits, and refusing when unsafe."""

from __future__ import annotations

import codecs
import os
import stat

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.answers import choices
from po2pm_rewrite.cli import app
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
    assert f"- {WEAK}\r\n" not in text and f"- {WEAK}" in text and "[" in text  # kept, and extended
    assert stat.S_IMODE(resume.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".po2pm")]  # no temporary left behind
    backup = tmp_path / "resume.md.po2pm.bak"  # the original stays recoverable
    assert backup.read_bytes() == codecs.BOM_UTF8 + original.encode("utf-8")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o640
    # the backup is the file before this write, and says so (a second write replaces it: "original
    # kept" was not so after it, a Word user's trial)
    assert f"(the file as it was before this write is kept as {resume}.po2pm.bak)" in result.stderr


def test_write_refuses_placeholders_unless_allowed(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    result = rewrite("--write", str(resume))
    assert result.exit_code == 2
    assert "1 of the rewrites still holds [placeholders]; nothing written" in result.stderr
    assert resume.read_text(encoding="utf-8") == f"- {WEAK}\n"


def test_zero_edits_leave_the_file_byte_for_byte(tmp_path):
    resume = tmp_path / "resume.txt"
    # under a heading po2pm reads, so the bullet is read (a file of no bullet exits 2) and kept
    data = f"Experience\r\n\r\n• {STRONG}\r\nno final newline".encode("cp1252")
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
    file = report.files[0]
    change = plan(source, file, choices(file.bullets, None, 1), linter.ruleset.placeholders)
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
    assert text.endswith(f"\n- {STRONG}\n") and f"- {WEAK} – café\n" not in text and "café" in text


def test_write_keeps_utf32_and_its_byte_order_mark(tmp_path):
    # UTF-32's little-endian mark begins with UTF-16's: read as UTF-16 the file had no bullet
    resume = tmp_path / "resume.txt"
    resume.write_bytes(codecs.BOM_UTF32_LE + f"- {WEAK}\n- {STRONG}\n".encode("utf-32-le"))
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.output
    data = resume.read_bytes()
    assert data.startswith(codecs.BOM_UTF32_LE)
    text = data[4:].decode("utf-32-le")
    assert text.startswith(f"- {WEAK}, ") and text.endswith(f"\n- {STRONG}\n")


def test_write_keeps_a_task_lists_box_and_rewrites_the_words_after_it(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(f"- [x] {WEAK}\n- [ ] {STRONG}\n", encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.output
    text = resume.read_text(encoding="utf-8")
    assert text.startswith(f"- [x] {WEAK}, ") and text.endswith(f"\n- [ ] {STRONG}\n")


def test_dry_run_predicts_exactly_what_write_does(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    # refused: the same message and exit code as --write, and nothing written
    dry = rewrite("--write", "--dry-run", "--pick", "2", str(resume))
    real = rewrite("--write", "--pick", "2", str(resume))
    assert dry.exit_code == real.exit_code == 2
    assert dry.stderr == real.stderr and "1 of the rewrites still holds [placeholders]; nothing written" in dry.stderr
    # allowed: the diff of exactly the text --write then writes
    dry = rewrite("--write", "--dry-run", "--pick", "2", "--allow-placeholders", str(resume))
    assert dry.exit_code == 0 and dry.stdout.startswith(f"--- a/{resume}") and f"-- {WEAK}" in dry.stdout
    assert resume.read_text(encoding="utf-8") == f"- {WEAK}\n" and not (tmp_path / "resume.md.po2pm.bak").exists()
    added = [line[1:] for line in dry.stdout.splitlines() if line.startswith("+- ")]
    assert rewrite("--write", "--pick", "2", "--allow-placeholders", str(resume)).exit_code == 0
    assert resume.read_text(encoding="utf-8").splitlines() == added


def test_answers_fill_the_brackets_and_choose_per_bullet(tmp_path, linter):
    resume = tmp_path / "resume.md"
    other = "Ran the sprint reviews for the payments squad"
    resume.write_text(f"- {WEAK}\n- {other}\n", encoding="utf-8")
    report = linter.rewrite([read_path(resume)])
    first = report.files[0].bullets[0].suggestions[0]
    answers = "\n".join(f'"{placeholder}" = "ANSWER {i}"' for i, placeholder in enumerate(first.placeholders))
    (tmp_path / "answers.toml").write_text(f'[[bullet]]\ntext = "{WEAK}"\npick = 1\n[bullet.answers]\n{answers}\n', encoding="utf-8")
    result = rewrite("--write", "--answers", str(tmp_path / "answers.toml"), str(resume))
    assert result.exit_code == 0, result.stderr
    lines = resume.read_text(encoding="utf-8").splitlines()
    assert lines[1] == f"- {other}"  # not named in the answers: untouched
    assert lines[0].startswith(f"- {WEAK}") and "[" not in lines[0]
    assert all(f"ANSWER {i}" in lines[0] for i in range(len(first.placeholders)))


def test_an_answer_by_text_fills_every_bullet_written_so(tmp_path, linter):
    """An attack round of session 46: a bullet written twice in one file, named by its text, was
    answered once; the second stayed as it was, unsaid."""
    resume = tmp_path / "resume.md"
    other = "Ran the sprint reviews for the payments squad"
    resume.write_text(f"- {WEAK}\n- {other}\n- {WEAK}\n", encoding="utf-8")
    first = linter.rewrite([read_path(resume)]).files[0].bullets[0].suggestions[0]
    answers = "\n".join(f'"{placeholder}" = "ANSWER {i}"' for i, placeholder in enumerate(first.placeholders))
    (tmp_path / "answers.toml").write_text(f'[[bullet]]\ntext = "{WEAK}"\npick = 1\n[bullet.answers]\n{answers}\n', encoding="utf-8")
    result = rewrite("--write", "--answers", str(tmp_path / "answers.toml"), str(resume))
    assert result.exit_code == 0, result.stderr
    lines = resume.read_text(encoding="utf-8").splitlines()
    assert lines[0] == lines[2] and "ANSWER 0" in lines[0] and lines[1] == f"- {other}"


def test_an_answer_for_a_bracket_the_suggestion_does_not_hold_is_warned_of(tmp_path, linter):
    """A coach's trial (session 15): a misspelled bracket in an answers file left the bracket
    empty, and the write was refused without naming the bullet or the words."""
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    first = linter.rewrite([read_path(resume)]).files[0].bullets[0].suggestions[0]
    misspelled = first.placeholders[0][:-2]
    (tmp_path / "a.toml").write_text(f'[[bullet]]\ntext = "{WEAK}"\npick = 1\n[bullet.answers]\n"{misspelled}" = "x"\n', encoding="utf-8")
    result = rewrite("--diff", "--answers", str(tmp_path / "a.toml"), str(resume))
    assert f"no bracket [{misspelled}] in suggestion 1 (did you mean '{first.placeholders[0]}'?)" in result.stderr


def test_an_answer_for_no_bullet_is_an_error_with_the_nearest_bullet(tmp_path):
    """A Word user's trial (session 16): an answer whose text had a typo was a warning and exit 0,
    so a scripted --write passed without changing anything."""
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    (tmp_path / "a.toml").write_text('[[bullet]]\ntext = "Managed the product backlog for the claim team"\nedit = "x y z"\n', encoding="utf-8")
    result = rewrite("--write", "--answers", str(tmp_path / "a.toml"), str(resume))
    assert result.exit_code == 2
    assert (
        f"po2pm: error: {tmp_path / 'a.toml'}: no bullet matches 'Managed the product backlog for the claim team'"
        f" (did you mean '{WEAK}'?)" in result.stderr
    )
    assert resume.read_text(encoding="utf-8") == f"- {WEAK}\n"


def test_an_answer_for_no_bullet_leaves_every_file_unwritten(tmp_path, linter):
    """An attack round of session 48: with one answer naming no bullet, the others were written
    and the run exited 2, which a script reads as "nothing done"."""
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    (tmp_path / "a.toml").write_text(
        f'[[bullet]]\ntext = "{WEAK}"\nedit = "Cut claim disputes by a third"\n[[bullet]]\ntext = "No such bullet"\nedit = "x"\n',
        encoding="utf-8",
    )
    result = rewrite("--write", "--answers", str(tmp_path / "a.toml"), str(resume))
    assert result.exit_code == 2
    assert "nothing written, as 1 answer names no bullet" in result.stderr
    assert resume.read_text(encoding="utf-8") == f"- {WEAK}\n"


def test_many_answers_for_no_bullet_print_twenty_lines_and_a_count(tmp_path):
    """An attack round (session 47): 200,000 mistyped answers printed 200,000 lines."""
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    stray = "".join(f'[[bullet]]\ntext = "No such bullet number {i}"\nedit = "x"\n' for i in range(500))
    (tmp_path / "a.toml").write_text(stray, encoding="utf-8")
    result = rewrite("--diff", "--answers", str(tmp_path / "a.toml"), str(resume))
    lines = result.stderr.splitlines()
    assert result.exit_code == 2
    assert len(lines) == 21 and "'No such bullet number 0'" in lines[0]
    assert lines[-1] == f"po2pm: error: {tmp_path / 'a.toml'}: 480 more answers match no bullet"


def test_the_cap_on_answers_file_messages_counts_both_kinds(tmp_path):
    """An attack round of session 48: the 20-line cap counted each kind of message apart, so an
    answers file of mistyped texts and mistyped brackets printed 42 lines."""
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    stray = "".join(f'[[bullet]]\ntext = "No such bullet number {i}"\nedit = "x"\n' for i in range(30))
    keys = "".join(f'"no such bracket {i}" = "x"\n' for i in range(30))
    (tmp_path / "a.toml").write_text(f'{stray}[[bullet]]\ntext = "{WEAK}"\npick = 1\n[bullet.answers]\n{keys}', encoding="utf-8")
    result = rewrite("--diff", "--answers", str(tmp_path / "a.toml"), str(resume))
    lines = [line for line in result.stderr.splitlines() if str(tmp_path / "a.toml") in line]
    assert len(lines) == 22
    assert lines[20].endswith("10 more answers match no bullet") and lines[21].endswith("30 more answers name no bracket")


def test_answers_file_errors_are_one_line(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    (tmp_path / "a.toml").write_text('[[bullet]]\npick = 7\nline = 1\n', encoding="utf-8")
    result = rewrite("--answers", str(tmp_path / "a.toml"), str(resume))
    assert result.exit_code == 2 and "bullet 1: 'pick' must be 0 (keep the original) or 1-3" in result.stderr
    # attack round ATK5 (weak 37): an empty text was told as "no bullet matches 'line None'"
    (tmp_path / "a.toml").write_text('[[bullet]]\ntext = ""\nedit = "Cut claim time 20%"\n', encoding="utf-8")
    result = rewrite("--answers", str(tmp_path / "a.toml"), str(resume))
    assert result.exit_code == 2 and "bullet 1: 'text' must be the bullet's text as it stands in the resume" in result.stderr
    assert "line None" not in result.stderr


@pytest.mark.slow
def test_interactive_session_in_a_real_terminal(tmp_path):
    """Choose a suggestion, answer its questions, see the re-check, accept: written, with a backup."""
    import sys

    pexpect = pytest.importorskip("pexpect")
    from .test_installed_command import installed_command

    resume = tmp_path / "resume.md"
    resume.write_text(f"# Ana\n\n- {WEAK}\n- {STRONG}\n", encoding="utf-8")
    child = pexpect.spawn(installed_command(), ["rewrite", "--no-cache", "--interactive", str(resume)], encoding="utf-8", timeout=120)
    child.expect(r"\[1/1\]")
    child.expect(r"k keep, e edit, s skip, q quit")
    child.sendline("1")
    child.expect("First, for yourself: What was your own part")
    while child.expect([r"\n  > ", r"Accept\? \[Y/n/q\]"]) == 0:
        child.sendline("revenue at risk from 40 clinics")
    assert "Checked:" in child.before or "Still reads as delivery work" in child.before
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, sys.stderr
    text = resume.read_text(encoding="utf-8")
    assert f"- {WEAK}" in text and "revenue at risk from 40 clinics" in text and "[" not in text
    assert (tmp_path / "resume.md.po2pm.bak").read_text(encoding="utf-8") == f"# Ana\n\n- {WEAK}\n- {STRONG}\n"


@pytest.mark.slow
def test_q_at_the_accept_prompt_stops_the_session(tmp_path):
    """A CI user's trial (session 16): "q" at "Accept? [Y/n]" was taken as no, and the session went
    on; the summary "0 bullets to rewrite" read as work still to do."""
    pexpect = pytest.importorskip("pexpect")
    from .test_installed_command import choose_the_first_and_answer, installed_command

    resume = tmp_path / "resume.md"
    resume.write_text(f"# Ana\n\n- {WEAK}\n- {WEAK} again\n", encoding="utf-8")
    child = pexpect.spawn(installed_command(), ["rewrite", "--no-cache", "--interactive", str(resume)], encoding="utf-8", timeout=120)
    choose_the_first_and_answer(child, "revenue at risk from 40 clinics")
    child.sendline("q")
    child.expect("Stopping here; the bullets accepted so far are kept.")
    assert "[2/2]" not in child.before  # the second bullet was never offered
    child.expect("0 rewrites accepted.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert resume.read_text(encoding="utf-8") == f"# Ana\n\n- {WEAK}\n- {WEAK} again\n"


def test_interactive_on_a_pdf_is_refused_before_the_session(tmp_path):
    """A Word user's trial (session 16): `rewrite -i` on a PDF took every answer, then wrote
    nothing and exited 2."""
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = rewrite("--interactive", str(pdf))
    assert result.exit_code == 2 and "po2pm does not write PDF files" in result.output


def test_write_needs_files(tmp_path):
    result = rewrite("--write", "--text", WEAK)
    assert result.exit_code == 2 and "cannot write to --text or stdin" in result.output


@pytest.mark.parametrize(
    ("name", "content", "kept"),
    [
        ("resume.json", '{"work": [{"highlights": ["Managed the product backlog for the \\"claims\\" team\\""]}]}\n', 'team\\"'),
        ("cafe.json", '{"work": [{"highlights": ["Managed the product backlog for the caf\\u00e9"]}]}\n', "caf"),
        ("resume.tex", "\\documentclass{article}\n\\begin{document}\n\\begin{itemize}\n\\item Managed the product backlog for the claims team at 100\\%\n\\end{itemize}\n\\end{document}\n", "100\\%"),
        ("resume.yaml", "work:\n  - highlights:\n      - 'Managed the product backlog for the claims team'''\n", "team''"),
    ],
)
def test_a_bullet_ending_in_an_escape_is_replaced_whole_and_the_file_stays_valid(tmp_path, name, content, kept):
    """The last character of such a bullet maps to where its escape starts; the edit must not
    leave the escape's tail behind (issue 16)."""
    from po2pm_rewrite.formats import extract, format_for

    resume = tmp_path / name
    resume.write_text(content, encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.stderr
    text = resume.read_text(encoding="utf-8")
    bullets = extract(text, format_for(name))  # still parses in its format
    assert len(bullets) == 1 and "[" in bullets[0].text
    assert kept in text


@pytest.mark.parametrize(
    ("name", "content", "tail"),
    [
        # a file not kept in ASCII ("Café"), where the new text's emoji is written as itself: an
        # ASCII one keeps it as its escape (ATK21, C13), and "ude00" would be the new text's own
        ("pair.json", '{"work": [{"name": "Café", "highlights": ["Managed the product backlog for the loans team \\ud83d\\ude00"]}]}\n', "ude00"),
        ("u.yaml", 'highlights:\n  - "Managed the product backlog for the cards team \\U0001F600"\n', "0001F600"),
        ("x.yaml", 'highlights:\n  - "Managed the product backlog for the savings team\\x21"\n', "]21"),
        ("accent.tex", "\\begin{document}\n\\begin{itemize}\n\\item Managed the product backlog for the team at Caf\\'e\n\\end{itemize}\n\\end{document}\n", "]'e"),
        ("dots.tex", "\\begin{document}\n\\begin{itemize}\n\\item Managed the product backlog for the payroll team\\ldots\n\\end{itemize}\n\\end{document}\n", "]ldots"),
        ("entity.html", "<ul>\n<li>Managed the product backlog for the claims team &amp;</li>\n</ul>\n", "]amp;"),
        ("bold.html", "<ul>\n<li>Managed the product backlog for the savings team <b>Q3</b></li>\n</ul>\n", "</b>"),
        ("bold.md", "- Managed the product backlog for the mortgage team **Q3**\n", "Q3**"),
    ],
)
def test_no_escape_or_markup_tail_is_left_after_the_new_text(tmp_path, name, content, tail):
    """Found by a second round of attacks (session 8): the bullet's last character came from an
    escape or sat inside markup, and the tail was left after the rewrite."""
    from po2pm_rewrite.formats import extract, format_for

    resume = tmp_path / name
    resume.write_text(content, encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.stderr
    text = resume.read_text(encoding="utf-8")
    assert tail not in text, text
    assert len(extract(text, format_for(name))) == 1


def test_a_markdown_bullet_with_escapes_and_entities_is_written_so_it_reads_back_as_itself(tmp_path):
    """Markdown's own escapes survive a rewrite: the new text is escaped where Markdown would
    read it as markup ("*core*" as emphasis), so the bullet reads back with its characters."""
    from po2pm_rewrite.formats import extract

    resume = tmp_path / "resume.md"
    resume.write_text("- Managed the \\*core\\* backlog for the R&amp;D claims team at snake_case HQ\n", encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.stderr
    text = resume.read_text(encoding="utf-8")
    assert text.startswith("- Managed the \\*core\\* backlog for the R&amp;D claims team at snake_case HQ, "), text  # kept as written
    [bullet] = extract(text, "markdown")
    assert bullet.text.startswith("Managed the *core* backlog for the R&D claims team at snake_case HQ, ")


def test_markdown_text_that_spells_a_tag_is_written_back_as_text_not_as_html(tmp_path):
    """Fourth round of attacks (F01): "&lt;img onerror=...&gt;" was written back as a live tag."""
    resume = tmp_path / "resume.md"
    resume.write_text("- Managed the product backlog &lt;img src=x onerror=alert(1)&gt; for the claims team\n", encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.stderr
    text = resume.read_text(encoding="utf-8")
    assert "<img" not in text, text
    assert text.startswith("- Managed the product backlog &lt;img src=x onerror=alert(1)&gt; for the claims team, "), text


def test_a_yaml_value_a_latex_template_renders_keeps_its_latex_escapes(tmp_path):
    """Written plainly, "40%" would start a LaTeX comment when the template renders the value."""
    from po2pm_rewrite.formats import extract

    resume = tmp_path / "cv.yaml"
    resume.write_text('details:\n  - "Managed the product backlog for the claims team at \\\\textbf{Northwind}, 40\\\\% of it bugs"\n', encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.stderr
    text = resume.read_text(encoding="utf-8")
    assert "40\\\\% of it bugs" in text and "40% of it bugs" not in text, text
    [bullet] = extract(text, "yaml")
    assert bullet.text.startswith("Managed the product backlog for the claims team at Northwind, 40% of it bugs, ")


def test_a_bullet_that_would_not_read_back_is_left_alone_and_the_others_are_written(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text("- Managed the product backlog for the loans team [link](http://example.com)\n" + BULLET, encoding="utf-8")
    answers = tmp_path / "answers.toml"
    # An edit that replaces the bullet (not one that keeps it and adds a clause) would leave the
    # link's "](http://...)" behind.
    answers.write_text(
        '[[bullet]]\ntext = "Managed the product backlog for the loans team link"\nedit = "Cut loan approval time 30% by dropping two forms"\n'
        '[[bullet]]\ntext = "Managed the product backlog for the claims team"\nedit = "Cut claim handling time by half for 40 brokers"\n',
        encoding="utf-8",
    )
    result = rewrite("--write", "--answers", str(answers), str(resume))
    assert result.exit_code == 2
    assert "resume.md: line 1: left as it was: written, it would read back as 'Cut loan approval time 30% by dropping two forms" in result.stderr
    assert "markup po2pm cannot replace safely (a link, bold text, an escape) is in the way; edit it by hand" in result.stderr
    lines = resume.read_text(encoding="utf-8").splitlines()
    assert lines == ["- Managed the product backlog for the loans team [link](http://example.com)", "- Cut claim handling time by half for 40 brokers"]


def test_a_clause_added_to_a_bullet_that_ends_in_a_link_follows_the_link(tmp_path):
    """"... for the loans team [link](http://...)" and "... for the [claims team][ct]": the clause
    goes after the whole link, which keeps its address (it had landed inside the link's text, and
    the write was refused)."""
    resume = tmp_path / "resume.md"
    resume.write_text(
        "- Managed the product backlog for the loans team [link](http://example.com)\n"
        "- Managed the product backlog for the [claims team][ct]\n\n[ct]: https://example.com\n",
        encoding="utf-8",
    )
    result = rewrite("--write", "--allow-placeholders", "--pick", "1", str(resume))
    assert result.exit_code == 0, result.stderr
    lines = resume.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("- Managed the product backlog for the loans team [link](http://example.com), ")
    assert lines[1].startswith("- Managed the product backlog for the [claims team][ct], ")
    assert lines[3] == "[ct]: https://example.com"


def test_an_answer_with_a_control_character_is_not_written(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(BULLET, encoding="utf-8")
    answers = tmp_path / "answers.toml"
    answers.write_text('[[bullet]]\ntext = "Managed the product backlog for the claims team"\nedit = "Cut churn \\u0000 for trial users"\n', encoding="utf-8")
    result = rewrite("--write", "--answers", str(answers), str(resume))
    assert result.exit_code == 2
    assert "control character '\\x00'" in result.stderr
    assert resume.read_text(encoding="utf-8") == BULLET


def test_a_write_that_would_not_read_back_is_refused(tmp_path):
    from po2pm_rewrite.errors import InputError
    from po2pm_rewrite.write import WritePlan

    resume = tmp_path / "resume.json"
    before = '{"work": [{"highlights": ["Managed the product backlog for the claims team"]}]}\n'
    resume.write_text(before, encoding="utf-8")
    source = read_path(resume)
    broken = WritePlan(resume, before, before.replace('team"]', 'team]'), 1, 0)
    with pytest.raises(InputError, match="after the rewrite the file would not read as json"):
        write(source, broken, allow_placeholders=True)
    assert resume.read_text(encoding="utf-8") == before and not (tmp_path / "resume.json.po2pm.bak").exists()


BULLET = "- Managed the product backlog for the claims team\n"


def test_write_through_a_symlink_rewrites_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.md"
    target.write_text(BULLET, encoding="utf-8")
    link = tmp_path / "resume.md"
    link.symlink_to(target)
    result = rewrite(str(link), "--write", "--pick", "1", "--allow-placeholders")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") != BULLET  # the rewrite landed in the file the link names
    # the file rewritten may be outside the folder the user looked at: the run names it
    assert f"po2pm: note: {link}: a link: the file rewritten is its target {target.resolve()}; the link is kept" in result.stderr


def test_write_refuses_a_read_only_file_and_a_file_with_hard_links(tmp_path):
    read_only = tmp_path / "read-only.md"
    read_only.write_text(BULLET, encoding="utf-8")
    read_only.chmod(0o444)
    linked = tmp_path / "linked.md"
    linked.write_text(BULLET, encoding="utf-8")
    os.link(linked, tmp_path / "other-name.md")
    for path, message in ((read_only, "is read-only; nothing written"), (linked, "has 2 hard links, which a safe write")):
        result = rewrite(str(path), "--write", "--pick", "1", "--allow-placeholders")
        assert result.exit_code == 2, result.output
        assert f"po2pm: error: {path}: {message}" in result.output
        assert path.read_text(encoding="utf-8") == BULLET
    assert not list(tmp_path.glob("*.po2pm.bak")) and not list(tmp_path.glob(".*.po2pm"))


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    """SIGTERM is turned into the same unwinding as Ctrl-C (cli._terminate); the write cleans up."""
    from po2pm_rewrite import cli
    from po2pm_rewrite import write as write_module

    resume = tmp_path / "resume.md"
    resume.write_text(BULLET, encoding="utf-8")

    def stopped(*args, **kwargs):
        cli._terminate(15, None)

    monkeypatch.setattr(write_module.os, "replace", stopped)
    with pytest.raises(KeyboardInterrupt):
        write_module._replace_atomically(resume, b"new text")
    assert [p.name for p in tmp_path.iterdir()] == ["resume.md"]
    assert resume.read_text(encoding="utf-8") == BULLET


@pytest.mark.parametrize(
    ("where", "code", "words"),
    [
        ("fsync", "ENOSPC", "No space left on device"),  # a full disk, striking as the new file is flushed
        ("mkstemp", "EACCES", "Permission denied"),  # a read-only folder: no new file can be made in it
    ],
)
def test_a_full_disk_or_read_only_folder_is_exit_2_with_the_file_unchanged(tmp_path, monkeypatch, where, code, words):
    """Root ignores permissions, so both are simulated where they strike."""
    import errno

    from po2pm_rewrite import write as write_module

    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")

    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(getattr(errno, code), words)

    monkeypatch.setattr(write_module.os if where == "fsync" else write_module.tempfile, where, refused)
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 2, result.output
    assert f"po2pm: error: {resume}: cannot write: {words}; the file is unchanged" in result.stderr
    assert resume.read_text(encoding="utf-8") == f"- {WEAK}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["resume.md"]  # no temporary, no half backup


def test_write_all_reports_each_file_and_a_refused_file_costs_no_other(tmp_path, linter):
    """The writing loop is the library's (write.write_all); the CLI only says what it came to."""
    from po2pm_rewrite.write import write_all

    good, locked = tmp_path / "good.md", tmp_path / "locked.md"
    for path in (good, locked):
        path.write_text(f"- {WEAK}\n", encoding="utf-8")
    locked.chmod(0o444)
    sources = [read_path(good), read_path(locked)]
    report = linter.rewrite(sources)
    chosen = {i: choices(file.bullets, None, 1) for i, file in enumerate(report.files)}
    outcomes = write_all(sources, report, chosen, allow_placeholders=True, placeholder_words=frozenset())
    assert [o.path for o in outcomes] == [str(good), str(locked)]
    assert outcomes[0].error is None and outcomes[0].change is not None and outcomes[0].change.edits == 1
    assert outcomes[1].change is None and outcomes[1].error is not None and "is read-only; nothing written" in outcomes[1].error
    assert good.read_text(encoding="utf-8") != f"- {WEAK}\n" and locked.read_text(encoding="utf-8") == f"- {WEAK}\n"


def test_an_edit_saved_while_po2pm_writes_is_kept(tmp_path, monkeypatch):
    """The digest is checked again just before the file is replaced (found in a second round of
    attacks: an editor saving during a slow write lost its edit)."""
    from po2pm_rewrite import write as write_module

    resume = tmp_path / "resume.md"
    resume.write_text(BULLET, encoding="utf-8")
    real_fsync = write_module.os.fsync
    calls = []

    def fsync_then_someone_saves(descriptor):
        real_fsync(descriptor)
        calls.append(descriptor)
        if len(calls) == 2:  # the backup is written; now the new file: the user saves meanwhile
            with resume.open("a", encoding="utf-8") as stream:
                stream.write("- A bullet the user just typed\n")

    monkeypatch.setattr(write_module.os, "fsync", fsync_then_someone_saves)
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 2
    assert "changed while po2pm was writing it; nothing written" in result.stderr
    assert resume.read_text(encoding="utf-8") == BULLET + "- A bullet the user just typed\n"


def test_a_write_reads_the_file_back_a_fixed_number_of_times_not_once_per_bullet(tmp_path, monkeypatch, linter):
    """Reading back each edit alone, every time, made a 500-bullet write take 44 s (third round
    of attacks): each edit is tried alone only when all of them together do not read back."""
    import po2pm_rewrite.formats as formats

    resume = tmp_path / "resume.md"
    resume.write_text("".join(f"- Managed the product backlog for team number {i}\n" for i in range(40)), encoding="utf-8")
    source = read_path(resume)
    report = linter.rewrite([source])
    chosen = {index: bullet.suggestions[0].text for index, bullet in enumerate(report.files[0].bullets) if bullet.suggestions}
    assert len(chosen) >= 30
    calls = []
    real_extract = formats.extract
    monkeypatch.setattr(formats, "extract", lambda *args, **kwargs: calls.append(1) or real_extract(*args, **kwargs))
    change = plan(source, report.files[0], chosen)
    assert change.edits == len(chosen) and not change.left_alone
    assert len(calls) <= 2


def test_a_latex_rewrite_that_opens_with_a_bracket_is_not_read_as_the_item_label(tmp_path):
    """"\\item [the result] by ..." read back as \\item's optional label, so every result-first
    rewrite of a LaTeX bullet was left alone (third round of attacks)."""
    resume = tmp_path / "resume.tex"
    resume.write_text("\\begin{document}\n\\begin{itemize}\n\\item Managed the product backlog for the savings team\n\\end{itemize}\n\\end{document}\n", encoding="utf-8")
    answers = tmp_path / "answers.toml"
    answers.write_text('[[bullet]]\ntext = "Managed the product backlog for the savings team"\nedit = "[Cut churn 20%] by managing the product backlog for the savings team"\n', encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", "--answers", str(answers), str(resume))
    assert result.exit_code == 0, result.stderr
    from po2pm_rewrite.formats import extract

    assert [b.text for b in extract(resume.read_text(encoding="utf-8"), "latex")] == ["[Cut churn 20%] by managing the product backlog for the savings team"]


def test_a_latex_item_label_is_kept_by_a_clause_and_replaced_by_an_edit(tmp_path):
    """A bullet read from `\\item[label] text` opens inside the brackets: a rewrite that keeps the
    label goes after the bracket, an edit without it replaces the label, and the file stays valid."""
    from po2pm_rewrite.formats import extract

    resume = tmp_path / "resume.tex"
    resume.write_text(
        "\\begin{document}\n\\section{Experience}\n\\begin{description}\n"
        "\\item[linux] both the server and client run debian, managed by me.\n"
        "\\item[puppet] for deploying both the server and clients.\n\\end{description}\n\\end{document}\n",
        encoding="utf-8",
    )
    answers = tmp_path / "answers.toml"
    answers.write_text(
        '[[bullet]]\ntext = "linux: both the server and client run debian, managed by me."\n'
        'edit = "linux: both the server and client run debian, managed by me; cut outages by half"\n'
        '[[bullet]]\ntext = "puppet: for deploying both the server and clients."\n'
        'edit = "Chose Puppet to deploy servers and clients"\n',
        encoding="utf-8",
    )
    result = rewrite("--write", "--answers", str(answers), str(resume))
    assert result.exit_code == 0, result.stderr
    written = resume.read_text(encoding="utf-8")
    assert "\\item[linux] both the server and client run debian, managed by me; cut outages by half\n" in written
    assert "\\item Chose Puppet to deploy servers and clients\n" in written
    assert [b.text for b in extract(written, "latex")] == [
        "linux: both the server and client run debian, managed by me; cut outages by half",
        "Chose Puppet to deploy servers and clients",
    ]


def test_a_latex_label_with_a_colon_or_before_an_act_is_kept_by_an_edit(tmp_path):
    """An attack round of session 48: an edit keeping `\\item[Ops: Web]` was cut at the label's own
    colon, and one keeping `\\item[Claims]` before an act ("Claims: Cut ...") read back without the
    label, as the reader reads a run-in label; both were refused, blaming markup."""
    from po2pm_rewrite.formats import extract

    resume = tmp_path / "resume.tex"
    resume.write_text(
        "\\begin{document}\n\\section{Experience}\n\\begin{description}\n\\item[Claims] product backlog for the claims team\n"
        "\\item[Ops: Web] the Jira board for the web squad\n\\end{description}\n\\end{document}\n",
        encoding="utf-8",
    )
    answers = tmp_path / "answers.toml"
    answers.write_text(
        '[[bullet]]\ntext = "Claims: product backlog for the claims team"\nedit = "Claims: Cut claim time by ranking the backlog first"\n'
        '[[bullet]]\ntext = "Ops: Web: the Jira board for the web squad"\nedit = "Ops: Web: the Jira board for the web squad, cutting disputes"\n',
        encoding="utf-8",
    )
    result = rewrite("--write", "--answers", str(answers), str(resume))
    assert result.exit_code == 0, result.stderr
    written = resume.read_text(encoding="utf-8")
    assert "\\item[Claims] Cut claim time by ranking the backlog first\n" in written
    assert "\\item[Ops: Web] the Jira board for the web squad, cutting disputes\n" in written
    assert [b.text for b in extract(written, "latex")] == [  # the run-in label "Claims:" is cut later, by the screen
        "Claims: Cut claim time by ranking the backlog first",
        "Ops: Web: the Jira board for the web squad, cutting disputes",
    ]


@pytest.mark.parametrize(("signame", "code"), [("SIGTERM", 143), ("SIGHUP", 129), ("SIGQUIT", 131)])
def test_a_run_ended_by_a_signal_says_so_and_exits_as_a_shell_reports_it(signame, code):
    """Third round of attacks (7.10): SIGHUP and SIGQUIT left a full-size temporary file beside
    the resume; SIGTERM exited 130, the Ctrl-C code."""
    import signal
    import subprocess
    import time

    from .test_installed_command import installed_command

    process = subprocess.Popen([installed_command(), "check", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)  # waiting on its standard input, which never ends
    process.send_signal(getattr(signal, signame))
    _, error = process.communicate(timeout=20)
    assert process.returncode == code
    assert "po2pm: interrupted" in error


def test_a_write_keeps_setgid_and_extended_attributes(tmp_path):
    """Third round of attacks (7.6, 7.7): the setgid bit and a `user.` attribute were dropped."""
    resume = tmp_path / "resume.md"
    resume.write_text(BULLET, encoding="utf-8")
    os.chmod(resume, 0o2755)
    try:
        os.setxattr(resume, "user.note", b"kept")
    except (AttributeError, OSError):
        pytest.skip("no user extended attributes on this file system")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(resume.stat().st_mode) == 0o2755
    assert os.getxattr(resume, "user.note") == b"kept"


@pytest.mark.parametrize(
    ("name", "content", "kept"),
    [
        # fourth round of attacks (F04): the whole bullet was replaced, and with it what the
        # reader hides: a translation switched off by its macro, a link's address
        (
            "hidden.tex",
            "\\documentclass{article}\n\\newcommand{\\zh}[1]{}\n\\newcommand{\\inlineLink}[2]{\\href{#1}{#2}}\n\\begin{document}\n"
            "\\begin{itemize}\n\\item Managed the product backlog \\zh{\u7ffb\u8bd1} for the \\inlineLink{https://example.com}{Northwind} claims team\n"
            "\\end{itemize}\n\\end{document}\n",
            ["\\zh{\u7ffb\u8bd1}", "\\inlineLink{https://example.com}{Northwind}"],
        ),
        ("link.md", "- Managed the product backlog for the [claims](https://example.com) team at **Northwind**\n", ["[claims](https://example.com)", "**Northwind**"]),
    ],
)
def test_a_clause_is_added_after_the_bullet_so_its_markup_and_hidden_text_stay(tmp_path, name, content, kept):
    from po2pm_rewrite.formats import extract, format_for

    resume = tmp_path / name
    resume.write_text(content, encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", "--pick", "1", str(resume))
    assert result.exit_code == 0, result.stderr
    text = resume.read_text(encoding="utf-8")
    for markup in kept:
        assert markup in text, text
    [bullet] = extract(text, format_for(name))
    assert bullet.text.startswith("Managed the product backlog for the") and "[" in bullet.text


@pytest.mark.parametrize(
    "value",
    ['"\\\\textbf{Managed} the product backlog for the claims team, 40\\\\% of it bugs"', "\\textbf{Managed} the product backlog for the claims team", "'{\\bf Managed} the product backlog for the claims team'"],
)
def test_a_yaml_value_that_opens_with_latex_markup_is_written_whole_and_valid(tmp_path, value):
    """Fourth round of attacks (W05): the rewrite began inside the markup, was quoted as if it
    were a plain value, and the whole file was refused as invalid YAML."""
    from po2pm_rewrite.formats import extract

    resume = tmp_path / "cv.yaml"
    resume.write_text(f"details:\n  - {value}\n", encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.stderr
    [bullet] = extract(resume.read_text(encoding="utf-8"), "yaml")
    assert bullet.text.startswith("Managed the product backlog for the claims team") and "[" in bullet.text


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cv.yaml", 'details:\n  - "**Groomed** the backlog with the card squad every sprint"\n  - Wrote user stories and acceptance criteria for the <b>savings</b> product backlog\n'),
        ("cv.json", '{"work": [{"highlights": ["Managed the <b>product backlog</b>", "**Groomed** the backlog with the card squad"]}]}\n'),
    ],
)
def test_a_json_or_yaml_bullet_with_its_themes_markup_is_rewritten_whole_and_valid(tmp_path, name, content):
    """Read without its markup (set I), a bullet that opened with "**" was rewritten from inside
    it, and the quote before the edit was lost: the file was refused as invalid YAML."""
    from po2pm_rewrite.formats import extract, format_for

    resume = tmp_path / name
    resume.write_text(content, encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.stderr
    written = resume.read_text(encoding="utf-8")
    bullets = extract(written, format_for(name))
    assert len(bullets) == 2 and all("[" in b.text for b in bullets)
    assert "**" not in written and "<b>" not in written


def test_a_markdown_pages_front_matter_highlights_are_read_and_written_as_yaml(tmp_path):
    """Set W: a Jekyll page of one job keeps its claims in YAML front matter (`highlights:`) and
    has no body; it was read as empty. Written back, a plain YAML value is quoted where the
    rewrite needs it (": [" in a plain scalar would break the YAML and lose the bullet)."""
    import yaml

    page = tmp_path / "google.md"
    page.write_text(
        "---\nname: Google\nrole: Product Manager\nhighlights:\n"
        "    - Managed the product backlog for the claims team\n"
        "    - Wrote user stories for the broker portal\n---\n",
        encoding="utf-8",
    )
    extracted = runner.invoke(app, ["extract", str(page)]).output
    assert "5:7  Managed the product backlog for the claims team" in extracted and "2 bullets to check" in extracted
    result = rewrite("--write", "--allow-placeholders", str(page))
    assert result.exit_code == 0, result.output
    front_matter = page.read_text(encoding="utf-8").split("---\n")[1]
    highlights = yaml.safe_load(front_matter)["highlights"]
    assert len(highlights) == 2 and all(item.count("[") >= 2 for item in highlights), highlights
    assert highlights[0].startswith("Managed the product backlog for the claims team")


def test_a_yaml_file_of_two_documents_is_read_and_written_back_whole(tmp_path):
    """Set Y: a short header document, `---`, then the resume: valid YAML, refused with exit 2
    ("expected a single document") and its 88 claims lost. Every document is read, at the file's
    own lines, and a rewrite keeps both documents."""
    import yaml

    resume = tmp_path / "resume.yaml"
    resume.write_text(
        "%YAML 1.1\n---\npermalink: https://example.org/resume\n---\nwork:\n  - name: Insurer\n"
        "    highlights:\n      - Managed the product backlog for the claims team\n",
        encoding="utf-8",
    )
    extracted = runner.invoke(app, ["extract", str(resume)])
    assert extracted.exit_code == 0 and "8:9  Managed the product backlog for the claims team" in extracted.output
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.stderr
    header, body = yaml.safe_load_all(resume.read_text(encoding="utf-8"))
    assert header == {"permalink": "https://example.org/resume"}
    assert body["work"][0]["highlights"][0].startswith("Managed the product backlog for the claims team") and "[" in body["work"][0]["highlights"][0]


def test_diff_shows_exactly_what_write_would_write(tmp_path):
    """Fifth round of attacks (A15): after a bullet ending in a backslash (a hard line break),
    `--diff` printed the rewrite glued onto the next bullet, a patch that applied cleanly and broke
    the list, while `--write` left that bullet as it was. --diff now runs the same checks."""
    resume = tmp_path / "cv.md"
    original = "- Groomed user stories with developers\\\n- Led the team\n- Groomed user stories with [developers](http://x)\n"
    resume.write_text(original, encoding="utf-8")
    shown = runner.invoke(app, ["rewrite", "--no-cache", "--diff", str(resume)])
    predicted = rewrite("--write", "--dry-run", "--allow-placeholders", str(resume))
    assert shown.stdout == predicted.stdout and "+- Led the team" not in shown.stdout
    assert "line 1: left as it was" in shown.stderr
    assert resume.read_text(encoding="utf-8") == original


def test_a_backup_path_that_is_a_folder_is_named_in_the_refusal(tmp_path):
    """Fifth round of attacks (A25): with `cv.md.po2pm.bak/` a folder, the refusal said
    "cv.md: cannot write: Is a directory", naming the resume, not the backup."""
    resume = tmp_path / "cv.md"
    resume.write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")
    (tmp_path / "cv.md.po2pm.bak").mkdir()
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 2 and "cv.md.po2pm.bak: cannot write the backup" in result.stderr
    assert resume.read_text(encoding="utf-8") == "- Managed the product backlog for the claims team\n"


def test_an_answer_by_line_is_refused_for_several_files_and_none_is_changed(tmp_path):
    """An attack round: `line = 3` with two files rewrote the second file's unrelated bullet too."""
    first, second = tmp_path / "m1.md", tmp_path / "m2.md"
    first.write_text("## Experience\n\n- Managed the product backlog for the claims team\n", encoding="utf-8")
    second.write_text("## Experience\n\n- Wrote user stories for the reporting module\n", encoding="utf-8")
    (tmp_path / "a.toml").write_text('[[bullet]]\nline = 3\nedit = "Cut churn 20% by re-ranking the backlog by claim value"\n', encoding="utf-8")
    before = first.read_bytes(), second.read_bytes()
    result = rewrite("--no-cache", "--write", "--answers", str(tmp_path / "a.toml"), str(first), str(second))
    assert result.exit_code == 2 and "with several files, name each bullet by its text" in result.stderr
    assert (first.read_bytes(), second.read_bytes()) == before
    # one file: the line names its bullet
    result = rewrite("--no-cache", "--write", "--answers", str(tmp_path / "a.toml"), str(first))
    assert result.exit_code == 0 and "Cut churn 20%" in first.read_text(encoding="utf-8")


def test_escape_sequences_in_an_interactive_session_and_a_write_note_are_shown_not_obeyed(tmp_path):
    """An attack round (session 41, tty01 and fn01): `rewrite --interactive` printed a bullet's
    escape sequences raw (the terminal's title set, its screen cleared), and so did the note
    `--write` leaves, for a file's name; every other output showed them."""
    pexpect = pytest.importorskip("pexpect")
    from .test_installed_command import installed_command, run

    resume = tmp_path / "cv\x1b]0;title\x07.md"
    resume.write_text("- Managed the \x1b[2J product backlog for the claims team\n", encoding="utf-8")
    child = pexpect.spawn(installed_command(), ["rewrite", "--no-cache", "--interactive", str(resume)], encoding="utf-8", timeout=120)
    child.expect(r"k keep, e edit, s skip, q quit")
    shown = child.before
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert "Managed the \\x1b[2J product backlog" in shown and "\x1b[2J" not in shown, shown
    resume.write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")  # a control character is never written
    written = run("rewrite", "--no-cache", "--write", "--pick", "1", "--allow-placeholders", str(resume))
    assert written.returncode == 0 and "rewrote 1 bullet" in written.stderr, written.stderr
    assert "\x1b" not in written.stderr and "\x07" not in written.stderr and "cv\\x1b]0;title\\x07.md" in written.stderr


def test_two_answers_for_one_bullet_or_an_edit_with_a_pick_are_refused(tmp_path):
    """An attack round (session 41, ans02): the last of two tables for one bullet won in silence,
    and so did `edit` over `pick`."""
    resume = tmp_path / "resume.md"
    resume.write_text(f"# Ana\n\n- {WEAK}\n", encoding="utf-8")
    twice = tmp_path / "twice.toml"
    twice.write_text(f'[[bullet]]\nline = 3\npick = 1\n\n[[bullet]]\ntext = "{WEAK}"\npick = 2\n', encoding="utf-8")
    both = tmp_path / "both.toml"
    both.write_text('[[bullet]]\nline = 3\npick = 1\nedit = "Cut the claims backlog to what 40 brokers asked for"\n', encoding="utf-8")
    for answers, said in ((twice, "two answers name this bullet"), (both, "not both")):
        result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
        assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == f"# Ana\n\n- {WEAK}\n"


def test_a_file_of_advice_only_says_there_is_nothing_to_write(tmp_path):
    """An attack round (session 41, rw03): --write, --diff and --dry-run printed nothing and exited 0
    when every flagged bullet got advice: a script could not tell nothing was written."""
    from .test_installed_command import run

    resume = tmp_path / "resume.md"
    resume.write_text("## Experience\n\n- Ran daily stand-ups and sprint planning for two teams\n", encoding="utf-8")
    for options in (["--diff"], ["--write", "--dry-run"], ["--write"]):
        result = run("rewrite", "--no-cache", *options, str(resume))
        assert result.returncode == 0 and "nothing to write: the 1 flagged bullet got advice, not a suggestion" in result.stderr, (options, result.stderr)
    assert not (tmp_path / "resume.md.po2pm.bak").exists()


@pytest.mark.parametrize(
    "content",
    [
        "highlights: [Won the Acme account, Wrote user stories for the claims portal]\n",
        "highlights: [Wrote user stories for the claims portal]\n",
        "work:\n  - {position: Product Owner, summary: Wrote user stories for the claims portal}\n",
    ],
)
def test_a_yaml_flow_collections_plain_item_is_written_quoted_and_reads_back(tmp_path, content):
    import yaml

    resume = tmp_path / "cv.yaml"
    resume.write_text(content, encoding="utf-8")
    result = rewrite("--write", "--allow-placeholders", str(resume))
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    assert written != content
    loaded = yaml.safe_load(written)
    items = loaded["highlights"] if "highlights" in loaded else [loaded["work"][0]["summary"]]
    assert any(item.startswith("Wrote user stories for the claims portal, ") and "[" in item for item in items)
    assert len(items) == (2 if "Acme" in content else 1)


def test_an_answer_edit_with_markup_characters_is_written_to_markdown_and_refused_in_json_by_its_cause(tmp_path):
    """Attack round, session 44 (WA): an edit holding "*", "<b>" or "`" was refused in every format
    as "markup ... is in the way" though the bullet had none. Markdown escapes them and reads them
    back as written; a JSON string's theme renders them, so the refusal names the edit's own marks."""
    answers = tmp_path / "answers.toml"
    answers.write_text(
        '[[bullet]]\ntext = "Managed the product backlog for the claims team"\nedit = "Cut churn *3%* for <b>claims</b> with `x` and \\\\` too"\n',
        encoding="utf-8",
    )
    markdown = tmp_path / "r.md"
    markdown.write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")
    result = rewrite("--write", "--answers", str(answers), str(markdown))
    assert result.exit_code == 0, result.stderr
    from po2pm_rewrite.formats import extract

    [bullet] = extract(markdown.read_text(encoding="utf-8"), "markdown")
    assert bullet.text == "Cut churn *3%* for <b>claims</b> with `x` and \\` too"
    resume = tmp_path / "r.json"
    original = '{"work": [{"highlights": ["Managed the product backlog for the claims team"]}]}'
    resume.write_text(original, encoding="utf-8")
    result = rewrite("--write", "--answers", str(answers), str(resume))
    assert result.exit_code == 2
    assert "the new text's *, _, `, ~~, [...](...) or <...> read as formatting in a json file; leave them out of the edit" in result.stderr
    assert resume.read_text(encoding="utf-8") == original


def test_a_file_name_with_a_line_break_cannot_forge_a_diff_header(tmp_path):
    resume = tmp_path / "cv\n+++ other.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    result = rewrite("--diff", "--allow-placeholders", str(resume))
    headers = [line for line in result.stdout.splitlines() if line.startswith(("--- ", "+++ "))]
    assert len(headers) == 2 and all("\\n+++ other.md" in line for line in headers), result.stdout


@pytest.mark.parametrize(
    ("name", "content", "written"),
    [
        ("bold.md", "- **Managed the product backlog** for the claims team\n", "- Cut claim time 20% by ranking the backlog\n"),
        ("italic.md", "- *Managed* the Jira board for the billing team\n", "- Cut claim time 20% by ranking the backlog\n"),
        ("code.md", "- `Ops:` product backlog for the web team\n", "- Cut claim time 20% by ranking the backlog\n"),
        ("bold.html", "<ul>\n<li><b>Managed the product backlog</b> for the claims team</li>\n</ul>\n", "<ul>\n<li>Cut claim time 20% by ranking the backlog</li>\n</ul>\n"),
        ("em.html", "<ul>\n<li><em>Ran</em> daily standups for the two claims teams</li>\n</ul>\n", "<ul>\n<li>Cut claim time 20% by ranking the backlog</li>\n</ul>\n"),
        # attack round ATK6: a single underscore, nested marks, and a tag whose attribute holds ">"
        ("under.md", "- _Managed_ the product backlog for the claims team\n", "- Cut claim time 20% by ranking the backlog\n"),
        ("nested.md", "- **_Owned_** sprint planning for the web team\n", "- Cut claim time 20% by ranking the backlog\n"),
        ("title.html", '<ul>\n<li><b title="a>b">Owned</b> sprint planning for the payments team</li>\n</ul>\n', "<ul>\n<li>Cut claim time 20% by ranking the backlog</li>\n</ul>\n"),
    ],
)
def test_a_new_text_over_a_bullet_that_opens_with_emphasis_takes_the_opening_mark_too(tmp_path, name, content, written):
    """Attack round ATK5: the replaced range started after "**" and ran over the closing "**", so
    "- **Managed the product backlog** for ..." became "- **Cut claim time ...", a bold the page
    never closes (and "<li><b>Cut ...</li>" left the rest of an HTML list bold)."""
    resume = tmp_path / name
    resume.write_text(content, encoding="utf-8")
    (tmp_path / "answers.toml").write_text('[[bullet]]\nline = 2\nedit = "Cut claim time 20% by ranking the backlog"\n' if name.endswith(".html") else '[[bullet]]\nline = 1\nedit = "Cut claim time 20% by ranking the backlog"\n', encoding="utf-8")
    result = rewrite("--write", "--answers", str(tmp_path / "answers.toml"), str(resume))
    assert result.exit_code == 0, result.stderr
    assert resume.read_text(encoding="utf-8") == written


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("link.md", "- [Managed](https://example.org/a) the roadmap for the claims team\n"),
        ("image.md", "- ![logo](logo.png) **Managed** the product backlog for the web team\n"),
        ("link.html", '<ul>\n<li><a href="https://example.org/a"><b>Managed</b></a> the roadmap for the claims team</li>\n</ul>\n'),
    ],
)
def test_an_edit_over_a_link_or_an_image_is_left_alone_and_says_why(tmp_path, name, content):
    """Attack round ATK6 (weak): an edit of a bullet that opens with a link or an image wrote over
    it, and the address went with no word."""
    resume = tmp_path / name
    resume.write_text(content, encoding="utf-8")
    line = 2 if name.endswith(".html") else 1
    (tmp_path / "a.toml").write_text(f'[[bullet]]\nline = {line}\nedit = "Cut claim time 20% by ranking the backlog"\n', encoding="utf-8")
    result = rewrite("--write", "--answers", str(tmp_path / "a.toml"), str(resume))
    assert result.exit_code == 2 and "a link or an image sits in the words this edit replaces" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == content
