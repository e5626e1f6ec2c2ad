"""Bad input: one clear line and a documented exit code, never a traceback, never a wrong span."""

from __future__ import annotations

import codecs
import json
import os

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app
from po2pm_rewrite.model import split_lines

runner = CliRunner()
WEAK = "Managed the product backlog for the claims team"


def bullets_read_in_a_fresh_process(path, file_format: str) -> list[str]:
    """The bullet texts of a file, read in a process of its own that must finish in 30 s: the
    guard for inputs that once took minutes."""
    import subprocess
    import sys

    script = (
        "import json; from po2pm_rewrite.formats import extract; "
        f"print(json.dumps([b.text for b in extract(open({str(path)!r}, encoding='utf-8').read(), {file_format!r})]))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def check(*args: str, stdin: str | None = None):
    result = runner.invoke(app, ["check", "-f", "json", *args], input=stdin)
    document = json.loads(result.stdout) if result.stdout.startswith("{") else None
    return result, document


@pytest.mark.parametrize("content", ["", "   \n\t\n", "# Heading\n\n## Experience\n\n### Product Owner, Acme\n"])
def test_empty_blank_and_headings_only_files_are_clean(tmp_path, content):
    resume = tmp_path / "resume.md"
    resume.write_text(content, encoding="utf-8")
    result, document = check(str(resume))
    assert result.exit_code == 2 and document["files"][0]["bullets"] == []  # nothing checked: not a pass
    assert check("--allow-empty", str(resume))[0].exit_code == 0


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (codecs.BOM_UTF8 + f"- {WEAK}\n".encode("utf-8"), "utf-8 with BOM"),
        (codecs.BOM_UTF16_LE + f"- {WEAK}\n".encode("utf-16-le"), "utf-16 LE with BOM"),
        (codecs.BOM_UTF16_BE + f"- {WEAK}\n".encode("utf-16-be"), "utf-16 BE with BOM"),
        (codecs.BOM_UTF32_LE + f"- {WEAK}\n".encode("utf-32-le"), "utf-32 LE with BOM"),
        (codecs.BOM_UTF32_BE + f"- {WEAK}\n".encode("utf-32-be"), "utf-32 BE with BOM"),
        (f"- {WEAK} – “quoted” café\n".encode("cp1252"), "cp1252 from Word"),
        (f"- {WEAK} café résumé naïve\n".encode("latin-1"), "latin-1"),
    ],
)
def test_encodings_are_read_correctly(tmp_path, data, name):
    resume = tmp_path / "resume.txt"
    resume.write_bytes(data)
    result, document = check(str(resume))
    bullet = document["files"][0]["bullets"][0]
    assert bullet["text"].startswith(WEAK), name
    assert (bullet["line"], bullet["column"]) == (1, 3)
    if "cp1252" in name:
        assert "– “quoted” café" in bullet["text"]


