"""The installed `po2pm` console script and `python -m po2pm_rewrite`, run as real processes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES


def installed_command() -> str:
    """The console script pip installed beside this interpreter (or on PATH). Missing is a failure:
    a skipped test here would hide a broken install."""
    beside = Path(sys.executable).parent / "po2pm"
    found = str(beside) if beside.exists() else shutil.which("po2pm")
    assert found, "the po2pm console script is not installed"
    return found


def choose_the_first_and_answer(child, answer: str) -> None:
    """In a `rewrite --interactive` session (a pexpect child): choose suggestion 1 and give the same
    answer to each bracket, up to the Accept prompt."""
    child.expect(r"k keep, e edit, s skip, q quit")
    child.sendline("1")
    while child.expect([r"\n  > ", r"Accept\? \[Y/n/q\]"]) == 0:
        child.sendline(answer)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([installed_command(), *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_check_a_shipped_resume_prints_concise_locations_when_piped():
    resume = EXAMPLES / "resumes" / "backlog-heavy-po.md"
    result = run("check", str(resume))
    assert result.returncode == 1, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == f"{resume}:12:15: PO101 Backlog or roadmap administration ('product backlog') with no customer, business or outcome reason behind it."
    assert result.stderr == ""


def test_a_clean_resume_exits_zero():
    result = run("check", str(EXAMPLES / "resumes" / "pm-ready-po.txt"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.slow
def test_stdin_pipe():
    result = run("check", stdin="- Ran daily stand-ups for the team\n")
    assert result.returncode == 1
    assert result.stdout.startswith("<stdin>:1:7: PO102")


def test_ignoring_the_rule_that_named_why_leaves_the_score_rule_to_report(tmp_path):
    """A new user's trial (session 15): with `ignore = ["PO101"]` in pyproject.toml, a bullet the
    score reads as delivery-only was committed clean, its PO108 finding silenced by PO101's."""
    (tmp_path / "pyproject.toml").write_text('[tool.po2pm]\nignore = ["PO101"]\n', encoding="utf-8")
    (tmp_path / "resume.md").write_text("## Experience\n\n- Managed the product backlog for the claims team.\n", encoding="utf-8")
    result = subprocess.run([installed_command(), "check", "--no-cache", "resume.md"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 1
    assert re.match(r"resume\.md:3:\d+: PO108 Reads as delivery work", result.stdout)


def test_rewrite_of_a_missing_file_prints_its_error_alone(tmp_path):
    """A new user's trial (session 15): "0 bullets to rewrite" came before the error."""
    result = run("rewrite", str(tmp_path / "nope.md"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"po2pm: error: {tmp_path / 'nope.md'}: no such file"


def test_piped_latex_and_json_are_read_as_what_they_hold():
    """A coach's trial (session 15): a LaTeX or JSON resume piped in was read as plain text, its
    macros in the bullets and its Skills line flagged, without a word."""
    latex = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "\\item Managed the product backlog for the claims team\n\\end{itemize}\n"
        "\\section{Skills}\n\\begin{itemize}\n\\item Jira, Confluence, SQL\n\\end{itemize}\n\\end{document}\n"
    )
    result = run("check", "--no-cache", "-f", "concise", "-", stdin=latex)
    assert "note: <stdin>: holds a LaTeX document: read as latex, not text" in result.stderr
    assert result.stdout.splitlines() == [
        "<stdin>:5:19: PO101 Backlog or roadmap administration ('product backlog') with no customer, business or outcome reason behind it."
    ]
    resume = '{"work": [{"name": "Northwind", "highlights": ["Managed the product backlog for the claims team"]}]}'
    piped = run("check", "--no-cache", "-f", "concise", "-", stdin=resume)
    assert "note: <stdin>: holds JSON: read as json, not text" in piped.stderr
    assert piped.stdout.startswith("<stdin>:1:")


def test_errors_are_one_line_without_traceback(tmp_path):
    result = run("check", str(tmp_path / "nope.md"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"po2pm: error: {tmp_path / 'nope.md'}: no such file"]


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("check", "--format", "xml", "r.md"), "po2pm: error: Invalid value for '--format' / '-f': 'xml' is not one of 'text', 'concise', 'json', 'github', 'sarif' (see 'po2pm check --help')"),
        (("chek",), "po2pm: error: No such command 'chek'. Did you mean 'check'? (see 'po2pm --help')"),
        (("rewrite", "--pick", "x", "--text", "a"), "po2pm: error: Invalid value for '--pick': 'x' is not a valid int range (see 'po2pm rewrite --help')"),
    ],
)
def test_a_wrong_option_or_command_is_one_line_as_every_other_error(args, line):
    """Click prints usage, a hint and the error on three lines (and a blank one) where each of
    po2pm's own errors is one line; the installed command now prints them all alike."""
    result = run(*args)
    assert (result.returncode, result.stderr.splitlines(), result.stdout) == (2, [line], "")


def test_sarif_names_files_by_valid_uris(tmp_path):
    """A CI user's need: an absolute path was written as a bare "/home/..." (no URI); code scanning
    reads relative URIs against %SRCROOT%, the checkout."""
    for name in ("my resume.md", "other.md"):
        (tmp_path / name).write_text("## Experience\n\n- Managed the product backlog for the claims team.\n", encoding="utf-8")
    command = [installed_command(), "check", "--no-cache", "-f", "sarif", "my resume.md", str(tmp_path / "other.md")]
    document = json.loads(subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=120).stdout)
    [sarif_run] = document["runs"]
    locations = [result["locations"][0]["physicalLocation"]["artifactLocation"] for result in sarif_run["results"]]
    assert locations[0] == {"uri": "my%20resume.md", "uriBaseId": "%SRCROOT%"}
    assert locations[-1] == {"uri": (tmp_path / "other.md").as_uri()}
    assert sarif_run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}


