"""Reading real people's files: every resume read or its notes say why not, and only claims judged.

The fixtures are written here, in the structures real public resumes use (Word bullet glyphs,
loose section headings, layout macros, a LaTeX file saved as .md, German text), not copied.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app
from po2pm_rewrite.engine import Source
from po2pm_rewrite.model import PASSED_OVER
from po2pm_rewrite.screen import why_not_a_claim

from .test_installed_command import run as run_installed

runner = CliRunner()

WORD_EXPORT = (
    "PROFESSIONAL EXPERIENCE\n"
    "\n"
    "Product Owner, Northwind Bank, 2019 - 2022\n"
    "\uf0b7 Managed the product backlog for the mortgage team\n"
    "\u2713 Coordinated UAT with branch staff for the loan app\n"
    "\u2022Wrote user stories for the savings product\n"
    "\u27a2 Ran sprint reviews with the card squad every two weeks\n"
    "\n"
    "SKILLS AND COMPETENCIES\n"
    "\uf0b7 Stakeholder management, backlog refinement and agile delivery practices\n"
    "\n"
    "Peer-reviewed publications\n"
    "\u25aa A study of queue times in retail branches, 2015\n"
)

LATEX = r"""\documentclass{article}
\newcommand{\mycmd}[2]{\hspace{#1}\vspace{#2}}
\begin{document}
\rSection{Experience}
\begin{itemize}
  \item Managed the product backlog for the claims team \vspace*{1mm}
  \item Coordinated UAT with \textbf{branch} staff \hfill \mycmd[opt]{arg}{two}
  \item Wrote user stories for the loan app\\[2pt]
  \resumeItem{Ran sprint reviews for the payments squad}
\end{itemize}
\rSection{Licenses \& Certifications}
\begin{itemize}
  \item Certified Scrum Product Owner with the Scrum Alliance since 2018
\end{itemize}
\end{document}
"""


def latex_document(body: str, document_class: str = "article", preamble: str = "") -> str:
    """A LaTeX file around `body`: its class, a preamble of the file's own, and the document."""
    return f"\\documentclass{{{document_class}}}\n{preamble}\\begin{{document}}\n{body}\\end{{document}}\n"


def extracted(linter, text: str, file_format: str, path: str = "resume"):
    (kept, skipped, notes, error), = linter.extract_report([Source(path, text, format=file_format)])
    return [(b.start.line, b.text) for b in kept], [(s.bullet.start.line, s.reason) for s in skipped], notes


def read_by_command(path) -> dict:
    """What `po2pm extract -f json` reads from one file: its bullets, lines left out and notes."""
    return json.loads(runner.invoke(app, ["extract", "-f", "json", str(path)]).output)["files"][0]


def claims_read_by_command(*paths) -> list[str]:
    """The claims `po2pm extract -f json` reads from these files, in order."""
    result = runner.invoke(app, ["extract", "-f", "json", *map(str, paths)])
    return [bullet["text"] for file in json.loads(result.output)["files"] for bullet in file["bullets"]]


def claims_read(linter, text: str, file_format: str) -> list[str]:
    """The claims read from `text`, in order, without their lines."""
    kept, _, _ = extracted(linter, text, file_format)
    return [claim for _, claim in kept]


def test_word_glyphs_are_markers_and_loose_headings_close_their_sections(linter):
    kept, skipped, notes = extracted(linter, WORD_EXPORT, "text")
    assert kept == [
        (4, "Managed the product backlog for the mortgage team"),
        (5, "Coordinated UAT with branch staff for the loan app"),
        (6, "Wrote user stories for the savings product"),
        (7, "Ran sprint reviews with the card squad every two weeks"),
    ]
    assert skipped == [] and notes == ()  # Skills and Publications are listing sections: never bullets


PLAIN_HEADINGS = (
    "Experience\n"
    "\n"
    "Product Owner, Northwind Bank\n"
    "Managed the product backlog for the mortgage team and its brokers.\n"
    "-Wrote the user stories for the savings product with the branch staff\n"
    "Led projects across the retail and business banking teams\n"
    "\n"
    "Skills\n"
    "Backlog refinement and agile delivery practices for regulated teams\n"
    "\n"
    "Extra work history\n"
    "Ran the sprint reviews for the card squad every two weeks.\n"
)


def test_plain_text_headings_in_title_case_open_their_sections(linter):
    """A plain-text "Experience" or "Extra work history" opens a section as "EXPERIENCE" does, and a
    dash typed against its word ("-Wrote") is a marker; a claim holding a section's word ("Led
    projects across ...") is still a claim, not a heading."""
    kept, _, notes = extracted(linter, PLAIN_HEADINGS, "text")
    assert kept == [
        (4, "Managed the product backlog for the mortgage team and its brokers."),
        (5, "Wrote the user stories for the savings product with the branch staff"),
        (6, "Led projects across the retail and business banking teams"),
        (12, "Ran the sprint reviews for the card squad every two weeks."),
    ]
    assert not any("no bullets found" in note for note in notes)


def test_a_markdown_file_holding_a_plain_text_resume_is_read_as_text(tmp_path):
    """A resume pasted from a PDF into a .md file ("•" lines, no Markdown list) or kept in a
    ```text fence read as empty as Markdown; it is read as plain text, with a note."""
    pasted = tmp_path / "pasted.md"
    pasted.write_text(
        "WORK EXPERIENCE\nNorthwind Bank\nProduct Owner 2019 - 2022\n"
        "• Managed the product backlog for the mortgage team and wrote the user stories for\n"
        "the broker portal with the branch staff.\n"
        "• Ran the sprint reviews for the card squad every two weeks.\n"
        "• Coordinated UAT with the operations team for the loan app.\n",
        encoding="utf-8",
    )
    fenced = tmp_path / "fenced.md"
    fenced.write_text(
        "---\ntitle: Resume\n---\n\n```text\nEXPERIENCE\n\n2019-2022    NORTHWIND BANK, Product Owner\n"
        "     Managed the product backlog for the mortgage team and wrote the stories for\n"
        "     Broker Portal. Ran the sprint reviews for the card squad every two weeks.\n\n"
        "2016-2019    ACME TRAVEL, Business Analyst\n     Wrote the requirements for the booking flow with the call centre.\n"
        + "     Kept the backlog groomed with the developers each sprint.\n" * 6
        + "```\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "-f", "json", str(pasted), str(fenced)])
    files = json.loads(result.output)["files"]
    assert [b["text"] for b in files[0]["bullets"]] == [
        "Managed the product backlog for the mortgage team and wrote the user stories for the broker portal with the branch staff.",
        "Ran the sprint reviews for the card squad every two weeks.",
        "Coordinated UAT with the operations team for the loan app.",
    ]
    assert files[1]["bullets"][0]["text"] == (
        "Managed the product backlog for the mortgage team and wrote the stories for Broker Portal. "
        "Ran the sprint reviews for the card squad every two weeks."
    )
    assert "holds plain text ('•' bullets, no Markdown list): read as text, not markdown" in result.output
    assert "holds plain text (a resume in a code fence): read as text, not markdown" in result.output
    # a Markdown file with a list of its own stays Markdown
    listed = tmp_path / "listed.md"
    listed.write_text("## Experience\n\n- Managed the backlog for the claims team\n" + "• a glyph line\n" * 3, encoding="utf-8")
    assert "read as text" not in runner.invoke(app, ["extract", str(listed)]).output


def test_a_glyph_followed_by_a_visible_space_is_one_marker(linter):
    """A PDF made with LaTeX can write its bullet as "○␣" (U+2423): the text starts after both."""
    kept, _, _ = extracted(linter, "EXPERIENCE\n\u25cb\u2423 Wrote the user stories for the loan app\n", "text")
    assert kept == [(2, "Wrote the user stories for the loan app")]


def test_a_list_written_inside_one_json_or_yaml_value_is_one_bullet_per_item(linter):
    """'"- Managed ...\\n- Ran ..."' in one string read as one bullet of every item run together."""
    from po2pm_rewrite.answers import choices
    from po2pm_rewrite.apply import apply_edits, edits_for
    from po2pm_rewrite.formats import extract

    document = json.dumps({"work": [{"name": "Northwind Bank", "summary": (
        "Highlights:\n- Managed the product backlog for the mortgage team\n"
        "- Ran the sprint reviews for the card squad\n  every two weeks\n- Wrote user stories for the loan app"
    )}]}, indent=2)
    kept, skipped, _ = extracted(linter, document, "json")
    assert [text for _, text in kept] == [
        "Managed the product backlog for the mortgage team",
        "Ran the sprint reviews for the card squad every two weeks",
        "Wrote user stories for the loan app",
    ]
    assert [reason for _, reason in skipped] == ["lead-in to a list"]  # "Highlights:" is no claim, but a label above its items
    for bullet in extract(document, "json"):  # every character points at itself in the file
        for segment in bullet.segments:
            line = document.split("\n")[segment.line - 1]
            assert line[segment.column - 1 : segment.column - 1 + segment.length] == bullet.text[segment.text_start : segment.text_start + segment.length]
    # a rewrite written into one item leaves the others and the JSON as they were
    report = linter.rewrite([Source("resume.json", document, format="json")])
    bullets = report.files[0].bullets
    edited = apply_edits(document, edits_for(document, bullets, choices(bullets, None, 1), file_format="json"))
    summary = json.loads(edited)["work"][0]["summary"]
    assert summary.count("\n- ") == 3 and "Wrote user stories for the loan app" in summary
    assert edited != document
    yaml_document = "work:\n  - name: Acme\n    summary: |\n      - Led the backlog for the claims app\n      - Ran the sprint reviews\n        for the card squad\n"
    kept, _, _ = extracted(linter, yaml_document, "yaml")
    assert kept == [(4, "Led the backlog for the claims app"), (5, "Ran the sprint reviews for the card squad")]


def test_in_a_file_mostly_in_another_language_its_short_lines_are_left_out_too(linter):
    """Lines with too few function words to tell their language ("mise en place API photos")
    follow the file; in an English file the same shape stays a claim."""
    french = (
        "EXPERIENCE\n- Mise en place de la plateforme de paiement pour les clients du groupe\n"
        "- Conception et réalisation des écrans de suivi avec les équipes produit\n"
        "- Migration des archives vers le nouveau portail et formation des utilisateurs\n"
        "- mise en place API photos (Adobe Stock)\n"
    )
    kept, skipped, _ = extracted(linter, french, "markdown")
    assert kept == [] and [reason for _, reason in skipped] == ["another language"] * 4
    english = "EXPERIENCE\n- Managed the backlog for the claims team\n- mise en place API photos (Adobe Stock)\n"
    kept, _, _ = extracted(linter, english, "markdown")
    assert [text for _, text in kept] == ["Managed the backlog for the claims team", "mise en place API photos (Adobe Stock)"]


def test_a_sentence_under_a_markdown_job_heading_is_a_claim(linter):
    """Outside any list, a sentence of an Experience section is read as in plain text and HTML;
    a job line, a date line and a profile paragraph outside Experience are not."""
    document = (
        "# Ana Example\n\nProduct Owner with eight years in retail banking and a taste for data.\n\n"
        "## Working experiences\n\n### Northwind Bank, 2019 - 2022\n\n"
        "Managed the product backlog for the mortgage team and its brokers.\n\n"
        "- Wrote the user stories for the savings product\n\n"
        "### Acme Travel\n\nProduct Owner, 2016 - 2019\n\n"
        "Ran the sprint reviews for the booking squad\nevery two weeks.\n\n"
        "## Skills\n\nStakeholder management and agile delivery for regulated teams.\n"
    )
    kept, _, _ = extracted(linter, document, "markdown")
    assert kept == [
        (9, "Managed the product backlog for the mortgage team and its brokers."),
        (11, "Wrote the user stories for the savings product"),
        (17, "Ran the sprint reviews for the booking squad every two weeks."),
    ]


def test_latex_layout_macros_leave_no_residue_and_listing_sections_are_skipped(linter):
    kept, _, _ = extracted(linter, LATEX, "latex")
    assert [text for _, text in kept] == [
        "Managed the product backlog for the claims team",
        "Coordinated UAT with branch staff",
        "Wrote user stories for the loan app",
        "Ran sprint reviews for the payments squad",
    ]
    for _, text in kept:
        assert not re.search(r"[\\{}*]|\[opt\]|1mm|2pt", text), text


def test_reading_a_file_loads_no_dictionary():
    """The screen asks whether a line's first word can be a verb; lemminflect answered it at a
    cost of about a second and 100 MB on every run that met such a line, cache hits included."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from po2pm_rewrite.formats import extract\n"
        "from po2pm_rewrite.screen import screen\n"
        "text = '## Experience\\n\\n- Acme Ltd - Leeds, UK\\n- Cut cloud costs 30% - AWS Savings Plans\\n'"
        " + '- Spoke at Fintech Week: \"What Loan Data Taught Us About Churn\"\\n- Since taking over the loans backlog:\\n'"
        " + '- Lead pre-sales activities, RFPs, JAD sessions, and SOWs.\\n- Documenta-\\n  tion for the claims app\\n'\n"
        "kept, skipped = screen(extract(text, 'markdown'))\n"
        "print(len(kept), len(skipped), 'lemminflect' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["3", "3", "False"], result.stdout + result.stderr


@pytest.mark.parametrize("word", ["cut", "set", "lead", "partner", "perform", "cloud", "design", "managed", "leveraged", "acme", "backend", "senior"])
def test_the_word_lists_answer_as_lemminflect_does(word):
    from lemminflect import getAllLemmas

    from po2pm_rewrite.word_lists import can_be_verb, is_only_a_verb

    kinds = getAllLemmas(word)
    assert can_be_verb(word) == ("VERB" in kinds)
    assert is_only_a_verb(word) == ("VERB" in kinds and "NOUN" not in kinds)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Jira, Confluence, SQL, Tableau, Miro", "skills list"),
        ("Certified Scrum Product Owner (CSPO)", "certificate"),
        ("MSc Computer Science, University of Leeds", "degree"),
        ("Product Owner | Northwind Bank | 2019 - 2022", "job title"),
        ("Verantwortlich für das Product Backlog und die Abstimmung mit den Stakeholdern", "another language"),
        ("Managed the backlog for the CSPO-certified team", None),
        ("risk identification, mitigation strategy, issue escalation, client communication", None),
        ("Raised conversion 9% in 2022 as Product Owner", None),
        # a duty that opens with its verb, then lists what it covered (a fresh reader's file)
        ("Lead pre-sales activities, RFPs, JAD sessions, and SOWs.", None),
        ("Design Thinking, Jira, SQL, Figma, Tableau", "skills list"),
        # a terse duty written as a sentence, and a role held now (sets AS and AR); a tag stays a tag
        ("Document Process.", None),
        ("Document Control", "keyword"),
        ("Current acting Scrum Master for the team.", None),
        ("Current Product Owner, Acme 2019 - now", "job title"),
        # a list of the job's duties that names tools among them (set AP)
        ("Kanban boards, TFS, Jira, release planning, and reporting duties.", None),
        # what the employer does, said in a job's summary
        ("Northwind provides a matching service that pairs homeowners with contractors", "line about the employer"),
        ("Built a matching service that pairs homeowners with contractors", None),
        # a job line with years written '20 (a PDF's sidebar layout)
        ("PM & Data Scientist | Hive Media Group Feb ‘20 – Jul ‘21", "job title"),
        ("Cut churn by 20% in Feb ‘21 with a new onboarding flow", None),
        # a job's dates on a line of their own, whose "May" can be a verb (set K)
        ("May 2010 — January 2012", "dates"),
        ("Sept. 2019 - Present", "dates"),
        ("(03/2018 – present)", "dates"),
        ("Jan 13 - Mar 14", "dates"),
        ("May 2019: cut onboarding time by half for the loan app", None),
        # a word to the reader (set K)
        ("Please refer to my Linkedin profile for further details and any relevant recommendations.", "note to the reader"),
        ("Also see my Developer Story for related skills assessments.", "note to the reader"),
        ("Copyright 2020 Jo Doe All rights reserved", "note to the reader"),
        ("Live demo available", "note to the reader"),
        ("Click here to check the screenshots", "note to the reader"),
        ("Facebook graph API, MongoDB, Python, xgboost", "skills list"),
        ("Saw my team's velocity double after we cut the review queue", None),
        # job lines, a tool line after a dash and the employer's kind (set K)
        ("Hunch (Dating & Social App) | Associate Product Manager", "job title"),
        ("Hunch (Anonymous Polling App) | Content Strategist", "job title"),
        ("Cashier (May 2019 – Jun. 2021 Burlington, NC) Chick-fil-A", "job title"),
        ("Cut churn 20% | retention squad", None),
        ("Coordinator - Oslo Scholars - Tufts University Institute for Global Leadership", "job title"),
        ("Lead - rebuilt the claims intake with the branch staff", None),
        ("Led the migration from Jan 2019 to Mar 2020 for 40 teams", None),
        ("Tools Used – Dart, Flutter", "skills list"),
        ("Healthcare company with 300k+ employees and $95+ billion annual revenue", "line about the employer"),
        # set L
        ("Jointly runs the delivery forum with the risk function, reviewing each workstream", None),
        ("complaints about poor personal offers dropped by 10%", None),
        ("40%+ Mobile Traffic", None),
        ("200K+ Followers on Social", None),
        ("3D Modeling", "keyword"),
        ("Based in Silicon Valley, Acme provides a digital advice product to large retail banks.", "line about the employer"),
        # set AJ: the person's ongoing act under a client's heading, which names the kind of client
        ("Helping the bank with the move from waterfall testing to a risk-based approach", None),
        ("Regional retail bank with offices in 12 countries", "line about the employer"),
    ],
)
def test_lines_that_are_not_claims_are_told_apart_by_shape(text, reason):
    assert why_not_a_claim(text) == reason


def test_lines_left_out_are_listed_and_noted(linter):
    text = "## Experience\n\n- Managed the backlog for Acme\n- Jira, Confluence, SQL, Tableau\n- Certified Scrum Product Owner (CSPO)\n"
    kept, skipped, notes = extracted(linter, text, "markdown")
    assert kept == [(3, "Managed the backlog for Acme")]
    assert skipped == [(4, "skills list"), (5, "certificate")]
    assert notes == (
        "1 line read as a certificate, not as a claim about your work: not checked (po2pm extract shows them)",
        "1 line read as a skills list, not as a claim about your work: not checked (po2pm extract shows them)",
    )


def test_a_german_file_is_not_judged_by_english_rules(linter):
    text = (
        "## Berufserfahrung\n\n"
        "- Verantwortlich für das Product Backlog und die Abstimmung mit den Stakeholdern\n"
        "- Planung der Sprints mit dem Team und den Fachbereichen der Bank\n"
    )
    kept, skipped, notes = extracted(linter, text, "markdown")
    assert kept == [] and [reason for _, reason in skipped] == ["another language", "another language"]
    assert notes[0] == "2 lines in another language not checked: po2pm reads English resumes"


def test_a_file_with_no_bullets_says_so_in_every_output(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# My resume repo\n\nBuilt with LaTeX; see resume.tex.\n", encoding="utf-8")
    result = run_installed("check", "--no-cache", str(readme))
    # Nothing was checked: a resume read as empty must not pass in CI (three rounds of fresh
    # readers asked for it); the hook passes --allow-empty, so a README blocks no commit.
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.rstrip().splitlines()[-1].startswith("po2pm: error: no bullet found in any input, so nothing was checked")
    assert run_installed("check", "--no-cache", "--allow-empty", str(readme)).returncode == 0
    (readme.parent / ".po2pm.toml").write_text("allow-empty = true\n", encoding="utf-8")
    assert run_installed("check", "--no-cache", str(readme)).returncode == 0
    (readme.parent / ".po2pm.toml").unlink()
    assert result.stderr.startswith(
        f"po2pm: note: {readme}: no bullets found (read as markdown: no list item, and no sentence under an Experience or Projects heading,"
    )
    assert "if this is a resume in another format, try --input-format" in result.stderr
    assert "po2pm extract" not in result.stderr  # `po2pm extract` prints this note too
    document = json.loads(runner.invoke(app, ["check", "--no-cache", "-f", "json", str(readme)]).stdout)
    assert document["files"][0]["notes"][0].startswith("no bullets found (read as markdown: ")
    text = runner.invoke(app, ["check", "--no-cache", "-f", "text", str(readme)]).stdout
    assert text.rstrip().endswith("1 note on how the input was read (on stderr)")


def test_a_word_or_pdf_file_with_no_bullets_is_not_told_to_try_input_format():
    """--input-format names text formats only; a PDF without bullet marks is pointed at the
    document it was made from."""
    from po2pm_rewrite.engine import _notes

    (note,) = _notes(Source("cv.pdf", "Jane Example\nProduct Manager\n", format="pdf"), [], [], [], None)
    assert "--input-format" not in note and "the document it was made from" in note
    (note,) = _notes(Source("cv.docx", "Jane Example\n", format="docx"), [], [], [], None)
    assert "--input-format" not in note and note.startswith("no bullets found (read as docx: ")


def test_a_latex_file_with_nothing_read_is_told_what_was_looked_for():
    """A real resume of `\\bodytext{...}` paragraphs read as empty with the advice to try
    --input-format, which cannot help a LaTeX file."""
    from po2pm_rewrite.engine import _notes

    (note,) = _notes(Source("cv.tex", "\\section{Education}\nBSc, Leeds.\n", format="latex"), [], [], [], None)
    assert note.startswith("no bullets found (read as latex: no \\item, no macro the file defines around \\item, no paragraph")
    assert "--input-format" not in note and "po2pm check --text" in note


@pytest.mark.slow
def test_piped_text_without_structure_is_read_a_line_at_a_time():
    result = run_installed("check", "--no-cache", stdin="Groomed the backlog\n")
    assert result.returncode == 1
    assert result.stdout.startswith("<stdin>:1:13: PO101")


def test_piped_text_is_read_a_line_at_a_time_after_the_same_text_was_checked_as_a_file(tmp_path):
    # The cache of a file's bullets must not answer for the same text piped in.
    notes = tmp_path / "bullets.txt"
    notes.write_text("Groomed the backlog every week\nWrote user stories for the claims team\n", encoding="utf-8")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    as_file = runner.invoke(app, ["check", *cache, "-f", "concise", str(notes)])
    assert as_file.exit_code == 2 and "no bullets found" in as_file.stderr
    assert f"if each line is a bullet, pipe it: `po2pm check - < {notes}`" in as_file.stderr
    piped = runner.invoke(app, ["check", *cache, "-f", "concise", "-"], input=notes.read_text(encoding="utf-8"))
    assert piped.exit_code == 1 and piped.stdout.startswith("<stdin>:1:")


@pytest.mark.slow
def test_a_latex_document_saved_as_markdown_is_read_as_latex(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(LATEX, encoding="utf-8")
    result = run_installed("check", "--no-cache", "-f", "concise", str(resume))
    assert result.returncode == 1
    assert f"{resume}:6:" in result.stdout
    assert f"po2pm: note: {resume}: holds a LaTeX document: read as latex, not markdown" in result.stderr


def test_extract_shows_what_was_read(tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text(WORD_EXPORT + "\nEXPERIENCE\n\n- Jira, Confluence, SQL, Tableau\n", encoding="utf-8")
    result = run_installed("extract", str(resume))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{resume} (read as text)"
    assert "  4:3  Managed the product backlog for the mortgage team" in lines
    assert "  17:3  Jira, Confluence, SQL, Tableau  (skills list)" in lines
    assert lines[-1] == "  4 bullets to check"
    document = json.loads(run_installed("extract", "-f", "json", str(resume)).stdout)
    assert document["files"][0]["skipped"] == [{"text": "Jira, Confluence, SQL, Tableau", "line": 17, "column": 3, "reason": "skills list"}]


HTML = """<!DOCTYPE html>
<html><head><title>Resume</title>
<style>li { color: red; } .x::before { content: "Managed the backlog for the team"; }</style>
<script>var s = "Coordinated sprint planning with the team";</script></head>
<body>
<nav><ul><li><a href="#exp">Jump to the experience section</a></li></ul></nav>
<h2>Experience</h2>
<h3>Product Owner, Northwind Bank</h3>
<ul>
  <li>Managed the <b>product backlog</b> for the mortgage&nbsp;team</li>
  <li>Coordinated UAT with branch staff &amp; the QA team
    <ul><li>Wrote test cases for the loan application flow</li></ul>
  </li>
</ul>
<p>Ran sprint reviews with the card squad every two weeks.</p>
<h2>Skills &amp; Tools</h2>
<ul><li>Stakeholder management and backlog refinement for agile teams</li></ul>
</body></html>
"""


def test_html_resumes_read_items_and_experience_paragraphs_never_css_or_scripts(linter):
    kept, skipped, notes = extracted(linter, HTML, "html")
    assert kept == [
        (10, "Managed the product backlog for the mortgage team"),
        (11, "Coordinated UAT with branch staff & the QA team"),
        (12, "Wrote test cases for the loan application flow"),
        (15, "Ran sprint reviews with the card squad every two weeks."),
    ]
    assert skipped == [] and notes == ()


HAND_WRITTEN_HTML = """<html><body>
<div class="cv_section">
  <p class="title">{<span>Experience</span>}</p>
  <span class="company">@Northwind Bank</span><br />
  Title: Product Owner<br />
  Duration: 2019 - 2022<br />
  Details: Managed the product backlog for the mortgage team and its brokers<br />
  Ran the sprint reviews for the card squad every two weeks.<br />
</div>
<div class="cv_section">
  <p class="title">{<span>Skills</span>}</p>
  Stakeholder management and agile delivery for regulated teams<br />
</div>
</body></html>
"""


def test_a_hand_written_html_page_without_lists_is_read(linter):
    """Section titles written as paragraphs and lines ended by <br> (a page with no <li> and no
    headings read as empty); job, date and label lines are not claims, nor is the Skills text."""
    kept, _, _ = extracted(linter, HAND_WRITTEN_HTML, "html")
    assert kept == [
        (7, "Managed the product backlog for the mortgage team and its brokers"),  # its run-in label left out
        (8, "Ran the sprint reviews for the card squad every two weeks."),
    ]


def test_an_html_section_title_written_as_a_div_ends_the_skipped_section_before_it(linter):
    """A page whose "Work Experience" is a styled <div> after an <h2>Skills</h2> read as empty (set
    I, session 12: 19 of 19 items lost): a line that holds only a known section title opens it."""
    page = (
        "<h2 class=\"title\">Skills</h2>\n<ul><li>Python, SQL, Jira</li></ul>\n"
        "<div class=\"title\">Work Experience</div>\n<p>Acme Bank</p>\n"
        "<ul>\n<li>Rebuilt the loan application form for branch staff</li>\n</ul>\n"
    )
    kept, _, _ = extracted(linter, page, "html")
    assert kept == [(6, "Rebuilt the loan application form for branch staff")]
    # a label and its value on a line of its own is no title: "Language: Python" opens no Languages
    page = (
        "<p class=\"title\">Projects</p>\n<span>@Packet sniffer</span><br/>\n<span>Language: Python</span><br/>\n"
        "A packet sniffer built in Python with no networking libraries, taught me every protocol's structure.<br/>\n"
    )
    kept, _, _ = extracted(linter, page, "html")
    assert [line for line, _ in kept] == [4]
    # a job title or an employer that holds a section's word is no title (set J: the rest of a page lost)
    page = (
        "<h2>Experience</h2>\n<div class=\"job-title\">Product Manager, Teacher Tools</div>\n"
        "<div class=\"company-name\">Discovery Education</div>\n<ul><li>Rebuilt the teacher app after 30 classroom visits</li></ul>\n"
    )
    kept, _, _ = extracted(linter, page, "html")
    assert kept == [(4, "Rebuilt the teacher app after 30 classroom visits")]


def test_a_job_after_a_tools_sub_heading_is_read_and_full_stack_is_a_job_not_a_stack(linter):
    """Set I (session 12): after one job's "#### Tools & Technologies", the next "### Bank -
    Full-stack Consultant" was skipped as a stack list with its 12 bullets. The sub-heading ends at
    the next job's heading, and the Experience around it goes on."""
    page = (
        "## Experience\n### Acme - Full-stack Developer\n#### Highlights & Achievements\n"
        "- Rebuilt the loan application form for branch staff\n#### Tools & Technologies\n"
        "- React, Java, Postgres\n### Northwind Bank - Full-stack Consultant\n"
        "- Built the payments service behind the card terminals\n## Skills\n- Kotlin, Swift\n"
    )
    kept, _, _ = extracted(linter, page, "markdown")
    assert kept == [
        (4, "Rebuilt the loan application form for branch staff"),
        (8, "Built the payments service behind the card terminals"),
    ]
    from po2pm_rewrite.extract import is_listing_section

    assert is_listing_section("tech stack") and not is_listing_section("acme - full-stack developer")


def test_a_core_strengths_section_is_a_list_not_claims(linter):
    """Set I: "## Core Strengths" and its five lines ("Platform engineering and developer
    productivity") were read as claims."""
    text = "## Core Strengths\n- Platform engineering and developer productivity\n## Experience\n- Rebuilt the claims form for 40 brokers\n"
    kept, _, _ = extracted(linter, text, "markdown")
    assert kept == [(4, "Rebuilt the claims form for 40 brokers")]


def test_bare_lines_under_leadership_and_a_sentence_naming_a_product_second_are_read(linter):
    """Set J: a Word resume's plain lines under LEADERSHIP and Volunteer Work were read as nothing,
    and "Leveraged PostgreSQL database to manage collected data." was taken for a title (its second
    word is capitalised) while the same line without the product name was read."""
    text = (
        "EXPERIENCE\nAcme Bank\nLeveraged PostgreSQL database to manage collected data.\n\n"
        "LEADERSHIP\nHosted lightning talks for 50 engineers every month.\n\n"
        "Volunteer Work\nTaught 40 volunteers to run the food bank's stock app.\n"
    )
    kept, _, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [3, 6, 9]


def test_a_singular_project_heading_ends_the_education_section_before_it(linter):
    """Set I (session 12): a PDF's "Project" heading after "Education" was not known, so its seven
    project lines stayed in the skipped Education section."""
    text = (
        "Education\nBSc Business, 2021\n\nProject\n"
        "- Compared five competitor agencies on services and pricing across the USA\n"
    )
    kept, _, _ = extracted(linter, text, "text")
    assert kept == [(5, "Compared five competitor agencies on services and pricing across the USA")]


def test_a_pdf_bullet_drawn_with_a_symbol_fonts_letter_is_a_bullet():
    """Set J: ZapfDingbats draws a square with the letter "n", which the text layer gives back as
    "n": a PDF of twelve such bullets read as empty. The character's font says it is a glyph."""
    from po2pm_rewrite.formats.pdf import _lines, _render_lines, _with_symbol_glyphs

    def word(text: str, x0: float) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + 8 * len(text), "top": 100.0, "bottom": 110.0, "size": 10.0}

    line = [word("n", 50), word("Rebuilt", 60), word("the", 100), word("app", 130)]
    square = [{**word("n", 50), "fontname": "ZapfDingbats"}]
    assert _render_lines(_lines(_with_symbol_glyphs(line, square)), 10.0) == ["• Rebuilt the app"]
    letter = [{**word("n", 50), "fontname": "Helvetica"}]
    assert _render_lines(_lines(_with_symbol_glyphs(line, letter)), 10.0) == ["n Rebuilt the app"]


def test_reading_a_pdf_prints_none_of_pdfminers_warnings():
    """pdfminer logs what it works around in a font ("Could not get FontBBox ..."): with no logging
    set up, Python printed each to stderr (set I: five lines on one real PDF)."""
    import logging
    from pathlib import Path

    from po2pm_rewrite.formats.pdf import render_pdf

    render_pdf((Path(__file__).parent.parent / "examples" / "resumes" / "resume.pdf").read_bytes())
    # (pytest captures logging itself, so the level is what is checked, not stderr)
    assert logging.getLogger("pdfminer.pdffont").getEffectiveLevel() >= logging.ERROR


def test_a_word_broken_by_a_hyphen_at_a_line_end_is_joined(linter):
    """PDF and Word exports break words at the line's end: "documenta-" / "tion" is one word, and
    "self-" / "service" keeps its hyphen without the space; every character still points at itself."""
    from po2pm_rewrite.formats import extract

    text = "EXPERIENCE\n- Wrote the feature requirement documenta-\n  tion and a self-\n  service portal for brokers\n"
    kept, _, _ = extracted(linter, text, "text")
    assert kept == [(2, "Wrote the feature requirement documentation and a self-service portal for brokers")]
    # LaTeX's PDFs may break with a non-breaking hyphen (set RB: "effi\u2011 ciencies")
    kept, _, _ = extracted(linter, "EXPERIENCE\n- Suggested automation to improve effi\u2011\n  ciencies of the claims workflows\n", "text")
    assert kept == [(2, "Suggested automation to improve efficiencies of the claims workflows")]
    # round SB: a compound broken at one of its own hyphens, or after a single letter, keeps it
    kept, _, _ = extracted(linter, "EXPERIENCE\n- Cut the mean-\n  time-to-resolution of the claims app\n- Launched the e-\n  wallet for the brokers\n", "text")
    assert kept == [(2, "Cut the mean-time-to-resolution of the claims app"), (4, "Launched the e-wallet for the brokers")]
    lines = text.split("\n")
    (bullet,) = extract(text, "text")
    for segment in bullet.segments:
        written = lines[segment.line - 1][segment.column - 1 : segment.column - 1 + segment.length]
        assert written == bullet.text[segment.text_start : segment.text_start + segment.length]


ASCII_RESUME = (
    "Technical Expertise\n*******************\n - Building web applications in Django and React\n\n"
    "Professional Experience\n***********************\n"
    " Product Owner                           Northwind Bank          2019-2022\n"
    " -----------------------------------------------------------------------------\n"
    " Managed the product backlog for the mortgage team and its brokers.\n\n"
    " Business Analyst                        Acme Travel             2016-2019\n"
    " -----------------------------------------------------------------------------\n"
    " Wrote the requirements for the booking flow with the call centre and the\n"
    " Finance team. Kept the backlog groomed with the developers each sprint.\n\n"
    "National Language Service Corps member.\n"
    "Ran the sprint reviews for the card squad every two weeks.\n\n"
    "Formal Education\n****************\n Graduated with a degree in mathematics and physics from a state university\n"
)


def test_an_ascii_resume_keeps_its_sections_past_rules_and_sentences(linter):
    """A rule of dashes under a job line once ended the Experience section (read as a heading
    with no title), and a sentence holding a listing word ("... Language ... member.") opened a
    Languages section that hid every claim after it; a title over a rule is a heading, so
    "Formal Education" ends Experience."""
    kept, _, _ = extracted(linter, ASCII_RESUME, "text")
    assert kept == [  # the membership line is no claim's shape (a title's capitals): not read, not a heading
        (9, "Managed the product backlog for the mortgage team and its brokers."),
        # an indented paragraph is one bullet, though its second line opens like a claim
        (13, "Wrote the requirements for the booking flow with the call centre and the Finance team. "
         "Kept the backlog groomed with the developers each sprint."),
        (17, "Ran the sprint reviews for the card squad every two weeks."),
    ]


def test_an_indented_text_paragraph_is_one_claim_and_open_source_is_a_projects_section(linter):
    """Set O: a text resume's paragraphs, indented as blocks, were cut where a line stopped on a
    joining word short of the margin ("... on top of Jenkins. Using") and where a sentence of the
    paragraph opened with no act ("After validation by QA ..."); and its OPEN SOURCE section,
    paragraphs about the person's own projects, was dropped without a note."""
    document = (
        "EXPERIENCE\n\n  Northwind\n  March 2021 - September 2021\n\n"
        "  Wrote a packaging and release system built on top of Jenkins. Using\n"
        "  Jenkins we could package up our code and release it to QA for the store team.\n"
        "  After validation by QA the code could be released to production using the\n"
        "  same mechanism.\n\n"
        "OPEN SOURCE\n\n  Built a Neovim plugin for Go developers that I use every day at work.\n"
    )
    kept, _, _ = extracted(linter, document, "text")
    # (at 224 characters, short of a paragraph read a sentence at a time)
    assert kept == [
        (6, "Wrote a packaging and release system built on top of Jenkins. Using Jenkins we could package up our code "
         "and release it to QA for the store team. After validation by QA the code could be released to production "
         "using the same mechanism."),
        (13, "Built a Neovim plugin for Go developers that I use every day at work."),
    ]


def test_an_html_heading_line_in_markdown_does_not_swallow_the_list_under_it(linter):
    """Jekyll pages write `<h3>Job</h3>` straight above `* item` lines: CommonMark reads the list
    as part of an HTML block (nothing was read), kramdown as a list; and `<h4>Education</h4>`
    opens the Education section, whose items are not claims."""
    document = (
        "<h2>Experience</h2>\n\n<h3>Product lead, Northwind Bank</h3>  \n"
        "* Managed the product backlog for the mortgage team  \n* Ran the sprint reviews for the card squad  \n\n"
        "<h4>Education</h4>\n* BSc in Mathematics and Physics from a state university  \n"
    )
    kept, _, _ = extracted(linter, document, "markdown")
    assert kept == [(4, "Managed the product backlog for the mortgage team"), (5, "Ran the sprint reviews for the card squad")]


def test_markdown_items_wrapped_in_a_lone_html_list_tag_are_read(linter):
    """Set O: a `<ul>` line above `* item` lines and `</ul>` below them, as older Markdown
    resumes nest a project's bullets: CommonMark reads the lines up to the next blank one as a raw
    HTML block, and seven project bullets were dropped without a note. A `<ul>` that holds `<li>`
    items stays HTML."""
    document = (
        "## Projects\n\n* [Crypto Primer](https://example.org/primer) (Python)\n<ul>\n* Wrote a primer that teaches developers when to use encryption\n"
        "* Shipped source examples with their tests\n</ul>\n* [Daemon Library](https://example.org/daemon) (C)\n\n"
        "<ul>\n<li>Cut the library's start-up time by half for OpenBSD users</li>\n</ul>\n"
    )
    document += "\n## Current Classes:\n\n* [Introduction to Machine Learning](https://example.org/ml) (Spring 2012)\n"
    from po2pm_rewrite.formats.markdown import _without_lone_list_tags

    assert _without_lone_list_tags(["</ul>", "* a stray closing tag above the first item"])[0] == "</ul>"  # nothing before it
    kept, _, _ = extracted(linter, document, "markdown")
    assert [text for _, text in kept] == [
        "Wrote a primer that teaches developers when to use encryption",
        "Shipped source examples with their tests",
        "Cut the library's start-up time by half for OpenBSD users",
    ]


def test_html_findings_point_into_the_file(tmp_path):
    resume = tmp_path / "resume.html"
    resume.write_text(HTML, encoding="utf-8")
    result = run_installed("check", "--no-cache", "-f", "concise", str(resume))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"{resume}:10:22: PO101 Backlog or roadmap administration ('product backlog') with no customer, business or outcome reason behind it."
    )


def test_latex_includes_are_followed_inside_the_run_folder_only(tmp_path):
    import subprocess

    from .test_installed_command import installed_command

    project, outside = tmp_path / "cv", tmp_path / "elsewhere"
    (project / "sections").mkdir(parents=True)
    outside.mkdir()
    (project / "main.tex").write_text(
        "\\documentclass{awesome-cv}\n\\begin{document}\n\\input{sections/experience}\n% \\input{sections/old}\n"
        "\\include{../elsewhere/private}\n\\input{/etc/hostname}\n\\input{main}\n\\end{document}\n",
        encoding="utf-8",
    )
    (project / "sections" / "experience.tex").write_text(
        "\\begin{cvitems}\n\\item {Managed the product backlog for the claims team}\n\\end{cvitems}\n\\input{experience}\n",
        encoding="utf-8",
    )
    (outside / "private.tex").write_text("\\item Managed the private backlog of another person\n", encoding="utf-8")
    result = subprocess.run(
        [installed_command(), "check", "--no-cache", "-f", "concise", "main.tex"], cwd=project, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "sections/experience.tex:2:20: PO101 Backlog or roadmap administration ('product backlog') with no customer, business or outcome reason behind it."
    ]
    assert "main.tex: \\include{../elsewhere/private} not followed: outside the folder po2pm was run from" in result.stderr
    assert "\\input{/etc/hostname} not followed: an absolute path" in result.stderr
    assert "private backlog" not in result.stdout


def test_awesome_cv_imports_through_a_folder_macro_are_followed(tmp_path, monkeypatch):
    """Awesome-CV's own template names its section folder with a macro and brings sections in with
    `\\import{\\sectiondir}{experience.tex}` or `\\input{\\sectiondir/projects.tex}`: a real
    resume of that shape read as empty."""
    from po2pm_rewrite.engine import Linter
    from po2pm_rewrite.inputs import collect_sources
    from po2pm_rewrite.rules import load_ruleset

    monkeypatch.chdir(tmp_path)
    (tmp_path / "cv").mkdir()
    (tmp_path / "main.tex").write_text(
        "\\documentclass{awesome-cv}\n\\newcommand*{\\sectiondir}{cv/}\n\\def\\partsdir{cv}\n\\begin{document}\n"
        "\\import{\\sectiondir}{experience.tex}\n\\subimport{\\partsdir/}{projects}\n\\input{\\sectiondir/volunteering.tex}\n"
        "\\import{\\nowhere}{missing.tex}\n\\end{document}\n",
        encoding="utf-8",
    )
    for name, claim in [("experience", "Ran the backlog for the claims team"), ("projects", "Built a route planner for 300 couriers"), ("volunteering", "Taught 40 volunteers to run the food bank's stock app")]:
        (tmp_path / "cv" / f"{name}.tex").write_text(f"\\begin{{cvitems}}\n\\item {{{claim}}}\n\\end{{cvitems}}\n", encoding="utf-8")
    sources = collect_sources(["main.tex"], [], None)
    report = Linter(load_ruleset()).extract_report(sources)
    read = [b.text for kept, _, _, _ in report for b in kept]
    assert read == ["Ran the backlog for the claims team", "Built a route planner for 300 couriers", "Taught 40 volunteers to run the food bank's stock app"]
    assert "\\import{\\nowhere}{missing.tex}" in (sources[0].note or "")


def test_an_included_file_is_read_under_the_section_its_input_sits_under(tmp_path, monkeypatch):
    r"""Set I (session 12): `\section{Projects}` then `\input{sections/projects}`, whose paragraphs
    were never read (they stood under no title in a file of their own); and a Skills file included
    under `\section{Skills}` stays unread. A label line above a paragraph ("\textbf{Technologies:}
    MySQL, ... \\") is no title either, and "\&" in a sentence is no table's cell."""
    from po2pm_rewrite.engine import Linter
    from po2pm_rewrite.inputs import collect_sources
    from po2pm_rewrite.rules import load_ruleset

    monkeypatch.chdir(tmp_path)
    (tmp_path / "sections").mkdir()
    (tmp_path / "main.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Projects}\n\\input{sections/projects}\n"
        "\\section{Skills}\n\\input{sections/skills}\n\\end{document}\n",
        encoding="utf-8",
    )
    (tmp_path / "sections" / "projects.tex").write_text(
        "\\textbf{Bible Stories} \\hfill 2024 \\\\\n\\textbf{Technologies:} MySQL, React, Express \\\\\n"
        "Built a content platform for 3,000 readers with offline storage \\& cloud sync, cutting load time by 30\\%.\n",
        encoding="utf-8",
    )
    (tmp_path / "sections" / "skills.tex").write_text(
        "Worked with Python, SQL and Tableau in every team I have joined so far.\n", encoding="utf-8"
    )
    report = Linter(load_ruleset()).extract_report(collect_sources(["main.tex"], [], None))
    read = [b.text for kept, _, _, _ in report for b in kept]
    assert read == ["Built a content platform for 3,000 readers with offline storage & cloud sync, cutting load time by 30%."]


def test_the_name_of_an_included_file_is_no_section_title(tmp_path, monkeypatch):
    r"""Set O (session 15): a resume of nine `\input` parts read as empty with no reason. Its
    `\addbibresource{publications.bib}` and `\input{section_education}` were taken for titles,
    so each part stood "under" the file named before it: here a part with no title of its own,
    after `\input{education}`, would be read as Education's and dropped."""
    from po2pm_rewrite.engine import Linter
    from po2pm_rewrite.inputs import collect_sources
    from po2pm_rewrite.rules import load_ruleset

    monkeypatch.chdir(tmp_path)
    (tmp_path / "cv.tex").write_text(
        "\\documentclass{my-awesome-cv}\n\\addbibresource{publications.bib}\n\\begin{document}\n"
        "\\input{education}\n\\input{projects}\n\\end{document}\n",
        encoding="utf-8",
    )
    (tmp_path / "education.tex").write_text(
        "\\sectionTitle{Education}{\\faIcon}\n\\begin{itemize}\n\\item MSc Industrial Engineering, 2015\n\\end{itemize}\n",
        encoding="utf-8",
    )
    (tmp_path / "projects.tex").write_text(
        "\\begin{itemize}\n\\item Designed a people-counting system for a metro operator based on cameras\n\\end{itemize}\n",
        encoding="utf-8",
    )
    report = Linter(load_ruleset()).extract_report(collect_sources(["cv.tex"], [], None))
    read = [b.text for kept, _, _, _ in report for b in kept]
    assert read == ["Designed a people-counting system for a metro operator based on cameras"]


def test_a_label_that_introduces_a_list_is_no_part_of_the_summary_before_it(linter):
    """Set I: moderncv job summaries were read with the list's label glued to their end ("...
    decode the immune synapse. Highlights:")."""
    document = latex_document(
        "\\section{Experience}\n"
        "\\cventry{2018--now}{Scientist}{Acme}{Boston}{}{Built single-cell assays that decode the immune synapse. \\\\\n"
        "{\\itshape\\textbf{Highlights:}\n\\begin{itemize}\n\\item Cut pipeline run time from two days to four hours\n"
        "\\end{itemize}}}\n",
        "moderncv",
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert [text for _, text in kept] == [
        "Built single-cell assays that decode the immune synapse.",
        "Cut pipeline run time from two days to four hours",
    ]


def test_a_sentence_between_two_lists_of_one_entry_is_read(linter):
    r"""Set J: in a moderncv \cventry holding two lists, the lead line before the second
    ("\textbf{Beta:} Founded ...") was dropped without a word; seven of a resume's claims."""
    document = latex_document(
        "\\section{Experience}\n\\cventry{2020}{Engineer}{Acme}{City}{}{\n"
        "\\textbf{Alpha:} Built the claims intake form for 40 brokers.\n\\begin{itemize}\n\\item Cut handling time by half.\n"
        "\\begin{itemize}\n\\item Nested detail of the cut.\n\\end{itemize}\n\\end{itemize}\n"
        "\\textbf{Beta:} Founded and led a ten-person triage team.\n\\begin{itemize}\n\\item Closed 400 stale issues.\n\\end{itemize}\n}\n",
        "moderncv",
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert [text for _, text in kept] == [
        "Built the claims intake form for 40 brokers.",  # the project's run-in label left out
        "Cut handling time by half.",
        "Nested detail of the cut.",
        "Founded and led a ten-person triage team.",
        "Closed 400 stale issues.",
    ]


def test_a_math_superscript_prints_its_letters(linter):
    """Set J: "1$^{st}$ place" was read as "1^st place"."""
    document = latex_document(
        "\\section{Experience}\n\\begin{itemize}\n"
        "\\item Won 1$^{st}$ place among 40 teams at the city hackathon\n\\item Cut CO$_2$ output by 12\\% with the new routes\n"
        "\\end{itemize}\n"
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert [text for _, text in kept] == ["Won 1st place among 40 teams at the city hackathon", "Cut CO2 output by 12% with the new routes"]


def test_a_heading_macro_of_the_files_own_opens_its_section(linter):
    r"""Set J: "Notable courses" items under `\resheading{Education}` were read as claims; Jake's
    `\resumeSubheading{...}` under Experience stays an entry's heading, not a section."""
    document = latex_document(
        "\\resheading{Education}\n\\begin{itemize}\n\\item Graduated with honours after a thesis on fraud detection models\n\\end{itemize}\n"
        "\\resheading{Experience}\n\\resumeSubheading{Acme}{2020}{Engineer}{Boston}\n\\begin{itemize}\n"
        "\\item Rebuilt the claims intake form for 40 brokers\n\\end{itemize}\n",
        preamble="\\newcommand{\\resheading}[1]{\\textbf{#1}}\n",
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert [text for _, text in kept] == ["Rebuilt the claims intake form for 40 brokers"]


def test_a_subtitle_with_a_doctors_title_is_no_paragraph(linter):
    """"Course Project in Advanced Databases under Dr. A. Person": "Dr." ends no sentence, so the
    line under a project's name is not read as a paragraph of prose."""
    document = latex_document(
        "\\section{Internships}\n\\begin{itemize}\n"
        "\\item \\textbf{Content filtering tools} \\hfill \\emph{May 2015}\\\\\n"
        "  Built a content filter for 300 school networks that blocked 40,000 unsafe pages a day.\n"
        "\\end{itemize}\n\\section{Projects and Developments}\n\\begin{itemize}\n"
        "\\item \\textbf{[Distributed B+ Tree] Efficient key distribution in distributed B+ Trees}\\\\\n"
        "\t\\textsl{Course Project in Advanced Databases under Dr. Arnab Person} \\hfill \\emph{March 2015}\\\\\n"
        "\tThe aim was to implement a B+ Tree index over a distributed multi-node network.\n"
        "\\end{itemize}\n"
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert not any("Course Project" in text for _, text in kept)


def test_a_nested_input_is_found_from_the_main_documents_folder(tmp_path, monkeypatch):
    r"""TeX looks for every \input from the main document's folder: `\input{cv/skills}` written in
    cv/summary.tex is cv/skills.tex, which set J's reader was told did not exist."""
    from po2pm_rewrite.engine import Linter
    from po2pm_rewrite.inputs import collect_sources
    from po2pm_rewrite.rules import load_ruleset

    monkeypatch.chdir(tmp_path)
    (tmp_path / "cv").mkdir()
    (tmp_path / "main.tex").write_text("\\documentclass{article}\n\\begin{document}\n\\input{cv/summary}\n\\end{document}\n", encoding="utf-8")
    (tmp_path / "cv" / "summary.tex").write_text("\\section{Experience}\n\\input{cv/jobs}\n", encoding="utf-8")
    (tmp_path / "cv" / "jobs.tex").write_text(
        "\\begin{itemize}\n\\item Rebuilt the claims intake form for 40 brokers\n\\end{itemize}\n", encoding="utf-8"
    )
    sources = collect_sources(["main.tex"], [], None)
    assert not any("no such file" in (source.note or "") for source in sources)
    report = Linter(load_ruleset()).extract_report(sources)
    assert [b.text for kept, _, _, _ in report for b in kept] == ["Rebuilt the claims intake form for 40 brokers"]


def test_an_included_part_without_bullets_and_the_tex_installations_files_get_no_misleading_note(tmp_path, monkeypatch):
    """A summary or education part is not "a resume read as empty", and `\\input{glyphtounicode}`
    (Jake's resume) is the TeX installation's file, not a missing part of the resume."""
    (tmp_path / "parts").mkdir()
    (tmp_path / "main.tex").write_text(
        "\\documentclass{article}\n\\input{glyphtounicode}\n\\begin{document}\n\\input{parts/summary}\n"
        "\\section{Experience}\n\\begin{itemize}\n\\item Managed the product backlog for the claims team\n\\end{itemize}\n"
        "\\section{Masters thesis}\n\\begin{itemize}\n\\item Studied how teams adopt mobile banking apps over two years\n\\end{itemize}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    (tmp_path / "parts" / "summary.tex").write_text("Product Owner with eight years in retail banking.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    output = runner.invoke(app, ["extract", "main.tex"]).output
    assert "glyphtounicode" not in output
    assert "note: no bullets in this part of main.tex" in output
    assert "try --input-format" not in output
    assert "Managed the product backlog for the claims team" in output
    assert "Studied how teams adopt" not in output.split("sections not read")[0]  # a thesis is education


def test_latex_section_environments_open_their_sections(linter):
    """resume.cls writes sections as environments (\\begin{rSection}{Skills and Tools}): their
    items were read as claims; a school's \\rSubsection is not listed as a section of its own."""
    document = (
        "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience}\n\\begin{itemize}\n"
        "\\item Managed the product backlog for the claims team\n\\end{itemize}\n\\end{rSection}\n"
        "\\begin{rSection}{Education}\n\\begin{rSubsection}{State University}{2014}{BSc Mathematics}{}\n"
        "\\item Tutored first-year students in statistics every term\n\\end{rSubsection}\n\\end{rSection}\n"
        "\\begin{rSection}{Skills and Tools}\n\\begin{itemize}\n"
        "\\item \\textbf{Business Analysis:} requirements elicitation, process mapping and data storytelling\n"
        "\\end{itemize}\n\\end{rSection}\n\\end{document}\n"
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert kept == [(5, "Managed the product backlog for the claims team")]
    from po2pm_rewrite.formats import listing_sections

    assert [title for _, title in listing_sections(document, "latex")] == ["Education", "Skills and Tools"]


def test_a_moderncv_entry_sentence_before_its_list_is_read(linter):
    """`\\cventry{...}{Ran the loans app ...: \\begin{itemize}...}`: the items were read and the
    sentence before them was lost."""
    document = (
        "\\documentclass{moderncv}\n\\begin{document}\n\\section{Experience}\n"
        "\\cventry{2019--2022}{Product Owner}{Northwind Bank}{Leeds}{}{Ran the loans app for the retail bank, used by 40 branches:\n"
        "\\begin{itemize}\n\\item Managed the product backlog for the claims team\n\\end{itemize}}\n"
        "\\cventry{2016--2019}{Analyst}{Acme}{York}{}{\\begin{itemize}\n\\item Wrote user stories for the booking app\n\\end{itemize}}\n"
        "\\end{document}\n"
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert kept == [
        (4, "Ran the loans app for the retail bank, used by 40 branches:"),
        (6, "Managed the product backlog for the claims team"),
        (9, "Wrote user stories for the booking app"),
    ]


def test_latex_after_end_document_is_not_read_and_superscripts_keep_their_text(linter):
    document = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "\\item Won 1\\textsuperscript{st} place at the fintech hackathon with a loan app prototype\n"
        "\\end{itemize}\n\\end{document}\n\\begin{itemize}\n\\item Managed the old backlog of the retired claims app\n\\end{itemize}\n"
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert kept == [(5, "Won 1st place at the fintech hackathon with a loan app prototype")]


def test_a_text_file_holding_an_html_page_is_read_as_html(tmp_path):
    page = tmp_path / "Resume.txt"
    page.write_text(
        "<html><body><h2>Work History</h2><ul>\n<li>Managed the product backlog for the claims team</li>\n"
        "<li>Ran the sprint reviews for the card squad</li>\n<li>Wrote user stories for the loan app</li>\n</ul></body></html>\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(page)])
    assert "holds an HTML page: read as html, not text" in result.output
    assert "Managed the product backlog for the claims team" in result.output


def test_latex_bullet_macros_the_file_defines_around_item_are_read(tmp_path):
    from po2pm_rewrite.formats import extract

    source = (
        "\\documentclass{article}\n"
        "\\newcommand{\\achievement}[1]{\\item\\small{#1}}\n"
        "\\newcommand\\jobpoint[2]{\\item \\textbf{#1}: #2}\n"
        "\\def\\point#1{\\item #1}\n"
        "\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "  \\achievement{Managed the product backlog for the claims team}\n"
        "  \\jobpoint{Delivery}{Facilitated sprint planning and retrospectives for two squads}\n"
        "  \\point{Wrote user stories for the renewal letters}\n"
        "\\end{itemize}\n\\end{document}\n"
    )
    assert [b.text for b in extract(source, "latex")] == [
        "Managed the product backlog for the claims team",
        "Facilitated sprint planning and retrospectives for two squads",
        "Wrote user stories for the renewal letters",
    ]


def test_latex_bullet_macros_named_in_the_config_are_read(tmp_path):
    import json

    (tmp_path / ".po2pm.toml").write_text('latex-bullet-macros = ["cvbullet"]\n', encoding="utf-8")
    resume = tmp_path / "resume.tex"
    # \cvbullet is defined in a class file po2pm does not read: only the config can name it
    resume.write_text(
        "\\documentclass{mycv}\n\\begin{document}\n\\cvsection{Experience}\n"
        "\\cvbullet{Managed the product backlog for the claims team}\n\\end{document}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", "-f", "json", str(resume)])
    bullets = json.loads(result.stdout)["files"][0]["bullets"]
    assert [(b["text"], b["line"], b["column"]) for b in bullets] == [("Managed the product backlog for the claims team", 4, 11)]
    extracted = runner.invoke(app, ["extract", str(resume)])
    assert "4:11  Managed the product backlog for the claims team" in extracted.output
    shown = runner.invoke(app, ["config", str(resume)])
    assert 'latex-bullet-macros = ["cvbullet"]' in shown.output
    (tmp_path / ".po2pm.toml").write_text('latex-bullet-macros = "cvbullet"\n', encoding="utf-8")
    refused = runner.invoke(app, ["check", str(resume)])
    assert refused.exit_code == 2 and "'latex-bullet-macros' must be a list of macro names" in refused.output
    # fifth round of attacks: a repository's config named LaTeX's own \input, which --write would rewrite
    (tmp_path / ".po2pm.toml").write_text('latex-bullet-macros = ["cvbullet", "input", "label"]\n', encoding="utf-8")
    refused = runner.invoke(app, ["check", str(resume)])
    assert refused.exit_code == 2 and "names LaTeX's own input, label" in refused.output


def test_extract_lists_the_sections_it_does_not_read(tmp_path):
    import json

    markdown = tmp_path / "resume.md"
    markdown.write_text(
        "# Sam\n\n## Experience\n\n- Managed the product backlog for the claims team\n\n"
        "## Skills and Competencies\n\n- Jira, SQL, Figma\n\n## Education\n\n- BSc Economics, 2015\n",
        encoding="utf-8",
    )
    latex = tmp_path / "resume.tex"
    latex.write_text(
        "\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n\\item Managed the product backlog for the claims team\n"
        "\\end{itemize}\n\\rSection{Certifications}\n\\begin{itemize}\n\\item Certified Scrum Product Owner\n\\end{itemize}\n\\end{document}\n",
        encoding="utf-8",
    )
    shown = runner.invoke(app, ["extract", str(markdown), str(latex)]).output
    assert "  sections not read (they list, they do not claim):\n  7  Skills and Competencies\n  11  Education\n" in shown
    assert "  sections not read (they list, they do not claim):\n  6  Certifications\n" in shown
    document = json.loads(runner.invoke(app, ["extract", "-f", "json", str(markdown)]).stdout)
    assert document["files"][0]["skipped_sections"] == [{"line": 7, "heading": "Skills and Competencies"}, {"line": 11, "heading": "Education"}]


@pytest.mark.parametrize("bullet", [
    "Gestione del backlog di prodotto per il team dei pagamenti",
    "Redação de histórias de usuário para o portal do cliente",
])
def test_italian_and_portuguese_bullets_are_left_out_as_another_language(bullet):
    from po2pm_rewrite.screen import why_not_a_claim

    assert why_not_a_claim(bullet) == "another language"
    assert why_not_a_claim("Managed the product backlog for the payments team in Rio de Janeiro") is None


def test_set_k_plain_text_sections_after_experience_are_not_claims(linter):
    """A plain-text resume's sections after Experience, each a title on a line of its own (set K:
    20 lines of courses, languages, hobbies and personal details were read as claims), and its
    labelled tool lines written in lower case."""
    text = (
        "Professional Experience\n\n"
        "- Led the move of the billing platform to the cloud for 40 product teams\n\n"
        "Containers : docker, docker-compose, Kubernetes, Consul\n\n"
        "Networking : TCP/IP (IPv4 & IPv6), DNS, L7/HTTP, Network Design, Routing & Switching, VPNs\n\n"
        "Training and Qualifications\n\n"
        "- Docker + Kubernetes Administration, May 2018\n\n"
        "Spoken Languages\n\n"
        "English (Native), Slovak (Basic Vernacular), French (High School)\n\n"
        "Hobbies and Interests\n\n"
        "Cycling, Badminton, Table Tennis, Pool, Hacking Debian and Raspberry Pi for fun\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert kept == [(3, "Led the move of the billing platform to the cloud for 40 product teams")]
    assert skipped == [(5, "skills list"), (7, "skills list")]


def test_set_k_markdown_markup_around_titles_and_items_is_not_read(linter):
    """An icon written in HTML inside a heading leaves its title known ("### <i ...></i> Skill
    Set": 9 skills lines were read), a struck-out item is read without its marks, and two acts
    in title case are a claim, not a tag ("Design and Implement DSLs")."""
    text = (
        "## Experience\n\n"
        "### Northwind\n\n"
        "* Built the payments API used by 30 partner banks\n"
        "* Design and Implement DSLs\n\n"
        "### <i class=\"fa fa-cogs\"></i> Skill Set\n\n"
        "* Programming languages:\n"
        "  - <small>Fluent: **Elixir**, **Swift**</small>\n\n"
        "### Side projects\n\n"
        "* ~~**[gbelt](https://example.com/gbelt)**: a tool belt to search and profile repositories~~ (deprecated)\n"
    )
    kept, _, _ = extracted(linter, text, "markdown")
    assert kept == [
        (5, "Built the payments API used by 30 partner banks"),
        (6, "Design and Implement DSLs"),
        (15, "gbelt: a tool belt to search and profile repositories (deprecated)"),
    ]


def test_set_k_bullets_written_one_after_another_in_a_paragraph_are_each_a_claim(linter):
    """"<p>• Greeted ... • Handled ...</p>" (set K: an HTML page's 14 claims were read as 4, each
    judged as one): every claim after a glyph is a bullet, at its own column; a skills line
    written with the same glyphs stays one line."""
    html = (
        "<h3>Work Experience</h3>\n"
        "<p>• Greeted customers at the counter to answer questions • Approved time submissions"
        " • Built connections with customers for the franchise</p>\n"
        "<p>Stakeholder management • Agile delivery • Data analysis</p>\n"
    )
    kept, _, _ = extracted(linter, html, "html")
    assert kept[:3] == [
        (2, "Greeted customers at the counter to answer questions"),
        (2, "Approved time submissions"),
        (2, "Built connections with customers for the franchise"),
    ]
    assert all("•" not in text for _, text in kept[:3])
    (report,) = linter.check([Source("r.txt", "EXPERIENCE\n\n• Managed the backlog for the claims portal • Wrote user stories for the loan app\n", format="text")]).files
    assert [(b.bullet.start.line, b.bullet.start.column) for b in report.bullets] == [(3, 3), (3, 47)]


def test_set_k_an_emphasised_line_that_names_a_listing_section_titles_the_list_after_it(linter):
    """"***Awards***" on a line of its own: the items of the list after it are not claims (set
    K: one was read while the section was reported as not read); a bold job line changes nothing."""
    text = (
        "## Experience\n\n"
        "**Product Owner**\n\n"
        "* Wrote the user stories for the claims portal with the branch staff\n\n"
        "***Awards***\n\n"
        "* Eagle Scout (Boy Scouts of America)\n"
    )
    kept, _, _ = extracted(linter, text, "markdown")
    assert kept == [(5, "Wrote the user stories for the claims portal with the branch staff")]


def test_set_k_a_plain_text_job_paragraph_on_one_line_is_read_with_its_years(linter):
    """A job's paragraph on one line of its own, under the job's title, that names a year or opens
    with a course in brackets (set K: two were dropped with no note); the title line stays out."""
    text = (
        "===================\nExperience\n===================\n\n"
        "Teaching Assistant (2012 - 2015)\n"
        "  [Operating Systems] - Winter 2015. Marked software assignments written in C for three"
        " classes of forty students each term.\n\n"
        "Research Assistant, Chemistry Department (Summer 2010)\n"
        "  Worked as a summer research assistant for a group on materials and helped write a paper"
        " for the 2011 Annual Conference on solar panels.\n"
    )
    kept, _, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [6, 9]


def test_set_k_latex_a_jobs_paragraph_after_its_heading_and_currency_signs_are_read(linter):
    """A group of prose after a heading macro's fields is the job's paragraph (set K: four were
    dropped with no note), the heading's fields are not; a currency macro keeps its sign and
    amount ("\\pounds 50M" had read "50M", "\\euro{3M}" lost the amount)."""
    body = (
        "\\section{Experience}\n"
        "\\resumeSubheading{Northwind}{Kyiv}{Technical founder}{Sep 2019 - Present}\n"
        "{We built the claims product from nothing to 60 paying brokers. I ran the customer interviews.}\n"
        "\\begin{itemize}\n"
        "\\item Project managed the delivery of the \\pounds 50M loyalty programme for the bank\n"
        "\\item Grew revenue by \\euro{3M} in 2022 with the new pricing page\n"
        "\\end{itemize}\n"
    )
    preamble = (
        "\\newcommand{\\resumeSubheading}[4]{\\item\\begin{tabular*}{\\textwidth}{l r}"
        "\\textbf{#1} & #2 \\\\ #3 & #4 \\\\ \\end{tabular*}}\n"
    )
    kept, _, _ = extracted(linter, latex_document(body, preamble=preamble), "latex")
    assert [text for _, text in kept] == [
        "We built the claims product from nothing to 60 paying brokers. I ran the customer interviews.",
        "Project managed the delivery of the £50M loyalty programme for the bank",
        "Grew revenue by €3M in 2022 with the new pricing page",
    ]


def test_set_k_json_of_a_schema_of_its_own_is_read_by_its_lists_of_claims(linter):
    """A resume.json whose keys name no bullet list ("project[].tips[].content", set K: read as
    empty) is read by the lists whose items read as claims; a list of tools is not, nor is
    anything under skills; an HTML entity is its character."""
    document = {
        "name": "X",
        "skill": [{"name": "Figma", "percent": "98%"}, {"name": "CSS", "percent": "97%"}],
        "project": [
            {
                "title": "Software Engineer",
                # set U: the entry's own paragraph beside its list of claims, when it says what was done
                "description": "Contributed the bug fix of the open source CLI tool that downloads EPUB books for readers.",
                "tips": [{"title": "My works", "content": [
                    "Lead the development of the checkout apps for Shopify &nbsp;and EasyStore",
                    "Designed the courier tracking API used by 40 merchants",
                ]}],
                "technology": [{"title": "Tech stack", "content": ["Python", "React Native", "AWS"]}],
            },
            {"title": "Stock app", "description": "A simple stock management mobile app for small shops.", "tips": []},
        ],
    }
    kept, _, notes = extracted(linter, json.dumps(document, indent=2), "json")
    assert [text for _, text in kept] == [
        "Contributed the bug fix of the open source CLI tool that downloads EPUB books for readers.",
        "Lead the development of the checkout apps for Shopify and EasyStore",
        "Designed the courier tracking API used by 40 merchants",
    ]
    assert not any("no bullets found" in note for note in notes)


def test_set_k_plain_text_lines_about_the_employer_under_its_name_are_not_claims(linter):
    """A paragraph about the employer under its name, in plain text (set K: its second sentence,
    or a line opening with the employer's name, was read as a claim); a duty under a job's title
    line, and a claim that opens with the person's act, are still read."""
    text = (
        "Professional Experience\n\n"
        "Aug 2017 - Present : Northwind Cloud, Bratislava\n\n"
        "northwind.cloud provides a cloud platform and infrastructure services to the partners\n"
        "and affiliates of the wider group. Supporting network services and general purpose\n"
        "platforms for the group's teams, Northwind uses open technologies to modernise them.\n\n"
        "Oct 2015 - Jun 2017 : Citrix Systems UK Ltd, Cambridge\n\n"
        "Citrix solutions power business mobility through secure, mobile workspaces for people.\n\n"
        "Product Owner, Citrix Receiver (2015 - 2017)\n"
        "Responsible for the backlog of the Receiver app and its release plan with two squads.\n"
        "Releases of Citrix Receiver went from quarterly to monthly after I split the epics.\n"
        "Led the move of the claims intake form to the new platform for 40 brokers.\n"
    )
    kept, _, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [14, 15, 16]


def test_set_k_a_full_line_that_stops_mid_list_goes_on_on_the_next(linter):
    """A bullet broken after a comma or a joining word goes on on the next line, capital or not
    (set K: a Word item broken over two paragraphs was read as two claims)."""
    text = (
        "EXPERIENCE\n\n"
        "• Spearheaded the development and execution of automation scripts using Java, WebDriver,\n"
        "Cucumber, and Allure Reports, resulting in a robust hybrid test framework.\n"
        "• Built the release dashboards for the payments squad.\n"
    )
    kept, _, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [3, 5]
    assert kept[0][1].endswith("WebDriver, Cucumber, and Allure Reports, resulting in a robust hybrid test framework.")


def test_a_markdown_code_span_is_read_as_written(linter):
    """Inside a code span nothing is an escape, an entity or emphasis (CommonMark): "`user\\_id`"
    reads "user\\_id" and "`**kwargs`" reads "**kwargs", each character at its column; only the
    backticks go (a fourth round of attacks found the escape read as "_")."""
    line = "- Wrote the `user\\_id` migration and the `**kwargs` helper for the claims API &amp; its `` a`b `` client"
    kept, _, _ = extracted(linter, "## Experience\n\n" + line + "\n", "markdown")
    assert kept == [(3, "Wrote the user\\_id migration and the **kwargs helper for the claims API & its a`b client")]
    (bullet,) = linter.extract_report([Source("r.md", "## Experience\n\n" + line + "\n", format="markdown")])[0][0]
    where = bullet.text.index("user")
    assert line[bullet.position(where).column - 1 :].startswith("user\\_id`")


def test_code_spans_are_found_in_linear_time():
    from po2pm_rewrite.extract import _code_spans

    assert _code_spans("a `b` c ``d`e`` f `g") == [(2, 5), (8, 15)]
    assert len(_code_spans("``a" * 30000)) == 15000  # each run closes the one before: one pass
    assert _code_spans("``a " * 3 + "`b`") == [(0, 6), (12, 15)]  # the third "``" is never closed


def test_an_escaped_backtick_opens_no_code_span(linter):
    """"\\`x\\`" is two literal backticks (CommonMark), as po2pm writes a rewrite's own: the reader took
    them for a code span and read "\\x\\" (session 45); a backslash inside a span is text."""
    text = "## Experience\n\n- Cut churn \\`x\\` for the claims team\n- Kept the \\``user_id` key for the claims team\n- Wrote `a\\` and more for the claims team\n"
    kept, _, _ = extracted(linter, text, "markdown")
    assert [bullet for _, bullet in kept] == ["Cut churn `x` for the claims team", "Kept the `user_id key for the claims team", "Wrote a\\ and more for the claims team"]


@pytest.mark.parametrize("file_format", ["text", "markdown"])
def test_set_l_quoted_job_paragraphs_and_as_role_lead_ins_are_claims(linter, file_format):
    """A job's paragraph written as a quote ("> At the Institute, I ...": a Markdown export saved
    as text, set L read it as empty), and one that opens "As <role>, <act> ...", are claims, at
    the columns of their words."""
    text = (
        "## Professional Experience\n\n"
        "### Senior Consultant -- Northwind\n\n"
        "> As Senior AI Solutions Consultant, I architected workflow automation for three clinics.\n\n"
        "### Lead Engineer -- Contoso\n\n"
        "As Lead Engineer for Partnerships, worked with four magazines to build chat apps for readers.\n"
    )
    kept, _, _ = extracted(linter, text, file_format)
    assert kept == [
        (5, "As Senior AI Solutions Consultant, I architected workflow automation for three clinics."),
        (9, "As Lead Engineer for Partnerships, worked with four magazines to build chat apps for readers."),
    ]


def test_set_l_latex_project_lines_that_open_with_a_bold_name_are_read(linter):
    """"\\textbf{StudentMunch.com} - food review site, ... Built as a web app." on a line of its own
    under Projects (set L: five were dropped with no note); a bold job line is not a claim."""
    body = (
        "\\section{Projects}\n\n"
        "\\textbf{StudentMunch.com} - food review site, using structured data to show reviews in search. Built as a web app.\n\n"
        "\\textbf{peepshowquot.es} - fan website for a sitcom: a searchable directory of gifs for every quote.\n\n"
        "\\textbf{Northwind} - Senior Engineer\n"
    )
    kept, _, _ = extracted(linter, latex_document(body), "latex")
    assert [(line, text.split(" - ")[0]) for line, text in kept] == [(5, "StudentMunch.com"), (7, "peepshowquot.es")]


def test_set_l_labels_inside_skills_and_a_plain_client_list_title_are_not_claims(linter):
    """Under Skills, "Other Frameworks:" or "CMS:" names a kind of skill and ends nothing (set L:
    the items after such a label were read as claims); a Markdown line "Client List" above its
    list opens a listing section as "## Client List" would; "Built ISO 9001 certification
    management tools" is a claim, not a certificate."""
    text = (
        "Experience\n\n"
        "- Built ISO 9001 certification management tools and compliance tracking systems.\n\n"
        "Skills\n"
        "Other Frameworks:\n- Laravel, Flask\n\n"
        "CMS:\n- Arc, WordPress\n\n"
        "GIS & Cartography:\n- GeoJSON, code libraries for digital and print\n\n"
        "Content Integration & Monetization\n- Piano integration for subscription services\n"
    )
    kept, _, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [3]
    markdown = "## Experience\n\n- Built the claims portal for 40 brokers\n\nClient List\n\n* _Intuit Inc. - QuickBooks.com_\n* _Los Angeles Police Dept._\n"
    kept, _, _ = extracted(linter, markdown, "markdown")
    assert [line for line, _ in kept] == [3]


def test_round_sh_a_long_dated_line_of_work_is_told_and_a_lower_case_act_is_read(linter):
    """Round SH: "The Department of Health, UK Government (2006): writer for ..." was taken for a
    job's dated title line for its "writer" and dropped in silence; a LinkedIn PDF's free text
    "worked on a testing framework ..." opens in lower case and was left out."""
    text = (
        "Experience\n\n"
        "Medical Research Council: report on global health and a public discussion forum on research.\n"
        "The Department of Health, UK Government (2006): writer for the annual report and reviews of the various directorates within the department.\n"
        "Product Owner, Acme (2019): analyst\n"
        "worked on a testing framework like Selenium using Java technology.\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [6]
    assert 4 in [line for line, _ in skipped] and 5 not in [line for line, _ in skipped]


def test_a_present_tense_act_that_names_a_certified_thing_is_a_claim(linter):
    """Set DB: "Manage NYConnects and Certified Residential Opportunities (CRO) Database projects."
    was left out as a certificate; "Certified Scrum Product Owner (CSPO)" still is one."""
    text = (
        "Experience\n\n"
        "- Manage NYConnects and Certified Residential Opportunities (CRO) Database projects.\n"
        "- Certified Scrum Product Owner (CSPO)\n"
    )
    kept, _, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [3]


def test_set_l_markdown_links_by_reference_are_read_as_their_text(linter):
    """"[@handle]" and "[`kit`]" with "[label]: url" defined below read as their text (set L kept
    the brackets), "[text][label]" too; "[cite: 3]", defined nowhere, stays as written."""
    text = (
        "## Experience\n\n"
        "- Built a Slack app that posts haikus to Twitter ([@haikus]) for the editors [cite: 3]\n"
        "- [`launch-kit`], an open source development kit for [Messenger bots][fbm]\n\n"
        "[@haikus]: https://twitter.com/haikus\n"
        "[`launch-kit`]: https://github.com/example/launch-kit\n"
        "[fbm]: https://example.com/fbm\n"
    )
    kept, _, _ = extracted(linter, text, "markdown")
    assert kept == [
        (3, "Built a Slack app that posts haikus to Twitter (@haikus) for the editors [cite: 3]"),
        (4, "launch-kit, an open source development kit for Messenger bots"),
    ]


def test_a_pdf_text_export_saved_as_markdown_with_employers_in_capitals_is_read(tmp_path):
    """Set M: a PDF's text saved as .md (a line per paragraph, no blank line, no Markdown heading
    or list) read as empty; read as text, each job's employer in capitals ("ANZ", between the
    title and the dates) closed the Experience section. 32 claims were lost."""
    jobs = [
        ("Scrum Master", "ANZ", "Sep 2017 - current", "Streamlined the loan approval workflow for 10 branch leaders, cutting wait times by 30%."),
        ("Lead Business Analyst", "NAB", "Nov 2016 - Aug 2017", "Led the analysis for the customer relationship program across 4 product lines."),
        ("Business Analyst", "MYOB", "May 2010 - Jul 2011", "Wrote the requirements for the payroll module with the support team."),
    ]
    lines = ["CONTACT INFO", "Melbourne, Australia", "SKILLS", "Strategic vision: aligning teams with the target state.", "WORK EXPERIENCE"]
    for title, employer, dates, claim in jobs:
        lines += [title, employer, dates, claim, "Ran the weekly planning with the delivery leads for the same program."]
    lines += ["EDUCATION", "Monash University", "2003 - 2007"] + ["Certified Scrum Master"] * 3
    export = tmp_path / "resume.md"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "-f", "json", str(export)])
    read = [b["text"] for b in json.loads(result.output)["files"][0]["bullets"]]
    assert [claim for _, _, _, claim in jobs if claim in read] == [claim for _, _, _, claim in jobs]
    assert not any(employer in read for _, employer, _, _ in jobs)
    assert "holds plain text (a line per paragraph, no Markdown heading or list): read as text, not markdown" in result.output


def test_set_u_a_text_export_saved_as_markdown_with_blank_lines_between_jobs_is_read(tmp_path):
    """Set U: a text resume saved as .md, a blank line between its jobs and sections, section
    titles in capitals: Markdown ran each job into one paragraph and the file read as empty (29
    claims lost; the note said only "try --input-format")."""
    export = tmp_path / "resume.md"
    export.write_text(
        "Jane Example\nAustin, TX\n\nSUMMARY\nProduct owner with six years in lending.\n\nWORK EXPERIENCE\n"
        "PRODUCT OWNER                                   January 2022 - February 2025\nAcme Lending\n"
        "Cut the loan approval time from 5 days to 2 by dropping the manual credit review\n"
        "Wrote the user stories for the broker portal with the claims team\n\n"
        "BUSINESS ANALYST                                January 2021 - January 2022\nNorthwind Bank\n"
        "Mapped the mortgage renewal process for the branch staff\n\nEDUCATION\nUniversity of Texas, 2020\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "-f", "json", str(export)])
    read = [b["text"] for b in json.loads(result.output)["files"][0]["bullets"]]
    assert read == [
        "Cut the loan approval time from 5 days to 2 by dropping the manual credit review",
        "Wrote the user stories for the broker portal with the claims team",
        "Mapped the mortgage renewal process for the branch staff",
    ]
    assert "holds plain text (section titles in capitals, no Markdown heading or list): read as text, not markdown" in result.output
    # a Markdown resume written with its own headings stays Markdown
    markdown = tmp_path / "real.md"
    markdown.write_text("## WORK EXPERIENCE\n\n- Cut the loan approval time by half\n\n## EDUCATION\n\nUniversity of Texas\n", encoding="utf-8")
    assert "read as markdown" in runner.invoke(app, ["extract", str(markdown)]).output


def test_set_m_reading_findings_markdown_top_heading_text_star_and_html_job_paragraphs(tmp_path):
    """Set M's first reader: an employer's name with "Technologies" as the top heading read the
    whole file as a skills section; "*Modularized ..." (a star against its word) was dropped
    without a word; a job's summary paragraph in HTML was dropped when no Experience heading
    stood above the jobs ("F5 Networks, Seattle WA – 2004-2016")."""
    markdown = tmp_path / "resume.md"
    markdown.write_text(
        "# Positive Technologies\n**Product Owner** | 2023 - present\n\n## Key responsibilities:\n"
        "- Prioritized the backlog and the roadmap for the scanner team\n\n## Results:\n- Grew partner sales by 85%\n",
        encoding="utf-8",
    )
    text = tmp_path / "resume.txt"
    text.write_text(
        "Work Experience\n    Web Programmer 2004-2005\n        *Modularized survey programming for the campus polls.\n"
        "        *Product Owner* at the survey centre\n        * Implemented a time-keeping system for the staff\n",
        encoding="utf-8",
    )
    page = tmp_path / "resume.html"
    page.write_text(
        "<h1>A. Person</h1>\n<h2>Northwind Networks, Seattle WA – 2004-2016</h2>\n<h3>Product Manager – 2015-2016</h3>\n"
        "<p>Assessed market and customer needs to define and prioritize the load balancer's requirements.</p>\n"
        "<ul>\n<li>Built the cloud orchestration team in under a year</li>\n</ul>\n"
        "<h2>Education &amp; Certifications</h2>\n<p>Studied computer science at the state university for four years.</p>\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "-f", "json", str(markdown), str(text), str(page)])
    files = {Path(f["path"]).suffix: [b["text"] for b in f["bullets"]] for f in json.loads(result.output)["files"]}
    assert files[".md"] == ["Prioritized the backlog and the roadmap for the scanner team", "Grew partner sales by 85%"]
    assert files[".txt"] == ["Modularized survey programming for the campus polls.", "Implemented a time-keeping system for the staff"]
    assert files[".html"] == [
        "Assessed market and customer needs to define and prioritize the load balancer's requirements.",
        "Built the cloud orchestration team in under a year",
    ]
    assert "Education & Certifications" in runner.invoke(app, ["extract", str(page)]).output


def test_json_project_descriptions_that_say_what_was_done_and_act_led_summaries_are_read(tmp_path):
    """Set M's second reader: six project paragraphs of a JSON Resume ("Managed all aspects of ...",
    "For the 2013 hurricane season, I built ...") were dropped without a note; a hand-made
    schema's job summary that opens with an act was never read either (its text was not looked
    at). A project description that says what the project is stays out."""
    resume = tmp_path / "resume.json"
    resume.write_text(json.dumps({
        "experience": [{"company": "Northwind", "summary": "Led the move of the claims portal to the cloud for 40 brokers"}],
        "projects": [
            {"name": "Parade app", "description": "Managed all aspects of project development for the parade app, reaching 20,000 downloads"},
            {"name": "Storm app", "description": "For the 2013 hurricane season, I built a native app that sponsors paid $30,000 for"},
            {"name": "Shell", "description": "A python framework for embedding a shell into an application"},
        ],
    }), encoding="utf-8")
    assert claims_read_by_command(resume) == [
        "Led the move of the claims portal to the cloud for 40 brokers",
        "Managed all aspects of project development for the parade app, reaching 20,000 downloads",
        "For the 2013 hurricane season, I built a native app that sponsors paid $30,000 for",
    ]


def test_a_project_description_that_says_what_was_done_is_read_beside_its_highlights(tmp_path):
    """Set O: a Jekyll `_data/resume.yml` with JSON Resume's keys gave every project a description
    ("Developed a classification model for ... that beat the first published baseline") and
    highlights: the 16 descriptions were dropped without a note, as a job's description beside
    bullets is (that one describes the employer). A project's says what was done."""
    resume = tmp_path / "resume.yml"
    resume.write_text(
        "work:\n  - company: Northwind\n    description: A logistics company with 300 staff\n"
        "    highlights:\n      - Cut parcel routing time by 20% for 40 depots\n"
        "projects:\n  - name: Meme classifier\n"
        "    description: Developed a hateful-meme classifier for a deep learning course that beat the first published baseline.\n"
        "    highlights:\n      - Trained an ensemble of pre-trained vision and text models\n"
        "  - name: Shell\n    description: A python framework for embedding a shell into an application\n"
        "    highlights:\n      - Wrote the plugin loader and its tests\n",
        encoding="utf-8",
    )
    assert claims_read_by_command(resume) == [
        "Cut parcel routing time by 20% for 40 depots",
        "Developed a hateful-meme classifier for a deep learning course that beat the first published baseline.",
        "Trained an ensemble of pre-trained vision and text models",
        "Wrote the plugin loader and its tests",
    ]


@pytest.mark.parametrize(
    ("opening", "act"),
    [("Co-founded", True), ("Re-designed", True), ("Led", True), ("Browser-based", False), ("AI-powered", False), ("Data-driven", False)],
)
def test_a_hyphenated_adjective_is_no_past_act(opening, act):
    """Set O's snapshot: a JSON project description opening "Browser-based roguelike built in 7
    days" was read as a claim, "-based" taken for a past form; "Co-founded" is one."""
    from po2pm_rewrite.word_lists import opens_with_an_act

    assert opens_with_an_act(f"{opening} a fleet tracking tool for small couriers") is act


def test_a_job_line_of_names_in_title_case_and_its_year_is_no_claim():
    """Set M: "VoiceStream Wireless: Operations and Systems Production Support – 2000" was read as
    a claim, while its sibling "HostPro: UNIX Tier 3 Support Specialist – 2001" was left out."""
    assert why_not_a_claim("VoiceStream Wireless: Operations and Systems Production Support – 2000") == "job title"
    assert why_not_a_claim("Launched the Android app for the stores – 2019") is None


@pytest.mark.parametrize(
    ("line", "why"),
    [
        # set M's second reader: siblings of lines already left out were read as claims
        ("UI/UX Makeover – (Angular.js, jQuery, ui-router, ng-grid, bootstrap, protractor)", "project title and its stack"),
        ("Reports/Services – Spring Batch framework, Java", "project title and its stack"),
        ("No project repo accessible due to NDA", "note to the reader"),
        ("Certent (previously Equity Administration Solutions Inc.) combines financial and SEC reporting", "line about the employer"),
        ("Laszlo Systems created a development platform for rich internet applications.", "line about the employer"),
        ("Bespoke web development agency focused on small business solutions.", "line about the employer"),
        # set O: a project's date with its label
        ("Published July 2011", "dates"),
        ("Updated March 2020", "dates"),
        ("Woofs (Python)", "project title and its stack"),
        # set M: Lithuanian was read as English
        ("Bot'as skirtas surasti konkrečios kainos, konkrečiose lokacijose, dviračius.", "another language"),
        ("Bendrai dirbau su embeded linux'ais yacto projektu ir serveriais.", "another language"),
        ("Opened the Kraków and Łódź offices for the payments team", None),
        ("Crypto Intro (Python, C++)", "project title and its stack"),
        ("Pinellas 911 - A Public 911 CAD, Creator (??? — Present)", "job title"),
        # claims that look alike stay claims
        ("Published 3 papers on churn in July 2011", None),
        ("Cut churn by a fifth (SMB)", None),
        ("Launched the partner portal (EMEA)", None),
        ("Checkout Redesign – cut drop-off by 12%, raised conversion", None),
        ("Payments (EU) developed faster than planned after I cut scope", None),
        # a Word user's trial: a terse ceremony bullet is a duty to judge, not a keyword
        ("Daily stand-ups", None),
        ("Agile ceremonies", None),
        # set U: an entry's heading laid out with a tab, or with "&" in the employer's line
        ("Mood Indigo\tIIT bombay", "company and place"),
        ("EasyPay - First & Leading Albanian Fintech Tirana, Albania", "company and place"),
        ("Cut churn 12%\tby fixing the onboarding", None),
        # set W: an HTML case study's labels, traits and numbered project titles were read as claims
        ("Key Traits: Results-driven, holistic thinking, detail-oriented", "skills list"),
        ("Project 1: Bullet Comment & Interaction Experience Optimization", "project title"),
        ("Challenge: Negative consumption experience reduced users' willingness to take part.", "project's context"),
        ("Context: Years of feature accumulation created product entropy.", "project's context"),
        ("Objectives: Improve user experience, business efficiency, and product governance.", "project's context"),
        ("Impact: Active participation rate exceeded 40%, +5pp over the previous version.", None),
        ("Approach: Rebuilt the interaction flow and strengthened feature branding.", None),
        ("Opportunity: Identified a $2M upsell in SMB accounts and sized it with sales", None),
        ("Project 2: Cut the claims backlog by half in one quarter", None),
        # set W: an academic CV's roles, dated at the end, read as claims when long
        ("Selection Panel Member, Arts Undergraduate Society Humanities and Social Sciences Conference. (Feb 2018)", "job title"),
        ('"Intergenerational Educational Mobility Over the Past Century in Canada." Co-Investigator with Dr. X, UBC Department of Sociology. (May 2018 – May 2021)', "job title"),
        ("Led the move of the claims app to the cloud for the operations team (Jan 2020 – Mar 2020)", None),
        # set T: a label and a dash, then the person's duty in the third person
        ("Stakeholder Management - Builds and maintains strong client relationships", None),
        ("Vendor Management – Develops and tracks the vendor scorecard", None),
        ("Created a React SPA and a React Native app for the loyalty team", None),
        # round RP: a LinkedIn entry's company blurb went on after its first sentences were left out
        ("Northwind's solutions improve the contract lifecycle for private equity firms.", "line about the employer"),
        ("Northwind works with the leading investment banks to cut the time spent on contracts.", "line about the employer"),
        ("Learn more at www.northwind.example.", "note to the reader"),
        ("Worked with the leading investment banks to cut the time spent on contracts.", None),
        # round RQ: a role told as a sentence, with the employer and place, and a volunteer's role
        ("I worked as an engineering intern at Northwind within the Commercial and Industrial Services division.", "job title"),
        ("I worked at Kyoto Noodle Bar in Santa Barbara, California as a server from June 2016 to September 2016.", "job title"),
        ("I was a mergers & acquisitions analyst based in New York.", "job title"),
        ("I volunteered as an assistant teacher at the Joy Centre in Fullerton, California.", "job title"),
        # ... unless it says what was done in the role
        ("I worked as a product owner on the claims portal, where I ran discovery with brokers.", None),
        ("I was the product owner who cut the claims backlog in half.", None),
        ("I worked as the product owner and ran discovery with brokers.", None),
        # round RQ: the employer's kind with no article, a link to the resume
        ("frog is global design, technology and strategy consultancy.", "line about the employer"),
        ("View resume pdf here", "note to the reader"),
    ],
)
def test_set_m_lines_about_projects_and_employers(line, why):
    assert why_not_a_claim(line) == why


def test_set_p_a_jobs_skills_line_does_not_end_the_experience_section(linter):
    """Set P: each job of a text CV (and its Word copy) has "Responsibilities" and then "Skills";
    the first "Skills" ended Experience and 12 of 15 claims were dropped without a note."""
    text = (
        "Professional Experience\n\n"
        "Apr 2025 → Present\n    Cloud DevOps Lead Engineer\n\n"
        "Responsibilities\n\n"
        "  - Led the migration of billing to the new platform, cutting cost 20%.\n\n"
        "Skills\n    SAFe/ScrumXP, DevSecOps, Docker, Python\n\n"
        "Jun 2022 → Apr 2025\n    DevOps Lead\n\n"
        "Key Responsibilities\n\n"
        "  - Shipped the onboarding flow used by 3 product teams.\n\n"
        "Roles and Responsibilities\n"
        "    Consolidated the IaC of four teams into one pipeline.\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert kept == [
        (8, "Led the migration of billing to the new platform, cutting cost 20%."),
        (18, "Shipped the onboarding flow used by 3 product teams."),
        (21, "Consolidated the IaC of four teams into one pipeline."),
    ]


def test_set_p_wrapped_claims_of_a_text_cv_are_read_whole(linter):
    """Set P's text CV (pandoc's plain output): a bullet's tail set at the marker's column after
    "... of", a paragraph whose first line is indented further than the rest, a tail after a
    comma, and paragraphs that open with "Design/Implementation" or "DevOps/SRE"."""
    text = (
        "Experience\n\n"
        "Responsibilities\n\n"
        "    - Lead in a Cloud DevOps Team focused on Solutions Engineering of\n"
        "    Traditional and Cloud-Native workloads on the Enterprise Cloud\n"
        "    (AWS).\n\n"
        "Responsibilities\n"
        "    DevOps lead in an infrastructure team chartered with an Enterprise Cloud\n"
        "  Migration (VMWare on-prem to Azure). Consolidating IaC, Enhancing CI/CD\n"
        "  capabilities.\n\n"
        "Responsibilities\n"
        "    Development of custom PaaS capabilities to supplement Telco IT\n"
        "  functions (ex. Application Load Balancers,\n"
        "  Database-as-a-Service, Cloud-Tenant Backup)\n\n"
        "Responsibilities\n"
        "    Design/Implementation of VNF CD Pipelines for Telco VNF onboarding and\n"
        "  productionization into NFVi tenancies\n"
    )
    assert claims_read(linter, text, "text") == [
        "Lead in a Cloud DevOps Team focused on Solutions Engineering of Traditional and Cloud-Native workloads on the Enterprise Cloud (AWS).",
        "DevOps lead in an infrastructure team chartered with an Enterprise Cloud Migration (VMWare on-prem to Azure). Consolidating IaC, Enhancing CI/CD capabilities.",
        "Development of custom PaaS capabilities to supplement Telco IT functions (ex. Application Load Balancers, Database-as-a-Service, Cloud-Tenant Backup)",
        "Design/Implementation of VNF CD Pipelines for Telco VNF onboarding and productionization into NFVi tenancies",
    ]


def test_set_p_awesome_cv_skills_are_no_claims(linter):
    """Set P: an Awesome-CV "Skills / Projects" section's \\cvskill{type}{skillset} entries were
    read as one claim of 1,000 characters, and the first skill set again as a second."""
    body = (
        "\\cvsection{Skills / Projects}\n"
        "\\begin{cvskills}\n"
        "  \\cvskill\n    {Languages} % Type\n    {Proficient in \\textbf{Rust}, Python, and Java. Developing skills in C and React.}\n"
        "  \\cvskill\n    {Technologies}\n    {Experienced with both Windows and Linux environments, and versed in Git and DevOps practices.}\n"
        "\\end{cvskills}\n"
        "\\cvsection{Experience}\n"
        "\\begin{cvitems}\n  \\item {Cut onboarding time for 40 clubs by rebuilding the booking flow.}\n\\end{cvitems}\n"
    )
    kept, _, _ = extracted(linter, latex_document(body), "latex")
    assert [text for _, text in kept] == ["Cut onboarding time for 40 clubs by rebuilding the booking flow."]


def test_set_p_a_jobs_lead_sentence_under_industrial_experience_is_read(linter):
    """Set P: "Industrial Experience" was no title po2pm knew, so the sentence a job opens with,
    before its itemize, was not read (the items were)."""
    body = (
        "\\section{\\faConnectdevelop\\ Industrial Experience}\n"
        "\\datedsubsection{\\textbf{Intel Labs}, Hillsboro, OR}{Mar. 2022 -- June. 2022}\n"
        "Developed the \\textbf{Py}\\textit{rope} framework for \\textbf{correct-by-construction} modeling.\n"
        "\\begin{itemize}\n  \\item Enabled proof-driven development purely in Python\n\\end{itemize}\n"
    )
    kept, _, _ = extracted(linter, latex_document(body), "latex")
    assert [text for _, text in kept] == [
        "Developed the Pyrope framework for correct-by-construction modeling.",
        "Enabled proof-driven development purely in Python",
    ]


def test_set_p_rendercv_underscore_italics_are_markup(linter):
    """Set P: RenderCV summaries written "_Route-planning solution for the Metro._" kept their
    underscores; a name in snake_case keeps its own."""
    text = (
        "cv:\n  sections:\n    Projects:\n      - name: X\n"
        '        summary: "_Route-planning and indoor-navigation solution for the São Paulo Metro._"\n'
        "        highlights:\n"
        '          - "Renamed the first_name and last_name fields of the user_profile table for 3 apps"\n'
    )
    assert claims_read(linter, text, "yaml") == [
        "Route-planning and indoor-navigation solution for the São Paulo Metro.",
        "Renamed the first_name and last_name fields of the user_profile table for 3 apps",
    ]


def test_set_p_an_academic_cvs_lists_are_no_claims(linter):
    """Set P: a Word CV's "Conference Contributions", "Theses" and "Prizes" were no sections po2pm
    knew, and 25 abstracts and thesis notes were read as claims."""
    text = (
        "## Relevant Employment\n\n- Ran the field survey of 300 nest boxes for the county trust\n\n"
        "## Conference Contributions\n\n- Example, A. 2019. Diet and lifespan. Evolution Society 2019. Sydney.\n\n"
        "## Prizes\n\n- Best student talk, 2018\n\n"
        "## Theses\n\n- Completed under the supervision of Dr. X at the University of Hull as part of a BSc degree.\n"
    )
    assert claims_read(linter, text, "markdown") == ["Ran the field survey of 300 nest boxes for the county trust"]


def test_set_p_an_empty_json_or_yaml_file_is_not_told_to_try_another_format(tmp_path):
    """Set P: a YAML file of third-person project descriptions, read as empty, was told "try
    --input-format", though YAML was what it is."""
    resume = tmp_path / "resume.yml"
    resume.write_text("projects:\n  - name: Water Online\n    description: Luke was Senior Developer on this programme.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-cache", str(resume)])
    assert "no bullets found (read as yaml:" in result.stderr and "--input-format" not in result.stderr
    assert "check a line of it with `po2pm check --text" in result.stderr


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Key achievements : Indonesia (2022), Angola (2020), ASECNA (2018), India (2010)", None),  # set P: a claim's label
        ("Languages: Python, Go, TypeScript", "skills list"),
    ],
)
def test_set_p_a_key_achievements_label_opens_a_claim(line, why):
    assert why_not_a_claim(line) == why


def test_set_s_an_experience_heading_with_a_name_after_it_is_still_experience(linter):
    """Set S: "# Professional Experience - X" was no title po2pm knew, so all 8 job paragraphs
    under it were lost and the page read as empty; a job's "Product Owner - Acme" stays a job."""
    text = (
        "# Professional Experience - Jane Example\n\n## Acme Insurance\n\n"
        "Led the rebuild of the claims portal for 40 brokers, cutting handling time by a third.\n\n"
        "## Product Owner - Acme\n\n- Managed the product backlog for the claims team\n"
    )
    assert claims_read(linter, text, "markdown") == [
        "Led the rebuild of the claims portal for 40 brokers, cutting handling time by a third.",
        "Managed the product backlog for the claims team",
    ]


def test_set_s_job_titles_set_larger_and_dates_in_capitals_do_not_close_experience(linter):
    """Set S: a two-column PDF (its text as the PDF reader renders it: a job title in a larger
    font marked as a heading, a small-caps EXPERIENCE label, dates in capitals) read as empty:
    "OCTOBER 2023 - FEBRUARY 2024" was taken for a section title, and each job's title closed
    Experience."""
    text = (
        "EXPERIENCE\n"
        "# CD Tech - Director, Host, Software Engineer\n"
        "JANUARY 2025 - CURRENT\n"
        "Hosted meetups every other Thursday at the Business Development Center for 60 engineers.\n"
        "# CyberMonk, Remote — Software Engineer\n"
        "OCTOBER 2023 - FEBRUARY 2024\n"
        "Developed a Progressive Web App in React and Capacitor, live on the iOS App Store.\n"
        "EDUCATION\n"
        "BSc Computer Science, 2019\n"
    )
    assert claims_read(linter, text, "text") == [
        "Hosted meetups every other Thursday at the Business Development Center for 60 engineers.",
        "Developed a Progressive Web App in React and Capacitor, live on the iOS App Store.",
    ]


@pytest.mark.parametrize(
    "heading",
    ["## 🚀 Featured Projects", "## AI Projects (MVP launched) — 0→1 Build", "## Professional Journey", "## My Projects"],
)
def test_set_u_project_and_journey_titles_open_a_section_that_claims(linter, heading):
    """Set U: 13 claims under such titles were left out in silence (a paragraph is read only
    under a section that claims), the page read as empty or only from its Experience on."""
    text = (
        f"# Jane Example\n\n## About This Portfolio\n\nMy work as a product manager in lending.\n\n{heading}\n\n"
        "### Lead Engine\n\nCut the lease application from 40 minutes to 12 by dropping three steps.\n"
    )
    assert claims_read(linter, text, "markdown") == ["Cut the lease application from 40 minutes to 12 by dropping three steps."]


def test_set_u_an_html_section_id_names_the_section_its_heading_does_not(linter):
    """Set U: a product manager's page titled its sections "Professional Journey" and "Let's Build
    Something Amazing": the jobs were lost, then the contact line was read as a claim; the line set
    under a section's heading (its strapline) is no claim either."""
    text = (
        "<html><body>"
        '<section id="experience"><h2>Where I have been</h2>'
        '<p class="section-subtitle">Building exceptional products across diverse industries</p><h3>Product Owner</h3>'
        "<p>Led the leasing engine's move to self-serve, raising completed applications by 18%.</p></section>\n"
        '<section id="contact"><h2>Let\'s Build Something Amazing</h2>'
        "<p>Open to discussing opportunities, collaboration, and product strategy</p></section>"
        "</body></html>"
    )
    assert claims_read(linter, text, "html") == ["Led the leasing engine's move to self-serve, raising completed applications by 18%."]


def test_set_u_a_class_macro_named_skilling_holds_a_claim_not_a_skill(linter):
    """Set U: `\\skilling{title}{claim}`, a macro from a class po2pm never sees, was taken for a
    skills macro (as Awesome-CV's \\cvskill) and its four project claims were dropped in silence."""
    text = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Projects}\n{\\begin{zitemize}\n"
        "  \\skilling{\\href{https://freight.example.io}{Freight.Example.io}}{Analyzed US freight networks and energy plants to find sites suitable for green development}\n"
        "\\end{zitemize}}\n\\end{document}\n"
    )
    assert claims_read(linter, text, "latex") == ["Analyzed US freight networks and energy plants to find sites suitable for green development"]


def test_round_sg_a_short_sentence_of_an_act_in_a_class_macros_group_is_a_claim(linter):
    """Round SG: `\\skilling{...}{Predicted policy outcomes according to political ideology.}`, seven
    words, was dropped in silence while its longer siblings were read; a short field of a
    heading ("Houston, Texas", "Personal project") is no claim."""
    text = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Projects}\n{\\begin{zitemize}\n"
        "  \\skilling{\\href{https://papers.example.io}{AI Policy Prediction Paper}}{Predicted policy outcomes according to political ideology.}\n"
        "  \\skilling{Rail Demand Tool}{Personal project, Houston, Texas}\n"
        "\\end{zitemize}}\n\\end{document}\n"
    )
    assert claims_read(linter, text, "latex") == ["Predicted policy outcomes according to political ideology."]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # set U: a text resume's project lines under their titles, dropped in silence
        ("Full-stack CRUD platform with responsive frontend, JSON storage, interactive API docs, and statistics.", True),
        ("AI-powered startup research platform with competitor profiling and modular workflows; reduced manual research by 70%.", True),
        ("End-to-end event platform design including dashboards, messaging, and organizer flows.", True),
        # a role line stays a role line, with or without its full stop
        ("Part-time technology advisor to an Austin-based healthcare startup.", False),
        ("Full-stack developer at a Berlin agency for four retail clients.", False),
        ("Part-time technology advisor to an Austin-based healthcare startup", False),
        # set U: a topic label, then the person's past act, in a Word paragraph with no list style
        ("Web Design and Development: Worked as an intern on the bank's management system and built its app.", True),
        ("OnScreen Productions: produced materials on clinical data for the brand managers' campaign.", True),
        # a strength described, not an act
        ("Systems Thinking: Demonstrating a deep commitment to systems thinking and holistic problem-solving.", False),
        # set AK: a link in brackets is the work's address, not a contact line; a contact line stays one
        ("Built and deployed a quiz game for the school (http://quiz.example.org) on App", True),
        ("Portfolio and contact at http://quiz.example.org or +44 20 7946 0000", False),
    ],
)
def test_set_u_unmarked_text_lines_read_as_claims_and_lines_that_are_not(line, read):
    from po2pm_rewrite.extract import is_bare_achievement

    assert is_bare_achievement(line) is read


def test_set_u_a_readme_that_holds_a_resume_skips_its_setup_sections(linter):
    """Set U: a portfolio README read its Prerequisites, Design Philosophy and Deployment steps,
    after the resume it holds, as 9 claims."""
    text = (
        "# Jane Example\n\n## Professional Experience\n\n### Product Owner @ Acme\n\n- Cut onboarding from 9 steps to 4\n\n"
        "## Tech Stack\n\n- React, Node.js\n\n## Getting Started\n\n### Prerequisites\n\n- Node.js 18+ and npm\n\n"
        "## Design Philosophy\n\n- Generous spacing for enhanced readability\n\n## Deployment\n\n1. Push your code to GitHub\n"
    )
    assert claims_read(linter, text, "markdown") == ["Cut onboarding from 9 steps to 4"]


def test_set_u_a_project_title_in_capitals_does_not_close_the_projects_section(tmp_path):
    """Set U: "DATABASE APPLICATION WHICH USES SQLITE3" was taken for a section title, which
    closed Projects, and the claim under it was dropped in silence; so was a job's title in
    capitals with its years ("PRODUCT OWNER   2022 - 2025")."""
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "PROJECTS\n\nDATABASE APPLICATION WHICH USES SQLITE3\nDelivered an offline tool which manages the records of a school.\n\n"
        "WORK EXPERIENCE\nPRODUCT OWNER        2022 - 2025\nCut the loan approval time from 5 days to 2\n\n"
        "EDUCATION\nBCA in Computer Science\n",
        encoding="utf-8",
    )
    read = claims_read_by_command(resume)
    assert read == ["Delivered an offline tool which manages the records of a school.", "Cut the loan approval time from 5 days to 2"]


def test_a_tab_indented_unmarked_claim_is_placed_at_its_character(linter):
    """Found by the property test: a tab-indented claim under Experience in plain text was given
    the column of the tab expanded to four spaces, past the end of its line."""
    report = linter.check([Source("resume.txt", "## Experience\n\tCut churn 12% for clinics\n", format="text")])
    bullet = report.files[0].bullets[0].bullet
    assert (bullet.start.line, bullet.start.column) == (2, 2)


def test_set_w_a_label_under_a_job_does_not_close_experience_and_sections_about_the_person_are_not_read(linter):
    """Set W: "Coaching and Development:" under WORK EXPERIENCE was taken for a section of its
    own, and the job's claims after it were dropped in silence; lines of "More About Me" and
    "ADDITIONAL INFORMATION" ("I am married with no children.", personal traits) and a
    "Professional Goals" line were read as claims; a tab-indented line opening with an adverb
    and an act ("Proactively engaged ...") was joined to the claim above it."""
    text = (
        "WORK EXPERIENCE\n\nHome Depot - Reston, VA - 05/2008-07/2020\nCoaching and Development:\n\n"
        "\tMentored new hires, fostering team cohesion and cutting training time by 20%.\n"
        "\tAnalyzed sales data to identify trends, implementing changes that boosted quarterly sales by 10%.\n"
        "\tProactively engaged with customers, providing exceptional service and driving repeat business.\n\n"
        "MORE ABOUT ME\n\n\tI am married with no children.\n\tI hold a Blue Card.\n\n"
        "PROFESSIONAL GOALS\n\n\tCompletely transition out of patient care\n\n"
        "ADDITIONAL INFORMATION\n\n\tDynamic personality that inspires people to want to work with me as a team.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Mentored new hires, fostering team cohesion and cutting training time by 20%.",
        "Analyzed sales data to identify trends, implementing changes that boosted quarterly sales by 10%.",
        "Proactively engaged with customers, providing exceptional service and driving repeat business.",
    ]


def test_set_w_word_second_level_o_bullets_of_a_text_export_are_claims(linter):
    """Set W: Word writes its second-level bullet as "o" and a tab in a text export; three such
    claims were dropped in silence (one the resume's revenue result), two read with "o\\t" in them."""
    text = (
        "EXPERIENCE\n\nManager, 2020 \u2013 2023\n\u2022\tLed a team of five to ship a billing feature.\n"
        "o\tCut invoice errors by 20% within one quarter.\no\tReduced support tickets by 30% after launch.\n"
        "\u2022\tDefined the roadmap with sales.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Led a team of five to ship a billing feature.",
        "Cut invoice errors by 20% within one quarter.",
        "Reduced support tickets by 30% after launch.",
        "Defined the roadmap with sales.",
    ]


def test_set_w_a_pdfs_job_titles_in_the_size_of_its_sections_do_not_close_experience(linter):
    """Set W: a PDF rendered every job's title at the level of "Employment Experience"; the first
    ("# Project Manager / Scrum Master", above "XVT Solutions (08/2015 – 02/2016)") closed the
    section, and 24 paragraphs of first-person claims were lost without a note. A name broken
    over two of its lines ("... Sprint Review, Sprint" / "Retrospective and ...") stays one claim."""
    text = (
        "# Employment Experience\n# Project Manager / Scrum Master\nXVT Solutions (08/2015 \u2013 02/2016)\n"
        "I recruited and coached a distributed Scrum Team to create an on-line Planning Portal for the NSW\n"
        "government based on open data.\n"
        "I facilitated the Scrum meetings including Sprint Planning, Sprint Review, Sprint\n"
        "Retrospective and Daily Stand-up. I maintained the Product Backlog in Jira.\n"
        "# Senior Web Developer (Casual)\nCreative Intersection (04/2015 \u2013 08/2015)\n"
        "I improved the generation of monthly reports from 26 hours down to 4 hours.\n"
        "# Education and Qualifications\nBachelor of Science, University of Leeds (1995)\n"
    )
    assert claims_read(linter, text, "text") == [
        "I recruited and coached a distributed Scrum Team to create an on-line Planning Portal for the NSW government based on open data.",
        "I facilitated the Scrum meetings including Sprint Planning, Sprint Review, Sprint Retrospective and Daily Stand-up. I maintained the Product Backlog in Jira.",
        "I improved the generation of monthly reports from 26 hours down to 4 hours.",
    ]


def test_a_sentence_begun_by_a_lines_last_word_goes_on_on_the_next_line(linter):
    """Round SS: a LinkedIn PDF's prose wrapped as "... with a diverse tech stack. Utilized" /
    "Spring Boot and Java for ..."; the verb stayed behind on the first claim and the rest was read
    as a claim of its own that opened with no act."""
    text = (
        "Experience\n\nAcme Corp, Engineer, 2019 - 2021\n"
        "Gained hands-on experience working with a diverse tech stack. Utilized\n"
        "Spring Boot and Java for backend development, AJAX and XML for dynamic data exchange.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Gained hands-on experience working with a diverse tech stack. Utilized Spring Boot and Java for backend development, AJAX and XML for dynamic data exchange."
    ]


def test_set_w_a_jobs_summary_of_its_role_and_duty_is_read(linter):
    """Set W: a Word resume's job summaries ("Senior Chief ... Engineer responsible for ...",
    "Radio-COMSEC Technician charged to troubleshoot ...") were dropped in silence: the first
    word, also in the job's title line above, was taken for the employer's name."""
    text = (
        "EXPERIENCE\n\nSenior Telecommunications Engineer \u2013 82nd Airborne Division (2020 \u2013 Present)\n\n"
        "Senior Chief Electronics and Communications Engineer responsible for Signal readiness of 19,000 Paratroopers and 40,000 communication devices.\n"
        "Scripted maintenance dashboards across the Signal Community, giving every technician one repository of readiness tasks.\n\n"
        "Radio/COMSEC Repairer \u2013 3rd Stryker Brigade Combat Team (2004 \u2013 2008)\n"
        "Radio-COMSEC Technician charged to troubleshoot and diagnose causes of malfunctions on a wide range of electronic equipment.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Senior Chief Electronics and Communications Engineer responsible for Signal readiness of 19,000 Paratroopers and 40,000 communication devices.",
        "Scripted maintenance dashboards across the Signal Community, giving every technician one repository of readiness tasks.",
        "Radio-COMSEC Technician charged to troubleshoot and diagnose causes of malfunctions on a wide range of electronic equipment.",
    ]


def test_set_w_a_jobs_title_after_another_section_goes_back_to_experience(linter):
    """Set W: a two-column PDF set its "Contact Details" between two jobs; the next job's title
    ("# Assistant Director") was taken for a section of its own, and its claims were lost in
    silence. A job's title under Education (an "Associate" degree) stays an entry of Education."""
    text = (
        "# Work Experience\n# Lab Manager\nUniversity of Leeds, UK\nJanuary 2016 to Present\n"
        "Negotiated departmental purchases with vendors and contractors\n"
        "# Contact Details\nMenomonie, WI\n# Assistant Director\nWriting Center - Saint Cloud, MN\n"
        "Managed a staff of over 45 in various service groups\n"
        "Provided guidance to students on general collegiate success\n"
    )
    assert claims_read(linter, text, "text") == [
        "Negotiated departmental purchases with vendors and contractors",
        "Managed a staff of over 45 in various service groups",
        "Provided guidance to students on general collegiate success",
    ]
    markdown = "## Experience\n\n- Cut churn 12% for the clinics app\n\n## Education\n\n### Associate of Science\n\n- Graduated with honors in May 2016\n"
    assert claims_read(linter, markdown, "markdown") == ["Cut churn 12% for the clinics app"]


def test_set_w_a_dash_that_goes_on_a_wrapped_sentence_opens_no_claim(linter):
    """Set W: a PDF's profile sentence wrapped before its dash ("... built for execution" / "—
    most recently delivering $5MM ...") was read as a claim from its middle; a list's dashes,
    which open capitalised claims, stay markers (a tight dash too)."""
    text = (
        "I lead digital strategies which translate system complexity into clear and actionable steps for all\n"
        "\u2014 most recently delivering $5MM in annual savings at Blue Cross NC.\n"
        "WORK EXPERIENCE\nProduct Owner, Acme (2020 - 2023)\n"
        "\u2013 Managed the product backlog for the claims team\n-Wrote user stories for the broker portal\n"
    )
    assert claims_read(linter, text, "text") == ["Managed the product backlog for the claims team", "Wrote user stories for the broker portal"]


def test_set_w_a_jobs_title_in_capitals_ends_a_skill_lists_item(linter):
    """Set W: a two-column PDF set its third job ("SIGNAL ENGINEER III") under its Skills column's
    list, indented like the list's wrapped lines; the job and its claims went on the last skill."""
    text = (
        "# Work Experience\n# Lab Manager\nUniversity of Leeds, UK\n"
        "Negotiated departmental purchases with vendors and contractors\n"
        "# Skills\n\u2022 Managerial and Administrative\n  Budget management\n  Arduino, Raspberry Pi, BeagleBone\n"
        "  SIGNAL ENGINEER III\n  Progress Rail, 2014-2016\n"
        "  Provided circuit diagrams for signal systems\n  Designed aspect charts, track layouts, and other related civil drawings\n"
    )
    assert claims_read(linter, text, "text") == [
        "Negotiated departmental purchases with vendors and contractors",
        "Provided circuit diagrams for signal systems",
        "Designed aspect charts, track layouts, and other related civil drawings",
    ]


def test_set_y_a_bullet_glyph_on_a_line_of_its_own_marks_the_claim_below_it(linter):
    """Set Y: a PDF saved as text puts each "●" on a line of its own and the claim on the next;
    the file was read as having no list markers and none of its 13 claims was checked."""
    text = (
        "COMMERCIAL & SALES EXPERIENCE\n"
        "Junior Sales Assistant | Acme Capital – London, UK (June 2024 – August 2024)\n"
        "●\n"
        "Conducted face-to-face sales outreach across London, engaging\n"
        "diverse prospects to drive product acquisition.\n"
        "●\n"
        "Tracked daily sales transactions and shared consumer feedback with team leads.\n"
        "EDUCATION\n"
        "●\n"
        "BSc Economics, Lancaster University\n"
    )
    assert claims_read(linter, text, "text") == [
        "Conducted face-to-face sales outreach across London, engaging diverse prospects to drive product acquisition.",
        "Tracked daily sales transactions and shared consumer feedback with team leads.",
    ]


def test_set_y_an_unmarked_line_opening_with_used_is_a_claim(linter):
    """Set Y: "Used Terraform, Chef, Puppet ... to provision SQL databases." in a text resume was
    neither read nor left out: "used" is too short for the "-ed" rule that keeps "Red" out."""
    text = (
        "Work Experience\nEngineer\tJan 2020 - Present\nAcme, Houston, TX\n"
        "Led the migration of the billing system to the cloud.\n"
        "Used Terraform to provision SQL databases.\n"
    )
    assert claims_read(linter, text, "text")[-1] == "Used Terraform to provision SQL databases."


def test_set_y_a_job_heading_opening_with_a_bracket_is_no_aside_of_the_claim_above(linter):
    """Set Y: a Word file's job headings open with "(Confidential)"; the last claim of four jobs
    ran into the heading below it, and one of them was then left out as a job title."""
    text = (
        "Experience\n"
        "- Plan and administer a Digital Arts division\n"
        "(Confidential) International Airline | (Contract) Trainer of DevOps Engineers | (Sep 2022 - Jul 2023)\n"
        "- Migrated the build pipelines to GitHub Enterprise\n"
        "- Rebuilt the release process for the mobile app\n"
        "(with the QA lead)\n"
    )
    assert claims_read(linter, text, "text") == [
        "Plan and administer a Digital Arts division",
        "Migrated the build pipelines to GitHub Enterprise",
        "Rebuilt the release process for the mobile app (with the QA lead)",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Value: $10B+ Employees: 90k+", "detail of an entry"),  # a JSON job summary, read five times
        ("Value: >$10B Employees: >90k", "detail of an entry"),  # set AB: the same with ">", four times
        ("ROS 1&2 [Robotics Operating System], Dobot CR5, Python, C++", "skills list"),
        # round SV: the same file's list of areas, whose first word only looks like a verb
        ("Robotics R&D, GCP, Machine Learning, Computer Vision, Software Development, Network & Physical Architecture, DevSecOps", "skills list"),
        ("Database & DevOps — MongoDB, PostgreSQL, MySQL, Docker, Git, RESTful APIs", "skills list"),
        ("Grew revenue: $2M to $5M in a year", None),
        # attack round ATK13, C29: an irregular past before a list is an act, not a skill
        ("Drove Growth, Retention, Pricing, Onboarding for 2M users", None),
        ("Grew ARR, NPS, DAU, Retention across EMEA", None),
        # ATK14: areas that open with a word like a past, tied to no work, are still a list
        ("Built Environment, Urban Design, GIS, AutoCAD, Revit", "skills list"),
        ("Set Theory, Graph Theory, Number Theory, Logic", "skills list"),
        ("EchoStar Technologies, L.L.C. (Englewood, CO / Software Security Engineer)", "skills list"),
        # set AA: what a project is, read as a claim (13 lines of four files)
        ("An advanced survey platform built with Vue.js and Django, offering branching logic.", "description of a project or product"),
        ("A grassroots web app to foster community and teach people longboard tricks.", "description of a project or product"),
        ("This project demonstrates a reverse proxy setup using Caddy.", "description of a project or product"),
        # claims that open the same way
        ("A 20% lift in retention after the onboarding revamp", None),
        ("An increase of 12% in checkout conversion from the redesign", None),
        ("A/B tested three pricing pages with 4,000 trial users", None),
        ("A large part of my role was to set the design system's strategy", None),
        ("A hands-on role as a PM coordinating three POs to replace the document tools", None),
        ("A hike of 2,189 miles was completed on time and within budget.", None),
        ("A citizen service for land data. Built on a new stack. Migrated 24 million titles.", None),
        # set AB: a short sentence that names a developer is no job title
        ("Optimize developer code.", None),
        ("Lead Developer", "job title"),
        ("Senior software developer.", "job title"),
    ],
)
def test_sets_y_aa_ab_lines_that_are_no_claims_and_claims_that_look_like_them(line, reason):
    assert why_not_a_claim(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # set AI: what a student's project is, read as a claim (12 lines of three files)
        ("Includes a React and Tailwind front end.", "description of a project or product"),
        ("Features a dice roller for dice of any number of sides.", "description of a project or product"),  # set AJ
        ("Goal is interactive charts in the browser with simple React components.", "description of a project or product"),
        ("Hermes supports configuration through startup dotfiles.", "description of a project or product"),
        ("Scorewriter includes a Qt front end and a MIDI backend.", "description of a project or product"),
        ("Bakery website for online orders", "description of a project or product"),
        ("Robot to sort parcels by postcode.", "description of a project or product"),
        ("Website using a fine-tuned language model to list campus events.", "description of a project or product"),
        # claims that open the same way
        ("Payments platform for 3M users: owned the roadmap and pricing", None),
        ("Mobile app for field engineers; cut visit times by 20%", None),
        ("Development of a website using HTML5 and CSS3 for the county library", None),
        ("Built a tool for the claims team to track cases", None),
        ("Supports the sales team with a weekly pricing analysis", None),
        ("Includes me as the owner of the partner roadmap", None),
        # set AM: a project's labelled lines in a Word resume, and a technology's two-word name
        ("Summary: App that finds the ten busiest cafés in a city you search.", "description of a project or product"),
        ("Description: online booking and cancellation of bus tickets.", "description of a project or product"),
        ("Role: Part of a team of 4.", "personal detail"),
        ("Experience with: NetSuite, Asana, Jira and the SensorCloud back end.", "skills list"),
        ("With experience in: cell culture, harvesting and lysate testing", "skills list"),
        ("React JS", "keyword"),
        ("Replicate AI", "keyword"),
        ("Summary: Led the move of the billing app to the cloud with two teams.", None),
        ("Role: Wrote the matching service and its tests.", None),
        ("Built API", None),
        # set AM: a portfolio's project lines that say what a project ran on, or the role given
        ("Web Application on Angular, with Spring Boot and NoSQL database", "project title and its stack"),
        ("Web application written in Javascript and PHP", "project title and its stack"),
        ("Outsourced by the agency to a bank in Tokyo and assigned in the role of Engineer.", "job title"),
        ("Assigned in the role of Lead Engineer", "job title"),
        ("Architect + Developer + Tester (flew solo)", "job title"),
        # claims that open the same way
        ("Written applications using standalone Eloquent and Doctrine ORMs", None),
        ("Development of website using HTML5 and CSS3 with a focus on mobile speed", None),
        ("Payments platform on AWS that grew to 3M users", None),
        ("Hired into the role of product owner and rebuilt the claims backlog around 3 customer problems", None),
        # set AJ: tools and domains set side by side with slashes, under a job
        ("TOSCA /powershell / SQL / python / selenium (java)", "skills list"),
        ("Avaloq system / financial domain", "skills list"),
        ("Hardware/Software embedded Systems", "skills list"),
        ("Design/Implementation of the payments API", None),
        ("Backlog/roadmap ownership for payments", None),
        ("Led the CI/CD rollout for the claims teams", None),
        ("Administer Gnu/Linux servers.", None),
        ("Collaboration - UI/UX Designers and Embedded Teams", None),
        ("About 50 visitors/month.", None),
        # set AO: what a project runs on, short tool lines, and what the person knows
        ("Uses Twitter Bootstrap library", "description of a project or product"),
        ("Allows users to import custom models and save scenes.", "description of a project or product"),
        ("Used CSS, HTML.", "skills list"),
        ("Used Sharepoint, Latex, Word.", "skills list"),
        ("Expertise in ISO8583 Network Authorizations and Digital Payments.", "skill statement"),
        ("Have a strong knowledge of Selenium, TestNG, Maven, Java, and GitHub.", "skill statement"),
        ("Proficient in Salesforce and Zoho CRM", "skill statement"),
        # claims that open the same way
        ("Uses SQL to find churn drivers for the claims team", None),
        ("Used SQL and Tableau to find the churn drivers", None),
        ("Knowledge transfer sessions run for 40 new hires", None),
        # set AP: the role and the hours of a job, said in the first person
        ("I currently work as an account executive at Northwind within the Energy division.", "job title"),
        ("I worked 40 hours/week full-time during the summer and 10 hours/week part-time.", "detail of an entry"),
        ("I worked as the PO and ran discovery with 12 clinics to find the intake problem", None),
    ],
)
def test_set_ai_project_descriptions_are_no_claims_and_claims_that_look_like_them_are(line, reason):
    assert why_not_a_claim(line) == reason


def test_set_y_experience_named_by_its_field_is_read_and_schools_is_education(linter):
    """Set Y: "COMMERCIAL & SALES EXPERIENCE" over unmarked claims was no section po2pm knew, and
    the lines under "# Schools" (a degree, a GPA) were read as claims."""
    text = (
        "COMMERCIAL & SALES EXPERIENCE\n"
        "Junior Sales Assistant | Acme Capital (June 2024 - August 2024)\n"
        "Conducted face-to-face sales outreach across London for the savings product.\n"
    )
    assert claims_read(linter, text, "text") == ["Conducted face-to-face sales outreach across London for the savings product."]
    page = "# Experience\n\n- Led the onboarding redesign for the claims app\n\n# Schools\n\n- Graduated with a 3.8 GPA.\n- Helped found a club\n"
    assert claims_read(linter, page, "markdown") == ["Led the onboarding redesign for the claims app"]


def test_set_y_a_file_in_another_script_read_as_empty_is_told_so(tmp_path):
    """Set Y: a Chinese HTML resume, rightly not read, was told it had "no <li> item" (it has 17)
    and to try another input format."""
    page = tmp_path / "resume.html"
    page.write_text(
        '<html><head><style>.skill { color: #333; }</style></head><body><h3>工作經歷</h3><ul>'
        "<li><h4>社群媒體經營：</h4><p>管理Facebook 和 LINE 群組，根據不同活動撰寫推廣文案，成功吸引新人參與活動。</p></li>"
        "</ul></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(page)])
    assert "most of its words are in another script, and po2pm reads English resumes" in result.output
    assert "--input-format" not in result.output


def test_set_y_a_students_academic_projects_are_read_and_a_note_to_check_github_is_not(linter):
    """Set Y: a Word resume's "Academic projects" section was no section po2pm knew, so the two
    paragraphs saying what was built were missed; its footer "*Note: Check Github repoes to see
    actual work" was read as a claim."""
    text = (
        "ACADEMIC PROJECTS\n"
        "Weather App\n"
        "Built a website that shows the weather forecast for any place a visitor types in, using a public API.\n"
        "*Note: Check Github repoes to see actual work\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert [claim for _, claim in kept] == ["Built a website that shows the weather forecast for any place a visitor types in, using a public API."]
    assert why_not_a_claim("*Note: Check Github repoes to see actual work") == "note to the reader"


def test_set_y_an_item_inside_a_macro_definition_is_no_line_of_the_resume(linter):
    """Set Y, both readers: a file of \\newcommand lines that a resume \\inputs listed "#1 (line with
    no words)" as left out, twice: the \\item of a definition holds the macro's parameter."""
    text = (
        "\\newcommand{\\resumeItem}[1]{\n  \\item\\small{\n    {#1 \\vspace{-2pt}}\n  }\n}\n"
        "\\newcommand{\\resumeSubItem}[1]{\\resumeItem{#1}\\vspace{-4pt}}\n"
    )
    kept, skipped, _ = extracted(linter, text, "latex")
    assert kept == [] and skipped == []


def test_set_aa_a_dated_entry_heading_after_a_tools_list_goes_back_to_the_jobs_claims(linter):
    """Set AA: a PDF set each job in a larger size; after a job's "Technologies" list, the next
    job's heading ("Warehouse IT (2015-2018)") names no job title, and its paragraph of claims was
    lost in silence. A span of years makes it an entry's heading; a degree's does not."""
    text = (
        "# Experience\n# Junior Linux Engineer (2022-Present)\n"
        "I automated patching for 300 Linux servers with AWX and cut patch time from 3 days to 4 hours.\n"
        "Technologies\nAnsible\nTerraform\n"
        "# Warehouse IT (2015-2018)\n"
        "I managed the MDM platform for 500+ mobile devices and tablets across four warehouses.\n"
        "Technologies\nLDAP\nActive Directory\n"
        "# BSc Computer Games Technology (2008-2011)\n"
        "Wrote a final-year thesis on procedural level design for mobile puzzle games.\n"
    )
    assert claims_read(linter, text, "text") == [
        "I automated patching for 300 Linux servers with AWX and cut patch time from 3 days to 4 hours.",
        "I managed the MDM platform for 500+ mobile devices and tablets across four warehouses.",
    ]


def test_set_aa_a_qualification_heading_lists_and_does_not_claim(linter):
    text = "# Experience\n- Cut loan approval time from 5 days to 2\n# Qualification\n- Passed the Azure Administrator Associate exam in 2023\n"
    assert claims_read(linter, text, "markdown") == ["Cut loan approval time from 5 days to 2"]


def test_set_aa_an_about_section_and_a_note_that_ai_helped_are_no_claims(linter):
    """Set AA: an HTML page's "ABOUT" paragraphs (what the person is like) and its line "*Some
    content was generated with the assistance of AI.*" were read as claims."""
    page = (
        "<h2>ABOUT</h2>\n<p>As a dedicated IT professional, I bring a background in customer service and accounting.</p>\n"
        "<p>*Some content was generated with the assistance of AI.*</p>\n"
        "<h2>WORK EXPERIENCE</h2>\n<ul><li>Moved 120 laptops to Windows 11 with no lost working day</li></ul>\n"
    )
    kept, _, _ = extracted(linter, page, "html")
    assert kept == [(5, "Moved 120 laptops to Windows 11 with no lost working day")]
    assert why_not_a_claim("*Some content was generated with the assistance of AI.*") == "note to the reader"
    assert why_not_a_claim("Generated 40 qualified leads with an AI chatbot pilot") is None


def test_set_aa_a_named_project_and_a_dash_then_an_act_and_a_short_sentence_are_claims(linter):
    """Set AA: a Word file's "Choose My College – created a website ..." lines under "Experience:"
    and a LaTeX file's "Maintained an organized gradebook." were dropped in silence, while their
    neighbours were read."""
    text = (
        "Experience:\n"
        "Choose My College – created a website that filters colleges by cost and distance.\n"
        "Data Structures – implemented list, set and graph interfaces in Java.\n"
        "Maintained an organized gradebook.\n"
        "Graded weekly labs for 60 students.\n"
        "Shift Supervisor.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Choose My College – created a website that filters colleges by cost and distance.",
        "Data Structures – implemented list, set and graph interfaces in Java.",
        "Maintained an organized gradebook.",
        "Graded weekly labs for 60 students.",
    ]


def test_round_sf_a_short_act_without_a_full_stop_is_a_claim_and_a_short_title_is_not(linter):
    """Round SF: a plain-text job's "Worked with HubSpot" was dropped in silence between claims
    that were read; a title of three or four words that opens with a past form is no claim."""
    text = (
        "EXPERIENCE\n\nProduct Owner, Acme Corp, 2019-2022\n"
        "Managed the backlog for the payments team.\n"
        "Worked with HubSpot\n"
        "Ran sprint planning\n"
        "Managed Services Lead\n"
        "Related work experience\n"
        "Selected projects and talks\n"
        "Certified Scrum Master\n"
    )
    assert claims_read(linter, text, "text") == [
        "Managed the backlog for the payments team.",
        "Worked with HubSpot",
        "Ran sprint planning",
    ]


def test_set_ab_a_jekyll_roles_list_is_a_job_list(linter):
    """Set AB: a Jekyll `_data/resume.yml` kept each job under `roles:`, its claim in `description`;
    the file was read as empty (9 claims, exit 2)."""
    text = (
        "name: Example\nroles:\n"
        "  - title: Team Lead & Senior Software Developer\n    dates: Jan 2015 - May 2017\n    company: NEC\n"
        "    description: Team lead for 10 software developers, pre-sales, solutions design.\n"
        "skills:\n  - title: Tools\n    items: Git, Docker\n"
    )
    assert claims_read(linter, text, "yaml") == ["Team lead for 10 software developers, pre-sales, solutions design."]


def test_set_ab_a_job_told_in_first_person_prose_is_read(linter):
    """Set AB: a PDF told each job in paragraphs; after the first two, 32 claims were lost in
    silence ("Previously I participated in ...", "I was working on VZ kernel ...")."""
    text = (
        "# Experience\nArista Networks Dublin, Ireland\nLinux kernel engineer Sept 2017 – present\n"
        "Currently working on TCP-AO support for the Linux kernel, with a design of its user API.\n\n"
        "Previously I participated in Linux kernel upgrade projects. The goal was to move from older kernels\n"
        "to newer LTS kernels, porting company patches.\n\n"
        "Virtuozzo Moscow, Russia\nKernel engineer Jan 2016 – Jul 2017\n"
        "I was working on the VZ kernel based on RHEL7. I was fixing kernel crashes and adding features.\n"
        "# Education\nI graduated in 2015 with a degree in applied mathematics and physics.\n"
    )
    read = claims_read(linter, text, "text")
    assert "Previously I participated in Linux kernel upgrade projects. The goal was to move from older kernels to newer LTS kernels, porting company patches." in read
    assert "I was working on the VZ kernel based on RHEL7. I was fixing kernel crashes and adding features." in read
    assert not any(line.startswith("I graduated") for line in read)


def test_set_ab_an_unclosed_heading_ends_where_a_list_begins(linter):
    """Set AB: "<h6> Dec 2006 – Sep 2010 <h6>" never closed, and the list under it was read as the
    heading's text, lost in silence."""
    page = (
        "<h2>Experience</h2>\n<h5>Acme Agency</h5>\n<h6> Dec 2006 – Sep 2010 <h6>\n"
        "<ul><li>Developed press kits and the HTML website for 12 clients</li></ul>\n"
    )
    kept, _, _ = extracted(linter, page, "html")
    assert kept == [(4, "Developed press kits and the HTML website for 12 clients")]


def test_set_ab_a_pdfs_ligature_glyphs_are_read_as_their_letters():
    from po2pm_rewrite.formats.pdf import _LIGATURES

    assert "Improved eﬀiciency of the ﬁnance ﬂow".translate(_LIGATURES) == "Improved efficiency of the finance flow"


def test_set_ab_a_role_and_its_years_then_a_dash_and_an_act_is_a_claim(linter):
    """Set AB: "Undergraduate (2012-2015) – Worked in laboratory of ..." was dropped in silence from a
    plain-text resume (twice); a job line of names and years stays a job line."""
    text = (
        "EXPERIENCE\n"
        "Undergraduate (2012-2015) – Worked in the diabetes research laboratory on insulin signaling models.\n"
        "Scrum Master – Lead Bank – 2019 - 2021\n"
    )
    assert claims_read(linter, text, "text") == [
        "Undergraduate (2012-2015) – Worked in the diabetes research laboratory on insulin signaling models."
    ]
    assert why_not_a_claim("Scrum Master – Lead Bank – 2019 - 2021") == "job title"


def test_set_ab_a_word_broken_at_a_line_end_is_joined_when_the_dictionary_knows_it(linter):
    """Set AB: "mainte-" / "nance" and "interoper-" / "ability" kept their hyphens (endings the
    list of word endings did not know); "follow-" / "up" and "self-" / "service" are compounds."""
    text = (
        "EXPERIENCE\n- Led the mainte-\n  nance of the billing platform and its follow-\n  up reviews\n"
        "- Improved interoper-\n  ability of the claims APIs for 40 brokers\n"
    )
    assert claims_read(linter, text, "text") == [
        "Led the maintenance of the billing platform and its follow-up reviews",
        "Improved interoperability of the claims APIs for 40 brokers",
    ]


def test_a_paragraph_of_prose_is_read_a_sentence_at_a_time(linter):
    """Set AF: a job's paragraph ("Hired as a contractor ... Spent time standardizing ... Mentored
    ...") was read as one bullet holding eight claims; its sentences about the product are left
    out with a reason, each sentence keeps its place in the file, and a short pair of sentences
    in a list item stays one bullet."""
    document = (
        "## Experience\n\n### Northwind\n\n"
        "Hired as a contractor to rebuild the claims intake service for 40 brokers. The service routes each claim "
        "to an adjuster within a minute. Spent a quarter standardizing the deployment pipeline for the three teams "
        "that share it. Mentored two new hires through their first release on the claims team.\n\n"
        "- Led the move to AWS. Cut hosting costs 30%.\n"
    )
    kept, skipped, notes = extracted(linter, document, "markdown")
    assert [text for _, text in kept] == [
        "Hired as a contractor to rebuild the claims intake service for 40 brokers.",
        "Spent a quarter standardizing the deployment pipeline for the three teams that share it.",
        "Mentored two new hires through their first release on the claims team.",
        "Led the move to AWS. Cut hosting costs 30%.",
    ]
    assert skipped == [(5, "sentence of a paragraph about the product or the role, not your work")]
    assert any("1 sentence of a paragraph about the product or the role" in note for note in notes)
    # one bullet given as text stays one bullet, however many sentences it holds
    (given, _, _, _), = linter.extract_report([Source("<text>", document.split("\n\n")[2], literal=True)])
    assert len(given) == 1


def test_a_sentence_that_states_what_the_work_before_it_brought_stays_with_it(linter):
    """Sets AY and AZ: a list item's result sentence ("Increased overall usage by over 150% ...",
    "On average, customers experienced an 80% drop ...", "Forecast: $4M ...") was read as a claim of
    its own and the act before it lost its result. A result reached by means of its own, or a
    sentence in the first person, is a claim of its own, and the digits of a name are no figure."""
    act = (
        "Led the product work on the claims app for three insurers, using interview notes and usage data to find where "
        "adjusters lost time, and turned the worst of those pain points into the stories of the next two quarters."
    )
    document = (
        "## Experience\n\n"
        f"- {act} Increased weekly active adjusters by 150% within 6 months.\n"
        f"- {act} On average, each insurer closed claims 3 days sooner.\n"
        f"- {act} Result: cut handling cost 20% in the first year.\n"
        f"- {act} Over 40% of adjusters now file from the app.\n"
        f"- {act} Reduced churn 5% by rewriting the onboarding emails for new insurers.\n"
        f"- {act} Together with two engineers, we moved the RFC5925 work to the ia32 builds.\n"
    )
    claims = claims_read(linter, document, "markdown")
    assert claims[:4] == [
        f"{act} Increased weekly active adjusters by 150% within 6 months.",
        f"{act} On average, each insurer closed claims 3 days sooner.",
        f"{act} Result: cut handling cost 20% in the first year.",
        f"{act} Over 40% of adjusters now file from the app.",
    ]
    assert claims[4:] == [
        act,
        "Reduced churn 5% by rewriting the onboarding emails for new insurers.",
        act,
        "Together with two engineers, we moved the RFC5925 work to the ia32 builds.",
    ]


def test_a_grade_average_and_a_month_written_with_a_comma_are_no_claims(linter):
    """Set AY: an HTML page's Achievements held nine "Maintained a 4.0 GPA ..." lines and four "May,
    2021" dates, all read as claims ("May" taken for a verb); a GPA calculator built is work."""
    document = (
        "<h2>Achievements</h2>\n<p>Maintained a 3.9 GPA during the spring semester of 2022.</p>\n<p>May, 2022</p>\n"
        "<h2>Experience</h2>\n<ul><li>Built a GPA calculator for the student portal used by 2,000 students.</li></ul>\n"
    )
    kept, skipped, _ = extracted(linter, document, "html")
    assert [text for _, text in kept] == ["Built a GPA calculator for the student portal used by 2,000 students."]
    assert sorted(reason for _, reason in skipped) == ["dates", "grade average"]


def test_prose_under_a_dated_job_heading_is_read_with_no_experience_heading_above(linter):
    """Set AF: "## Tech Lead, Acme, Remote *(Oct 2021 - Nov 2023)*" after an Introduction: the
    job's list items were read and its paragraph dropped in silence."""
    document = (
        "## Introduction\n\nEngineer who likes hard problems.\n\n"
        "## Tech Lead, Northwind, Remote *(Oct 2021 - Nov 2023)*\n"
        "I led two developer teams through the move of the claims service to the cloud.\n\n"
        "  * Cut deployment time from a day to an hour\n\n"
        "## BSc Computing, Leeds (2008 - 2011)\n"
        "Final year project on route planning for couriers, with a working prototype.\n"
    )
    kept, _, _ = extracted(linter, document, "markdown")
    assert [text for _, text in kept] == [
        "I led two developer teams through the move of the claims service to the cloud.",
        "Cut deployment time from a day to an hour",
    ]


def test_a_sentence_that_refers_back_to_the_persons_work_is_read_not_left_out_as_about_the_product(linter):
    """Set AI: a JSON job summary's "This work on ... led to ...", "This involved ..." and "The
    results of this analysis were ..." were left out as sentences about the product. Set AK: such
    a sentence goes on with the claim before it, and is read with it, not alone."""
    document = (
        "## Experience\n\n### Northwind\n\n"
        "Rebuilt the claims intake service that routes each claim to an adjuster for the 40 brokers of the firm. "
        "This work on the intake service led to a review of claims routing with the head of operations. "
        "This involved interviewing adjusters in three regional offices about their queues. "
        "The service routes each claim to an adjuster within a minute of its arrival in the queue.\n"
    )
    kept, skipped, _ = extracted(linter, document, "markdown")
    assert [text for _, text in kept] == [
        "Rebuilt the claims intake service that routes each claim to an adjuster for the 40 brokers of the firm. "
        "This work on the intake service led to a review of claims routing with the head of operations. "
        "This involved interviewing adjusters in three regional offices about their queues."
    ]
    assert skipped == [(5, "sentence of a paragraph about the product or the role, not your work")]


def test_a_result_sentence_stays_with_the_claim_it_follows(linter):
    """Set AK: a LaTeX bullet of three sentences was split: "This was an end-to-end project ..."
    left out as about the product, "Currently used to manage 5% of ..." read alone as a claim."""
    document = (
        "\\section{Experience}\n\\begin{itemize}\n"
        "\\item Built a rebalancing tool for the index team's portfolios and the controls around each rebalance. "
        "This was a project of two years that replaced a manual, slow and error-prone process of shared spreadsheets and e-mails. "
        "Currently used to manage 5\\% of the firm's indexed funds\n"
        "\\item Wrote the rules engine for the index files. The vendor feeds arrive every night from four providers.\n"
        "\\end{itemize}\n"
    )
    kept, skipped, _ = extracted(linter, document, "latex")
    assert [text[:30] for _, text in kept] == ["Built a rebalancing tool for t", "Wrote the rules engine for the"]
    assert kept[0][1].endswith("Currently used to manage 5% of the firm's indexed funds")


def test_a_markdown_file_that_heads_its_sections_with_bold_lines_reads_them_as_sections(linter):
    """Set AK: "**QUALIFICATIONS AND SKILLS**" was reported as not read while the lists under its
    sub-titles ("&nbsp;&nbsp;SECURITY") were read as claims, and a front matter's last line over its
    closing "---" was listed as a section heading."""
    from po2pm_rewrite.formats import listing_sections

    text = (
        "---\ntitle: Resume\nclasses: wide\n---\n\n**EXPERIENCE**\n\n**Engineer, Northwind**\n\n"
        "As the team's engineer I moved the claims service to a queue and cut its failures by half.\n\n"
        "* Built the claims API for the branch staff\n\n**QUALIFICATIONS AND SKILLS**\n\n"
        "&nbsp;&nbsp;SECURITY\n\n* In depth knowledge of the OAuth 2.0 protocol\n\n"
        "&nbsp;&nbsp;GENERAL\n\n* Self-reliant and able to work without supervision\n"
    )
    kept, _, _ = extracted(linter, text, "markdown")
    assert [line for line, _ in kept] == [10, 12]
    assert listing_sections(text, "markdown") == [(14, "QUALIFICATIONS AND SKILLS")]


def test_a_paragraph_is_not_split_after_e_g(linter):
    """Set AK's reading snapshot: "... from large medical meetings e.g. European Society of
    Cardiology ..." was split at "e.g." into two claims."""
    text = (
        "## Experience\n\n- Produced a news programme of film and web content from large medical meetings e.g. "
        "European Society of Cardiology and the diabetes association's annual meeting, working within a team of four "
        "producers, camera operators and editors over two years for the medical news website of a publisher\n"
    )
    assert len(claims_read(linter, text, "markdown")) == 1


def test_a_small_caps_heading_is_shown_as_the_reader_sees_it():
    """Set AK, both readers: a PDF's small capitals were listed as "E DUCATION" and "A REAS OF E XPERTISE"."""
    from po2pm_rewrite.extract import listing_heading_lines

    text = "EXPERIENCE\n• Led the claims team's move to the cloud\nA REAS OF E XPERTISE\nData analysis\nE DUCATION\nBSc Physics\n"
    assert listing_heading_lines(text) == [(3, "AREAS OF EXPERTISE"), (5, "EDUCATION")]


def test_a_job_description_in_a_list_of_more_roles_is_read(linter):
    """Set AK: a custom JSON resume's `additionalRoles[].description`, a role at the same employer
    with no bullets of its own, was never read, in silence."""
    text = json.dumps({"experience": [{
        "company": "Harbour Agency", "title": "Account Director", "bullets": ["Won three retail clients in a year"],
        "additionalRoles": [{"title": "Project Manager", "description": "Built the project budgets and delivered 40 campaigns on time."}],
    }]})
    assert claims_read(linter, text, "json") == ["Won three retail clients in a year", "Built the project budgets and delivered 40 campaigns on time."]


def test_an_extracurricular_section_claims_and_an_asterisk_operator_marks_a_bullet(linter):
    """Set AK: a PDF's Extracurricular lines were dropped in silence; a LaTeX PDF's "∗" bullets
    (U+2217, TeX's \\ast) were left out as lines with no list mark."""
    text = (
        "EXPERIENCE\n∗ Rebuilt the claims form for the 40 brokers of the firm.\n"
        "EXTRACURRICULAR\nWomen in Engineering Volunteer Sep. 2011 - Present\n"
        "Volunteered to be a mentor to first year students.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Rebuilt the claims form for the 40 brokers of the firm.",
        "Volunteered to be a mentor to first year students.",
    ]


def test_a_professional_summary_written_as_bullets_is_not_read(linter):
    """Set AL, both readers: a "PROFESSIONAL SUMMARY" / "PROFILE SUMMARY" of bullets was read as claims."""
    text = "## Professional Summary\n\n- 4+ years' experience as an avionics technician\n\n## Experience\n\n- Cut aircraft downtime 20% with a new parts log\n"
    assert claims_read(linter, text, "markdown") == ["Cut aircraft downtime 20% with a new parts log"]


def test_a_section_title_joined_by_or_is_a_section_of_claims(linter):
    """Set AL: "VOLUNTEER EXPERIENCE OR LEADERSHIP" was not taken for a heading, so its paragraph
    was read as part of the Education section above it, and dropped in silence."""
    text = (
        "EDUCATION\nBSc Nursing, University of Gaborone\n\nVOLUNTEER EXPERIENCE OR LEADERSHIP\n"
        "Created a video of real-life scenarios to train the ward's new nurses in patient care.\n"
    )
    assert claims_read(linter, text, "text") == ["Created a video of real-life scenarios to train the ward's new nurses in patient care."]


def test_an_html_heading_over_three_lines_ends_before_the_list_under_it(linter):
    """Set AL: "<h2 ...>" / "SELECTED ACHIEVEMENTS" / "</h2>" and a list right under it: CommonMark
    kept the HTML block open, and the three claims ran together with their "* "."""
    text = (
        "<h2 style=\"text-align: center;\">\nSELECTED ACHIEVEMENTS\n</h2>\n"
        "* Grew the booking app from zero to 40,000 monthly users\n* Managed $1.5M of paid search for two brands\n"
    )
    kept, _, _ = extracted(linter, text, "markdown")
    assert kept == [(4, "Grew the booking app from zero to 40,000 monthly users"), (5, "Managed $1.5M of paid search for two brands")]


def test_another_part_of_a_system_described_is_not_a_claim():
    """Set AL: a prose resume's "Another service manages profiles for clients ..." was read as a claim."""
    from po2pm_rewrite.screen import describes_a_thing

    assert describes_a_thing("Another service manages profiles for the clients and installs their software.")
    assert not describes_a_thing("Another year I led the move of the claims service to the cloud.")
    assert not describes_a_thing("Each app shipped with the core OS and is used by millions of users.")


def test_sentences_after_an_acronym_are_claims_of_their_own(linter):
    """Set AM: "... using JAX. Achieved 2X faster ..." was read as one claim: no sentence ended after
    a capital. An initial ("U.S. Army") still ends none."""
    document = (
        "## Projects\n\n- Trained a game-playing agent with a convolutional network in TensorFlow and sped its "
        "training up by 30% with JAX. Reached twice the average human score on the first twelve levels "
        "of the game with the trained agent, over five hundred runs on the lab's shared cluster of eight GPUs.\n"
        "- Led the data team of the U.S. Army reserve unit through the move of its records to the new "
        "archive system, with three analysts and a clerk, over eighteen months of weekend duty.\n"
    )
    assert [text[:20] for text in claims_read(linter, document, "markdown")] == [
        "Trained a game-playi",
        "Reached twice the av",
        "Led the data team of",
    ]


def test_three_short_sentences_that_open_with_acts_are_three_claims(linter):
    """Set AM: an HTML paragraph "Created wireframes ... Designed application interfaces. Architected
    Flex applications. Developed back end ..." was read as one claim. Two short sentences stay one
    bullet (the rewrite advises splitting them), and "Including ..." goes on with the one before."""
    document = (
        "<h2>Experience</h2>\n<p>Drew the wireframes for the booking tools. Designed the booking screens. "
        "Built the back end in PHP.</p>\n<p>Moved the site to AWS. Cut hosting costs by a third.</p>\n"
        "<p>Set up single sign-on for the intranet. Joined the portal to four login services. Including LDAP and CAS.</p>\n"
    )
    assert [text for text in claims_read(linter, document, "html")] == [
        "Drew the wireframes for the booking tools.",
        "Designed the booking screens.",
        "Built the back end in PHP.",
        "Moved the site to AWS. Cut hosting costs by a third.",
        "Set up single sign-on for the intranet.",
        "Joined the portal to four login services. Including LDAP and CAS.",
    ]


def test_a_paragraph_in_the_first_person_with_a_contraction_is_read(linter):
    """Set AM: "I’m leading the Android Team, ..." under a job was dropped in silence, where "I am
    leading ..." was read."""
    for opening in ("I’m leading", "I'm leading", "We’re running"):
        document = (
            "## Experience\n\n**Northwind** — *Engineer*\n\n"
            f"{opening} the Android team, making sure we meet our milestones with design and QA.\n\n"
            "* Took over the release train in my first month\n"
        )
        assert [text[: len(opening)] for text in claims_read(linter, document, "markdown")] == [opening, "Took over the release train"[: len(opening)]]


def test_a_line_opening_with_an_act_and_an_acronym_is_read(linter):
    """Set AM: a PDF's "Conducting COB (Close of Business) operations ..." was left out as not
    opening with an act, while "Managing and supporting ..." beside it was read."""
    document = (
        "EXPERIENCE\nCore Banking Support Analyst | Northwind Bank | 2021 - 2023\n"
        "Managing and supporting the core banking system for the retail branches\n"
        "Conducting EOD (End of Day) batch runs and keeping the overnight jobs stable\n"
        "EDUCATION\nBSc Computing\n"
    )
    assert [text[:10] for text in claims_read(linter, document, "text")] == ["Managing a", "Conducting"]


def test_an_html_page_that_never_closes_its_head_is_read(linter):
    """Set AM: a resume whose <head> was never closed (no </head>, no <body>) was read as empty:
    everything after it counted as the head's. Its first element of the body closes it, as a
    browser does; the head's own text (its title, a style) is still never read."""
    page = (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset='utf-8'>\n<title>Resume</title>\n"
        "<style>p { color: red }</style>\n"
        "<div class='heading'>Experience</div>\n<h3>Technician, City Schools</h3>\n"
        "<p>• Installed and kept up 400 classroom laptops for the district's schools.<br>\n"
        "• Trained 30 teachers to run the new tablets in their lessons.</p>\n</html>\n"
    )
    assert claims_read(linter, page, "html") == [
        "Installed and kept up 400 classroom laptops for the district's schools.",
        "Trained 30 teachers to run the new tablets in their lessons.",
    ]
    closed = page.replace("<div class='heading'>", "</head>\n<body>\n<div class='heading'>")
    assert claims_read(linter, closed, "html") == claims_read(linter, page, "html")


@pytest.mark.parametrize(
    ("document", "file_format"),
    [
        (
            "resume:\n  - company: Harbour Bank\n    title: Web Developer\n    date_start: 2015-06-01\n"
            "    summary: Moved the loan pages to Rails. Cut the page load time of the rate checker by half.\n"
            "  - company: Fish Market\n    title: Developer\n    summary: Built the order pages of the online shop.\n",
            "yaml",
        ),
        (
            '{"timeline": [{"employer": "Harbour Bank", "position": "Web Developer",'
            ' "summary": "Over two years I moved the loan pages to Rails. Cut the page load time of the rate checker by half."},'
            ' {"employer": "Fish Market", "position": "Developer", "summary": "Order pages of the online shop, built in PHP."}],'
            ' "projects": [{"name": "Claims", "highlights": ["Built the claims API for the branch staff of the bank"]}]}',
            "json",
        ),
    ],
)
def test_a_list_of_jobs_under_a_name_of_its_own_is_read(linter, document, file_format):
    expected = {
        "yaml": ["Moved the loan pages to Rails. Cut the page load time of the rate checker by half.", "Built the order pages of the online shop."],
        "json": [
            "Over two years I moved the loan pages to Rails. Cut the page load time of the rate checker by half.",
            "Order pages of the online shop, built in PHP.",
            "Built the claims API for the branch staff of the bank",
        ],
    }
    """Set AN: "resume: [{company, title, date_start, summary}]" was read as empty, with a note that
    no job had a summary: the list's name was not one of the known ones. Its entries name an
    employer and a title, so it is a list of jobs."""
    assert claims_read(linter, document, file_format) == expected[file_format]


def test_a_markdown_list_item_that_is_only_a_link_is_left_out_as_a_link(linter):
    """Set AO: a page's link lists under each job ("More about Farebox", written as a Vue
    component with an address) were read as claims; a claim with a link in it still is one."""
    document = (
        "## Experience\n\n### Farebox\n\n"
        "- Led the pricing revamp for 40 stores\n"
        "- [Farebox marketing site](https://farebox.example)\n"
        '- <StyleLink href="https://farebox.example">Farebox marketing site</StyleLink>\n'
        '- <a href="/work/farebox">More about Farebox</a>\n'
        "- Built the [booking flow](https://farebox.example/book) used by 30 bus companies\n"
    )
    kept, skipped, _ = extracted(linter, document, "markdown")
    assert kept == [(5, "Led the pricing revamp for 40 stores"), (9, "Built the booking flow used by 30 bus companies")]
    assert skipped == [(6, "link"), (7, "link"), (8, "link")]


def test_job_headings_set_above_an_empty_experience_heading_are_its_entries(linter):
    """Set AO: "### Work History", then each employer as "## Future", "## Farebox" with paragraphs:
    every paragraph was lost in silence. A known section after them still closes Experience, and
    a higher heading after claims were read is a section of its own."""
    document = (
        "### Work History\n\n## Future\n\nBuilt the onboarding flow for 3,000 drivers.\n\n"
        "## Farebox\n\nRan pricing tests with 12 bus operators.\n\n"
        "## Education\n\nStudied design at a community college for two years.\n"
    )
    assert claims_read(linter, document, "markdown") == ["Built the onboarding flow for 3,000 drivers.", "Ran pricing tests with 12 bus operators."]
    after_claims = "### Work History\n\n- Built the onboarding flow for 3,000 drivers\n\n## Volunteering notes\n\nMoved house twice that year with my family.\n"
    assert claims_read(linter, after_claims, "markdown") == ["Built the onboarding flow for 3,000 drivers"]


@pytest.mark.parametrize("file_format", ["yaml", "json"])
def test_a_themes_switched_sections_list_their_entries_and_details(linter, file_format):
    """Set AO: a Hugo theme's front matter, `experience: {enable: true, list: [{..., items:
    [{details: ...}]}]}` and `projects: {enable: true, list: [{title, tagline}]}`, read as empty."""
    data = {
        "experience": {"enable": True, "list": [{"title": "Developer", "company": "Creare", "items": [{"details": "Built the booking API for 30 bus companies"}]}]},
        "projects": {"enable": True, "list": [{"title": "ztDNS", "tagline": "Created a DNS server for a VPN service"}, {"title": "Notes", "tagline": "A notes app for the terminal"}]},
        "education": {"enable": True, "list": [{"degree": "BSc", "university": "A college", "items": [{"details": "Took a course in networks"}]}]},
    }
    if file_format == "json":
        text = json.dumps(data, indent=2)
    else:
        import yaml

        text = yaml.safe_dump(data, sort_keys=False)
    assert claims_read(linter, text, file_format) == ["Built the booking API for 30 bus companies", "Created a DNS server for a VPN service"]


def test_a_jobs_summary_written_as_a_list_is_read_and_talks_given_are_not_claims(linter):
    """Set AO: a YAML resume wrote one job's `summary` as a list (7 claims dropped in silence) and
    listed talks and podcasts among its highlights (14 read as claims)."""
    document = (
        "work:\n  - company: Elastic\n    position: Engineering Manager\n    summary:\n"
        "      - Managed a team of 9 engineers across four time zones.\n"
        "      - Led the release resiliency effort for the hosted product.\n"
        "    highlights:\n      - Led the initiative to automate fleet upgrades\n"
        "      - Guest on CodeNewbie podcast - 2021\n      - Spoke at ElasticON Global 2021\n"
        "      - Spoke at 3 customer advisory boards to validate the pricing change\n"
    )
    kept, skipped, _ = extracted(linter, document, "yaml")
    assert [text for _, text in kept] == [
        "Managed a team of 9 engineers across four time zones.",
        "Led the release resiliency effort for the hosted product.",
        "Led the initiative to automate fleet upgrades",
        "Spoke at 3 customer advisory boards to validate the pricing change",
    ]
    assert skipped == [(9, "talk or publication title"), (10, "talk or publication title")]


def test_a_link_whose_address_holds_brackets_keeps_only_its_label(linter):
    """A wiki address holds a pair of brackets ("Scrum_(software_development)"): the link's label
    stays, the address goes, as for any link (the target pattern stops at an unclosed "(" since
    the sixth round of attacks, A19)."""
    document = "## Experience\n\n- Led the [Scrum](https://en.wikipedia.org/wiki/Scrum_(software_development)) rollout for [Acme](https://acme.example) teams\n"
    assert claims_read(linter, document, "markdown") == ["Led the Scrum rollout for Acme teams"]


def test_a_list_mark_typed_at_the_start_of_an_html_paragraph_is_no_part_of_the_claim(linter):
    """Set AP: a page wrote each duty as `<p>- Conducted energy audits ...</p>`; 21 claims were read
    with their dash, which the score then took for a noun phrase with no verb."""
    document = (
        "<html><body><h2>Experience</h2><h3>Northwind</h3>"
        "<p>- Managed the product backlog for the claims team</p>"
        "<p>• Fostered communication between sales and support</p>"
        "<p>✓ Moved the clinics' intake form online</p>"  # any glyph the other readers take for a bullet
        "<p>3 clinics moved to the new intake flow in a month</p></body></html>"
    )
    kept, _, _ = extracted(linter, document, "html")
    assert [text for _, text in kept] == [
        "Managed the product backlog for the claims team",
        "Fostered communication between sales and support",
        "Moved the clinics' intake form online",
        "3 clinics moved to the new intake flow in a month",
    ]


def test_html_in_markdown_indented_after_a_blank_line_is_read_and_a_titles_aside_is_no_bar(linter):
    """Set AP: a page written in HTML inside Markdown indented its jobs after a blank line in a
    `<div>` (CommonMark reads that as code; Jekyll as HTML), titled the section "Experience — 15.2
    years total", and kept a style sheet whose ".cv-skill-tag {" was listed as a section not read:
    its 18 claims were lost and the file read as empty."""
    document = (
        "<style>\n  .cv-skill-tag {\n    color: green;\n  }\n</style>\n\n"
        '<div class="cv-section">\n  <div class="cv-section-title">Skills</div>\n  <span>Python</span>\n</div>\n\n'
        '<div class="cv-section">\n  <div class="cv-section-title">Experience — 15.2 years total</div>\n'
        '  <div class="cv-section-body">\n\n    <div class="cv-job">\n      <ul>\n'
        "        <li>Lead SOC operations for the bank's three data centres</li>\n"
        "        <li>Cut false alerts by 40% by tuning the SIEM rules</li>\n      </ul>\n    </div>\n  </div>\n</div>\n"
    )
    assert claims_read(linter, document, "markdown") == ["Lead SOC operations for the bank's three data centres", "Cut false alerts by 40% by tuning the SIEM rules"]
    from po2pm_rewrite.formats import listing_sections

    assert not [title for _, title in listing_sections(document, "markdown") if ".cv" in title]


def test_a_job_description_that_says_what_the_person_did_is_read_beside_its_bullets(linter):
    """Set AP: a YAML file's first-person job descriptions beside an achievements list were
    dropped in silence (6), and so was a summary opening on the employer before "I led ...". A
    description beside bullets that only describes the role is still left to the bullets."""
    document = (
        "experience:\n"
        "  - company: Northwind\n    title: Network lead\n"
        "    description: >\n      I managed the office network and a team of three technicians.\n"
        "    achievements:\n      - Built the VPN that linked the four offices\n"
        "  - company: Acme\n    title: Engineer\n"
        "    summary: UK leader in advice software. I led the payments team of 10 engineers.\n"
        "  - company: Beta\n    title: Analyst\n"
        "    description: A hybrid of support and analyst roles.\n"
        "    achievements:\n      - Cut ticket backlog by half in three months\n"
    )
    claims = claims_read(linter, document, "yaml")
    assert "I managed the office network and a team of three technicians." in claims
    assert any("I led the payments team of 10 engineers." in claim for claim in claims)
    assert "A hybrid of support and analyst roles." not in claims


def test_set_aq_json_with_a_line_break_typed_inside_a_string_is_read(tmp_path):
    """Set AQ: a Jekyll `_data/resume.json` with a line break typed inside a highlight was refused
    whole ("invalid JSON ...: Invalid control character at", 18 claims lost); editors and Jekyll
    accept it, and the break means a wrapped line."""
    resume = tmp_path / "resume.json"
    resume.write_text(
        '{"work": [{"company": "Northwind", "highlights": [\n'
        '  "Built the claims portal used by\n   40 brokers",\n'
        '  "Cut routing time by 20% for 12 depots"]}]}\n',
        encoding="utf-8",
    )
    claims = claims_read_by_command(resume)
    assert len(claims) == 2 and claims[1] == "Cut routing time by 20% for 12 depots"
    assert claims[0].startswith("Built the claims portal used by") and claims[0].endswith("40 brokers")


def test_set_aq_a_job_list_named_by_its_item_and_a_role_key_in_words_are_read(linter):
    """Set AQ: a YAML job list's bullets under `duty: [{description: ...}]` (25 claims, the file
    read as empty), and a role written as a key, "Cloud Program Manager (SkillBridge Fellow)",
    whose "SkillBridge" was split as camelCase into "skill bridge" and taken for a skills key (3
    claims dropped in silence). A camelCase identifier key is still read as its words."""
    duties = (
        "experience:\n- title: Software Lead\n  organization: Rocket club\n  duty:\n"
        "  - description: Led a 12 person team building software for a flight computer\n    tags: [Leadership]\n"
        "  - description: Created the message protocol for three sensors at 1000Hz\n    tags: [Rust]\n"
    )
    assert claims_read(linter, duties, "yaml") == [
        "Led a 12 person team building software for a flight computer",
        "Created the message protocol for three sensors at 1000Hz",
    ]
    role_keys = (
        "professional experience:\n- Public Sector:\n  - Cloud Program Manager (SkillBridge Fellow):\n"
        "      bullets:\n      - PM for the move of the state's benefits checks to the cloud\n"
    )
    assert claims_read(linter, role_keys, "yaml") == ["PM for the move of the state's benefits checks to the cloud"]
    identifier = "work:\n- company: Northwind\n  keyAchievements:\n  - Cut parcel routing time by 20% for 40 depots\n"
    assert claims_read(linter, identifier, "yaml") == ["Cut parcel routing time by 20% for 40 depots"]


def test_set_aq_friggeri_entries_are_read_by_their_description(linter):
    r"""Set AQ: a friggeri-cv file's `\entry{dates}{title}{employer}{description}` descriptions
    were read as nothing (27 in silence); a description that ends in a row break before its
    closing brace (`...strategy.\\}`) ran on to the end of the file, as "\}" was taken for an
    escaped brace; a role row set above the description (`\emph{IT Technician} \\`) is no claim."""
    document = (
        "\\begin{document}\n\\section{Experience}\n\\begin{entrylist}\n"
        "  \\entry\n    {03-16 - Now}\n    {Lead DevOps architect}\n    {Northwind, Leeds}\n"
        "    {Designed the deployment pipeline for the claims platform.\\\\}\n"
        "  \\entry\n    {2012--2013}\n    {PC Medic}\n    {St Kilda}\n"
        "    {\\emph{IT Technician and Sales} \\\\\n    Repaired and upgraded 300 shop computers.}\n"
        "  \\entry\n    {2010--2012}\n    {Helpdesk}\n    {Leeds}\n"
        "    {\\emph{Support analyst} \\\\\n    Ran the helpdesk for 40 staff.\n"
        "    \\begin{itemize}\\item Cut ticket backlog by half\\end{itemize}}\n"
        "\\end{entrylist}\n\\end{document}\n"
    )
    assert claims_read(linter, document, "latex") == [
        "Designed the deployment pipeline for the claims platform.",
        "Repaired and upgraded 300 shop computers.",
        "Ran the helpdesk for 40 staff.",
        "Cut ticket backlog by half",
    ]


def test_set_aq_a_paragraph_of_dates_beside_an_employer_heading_heads_a_job(linter):
    """Set AQ: a page with no Experience heading set each job as `<p class="time-period">` dates
    above an `<h1>` employer, then paragraphs: 12 claims dropped in silence. The dates head a
    job, so the paragraphs under it are read; a page without them still reads none."""
    page = (
        "<html><body>\n"
        '<section><header><p class="time-period">Feb 2012 - March 2013</p><h1>Foster Moore</h1></header>\n'
        "<p>I helped maintain registries used by the ministry. This included fixing bugs.</p>\n"
        "<p>Proactively found, reported and dug into potential security issues.</p>\n"
        "</section></body></html>\n"
    )
    assert claims_read(linter, page, "html") == [
        "I helped maintain registries used by the ministry. This included fixing bugs.",
        "Proactively found, reported and dug into potential security issues.",
    ]
    assert claims_read(linter, page.replace("Feb 2012 - March 2013", "Auckland"), "html") == []


def test_set_aq_a_pitch_of_what_the_person_offers_is_no_claim_even_under_a_long_title(linter):
    """Set AQ: 13 lines of a Word file's "WHAT DO I BRING TO THE TABLE?" were read as claims
    ("Strong analytical ... skills.", "Employee recognition award ..."): a title of more than five
    words was never taken for one, even a known one."""
    document = (
        "WHAT DO I BRING TO THE TABLE?\n"
        "- Strong analytical and handling multiple concurrent priorities skills.\n"
        "- Built test frameworks from scratch, all these are my passion.\n\n"
        "EXPERIENCE\n"
        "- Built the regression suite for the claims portal\n"
    )
    assert claims_read(linter, document, "text") == ["Built the regression suite for the claims portal"]


def test_set_aq_projects_of_a_field_beside_its_coursework_are_read(linter):
    """Set AQ: "Selected Optics Coursework and Projects" was skipped as coursework, and its seven
    project claims with it. A title that names projects beside courses and one field word is a
    section of claims; the course list in it is still no claim, and "Coursework" alone still lists."""
    document = (
        "# Selected Optics Coursework and Projects\n\n"
        "Lens Design Optical System Layout Sources and Detectors\n"
        "Designed a spectrometer objective to meet a client's specification demands.\n\n"
        "# Relevant Coursework\n\n"
        "Designed a course project on fibre optics.\n"
    )
    assert claims_read(linter, document, "text") == ["Designed a spectrometer objective to meet a client's specification demands."]


def test_set_aq_a_sentence_of_what_the_work_saved_stays_with_its_claim(linter):
    """Set AQ: "... extending the operational availability of a single unit by 40%. The underway
    replenishment provided a $250,000 cost savings compared to ..." lost its second sentence, left
    out as one about the product: it is the claim's result. A sentence that only describes the
    product is still left out."""
    claim = (
        "Authored precise execution orders to enable integration across diverse military platforms during key operations, "
        "resulting in the first successful 30-day replenishment of an at-sea submarine, extending the operational availability "
        "of a single unit by 40%. The underway replenishment provided a $250,000 cost savings compared to alternative methods."
    )
    document = f"work:\n  - company: Navy\n    highlights:\n      - {claim}\n"
    assert claims_read(linter, document, "yaml") == [claim]
    described = claim.replace("The underway replenishment provided a $250,000 cost savings", "The platform provides a modern workflow")
    assert claims_read(linter, f"work:\n  - company: Navy\n    highlights:\n      - {described}\n", "yaml") == [described.split(" The platform")[0]]


def test_set_aq_a_dated_role_line_that_goes_on_with_an_act_is_told_not_dropped(linter):
    """Set AQ: "Aashray Foundation (2023 – 2024) – HR Intern & Volunteer; conducted workshops for
    50+ students" was dropped in silence as a job's title line, its claim with it. It is now
    listed as left out, so the person sees it; a dated title line alone stays silent."""
    document = (
        "Experience\n\n- Built the data pipeline for the clinic\n\nVolunteering\n\n"
        "Aashray Foundation (2023 – 2024) – HR Intern & Volunteer; conducted workshops for 50+ students.\n"
        "Northwind Clinic (2021 – 2022) – Volunteer coordinator for the weekend front desk\n"
    )
    kept, skipped, _ = extracted(linter, document, "text")
    assert [claim for _, claim in kept] == ["Built the data pipeline for the clinic"]
    assert skipped == [(7, "job title")]  # line 7, the Aashray line, told; the Northwind line stays silent


def test_a_markdown_job_paragraph_under_its_date_line_and_hard_broken_lines_are_read(linter):
    """Set AR: a bold date line with the job's sentence right below it (no blank line: one
    paragraph to CommonMark) was judged on the date and lost, a page of 12 jobs read as empty; and
    lines with hard breaks under a role line were lost as one paragraph. Each hard-broken line
    is its own claim; a break before a word in lower case goes on the sentence."""
    document = (
        "## Experience\n\n### UX Lead at Northwind\n**Aug 2022 – Present**\n"
        "Leads design and research for the fleet monitoring product.\n\n"
        "__Research Associate | State |__ _2016-2018_  \n"
        "    Managed NRCS 201--202 water quality project  \n"
        "    Conducted data analysis and prepared  \n"
        "    manuscripts for the board\n\n"
        "**Product Owner**\nAcme Travel\n"
    )
    kept, _, _ = extracted(linter, document, "markdown")
    assert kept == [
        (5, "Leads design and research for the fleet monitoring product."),
        (8, "Managed NRCS 201--202 water quality project"),
        (9, "Conducted data analysis and prepared manuscripts for the board"),
    ]


def test_one_claim_lists_of_a_schema_of_its_own_are_read_beside_its_longer_ones(linter):
    """Set AR: `positions[].experience[]` lists of one claim were dropped in silence while the
    lists of two under the same key were read; a one-item list under another key is not read."""
    document = json.dumps({"clubs": [
        {"positions": [{"experience": ["Arranged talks and workshops for computer science students"], "title": "VP"}]},
        {"positions": [{"experience": ["Listened to pitches from student founders", "Gave each team written feedback on its plan"], "title": "Judge"}]},
        {"notes": ["Same as above for the spring term"]},
    ]})
    assert claims_read(linter, document, "json") == [
        "Arranged talks and workshops for computer science students",
        "Listened to pitches from student founders",
        "Gave each team written feedback on its plan",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Executive Chef, Banquet & Catering Manager", "job title"),
        ("Pastoral Secretary, Office Manager, Volunteer Coordinator", "job title"),
        ("Trailercakes LLC", "company and place"),
        ("Employed 5 years", "detail of an entry"),
        ("React Native", "keyword"),
        ("Led Sales, Marketing & Operations", None),
        ("Grew Acme Inc", None),
    ],
)
def test_job_lines_of_several_titles_company_names_and_tenure_are_no_claims(line, reason):
    """Set AR: an HTML page's job lines of two or three titles, a company's name and a tenure line
    were read as claims, and a JSON Resume's "React Native" among its tool highlights."""
    assert why_not_a_claim(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("University of Maryland College Park, MD", "company and place"),
        ("The University of Leeds, Leeds, UK", "company and place"),
        ("Imperial College London", "company and place"),
        ("Modules: epidemiology, statistics for public health, health economics", "skills list"),
        ("Led the University of Leeds app redesign for 30,000 students", None),
        ("Managed the College of Nursing intake portal for the dean", None),
        ("Stakeholders: finance, claims and the sales team, who wanted faster quotes", None),
    ],
)
def test_round_saa_a_school_and_its_place_and_a_degrees_modules_are_no_claims(line, reason):
    """Round SAA: a school's line under a PDF's job and a line of a degree's modules, in lower
    case after their label, were read as claims."""
    assert why_not_a_claim(line) == reason


def test_beliefs_about_how_to_work_are_a_section_of_no_claims(linter):
    """Set AR: an "engineering philosophy" list at the top of a page was read as seven claims."""
    document = (
        "## Engineering philosophy\n\n* **typed interfaces** to keep the framework layer honest\n\n"
        "## Experience\n\n* Built the booking flow for the travel app\n"
    )
    assert claims_read(linter, document, "markdown") == ["Built the booking flow for the travel app"]


def test_an_empty_file_and_an_experience_of_titles_only_are_told_so(linter):
    """Set AR: an empty file was told what was looked for in it, and a text file whose Experience
    holds only titles, employers and dates was told it had no Experience heading (and to pipe its
    lines, which would check the titles as claims)."""
    _, _, notes = extracted(linter, "\n  \n", "text")
    assert notes == ("the file is empty",)
    titles_only = "EXPERIENCE\n----------\n\nCreative Director\nThe Woolley Market\nJanuary 2014 - June 2014\n"
    _, _, notes = extracted(linter, titles_only, "text")
    assert len(notes) == 1
    assert "no line under its Experience heading opens with an act of yours" in notes[0]
    assert "pipe" not in notes[0]


def test_html_h7_to_h9_headings_open_their_sections(linter):
    """Set AR: a hand-written page's `<h8>PROFESSIONAL TRAINING</h8>` and `<h9>SOFTWARE
    SKILLS</h9>` were no headings, and 8 courses and 4 tool lines under them read as claims."""
    page = (
        "<h8>KEY EXPERIENCE</h8><ul><li>Built the drainage model for the city's flood plan</li></ul>"
        "<h8>PROFESSIONAL TRAINING</h8><ul><li>Training on ArcGIS by a GIS firm</li></ul>"
        "<h9>SOFTWARE SKILLS</h9><ul><li>Computer aided design software: AutoCAD, Civil 3D</li></ul>"
    )
    kept, _, _ = extracted(linter, page, "html")
    assert [text for _, text in kept] == ["Built the drainage model for the city's flood plan"]


def test_an_empty_moderncv_entry_used_as_a_spacer_reads_as_nothing(linter):
    """Round SAA: `\\cventry{}{}{}{}{}{}` before `\\newpage`, a spacer, failed the whole file (exit 3,
    IndexError: a title slot of no words), and its 61 claims with it; a title of one or two words
    is no claim either."""
    body = (
        "\\section{Experience}\n"
        "\\cventry{2019}{Product Owner}{Acme}{}{}{\\begin{itemize}\\item Ran the pricing experiments for the loans app\\end{itemize}}\n"
        "\\cventry{}{}{}{}{}{}\n"
        "\\cventry{2018}{\\textbf{}}{}{}{}{}\n"
        "\\cventry{2017}{Shipped}{Acme}{}{}{}\n"
        "\\newpage\n"
    )
    assert claims_read(linter, latex_document(body, "moderncv"), "latex") == ["Ran the pricing experiments for the loans app"]


def test_a_moderncv_entry_without_description_whose_title_states_the_act_is_a_claim(linter):
    """Set AR: `\\cventry{2014-2015}{\\emph{Collected and coded ...}}{Dr. ...}{}{}{}`, a research
    assistant's claims in the title slot, were read as nothing; a course "Taught by" someone
    else, in the same slot, is no claim."""
    body = (
        "\\section{Research Assistance}\n"
        "\\cventry{2014-2015}{\\emph{Collected and coded state legislative preambles}}{Dr. A. Karch}{}{}{}\n"
        "\\cventry{Fall 2013}{Taught by Dr. J. Sullivan}{Political Psychology}{}{}{}\n"
    )
    assert claims_read(linter, latex_document(body, "moderncv"), "latex") == ["Collected and coded state legislative preambles"]
    # round SV: a job whose first word reads as a past is a title, not an act
    jobs = (
        "\\section{Experience}\n"
        "\\cventry{2016--2023}{Embedded Systems Engineer}{}{}{}{}\n"
        "\\cvlistitem{Built the call-recording middleware for the hospital's telephony servers.}\n"
    )
    assert claims_read(linter, latex_document(jobs, "moderncv"), "latex") == ["Built the call-recording middleware for the hospital's telephony servers."]
    # attack round ATK13, C30: a claim whose last word is a job's ("Hired the first data scientist")
    # was dropped in silence; a job of six capitalised words is still a title
    acts = (
        "\\section{Experience}\n"
        "\\cventry{2021}{Hired the first data scientist}{Acme}{}{}{}\n"
        "\\cventry{2020}{Onboarded a new team member}{Acme}{}{}{}\n"
        "\\cventry{2017}{Embedded Software and Firmware Test Engineer}{Acme}{}{}{}\n"
        # ATK14, C43: a claim in capitals whose past names no job's kind
        "\\cventry{2016}{Recruited Our First Senior Product Manager}{Acme}{}{}{}\n"
    )
    assert claims_read(linter, latex_document(acts, "moderncv"), "latex") == [
        "Hired the first data scientist", "Onboarded a new team member", "Recruited Our First Senior Product Manager",
    ]


def test_educational_activities_is_a_section_of_claims(linter):
    """Set AR: a Word file's student projects under "Educational activities", right after
    Education, were read as part of Education and dropped in silence."""
    text = (
        "Education\nMSc Cyber Security, University of West London, 2022\n"
        "Educational activities\n- Created an inventory application in Python for a university project\n"
    )
    assert claims_read(linter, text, "text") == ["Created an inventory application in Python for a university project"]


def test_a_job_list_under_a_key_po2pm_does_not_know_is_read_where_its_items_read_as_claims(linter):
    """Set AS: a job's list under "responsabilities" (misspelled) was not read, and the file, whose
    hobbies were found, read as empty; a custom schema's list of "Responsible for ..." duties was
    dropped whole, in silence, and its duties set aside as keywords."""
    document = json.dumps({
        "work": [{"company": "Haufe Group", "position": "Software Engineer",
                  "responsabilities": ["developed web applications for the tax team", "mentored less experienced developers on the team"]}],
        "interests": ["traveling", "board games"],
    })
    assert claims_read(linter, document, "json") == [
        "developed web applications for the tax team", "mentored less experienced developers on the team",
    ]
    custom = json.dumps({"sections": [{"h1": "Work Experience", "ul": [
        {"h2": "Khafji Joint Operations", "ul": ["Responsible for NTP server", "Responsible for OTN Network", "Responsible for IPTV System"]},
    ]}]})
    assert claims_read(linter, custom, "json") == ["Responsible for NTP server", "Responsible for OTN Network", "Responsible for IPTV System"]


def test_presentations_and_repositories_are_sections_of_no_claims(linter):
    """Set AS: talk abstracts under "Presentations" and a page's blurb under "Repositories" were
    read as claims."""
    page = (
        "<h2>Experience</h2><ul><li>Built the fraud rules engine for the card team</li></ul>"
        "<h2>Presentations</h2><p>Abstract: Piracy remains a persistent problem for the games industry today.</p>"
        "<h2>Repositories</h2><p>I am very active on Github, with over 1500 commits in the last year.</p>"
    )
    assert claims_read(linter, page, "html") == ["Built the fraud rules engine for the card team"]


def test_a_case_studys_need_is_context_and_its_solution_label_is_not_part_of_the_claim(linter):
    """Set AS: "Business Need : ..." lines were read as claims, and "Solution : Built ..." claims
    kept their label in front; a result that opens with no act keeps its label."""
    text = (
        "PROJECTS\n"
        "• Business Need : Clinics need faster screening tools to avoid delays in patient care.\n"
        "• Solution : Built preprocessing pipelines that filter abnormal blood markers for the triage team.\n"
        "• Result: triage time down 40% in the first quarter\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert [claim for _, claim in kept] == [
        "Built preprocessing pipelines that filter abnormal blood markers for the triage team.",
        "Result: triage time down 40% in the first quarter",
    ]
    assert skipped == [(2, "project's context")]


def test_an_indented_experience_title_or_dated_job_line_is_no_tail_of_the_item_above(linter):
    """Set AT: a PDF set its headings and job lines two spaces in from its "•Built ..." items, and
    "  Work Experience" after the last certification was read as that item's tail: the whole
    Experience was taken for part of Certifications, the file read as empty."""
    text = (
        "Certifications\n"
        "•AWS: Certified Cloud Practitioner, Certified Machine Learning Specialist\n"
        "  Work Experience\n"
        "  AI/ML Software Engineering Intern May 2026 — Aug 2026\n"
        "•Built an AI query tool over 10 PB for 30+ finance analysts\n"
        "  AI Engineering Intern May 2024 — Sep 2024\n"
        "•Engineered diffusion models for real-time predictions\n"
    )
    assert claims_read(linter, text, "text") == [
        "Built an AI query tool over 10 PB for 30+ finance analysts",
        "Engineered diffusion models for real-time predictions",
    ]


def test_a_yaml_job_history_and_bulletpoints_are_read(linter):
    """Set AT: `jobHistory: [{company, description}]` (first-person paragraphs) and a work entry's
    `bulletpoints: [{position, description}]` were dropped in silence."""
    history = (
        "jobHistory:\n  - company: Trademark Ads\n    startDate: 2015-01\n"
        "    description: I wrote backend features for the hospital jobs site and built an internal project tracker.\n"
    )
    assert claims_read(linter, history, "yaml") == ["I wrote backend features for the hospital jobs site and built an internal project tracker."]
    points = (
        "work:\n  - company: Northwind\n    position: Lead Developer\n    bulletpoints:\n"
        "      - position: Management\n        description: Restructured team agreements and daily routines to great effect\n"
    )
    assert claims_read(linter, points, "yaml") == ["Restructured team agreements and daily routines to great effect"]


def test_extract_of_files_read_as_empty_points_to_the_notes_where_they_are(tmp_path):
    """Sets AS and AT: with `-f json`, the closing error said "the notes above", but the notes
    are in the JSON report on stdout."""
    (tmp_path / "cv.md").write_text("# Ana Example\n\nA paragraph about the person.\n", encoding="utf-8")
    shown = runner.invoke(app, ["extract", str(tmp_path / "cv.md")])
    as_json = runner.invoke(app, ["extract", "-f", "json", str(tmp_path / "cv.md")])
    assert shown.exit_code == as_json.exit_code == 2
    assert "(the notes above say what was looked for)" in shown.output
    assert "(each file's notes in the JSON report say what was looked for)" in as_json.output
    assert json.loads(as_json.output[: as_json.output.rindex("}") + 1])["files"][0]["notes"]


def test_set_as_a_tech_heading_with_an_icon_lists_tools(linter):
    """Set AS: an HTML page's "<h1><i class=...></i>Tech</h1>" section of tool lines was read
    (two of its lines as claims); "Tech" names a listing section, as "Tech stack" does."""
    page = (
        "<h1><i class=\"fa fa-briefcase\"></i>Experience</h1>\n"
        "<ul><li>Shipped the offline mode of the field-service app to 4,000 engineers</li></ul>\n"
        "<h1><i class=\"fa fa-wrench\"></i>Tech</h1>\n"
        "<ul><li>Universal Windows Platform, (some) native iOS and Android development</li>\n"
        "<li>Redis, RabbitMQ/AMQP</li></ul>\n"
    )
    assert claims_read(linter, page, "html") == ["Shipped the offline mode of the field-service app to 4,000 engineers"]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        # set AT: a JSON job's summary goes on about the employer after its first sentence
        ("Northwind was acquired by a larger lender in 2014.", "line about the employer"),
        ("They offer a booking API as well as web and mobile apps for clinics.", "line about the employer"),
        # a certificate given to the person, among a job's highlights
        ("Received Salesforce certification for the Service Cloud", "certificate"),
        ("Earned the AWS Solutions Architect certification", "certificate"),
        # a summary of the person under the Experience heading of a Word file
        ("About me: Product manager with eight years in logistics and payments", "personal detail"),
        # claims that look alike stay claims
        ("Northwind was acquired by a larger lender after we tripled its loan book", None),
        ("They shipped the booking API two sprints early after I cut the reporting scope", None),
        ("Achieved ISO 27001 certification for the payments platform by leading the audit", None),
        ("Received 3 customer awards for the billing launch", None),
        ("Talked about me and my team at the all-hands", None),
    ],
)
def test_set_at_lines_about_the_employer_certificates_and_the_person_are_no_claims(line, why):
    assert why_not_a_claim(line) == why