def test_undecodable_bytes_are_refused_with_the_reason(tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_bytes(b"- Managed the backlog \x81\x8d\x8f\x90\x9d for the claims team\n" * 3)
    result, document = check(str(resume))
    error = document["files"][0].get("error")
    if error is not None:  # refused: the message names the problem
        assert result.exit_code == 2 and "UTF-8" in error
    else:  # or read as a single-byte encoding: still the right line and column
        assert document["files"][0]["bullets"][0]["line"] == 1


@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_line_endings_keep_line_numbers(tmp_path, newline):
    lines = ["# Me", "", "- Cut churn 3% by fixing the refund flow", "- " + WEAK]
    if newline == "mixed":
        text = lines[0] + "\r\n" + lines[1] + "\n" + lines[2] + "\r" + lines[3] + "\n"
    else:
        text = newline.join(lines) + newline
    resume = tmp_path / "resume.md"
    resume.write_bytes(text.encode("utf-8"))
    _, document = check(str(resume))
    assert [(b["line"], b["column"]) for b in document["files"][0]["bullets"]] == [(3, 3), (4, 3)]
    assert document["files"][0]["bullets"][1]["findings"][0]["line"] == 4


@pytest.mark.parametrize(("name", "data"), [("resume.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), ("resume.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml")])
def test_broken_word_and_pdf_files_are_refused_with_one_line(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, ["check", str(path), "--text", WEAK])
    assert result.exit_code == 2
    expected = "not a PDF that can be read (" if name.endswith(".pdf") else "not a Word document that can be read ("
    assert result.stderr.startswith(f"po2pm: error: {path}: {expected}") and result.stderr.count("\n") == 1
    assert "PO101" in result.stdout  # the other input was still checked


def test_other_binary_files_are_refused_with_advice(tmp_path):
    path = tmp_path / "resume.txt"
    path.write_bytes(b"\x00\x01\x02binary\x00" * 20)
    result = runner.invoke(app, ["check", str(path), "--text", WEAK])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"po2pm: error: {path}: looks like a binary file; export it to text/Markdown first"


def test_a_one_megabyte_line_is_reported_as_too_long_not_parsed(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text("- " + "Managed the backlog and coordinated planning " * 23000 + "\n- " + WEAK + "\n", encoding="utf-8")
    result, document = check(str(resume))
    first, second = document["files"][0]["bullets"]
    assert [f["rule"] for f in first["findings"]] == ["PO901"]
    assert "PO101" in {f["rule"] for f in second["findings"]}


@pytest.mark.slow
def test_a_file_just_under_the_size_bound_finishes_and_one_over_it_is_refused(tmp_path):
    """Text files are read up to 5 MB (attack rounds of session 46: 300 MB crashed the reader in
    silence, 20 MB took 70 to 100 s); a large file under it is read to the end."""
    from po2pm_rewrite.inputs import MAX_TEXT_FILE_BYTES as MAX_STREAM_BYTES

    resume = tmp_path / "big.txt"
    filler = "This paragraph is filler text without a list marker, repeated to make the file large.\n"
    with resume.open("w", encoding="utf-8") as stream:
        stream.write("- " + WEAK + "\n")
        for _ in range((MAX_STREAM_BYTES - 4096) // len(filler)):
            stream.write(filler)
    assert resume.stat().st_size >= MAX_STREAM_BYTES - 4096 - len(filler)
    result, document = check(str(resume))
    assert result.exit_code == 1
    assert [b["text"] for b in document["files"][0]["bullets"]] == [WEAK]
    with resume.open("a", encoding="utf-8") as stream:
        stream.write(filler * (8192 // len(filler)))
    result, _ = check(str(resume))
    assert result.exit_code == 2 and "MB, more than the 5 MB po2pm reads from a file: not read" in result.output


@pytest.mark.slow
def test_a_file_with_thousands_of_items_is_capped_with_a_notice(tmp_path):
    resume = tmp_path / "dump.md"
    resume.write_text("".join(f"- Item number {i} in a very long export list\n" for i in range(2100)), encoding="utf-8")
    result, document = check(str(resume))
    assert len(document["files"][0]["bullets"]) == 2000
    assert document["files"][0]["notice"].startswith("2100 list items found; only the first 2000 were checked")
    assert "po2pm: note:" in result.stderr
    # --quiet leaves out notes on how a file was read, not that part of it went unchecked
    quiet = runner.invoke(app, ["check", "-q", "-f", "concise", str(resume)])
    assert f"po2pm: note: {resume}: 2100 list items found; only the first 2000 were checked" in quiet.stderr


@pytest.mark.parametrize(
    "bullet",
    [
        "Managed\u200b the product\u200d backlog for the claims team",  # zero-width space and joiner
        "🚀 Managed the product backlog for the claims team 🎯",
        "Managed\tthe product backlog\tfor the claims team",
        "Managed the product backlog for the claims team (فريق المطالبات)",
        "Gestioné el backlog del producto para el equipo de reclamaciones",
        "管理了索赔团队的产品待办事项列表和冲刺计划",
    ],
)
def test_unusual_characters_do_not_break_spans(tmp_path, bullet):
    resume = tmp_path / "resume.md"
    source = f"## Experience\n\n- {bullet}\n"
    resume.write_text(source, encoding="utf-8")
    result, document = check("--allow-empty", str(resume))  # a line in another language is left out
    assert result.exit_code in (0, 1)
    lines = split_lines(source)
    for item in document["files"][0]["bullets"]:
        for finding in item["findings"]:
            line = lines[finding["line"] - 1]
            flagged = line[finding["column"] - 1 : finding["end_column"] - 1]
            assert flagged and flagged in item["text"]


def test_yaml_tags_never_run_code(tmp_path):
    marker = tmp_path / "pwned"
    resume = tmp_path / "cv.yaml"
    resume.write_text(f'cv:\n  x: !!python/object/apply:os.system ["touch {marker}"]\n  highlights:\n    - {WEAK}\n', encoding="utf-8")
    result, document = check(str(resume))
    assert document["files"][0]["bullets"][0]["text"] == WEAK
    assert not marker.exists()



@pytest.mark.slow
def test_one_unreadable_file_never_costs_the_other_inputs(tmp_path):
    """Valid files Python writes (an emoji as a surrogate pair, NaN) are read; a file po2pm cannot
    read (nested thousands deep) is one error line, and every other input is still checked."""
    import json as json_module

    from .test_installed_command import run as run_installed

    (tmp_path / "emoji.json").write_text(json_module.dumps({"work": [{"highlights": ["Managed the backlog for the \U0001F600 team"]}]}), encoding="utf-8")
    (tmp_path / "nan.json").write_text('{"work":[{"highlights":["Managed the backlog for the claims team"],"x":NaN}]}', encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    (tmp_path / "ok.md").write_text("- Managed the backlog for the claims team\n", encoding="utf-8")
    names = ["emoji.json", "nan.json", "deep.json", "ok.md"]
    result = run_installed("check", "--no-cache", "-f", "concise", *[str(tmp_path / name) for name in names])
    assert result.returncode == 2
    flagged = {line.split(":")[0] for line in result.stdout.splitlines()}
    assert flagged == {str(tmp_path / name) for name in ("emoji.json", "nan.json", "ok.md")}
    assert f"po2pm: error: {tmp_path / 'deep.json'}: nested too deeply to read as json" in result.stderr
    assert "internal error" not in result.stderr


def test_a_folder_with_no_resume_files_is_an_error_not_an_all_clear(tmp_path):
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert f"po2pm: error: {tmp_path}: no resume files in this folder (" in result.output
    assert ".docx" in result.output and ".md" in result.output


def test_escape_sequences_in_a_bullet_or_a_file_name_are_shown_not_obeyed(tmp_path):
    resume = tmp_path / "cv\x1b]0;title\x07.md"
    resume.write_text("- Managed \x1b[2J\x1b[1A the product backlog for the claims team\n", encoding="utf-8")
    for output_format in ("text", "concise"):
        result = runner.invoke(app, ["check", "-f", output_format, str(resume)])
        assert result.exit_code == 1
        assert "\x1b" not in result.output and "\x07" not in result.output, output_format
        assert "cv\\x1b]0;title\\x07.md:1:" in result.output
    text = runner.invoke(app, ["check", "-f", "text", str(resume)]).output
    assert "Managed \\x1b[2J\\x1b[1A the product backlog" in text
    # the underline still sits under the flagged words, as the bullet is shown
    shown, underline = [line for line in text.splitlines() if "Managed" in line or "^" in line][:2]
    assert shown[underline.index("^") : underline.rindex("^") + 1] == "product backlog"
    # a line separator, which some terminals break a line at (fifth round of attacks, A27)
    resume.write_text("- Groomed user stories with developers\u2028- injected fake line\n", encoding="utf-8")
    output = runner.invoke(app, ["check", "-f", "text", str(resume)]).output
    assert "\u2028" not in output and "developers\\u2028- injected" in output


@pytest.mark.slow
def test_a_long_line_of_unclosed_link_brackets_is_read_at_once(tmp_path):
    """A 100 KB Markdown line of "[a" once took half a minute (a link pattern that backtracked
    over the whole line from every bracket)."""
    resume = tmp_path / "resume.md"
    resume.write_text("- " + "[a" * 50000 + "\n- Managed the product backlog for the claims team\n", encoding="utf-8")
    assert len(bullets_read_in_a_fresh_process(resume, "markdown")) == 1


@pytest.mark.slow
def test_a_utf8_file_with_a_few_stray_bytes_is_read_as_utf8_with_a_note_and_never_written(tmp_path):
    resume = tmp_path / "resume.md"
    data = "- Managed the product backlog for the café chain — twelve stores\n".encode() + b"- Wrote user stories for the caf\xe9 app\n"
    resume.write_bytes(data)
    result, document = check(str(resume))
    texts = [b["text"] for b in document["files"][0]["bullets"]]
    assert texts == ["Managed the product backlog for the café chain — twelve stores", "Wrote user stories for the caf\ufffd app"]
    assert document["files"][0]["notes"][0].startswith("1 byte is not valid UTF-8 (the first on line 2)")
    written = runner.invoke(app, ["rewrite", str(resume), "--write", "--pick", "1", "--allow-placeholders"])
    assert written.exit_code == 2 and "holds bytes that are not valid UTF-8" in written.output
    assert resume.read_bytes() == data


@pytest.mark.slow
def test_a_yaml_alias_bomb_is_read_at_once_and_an_aliased_list_once(tmp_path):
    """Nested aliases in a few hundred bytes once meant millions of visits (minutes)."""
    lines = ['a: &a ["Managed the product backlog for the claims team", "Ran the sprint reviews for the claims team"]']
    previous = "a"
    for name in "bcdefghij":
        lines.append(f"{name}: &{name} [" + ", ".join(["*" + previous] * 9) + "]")
        previous = name
    lines += ["work:", "  - highlights: *a", "  - highlights: *a", "  - nested: *j"]
    bomb = tmp_path / "resume.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert bullets_read_in_a_fresh_process(bomb, "yaml") == [
        "Managed the product backlog for the claims team",
        "Ran the sprint reviews for the claims team",
    ]


@pytest.mark.slow
def test_thousands_of_unclosed_latex_items_are_read_at_once(tmp_path):
    """Each unclosed \\resumeItem{ once searched to the end of the file for its brace."""
    resume = tmp_path / "resume.tex"
    resume.write_text("\\begin{document}\n" + "\\resumeItem{Managed the product backlog for the team\n" * 3000, encoding="utf-8")
    assert len(bullets_read_in_a_fresh_process(resume, "latex")) == 3000


def test_a_fifo_in_a_folder_is_reported_not_waited_on(tmp_path):
    (tmp_path / "resume.md").write_text("- " + WEAK + "\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")
    result = runner.invoke(app, ["check", "-f", "concise", str(tmp_path)])
    assert result.exit_code == 2
    assert f"po2pm: error: {tmp_path / 'pipe.md'}: not a regular file (a FIFO, socket or device): not read" in result.output
    assert "PO101" in result.output  # the resume beside it was still checked


def test_a_named_pipe_nothing_writes_to_is_given_up_on_not_waited_on_forever(tmp_path, monkeypatch):
    """Third round of attacks (10.5, 10.6): a FIFO named on the command line blocked the run."""
    import threading

    from po2pm_rewrite import inputs

    monkeypatch.setattr(inputs, "PIPE_WAIT_SECONDS", 0.5)
    os.mkfifo(tmp_path / "pipe.md")
    result = runner.invoke(app, ["check", "-f", "concise", str(tmp_path / "pipe.md"), "--text", WEAK])
    assert result.exit_code == 2
    assert f"po2pm: error: {tmp_path / 'pipe.md'}: a named pipe nothing wrote to in 0.5 s: not read" in result.output
    assert "PO101" in result.output  # the other input was still checked

    # with something writing to it, it is read; --write refuses to replace it with a file
    def feed() -> None:
        with open(tmp_path / "pipe.md", "w", encoding="utf-8") as pipe:
            pipe.write("- " + WEAK + "\n")

    writer = threading.Thread(target=feed)
    writer.start()
    result = runner.invoke(app, ["rewrite", "--write", "--allow-placeholders", str(tmp_path / "pipe.md")])
    writer.join(timeout=5)
    assert result.exit_code == 2
    assert "pipe.md: is not a regular file (a pipe or a device); nothing written" in result.output
    assert (tmp_path / "pipe.md").is_fifo()

    # a writer that sends a line and then stalls is given up on too (fourth round of attacks, W09)
    def stall() -> None:
        with open(tmp_path / "pipe.md", "w", encoding="utf-8") as pipe:
            pipe.write("- " + WEAK + "\n")
            pipe.flush()
            time.sleep(3)

    import time

    writer = threading.Thread(target=stall)
    writer.start()
    result = runner.invoke(app, ["check", str(tmp_path / "pipe.md")])
    writer.join(timeout=10)
    assert result.exit_code == 2
    assert "pipe.md: a named pipe that stopped sending for 0.5 s: not read" in result.output


def test_an_endless_device_is_refused_not_read_into_memory():
    result = runner.invoke(app, ["check", "/dev/zero", "--text", WEAK])
    assert result.exit_code == 2
    assert "po2pm: error: /dev/zero: more than 20 MB from a pipe or device: not read" in result.output
    assert "PO101" in result.output  # the other input was still checked


def test_a_newline_in_a_file_name_cannot_forge_a_finding_line(tmp_path):
    resume = tmp_path / "cv\nforged.md:1:1: PO999 all clear.md"
    resume.write_text("- " + WEAK + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "-f", "concise", str(resume)])
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith('"' + str(tmp_path) + '/cv\\nforged.md:1:1: PO999 all clear.md":1:')
    # nor a line of `po2pm extract` (attack 10.9)
    result = runner.invoke(app, ["extract", str(resume)])
    assert result.stdout.splitlines()[0] == str(tmp_path) + "/cv\\nforged.md:1:1: PO999 all clear.md (read as markdown)"


def test_a_colon_in_a_file_name_is_quoted_in_concise_output(tmp_path):
    """`a:b.md:1:15:` splits at the wrong colon; quoted, the name is one field (attack 10.9)."""
    resume = tmp_path / "cv:2024.md"
    resume.write_text("- " + WEAK + "\n", encoding="utf-8")
    plain = tmp_path / "cv.md"
    plain.write_text("- " + WEAK + "\n", encoding="utf-8")
    lines = runner.invoke(app, ["check", "-f", "concise", str(resume), str(plain)]).stdout.splitlines()
    assert lines[0].startswith(f'"{tmp_path}/cv:2024.md":1:')
    assert lines[1].startswith(f"{tmp_path}/cv.md:1:")  # names without a colon stay as they are


def test_a_link_out_of_a_scanned_folder_is_not_followed(tmp_path):
    outside = tmp_path / "private.md"
    outside.write_text("- " + WEAK + "\n", encoding="utf-8")
    folder = tmp_path / "repo"
    folder.mkdir()
    (folder / "resume.md").write_text("- " + WEAK + "\n", encoding="utf-8")
    (folder / "linked.md").symlink_to(outside)
    (folder / "alias.md").symlink_to(folder / "resume.md")  # a link inside the folder is fine: the same file, read once
    result = runner.invoke(app, ["check", "-f", "concise", str(folder)])
    assert result.exit_code == 2
    assert f"po2pm: error: {folder / 'linked.md'}: a link to a file outside the folder: not read" in result.output
    assert f"{folder / 'resume.md'}:1:" in result.output and f"{folder / 'alias.md'}:1:" not in result.output


def test_a_yaml_tag_the_loader_keeps_no_positions_for_is_named_in_one_line(tmp_path):
    """Third round of attacks (3.5): the library's own message ("TypeError: cannot unpack
    non-iterable NoneType object") was all the user saw."""
    resume = tmp_path / "cv.yaml"
    resume.write_text(f"work:\n  - highlights: !!python/tuple\n      - {WEAK}\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(resume)])
    assert result.exit_code == 2
    assert f"po2pm: error: {resume}: holds a YAML tag po2pm cannot read ('!!python/tuple' at line 2)" in result.output
    assert "TypeError" not in result.output


def test_a_yaml_refusal_names_the_tag_that_failed_not_an_earlier_core_tag(tmp_path):
    resume = tmp_path / "cv.yaml"
    resume.write_text(f"work:\n  - highlights:\n      - !!str {WEAK}\n      - !!python/tuple [a, b]\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(resume)])
    assert result.exit_code == 2
    assert f"po2pm: error: {resume}: holds a YAML tag po2pm cannot read ('!!python/tuple' at line 4)" in result.output


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # fourth round of attacks (F06): the YAML loader is quadratic in merge keys
        ("d: &d {company: Acme}\nwork:\n" + "  - <<: *d\n    highlights: [Ran the loans backlog]\n" * 300, "more than 200 merge keys"),
        ("work:\n" + "  - {a: 1}\n" * 60_000, "larger than 128 KB, which no YAML resume is"),
    ],
)
def test_a_yaml_file_the_loader_would_take_minutes_on_is_refused_first(tmp_path, body, message):
    resume = tmp_path / "cv.yaml"
    resume.write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["check", str(resume), "--text", WEAK])
    assert result.exit_code == 2
    assert f"po2pm: error: {resume}: {message}" in result.output
    assert "PO101" in result.output  # the other input was still checked


def test_old_word_files_and_locked_documents_say_what_to_do(tmp_path):
    """A Word user's trial (session 16): an old .doc was told to "export it to text/Markdown", a
    password-protected .docx said "File is not a zip file", a locked PDF "PdfminerException: "."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64
    (tmp_path / "old.doc").write_bytes(ole2)
    (tmp_path / "locked.docx").write_bytes(ole2)
    (tmp_path / "locked.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Filter /Standard>> endobj\ntrailer <</Encrypt 1 0 R>>\n%%EOF\n")
    result = CliRunner().invoke(app, ["check", "--no-cache", *(str(tmp_path / name) for name in ("old.doc", "locked.docx", "locked.pdf"))])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    for name in ("old.doc", "locked.docx"):
        assert f"po2pm: error: {tmp_path / name}: an old Word .doc file or a password-protected document: save it as .docx" in "\n".join(lines)
    assert f"po2pm: error: {tmp_path / 'locked.pdf'}: a password-protected PDF: save a copy without the password" in "\n".join(lines)


@pytest.mark.parametrize("where", ["XX101-fifo.toml", "XX102-zero.toml", "templates/outcome.toml"])
def test_a_rule_folder_file_that_is_a_fifo_or_a_device_is_refused_in_one_line(tmp_path, where):
    """Fifth round of attacks (A06, A07): a FIFO in a rule folder named by a repository's config
    hung the run for good; a rule or template file linked to /dev/zero (git stores such links)
    grew to 24 GB, or ended with exit 3 and MemoryError."""
    import subprocess
    import sys

    resume = tmp_path / "cv.md"
    resume.write_text("- Managed the backlog for the claims team\n", encoding="utf-8")
    folder = tmp_path / "rules"
    (folder / "templates").mkdir(parents=True)
    target = folder / where
    if "fifo" in where:
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    result = subprocess.run(
        [sys.executable, "-m", "po2pm_rewrite", "check", "--no-cache", "--rules", str(folder), str(resume)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "is not a regular file" in result.stderr and where in result.stderr


def _one_page_pdf(content: bytes, layers: int = 1, forms: tuple[bytes, ...] = ()) -> bytes:
    """A PDF of one page whose content stream (Flate-compressed, `layers` times) is `content`;
    `forms` are the contents of form XObjects, the page's resources naming the last as /X<n> and
    each form naming the one before it as /X<n-1>."""
    import zlib

    stream = content
    for _ in range(layers):
        stream = zlib.compress(stream, 9)
    first_form = 6
    drawn = b" /XObject << /X%d %d 0 R >>" % (len(forms) - 1, first_form + len(forms) - 1) if forms else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>%s >> >>" % drawn,
        b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(stream), b" ".join([b"/FlateDecode"] * layers)) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index, form in enumerate(forms):
        below = b" /XObject << /X%d %d 0 R >>" % (index - 1, first_form + index - 1) if index else b""
        resources = b"/Resources << /Font << /F1 5 0 R >>%s >>" % below
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] %s /Length %d >>\nstream\n%s\nendstream" % (resources, len(form), form))
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """The objects (numbered from 1, the first the catalog) as a PDF file with its cross-reference
    table; `trailer`: more entries for the trailer dictionary."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)


def test_a_pdf_whose_headings_are_drawn_as_curves_is_read(tmp_path):
    """Round RL: a designer's resume drew its headings' letters as curves, 91,551 path operators
    in 7,854 shapes, and was refused whole under a bound of 50,000 operators; shapes are what
    cost, and it holds few."""
    text = b"BT /F1 12 Tf 72 700 Td (- Managed the backlog for the claims team) Tj ET\n"
    letters = (b"0 0 m " + b"1 1 2 2 3 3 c\n" * 9 + b"1 1 l\n" * 2 + b"f\n") * 8_000  # 96,000 operators
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(_one_page_pdf(text + letters))
    result = runner.invoke(app, ["check", "--no-cache", str(pdf)])
    assert result.exit_code == 1, result.output  # read, and the bullet flagged


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b" " * (70 * 1024 * 1024), "its streams unpack to more than 64 MB"),
        (b"BT /F1 1 Tf 0 0 Td " + b"(a) Tj " * 210_000 + b"ET\n", "shows more than 200,000 pieces of text"),
        # a fresh attack round (F4): 3 KB of 100,000 rectangles took 11 s and 600 MB
        (b"0 0 1 1 re f\n" * 60_000, "draws more than 50,000 lines and shapes"),
        (b"0 0 m 1 1 l\n" * 60_000, "draws more than 50,000 lines and shapes"),
        # segments cost less than shapes, but not nothing: one path of 260,000 lines
        (b"0 0 m " + b"1 1 l\n" * 260_000 + b"S\n", "draws paths of more than 250,000 segments"),
    ],
)
def test_a_small_pdf_that_unpacks_to_a_flood_is_refused_at_once(tmp_path, content, reason):
    """Fifth round of attacks (A32, A33): a 778 KB PDF whose stream unpacks to 800 MB took 6 s and
    1.6 GB; 31 KB of text operators took 105 s and ran out of memory. The PDF reader now has
    bounds, as the Word reader has."""
    text = b"BT /F1 12 Tf 72 700 Td (- Managed the backlog for the claims team) Tj ET\n"
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(_one_page_pdf(text + content))
    result = runner.invoke(app, ["check", "--no-cache", str(pdf)])
    assert result.exit_code == 2 and reason in result.stderr
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_one_page_pdf(text))
    assert runner.invoke(app, ["check", "--no-cache", str(plain)]).exit_code == 1


def test_a_pdf_page_that_names_one_content_stream_many_times_is_refused_at_once(tmp_path):
    """An attack round (session 41, pdf02): a 7 KB page whose /Contents array named one stream of
    2,000 pieces of text a thousand times ran past two minutes and 4 GB; the bounds counted the
    stream once. A tagged PDF's structure tree, which names the stream once per marked piece, is
    no drawing of it: that page still reads."""
    import zlib

    def page_naming(times: int, pieces: int, marked: int = 0) -> bytes:
        text = b"BT /F1 12 Tf 72 700 Td (- Managed the backlog for the claims team) Tj ET\n"
        packed = zlib.compress(b"BT /F1 1 Tf " + b"(x) Tj " * pieces + b"ET", 9)
        return _pdf_file([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R " + b"6 0 R " * times + b"] >>",
            b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
            # a tagged PDF's structure tree names the stream once per marked piece: no drawing
            *[b"<< /Type /StructElem /S /P /K << /Type /MCR /Stm 6 0 R /MCID %d >> >>" % n for n in range(marked)],
        ])

    flood, page = tmp_path / "flood.pdf", tmp_path / "page.pdf"
    flood.write_bytes(page_naming(120, 2_000))  # 240,000 pieces: read, slowly, before the fix
    page.write_bytes(page_naming(1, 2_000, marked=200))
    result = runner.invoke(app, ["check", "--no-cache", str(flood)])
    assert result.exit_code == 2 and "shows more than 200,000 pieces of text" in result.stderr
    assert runner.invoke(app, ["check", "--no-cache", str(page)]).exit_code == 1


_PDF_PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    state, j = list(range(256)), 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def _encrypted_one_page_pdf(content: bytes) -> bytes:
    """A PDF encrypted with 40-bit RC4 and an empty user password (it opens like any PDF), its page's
    content packed with Flate (the standard security handler, revision 2)."""
    import hashlib
    import struct
    import zlib

    ident, permissions = b"0123456789abcdef", -4
    owner = _rc4(hashlib.md5(_PDF_PASSWORD_PAD).digest()[:5], _PDF_PASSWORD_PAD)  # owner password "" too
    key = hashlib.md5(_PDF_PASSWORD_PAD + owner + struct.pack("<i", permissions) + ident).digest()[:5]
    user = _rc4(key, _PDF_PASSWORD_PAD)
    packed = _rc4(hashlib.md5(key + struct.pack("<i", 4)[:3] + b"\x00\x00").digest()[:10], zlib.compress(content, 9))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (owner.hex().encode(), user.hex().encode(), permissions),
    ]
    return _pdf_file(objects, b" /Encrypt 6 0 R /ID [<%s> <%s>]" % (ident.hex().encode(), ident.hex().encode()))


