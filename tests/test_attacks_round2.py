"""A second round of hostile-input attacks (session 8, issue 16): each case failed on the code
before this session's fixes. Real processes of the installed command, except where a template
folder is built."""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from po2pm_rewrite.engine import Linter, Source
from po2pm_rewrite.errors import RuleError

from .conftest import EXAMPLES
from .test_installed_command import run
from .test_rewrite import _template_folder

BULLET = "- Managed the product backlog for the claims team\n"


def test_a_link_to_itself_in_a_folder_is_reported_and_the_rest_is_checked(tmp_path):
    (tmp_path / "cv.md").write_text(BULLET, encoding="utf-8")
    (tmp_path / "self.md").symlink_to("self.md")
    result = run("check", "--no-cache", str(tmp_path))
    assert result.returncode == 2
    assert "cv.md:1:15: PO101" in result.stdout
    assert "self.md: a link that leads nowhere" in result.stderr and "internal error" not in result.stderr


def test_a_word_file_with_broken_xml_costs_only_itself(tmp_path):
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(EXAMPLES / "resumes" / "backlog-heavy-po.docx") as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, b"<w:document><unclosed" if item.filename == "word/document.xml" else data)
    good = tmp_path / "ok.md"
    good.write_text(BULLET, encoding="utf-8")
    result = run("check", "--no-cache", str(broken), str(good))
    assert result.returncode == 2
    assert "ok.md:1:15: PO101" in result.stdout
    assert "broken.docx: could not be read as docx (XMLSyntaxError" in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize("expression", ["{{ 1/0 }}", "{{ 7 % 0 }}"])
def test_a_template_that_fails_while_rendering_is_a_rule_error(tmp_path, ruleset, expression):
    folder = _template_folder(tmp_path, "{{ original }}, for [customer segment] " + expression)
    linter = Linter(ruleset, rule_dirs=[folder])
    with pytest.raises(RuleError, match=r"template mine: field 'text': ZeroDivisionError"):
        linter.rewrite([Source("<text>", "Managed the product backlog for the claims team", literal=True)])


def test_ten_nested_lists_do_not_hide_the_rest_of_the_file_and_a_hundred_say_so(tmp_path):
    ten = tmp_path / "ten.md"
    ten.write_text("".join("  " * level + "- level\n" for level in range(10)) + "\n- Ran sprint planning for the payments team\n", encoding="utf-8")
    result = run("extract", str(ten))
    assert "Ran sprint planning for the payments team" in result.stdout
    deep = tmp_path / "deep.md"
    deep.write_text("".join(">" * level + " quote\n" for level in range(1, 150)) + "\n" + BULLET, encoding="utf-8")
    result = run("check", "--no-cache", str(deep))
    assert result.returncode == 2 and "nested more than 100 levels deep" in result.stderr


def test_yaml_items_with_a_tag_or_an_anchor_are_read(tmp_path):
    resume = tmp_path / "cv.yaml"
    resume.write_text(
        "highlights:\n  - !!str Managed the product backlog for the str team\n  - !custom Wrote user stories for the loans team\n"
        "  - &a Managed the product backlog for the anchor team\n",
        encoding="utf-8",
    )
    result = run("extract", str(resume))
    assert "3 bullets to check" in result.stdout


def test_a_nul_past_the_first_8_kb_is_read_as_a_space_with_a_note(tmp_path):
    resume = tmp_path / "nul.md"
    resume.write_bytes(b"- Raised trial-to-paid conversion 12% after 20 customer interviews\n" * 130 + b"- Managed the product backlog \x00 for the claims team\n")
    result = run("check", "--no-cache", str(resume))
    assert result.returncode == 1
    assert "nul.md:131:15: PO101" in result.stdout
    assert "1 NUL byte read as a space (the first on line 131)" in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_baseline_or_answers_file_that_never_ends_is_refused(tmp_path):
    resume = tmp_path / "cv.md"
    resume.write_text(BULLET, encoding="utf-8")
    for option, command in (("--baseline", "check"), ("--answers", "rewrite")):
        result = run(command, "--no-cache", option, "/dev/zero", str(resume))
        assert result.returncode == 2, (option, result.stderr)
        assert "more than 20 MB from a pipe or device" in result.stderr


