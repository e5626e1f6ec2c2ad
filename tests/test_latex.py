"""LaTeX cases of the attack rounds ATK9 (session 51) and ATK10, and of round ST: each failed on the code
before its fix."""

from __future__ import annotations

import itertools
import json
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

runner = CliRunner()
EDIT = "Cut claim time 20% by ranking the backlog"


def _resume(tmp_path: Path, *items: str, preamble: str = "") -> Path:
    """An article whose Experience list holds `items`, each an \\item's text; the first is line 5
    without a preamble."""
    resume = tmp_path / "cv.tex"
    lines = "".join(f"\\item {item}\n" for item in items)
    resume.write_text(
        f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n\\section{{Experience}}\n\\begin{{itemize}}\n{lines}\\end{{itemize}}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    return resume


def _read(resume: Path) -> list[str]:
    result = runner.invoke(app, ["extract", "-f", "json", str(resume)])
    return [bullet["text"] for bullet in json.loads(result.output)["files"][0]["bullets"]]


def _write(tmp_path: Path, resume: Path, line: int):
    answers = tmp_path / "a.toml"
    answers.write_text(f'[[bullet]]\nline = {line}\nedit = "{EDIT}"\n', encoding="utf-8")
    return runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])


_BOXES = [
    "\\parbox[t]{3cm}{Grew}",
    "\\parbox{3cm}{Grew}",
    "\\raisebox{1pt}[0pt][0pt]{Grew}",
    "\\fcolorbox{red}{white}{Grew}",
    "\\textcolor[rgb]{0,0,1}{Grew}",
]


@pytest.mark.parametrize("box", _BOXES)
def test_a_box_or_colour_macro_is_read_with_the_text_of_its_last_group(tmp_path, box):
    r"""FU3: "\item \parbox[t]{3cm}{Grew} revenue ..." was read as "revenue 10% for the web team",
    the act gone (arguments before the text group, or optional ones after a mandatory one)."""
    resume = _resume(tmp_path, f"{box} revenue 10\\% for the web team")
    assert _read(resume) == ["Grew revenue 10% for the web team"]


@pytest.mark.parametrize("box", _BOXES)
def test_a_box_or_colour_macro_opening_a_bullet_is_replaced_whole(tmp_path, box):
    r"""FU3: the write left the macro and its word before the new text ("\parbox[t]{3cm}{Grew} Cut
    claim time ...": the page says "Grew Cut claim time"), exit 0."""
    resume = _resume(tmp_path, f"{box} revenue 10\\% for the web team")
    result = _write(tmp_path, resume, 5)
    assert result.exit_code == 0, result.stderr
    assert "\\item Cut claim time 20\\% by ranking the backlog\n" in resume.read_text(encoding="utf-8")


def test_a_hyperlink_opening_a_bullet_is_read_and_not_written_over(tmp_path):
    r"""FU3: "\item \hyperlink{proj}{Managed} the sprint board ..." was read without "Managed", and
    the write left "\hyperlink{proj}{Managed} Cut claim time ...", exit 0. It is a link: refused
    as the others are."""
    resume = _resume(tmp_path, "\\hyperlink{proj}{Managed} the sprint board for the claims team")
    before = resume.read_text(encoding="utf-8")
    assert _read(resume) == ["Managed the sprint board for the claims team"]
    result = _write(tmp_path, resume, 5)
    assert result.exit_code == 2 and "a link or an image sits in the words" in result.stderr, result.stderr
    assert resume.read_text(encoding="utf-8") == before


def test_a_hypertarget_opening_a_bullet_is_kept_before_the_new_text(tmp_path):
    r"""FU3 and FL: "\item \hypertarget{proj}{Managed} the sprint board ..." is the place a link
    points to: the rewrite keeps the target, without the words it held, before the new text."""
    resume = _resume(tmp_path, "\\hypertarget{proj}{Managed} the sprint board for the claims team")
    assert _read(resume) == ["Managed the sprint board for the claims team"]
    result = _write(tmp_path, resume, 5)
    assert result.exit_code == 0, result.stderr
    assert "\\item \\hypertarget{proj}{}Cut claim time 20\\% by ranking the backlog\n" in resume.read_text(encoding="utf-8")