def test_an_encrypted_pdf_that_unpacks_to_a_flood_is_refused(tmp_path):
    """A fresh attack round (session 30, F5): RC4 with an empty password hid the streams from the
    bound (1 MB read as 1 GB: 28 s, 2 GB of memory). They are deciphered, then unpacked under it.
    The same file without the flood is read."""
    text = b"BT /F1 12 Tf 72 700 Td (- Managed the backlog for the claims team) Tj ET\n"
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(_encrypted_one_page_pdf(text + b" " * (70 * 1024 * 1024)))
    assert pdf.stat().st_size < 150_000
    result = runner.invoke(app, ["check", "--no-cache", str(pdf)])
    assert result.exit_code == 2 and "its streams unpack to more than 64 MB" in result.stderr
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_encrypted_one_page_pdf(text))
    result = runner.invoke(app, ["check", "--no-cache", str(plain)])
    assert result.exit_code == 1 and "PO101" in result.stdout  # its bullet was read, deciphered


def test_a_pdf_stream_packed_twice_counts_both_layers_toward_the_bound(tmp_path):
    """Sixth round of attacks (A25): "[/FlateDecode /FlateDecode]" over 1 GB passed the bound (its
    first layer is small) and took 2 GB of memory; the second layer is unpacked under it too. A
    stream packed twice that stays small is read as before."""
    text = b"BT /F1 12 Tf 72 700 Td (- Managed the backlog for the claims team) Tj ET\n"
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(_one_page_pdf(text + b" " * (70 * 1024 * 1024), layers=2))
    assert pdf.stat().st_size < 100_000
    result = runner.invoke(app, ["check", "--no-cache", str(pdf)])
    assert result.exit_code == 2 and "its streams unpack to more than 64 MB" in result.stderr
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_one_page_pdf(text, layers=2))
    assert runner.invoke(app, ["check", "--no-cache", str(plain)]).exit_code == 1