def test_a_json_resume_jobs_overview_beside_its_highlights_is_not_a_claim(linter):
    """Set AZ: JSON Resume `work[].summary` lines that describe the person in the role ("Technical
    lead who operates like a founding engineer.") were read as claims beside the job's highlights.
    A summary that says what was done, or names the work ("Backend development of ...": set RA),
    is still read, and so is a job's only summary."""
    document = json.dumps({"work": [
        {"name": "Harbour Bank", "summary": "Platform engineer who cares about the whole loan journey.",
         "highlights": ["Moved the loan pages to Rails for the branch staff"]},
        {"name": "Fish Market", "summary": "Led the move of the order pages to the cloud.",
         "highlights": ["Built the order pages of the online shop"]},
        {"name": "Fish Market", "summary": "Backend development of the order pages for the shop.",
         "highlights": ["Cut the page load time of the order pages by half"]},
        {"name": "Claims Ltd", "summary": "Claims portal engineer for the broker team."},
    ]})
    assert claims_read(linter, document, "json") == [
        "Moved the loan pages to Rails for the branch staff",
        "Led the move of the order pages to the cloud.",
        "Built the order pages of the online shop",
        "Backend development of the order pages for the shop.",
        "Cut the page load time of the order pages by half",
        "Claims portal engineer for the broker team.",
    ]