@pytest.mark.skipif(os.uname().sysname == "Darwin", reason="macOS file names must be valid UTF-8")
def test_a_file_name_that_is_not_utf8_gives_valid_json_and_sarif(tmp_path):
    name = os.fsencode(tmp_path) + b"/cv\xff\xfe.md"
    with open(name, "wb") as stream:
        stream.write(BULLET.encode())
    for output in ("json", "sarif"):
        result = run("check", "--no-cache", "-f", output, str(tmp_path))
        assert result.returncode == 1, result.stderr
        document = json.loads(result.stdout)
        assert document
    sarif = json.loads(run("check", "--no-cache", "-f", "sarif", str(tmp_path)).stdout)
    assert sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("cv%FF%FE.md")


def test_escape_sequences_in_a_rule_folder_are_shown_not_obeyed(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "EV001.toml").write_text(
        'code = "EV001"\nname = "evil.rule"\nseverity = "warning"\n'
        "message = \"Evil \\u001b]0;PWNED\\u0007 ('{match}')\"\nrationale = \"Why \\u202e it reads backwards\"\n"
        'angle = "outcome"\nscope = "span"\nquiet_with = []\nphrases = ["backlog"]\n\n'
        '[examples]\nflag = ["Managed the [backlog] for the team"]\npass = ["Ranked churn drivers by revenue"]\n',
        encoding="utf-8",
    )
    for args in (("explain", "--rules", str(folder), "EV001"), ("rules", "--rules", str(folder))):
        result = run(*args)
        assert result.returncode == 0, result.stderr
        assert "\x1b]" not in result.stdout and "\u202e" not in result.stdout
        assert "\\x1b]0;PWNED\\x07" in result.stdout


@pytest.mark.parametrize(
    ("name", "content"),
    [
        # an unclosed group in each item once made every item scan to the end of the file
        ("unclosed.tex", "\\begin{document}\n\\begin{itemize}\n" + "".join(f"\\item Managed the \\textbf{{backlog of team {i}\n" for i in range(3000)) + "\\end{itemize}\n\\end{document}\n"),
        ("groups.tex", "\\begin{document}\n\\begin{itemize}\n" + "\\item {" * 20000 + "\n\\end{itemize}\n\\end{document}\n"),
        # a list item of 20,000 continuation lines was split once per line
        ("long.md", "- Managed the backlog\n" + "".join(f"  and more words on continuation line {i}\n" for i in range(20000))),
        # a run of capitals after " - " split two ways per letter in the company-and-place check
        ("capitals.md", "- Acme - " + "A" * 60 + "!\n"),
    ],
)
def test_crafted_files_that_took_minutes_finish_in_seconds(tmp_path, name, content):
    resume = tmp_path / name
    resume.write_text(content, encoding="utf-8")
    from .test_installed_command import installed_command

    # a bound, not a speed target: these took 35 s to minutes, and take about a second now
    result = subprocess.run([installed_command(), "extract", "--allow-empty", str(resume)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}", "cannot hold loops"),
        ("{{ 'a'.ljust(3*10**9) }}", "cannot call functions or methods"),
        ("{{ '%0999999999d'|format(1) }}", "cannot use the filter 'format'"),
        ("{{ (2**64)**64**64 }}", "blocked by the sandbox"),
        # the third round's bypasses: a width in '%' formatting, doubling through {% set %}
        ("{{ '%999999999d' % 1 }}", "'%' formatting of text is not allowed"),
        ("{% set s = original %}" + "{% set s = s ~ s %}" * 30 + "{{ 'y' if s else 'n' }}", "set %}"),
        ("{% set a = 9**64 %}" + "{% set a = a*a %}" * 24 + "{{ 'y' if a else 'n' }}", "set %}"),
        # the fourth round's: repeats of repeats, compared or printed
        ("{{ (((1,)*9999,)*9999,)*9999 == (((1,)*9999,)*9999,)*9999 }}", "blocked by the sandbox"),
        ("{{ ((1,)*9999,)*9999 }}", "blocked by the sandbox"),
        # the sixth round's: a product of big numbers (minutes), and an expression of thousands of terms
        ("{{ (10**64)**64 * (10**64)**64 * (10**64)**64 }}", "more than 10000 digits"),
        ("{{ " + "*".join(["2"] * 2000) + " }}", "longer than 2000 characters"),
        # session 44's (F5): short, but nested past the parser's stack (exit 3 and "please report this")
        ("{{ " + "(" * 100 + "1" + ")" * 100 + " }}", "nested too deeply"),
        ("{{ " + "-" * 1900 + "1 }}", "nested too deeply"),
    ],
)
def test_a_template_that_would_run_for_hours_or_take_gigabytes_is_refused(tmp_path, ruleset, text, message):
    folder = _template_folder(tmp_path, "{{ original }}, for [customer segment] " + text)
    linter = Linter(ruleset, rule_dirs=[folder])
    with pytest.raises(RuleError, match=message):
        linter.rewrite([Source("<text>", "Managed the product backlog for the claims team", literal=True)])