def _unclosed_definitions(count: int) -> str:
    """`count` lines `\\newcommand{\\mXXX}[1]{#1`, each a definition never closed."""
    names = ("".join(letters) for letters in itertools.product(string.ascii_letters, repeat=3))
    return "".join(f"\\newcommand{{\\m{name}}}[1]{{#1\n" for name in itertools.islice(names, count))


def test_an_unclosed_definition_ends_where_the_next_one_starts(tmp_path):
    r"""FT2: each of 15,000 `\newcommand{\mXXX}[1]{` lines never closed was read to the end of the
    file (`check` past 120 s), so each took the \item of the `\achievement` defined after it and
    was a bullet macro: "\item Managed the \maaa{product backlog} ..." was read as two bullets. A
    body never closed ends where the next definition starts: \maaa prints its argument."""
    preamble = _unclosed_definitions(500) + "\\newcommand{\\achievement}[1]{\\item #1}\n"
    resume = _resume(tmp_path, "Managed the \\maaa{product backlog} for the claims team", preamble=preamble)
    assert _read(resume) == ["Managed the product backlog for the claims team"]


def test_definitions_nested_in_one_another_are_searched_for_a_title_once(tmp_path, monkeypatch):
    r"""FT2's neighbour: 15,000 definitions nested in one another, each closed, had each body
    searched for a section title, and each body holds all the ones inside it (`check`: 195 s once
    the unclosed ones were fixed). The titles are found once in the preamble."""
    from po2pm_rewrite.formats import latex

    searched = []
    real = latex._LOOSE_TITLE

    class Counting:
        def finditer(self, text, *where):
            searched.append(len(text) - (where[0] if where else 0))
            return real.finditer(text, *where)

    monkeypatch.setattr(latex, "_LOOSE_TITLE", Counting())
    preamble = _unclosed_definitions(300) + "}" * 300 + "\n"
    resume = _resume(tmp_path, "Managed the product backlog for the claims team", preamble=preamble)
    assert _read(resume) == ["Managed the product backlog for the claims team"]
    assert sum(searched) < 10 * len(resume.read_text(encoding="utf-8"))


_JAKES = (
    "\\documentclass{article}\n\\newcommand{\\resumeItem}[1]{\\item\\small{#1 \\vspace{-2pt}}}\n"
    "\\newcommand{\\resumeItemListStart}{\\begin{itemize}}\n\\newcommand{\\resumeItemListEnd}{\\end{itemize}}\n"
    "\\begin{document}\n\\section{Experience}\n\\resumeItemListStart\n"
    "\\resumeItem{Managed the product backlog % internal note }\n  for the cards team using Jira}\n"
    "\\resumeItemListEnd\n\\end{document}\n"
)


def test_a_brace_in_a_comment_inside_a_bullet_macro_is_not_paired_with_its_own(tmp_path):
    r"""ATK10, A26: in `\resumeItem{Managed ... % internal note }` the commented `}` was taken for
    the one closing the macro's group, so the edit took `\resumeItem{` with the words and left the
    real `}` behind: a file LaTeX stops on, exit 0. The edit is written inside the macro."""
    resume = tmp_path / "cv.tex"
    resume.write_text(_JAKES, encoding="utf-8")
    assert _read(resume) == ["Managed the product backlog for the cards team using Jira"]
    result = _write(tmp_path, resume, 8)
    assert result.exit_code == 0, result.stderr
    written = resume.read_text(encoding="utf-8")
    assert "\\resumeItemListStart\n\\resumeItem{Cut claim time 20\\% by ranking the backlog}\n\\resumeItemListEnd\n" in written
    assert _read(resume) == ["Cut claim time 20% by ranking the backlog"]


def test_the_brace_check_of_a_write_does_not_count_braces_in_comments(tmp_path):
    r"""ATK10, A26: the check that a LaTeX write keeps its braces balanced counted the `}` in
    "% internal note }" too, so the stray `}` the broken edit left balanced it, and it passed."""
    from po2pm_rewrite.errors import InputError
    from po2pm_rewrite.inputs import read_path
    from po2pm_rewrite.write import WritePlan, write

    resume = tmp_path / "cv.tex"
    resume.write_text(_JAKES, encoding="utf-8")
    broken = _JAKES.replace(
        "\\resumeItem{Managed the product backlog % internal note }\n  for the cards team using Jira}",
        "Cut claim time 20\\% by ranking the backlog}",
    )
    with pytest.raises(InputError, match="after the rewrite the file would have unbalanced braces"):
        write(read_path(resume), WritePlan(resume, _JAKES, broken, 1, 0), allow_placeholders=True)
    assert resume.read_text(encoding="utf-8") == _JAKES