def test_forms_drawn_inside_forms_count_every_piece_of_text_they_show(tmp_path):
    """Sixth round of attacks (A26): 2.7 KB of eight nested forms, each drawing the one below ten
    times, showed ten million pieces of text past the bound and ran past two minutes; a form that
    draws itself never ends. A form drawn a few times, as a letterhead is, is read as before."""
    text = b"BT /F1 12 Tf 72 700 Td (- Managed the backlog for the claims team) Tj ET\n"
    nested = (b"BT /F1 11 Tf 72 600 Td (backlog) Tj ET",) + tuple(b" ".join([b"/X%d Do" % level] * 10) for level in range(7))
    bomb = tmp_path / "forms.pdf"
    bomb.write_bytes(_one_page_pdf(text + b" /X7 Do", forms=nested))
    assert bomb.stat().st_size < 5_000
    result = runner.invoke(app, ["check", "--no-cache", str(bomb)])
    assert result.exit_code == 2 and "shows more than 200,000 pieces of text" in result.stderr
    letterhead = tmp_path / "letterhead.pdf"
    letterhead.write_bytes(_one_page_pdf(text + b" /X1 Do /X1 Do", forms=(b"BT /F1 9 Tf 72 760 Td (Page) Tj ET", b"/X0 Do /X0 Do")))
    assert runner.invoke(app, ["check", "--no-cache", str(letterhead)]).exit_code == 1