def test_a_refused_template_is_never_compiled(tmp_path, ruleset, monkeypatch):
    """Jinja's compiler folds constants: `'%0999999999d'|format(1)` was computed (15 s, a
    gigabyte) while the template was compiled, before the checks refused it."""
    from jinja2.sandbox import SandboxedEnvironment

    compile_template = SandboxedEnvironment.from_string

    def compile_checked(self, source, *args, **kwargs):
        assert "|format(" not in source, f"compiled before it was checked: {source}"
        return compile_template(self, source, *args, **kwargs)

    monkeypatch.setattr(SandboxedEnvironment, "from_string", compile_checked)
    folder = _template_folder(tmp_path, "{{ original }}, for [customer segment] {{ '%0999999999d'|format(1) }}")
    with pytest.raises(RuleError, match="cannot use the filter 'format'"):
        Linter(ruleset, rule_dirs=[folder]).rewrite([Source("<text>", "Managed the product backlog for the claims team", literal=True)])


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("(a|a)*", "an alternation under a repeat"),
        ("(?:(a)+)+", "a repeat inside a repeat"),
        ("(a+){25}", "a repeat inside a repeat"),
        ("a*" * 40, "open-ended or wide repeats"),
        # the third round's bypasses: a wide bounded repeat, six open-ended ones, ten bounded ones
        ("^(?:a|aa){0,300}$", "an alternation under a repeat"),
        ("^" + "a*" * 6 + "$", "open-ended or wide repeats"),
        ("a{0,300}" * 10, "open-ended or wide repeats"),
        # the fourth round's: narrow repeats, many of them
        ("a{0,3}" * 14 + "$", "too many ways"),
        ("a?" * 30 + "a" * 30, "too many ways"),
        # the sixth round's: an alternation under an exact count (over 120 s on a 40-letter word)
        ("(a|a){30}b", "too many ways"),
        # session 44's (F1): two open repeats, within the bound, compared again by backreferences
        # (3 s a pattern on a 580-letter word; a folder of 60 past 120 s)
        (r"(\w*)(\w*)\2\1!", "a backreference"),
        (r"(?P<x>\w+)-(?P=x)", "a backreference"),
        # session 46's (FA): two open repeats searched from every letter (0.12 s a word of 540
        # letters; 40 patterns on 40 such words past 120 s)
        (r"\w+\w+9", "anchor the pattern"),
        (r"[a-z]*.\w+x", "anchor the pattern"),
        # session 47's (F1): one open repeat beside six optional letters (0.44 s a 562-letter word;
        # 60 patterns on 20 such words past 120 s); the optional letters counted once, not 2**6
        (r"\w+(?:a?){6}N", "anchor the pattern"),
        (r"(?:a?){30}", "too many ways"),
    ],
)
def test_rule_regexes_that_backtrack_for_minutes_are_refused_when_loaded(expression, words):
    from po2pm_rewrite.rules import regex_problem

    problem = regex_problem(expression)
    assert problem is not None and words in problem


