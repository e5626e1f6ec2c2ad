"""The attack round of session 49 (ATK5, issue 16): each case failed on the code before its fix.
Real processes of the installed command where the exit code is the point. (The bold lead phrase
that --write broke is in test_write.py; Word's style chains in test_docx.py.)"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_installed_command import installed_command

runner = CliRunner()


def _read(path: Path) -> dict:
    return json.loads(runner.invoke(app, ["extract", "-f", "json", str(path)]).output)["files"][0]


def test_list_items_in_a_quotation_are_told_not_dropped(tmp_path):
    """FE: a job's list set in a <blockquote> lost its items that open with no past act, and a
    testimonial a stray </div> never closed made every list after it quoted: "Responsible for ..."
    items, the ones po2pm is for, vanished with no word."""
    page = tmp_path / "cv.html"
    page.write_text(
        "<html><body><h2>Experience</h2><h3>Acme Insurance, Product Owner, 2019-2023</h3>\n"
        "<blockquote><p>\"The best product owner I have worked with.\"</p></div>\n<ul>\n"
        "<li>Responsible for the product backlog of the claims team</li>\n"
        "<li>Managed the Jira board for the billing team</li>\n</ul>\n</body></html>\n",
        encoding="utf-8",
    )
    read = _read(page)
    assert [bullet["text"] for bullet in read["bullets"]] == ["Managed the Jira board for the billing team"]
    told = {item["text"]: item["reason"] for item in read["skipped"]}
    assert told["Responsible for the product backlog of the claims team"].startswith("line inside a quotation")
    assert any("inside a quotation (<blockquote>) not checked" in note for note in read["notes"])


@pytest.mark.parametrize("element_id", ["&#115;kills", " skills ", "sk&#105;lls"])
def test_a_section_skipped_by_its_id_is_named_however_the_id_is_written(tmp_path, element_id):
    """FF: the reader takes the parsed id (references decoded, spaces trimmed), the scan for
    sections not read took [\\w-]+ from the raw text: such a section's claims were skipped and
    named nowhere. And "data-id" named a section the reader reads."""
    page = tmp_path / "cv.html"
    body = (
        "<h2>Experience</h2><ul><li>Responsible for the product backlog of the claims team</li></ul>\n"
        '<section {attr}>\n<h3>Globex, Product Owner</h3><ul><li>Managed the Jira board for the billing team</li></ul>\n</section>\n'
    )
    page.write_text("<html><body>\n" + body.format(attr=f'id="{element_id}"') + "</body></html>\n", encoding="utf-8")
    assert [section["heading"] for section in _read(page)["skipped_sections"]] == ["skills"]
    page.write_text("<html><body>\n" + body.format(attr='data-id="skills"') + "</body></html>\n", encoding="utf-8")
    read = _read(page)
    assert read["skipped_sections"] == [] and len(read["bullets"]) == 2


def _cloned_repo(tmp_path: Path, config: str) -> Path:
    """A git repository "repo" with a one-bullet resume and `config` as its .po2pm.toml."""
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "cv.md").write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")
    (repo / ".po2pm.toml").write_text(config, encoding="utf-8")
    return repo


def test_a_link_that_leads_to_itself_is_one_line_not_an_internal_error(tmp_path):
    """FH: Path.resolve() raises RuntimeError on a link loop in Python 3.11: reached by a LaTeX
    \\input or a cloned repository's rule folder, it ended the run with exit 3 ("internal error"),
    and the other files named were never checked."""
    (tmp_path / "tex" / "sub").mkdir(parents=True)
    os.symlink("loop.tex", tmp_path / "tex" / "sub" / "loop.tex")
    (tmp_path / "tex" / "cv.tex").write_text(
        "\\documentclass{article}\\begin{document}\\input{sub/loop}\n\\begin{itemize}\\item Managed the product backlog for the claims team\\end{itemize}\\end{document}\n",
        encoding="utf-8",
    )
    (tmp_path / "tex" / "z.md").write_text("- Ran daily standups for two teams\n", encoding="utf-8")
    result = subprocess.run([installed_command(), "check", "--no-cache", "tex/cv.tex", "tex/z.md"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "tex/z.md:1:" in result.stdout and "\\input{sub/loop} not followed: a link that leads to itself" in result.stderr
    repo = _cloned_repo(tmp_path, 'rules = ["rules"]\n')
    os.symlink("rules", repo / "rules")
    result = subprocess.run([installed_command(), "check", "--no-cache", "repo/cv.md"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "internal error" not in result.stderr, result.stderr
    assert result.stderr.strip().endswith("rules is a link that leads to itself") and len(result.stderr.strip().splitlines()) == 1


def test_a_guessed_encoding_is_said_to_be_a_guess(tmp_path):
    """Weak 40: a short cp1252 file was read as another code page ("ōcoreö", "Cafķ") with no
    word that its encoding was guessed."""
    resume = tmp_path / "cv.md"
    resume.write_bytes(b"- Managed the \x93core\x94 backlog at Caf\xe9 Nero for the claims team\n")
    read = _read(resume)
    assert any(note.startswith("not UTF-8: read as ") and "a guess" in note and "save it as UTF-8" in note for note in read["notes"]), read["notes"]


def test_a_link_loop_in_a_path_a_cache_folder_or_a_weights_file_is_one_line(tmp_path):
    """ATK6 (FH again): three more Path.resolve() calls met a link loop and ended the run with
    exit 3: the folder of a file named to check (a loop of two links), a cloned repository's
    `cache-dir = "c"` with `ln -s c c`, and a rule's `weights = "w/loop.toml"`."""
    (tmp_path / "d").mkdir()
    os.symlink("dl2", tmp_path / "d" / "dl1")
    os.symlink("dl1", tmp_path / "d" / "dl2")
    repo = _cloned_repo(tmp_path, 'cache-dir = "c"\n')
    os.symlink("c", repo / "c")
    rules = tmp_path / "rules"
    (rules / "w").mkdir(parents=True)
    shipped = Path(__file__).resolve().parent.parent / "rules" / "PO108-reads-as-delivery.toml"
    (rules / "PO180-copy.toml").write_text(
        shipped.read_text(encoding="utf-8").replace('code = "PO108"', 'code = "PO180"').replace('name = "', 'name = "copy.', 1).replace(
            "weights = ", 'weights = "w/loop.toml"\n# ', 1
        ),
        encoding="utf-8",
    )
    os.symlink("loop.toml", rules / "w" / "loop.toml")
    (tmp_path / "cv.md").write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")
    for args in (["check", "--no-cache", "d/dl1/x.md"], ["check", "repo/cv.md"], ["check", "--no-cache", "--rules", "rules", "cv.md"]):
        result = subprocess.run([installed_command(), *args], cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert result.returncode == 2 and "internal error" not in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "link" in result.stderr.lower(), (args, result.stderr)


def test_a_list_titled_by_an_emphasised_listing_label_is_named_as_not_read(tmp_path):
    """ATK6 (FJ): "**Technologies used**" straight over a project's bullets titles a list po2pm
    does not read, but the scan of sections not read knew only titles it knows in full: the
    bullets were hidden with no word (in Experience, "no bullets found" gave no reason)."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        "## Projects\n\n### Claims portal\n\n- Built the broker claims portal\n\n**Technologies used**\n\n- Managed the Jira board for the billing team\n",
        encoding="utf-8",
    )
    read = _read(resume)
    assert [bullet["text"] for bullet in read["bullets"]] == ["Built the broker claims portal"]
    assert [(section["line"], section["heading"]) for section in read["skipped_sections"]] == [(7, "Technologies used")]


def test_the_gutter_of_a_very_wide_page_is_found_in_one_sweep(monkeypatch):
    """ATK6 (FK): the gutter search stepped one point at a time across the text, counting every
    word at each step: an 11 KB PDF a million points wide took 30 s or more. It sweeps the words'
    edges once, so its work grows with the words, not with the page's width."""
    from po2pm_rewrite.formats import pdf

    def word(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "size": 10.0}

    words = [word(f"left{i}", 50, 400_000, 100 + 12 * i) for i in range(60)]
    words += [word(f"right{i}", 600_000, 999_000, 100 + 12 * i) for i in range(60)]
    counted = []
    real_row = pdf._row
    monkeypatch.setattr(pdf, "_row", lambda w: counted.append(1) or real_row(w))
    gutter = pdf._gutter(words)
    assert gutter is not None and 400_000 < gutter < 600_000
    assert len(counted) <= 3 * len(words)


def test_a_long_latex_description_of_many_lines_is_split_in_one_pass(monkeypatch):
    r"""ATK6 (FL): the rows of a \cventry description were split by searching for \hfill from the
    row's start at every line's end: 300,000 lines took 40 s. Each \hfill is found once."""
    from po2pm_rewrite.formats import latex

    code = "Led the claims portal rebuild for brokers\n" + "and more\n" * 2000 + "Role \\hfill 2019\nCut claim time 20\\%\n"
    searched = []
    real = latex._HFILL

    class Counting:
        def finditer(self, *args):
            searched.append(1)
            return real.finditer(*args)

        def search(self, *args):
            searched.append(1)
            return real.search(*args)

    monkeypatch.setattr(latex, "_HFILL", Counting())
    rows = latex._rows(code, 0, len(code))
    assert len(searched) <= 2
    assert [code[a:b].strip() for a, b in rows][-1] == "Cut claim time 20\\%"


def test_a_json_highlight_that_opens_with_underscore_emphasis_is_rewritten_whole(tmp_path):
    """ATK6 weak 7: "_Managed_ the product backlog ..." in a JSON highlight was refused, blaming
    "the label '_' before it is kept"; the opening "_" is taken with the replaced text now."""
    resume = tmp_path / "cv.json"
    resume.write_text('{"work": [{"highlights": ["_Managed_ the product backlog for the claims team"]}]}\n', encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_text('[[bullet]]\ntext = "Managed the product backlog for the claims team"\nedit = "Cut claim time 20% by ranking the backlog"\n', encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(resume.read_text(encoding="utf-8")) == {"work": [{"highlights": ["Cut claim time 20% by ranking the backlog"]}]}