def test_an_input_file_that_is_a_fifo_is_refused_at_once(tmp_path, monkeypatch):
    """Fifth round of attacks (A41): each \\input of a FIFO waited 10 s (five took 50 s); a file
    the resume includes is not named by the user, so it is read as a file met in a folder is."""
    import time

    for number in (1, 2, 3):
        os.mkfifo(tmp_path / f"part{number}.tex")
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\begin{itemize}\n\\item Managed the backlog for the claims team\n\\end{itemize}\n\\input{part1}\\input{part2}\\input{part3}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)  # \input is followed inside the folder po2pm runs from
    started = time.monotonic()
    result = runner.invoke(app, ["extract", "cv.tex"])
    assert time.monotonic() - started < 5
    assert result.exit_code == 0 and result.output.count("not a regular file") == 3


@pytest.mark.parametrize(
    "text",
    ["Value: $1 " * 3000 + "-", "Ab: 1" + " " * 10000 + "Cd: 2" + " " * 10000 + "x", "<script" * 200_000, "<" * 1_000_000],
)
def test_session_19s_new_patterns_read_a_long_crafted_line_at_once(text):
    """Review of session 19's change: the pattern for labelled figures backtracked for minutes on
    a repeated "Value: $1 ", and the markup stripped before telling a file's script scanned to the
    end of the file from every unclosed "<"."""
    import time

    from po2pm_rewrite.engine import _written_in_another_script
    from po2pm_rewrite.screen import _LABELLED_FIGURES

    started = time.monotonic()
    _LABELLED_FIGURES.match(text)
    _written_in_another_script(text)
    assert time.monotonic() - started < 2