def test_an_index_entry_is_read_as_nothing_and_kept_by_an_edit(tmp_path):
    r"""ATK10, A15: `\index{Jira}` prints nothing, but an entry of one capitalised word was read as
    text ("... claims teamJira using Jira"); an edit of the bullet then read the kept entry with
    the new text, and was refused as opening with a label."""
    resume = _resume(
        tmp_path,
        "Managed the product backlog for the claims team\\index{Jira} using Jira",
        "\\hypertarget{launch}{Managed the release plan} for the claims \\index{Jira}team using Jira\\label{a}",
    )
    assert _read(resume) == [
        "Managed the product backlog for the claims team using Jira",
        "Managed the release plan for the claims team using Jira",
    ]
    result = _write(tmp_path, resume, 6)
    assert result.exit_code == 0, result.stderr
    assert "\\item \\hypertarget{launch}{}\\index{Jira}Cut claim time 20\\% by ranking the backlog\\label{a}\n" in resume.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("math", "read"),
    [
        ("$\\nicefrac{1}{4}$", "1/4"),
        ("$\\frac{1}{4}$", "1/4"),
        ("$\\sfrac{1}{4}$", "1/4"),
        ("$\\tfrac12$", "1/2"),
        ("$\\braket{a}{b}$", "⟨a|b⟩"),
        ("$\\braket{a}$", ""),
    ],
)
def test_a_fraction_is_read_as_its_numbers_and_never_as_a_format_string(tmp_path, math, read):
    r"""Round ST: "Manage $\nicefrac{1}{4}$ of a ~30 developer team" was read "Manage %s/%s14 of a
    30 ...": pylatexenc was given the first group only, and printed its "%s/%s" unfilled."""
    resume = _resume(tmp_path, f"Manage {math} of a 30 developer team")
    assert _read(resume) == [" ".join(f"Manage {read} of a 30 developer team".split())]


def test_a_paragraph_written_a_sentence_a_line_is_read_a_line_at_a_time(tmp_path):
    r"""Round ST, cause 3: `\sectionbody{...}` (a macro of the file's own) holding one claim a line
    was read as one bullet where it was short ("Manage teams, projects, SLAs. Automate workflows.
    ..."); only a paragraph past 250 characters was split into its sentences. An edit of one line
    without a full stop keeps the others read a line at a time."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\newcommand{\\sectionbody}[1]{#1 \\vspace{1mm}}\n\\begin{document}\n\\section{Experience}\n"
        "\\sectionbody{\n    Manage teams, projects, SLAs.\n    Automate workflows.\n    Develop web applications.\n"
        "    Administer FreeBSD, Apache, MySQL.\n}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert _read(resume) == ["Manage teams, projects, SLAs.", "Automate workflows.", "Develop web applications.", "Administer FreeBSD, Apache, MySQL."]
    result = _write(tmp_path, resume, 7)
    assert result.exit_code == 0, result.stderr
    assert "    Cut claim time 20\\% by ranking the backlog\n    Develop web applications.\n" in resume.read_text(encoding="utf-8")
    assert _read(resume) == ["Manage teams, projects, SLAs.", EDIT, "Develop web applications.", "Administer FreeBSD, Apache, MySQL."]


def test_the_paragraphs_of_a_two_argument_resume_item_are_claims_of_their_own(tmp_path):
    r"""Round SZ: in `\resumeItem{title}{text}`, a paragraph and, after a blank line, a
    "\textit{Key Contribution}: ..." one were read as one claim, the label inside it, where the first
    paragraph did not end in a full stop (and split where it did)."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\newcommand{\\resumeItem}[2]{\\item\\textbf{#1}: #2}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "\\resumeItem{Fuel cells}\n  {Assessed how to produce automotive fuel cells for the claims lab\n\n"
        "  \\textit{Key Contribution}: prepared the lab's first catalyst samples for 3 partners}\n"
        "\\end{itemize}\n\\end{document}\n",
        encoding="utf-8",
    )
    read = _read(resume)
    assert read[0] == "Assessed how to produce automotive fuel cells for the claims lab", read
    assert len(read) == 2 and read[1].endswith("prepared the lab's first catalyst samples for 3 partners"), read