def test_a_short_line_of_work_for_a_named_client_is_told_when_left_out(linter):
    """Set RA: a freelancer's text CV listed clients a line each, "GP Newspaper: news reporting",
    with no list mark; the short ones were dropped in silence, neither read nor told."""
    text = (
        "EXPERIENCE\n\nHarbour Health Weekly: regular contributor reporting from medical conferences\n"
        "Northwind Post: news reporting\nFish Market Journal: features and news.\n"
        "Northwind Bank, London\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert kept == []
    assert [line for line, _ in skipped] == [3, 4, 5]


def test_a_client_line_whose_work_holds_a_listing_word_is_told_not_taken_for_a_section(linter):
    """Set RA: "Medical Imaging International: conference reporting" was taken for a section
    heading ("conference" names an academic CV's listing) and dropped in silence."""
    text = (
        "EXPERIENCE\n\nHarbour Imaging Review: conference reporting\n"
        "Northwind Post: news reporting\n- Wrote the launch plan for the clinic booking app\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [5]
    assert [line for line, _ in skipped] == [3, 4]


def test_an_expected_graduation_line_is_no_claim(linter):
    """Set RB: "Expected Graduation: June 2025", a bulleted line under a school's name in capitals,
    was read as a claim; a graduation planned as work is a claim."""
    text = (
        "PROJECTS\n- Built the course planner for 300 students of the engineering school\n"
        "- Expected Graduation: June 2025\n- Graduation date - 2024\n"
        "- Planned the graduation ceremony app for the student union\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [2, 5]
    assert [reason for _, reason in skipped] == ["graduation date", "graduation date"]


def test_a_run_in_label_before_the_act_is_no_part_of_the_claim(linter):
    """Set RC: a PM's page opened every claim with a bold label ("AI Workflow Strategy &
    Execution: Built ..."); 18 of 19 claims were read with the label in front, whose words then
    spoke for the claim. The label stays in the file; the claim starts at the act. A lower-case
    sentence after a label stays whole ("Outcome: provisioning lead time fell ...")."""
    text = (
        "## Experience\n\n- **Roadmap Evolution:** Partnered with sales to turn pilot requests into the 2025 roadmap\n"
        "- Project Manager (Contract): Managed the rollout of the clinic booking app to 40 sites\n"
        "- Outcome: booking lead time fell from days to hours\n"
    )
    kept, _, _ = extracted(linter, text, "markdown")
    assert kept == [
        (3, "Partnered with sales to turn pilot requests into the 2025 roadmap"),
        (4, "Managed the rollout of the clinic booking app to 40 sites"),
        (5, "Outcome: booking lead time fell from days to hours"),
    ]
    result = runner.invoke(app, ["extract", "-f", "json", "-"], input=text)
    columns = [(bullet["line"], bullet["column"]) for bullet in json.loads(result.output)["files"][0]["bullets"]]
    assert columns == [(3, 26), (4, 31), (5, 3)]


def test_an_html_definition_list_of_jobs_is_read_as_experience(linter):
    """Set RD: a coach's page set each engagement as "<dt>Role at Employer</dt>" and its
    paragraphs in the <dd> after it, under no Experience heading: some 70 claims were read as
    none. The terms are job titles, no claims; a testimonial in a <blockquote> is someone else's."""
    page = (
        "<html><body><h1>Resume</h1><ul><li><a href='index.html'>Overview</a></li></ul>\n"
        "<dl>\n<dt>Agile Coach at Northwind Bank</dt>\n<dd><p>March 2019 - May 2021, Ohio</p>\n"
        "<p>Coached four teams on test-first delivery of the lending portal.</p>\n"
        "<blockquote><p>She is the best coach we ever had.</p></blockquote></dd>\n"
        "<dt>Trainer at Harbour Academy (contractor)</dt>\n<dd><p>Taught Java classes to 300 students.</p></dd>\n</dl>\n"
        "</body></html>\n"
    )
    assert claims_read(linter, page, "html") == [
        "Coached four teams on test-first delivery of the lending portal.",
        "Taught Java classes to 300 students.",
    ]


def test_an_html_blockquote_that_opens_with_the_persons_act_is_a_claim(linter):
    """Round SN: a Jekyll page set each job's "Key Achievement:" in a <blockquote> after its list,
    and all five were dropped in silence; a testimonial in one stays someone else's words."""
    page = (
        "<html><body><h2>Experience</h2><p><strong>Product Owner</strong> Harbour Bank, 2019 - 2022</p>\n"
        "<ul><li>Ran the backlog of the card controls squad.</li></ul>\n"
        "<blockquote><p><strong>Key Achievement:</strong> Successfully shipped card freezing to 40,000 customers.</p></blockquote>\n"
        "<blockquote><p>She is the best product owner we ever had.</p>\n"
        "<p>Her backlog was always in order.</p></blockquote>\n"
        "</body></html>\n"
    )
    assert claims_read(linter, page, "html") == [
        "Ran the backlog of the card controls squad.",
        "Successfully shipped card freezing to 40,000 customers.",
    ]


def test_a_page_of_menu_items_only_is_told_what_was_looked_for(tmp_path):
    """Set RD: three navigation items, read and left out as keywords, hid the note that says
    what po2pm looks for in an HTML page, and the error pointed at notes that were not there."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Resume</h1><ul><li><a href='a.html'>Overview</a></li><li>Engagements</li></ul>\n"
        "<div><p>I coach teams at a bank.</p></div></body></html>\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(page)])
    assert result.exit_code == 2
    assert "note: no bullets found (read as html: no <li> item that reads as a claim, and no paragraph under an Experience" in result.output


@pytest.mark.parametrize("heading", ["Current positions", "Entrepreneurship"])
def test_current_positions_and_entrepreneurship_are_sections_of_claims(linter, heading):
    """Set RD: a Jekyll page's prose under "## Current positions" was dropped in silence; set RC:
    a founder's unmarked lines under "Entrepreneurship" were lost."""
    text = f"# Resume\n\n## {heading}\n\nFounded a booking service for climbing gyms and grew it to 40 gyms in two years.\n\n## Skills\n\n- Python\n"
    assert claims_read(linter, text, "markdown") == ["Founded a booking service for climbing gyms and grew it to 40 gyms in two years."]


def test_an_employer_line_with_a_note_in_brackets_is_no_claim(linter):
    """Set RC: "Lytho (SaaS, Project Management Software) Remote", an employer's line in a PDF,
    was read as a claim: its second word opened with "(", not a capital. Words that run on after
    the brackets still read as a line of work."""
    text = (
        "WORK EXPERIENCE\n\nNorthwind (SaaS, Project Management Software) Remote\n"
        "Senior Product Manager May 2022 - Aug 2023\n- Cut churn by 15% with a time-tracking feature\n"
        "Harbour Press (Medical Publishing) intelligence reports of around 20,000 words on pricing of orphan drugs.\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [5]
    assert [line for line, _ in skipped] == [6]  # told, as a line with no list mark


def test_a_summary_heading_lists_a_profile_but_a_jobs_summary_key_holds_claims(linter):
    """Set RC: a text CV's "##SUMMARY" bullets ("Agile Coach: coaching teams and organisations
    ...") were read as claims. A job's `summary` in JSON Resume is still read."""
    text = "#Jane Roe\n\n##SUMMARY\n* **Agile Coach**: coaching teams through Agile transformations\n\n##EXPERIENCE\n* Coached four teams at a bank\n"
    assert claims_read(linter, text, "text") == ["Coached four teams at a bank"]
    resume = json.dumps({"work": [{"name": "Northwind", "summary": "Led the rebuild of the claims portal for 40 brokers."}]})
    assert claims_read(linter, resume, "json") == ["Led the rebuild of the claims portal for 40 brokers."]


def test_subject_to_nda_under_a_job_is_a_note_to_the_reader(linter):
    """Set RC: "Subject to NDA." under a PM's job was read as a claim."""
    kept, skipped, _ = extracted(linter, "## Experience\n\n- Subject to NDA.\n- Cut churn by 15% with a time-tracking feature\n", "markdown")
    assert [text for _, text in kept] == ["Cut churn by 15% with a time-tracking feature"]
    assert skipped == [(3, "note to the reader")]


def test_set_re_a_name_or_acronym_broken_at_its_hyphen_keeps_the_hyphen_and_no_space(linter):
    """Set RE: a PDF's "TCP-" / "MD5" read as "TCP- MD5"; a capital or a digit after the hyphen
    goes on the name, as "self-" / "service" goes on a compound."""
    text = "EXPERIENCE\n- Merged the TCP-\n  MD5 changes and moved the Chat-\n  GPT plug-in to the new API\n"
    assert claims_read(linter, text, "text") == ["Merged the TCP-MD5 changes and moved the Chat-GPT plug-in to the new API"]


def test_set_re_a_project_name_in_capitals_above_its_role_and_dates_is_no_section(linter):
    """Set RE: a PDF's second page opened with a project's name on a line of its own ("CRIU"),
    above "Maintainers team Dec '16 - present": read as a section po2pm does not know, its three
    jobs (15 claims) were lost in silence."""
    text = (
        "EXPERIENCE\n\nAcme  Moscow, Russia\nKernel engineer 2015 - 2016\n"
        "I fixed kernel crashes and added features for testing customers.\n\n"
        "CRIU\nMaintainers team Dec 2016 - present\n"
        "I made Linux kernel patches to support 32-bit Checkpoint/Restore.\n"
        "Addressed issues with the mmap allocator and added support to the tool itself.\n"
    )
    assert claims_read(linter, text, "text") == [
        "I fixed kernel crashes and added features for testing customers.",
        "I made Linux kernel patches to support 32-bit Checkpoint/Restore.",
        "Addressed issues with the mmap allocator and added support to the tool itself.",
    ]


def test_set_re_a_line_passed_over_is_told_with_the_lines_it_wraps_onto(linter):
    """Set RE: a PDF paragraph's line that is not the person's claim was left out, and the line it
    wraps onto ("the CPUs at the wrong voltage, which I ...") was read as a claim of its own."""
    text = (
        "EXPERIENCE\nSamsung Research   Kernel engineer 2014 - 2015\n"
        "Samsung builds the kernel of its TV sets on Linux, and the scheduler of the sets ran one of\n"
        "the CPUs at the wrong voltage, which I found and fixed with the vendor's team.\n"
        "Developed the TV kernel scheduler patches for the ARM boards used in the product line.\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [5]
    assert [line for line, _ in skipped] == [3]


def test_set_re_the_next_employer_written_in_lower_case_is_not_the_claims_tail(linter):
    """Set RE: a PDF's claim, wrapped, read on into the next employer's line ("... for 200+ student
    programs dChoi global Seoul, South Korea"): a lower-case name with a capital inside, and a place."""
    text = (
        "EXPERIENCE\nStudent Services Team   Work-Study 2026\n"
        "- Supported campus event logistics for the international students,\n  programs and visits\n"
        "dChoi global Seoul, South Korea\nIntern, Project Management 2025\n- Tracked the campaign KPIs across 9 accounts\n"
    )
    assert claims_read(linter, text, "text") == [
        "Supported campus event logistics for the international students, programs and visits",
        "Tracked the campaign KPIs across 9 accounts",
    ]


def test_set_re_a_dated_line_that_goes_on_with_the_work_is_told(linter):
    """Set RE: under "SERVICE", "Church ..., Oregon — Missionary Nov. 2018 - Nov.2022  Worked 65+
    hours weekly ..." was dropped in silence: a job's line whose work goes on after its dates (and a
    month with its stop and no space before the year, "Nov.2022", is a date)."""
    text = (
        "EXPERIENCE\n- Exceeded the sales goal of 9 cars per month\n\nSERVICE\n"
        "Food Bank of Example, Eugene, Oregon — Volunteer Nov. 2018 - Nov.2022  Worked 10 hours weekly sorting donations for families.\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert kept == [(2, "Exceeded the sales goal of 9 cars per month")]
    assert [line for line, _ in skipped] == [5]


def test_set_re_a_file_mostly_in_another_language_says_so_once(linter):
    """Set RE: a Portuguese resume lost 29 prose sentences in silence while 11 fragments were read
    as claims; a file whose words are mostly another language's now says so, once."""
    text = (
        "EXPERIÊNCIA PROFISSIONAL\n"
        "Responsável pelo lançamento de novos produtos para os clientes da empresa, com foco na experiência do usuário.\n"
        "Conduzi análises diárias dos painéis de dados para a equipe de produto e para os gestores da área.\n"
        "Elaborei a documentação das funcionalidades em conjunto com os desenvolvedores e com o time de design.\n"
        "Implantei reuniões diárias com a equipe de desenvolvimento para acompanhar as entregas do projeto.\n"
        "- Developed the Spring Boot API for the scheduling system\n"
    )
    (_, _, notes, _), = linter.extract_report([Source("cv.txt", text, format="text")])
    assert notes[0] == "most of this file is in another language: po2pm reads English resumes, so most of its lines were not read as claims"
    english = "EXPERIENCE\n- Developed the Spring Boot API for the scheduling system of the clinic\n- Ran the sprint reviews with the design team\n"
    (_, _, notes, _), = linter.extract_report([Source("cv.txt", english, format="text")])
    assert not any("another language" in note for note in notes)


def test_set_rh_a_section_title_in_capitals_set_in_under_a_bullet_is_no_part_of_it(linter):
    """Set RH: a FlowCV PDF set its next section's title at the bullet text's left edge, and it
    was read as the claim's last word ("... align with local water needs SKILLS"), its skills
    paragraph then read as a claim."""
    text = (
        "EXPERIENCE\nSolar Chapter, Project Development 01/2024 - 09/2024\n"
        "- Led the design of a solar-powered pump for the village, working closely with the elders to\n"
        "  align with local water needs\n  SKILLS\n"
        "Software: Python, Java, MATLAB, SQL | Tools: Git, ArcGIS, NumPy\n"
    )
    assert claims_read(linter, text, "text") == ["Led the design of a solar-powered pump for the village, working closely with the elders to align with local water needs"]


def test_set_rh_objectives_list_and_do_not_claim(linter):
    """Set RH: a Word file's "Objectives" list ("Set up environments for websites ...") was read as
    claims; like "Objective", it says what the person wants, not what they did."""
    text = "Experience\n\n- Built the booking site for the dental clinic\n\nObjectives\n\n- Set up hosting environments for client websites\n"
    assert claims_read(linter, text, "markdown") == ["Built the booking site for the dental clinic"]


def test_set_rg_work_paragraphs_under_a_heading_po2pm_does_not_read_are_told(linter):
    """Set RG: an HTML page's work paragraphs under a heading po2pm does not know ("工作經歷", and
    in probes "Where I have worked") were dropped without a word; they are told, and a paragraph
    that is no work stays unsaid."""
    page = (
        "<html><body><h1>Resume</h1><h3>Where I have worked</h3>"
        "<p>Managed the Facebook and LINE groups and wrote the promotional copy for each event.</p>"
        "<p>The foundation was set up in 1998 in Kaohsiung.</p>"
        "<h3>Education</h3><p>BSc, Tunghai University</p></body></html>"
    )
    kept, skipped, notes = extracted(linter, page, "html")
    assert kept == []
    assert [reason for _, reason in skipped] == ["paragraph under a heading po2pm does not read as Experience or Projects"]
    assert notes[0].startswith("1 paragraph of work under a heading po2pm does not read as Experience or Projects: not checked")


def test_altacv_marks_open_bullets_in_text(linter):
    """Round RJ: "∙" and "◁" (AltaCV's item and sub-item marks) opened no bullet, so a PDF's
    claims were left out as lines without a list mark."""
    text = "EXPERIENCE\n\u2219 Led the rebuild of the booking app for 4,000 clinics.\n  \u25c1 Cut onboarding time by half for new clinics.\n"
    assert claims_read(linter, text, "text") == [
        "Led the rebuild of the booking app for 4,000 clinics.",
        "Cut onboarding time by half for new clinics.",
    ]


def test_a_plain_text_resume_saved_as_markdown_reads_its_project_paragraphs(linter):
    """Round RI: under "SELECTED PROJECT HIGHLIGHTS" (capitals, no "#"), each project's title line
    and its wrapped sentence were one paragraph, dropped in silence, as was an achievement line
    with no list mark above a job's list."""
    text = (
        "INTERNSHIP EXPERIENCE\nSoftware Engineering Intern | Northwind\n\n- Built the report builder in React.\n\n"
        "SELECTED PROJECT HIGHLIGHTS\nDigital Workflow Platform\nContributed to a desktop workflow platform\n"
        "for managing templates and reports.\n\nSMS Gateway\nTested the gateway's HTTP endpoints and slow\ndelivery cases.\n"
    )
    assert claims_read(linter, text, "markdown") == [
        "Built the report builder in React.",
        "Contributed to a desktop workflow platform for managing templates and reports.",
        "Tested the gateway's HTTP endpoints and slow delivery cases.",
    ]
    above_a_list = "## Experience\n\n### Founder, Polibom\n\nTop-5% YC entrant, with KPMG as the first client of the modeller and its tariff tools.\n\n- Built the pricing engine\n"
    kept, skipped, _ = extracted(linter, above_a_list, "markdown")
    assert kept == [(7, "Built the pricing engine")]
    assert skipped == [(5, "line without a list mark that does not open with an act of yours")]


def test_a_text_file_whose_marks_stand_inside_long_lines_says_so(tmp_path):
    """Round RI: a PDF's text dumped onto one line, with 29 "•" marks inside it, was told it had
    "no list markers"; the note now says where the marks are and what to do."""
    path = tmp_path / "resume.txt"
    path.write_text("Experience Northwind Analyst " + " ".join(f"\u2022 Led release number {n} of the booking app for the clinics" for n in range(8)) + "\n")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert "its list marks stand inside long lines, not at the start of a line" in result.output
    assert "put each item on a line of its own" in result.output


def test_the_end_of_a_date_range_set_below_its_start_is_no_part_of_the_claim(linter):
    """Round RL: a moderncv PDF sets each job's dates in a column beside it, so the range's end
    opens the line below its start ("October 2023 - Cloud Platform Lead, Northwind" then
    "September 2024 Transitioned into ..."); 7 such claims were dropped in silence and "Present"
    was glued onto another."""
    text = (
        "Experience\n"
        "October 2023 - Cloud Platform Lead, Northwind Bank, London\n"
        "September 2024 Led the move of the bank's loan systems to Azure for 40 branch teams.\n"
        "September 2024 - Engineering Lead, Contoso, London\n"
        "Present Rebuilt the claims intake service for the insurance brokers.\n"
    )
    kept, _, _ = extracted(linter, text, "text")
    assert kept == [
        (3, "Led the move of the bank's loan systems to Azure for 40 branch teams."),
        (5, "Rebuilt the claims intake service for the insurance brokers."),
    ]
    (bullet,), = [[b for b in linter.extract_report([Source("r", text, format="text")])[0][0] if b.start.line == 5]]
    assert bullet.start.column == 9  # the column in the file, after the spaces where "Present" was


def test_a_pdf_bullet_that_ends_on_a_comma_does_not_take_the_next_company_line(linter):
    """Round RL: an awesome-cv PDF ends its bullets with ","; the text reader took the next line
    for the bullet's tail ("..., Signicat Warsaw, Poland", a page's footer), and the job's title
    line below it was lost in silence. The PDF renderer indents a bullet's wrapped lines, so a line
    it did not indent is the next thing; a line after a joining word still goes on."""
    rendered = (
        "# Experience\n"
        "• Integrated the claims service into the new network,\n"
        "Signicat Warsaw, Poland\n"
        "PRODUCT OWNER Sep. 2023-Dec. 2024\n"
        "• Mapped the success metrics for the review flow, its open rate and\n"
        "D7/D14 retention of the brokers.\n"
    )
    kept, _, _ = extracted(linter, rendered, "pdf")
    assert [text for _, text in kept] == [
        "Integrated the claims service into the new network,",
        "Mapped the success metrics for the review flow, its open rate and D7/D14 retention of the brokers.",
    ]
    # in a text file a comma at a line's end still carries the item on
    assert claims_read(linter, rendered.replace("# Experience", "Experience"), "text")[0].endswith("new network, Signicat Warsaw, Poland")


def test_a_wrapped_line_of_a_date_that_closes_a_bracket_goes_on_the_claim(linter):
    """Round RK: "Provisional patent filed for a claims triage system (Nov" / "2025)." lost its
    second line, taken for the next entry's date, and the claim was cut at "(Nov"."""
    text = "Experience\n- Filed a provisional patent for the claims triage system of the brokers (Nov\n  2025).\n- 08/2023\n"
    assert claims_read(linter, text, "text")[0] == "Filed a provisional patent for the claims triage system of the brokers (Nov 2025)."


@pytest.mark.parametrize("heading", ["Work", "Jobs"])
def test_jobs_under_a_work_or_jobs_heading_are_read(linter, heading):
    """Round RN: a printed web page set its jobs under "Work" (and a Markdown probe under "Jobs"):
    no claim was found, exit 2."""
    text = f"# Ana Example\n\n## {heading}\n\nNorthwind, Leeds\n\nProduct Owner 2019-2023\n\nRebuilt the claims intake form for 40 brokers.\n"
    assert claims_read(linter, text, "markdown") == ["Rebuilt the claims intake form for 40 brokers."]


def test_a_yaml_file_that_is_one_list_of_jobs_reads_the_jobs_descriptions_that_say_what_was_done(linter):
    """Round RN: a Jekyll site's _data/experience.yml, a list of {position, company, description,
    highlights}: the descriptions ("Worked on novel regularization methods ...") were dropped in
    silence beside the highlights. One that describes the employer is told, not read."""
    text = (
        "- position: Product Owner\n  company: Northwind\n"
        "  description: Rebuilt the claims intake form with the brokers and cut filing time by half.\n"
        "  highlights:\n    - Ran the backlog for the claims team\n"
        "- position: Analyst\n  company: Contoso\n"
        "  description: A regional insurer of farms and small firms.\n"
        "  highlights:\n    - Wrote the rules for the pricing engine\n"
    )
    kept, left_out, _ = extracted(linter, text, "yaml")
    assert [claim for _, claim in kept] == [
        "Rebuilt the claims intake form with the brokers and cut filing time by half.",
        "Ran the backlog for the claims team",
        "Wrote the rules for the pricing engine",
    ]
    assert left_out == [(8, "summary of a job")]


def test_moderncv_braces_in_a_pdf_are_its_bullets(linter):
    """Round RM: a moderncv PDF draws its bullet with MarVoSym's "{", after the date column on an
    item's first line ("2013 - { Implementing ..."): 4 claims dropped in silence, 2 told. The PDF
    reader makes that letter a bullet glyph (not the font's phone and mail icons), and the text
    reader sets the dates before it aside."""
    from po2pm_rewrite.formats.pdf import _draws_a_bullet

    assert _draws_a_bullet({"fontname": "MPKJLK+MarVoSym", "text": "{"})
    assert not _draws_a_bullet({"fontname": "MPKJLK+MarVoSym", "text": "H"})  # the phone icon
    assert not _draws_a_bullet({"fontname": "ABCDEF+LMRoman10-Regular", "text": "{"})
    rendered = (
        "# Experience\n"
        "2013 - • Implemented the guided tour of the claims app for 800,000 users\n"
        "• Ran the usability tests of the claims app with the brokers\n"
        "2012 • Rebuilt the intake form of the loans portal\n"
    )
    kept, _, _ = extracted(linter, rendered, "pdf")
    assert [text for _, text in kept] == [
        "Implemented the guided tour of the claims app for 800,000 users",
        "Ran the usability tests of the claims app with the brokers",
        "Rebuilt the intake form of the loans portal",
    ]


def test_a_latex_jobs_heading_with_its_dates_is_no_listing_section(linter):
    """Round RN: "\\subsection*{Akiban Technologies, Staff Engineer Boston, MA, October 2009 - July
    2010}" was read as a Skills section ("technologies"): the prose of that job and of the three
    jobs after it, 13 claims, dropped in silence."""
    source = (
        "\\documentclass{article}\n\\begin{document}\n\\section*{Experience}\n"
        "\\subsection*{Northwind Technologies, Product Owner, Leeds, March 2019 - July 2021}\n\n"
        "I rebuilt the claims intake form with the brokers and cut filing time by half.\n\n"
        "\\subsection*{Contoso, Analyst, York, May 2016 - March 2019}\n\n"
        "I wrote the rules for the pricing engine of the farm insurance product.\n"
        "\\end{document}\n"
    )
    kept, _, _ = extracted(linter, source, "latex")
    assert [text for _, text in kept] == [
        "I rebuilt the claims intake form with the brokers and cut filing time by half.",
        "I wrote the rules for the pricing engine of the farm insurance product.",
    ]


@pytest.mark.parametrize(
    "claim",
    [
        "Build alignment with product teams and provide feedback based on project outcomes.",  # round RM
        "Publish open-source Terraform provider with over 50 resources.",  # round RN
    ],
)
def test_the_persons_own_acts_are_no_lines_about_the_employer(claim):
    assert why_not_a_claim(claim) is None
    assert why_not_a_claim("Acme and its partners provide payroll software to 400 firms.") == "line about the employer"


def test_a_line_that_says_what_its_list_holds_is_a_lead_in():
    """Round RN: "Highlights include:", the last sentence of a job's paragraph, read as a claim."""
    assert why_not_a_claim("Highlights include:") == "lead-in to a list"
    assert why_not_a_claim("Redesigned the three claims apps, which include:") is None


def test_a_pandoc_definition_lists_bodies_are_read(linter):
    """Rounds RL and RO: a resume wrote each job as a pandoc definition (":   **Acme** in Leeds",
    its paragraphs indented by four spaces below), which CommonMark reads as code: 13 to 18 claims,
    the file read as empty. Their columns stay the source's."""
    text = (
        "## Experience\n\n"
        "2019 - present\n"
        ":   **Northwind** in Leeds\n\n"
        "    Rebuilt the claims intake form for 40 brokers and cut filing time by half.\n\n"
        "    Main activities:\n\n"
        "       - Ran the backlog of the claims team;\n"
    )
    kept, _, _ = extracted(linter, text, "markdown")
    assert kept == [
        (6, "Rebuilt the claims intake form for 40 brokers and cut filing time by half."),
        (10, "Ran the backlog of the claims team;"),
    ]
    bullets = linter.extract_report([Source("resume", text, format="markdown")])[0][0]
    assert [(b.start.line, b.start.column) for b in bullets] == [(6, 5), (10, 10)]


def test_round_rp_a_linkedin_profiles_employer_set_as_large_as_its_sections_opens_no_section(linter):
    """Round RP: a LinkedIn profile PDF sets each employer in its sections' size ("# Experience",
    "# Oracle", "7 years 8 months", the title, its dates); the first employer closed Experience,
    and a file's 14 lines of claims were read as none (two others lost an entry's opening
    paragraph in silence). Later employers are entries too; Education still closes the section."""
    text = (
        "# Experience\n# Northwind\n7 years 8 months\nSenior Data Product Manager\nMarch 2024 - Present (1 year 10 months)\n"
        "Created the operations dashboards that the regional leads use to track their targets\n"
        "Generated ad-hoc reports to evaluate specific business requirements.\n"
        "# Contoso Bank\nBusiness Analyst\nMay 2018 - July 2021 (3 years 3 months)\n"
        "Quoted complex deal structures for the cloud and hardware lines of business.\n"
        "# Education\n# Leeds College\nBSc, Business Administration\nGraduated with honours in the top tenth of the year.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Created the operations dashboards that the regional leads use to track their targets",
        "Generated ad-hoc reports to evaluate specific business requirements.",
        "Quoted complex deal structures for the cloud and hardware lines of business.",
    ]
    # with no dates below it, a heading after Experience is still a section of its own
    undated = "# Experience\n# Volunteering notes\nOrganised the charity run for the local school.\n"
    assert claims_read(linter, undated, "text") == []


def test_round_rq_a_job_title_over_its_dates_ends_a_section_of_no_claims(linter):
    """Round RQ: a plain-text resume had no Experience heading; its "About Me" section ran on over
    every job ("Workday", "Product Design Architect", "Jan 2020–Present", then dash bullets), and
    its 38 claims were read as none. A degree over a college's dates stays in Education."""
    text = (
        "About Me\n\nI have ten years of industry experience delivering software.\n\n"
        "Northwind\n\nProduct Design Architect\n\nJan 2020–Present\n\n"
        "-   Leading early design discovery in new product areas\n-   Mentoring senior designers and researchers\n\n"
        "Education\n\nAssociate of Digital Graphics Technology\nLeeds Community College (2005 – 2007)\n\n"
        "-   Design application, history, and colour theory\n"
    )
    assert claims_read(linter, text, "text") == [
        "Leading early design discovery in new product areas",
        "Mentoring senior designers and researchers",
    ]


def test_round_rq_a_jobs_bullets_written_as_markdown_lines_in_one_yaml_string_are_read(linter):
    """Round RQ: a Hugo page kept the resume in its front matter, each job's bullets as Markdown
    lines in one block string (`details: |`); the file was read as empty. A string of prose
    under the same key stays unread."""
    text = (
        "---\ntitle: resume\npositions:\n  - position: product manager\n    company: northwind\n    details: |\n"
        "      - Owned the roadmap for the payments team of seven\n"
        "      - Ran user interviews with early partners to learn their needs\n"
        "  - position: analyst\n    company: contoso\n    details: Contoso is a bank in Leeds.\n---\n\nBody text.\n"
    )
    assert claims_read(linter, text, "markdown") == [
        "Owned the roadmap for the payments team of seven",
        "Ran user interviews with early partners to learn their needs",
    ]


def test_round_rp_talents_and_abilities_is_a_list_of_no_claims(linter):
    """Round RP: a Word file's "Talents and Abilities" list (five items) was read as claims."""
    text = "## Experience\n- Ran the intake of claims for the Leeds office\n\n## Talents and Abilities\n- Attention to detail\n- Ability to complete tasks within time constraints\n"
    assert claims_read(linter, text, "markdown") == ["Ran the intake of claims for the Leeds office"]


def test_round_rr_an_employer_whose_name_ends_in_a_listing_word_is_an_entry_too(linter):
    """Round RR: a LinkedIn profile's "# Dell Technologies" under "# Experience" was read as a
    Technologies (skills) section, and the file's 16 claims as none."""
    text = (
        "# Experience\n# Northwind Technologies\n9 years 4 months\nProduct Manager\nAugust 2021 - Present (4 years)\n"
        "Align key partners on the vision and roadmap of the commerce platform\n# Education\n"
    )
    assert claims_read(linter, text, "text") == ["Align key partners on the vision and roadmap of the commerce platform"]


def test_round_rr_html_no_visitor_sees_is_not_read(linter):
    """Round RR: a product owner's page held a closed terminal dialog and a chat widget (`hidden`,
    aria-hidden="true", display:none): 5 of its lines were read as claims."""
    page = (
        "<html><body><h2>Experience</h2><ul><li>Led the rebuild of the advisor portal for 300 firms</li></ul>"
        '<div hidden><div><p>Type help to list the commands of the terminal.</p></div></div>'
        '<section aria-hidden="true"><ul><li>Matched product lifecycle artifacts to unlock the badge</li></ul></section>'
        '<div style="color: red; display: none"><p>Asked the agent about the product strategy of the firm.</p></div>'
        "<ul><li>Cut onboarding time for new advisors by half</li></ul></body></html>"
    )
    assert claims_read(linter, page, "html") == [
        "Led the rebuild of the advisor portal for 300 firms",
        "Cut onboarding time for new advisors by half",
    ]


def test_round_rs_a_code_file_is_read_as_text_and_says_so(tmp_path):
    """Round RS: a TypeScript data file (experience.ts) was read as text in silence, its keys and
    brackets glued to the claims. (Since round RW JavaScript and TypeScript data have a reader of
    their own, tests/test_jsdata.py; other code files are still read as text, and say so.)"""
    data = tmp_path / "experience.py"
    data.write_text('JOBS = [\n  {\n    "bullets": [\n      "Led the rebuild of the advisor portal for 300 firms",\n    ],\n  },\n]\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(data)])
    assert "note: read as text: '.py' is a code file, not a resume format" in result.output
    plain = tmp_path / "resume.txt"
    plain.write_text("Experience\n- Led the rebuild of the advisor portal for 300 firms\n", encoding="utf-8")
    assert "code file" not in runner.invoke(app, ["extract", str(plain)]).output


def test_a_job_title_over_its_dates_is_told_from_an_act_that_opens_with_the_same_word(linter):
    """Round RQ: "Product Design Architect" over its dates names a job; "Architect and develop
    software." is a claim (round RL), however the list of title words grows."""
    from po2pm_rewrite.screen import why_not_a_claim

    assert why_not_a_claim("Architect and develop software.") is None
    assert why_not_a_claim("Architect custom deployment strategy.") is None
    text = "About Me\n\nI build software.\n\nProduct Design Architect\n\nJan 2020–Present\n\n-   Led design discovery for new product areas\n"
    assert claims_read(linter, text, "text") == ["Led design discovery for new product areas"]


def test_round_rt_a_line_of_work_with_a_year_in_it_is_a_claim(linter):
    """Round RT: a LinkedIn export's unmarked "Got certified ... in May 2019" and a text file's
    "Launched the mobile app in 2021, ..." were dropped in silence: a year anywhere in an unmarked
    line made it a title's. A line that opens with a past act and reads on is the work; a range of
    dates still heads an entry."""
    text = (
        "Experience\n\n"
        "Product Manager, Northwind\n\n"
        "Launched the loans app's savings goals in 2021, lifting signups by 20%.\n"
        "Moved the branch scheduling tool to the cloud in March 2020.\n"
        "Led the pricing work for the card portfolio.\n"
        "Product Owner, Contoso 2017 - 2019\n"
        "Rebuilt the claims intake form with the brokers.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Launched the loans app's savings goals in 2021, lifting signups by 20%.",
        "Moved the branch scheduling tool to the cloud in March 2020.",
        "Led the pricing work for the card portfolio.",
        "Rebuilt the claims intake form with the brokers.",
    ]


CUSTOM_BLOCKS_LATEX = r"""\documentclass{article}
\newcommand{\blocktitle}[1]{{\sc{#1}}\hrulefill}
\newcommand{\blockExperience}[1]{\blocktitle{Career}#1}
\newcommand{\blockSkills}[1]{\blocktitle{Skills}#1}
\newcommand{\entryhead}[2]{\textbf{#1} \hfill #2\\}
\newcommand{\entrybody}[1]{#1}
\newcommand{\rating}[1]{\nicefrac{#1}{5}}
\begin{document}
\blockExperience{
  \entryhead{Northwind Bank}{2019 to Present}
  \entrybody{
  Rebuilt the claims intake form with the brokers.
  Led the pricing work for the card portfolio.
  Moved the branch scheduling tool to the cloud.
  }
}
\blockSkills{
  Python \rating{4}, SQL \rating{5}
}
\end{document}
"""


def test_round_ru_a_title_set_inside_a_macro_of_the_files_own_opens_its_section(linter, tmp_path):
    """Round RU: a resume's \\blockExperience{...}, defined as "\\blocktitle{Career} #1", set the
    Career title inside it; with no title seen, its 41 sentences were dropped in silence. And
    pylatexenc's warning about \\nicefrac was printed to the user."""
    assert claims_read(linter, CUSTOM_BLOCKS_LATEX, "latex") == [
        "Rebuilt the claims intake form with the brokers.",
        "Led the pricing work for the card portfolio.",
        "Moved the branch scheduling tool to the cloud.",
    ]
    resume = tmp_path / "cv.tex"
    resume.write_text(CUSTOM_BLOCKS_LATEX, encoding="utf-8")
    result = run_installed("extract", str(resume))
    assert result.returncode == 0 and "Rebuilt the claims intake form" in result.stdout
    assert result.stderr == ""


def test_round_rw_a_wrapped_name_in_capitals_ends_its_bullet(linter):
    """Round RW: "• Led the team to win the 2024 Annual" / "Design Prize for Best Student
    Project." lost its second line in silence (taken for a title); a Google Docs PDF's "... such as
    ES6" / "Modules for JavaScript." the same. A short line that stops a sentence after an
    unfinished one is its tail; a line that opens with an act, or names a job or dates, is not."""
    text = (
        "WORK EXPERIENCE\n"
        "Acme: Intern 01/2025 – 02/2025\n"
        "• Led the branch team to win the 2024 Annual\n"
        "Design Prize for Best Student Project.\n"
        "• Rebuilt the claims intake form with the brokers\n"
        "Moved the branch scheduling tool to the cloud.\n"
        "• Ran the pricing review for the card portfolio with finance\n"
        "Senior Product Owner, Contoso.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Led the branch team to win the 2024 Annual Design Prize for Best Student Project.",
        "Rebuilt the claims intake form with the brokers",
        "Moved the branch scheduling tool to the cloud.",
        "Ran the pricing review for the card portfolio with finance",
    ]


def test_round_rx_prose_of_a_timeline_that_opens_with_no_act_is_told_not_dropped(linter):
    """Round RX: a product director's timeline card, "Executive-level consultant helping
    companies ... Co-created the first agency AI offering ...", was neither read nor told in HTML,
    while the same line in a text file is told as left out."""
    page = (
        "<html><body><h2>Experience</h2>\n"
        '<div class="timeline-title">Digital Product Consulting</div>\n'
        '<div class="timeline-description">Executive-level consultant helping companies create new digital products. Co-created the first agency AI offering.</div>\n'
        '<div class="timeline-description">Led the pricing work for the card app.</div>\n'
        "</body></html>\n"
    )
    kept, skipped, _ = extracted(linter, page, "html")
    assert kept == [(4, "Led the pricing work for the card app.")]
    assert (3, PASSED_OVER) in skipped


def test_round_ry_a_wrapped_last_word_is_no_section_left_out():
    """Round RY: "clients", the last word of a PDF bullet wrapped onto a line of its own, was
    joined to its bullet and also told as a Clients section not read; a Clients heading after a
    finished sentence is still one."""
    from po2pm_rewrite.extract import listing_heading_lines

    wrapped = "EXPERIENCE\n- Managed the onboarding backlog for enterprise banking\nclients\n- Wrote user stories for the portal\n"
    assert listing_heading_lines(wrapped) == []
    heading = "EXPERIENCE\n- Managed the onboarding backlog for enterprise banking clients.\nclients\nAcme, Beta\n"
    assert listing_heading_lines(heading) == [(3, "clients")]


def test_round_sa_escaped_dashes_of_a_google_docs_export_are_list_marks(tmp_path):
    """Round SA: a resume.md exported from Google Docs writes its typed dashes as "\\-", which
    Markdown shows as text; 22 of its 37 claims were left out as lines without a list mark."""
    exported = tmp_path / "resume.md"
    exported.write_text(
        "## Experience\n\n### Acme Bank\n\n"
        "\\-  Owned the onboarding module for the retail banking app.\n"
        "\\-  Wrote the user stories for the loans portal.\n"
        "\\-  Ran discovery interviews with 12 branch managers.\n",
        encoding="utf-8",
    )
    read = read_by_command(exported)
    assert [b["text"] for b in read["bullets"]] == [
        "Owned the onboarding module for the retail banking app.",
        "Wrote the user stories for the loans portal.",
        "Ran discovery interviews with 12 branch managers.",
    ]
    assert read["notes"] == ["holds plain text ('\\-' bullets, no Markdown list): read as text, not markdown"]


def test_round_sa_a_claim_that_opens_with_a_short_adverb_is_read(linter):
    """Round SA: "Fully developed and maintained a batch file import framework ..." was left out as
    a line about an employer named "Fully" (its "Fully developed" read as a company's "X developed")."""
    text = "EXPERIENCE\nEngineer, Acme 2020-2023\n- Fully developed and maintained the batch import framework for the claims system\n"
    assert claims_read(linter, text, "text") == ["Fully developed and maintained the batch import framework for the claims system"]


def test_round_sb_emoji_typed_as_bullets_are_list_marks_and_icons_of_headings_are_not(linter):
    """Round SB: a LinkedIn export's "⚡⚡ Efficiency Boost: Conducted ..." paragraphs were left out as
    lines without a list mark, and the claim after one of them with it. An emoji before a section's
    title is that heading's icon: "🎓 Education" still closes Experience."""
    text = (
        "Experience\n\nAcme Corp, Product Owner 2020-2023\n\n"
        "⚡⚡ Efficiency Boost: Conducted stakeholder alignment sessions for the loans app.\n\n"
        "Client Recognition: Delivered the claims portal release two weeks early.\n\n"
        "✅ Led the loans backlog refinement for the branch app\n"
        "\U0001f680 Launched the claims portal for 2,000 brokers\n\n"
        "\U0001f393 Education\n\n\u2b50 Led the student robotics team to a national final\n"
    )
    assert claims_read(linter, text, "text") == [
        "Conducted stakeholder alignment sessions for the loans app.",
        "Delivered the claims portal release two weeks early.",
        "Led the loans backlog refinement for the branch app",
        "Launched the claims portal for 2,000 brokers",
    ]


def test_whom_an_entry_served_and_its_project_name_are_details_whatever_word_opens_them(linter):
    """Round SB: "Clients: Centralised & Decentralised ..." lost its label as a claim's heading
    ("Centralised" read as an act) and the rest was read as a claim; a project's name whose first
    word can be a verb ("Loan") was read too. An act after "Project:" is still the claim."""
    document = (
        "## Experience\n\n### Product Owner, Clarisco\n\n"
        "- Clients: Centralised & Decentralised Cryptocurrency SaaS Platform; DApps – Russia\n"
        "- Customers: Retail banks in Nigeria\n"
        "- Project: Loan origination portal\n"
        "- Project: Led the move of the loans platform to AWS\n"
        "- Ran the backlog of the wallet app\n"
    )
    assert claims_read(linter, document, "markdown") == ["Led the move of the loans platform to AWS", "Ran the backlog of the wallet app"]
    assert why_not_a_claim("Clients: Centralised & Decentralised Cryptocurrency SaaS Platform; DApps – Russia") == "detail of an entry"


def test_a_pdfs_job_lines_set_large_with_no_experience_heading_open_their_claims(linter):
    """Round SC: a PDF set each employer and job title in a larger size and had no Experience
    heading; its rendering's "# Head of Product 2023 - 2024" opened nothing, so the first three
    jobs' paragraphs were dropped in silence."""
    text = (
        "# Sam Example\n# Product Manager\nProduct Manager with 19 years of experience.\n"
        "# Northwind\n# Head of Product 2023 - 2024\n"
        "Owned product strategy and front-end work with the co-founders to find product-market fit.\n"
        "# Senior Group Product Manager, Self-Service 2019 - 2022\n"
        "Led the Self-Service program of six teams so customers could onboard without sales.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Owned product strategy and front-end work with the co-founders to find product-market fit.",
        "Led the Self-Service program of six teams so customers could onboard without sales.",
    ]


def test_a_personal_summary_and_a_colleges_lines_under_education_are_not_read(linter):
    """Round SC: a "PERSONAL SUMMARY" heading was not known as a summary (its two lines read as
    claims), and a PDF's college and degree, set larger than its "EDUCATION" line, closed that
    section, so a grade and a campus role were read as claims."""
    text = (
        "PERSONAL SUMMARY\n- Has the right to work in Singapore\n- 2 years of product management experience.\n\n"
        "EXPERIENCE\n- Led the launch of the wallet app for the bank's retail customers\n\n"
        "EDUCATION\n# Northfield College of Engineering, Mysore\n# — B.E. (Mechanical)\n"
        "August 2011 - June 2014\n• Aggregate percentage = 73.50\n• Served as Campus placement coordinator\n"
    )
    assert claims_read(linter, text, "text") == ["Led the launch of the wallet app for the bank's retail customers"]


def test_a_date_after_a_bar_at_a_claims_end_is_the_entrys_and_a_rewrite_goes_before_it(linter, tmp_path):
    """Round SC: a PDF's claim kept the date set at its line's right ("... Blood Donation Camp |
    March '19"), and a clause would have been written after the date. A job line keeps its dates."""
    text = (
        "## Experience\n\n"
        "- Groomed the product backlog for the claims portal with the underwriting team | Jan 2021 - Present\n"
        "- Collaborated with the Rotary Club for a Blood Donation Camp | March '19\n"
        "- Grew revenue by 20% | 2,000 users\n"
    )
    assert claims_read(linter, text, "markdown") == [
        "Groomed the product backlog for the claims portal with the underwriting team",
        "Collaborated with the Rotary Club for a Blood Donation Camp",
        "Grew revenue by 20% | 2,000 users",
    ]
    resume = tmp_path / "resume.md"
    resume.write_text(text.splitlines()[0] + "\n\n" + text.splitlines()[2] + "\n", encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--write", "--allow-placeholders", str(resume)])
    assert result.exit_code == 0, result.output
    line = resume.read_text(encoding="utf-8").splitlines()[2]
    assert line.startswith("- Groomed the product backlog for the claims portal with the underwriting team, ") and line.endswith("] | Jan 2021 - Present")


def test_a_pdfs_project_titles_set_as_large_as_their_section_keep_their_lead_sentences(linter):
    """Round SD: a PDF set each project's title as large as its "PROJECT" line; the sentence under
    each title, with no list mark, was dropped in silence (4 claims), each title read as a
    section of its own. An employer and its team before a bar are no claim ("Google | Search -
    Data Privacy": read, since "Google" can be a verb)."""
    text = (
        "# EXPERIENCE\n# Google | Search – Data Privacy\n• Led the consent flow redesign for 40 markets.\n"
        "# PROJECT\n# Airbnb Insights Platform\nBuilt a pricing engine for Airbnb listings on AWS.\n"
        "• Automated the data pipeline with Lambda and Glue.\n# Pixar Box Office Study\n"
        "Led a data storytelling analysis of why some films outperform others.\n# SKILLS\nPython, SQL\n"
    )
    assert claims_read(linter, text, "text") == [
        "Led the consent flow redesign for 40 markets.",
        "Built a pricing engine for Airbnb listings on AWS.",
        "Automated the data pipeline with Lambda and Glue.",
        "Led a data storytelling analysis of why some films outperform others.",
    ]


def test_round_se_groups_of_projects_testimonials_and_untitled_cv_pages(linter):
    """Round SE: a text file's project groups in capitals ("GENERATIVE AI & RAG PROJECTS:-") were
    read as unknown sections and their claims dropped in silence; an HTML page's testimonials were
    read as claims; a site's "CV" page of job paragraphs with no heading was read as nothing."""
    text = (
        "PROJECTS:-\n\nGENERATIVE AI & RAG PROJECTS:-\nBuilt an FAQ chatbot for the course catalogue.\n"
        "DEEP LEARNING PROJECTS (ACADEMIC):-\nTrained an image classifier for 40 plant diseases.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Built an FAQ chatbot for the course catalogue.",
        "Trained an image classifier for 40 plant diseases.",
    ]
    page = (
        "<h2>Experience</h2><ul><li>Managed the product backlog for the payments team.</li></ul>"
        "<h2>Testimonials</h2><div><h3>A colleague</h3><p>He led the payments team through two launches with calm.</p></div>"
    )
    kept, _, notes = extracted(linter, page, "html")
    assert [claim for _, claim in kept] == ["Managed the product backlog for the payments team."]
    cv_page = (
        '---\ntitle: "CV"\nlayout: post\n---\n\n2019-2023 Acme Bank - payments\n\n'
        "Led the move of card payments to the new gateway for 2M customers. Cut failed payments by a third.\n"
    )
    assert claims_read(linter, cv_page, "markdown") == [
        "Led the move of card payments to the new gateway for 2M customers. Cut failed payments by a third.",
    ]
    # a page with no such title stays as it was: its sentences are under no Experience heading
    assert claims_read(linter, cv_page.replace('title: "CV"', 'title: "Notes"'), "markdown") == []


def test_round_se_yaml_one_sentence_details_and_a_themes_project_assignments(linter):
    """Round SE: a job's `details` written as one sentence, and the online-cv theme's
    `projects: {assignments: [{tagline}]}`, were dropped in silence; a `details` list of one item
    kept its "- " in the claim."""
    text = (
        "experiences:\n  - company: Acme\n    role: Tutor\n    details: \"I tutor first-year statistics for 12 students.\"\n"
        "  - company: Beta\n    role: Analyst\n    details: |\n      - Built the churn dashboard for the retention team\n"
        "projects:\n  title: Projects\n  assignments:\n    - title: Churn model\n"
        "      tagline: \"Performed data cleaning and modelling to predict customer churn.\"\n"
        "    - title: Sales queries\n      tagline: \"SQL queries that summarised sales by country.\"\n"
    )
    kept, skipped, _ = extracted(linter, text, "yaml")
    assert [claim for _, claim in kept] == [
        "I tutor first-year statistics for 12 students.",
        "Built the churn dashboard for the retention team",
        "Performed data cleaning and modelling to predict customer churn.",
    ]
    assert [reason for _, reason in skipped] == ["description of a project or product"]


def test_a_figure_and_what_it_measures_is_no_job_title(linter):
    """Round SE: an HTML page's impact tiles ("50% delivery lead time reduction") were left out as
    job titles, "delivery lead" read as one; a title stays one."""
    assert why_not_a_claim("50% delivery lead time reduction") != "job title"
    assert why_not_a_claim("Delivery Lead, Acme Health") == "job title"


def test_a_finding_stated_before_its_list_is_a_claim():
    """Set CV, both readers: "The research revealed four key pain points blocking clinical AI
    adoption:" was left out as a lead-in to a list; a label before a list still is one."""
    assert why_not_a_claim("The research revealed four key pain points blocking clinical AI adoption:") is None
    assert why_not_a_claim("Since taking on the PO role:") == "lead-in to a list"


def test_round_sf_plain_text_lines_after_an_unknown_heading_are_told_and_indented_items_head_nothing(linter):
    """Round SF: in a text file, "DETAIL DESIGN" (a heading po2pm does not know) closed Experience
    and the project summaries below it were dropped in silence (35 claims); "\\tExecutive summary",
    an item of an indented list, was taken for a Summary heading."""
    text = (
        "EXPERIENCE\nLed the claims portal relaunch for 40 brokers.\n\nDETAIL DESIGN\n"
        "\tRequirements\n\tExecutive summary\n\tScope\n"
        "Migrated 10,000 client PCs to the new OS before the support deadline.\n"
    )
    kept, skipped, notes = extracted(linter, text, "text")
    assert [claim for _, claim in kept] == ["Led the claims portal relaunch for 40 brokers."]
    assert (8, "paragraph under a heading po2pm does not read as Experience or Projects") in skipped
    assert any("under a heading po2pm does not read as Experience or Projects" in note for note in notes)
    # before any section of claims, such a line is not told (a contact or summary line at the top)
    top, top_skipped, _ = extracted(linter, "Migrated 10,000 client PCs to the new OS.\n\nEXPERIENCE\nLed the relaunch.\n", "text")
    assert not any(reason == "paragraph under a heading po2pm does not read as Experience or Projects" for _, reason in top_skipped)


def test_round_sg_a_project_title_a_bar_and_its_stack_in_middle_dots_is_no_claim():
    """Round SG: a PDF's project lines "SusWord — Real-Time Multiplayer Social Deduction Game |
    React · TypeScript · Socket.IO · Node.js" were read as claims; a line that opens with an act,
    or whose dotted part says what came of it, is still one."""
    assert why_not_a_claim("Claims Tracker — Broker Filing Portal | React · TypeScript · Socket.IO · Node.js") == "project title and its stack"
    assert why_not_a_claim("Habit Tracker — Habit Management Platform | React · Tailwind CSS") == "project title and its stack"
    assert why_not_a_claim("Led the rebuild of the claims portal | React · Node") is None
    assert why_not_a_claim("Claims portal for brokers | cut filing time 40% · 2 releases") is None


def test_round_sg_an_employer_and_a_place_named_with_of_is_no_claim():
    """Round SG: a PDF's "Division of IT - University of Maryland College Park, MD" was read as a
    claim while the same file's other employer lines were left out; a claim whose last words are
    names is still one."""
    assert why_not_a_claim("Division of IT - University of Maryland College Park, MD") == "company and place"
    assert why_not_a_claim("This led me to create two additional queues – Input and Selected.") is None
    assert why_not_a_claim("Rebuilt the claims portal - Bank of America") is None


def test_round_sg_an_emphasised_line_describing_the_employer_is_no_claim(linter):
    """Round SG: "*Fortune 200 regulated electric utility*" under a job's dates was read as a claim
    (its "regulated" read as an act) while "*Fortune 500 agricultural cooperative*" was not; a
    claim set in italics is still read."""
    text = (
        "## Experience\n\n### Developer · FirstEnergy\n**Akron, OH (Remote) · Nov 2022 – Apr 2025**\n"
        "*Fortune 200 regulated electric utility*\n\n- Led the reporting of the outage desk\n\n"
        "### Product Owner · Acme\n\n*Led the move of the claims team to a new intake form.*\n"
    )
    assert claims_read(linter, text, "markdown") == ["Led the reporting of the outage desk", "Led the move of the claims team to a new intake form."]


def test_round_sg_a_supervisors_title_is_no_claim():
    """Round SG: a Word list item "Shift Supervisor." under an employer's line was read as a claim
    ("Shift Manager." was not); a claim about supervisors is still one."""
    assert why_not_a_claim("Shift Supervisor.") == "job title"
    assert why_not_a_claim("Trained the shift supervisors on the new rota") is None


def test_round_si_a_lists_first_item_with_its_label_on_the_same_line_is_read(linter):
    """Round SI: a PDF's left column put the label on the first item's line ("Opérationnel •
    Management ..."); under a heading po2pm does not know, that first claim of three lists was
    dropped in silence while its siblings were read. The label is told apart as a keyword."""
    text = (
        "ROLES AND RESULTS\nOperations Supervisor\nAcme, Paris | 07/2022 - 07/2025\n"
        "Operations • Managed a team of 15 operators in a demanding plant.\n"
        "• Ran the daily production and quality KPIs with root cause analysis.\n"
        "Improvement • Analysed quality gaps on the floor and standardised\n"
        "good practice with the shift leads.\n"
        "• Rewrote the operating procedures with the business teams.\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert kept == [
        (4, "Managed a team of 15 operators in a demanding plant."),
        (5, "Ran the daily production and quality KPIs with root cause analysis."),
        (6, "Analysed quality gaps on the floor and standardised good practice with the shift leads."),
        (8, "Rewrote the operating procedures with the business teams."),
    ]
    assert (4, "keyword") in skipped and (6, "keyword") in skipped


def test_round_si_a_line_of_work_under_an_unknown_heading_after_claims_is_told(linter):
    """Round SI: with no Experience heading, a project's one-line summary under a capitalised
    project heading was dropped in silence while the project's list items were read."""
    text = (
        "ROLES AND RESULTS\nOperations Supervisor\nAcme, Paris | 07/2022 - 07/2025\n"
        "• Ran the daily production and quality KPIs with root cause analysis.\n"
        "DIGITAL TRANSFORMATION PROJECT\n"
        "Digitised a critical traceability process to improve quality, compliance and operating performance.\n"
        "• Rolled out the new digital processes with training for the teams.\n"
    )
    kept, skipped, notes = extracted(linter, text, "text")
    assert [line for line, _ in kept] == [4, 7]
    assert skipped == [(6, "paragraph under a heading po2pm does not read as Experience or Projects")]


@pytest.mark.parametrize("name", ["resume.md", "resume.txt"])
def test_a_task_lists_box_is_not_read_as_the_claims_words(tmp_path, name):
    resume = tmp_path / name
    resume.write_text("## Experience\n\n- [ ] Managed the backlog for the payments team\n- [x] Ran sprint planning for two squads\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "-f", "json", str(resume)])
    bullets = json.loads(result.output)["files"][0]["bullets"]
    assert [(b["text"], b["line"], b["column"]) for b in bullets] == [
        ("Managed the backlog for the payments team", 3, 7),
        ("Ran sprint planning for two squads", 4, 7),
    ]


def test_round_sk_a_run_in_label_is_cut_before_an_act_in_the_present_tense_too(tmp_path):
    """Round SK: "**Evidence Automation Framework:** Designed ..." was read without its label and
    "**Systems Integrity:** Manage ..." with it, in the same Markdown list."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        "## Experience\n\n- **Evidence Framework:** Designed a framework for audit evidence\n"
        "- **Systems Integrity:** Manage the security posture of 1,000+ endpoints\n"
        "- **Lead Generation:** Lead scoring for the sales team\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", "-f", "json", str(resume)])
    texts = [bullet["text"] for bullet in json.loads(result.output)["files"][0]["bullets"]]
    assert texts == [
        "Designed a framework for audit evidence",
        "Manage the security posture of 1,000+ endpoints",
        "Lead Generation: Lead scoring for the sales team",
    ]


def test_round_sl_short_duties_and_sentences_ending_in_a_year_are_read_and_core_accomplishments_too(linter, tmp_path):
    """Round SL (LiveCareer PDFs, their bullet dots drawn as shapes): "Maintain approved parts
    inventory." and "Surpassed annual quota by 125% in 2015." were dropped in silence between read
    lines; so were the claims under "Core Accomplishments", and the lines of an "Executive Profile"
    went unsaid, its title not among the sections not read."""
    text = (
        "Executive Profile\n"
        "Operations leader who turns around struggling branch teams.\n"
        "Core Accomplishments\n"
        "Launched a training programme for all branch staff.\n"
        "Experience\n"
        "Branch Manager 04/2015 to Current\n"
        "Acme Bank - Leeds\n"
        "Maintain approved branch inventory.\n"
        "Surpassed the annual loan target by 25% in 2015.\n"
        "Earned the Regional Service Award in 2016.\n"
        "Scheduled and attended at least 10 customer meetings per week.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Launched a training programme for all branch staff.",
        "Maintain approved branch inventory.",
        "Surpassed the annual loan target by 25% in 2015.",
        "Earned the Regional Service Award in 2016.",
        "Scheduled and attended at least 10 customer meetings per week.",
    ]
    resume = tmp_path / "cv.txt"
    resume.write_text(text, encoding="utf-8")
    assert "Executive Profile" in str(read_by_command(resume)["skipped_sections"])


def test_round_sl_a_skills_grids_row_is_a_skills_list_and_a_title_case_claim_is_not():
    """Round SL: LiveCareer's "Highlights" grids, each row marked with a drawn dot, were read as
    claims ("Analytical Skills Good Interpersonal Skills Organizational Skills Communication
    Skills"). Shorter title-case lines, and those with a preposition or a past act, are bullets."""
    assert why_not_a_claim("Analytical Skills Good Interpersonal Skills Organizational Skills Communication Skills") == "skills list"
    assert why_not_a_claim("Social Networking Recruitment Advertising Campus Recruiting OSHA Standards") == "skills list"
    assert why_not_a_claim("Ongoing Process Reviews and Process Improvement") is None
    assert why_not_a_claim("Launched Self Serve Refunds For The Claims App And Broker Portal") is None


def test_projects_and_certifications_under_one_heading_are_read_and_the_certificates_left_out(linter):
    """Round SN: a heading over claims and a short list ("Projects & Certifications") was read as
    a list, and its project bullets were not read; the certificate lines stay out."""
    resume = (
        "# Resume\n\n## Projects & Certifications\n\n- Built a budgeting app used by 300 students\n"
        "- Certified Scrum Product Owner (CSPO)\n- AWS Certified Cloud Practitioner\n\n## Skills\n\n- Jira, SQL\n"
    )
    assert claims_read(linter, resume, "markdown") == ["Built a budgeting app used by 300 students"]


def test_an_html_section_named_by_its_id_and_not_read_is_named(tmp_path):
    """Round SM: a page's `<section id="profile">` list of eight claims was passed over with no
    word: the sections-not-read scan took headings only, where the reader takes section ids too."""
    page = tmp_path / "cv.html"
    page.write_text(
        "<html><body><section id=\"profile\"><p>Kurz gesagt</p><ul><li>Grew the card business by 40%.</li></ul></section>\n"
        "<section id=\"experience\"><h2>Erfahrung</h2><ul><li>Ran the backlog of the card controls squad.</li></ul></section>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "-f", "json", str(page)])
    document = json.loads(result.stdout)["files"][0]
    assert [b["text"] for b in document["bullets"]] == ["Ran the backlog of the card controls squad."]
    assert [(s["line"], s["heading"]) for s in document["skipped_sections"]] == [(1, "profile")]


def test_a_label_over_a_projects_tools_does_not_close_projects(linter):
    """Round SO: a two-column PDF set "TECHNOLOGIES" over each project's tools, in capitals as its
    headings are; it closed PROJECTS, and the claim below each list of tools was lost. A
    Technologies section after Experience, whose lines are all lists, is still a listing."""
    from po2pm_rewrite.formats import listing_sections

    text = (
        "PROJECTS\nClaims Portal\nTECHNOLOGIES\nJava, Spring, PostgreSQL\nBuilt the broker claims portal and cut call volume\n"
        "Expedia\nTECHNOLOGIES\nJava, AWS\nRebuilt the flight search page for partners\n"
    )
    kept, _, _ = extracted(linter, text, "pdf")
    assert [claim for _, claim in kept] == ["Built the broker claims portal and cut call volume", "Rebuilt the flight search page for partners"]
    assert listing_sections(text, "pdf") == []
    listing = "EXPERIENCE\n- Built the broker claims portal\nTECHNOLOGIES\nJava, Spring, PostgreSQL\nKubernetes, Terraform and Helm\n"
    kept, _, _ = extracted(linter, listing, "text")
    assert [claim for _, claim in kept] == ["Built the broker claims portal"]


def test_work_under_a_heading_po2pm_does_not_know_is_told_in_markdown_and_pdf(linter):
    """Round SO: a hackathon's sentence under its own heading, as large as ACHIEVEMENTS, and a
    Portuguese PDF's 15 job paragraphs under headings po2pm does not know, were dropped in silence;
    a plain-text file's were already told. A PDF's short lines there (a degree, a skills table's
    row) are not told as work."""
    from po2pm_rewrite.model import UNREAD_SECTION

    markdown = "## Experience\n- Built the claims portal for brokers\n\n## Won the Build AI hackathon\nWon the two-day hackathon with a fraud model for card payments.\n"
    kept, skipped, _ = extracted(linter, markdown, "markdown")
    assert kept == [(2, "Built the claims portal for brokers")]
    assert skipped == [(5, UNREAD_SECTION)]
    pdf = (
        "EXPERIENCE\n• Built the claims portal for brokers\n# SKILLS\nPython, SQL\n# Build AI Challenge 2018\n"
        "Won the two-day hackathon with a fraud model for card payments and a pitch.\nBachelor of Science in Business\nProcess mapping and improvement Microsoft Office\n"
    )
    kept, skipped, _ = extracted(linter, pdf, "pdf")
    assert kept == [(2, "Built the claims portal for brokers")]
    assert skipped == [(6, UNREAD_SECTION)]


def test_sub_headings_between_the_paragraphs_of_an_entry_head_a_claim_each(linter):
    r"""Round SO: a moderncv \cventry's description of paragraphs, each under a grey bold
    sub-heading ended by \\; every sub-heading after the first was glued onto the sentence below
    it ("Client Engagement Present technical overviews ..."), 9 claims of a file."""
    document = latex_document(
        "\\section{Experience}\n\\cventry{2022--2023}{Principal}{Contino}{London}{}{\n"
        "\\textcolor{gray}{\\textbf{Engineering Lead}}\\\\\nLed the engineering work-streams for a retail bank's cloud move.\\\\\\\\\n"
        "\\textcolor{gray}{\\textbf{Client Engagement}}\\\\\nPresented the landing zone design to the bank's architecture board.\\\\\\\\\n"
        "\\textbf{Security \\& Compliance}\\\\\nMapped the bank's cloud controls to evidence for its auditors.\\\\\n}\n",
        "moderncv",
    )
    kept, _, _ = extracted(linter, document, "latex")
    assert [text for _, text in kept] == [
        "Led the engineering work-streams for a retail bank's cloud move.",
        "Presented the landing zone design to the bank's architecture board.",
        "Mapped the bank's cloud controls to evidence for its auditors.",
    ]


def test_a_markdown_line_of_company_role_and_dates_before_its_claim_is_read(linter):
    """Round SP: "Mocana – VP Engineering (2010-2012): Managed engineering, QA ..." lines under a
    Markdown Experience heading were left out as lines that do not open with an act: the run-in
    label of a company, a dash, a role and dates is cut as the screen cuts "Project Manager:"."""
    text = (
        "## Experience\n\nNorthwind – VP Engineering (2010-2012): Managed the engineering and support teams for the claims platform\n\n"
        "- Acme — Product Owner (2019-2021): Ran the pricing experiments for the broker portal\n"
    )
    kept, skipped, _ = extracted(linter, text, "markdown")
    assert [claim for _, claim in kept] == [
        "Managed the engineering and support teams for the claims platform",
        "Ran the pricing experiments for the broker portal",
    ]
    assert skipped == []


def test_community_engagement_is_read_as_a_section_of_claims_and_a_list_label_is_not_told_as_work(linter):
    """Round SP: a Markdown "## COMMUNITY ENGAGEMENT" section's mentoring line was dropped in
    silence; and "**SaaS & Platform Expertise:** Enterprise software, ..." under "## TECHNICAL &
    DOMAIN KNOWLEDGE" was told as a paragraph of work."""
    from po2pm_rewrite.model import UNREAD_SECTION

    text = (
        "## Experience\n- Built the claims portal for brokers\n\n## Technical & Domain Knowledge\n\n"
        "**SaaS & Platform Expertise:** Enterprise software, cloud platforms, analytics platforms\n\n"
        "## Community Engagement\n\n**City Literacy Program** | *2025 - Present*\nMentored 12 second-grade readers every week at the city library\n"
    )
    kept, skipped, _ = extracted(linter, text, "markdown")
    assert [claim for _, claim in kept] == ["Built the claims portal for brokers", "Mentored 12 second-grade readers every week at the city library"]
    assert UNREAD_SECTION not in [reason for _, reason in skipped]


def test_a_list_typed_line_by_line_inside_an_html_paragraph_is_one_claim_an_item(linter, tmp_path):
    """Round SQ: a Quarto page whose Markdown list was never rendered ("<p><strong>Acme</strong>
    (Present)<br>- Delivered ...<br>- Processed ...</p>") was read as one claim a job, its employer
    and dates glued on; each item is a claim, the employer's line told, and --write edits one item."""
    page = (
        "<html><body><h2>Experience</h2>\n<h3>Cashier</h3>\n"
        "<p><strong>Acme Market – Leeds</strong> (Present)<br>\n"
        "- Delivered customer service and kept the loans desk open<br>\n"
        "- Processed payments, stocked shelves, trained new hires<br>\n"
        "- Wrote user stories for the till app</p>\n</body></html>\n"
    )
    kept, skipped, _ = extracted(linter, page, "html")
    assert kept == [
        (4, "Delivered customer service and kept the loans desk open"),
        (5, "Processed payments, stocked shelves, trained new hires"),
        (6, "Wrote user stories for the till app"),
    ]
    assert [line for line, _ in skipped] == [3]
    # a paragraph with one line break and no typed list stays one claim
    assert claims_read(linter, "<h2>Experience</h2><p>Wrote user stories for the till app<br>and ran its demos</p>", "html") == [
        "Wrote user stories for the till app and ran its demos"
    ]
    resume = tmp_path / "cv.html"
    resume.write_text(page, encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_text('[[bullet]]\nline = 6\nedit = "Cut till queue time 20% by ranking the till backlog by wait time"\n', encoding="utf-8")
    result = run_installed("rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume))
    assert result.returncode == 0, result.stderr
    written = resume.read_text(encoding="utf-8")
    assert written == page.replace("- Wrote user stories for the till app</p>", "- Cut till queue time 20% by ranking the till backlog by wait time</p>")


def test_a_title_closed_by_a_full_stop_before_an_act_is_a_run_in_label(linter):
    """Round SQ: a Canva PDF's "Engagement Growth. Increased engagement rate by 65% ..." lines were
    left out as opening with no act; the title is a label, the act after it the claim. A first
    sentence that is itself an act keeps its place."""
    text = (
        "KEY ACHIEVEMENTS\n"
        "Engagement Growth. Increased engagement rate by 65% through a new content plan for the brand.\n"
        "Follower Growth. Achieved 45K new followers within 3 months of the relaunch.\n"
        "Led Growth. Built the plan for the spring relaunch.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Increased engagement rate by 65% through a new content plan for the brand.",
        "Achieved 45K new followers within 3 months of the relaunch.",
        "Led Growth. Built the plan for the spring relaunch.",
    ]


def test_a_fragment_after_a_sentence_of_a_long_item_stays_with_it(linter):
    """Round SQ: "... Brought $4.6M of dead stock online for 1000+ stores. First in the industry.
    ..." was split into a claim "First in the industry."; a short sentence that opens with no verb
    goes on with the claim before it, while a duty of a few words stays a claim of its own."""
    text = (
        "EXPERIENCE\n"
        "- Created and launched a wholesale network among other vendors to move stagnant stock. "
        "Brought $4.6M of dead stock online for 1000+ stores. First in the industry. "
        "Collected 4000 vendor contacts from the web for the sales team.\n"
        "- Set the long-term vision for the technical services department and its 12 engineers, who serve "
        "the support desks of forty regional banks and the card issuers behind them, through a plan for each year. "
        "Create new product offerings. Report to senior executives.\n"
    )
    assert claims_read(linter, text, "text") == [
        "Created and launched a wholesale network among other vendors to move stagnant stock.",
        "Brought $4.6M of dead stock online for 1000+ stores. First in the industry.",
        "Collected 4000 vendor contacts from the web for the sales team.",
        "Set the long-term vision for the technical services department and its 12 engineers, who serve the support desks "
        "of forty regional banks and the card issuers behind them, through a plan for each year.",
        "Create new product offerings.",
        "Report to senior executives.",
    ]


def test_a_page_footer_padded_with_spaces_is_not_read_into_the_claim_above(linter):
    """Rounds SQ and SR: "Page 2 of 4" set in from the margin (a LinkedIn export's text, padded with
    no-break spaces; a PDF's footer) was read as the wrapped tail of the claim above it."""
    text = (
        "EXPERIENCE\n"
        "- Led the move of the claims portal to .NET Core, resulting in faster page loads for brokers.\n"
        "\u00a0 Page 2 of 4\u00a0 \u00a0\n"
        "- Wrote the release notes for the loans app\n"
    )
    assert claims_read(linter, text, "text") == [
        "Led the move of the claims portal to .NET Core, resulting in faster page loads for brokers.",
        "Wrote the release notes for the loans app",
    ]


def test_an_unmarked_line_opening_with_an_ing_act_before_a_capitalised_word_is_a_claim(linter):
    """Round SR: "Leading Business requirement analysis and prioritization for NRO, SRM, ..." (a
    LinkedIn PDF's line) was left out as opening with no act, while "Managing GCP Airflow ..."
    beside it was read; a title in capitals ("Leading Edge Solutions") stays out."""
    text = (
        "EXPERIENCE\n"
        "Leading Business requirement analysis and prioritization for the loans and cards squads in three regions\n"
        "Managing GCP Airflow pipelines for the sales operations team\n"
        "Leading Edge Solutions Ltd\n"
    )
    assert claims_read(linter, text, "text") == [
        "Leading Business requirement analysis and prioritization for the loans and cards squads in three regions",
        "Managing GCP Airflow pipelines for the sales operations team",
    ]


def test_round_st_a_word_link_field_code_is_no_part_of_a_claim_and_opens_its_own_line(linter):
    """Round ST: a Word resume saved as text keeps each link's field code, ' HYPERLINK "url" ' before
    the link's text. A line opening with one (set in by the space before it) was glued onto the
    claim above it, two claims read as one, and the code stayed in the claim's words."""
    text = (
        "EXPERIENCE\n"
        "Wrote the new gallery's website content on the history of the docks for the harbour's arts centre.\n"
        ' HYPERLINK "http://www.harbour-example.org" www.harbour-example.org: contributing writer\n'
        'Trade press: writing and editing daily newspapers at trade fairs e.g. HYPERLINK "https://news.example.org/daily" https://news.example.org/daily\n'
    )
    (kept, skipped, _, _), = linter.extract_report([Source("resume", text, format="text")])
    assert [(b.start.line, b.text) for b in kept] == [
        (2, "Wrote the new gallery's website content on the history of the docks for the harbour's arts centre."),
        (4, "Trade press: writing and editing daily newspapers at trade fairs e.g. https://news.example.org/daily"),
    ]
    assert [(s.bullet.start.line, s.bullet.start.column, s.bullet.text, s.reason) for s in skipped] == [
        (3, 45, "www.harbour-example.org: contributing writer", PASSED_OVER),
    ]
    lines = text.splitlines()
    for bullet in [kept[1], skipped[0].bullet]:  # every character read is where the file has it
        for segment in bullet.segments:
            written = lines[segment.line - 1][segment.column - 1 : segment.column - 1 + segment.length]
            assert written == bullet.text[segment.text_start : segment.text_start + segment.length]


def test_round_st_a_clients_line_whose_work_opens_with_an_act_of_any_form_is_a_claim(linter):
    """Round ST: a freelancer's Word resume saved as text set "Client: what I did" a line each, with
    no list mark; the lines whose work opens with an -ing act or "I have ..." were left out as
    opening with no act, and "Client: news reporting" was told as a personal detail. A listing's
    label and a detail of an entry stay out."""
    text = (
        "EXPERIENCE\n"
        "Northwind Medical Press: writing and producing marketing materials\n"
        "Harbour Review: Contributing chapters to a book on the river trade\n"
        "Dockside Radio: I have produced and reported packages for the morning show\n"
        "Northwind Gazette: news reporting\n"
        "Tools: Jira, Confluence and Miro\n"
        "Role: Scrum Master\n"
        "Location: Berlin\n"
    )
    kept, skipped, _ = extracted(linter, text, "text")
    assert kept == [
        (2, "Northwind Medical Press: writing and producing marketing materials"),
        (3, "Contributing chapters to a book on the river trade"),
        (4, "I have produced and reported packages for the morning show"),
    ]
    assert (5, PASSED_OVER) in skipped


def test_round_st_a_run_in_label_that_names_the_client_stays_in_the_claim(linter):
    """Round ST: "Committee for Climate Change: Researched and produced web content ..." was read
    without the client it was done for; a topic's or a role's label is still cut ("Project
    Manager (Contract): Managed ...")."""
    text = (
        "## Experience\n\n"
        "- Northwind Heritage Council: Researched and produced the podcasts for the launch of the river report\n"
        "- Harbour Reader's Digest: Wrote four chapters of a book on the river trade\n"
        "- Project Manager (Contract): Managed the rollout of the clinic booking app to 40 sites\n"
    )
    assert claims_read(linter, text, "markdown") == [
        "Northwind Heritage Council: Researched and produced the podcasts for the launch of the river report",
        "Harbour Reader's Digest: Wrote four chapters of a book on the river trade",
        "Managed the rollout of the clinic booking app to 40 sites",
    ]


def test_round_su_a_projects_focus_line_and_an_employer_building_something_are_no_claims(linter):
    """Round SU: a PDF's "Focus: User interaction psychology, game loops, ..." under each project
    and a JSON job's "Cinch Financial is building the world's first ..." were read as claims; each
    is now told, and a focus that opens with an act is still read."""
    text = (
        "## Projects\n\n"
        "- Focus: User interaction psychology, game loops and real-time state management.\n"
        "- Focus: Led the move of the scoring engine to a shared cache for the rhythm game\n"
        "\n## Experience\n\n"
        "- Northwind Ledger is building the first self-driving budgeting app for young families.\n"
        "- Built the onboarding flow that took new families to their first budget in a day\n"
    )
    (kept, skipped, _, _), = linter.extract_report([Source("resume.md", text, format="markdown")])
    assert [b.text for b in kept] == [
        "Led the move of the scoring engine to a shared cache for the rhythm game",  # its label cut, as a run-in label is
        "Built the onboarding flow that took new families to their first budget in a day",
    ]
    reasons = {s.bullet.text: s.reason for s in skipped}
    assert reasons["Focus: User interaction psychology, game loops and real-time state management."] == "description of a project or product"
    assert reasons["Northwind Ledger is building the first self-driving budgeting app for young families."] == "line about the employer"


def test_round_su_a_linkedin_export_of_an_account_in_another_language_is_read_by_its_headings(linter):
    """Round SU: LinkedIn names an export's sections in the account's language ("Erfaring",
    "Uddannelse", "Kompetencer"), whatever the profile's: a Danish account's English claims were
    told one by one as under a heading po2pm does not know. Accents are no part of a heading's key."""
    text = (
        "Kompetencer\nProduct discovery\nFigma\n\n"
        "Erfaring\nNorthwind Ledger\nProduct Designer\n"
        "Redesigned the budgeting onboarding after twelve interviews with young families.\n"
        "Cut the steps to a first budget from nine to four, lifting week-one activation by 18%.\n\n"
        "Uddannelse\nAarhus Business Academy\nMultimedia design, 2016 - 2018\n\n"
        "Expérience professionnelle\nHarbour Books\nShipped the reading-list feature to 40,000 members in two months.\n"
    )
    (kept, _, _, _), = linter.extract_report([Source("resume.txt", text, format="text")])
    assert [b.text for b in kept] == [
        "Redesigned the budgeting onboarding after twelve interviews with young families.",
        "Cut the steps to a first budget from nine to four, lifting week-one activation by 18%.",
        "Shipped the reading-list feature to 40,000 members in two months.",
    ]


# Round SY: a text CV whose skills sit under numbered sub-headings, as lists of short tags. Most
# were left out as keywords; "Agile, Scrum", "Windows + Visual Studio" and their like were read as
# claims beside them.
TAGS_UNDER_NUMBERED_HEADINGS = (
    "EXPERIENCE\n"
    "\n"
    "* Rebuilt the claims portal's search for the loans team, halving its response time\n"
    "* Led the move of the booking service to the cloud\n"
    "\n"
    "MY TEN YEARS OF CODE\n"
    "\n"
    "01. Environment\n"
    "\n"
    "* OSX + Atom + Tmux\n"
    "* Linux + Eclipse\n"
    "* Windows + Visual Studio\n"
    "\n"
    "02. Methodology\n"
    "\n"
    "* Software Craftmanship\n"
    "* Agile, Scrum\n"
    "* PMBOK\n"
)


def test_a_short_line_among_tags_is_a_tag_too(linter):
    kept, skipped, _ = extracted(linter, TAGS_UNDER_NUMBERED_HEADINGS, "text")
    assert [text for _, text in kept] == [
        "Rebuilt the claims portal's search for the loans team, halving its response time",
        "Led the move of the booking service to the cloud",
    ]
    assert (12, "keyword") in skipped and (17, "keyword") in skipped


def test_short_duties_among_a_few_tags_stay_claims(linter):
    """Two tags among five lines are no list of tags: the duties are claims."""
    text = (
        "EXPERIENCE\n\n"
        "* Backlog ownership for the payments squad\n"
        "* Stakeholder management for the card launch\n"
        "* Jira\n"
        "* Release planning with the two squads\n"
        "* Confluence\n"
    )
    claims = claims_read(linter, text, "text")
    for duty in ("Backlog ownership for the payments squad", "Stakeholder management for the card launch", "Release planning with the two squads"):
        assert duty in claims, claims


def test_round_sab_work_under_a_section_that_lists_is_told_not_dropped(tmp_path):
    """Round SAB: a student's project claims under "Skills" were dropped with the section, and
    `check` said nothing (16 lost in silence). A line there that opens with an act and runs to
    seven words is told, in text, Word and PDF files and Markdown; a tool list and a title whose
    first word reads as a past ("Certified Product Owner with ...") are not."""
    body = (
        "SKILLS\n\nPython, SQL, Tableau\nOptimized the brute force solver to create sudokus with a difficulty selection.\n"
        "Certified Product Owner with six years in banking\n\nEXPERIENCE\n\n- Managed the claims backlog for the loans team\n"
    )
    resume = tmp_path / "cv.txt"
    resume.write_text(body, encoding="utf-8")
    markdown = tmp_path / "cv.md"
    markdown.write_text(body.replace("SKILLS\n\n", "## Skills\n\n- ").replace("Tableau\n", "Tableau\n- ").replace("selection.\n", "selection.\n- ").replace("EXPERIENCE", "## Experience"), encoding="utf-8")
    for path in (resume, markdown):
        result = run_installed("check", str(path))
        assert "1 line of work under a section po2pm reads as a list (Skills, Education, Awards ...): not checked" in result.stderr, (path, result.stderr)
        extracted = json.loads(run_installed("extract", "-f", "json", str(path)).stdout)["files"][0]
        told = [item["text"] for item in extracted["skipped"] if item["reason"].startswith("line of work under a section")]
        assert told == ["Optimized the brute force solver to create sudokus with a difficulty selection."], (path, extracted["skipped"])


def test_round_sab_a_jobs_technologies_label_and_chevron_bullets_in_a_pdf(linter):
    """Round SAB: a PDF's "Technologies:" at the foot of each job, its tools below it, opened a
    listing that ran on over the next four jobs (24 claims lost in silence); "›" bullets were told
    as lines with no mark."""
    from po2pm_rewrite.formats import extract

    rendered = (
        "EXPERIENCE\nFreelance | Acme remote 2024– 2025\n› Added a testing framework to the claims service for 40 adjusters\n"
        "Technologies:\nNode.js · Python · Flask · React\nSenior Engineer | Initech remote 2023– 2024\n"
        "› Re-implemented a multi-year billing project in modern patterns in 3 weeks\n› Guided a team of five junior developers through the rewrite\n"
    )
    assert [bullet.text for bullet in extract(rendered, "pdf") if not bullet.passed_over] == [
        "Added a testing framework to the claims service for 40 adjusters",
        "Re-implemented a multi-year billing project in modern patterns in 3 weeks",
        "Guided a team of five junior developers through the rewrite",
    ]