def test_stdin_named_twice_is_checked_once():
    """Fifth round of attacks (A35): `po2pm check - -` reported every finding twice, where a file
    named twice is reported once."""
    result = runner.invoke(app, ["check", "--no-cache", "-f", "concise", "-", "-"], input="- Managed the backlog for the claims team\n")
    assert result.exit_code == 1 and len(result.stdout.splitlines()) == 1


def test_text_in_a_textarea_or_a_title_is_no_bullet(tmp_path):
    """Fifth round of attacks (A48): text inside `<textarea>`, `<title>` and `<xmp>` was read as
    bullets and rewritten."""
    page = tmp_path / "cv.html"
    page.write_text(
        "<html><body><h2>Experience</h2><ul><li>Managed the backlog for the claims team</li>"
        "<li><textarea><li>Groomed user stories with developers</li></textarea></li>"
        "<li><xmp><li>Wrote user stories for the claims portal</li></xmp></li></ul></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "-f", "json", str(page)])
    assert [b["text"] for b in json.loads(result.stdout)["files"][0]["bullets"]] == ["Managed the backlog for the claims team"]


def test_a_bug_in_reading_one_file_is_reported_as_po2pms_with_exit_3_and_the_others_still_checked(tmp_path, monkeypatch):
    """A failure of po2pm's own reading code is a bug to report, not a broken file: exit 3 and a
    line that says so, where a library's failure on a damaged file stays the file's (exit 2)."""
    from po2pm_rewrite.formats import markdown

    monkeypatch.setattr(markdown, "_block_parser", lambda: split_lines(None))  # type: ignore[arg-type]
    resume = tmp_path / "resume.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-cache", str(resume), "--text", WEAK])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"po2pm: error: {resume}: po2pm failed while reading it as markdown (TypeError: ")
    assert "a bug in po2pm, not a fault of the file: please report it" in result.stderr and result.stderr.count("\n") == 1
    assert "PO101" in result.stdout  # the bullet given with --text was still checked
    extracted = runner.invoke(app, ["extract", str(resume)])
    assert extracted.exit_code == 3 and "a bug in po2pm" in extracted.stderr


def test_where_an_error_was_raised_tells_a_bug_from_a_damaged_file():
    from po2pm_rewrite.errors import raised_by_po2pm

    try:
        json.loads("{")
    except ValueError as error:
        assert not raised_by_po2pm(error)  # the library's own failure: the file's fault
    try:
        split_lines(None)  # type: ignore[arg-type]
    except TypeError as error:
        assert raised_by_po2pm(error)


