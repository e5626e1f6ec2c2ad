"""A fresh attack round (session 30, issue 16): each case failed (exit 3, or a file changed that no
answer named) on the code before its fix. Real processes of the installed command."""

from __future__ import annotations

import os
import subprocess

from .test_installed_command import installed_command, run

BULLET = "## Experience\n\n- Managed the product backlog for the claims team – weekly\n"


def _run_bytes(*args: bytes, stdin=None, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([installed_command().encode(), *args], stdin=stdin, capture_output=True, timeout=120, env=env)


def test_a_text_argument_with_bytes_that_are_not_utf8_is_read_with_replacement_characters():
    text = b"Managed the product backlog \xff\xfe for the claims team"
    for command in (b"check", b"rewrite", b"explain"):
        result = _run_bytes(command, b"--no-cache", b"--text", text) if command != b"explain" else _run_bytes(command, b"--text", text)
        assert result.returncode in (0, 1), (command, result.stderr)
        assert b"internal error" not in result.stderr
        assert b"\xef\xbf\xbd" in result.stdout or command != b"explain"  # U+FFFD shown in the parse


def test_a_closed_stdin_is_one_input_error_and_the_other_files_are_still_checked(tmp_path):
    resume = tmp_path / "cv.md"
    resume.write_text(BULLET, encoding="utf-8")
    result = subprocess.run(
        [installed_command(), "check", "--no-cache", str(resume), "-"], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
        preexec_fn=lambda: os.close(0),
    )
    assert result.returncode == 2, result.stderr
    assert "<stdin>: standard input is closed" in result.stderr and "internal error" not in result.stderr
    assert f"{resume}:3:" in result.stdout  # cv.md's findings still printed


def test_a_file_whose_backup_name_would_be_too_long_is_refused_unchanged(tmp_path):
    resume = tmp_path / ("r" * 246 + ".md")
    resume.write_text(BULLET, encoding="utf-8")
    before = resume.read_bytes()
    result = run("rewrite", "--no-cache", "--write", "--allow-placeholders", str(resume))
    assert result.returncode == 2, result.stderr
    assert "cannot write" in result.stderr and "internal error" not in result.stderr
    assert resume.read_bytes() == before


def test_an_output_encoding_that_cannot_show_a_character_writes_an_escape():
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    resume_text = BULLET
    result = subprocess.run(
        [installed_command(), "check", "--no-cache", "-f", "text", "-"], input=resume_text.encode("utf-8"), capture_output=True, timeout=120, env=env,
    )
    assert result.returncode == 1, result.stderr
    assert b"internal error" not in result.stderr
    for command in (["rules"], ["explain", "PO101"]):
        listed = subprocess.run([installed_command(), *command], capture_output=True, timeout=120, env=env)
        assert listed.returncode == 0 and b"internal error" not in listed.stderr, listed.stderr


def test_a_chain_of_inputs_deeper_than_tex_follows_stops_with_a_note(tmp_path):
    """F2: a chain of 1,000 \\input files ran out of Python's recursion (exit 3)."""
    (tmp_path / "main.tex").write_text("\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\input{f0}\n\\end{document}\n", encoding="utf-8")
    for i in range(1000):
        then = f"\\input{{f{i + 1}}}\n" if i < 999 else ""
        (tmp_path / f"f{i}.tex").write_text(f"\\begin{{itemize}}\\item Managed the product backlog for team {i}\\end{{itemize}}\n{then}", encoding="utf-8")
    result = subprocess.run([installed_command(), "check", "--no-cache", "main.tex"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr[-500:]
    assert "internal error" not in result.stderr
    assert "\\input{f50} not followed: \\input nested more than 50 files deep" in result.stderr


def test_an_item_renamed_with_let_stays_an_item_when_written(tmp_path):
    """F9: with \\let\\point\\item, "\\point ..." was read as the item above going on, and --write
    merged the two items into one line and dropped the macro."""
    for alias in ("point", "bullet"):
        resume = tmp_path / f"{alias}.tex"
        resume.write_text(
            f"\\documentclass{{article}}\n\\let\\{alias}\\item\n\\begin{{document}}\n\\section{{Experience}}\n\\begin{{itemize}}\n"
            f"\\item Managed the product backlog for the claims team\n\\{alias} Maintained the release calendar and the Jira board\n"
            "\\end{itemize}\n\\end{document}\n",
            encoding="utf-8",
        )
        result = run("rewrite", "--no-cache", "--write", "--pick", "1", "--allow-placeholders", str(resume))
        assert result.returncode == 0, result.stderr
        lines = resume.read_text(encoding="utf-8").splitlines()
        assert lines[5].startswith("\\item Managed the product backlog for the claims team")
        assert lines[6].startswith(f"\\{alias} ") and "release calendar" in lines[6]
        assert lines[7:] == ["\\end{itemize}", "\\end{document}"]


def test_flags_that_say_opposite_things_and_an_empty_path_are_refused_and_nothing_is_written(tmp_path):
    """W3: `--write --diff` wrote the file, `--dry-run` alone ran as a plain rewrite; W9: `""` (a
    script's unset variable) read the working folder, and `rewrite --write ""` rewrote every resume."""
    resume = tmp_path / "w.md"
    resume.write_text(BULLET, encoding="utf-8")
    before = resume.read_bytes()
    for args, said in (
        (["rewrite", "--write", "--diff", "--allow-placeholders", str(resume)], "--diff writes nothing and --write writes the file"),
        (["rewrite", "--dry-run", str(resume)], "--dry-run goes with --write"),
    ):
        result = run(*args)
        assert result.returncode == 2 and said in result.stderr, (args, result.stderr)
    result = subprocess.run([installed_command(), "rewrite", "--no-cache", "--write", "--allow-placeholders", ""], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "an empty path ('') names no file" in result.stderr
    assert resume.read_bytes() == before


def test_a_word_file_declaring_a_dtd_is_refused_with_one_line(tmp_path):
    """F3: entities declared in document.xml were dropped from the text in silence, and --write
    failed on them with exit 3."""
    import zipfile

    from docx import Document

    document = Document()
    document.add_heading("Experience", 1)
    document.add_paragraph("Managed the product backlog for the claims team", style="List Bullet")
    plain, hostile = tmp_path / "plain.docx", tmp_path / "entity.docx"
    document.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"standalone='yes'?>", b"standalone='yes'?><!DOCTYPE w:document [<!ENTITY co \"Acme\">]>", 1)
                data = data.replace(b"for the claims team", b"for the &co; claims team")
            target.writestr(item.filename, data)
    before = hostile.read_bytes()
    for args in (["extract", str(hostile)], ["rewrite", "--no-cache", "--write", "--allow-placeholders", str(hostile)]):
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "declares a DTD" in result.stderr and "internal error" not in result.stderr
    assert hostile.read_bytes() == before


def test_derive_refuses_settings_that_are_not_numbers_and_writes_nothing(tmp_path):
    """W12: `rules derive --l2 nan` wrote a file of NaN weights and exited 0."""
    out = tmp_path / "w.toml"
    for option, value in (("--l2", "nan"), ("--pm-weight", "inf"), ("--other-weight", "nan")):
        result = run("rules", "derive", option, value, "-o", str(out))
        assert result.returncode == 2 and f"{option} must be a number" in result.stderr, result.stderr
    assert not out.exists()