def test_rules_test_runs_a_rule_folders_own_examples(tmp_path):
    """A CI user's trial: a rule of their own whose examples contradicted what it flags loaded
    and was listed without a word; `po2pm rules test` runs the examples, as the shipped rules'
    generated tests do."""
    rule = (
        'code = "PO950"\nname = "buzzword.synergy"\nseverity = "warning"\nmessage = "Buzzword (\'{match}\')."\n'
        'rationale = "Say what changed."\n[[patterns]]\nid = "synergy"\npattern = [{LOWER = "synergy"}]\n'
        '[examples]\nflag = ["Drove [synergy] across the sales teams", "Drove [teamwork] across the sales teams"]\n'
        'pass = ["Built synergy between the sales teams"]\n'
    )
    (tmp_path / "synergy.toml").write_text(rule, encoding="utf-8")
    result = run("rules", "test", "--rules", str(tmp_path), "PO950")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "PO950: does not flag its example 'Drove teamwork across the sales teams'",
        "PO950: flags its pass example 'Built synergy between the sales teams'",
    ]
    assert result.stderr == "1 of 3 examples of 1 rule hold\n"
    shipped = run("rules", "test")
    assert shipped.returncode == 0 and shipped.stdout == "", shipped.stdout


def test_pick_says_which_bullets_have_fewer_suggestions(tmp_path):
    """A CI user's trial (session 16): `rewrite --pick 3 --write` left bullets with one suggestion
    as they were, exit 0, without a word."""
    resume = tmp_path / "cv.md"
    resume.write_text((EXAMPLES / "resumes" / "backlog-heavy-po.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("rewrite", "--no-cache", "--pick", "3", "--diff", str(resume))
    assert result.returncode == 0
    # how many depends on the templates; that each is named, with its line, does not
    assert re.search(rf"po2pm: note: {re.escape(str(resume))}: \d+ bullets? ha(?:s|ve) fewer than 3 suggestions, left as written \(lines? \d", result.stderr)
    # the same pick through an answers file is an error that names the answers file and the bullet
    answers = tmp_path / "answers.toml"
    answers.write_text('[[bullet]]\ntext = "Worked closely with the architects on the migration to the new core banking platform"\npick = 3\n', encoding="utf-8")
    refused = run("rewrite", "--no-cache", "--answers", str(answers), "--diff", str(resume))
    assert refused.returncode == 2
    assert refused.stderr.startswith(f"po2pm: error: {answers}: {resume}:17: pick 3, but this bullet has 2 suggestions")


def test_quiet_leaves_out_the_notes_not_the_errors(tmp_path):
    """A CI user's trial (session 16): every run printed notes on stderr, with no way to quiet them."""
    (tmp_path / "cv.md").write_text("## Experience\n\n- Managed the product backlog for the claims team\n- Multi Cloud Networking\n", encoding="utf-8")
    loud = run("check", "--no-cache", str(tmp_path / "cv.md"), str(tmp_path / "gone.md"))
    quiet = run("check", "--no-cache", "-q", str(tmp_path / "cv.md"), str(tmp_path / "gone.md"))
    assert "po2pm: note:" in loud.stderr and "po2pm: note:" not in quiet.stderr
    assert quiet.stderr.splitlines() == [f"po2pm: error: {tmp_path / 'gone.md'}: no such file"]
    assert quiet.stdout == loud.stdout and quiet.returncode == loud.returncode == 2


def test_bare_command_and_help_still_print_the_help():
    bare, asked = run(), run("--help")
    assert bare.returncode == 2 and "Usage: po2pm" in bare.stdout + bare.stderr
    assert asked.returncode == 0 and asked.stdout.startswith("Usage: po2pm")


@pytest.mark.slow
def test_rewrite_through_the_installed_command():
    result = run("rewrite", "--text", "Wrote user stories and acceptance criteria for the booking app")
    assert result.returncode == 0, result.stderr
    assert "Keep your bullet and add" in result.stdout and "the booking app" in result.stdout


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "po2pm_rewrite", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("po2pm ")


def test_rules_and_explain_do_not_import_spacy():
    """Commands that need no parse stay fast: spaCy is imported only to parse bullets."""
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from po2pm_rewrite.cli import app\n"
        "r = CliRunner()\n"
        "assert r.invoke(app, ['rules']).exit_code == 0\n"
        "assert r.invoke(app, ['explain', 'PO101']).exit_code == 0\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_help_keeps_the_bracketed_defaults():
    """Rich help read "[default: ...]" as markup and printed "Output format ."."""
    result = run("check", "--help")
    assert result.returncode == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert "Output format [default: text on a terminal, github on GitHub Actions, else concise]." in flat
    assert "[default: warning]" in flat


def test_the_installed_command_reads_set_u_pages_and_text_exports(tmp_path):
    """Session 17's reading changes through the installed command: a page whose sections are named
    by their ids, with a strapline, and a text export saved as .md."""
    page = tmp_path / "index.html"
    page.write_text(
        '<html><body><section id="experience"><h2>Professional Journey</h2>'
        '<p class="section-subtitle">Building products across industries</p><h3>Product Owner</h3>'
        "<p>Moved the leasing engine to self-serve, raising completed applications by 18%.</p></section>"
        '<section id="contact"><h2>Say hello</h2><p>Open to discussing opportunities and product strategy</p></section></body></html>',
        encoding="utf-8",
    )
    export = tmp_path / "resume.md"
    export.write_text(
        "Jane Example\n\nWORK EXPERIENCE\nPRODUCT OWNER        2022 - 2025\nAcme Lending\n"
        "Cut the loan approval time from 5 days to 2 by dropping the manual review\n\nEDUCATION\nUniversity of Texas\n",
        encoding="utf-8",
    )
    result = run("extract", "-f", "json", str(page), str(export))
    assert result.returncode == 0, result.stderr
    read = {Path(file["path"]).name: [b["text"] for b in file["bullets"]] for file in json.loads(result.stdout)["files"]}
    assert read == {
        "index.html": ["Moved the leasing engine to self-serve, raising completed applications by 18%."],
        "resume.md": ["Cut the loan approval time from 5 days to 2 by dropping the manual review"],
    }


def test_extract_exits_2_when_no_input_holds_a_bullet_as_its_help_says(tmp_path):
    """Set AA, both readers: `po2pm extract` said "0 bullets to check" and exited 0 while its help
    (and `check` on the same file) says 2; --allow-empty makes it 0. Its notes do not point at
    `po2pm extract` from inside it."""
    skills = tmp_path / "skills.txt"
    skills.write_text("Skills: Jira, Confluence, SQL\n", encoding="utf-8")
    result = run("extract", str(skills))
    assert result.returncode == 2 and "no bullet found in any input" in result.stderr
    assert "0 bullets to check" in result.stdout
    assert run("extract", "--allow-empty", str(skills)).returncode == 0
    resume = tmp_path / "cv.md"
    resume.write_text("## Experience\n- Cut loan approval time from 5 days to 2\n- Jira, Confluence, SQL, Figma\n", encoding="utf-8")
    read = run("extract", str(resume))
    assert read.returncode == 0 and "read as a skills list" in read.stdout and "po2pm extract shows them" not in read.stdout
    checked = run("check", "--format", "text", str(resume))
    assert "po2pm extract shows them" in checked.stdout + checked.stderr


def test_a_page_whose_resume_is_a_pre_block_is_told_so(tmp_path):
    """Set AA: a page held its whole resume in <pre><code>, and the note spoke only of <li> items."""
    page = tmp_path / "index.html"
    lines = "\n".join(["EXPERIENCE", "2018-  Acme ------ Boston", "  Rebuilt the billing app.", "2016-  Initech", "  Ran the data team.", "EDUCATION"])
    page.write_text(f"<html><body><pre><code>{lines}\n</code></pre></body></html>\n", encoding="utf-8")
    result = run("extract", "--allow-empty", str(page))
    assert result.returncode == 0 and "its text is in a <pre> block" in result.stdout
    plain = tmp_path / "plain.html"
    plain.write_text("<html><body><p>Hello</p></body></html>\n", encoding="utf-8")
    assert "<pre> block" not in run("extract", "--allow-empty", str(plain)).stdout


def test_a_git_lfs_pointer_saved_as_a_pdf_or_word_file_is_named_so_on_stderr(tmp_path):
    """Set AB: a cloned portfolio's resume.pdf held only Git LFS's pointer; extract printed the PDF
    library's own error on stdout and nothing on stderr."""
    pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "4d" * 32 + "\nsize 12345\n"
    for name in ("resume.pdf", "resume.docx"):
        path = tmp_path / name
        path.write_text(pointer, encoding="utf-8")
        for command in ("extract", "check"):
            result = run(command, str(path))
            assert result.returncode == 2
            assert f"{name}: a Git LFS pointer, not the " in result.stderr and "git lfs pull" in result.stderr
    notes = run("extract", "-f", "json", str(tmp_path / "resume.pdf"))
    assert "po2pm extract shows them" not in notes.stdout


def test_lines_of_prose_a_text_file_does_not_read_as_claims_are_told_not_dropped(tmp_path):
    """Set AD: a text CV's "Organisation: what I did" lines under its Experience heading were
    dropped in silence, and the note said the file had no Experience heading."""
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Experience\n"
        "Northwind Medical Systems: news reporting from the marketing conferences\n"
        "The Weekly Clinic: feature writer for the research section\n",
        encoding="utf-8",
    )
    result = subprocess.run([installed_command(), "extract", str(cv)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "2:1  Northwind Medical Systems: news reporting from the marketing conferences  (line without a list mark" in result.stdout
    assert "2 lines under a section of claims with no list mark" in result.stdout
    assert "no Experience heading above its lines" not in result.stdout
    assert "no line under its Experience heading opens with an act of yours" in result.stdout


@pytest.mark.parametrize(
    ("name", "text", "claim"),
    [
        # set AF: a paragraph is read a sentence at a time, and one sentence is rewritten in place
        ("para.md", "## Experience\n\nGroomed the backlog and ran sprint planning for the claims intake service. The service routes "
         "each claim to an adjuster within a minute, day or night. Mentored two new hires through their first release "
         "on the claims team, and ran the team's weekly planning.\n", "Groomed the backlog and ran sprint planning"),
        # a claim after a sentence about the employer: --write refused it ("would read back as ...")
        ("job.json", '{"work": [{"name": "Acme", "summary": "Acme is a claims software company serving brokers. '
         'I ran the backlog and sprint planning for the claims intake team."}]}\n', "I ran the backlog"),
    ],
)
def test_write_rewrites_a_sentence_where_it_stands_in_its_paragraph(tmp_path, name, text, claim):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [installed_command(), "rewrite", "--pick", "1", "--write", "--allow-placeholders", "--no-cache", name],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    written = path.read_text(encoding="utf-8")
    assert written != text and claim in written and "[" in written
    kept_sentence = "The service routes each claim" if name == "para.md" else "Acme is a claims software company serving brokers."
    assert kept_sentence in written  # the rest of the paragraph is as it was