def test_an_opendocument_file_named_docx_is_told_what_it_is_and_what_to_do(tmp_path):
    """An .odt saved under a .docx name got the Word library's missing-part message."""
    import zipfile

    path = tmp_path / "resume.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    result = runner.invoke(app, ["check", str(path), "--text", WEAK])
    assert result.exit_code == 2
    assert result.stderr == (
        f"po2pm: error: {path}: an OpenDocument text file (.odt) saved under a .docx name, not a Word document: "
        "save it as .docx (Word format) and check that\n"
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_an_error_of_one_line_not_an_internal_one(tmp_path):
    """Sixth round of attacks (A40 and a weak case beside it): `> /dev/full` ended as an internal
    error (exit 3), and a closed stdout as an AttributeError; both are told as what they are."""
    import subprocess

    from .test_installed_command import installed_command

    resume = tmp_path / "cv.md"
    resume.write_text("## Experience\n\n- Managed the product backlog for the claims team\n", encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = subprocess.run([installed_command(), "check", "--no-cache", str(resume)], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr == "po2pm: error: cannot write the output: No space left on device\n"
    closed = subprocess.run(f"'{installed_command()}' check --no-cache '{resume}' >&-", shell=True, stderr=subprocess.PIPE, text=True, timeout=120)
    assert closed.returncode == 2 and closed.stderr == "po2pm: error: cannot write the output: standard output is closed\n"
    # an error line that cannot be written keeps its exit code: 2, not the 1 of a finding
    # (an attack round: `2>/dev/full` on a missing file ended with 1)
    with open("/dev/full", "w") as full:
        missing = subprocess.run([installed_command(), "check", "--no-cache", str(tmp_path / "missing.md")], stdout=subprocess.PIPE, stderr=full, timeout=120)
        found = subprocess.run([installed_command(), "check", "--no-cache", str(resume)], stdout=subprocess.PIPE, stderr=full, timeout=120)
    assert missing.returncode == 2 and found.returncode == 1 and b"PO101" in found.stdout


def test_a_latex_input_linked_out_of_the_resumes_folder_is_not_followed_from_a_run_above_it(tmp_path, monkeypatch):
    """A cloned resume folder holding `part.tex -> ../secret.tex`: run from the folder, the link
    was refused; run from the folder above, where the target sits, it was read and printed."""
    (tmp_path / "secret.tex").write_text("\\item Stole the plan from a file beside the resume's folder\n", encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "part.tex").symlink_to(tmp_path / "secret.tex")
    (repo / "cv.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n\\input{part}\n"
        "\\item Managed the product backlog for the claims team\n\\end{itemize}\n\\end{document}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", "-f", "json", str(repo / "cv.tex")])
    files = json.loads(result.output)["files"]
    assert [bullet["text"] for file in files for bullet in file["bullets"]] == ["Managed the product backlog for the claims team"]
    assert "\\input{part} not followed: outside the resume's folder" in files[0]["notes"]


def test_a_rule_folder_of_too_many_files_is_refused_with_one_line(tmp_path, monkeypatch):
    """A cloned repository's config may name a rule folder: one of 100,000 files (or of many large
    ones) would be read to the end. More than the cap is a rule error (exit 2), named."""
    from po2pm_rewrite import rulefiles

    monkeypatch.setattr(rulefiles, "MAX_FOLDER_FILES", 25)  # the shipped folders hold fewer of each kind
    folder = tmp_path / "house-rules"
    folder.mkdir()
    for number in range(26):
        (folder / f"XX9{number:02d}.toml").write_text(f'code = "XX9{number:02d}"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", "--rules", str(folder), "--text", "Managed the product backlog"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"po2pm: error: {folder}: more than 25 rule files (*.toml): not read"]


def test_a_pdf_whose_font_gives_a_ligature_no_letter_is_read_with_a_note(tmp_path):
    """Rounds SB and SD: a font that maps its "fi" or "ft" ligature to no letter gave "Nirst",
    "so!ware", "o!en"; the claims were read with the broken words and nothing said so."""
    text = (
        b"BT /F1 12 Tf 72 700 Td (Experience) Tj ET\n"
        b"BT /F1 12 Tf 72 680 Td (- Led the so!ware rewrite of the claims portal for brokers) Tj ET\n"
    )
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(_one_page_pdf(text))
    result = runner.invoke(app, ["extract", str(pdf)])
    assert result.exit_code == 0, result.output
    assert "such as 'so!ware' hold a stray character where the PDF's font maps a ligature" in result.output
    clean = tmp_path / "clean.pdf"
    clean.write_bytes(_one_page_pdf(text.replace(b"so!ware", b"software")))
    result = runner.invoke(app, ["extract", str(clean)])
    assert result.exit_code == 0 and "ligature" not in result.output, result.output


def test_a_pdf_of_thousands_of_pages_sharing_one_stream_is_refused_before_its_pages_are_laid_out(tmp_path):
    """Attack round of session 44 (F2): 20,000 pages that all show one small content stream (its
    text operators counted once) took 57 s and 3.4 GB. A page tree is walked one page past the
    limit, whatever its /Count says; a resume of a few pages is read."""
    content = b"BT /F1 12 Tf 72 700 Td (Experience) Tj ET\nBT /F1 12 Tf 72 680 Td (- Led the claims portal rewrite for brokers) Tj ET\n"

    def pages_pdf(pages: int) -> bytes:
        kids = b" ".join(b"%d 0 R" % (5 + page) for page in range(pages))
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count 1 /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> >>" % kids,
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ] + [b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>"] * pages
        return _pdf_file(objects)

    many = tmp_path / "many.pdf"
    many.write_bytes(pages_pdf(5000))
    result = runner.invoke(app, ["check", "--no-cache", str(many)])
    assert result.exit_code == 2 and "has more than 100 pages: not read as a resume" in result.output, result.output
    few = tmp_path / "few.pdf"
    few.write_bytes(pages_pdf(2))
    result = runner.invoke(app, ["extract", str(few)])
    assert result.exit_code == 0 and "Led the claims portal rewrite for brokers" in result.output, result.output


def _pdf_with_a_font_map(first: bytes, last: bytes) -> bytes:
    """One page of one bullet whose font's ToUnicode map gives every code from `first` to `last`."""
    content = b"BT /F1 11 Tf 72 700 Td (- Managed the product backlog for the claims team) Tj ET"
    cmap = b"begincmap 1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange 1 beginbfrange <%s> <%s> <0041> endbfrange endcmap" % (first, last)
    return _pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ])


def test_a_one_kilobyte_pdf_that_expands_past_the_memory_bound_is_refused_and_the_run_goes_on(tmp_path, monkeypatch):
    """Attack round, session 45 (F1): a font map of 2^24 codes took 2.4 GB, of 2^32 codes 9 GB and
    growing; the checks on the file's structure never looked at such maps. The file is rendered in
    a child process under a bound (bounded.py): refused in one line, the other files read."""
    from po2pm_rewrite import bounded

    if not bounded.can_bound():
        pytest.skip("rendering is bounded only where a child can be forked under a memory limit")
    # On a loaded machine the child can reach the time bound first; this test is about memory.
    monkeypatch.setattr(bounded, "MAX_RENDER_SECONDS", 600)
    crafted = tmp_path / "crafted.pdf"
    crafted.write_bytes(_pdf_with_a_font_map(b"00000000", b"00FFFFFF"))
    assert crafted.stat().st_size < 2048
    fine = tmp_path / "fine.md"
    fine.write_text(f"- {WEAK}\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "-f", "concise", "--no-cache", str(crafted), str(fine)])
    assert result.exit_code == 2
    assert f"po2pm: error: {crafted}: needed more than 768 MB to read: not read as a resume (a file built to expand?)" in result.output
    assert f"{fine}:1:" in result.output and "Traceback" not in result.output


def test_rendering_a_binary_file_is_bounded_in_time_and_a_damaged_one_still_says_why(tmp_path, monkeypatch):
    from po2pm_rewrite import bounded

    if not bounded.can_bound():
        pytest.skip("rendering is bounded only where a child can be forked under a memory limit")
    resume = tmp_path / "cv.pdf"
    resume.write_bytes(_one_page_pdf(b"BT /F1 11 Tf 72 700 Td (- Managed the product backlog for the claims team) Tj ET"))
    assert runner.invoke(app, ["extract", str(resume)]).exit_code == 0
    monkeypatch.setattr(bounded, "MAX_RENDER_SECONDS", 0)  # the child cannot answer in no time at all
    result = runner.invoke(app, ["extract", str(resume)])
    assert result.exit_code == 2 and f"po2pm: error: {resume}: took more than 0 s to read: not read as a resume" in result.output
    monkeypatch.undo()
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    result = runner.invoke(app, ["extract", str(damaged)])
    assert result.exit_code == 2 and f"po2pm: error: {damaged}: " in result.output and "Traceback" not in result.output


def test_endless_stdin_a_huge_toml_number_a_hostile_baseline_and_corpus_each_get_one_line(tmp_path):
    """Attack round, session 45 (F2, F8, F11, F12, F13): stdin was read without a bound (7.6 GB,
    then exit 3); a TOML integer of 5,000 digits, a baseline whose version is `true` or whose path
    is a number, and a corpus field over 128 KB each ended in exit 3; a corpus that is a link to
    /dev/zero filled the memory."""
    from po2pm_rewrite.inputs import MAX_STREAM_BYTES, MAX_TEXT_FILE_BYTES

    result = runner.invoke(app, ["check", "-"], input="- Managed the backlog\n" * (MAX_STREAM_BYTES // 20))
    assert result.exit_code == 2 and "po2pm: error: <stdin>: more than the 5 MB po2pm reads: not read" in result.output
    # stdin is bounded as a file of its format is (an attack round of session 47: 20 MB of
    # Markdown, refused as a file, ran 51 s piped); an HTML page keeps the larger bound
    piped = "- Managed the backlog\n" * (MAX_TEXT_FILE_BYTES // 20)
    assert "more than the 5 MB" in runner.invoke(app, ["check", "-"], input=piped).output
    assert "MB" not in runner.invoke(app, ["check", "--input-format", "html", "-"], input=piped[: MAX_TEXT_FILE_BYTES + 100]).output
    config = tmp_path / "c.toml"
    config.write_text("x = " + "9" * 5000 + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--config", str(config), "--text", WEAK])
    assert result.exit_code == 2 and f"po2pm: error: {config}: invalid TOML: Exceeds the limit" in result.output
    resume = tmp_path / "cv.md"
    resume.write_text(f"- {WEAK}\n", encoding="utf-8")
    for document in ('{"version": true, "findings": [{"path": 5, "rule": "PO101", "bullet": "x"}]}', '{"version": 1, "findings": [{"path": null, "rule": "PO101", "bullet": "x"}]}'):
        baseline = tmp_path / "baseline.json"
        baseline.write_text(document, encoding="utf-8")
        result = runner.invoke(app, ["check", "--baseline", str(baseline), str(resume)])
        assert result.exit_code == 2 and f"po2pm: error: {baseline}: not a po2pm baseline file" in result.output
    corpus = tmp_path / "big.tsv"
    corpus.write_text("text\tlabel\n" + "a" * 140_000 + "\tdelivery\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", "derive", "--no-pairs", "--corpus", str(corpus), "-o", str(tmp_path / "w.toml")])
    assert result.exit_code == 2 and f"po2pm: error: {corpus}: field larger than field limit" in result.output
    zero = tmp_path / "zero.tsv"
    zero.symlink_to("/dev/zero")
    result = runner.invoke(app, ["rules", "derive", "--corpus", str(zero), "-o", str(tmp_path / "w.toml")])
    assert result.exit_code == 2 and "more than 20 MB from a pipe or device: not read" in result.output


def test_a_reader_that_crashes_in_its_child_is_told_in_one_line():
    """A library's C code that crashes on a damaged file ends the child, not the run, and the message
    says so rather than blaming memory."""
    from po2pm_rewrite import bounded
    from po2pm_rewrite.errors import InputError

    if not bounded.can_bound():
        pytest.skip("rendering is bounded only where a child can be forked under a memory limit")
    with pytest.raises(InputError, match=r"^the reader stopped on it \(signal 11\): not read as a resume$"):
        bounded.render_bounded(_crash, b"", "pdf")
    assert bounded.render_bounded(_reversed, b"abc", "pdf") == b"cba"


def _crash(data: bytes) -> None:
    import signal

    os.kill(os.getpid(), signal.SIGSEGV)


def _reversed(data: bytes) -> bytes:
    return data[::-1]


def _extracted_from_pdf(tmp_path, stream: bytes):
    """`po2pm extract -f json` of a one-page PDF drawing `stream` in Helvetica, Windows-1252 coded."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(_pdf_file(objects))
    return runner.invoke(app, ["extract", "-f", "json", str(pdf)])


def test_a_pdf_whose_text_was_decoded_twice_is_read_as_meant(tmp_path):
    """Round SL: LiveCareer PDFs (Word exports) held "Â" before every no-break space and "â€œ" for
    a quotation mark, inside their claims; '”' twice decoded reaches pdfminer as "â€(cid:157)"."""
    lines = b"(- Managed\xc2\xa0the product backlog for the claims team) Tj 0 -20 Td (- Ran the \xe2\x80\x9cquarterly\xe2\x80\x9d reviews) Tj"
    stream = b"BT /F1 12 Tf 72 700 Td " + lines + b" ET\n"
    result = _extracted_from_pdf(tmp_path, stream)
    assert [b["text"] for b in json.loads(result.stdout)["files"][0]["bullets"]] == [
        "Managed the product backlog for the claims team",
        "Ran the \u201cquarterly\u201d reviews",
    ]
    assert "characters decoded twice, such as 'Managed\u00c2'" in result.stdout + result.stderr


def test_a_pdf_line_that_ends_on_a_title_abbreviation_goes_on_to_the_next(tmp_path):
    """Round SN: "... raise ~ $50,000 for St." and its wrapped rest "Jude's Children's Research
    Hospital" were read as a claim cut at "St." and a line lost in silence."""
    stream = (
        b"BT /F1 10 Tf 72 700 Td (Experience) Tj ET\n"
        b"BT /F1 10 Tf 72 680 Td (Ran the yearly giving drive with the branch staff, raising $50,000 for St.) Tj ET\n"
        b"BT /F1 10 Tf 72 668 Td (Jude's Children's Research Hospital) Tj ET\n"
        b"BT /F1 10 Tf 72 656 Td (Managed the product backlog for the claims team) Tj ET\n"
    )
    result = _extracted_from_pdf(tmp_path, stream)
    assert [b["text"] for b in json.loads(result.stdout)["files"][0]["bullets"]] == [
        "Ran the yearly giving drive with the branch staff, raising $50,000 for St. Jude's Children's Research Hospital",
        "Managed the product backlog for the claims team",
    ]


def test_the_broken_ligature_pattern_is_tried_from_word_starts_only():
    """An attack round of session 48: its last alternative, unanchored, was tried from every letter
    of a word, each try scanning to the word's end: an 835-byte PDF holding one 100,000-letter word
    took 22 s. Anchored, no search starts inside a word (3 s, pdfplumber's own time)."""
    from po2pm_rewrite.formats.pdf import _BROKEN_LIGATURE

    assert _BROKEN_LIGATURE.match("speci\ufffdcations", 0).group(0) == "speci\ufffdcations"
    assert _BROKEN_LIGATURE.match("speci\ufffdcations", 3) is None


def test_mending_mojibake_never_makes_a_control_or_separator_character():
    """An attack round of session 48: ftfy turned "â€¨" into a line separator (one PDF line read as
    two bullets), "â€\x8f" into a right-to-left mark and "À€" into a NUL. Such a line stays as
    written; the others of the file are still mended."""
    from po2pm_rewrite.formats.pdf import _without_mojibake

    text = "- Ran the weekly \u00e2\u20ac\u00a8 reviews\n- A \u00e2\u20ac\u008f B\n- x \u00c0\u20ac y\n- Managed\u00c2\u00a0the backlog\n"
    mended, first = _without_mojibake(text)
    assert mended.split("\n")[:3] == text.split("\n")[:3]
    assert mended.split("\n")[3] == "- Managed the backlog" and first == "Managed\u00c2"