@pytest.mark.parametrize(
    "expression",
    ["(ed|ing)?", "^(re)?prioriti[sz](e|ed|es|ing|ation)$", "(?:ab|cd){2}", "(?:ise|ize){1,2}", r"^\w+-\w+$", r"^\d{1,3}(,\d{3})?$", r"\w+s?", r"^\w+(?:a?){6}N"],
)
def test_ordinary_rule_regexes_still_load(expression):
    from po2pm_rewrite.rules import regex_problem

    assert regex_problem(expression) is None


def _word_file_with_empty_paragraphs(path: Path, count: int, xml: str = "<w:p/>") -> Path:
    with zipfile.ZipFile(EXAMPLES / "resumes" / "backlog-heavy-po.docx") as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                at = text.index("<w:body>") + len("<w:body>")
                data = (text[:at] + xml * count + text[at:]).encode()
            target.writestr(item, data)
    return path


@pytest.mark.parametrize(
    ("xml", "count", "message"),
    [
        # the fourth round's: paragraphs hidden in text-box fallbacks, which were never counted
        ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback>' + "<w:p/>" * 1000 + "</mc:Fallback></mc:AlternateContent>", 60, "more than 50,000 paragraphs"),
        # and hundreds of thousands of runs in one paragraph
        ("<w:p>" + "<w:r><w:t>a</w:t></w:r>" * 100_000 + "</w:p>", 6, "more than 500,000 runs of text"),
    ],
)
def test_a_word_file_of_hidden_paragraphs_or_runs_is_refused_before_it_is_parsed(tmp_path, xml, count, message):
    from .test_installed_command import installed_command

    crafted = _word_file_with_empty_paragraphs(tmp_path / "crafted.docx", count, xml)
    result = subprocess.run([installed_command(), "extract", str(crafted)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert f"error: {message}: not read as a resume" in result.stdout


def test_a_word_file_of_empty_paragraphs_finishes_in_seconds(tmp_path):
    """20,000 empty paragraphs took 33 s: every paragraph looked its style up again."""
    from .test_installed_command import installed_command

    crafted = _word_file_with_empty_paragraphs(tmp_path / "empty.docx", 20000)
    result = subprocess.run([installed_command(), "extract", str(crafted)], capture_output=True, text=True, timeout=20)
    assert result.returncode == 0 and "9 bullets to check" in result.stdout


def test_a_word_file_of_millions_of_paragraphs_is_refused_not_read_for_minutes(tmp_path):
    """Third round of attacks (6.18): 3,300,000 empty paragraphs in a 66 KB file took 107 s."""
    from .test_installed_command import installed_command

    crafted = _word_file_with_empty_paragraphs(tmp_path / "huge.docx", 1_000_000)
    result = subprocess.run([installed_command(), "extract", str(crafted)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "error: more than 50,000 paragraphs: not read as a resume" in result.stdout


def test_a_word_file_with_a_part_that_unpacks_to_gigabytes_is_refused_before_it_is_read(tmp_path):
    """Sixth round of attacks (A24): a 1.5 MB Word file whose custom XML part unpacked to 1.5 GB
    took 3 GB of memory; only the document's text was measured before python-docx loaded it."""
    from .test_installed_command import installed_command

    crafted = tmp_path / "bigpart.docx"
    with zipfile.ZipFile(EXAMPLES / "resumes" / "backlog-heavy-po.docx") as source, zipfile.ZipFile(crafted, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        with target.open("customXml/item9.xml", "w") as part:  # 80 MB of spaces, written in pieces
            for _ in range(80):
                part.write(b" " * (1024 * 1024))
    assert crafted.stat().st_size < 1024 * 1024
    result = subprocess.run([installed_command(), "extract", str(crafted)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "error: a part of it unpacks to more than 64 MB: not read as a resume" in result.stdout


def test_a_file_reached_twice_is_one_input(tmp_path):
    folder = tmp_path / "cv"
    folder.mkdir()
    (folder / "cv.md").write_text(BULLET, encoding="utf-8")
    (folder / "alias.md").symlink_to("cv.md")
    result = run("check", "--no-cache", str(folder), str(folder / "cv.md"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [f"{folder / 'cv.md'}:1:15: PO101 Backlog or roadmap administration ('product backlog') with no customer, business or outcome reason behind it."]


def test_a_per_file_ignore_takes_a_prefix_as_ignore_does(tmp_path):
    (tmp_path / ".po2pm.toml").write_text('[per-file-ignores]\n"*" = ["PO1"]\n', encoding="utf-8")
    (tmp_path / "cv.md").write_text(BULLET, encoding="utf-8")
    result = run("check", "--no-cache", str(tmp_path / "cv.md"))
    assert (result.returncode, result.stdout) == (0, "")


def test_valid_json_with_a_long_number_is_read():
    from po2pm_rewrite.formats.jsonresume import extract_json_resume

    text = '{"id": ' + "9" * 5000 + ', "work": [{"highlights": ["Managed the product backlog for the claims team"]}]}'
    assert [b.text for b in extract_json_resume(text)] == ["Managed the product backlog for the claims team"]


def test_a_config_or_baseline_nested_thousands_deep_is_one_clear_line(tmp_path):
    """Third round of attacks: a 1 KB .po2pm.toml in a cloned repository gave an internal error."""
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "cv.md").write_text(BULLET, encoding="utf-8")
    (repo / ".po2pm.toml").write_text("select = " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    result = run("check", "--no-cache", str(repo / "cv.md"))
    assert result.returncode == 2 and result.stderr.strip().endswith(".po2pm.toml: nested too deeply to read as TOML")
    (repo / ".po2pm.toml").unlink()
    baseline = tmp_path / "base.json"
    baseline.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    result = run("check", "--no-cache", "--baseline", str(baseline), str(repo / "cv.md"))
    assert result.returncode == 2 and "nested too deeply to be a po2pm baseline file" in result.stderr


def test_github_annotations_show_control_characters_of_a_name_or_a_message(tmp_path):
    """Sixth round of attacks (A34, A35): `-f github`, the default on GitHub Actions, passed a file
    name's OSC sequence and bidi override, and a rule message's, to the log as they were."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "EV002.toml").write_text(
        'code = "EV002"\nname = "evil.rule"\nseverity = "warning"\n'
        "message = \"Evil \\u001b]0;PWNED\\u0007 \\u202e ('{match}')\"\nrationale = \"Why\"\n"
        'angle = "outcome"\nscope = "span"\nquiet_with = []\nphrases = ["claims team"]\n\n'
        '[examples]\nflag = ["Led the [claims team] for a year"]\npass = ["Ranked churn drivers by revenue"]\n',
        encoding="utf-8",
    )
    resume = tmp_path / "cv\x1b]0;OWNED\x07\u202e.md"
    resume.write_text("# Experience\n\n- Managed the product backlog for the claims team\n", encoding="utf-8")
    result = run("check", "--no-cache", "-f", "github", "--rules", str(folder), str(resume))
    assert result.returncode == 1, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout and "\x07" not in result.stdout
    assert "::warning file=" in result.stdout and "\\x1b]0;OWNED\\x07\\u202e.md" in result.stdout
    assert "Evil \\x1b]0;PWNED\\x07 \\u202e" in result.stdout


def test_json_and_sarif_write_bidi_controls_and_line_separators_as_escapes(tmp_path):
    """Sixth round of attacks (A37): `-f json` left U+202E and U+2028 raw in `path` and `text`,
    valid JSON that a terminal showed reordered; they are written as escapes, the same data."""
    resume = tmp_path / "cv\u202e.md"
    resume.write_text("# Experience\n\n- Managed the product backlog for the claims\u2028team\n", encoding="utf-8")
    for output in ("sarif", "json"):
        result = run("check", "--no-cache", "-f", output, str(resume))
        assert result.returncode == 1, result.stderr
        assert "\u202e" not in result.stdout and "\u2028" not in result.stdout
    assert "cv\\u202e.md" in result.stdout  # SARIF names the file by its URI, percent-encoded
    data = json.loads(run("check", "--no-cache", "-f", "json", str(resume)).stdout)
    assert data["files"][0]["path"] == str(resume)


def test_json_sarif_and_rewrite_json_write_c1_controls_as_escapes(tmp_path):
    """Attack round of session 44 (F4): U+009B, the 8-bit opening of an escape sequence, reached
    `-f json` of check and rewrite raw from a bullet, and `-f sarif` from a rule's message; a
    terminal showing the file obeyed it. It is written as an escape: the same data."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "EV003.toml").write_text(
        'code = "EV003"\nname = "evil.csi"\nseverity = "warning"\n'
        "message = \"Evil \\u009b2J ('{match}')\"\nrationale = \"Why\"\n"
        'angle = "outcome"\nscope = "span"\nquiet_with = []\nphrases = ["claims team"]\n\n'
        '[examples]\nflag = ["Led the [claims team] for a year"]\npass = ["Ranked churn drivers by revenue"]\n',
        encoding="utf-8",
    )
    resume = tmp_path / "cv.md"
    resume.write_text("# Experience\n\n- Managed the product backlog \u009b2J for the claims team\n", encoding="utf-8")
    for command in (("check", "-f", "json"), ("check", "-f", "sarif", "--rules", str(folder)), ("rewrite", "-f", "json")):
        result = run(*command, "--no-cache", str(resume))
        assert result.returncode in (0, 1), result.stderr
        assert "\u009b" not in result.stdout and "\\u009b" in result.stdout, command
    data = json.loads(run("check", "--no-cache", "-f", "json", str(resume)).stdout)
    assert "\u009b2J" in json.dumps(data, ensure_ascii=False)  # the same text, read back


def test_a_line_break_in_a_file_name_cannot_forge_a_line_of_a_note(tmp_path):
    """Sixth round of attacks (A36): a note on stderr printed the name's line break as it was, so
    the name's second half read as a finding of its own."""
    resume = tmp_path / "cv\nresume.md:9:9: PO999 all good"
    resume.write_bytes("# Experience\n\n- Managed the café backlog for the claims team \x9b\n".encode("utf-8").replace(b"\xc2\x9b", b"\x9b"))
    result = run("check", "--no-cache", "-f", "concise", str(resume))
    assert result.stderr and all(not line.startswith("resume.md:9:9") for line in result.stderr.splitlines())
    assert "\\nresume.md:9:9: PO999 all good" in result.stderr


@pytest.mark.parametrize("markup", ["*a_", "<!--", "[a]("])
def test_a_markdown_bullet_of_repeated_markup_is_read_in_seconds(tmp_path, markup):
    """Sixth round of attacks (A17, A18, A19): a bullet of "*a_", "<!--" or "[a](" repeated was
    read in time that grew with the square of its length (120 KB: 23 s; 600 KB: over two minutes;
    800 KB of "[a](": 59 s). Regexes that read to the line's end from every letter, every "<" or
    every "(" now start only where a match can, or stop at the next "(" ."""
    from .test_installed_command import installed_command

    resume = tmp_path / "cv.md"
    resume.write_text("# Experience\n\n- Managed the backlog " + markup * 150_000 + " for the team\n", encoding="utf-8")
    result = subprocess.run([installed_command(), "extract", str(resume)], capture_output=True, text=True, timeout=30)
    assert result.returncode in (0, 2), result.stderr


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the workers in /proc (Linux)")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_signal_to_the_group_during_a_jobs_run_ends_it_in_one_line(tmp_path, signal_name):
    """Session 46's attack round (FC): SIGTERM or Ctrl-C to the process group (a CI timeout, a
    terminal) during `--jobs 2` made every worker print a Python traceback, and now and then the run
    never ended (the main process waited on a worker blocked on the task queue's lock)."""
    import signal
    import time

    from .test_installed_command import installed_command

    folder = tmp_path / "resumes"
    folder.mkdir()
    for number in range(300):
        (folder / f"r{number:03}.md").write_text(
            f"- Managed the product backlog for the claims team {number}\n- Wrote user stories for the booking app {number}\n", encoding="utf-8"
        )
    child = subprocess.Popen(
        [installed_command(), "check", "--no-cache", "--jobs", "2", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    children = Path(f"/proc/{child.pid}/task/{child.pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None and len(children.read_text().split()) < 2:
        time.sleep(0.05)
    assert child.poll() is None, "the run ended before its workers started"
    time.sleep(0.3)  # the workers are at work
    os.killpg(child.pid, getattr(signal, signal_name))
    try:
        _, stderr = child.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        raise AssertionError("the run did not end within 30 s of the signal") from None
    assert child.returncode == 128 + getattr(signal, signal_name), stderr
    assert stderr == "po2pm: interrupted\n"


SMALL_CORPUS = (
    "text\tlabel\nManaged the product backlog for the claims team\tdelivery\nRan daily standups for two teams\tdelivery\n"
    "Interviewed 30 customers and cut churn 5%\tpm\nChose to drop the export feature after pricing tests\tpm\n"
)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_rules_derive_reads_a_named_pipe_corpus_once(tmp_path):
    """Session 46's attack round (FD): the header's digest read the corpus a second time, so a
    named pipe whose writer had finished hung for ever."""
    import threading

    pipe = tmp_path / "corpus.tsv"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=(SMALL_CORPUS,), kwargs={"encoding": "utf-8"})
    writer.start()
    result = run("rules", "derive", "--no-pairs", "--min-count", "1", "--corpus", str(pipe), "-o", str(tmp_path / "w.toml"))
    writer.join(timeout=5)
    assert result.returncode == 0, result.stderr
    import hashlib

    digest = hashlib.sha256(SMALL_CORPUS.encode("utf-8")).hexdigest()[:12]
    assert f"#   corpus.tsv: 4 bullets, sha256 {digest}" in (tmp_path / "w.toml").read_text(encoding="utf-8")


@pytest.mark.skipif(os.uname().sysname == "Darwin", reason="needs control characters in file names")
def test_rules_derive_shows_a_corpus_name_safely(tmp_path):
    """Session 46's attack round (FF): a corpus file name with a newline wrote TOML lines of the
    name's choosing into the weights file (which then did not parse, exit 0), and escape sequences
    in it reached the terminal."""
    import tomllib

    corpus = tmp_path / 'c.tsv\n[weights]\n"lead:manage" = 99.0\n#\x1b]0;PWNED\x07'
    corpus.write_text(SMALL_CORPUS, encoding="utf-8")
    result = run("rules", "derive", "--no-pairs", "--min-count", "1", "--corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    weights = tomllib.loads(result.stdout)
    assert "lead:manage" not in weights["weights"] or weights["weights"]["lead:manage"] != 99.0


def test_a_file_over_the_size_po2pm_reads_is_refused_at_once(tmp_path):
    """Session 46's attack round (FB): a regular file had no bound (a 300 MB Markdown file, 2 MB in
    a git clone, ran 97 s to 7.5 GB and crashed in silence). A sparse file costs no disk here."""
    resume = tmp_path / "cv.md"
    with open(resume, "wb") as stream:
        stream.truncate(21 * 1024 * 1024)
    result = run("check", "--no-cache", str(resume))
    assert result.returncode == 2
    assert result.stderr == f"po2pm: error: {resume}: 21.0 MB, more than the 5 MB po2pm reads from a file: not read\n"
    page = tmp_path / "cv.html"  # a page saved with its pictures inline may be larger
    with open(page, "wb") as stream:
        stream.truncate(21 * 1024 * 1024)
    assert "more than the 20 MB po2pm reads from a file" in run("check", "--no-cache", str(page)).stderr


def test_rules_derive_refuses_more_features_than_a_fit_can_hold():
    """Session 46's attack round (FE): 392 KB of invented nouns made 12,000 features, and the fit's
    square matrices took 114 s and 3.6 GB; now it says to raise --min-count."""
    from po2pm_rewrite.derive import MAX_FEATURES, DeriveSettings, TrainingRow, fit
    from po2pm_rewrite.errors import InputError

    count = MAX_FEATURES + 10
    features = [{f"word:x{i}", f"word:x{(i + 1) % count}"} for i in range(count)]
    rows = [TrainingRow(f"bullet {i}", float(i % 2), 1.0) for i in range(count)]
    with pytest.raises(InputError) as raised:
        fit(features, rows, DeriveSettings())
    assert "raise --min-count" in str(raised.value) and f"{count:,} features" in str(raised.value)


def test_rule_folders_are_bounded_in_all_not_only_file_by_file(tmp_path):
    """Session 46's second attack round (FH, FG): 200 rule files of 1,999 patterns each, every one
    within the bound of a file, took `check` 55 s and 2.2 GB on a 2-bullet resume; one template file
    of 105,540 templates held `rewrite` past 120 s."""
    from po2pm_rewrite.rules import MAX_PATTERNS_IN_ALL, load_ruleset
    from po2pm_rewrite.templates import MAX_TEMPLATES, load_templates

    folder = tmp_path / "rules"
    folder.mkdir()
    per_file = 1_999
    for number in range(MAX_PATTERNS_IN_ALL // per_file + 1):
        phrases = ", ".join(f'"zq{number}x{i}"' for i in range(per_file))
        (folder / f"XX{900 + number}.toml").write_text(
            f'code = "XX{900 + number}"\nname = "custom.n{number}"\nseverity = "warning"\nmessage = "m"\nrationale = "r"\n'
            f'phrases = [{phrases}]\n[examples]\nflag = ["Kept the [zq{number}x0] tidy"]\npass = ["Defined the pricing strategy"]\n',
            encoding="utf-8",
        )
    with pytest.raises(RuleError, match="more than 10,000 patterns and phrases in all"):
        load_ruleset([folder])
    templates = tmp_path / "more" / "templates"
    templates.mkdir(parents=True)
    (templates / "placeholders.toml").write_text('[placeholders."customer segment"]\nquestion = "Who?"\nexample = "clinic managers"\n', encoding="utf-8")
    entries = "".join(f'[[templates]]\nid = "t{i}"\ntext = "{{{{ core }}}} for [customer segment]"\n' for i in range(MAX_TEMPLATES + 1))
    (templates / "discovery.toml").write_text('angle = "discovery"\nsignals = ["discovery"]\n' + entries, encoding="utf-8")
    with pytest.raises(RuleError, match="more than 2,000 templates in all"):
        load_templates([tmp_path / "more"])


def test_a_config_with_thousands_of_exclude_patterns_is_refused(tmp_path):
    """Session 46's second attack round (FI): a cloned repository's config of 40,000 `exclude`
    patterns held `check .` on 100 files past 120 s."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "cv.md").write_text(BULLET, encoding="utf-8")
    patterns = ", ".join(f'"docs/{i}/*"' for i in range(1_001))
    (tmp_path / ".po2pm.toml").write_text(f"exclude = [{patterns}]\n", encoding="utf-8")
    result = run("check", "--no-cache", str(tmp_path / "cv.md"))
    assert result.returncode == 2
    assert "'exclude' holds 1,001 patterns, more than the 1,000 po2pm reads" in result.stderr


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="builds a path past Linux's PATH_MAX")
def test_a_folder_past_the_path_length_limit_is_told_and_the_rest_is_checked(tmp_path):
    """Session 46's second attack round (FK): a folder whose nested paths pass PATH_MAX ended the
    run with exit 3 and one 8 KB line, and the folder's valid files were not checked."""
    import shutil

    top = tmp_path / "deep"
    top.mkdir()
    handle = os.open(top, os.O_RDONLY)
    try:
        for _ in range(220):
            os.mkdir("d" * 20, dir_fd=handle)
            inner = os.open("d" * 20, os.O_RDONLY, dir_fd=handle)
            os.close(handle)
            handle = inner
    finally:
        os.close(handle)
    (top / "top.md").write_text("- Ran daily standups for two teams\n", encoding="utf-8")
    try:
        result = run("check", "--no-cache", "-f", "concise", str(top))
        assert result.returncode == 2, result.stderr
        assert f"{top}/top.md:1:7: PO102" in result.stdout
        assert "cannot list this folder (File name too long): the rest was read" in result.stderr
        assert max(len(line) for line in result.stderr.splitlines()) < 400
    finally:
        shutil.rmtree(top, ignore_errors=True)
