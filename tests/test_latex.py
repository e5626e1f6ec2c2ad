"""LaTeX cases of the attack round ATK9 (session 51): each failed on the code before its fix."""

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
