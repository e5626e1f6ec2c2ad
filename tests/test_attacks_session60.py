"""Cases of the attack round of session 60 (ATK21, on session 59's code; issue 16): each failed on
the code before its fix."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app
from po2pm_rewrite.formats.keys import opens_as_a_claim

from .test_attacks_session58 import _claims

runner = CliRunner()

_CLAUSE = ", in an order set by ["


def _write_first_suggestions(resume):
    return runner.invoke(app, ["rewrite", "--no-cache", "--write", "--allow-placeholders", str(resume)])


@pytest.mark.parametrize(
    ("name", "text", "kept"),
    [
        ("cv.md", "## Experience\n\n- Managed the *claims* backlog for three teams.\n", "- Managed the *claims* backlog for three teams, in an order set by ["),
        ("cv.md", "## Experience\n\n- Managed the [claims](https://claims.example) backlog for three teams.\n", "[claims](https://claims.example) backlog for three teams, in an order"),
        ("cv.md", "## Experience\n\n- Managed the claims backlog for **three teams.**\n", "**three teams, in an order set by ["),
        ("cv.html", "<html><body><h2>Experience</h2><ul><li>Managed the <b>claims</b> backlog for three teams.</li></ul></body></html>\n", "<li>Managed the <b>claims</b> backlog for three teams, in an order"),
        ("cv.tex", "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n\\item Managed the \\textbf{claims} backlog for \\emph{three teams.}\n\\end{itemize}\n\\end{document}\n",
         "\\item Managed the \\textbf{claims} backlog for \\emph{three teams}, in an order"),
    ],
)
def test_a_clause_added_to_a_bullet_ending_in_a_full_stop_keeps_its_markup(tmp_path, name, text, kept):
    """ATK21, C22: a suggestion that keeps a bullet ending in "." moves the stop after its clause,
    so the write took it for new words and replaced the whole bullet, its bold, italics, links and
    LaTeX groups deleted (exit 0). Now the clause goes in before the stop and the markup stays."""
    resume = tmp_path / name
    resume.write_text(text, encoding="utf-8")
    result = _write_first_suggestions(resume)
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    assert kept in written, written
    assert written.count(_CLAUSE) == 1 and written.count("by how much].") == 1, written


def _told(path) -> list[str]:
    result = runner.invoke(app, ["extract", "--format", "json", str(path)])
    return [b["text"] for b in json.loads(result.stdout)["files"][0]["skipped"]]


def _latex(tmp_path, body: str, preamble: str = "", document_class: str = "article"):
    resume = tmp_path / "cv.tex"
    resume.write_text(f"\\documentclass{{{document_class}}}\n{preamble}\\begin{{document}}\n\\section{{Experience}}\n{body}\\end{{document}}\n", encoding="utf-8")
    return resume


_ITEMS = (
    "\\begin{itemize}\n\\item Managed the claims backlog for three teams\n"
    "\\item Built a refund bot used by 40 agents, cutting wait times 30\\%\n\\end{itemize}\n"
)
_READ = ["Managed the claims backlog for three teams", "Built a refund bot used by 40 agents, cutting wait times 30%"]


def test_a_section_title_typed_among_a_paragraphs_items_opens_its_section(tmp_path):
    """ATK21, C27: in a <p> whose items are typed with "•" and split by <br>, "<b>Education</b>" was
    joined to the item above it ("... payments team Education"), and a write put the clause after
    the heading (exit 0); with one item, the item, the title and the degree were told as a degree."""
    resume = tmp_path / "cv.html"
    resume.write_text(
        "<html><body>\n<h2>Experience</h2>\n<p><b>Acme Corp</b><br>\n• Managed the claims backlog for three teams and<br>\n"
        "ran sprint planning for the squad<br>\n• <i>Wrote</i> user stories for the payments team<br>\n<b>Education</b><br>\n"
        "• Led the student union's finance committee of twelve people</p>\n</body></html>\n",
        encoding="utf-8",
    )
    assert _claims(resume) == ["Managed the claims backlog for three teams and ran sprint planning for the squad", "Wrote user stories for the payments team"]
    assert "Led the student union's finance committee of twelve people" in _told(resume)
    result = _write_first_suggestions(resume)
    assert result.exit_code == 0, result.output
    assert "<b>Education</b><br>\n" in resume.read_text(encoding="utf-8")
    one_item = tmp_path / "one.html"
    one_item.write_text("<html><body>\n<h2>Experience</h2>\n<p><b>Acme Corp</b><br>\n• Wrote user stories for the payments team<br>\n<b>Education</b><br>\nBSc Computing, Leeds</p>\n</body></html>\n", encoding="utf-8")
    assert _claims(one_item) == ["Wrote user stories for the payments team"]


def test_an_iffalse_given_to_a_name_by_let_hides_nothing(tmp_path):
    r"""ATK21, C3: `\let\ifcompact\iffalse` in the preamble was taken for an `\iffalse` block, and
    the claims up to the first `\fi` were blanked in silence."""
    body = _ITEMS + "\\ifcompact\\else\\vspace{2pt}\\fi\n\\begin{itemize}\n\\item Launched the broker mobile app to 12,000 brokers in four months\n\\end{itemize}\n"
    assert _claims(_latex(tmp_path, body, "\\let\\ifcompact\\iffalse\n")) == [*_READ, "Launched the broker mobile app to 12,000 brokers in four months"]


@pytest.mark.parametrize(("opening", "closing", "preamble"), [("\\iffalse", "\\fi", ""), ("\\begin{comment}", "\\end{comment}", "\\usepackage{comment}\n")])
def test_a_closing_in_a_comment_inside_a_hiding_block_does_not_end_it(tmp_path, opening, closing, preamble):
    r"""ATK21, C4: "% old draft ended here: \fi" inside an `\iffalse` block was taken for its end, so
    a verbatim opened inside the block paired with a later real one, and every claim was lost."""
    body = (
        f"{opening}\n% old draft ended here: {closing}\n\\begin{{verbatim}}\n{closing}\n" + _ITEMS
        + "\\section{Projects}\n\\begin{verbatim}\nmake all\n\\end{verbatim}\n"
        "\\begin{itemize}\n\\item Launched the broker mobile app to 12,000 brokers in four months\n\\end{itemize}\n"
    )
    assert _claims(_latex(tmp_path, body, preamble)) == [*_READ, "Launched the broker mobile app to 12,000 brokers in four months"]


def test_nested_inline_environments_of_one_name_keep_the_item_whole(tmp_path):
    r"""ATK21, C8: `\begin{small}claims \begin{small}backlog\end{small} for three\end{small} teams`
    cut the item at the first `\end{small}` in silence, and a write put the clause mid-sentence."""
    body = "\\begin{itemize}\n\\item Managed the \\begin{small}claims \\begin{small}backlog\\end{small} for three\\end{small} teams and wrote user stories\n\\end{itemize}\n"
    resume = _latex(tmp_path, body)
    assert _claims(resume) == ["Managed the claims backlog for three teams and wrote user stories"]


def test_a_jobs_dated_line_before_its_list_is_no_part_of_the_claim_above(tmp_path):
    r"""ATK21, C33: "Northwind Health, 2019 -- 2021" on its own line before a list, after a claim
    ending in `\\`, was read into the claim; an --answers edit of the claim deleted the line."""
    body = (
        "\\cventry{2019--2021}{Product Owner}{Acme}{Leeds}{}{Managed the claims backlog for three teams.\\\\\n"
        "Northwind Health, 2019 -- 2021\n\\begin{itemize}\n\\item Ran a bake-off of four vendors on refund latency\n\\end{itemize}}\n"
    )
    resume = _latex(tmp_path, body, "\\moderncvstyle{classic}\n", "moderncv")
    assert _claims(resume) == ["Managed the claims backlog for three teams.", "Ran a bake-off of four vendors on refund latency"]
    answers = tmp_path / "a.toml"
    answers.write_text('[[bullet]]\nline = 5\nedit = "Cut claim wait by a fifth by ranking the claims backlog by adjuster wait."\n', encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    assert "Northwind Health, 2019 -- 2021\n" in resume.read_text(encoding="utf-8")


def test_a_claim_opening_with_a_label_adjective_before_a_list_is_not_its_label(tmp_path):
    r"""ATK21, C5: "Combined two claims teams into one:" before a list was taken for the list's label
    (as "Selected results:" is) and lost in silence; "Selected highlights:" stays a label."""
    def read(line: str) -> list[str]:
        body = (
            f"\\cventry{{2019--2021}}{{Product Owner}}{{Acme}}{{Leeds}}{{}}{{Owned the claims product for 40 brokers.\\\\\n{line}\n"
            "\\begin{itemize}\n\\item Ran a bake-off of four vendors on refund latency\n\\end{itemize}}\n"
        )
        return _claims(_latex(tmp_path, body, "\\moderncvstyle{classic}\n", "moderncv"))

    assert any("Combined two claims teams into one" in claim for claim in read("Combined two claims teams into one:"))
    assert not any("Selected highlights" in claim for claim in read("Selected highlights:"))


def test_a_cvitem_claim_ending_in_a_share_is_read(tmp_path):
    r"""ATK21, C1: a `\CVItem` whose claim, after its role row, ends in a figure ("... from 9\% to
    5\%.") was no prose to the reader, and was lost in silence."""
    body = (
        "\\CVItem{Boots (2019--2021)}{\\textbf{Customer Advisor} \\\\ Reduced claim churn across three regions from 9\\% to 5\\%.}\n\n"
        "\\CVItem{Acme (2021--2023)}{\\textbf{Product Owner} \\\\ Wrote user stories for the payments team and ran the weekly demos.}\n"
    )
    resume = _latex(tmp_path, body, "\\newcommand{\\CVItem}[2]{\\noindent\\textbf{#1}\\\\#2\\par}\n")
    assert _claims(resume) == ["Reduced claim churn across three regions from 9% to 5%.", "Wrote user stories for the payments team and ran the weekly demos."]


def test_an_environments_default_argument_may_wrap_onto_the_next_line(tmp_path):
    r"""ATK21, C7: `\begin{job}[Hybrid,` / `three days in Leeds]{Acme Corp}` was not skipped as the
    environment's arguments, and its paragraph was lost in silence."""
    body = (
        "\\begin{job}[Hybrid,\n  three days in Leeds]{Acme Corp}\nRebuilt the claims form for 40 brokers, cutting rework by a third in one quarter.\n\\end{job}\n"
        "\\begin{job}{Northwind}\nLaunched the broker mobile app to 12,000 brokers in four months.\n\\end{job}\n"
    )
    resume = _latex(tmp_path, body, "\\newenvironment{job}[2][Remote]{\\textbf{#2} (#1)\\par}{\\par}\n")
    assert _claims(resume) == ["Rebuilt the claims form for 40 brokers, cutting rework by a third in one quarter.", "Launched the broker mobile app to 12,000 brokers in four months."]


def test_a_group_opening_a_paragraph_after_an_undefined_environments_title_is_text(tmp_path):
    r"""ATK21, C23: resume.cls's `\begin{rSection}{Experience} {\bfseries Rebuilt ...} for 40 brokers`
    had its bold group taken for a second argument, and both paragraphs were lost in silence."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience} {\\bfseries Rebuilt the claims form} for 40 brokers, cutting rework by a third in one quarter.\n\n"
        "Launched the broker mobile app to 12,000 brokers in four months, with a team of six.\n\\end{rSection}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert _claims(resume) == ["Rebuilt the claims form for 40 brokers, cutting rework by a third in one quarter.", "Launched the broker mobile app to 12,000 brokers in four months, with a team of six."]


def test_an_xparse_environments_arguments_are_counted(tmp_path):
    r"""ATK21, C34: `\NewDocumentEnvironment{job}{m m}` gave no count: its arguments on the next line
    were read into the claim, and in `\begin{job}{Northwind}{2021--2023} {\bfseries Rebuilt} the
    claims form ...` the bold group was skipped as a third argument and the claim lost."""
    body = (
        "\\begin{job}\n  {Acme Corp}{2019--2021}\nManaged the claims backlog for three teams and wrote user stories for the payments squad.\n\\end{job}\n"
        "\\begin{job}{Northwind}{2021--2023} {\\bfseries Rebuilt} the claims form for 40 brokers, cutting rework by a third in one quarter.\n\\end{job}\n"
    )
    resume = _latex(tmp_path, body, "\\NewDocumentEnvironment{job}{m m}{\\textbf{#1} \\hfill #2\\par}{\\par}\n")
    assert _claims(resume) == [
        "Managed the claims backlog for three teams and wrote user stories for the payments squad.",
        "Rebuilt the claims form for 40 brokers, cutting rework by a third in one quarter.",
    ]


def _timed_check(resume) -> float:
    started = time.monotonic()
    result = runner.invoke(app, ["check", "--no-cache", str(resume)])
    assert result.exit_code in (0, 1), result.output
    return time.monotonic() - started


def test_comment_openings_by_the_thousand_are_told_in_bounded_time(tmp_path):
    r"""ATK21, C29: the "never closed" note searched the rest of the file from each opening: 120,000
    "<!--" before one "-->" (480 KB) took 44 s; 60,000 `\iffalse` on one line before a `\fi` took
    26 s, and the `\let` check of C3's fix read the line again for each."""
    markdown = tmp_path / "cv.md"
    markdown.write_text("## Experience\n\n- Built a refund bot used by 40 agents, cutting wait times 30%\n\n" + "<!--" * 120_000 + "\n-->\n", encoding="utf-8")
    assert _timed_check(markdown) < 20
    latex = _latex(tmp_path, "\\begin{itemize}\n\\item Built a refund bot used by 40 agents, cutting wait times 30\\%\n\\end{itemize}\n" + "\\iffalse " * 60_000 + "\n" + "x" * 200_000 + "\n\\fi\n")
    assert _timed_check(latex) < 20


def test_thousands_of_lines_wrapped_onto_a_typed_html_item_are_joined_in_linear_time(tmp_path):
    """ATK21, C30: each lower-case <div> line after "<div>• ...</div>" copied the whole held item to
    join it: 16,000 lines (470 KB) took 34 s, 40,000 more than two minutes."""
    lines = "\n".join(f"<div>and ran demo {i}</div>" for i in range(40_000))
    resume = tmp_path / "cv.html"
    resume.write_text(f"<html><body><h2>Experience</h2>\n<div>• Managed the claims backlog for three teams</div>\n{lines}\n</body></html>\n", encoding="utf-8")
    assert _timed_check(resume) < 30


def test_an_entrys_own_claim_under_a_key_po2pm_does_not_read_is_told(tmp_path):
    """ATK21, C14 and C15: a job entry's string under a key po2pm does not read ("keyAchievement",
    "outcome") that opens as a claim was neither read nor told; nor were "Certified 40 brokers ..."
    and "Qualified 300 leads ..." under one, taken for a summary's adjectives."""
    resume = tmp_path / "resume.json"
    resume.write_text(
        '{"basics": {"name": "Jo"},\n "work": [{"name": "Acme", "position": "Product Owner",\n'
        '   "highlights": ["Managed the claims backlog for three teams"],\n'
        '   "keyAchievement": "Trained 40 brokers on the new claims tool in two weeks",\n'
        '   "outcome": "Certified 40 brokers on the new claims tool in two weeks"}]}\n',
        encoding="utf-8",
    )
    assert _claims(resume) == ["Managed the claims backlog for three teams"]
    assert _told(resume) == ["Trained 40 brokers on the new claims tool in two weeks", "Certified 40 brokers on the new claims tool in two weeks"]
    yaml_resume = tmp_path / "resume.yaml"
    yaml_resume.write_text(
        "work:\n  - name: Acme\n    position: Product Owner\n    highlights:\n      - Managed the claims backlog for three teams\n"
        "    notes_for_me: Qualified 300 leads a quarter for the broker sales team\n",
        encoding="utf-8",
    )
    assert _told(yaml_resume) == ["Qualified 300 leads a quarter for the broker sales team"]
    # a summary's adjective is still no act
    assert not opens_as_a_claim("Certified Scrum Master with eight years in insurance claims")
    assert not opens_as_a_claim("Experienced product owner for claims and payments teams")


def test_a_rendercv_files_sections_not_read_are_named(tmp_path):
    """ATK21, C16: in RenderCV's layout every section sits under cv.sections; its awards and
    education were never named under "sections not read", and their lines were lost in silence."""
    resume = tmp_path / "cv.yaml"
    resume.write_text(
        "cv:\n  name: Jo\n  sections:\n    experience:\n      - company: Acme\n        position: Product Owner\n        highlights:\n"
        "          - Managed the claims backlog for three teams\n    awards:\n      - Won the 2021 Acme innovation prize for the refund bot\n"
        "    education:\n      - institution: Leeds\n        area: Computing\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
    sections = json.loads(result.stdout)["files"][0]["skipped_sections"]
    assert [section["heading"] if isinstance(section, dict) else section for section in sections] == ["awards", "education"], sections


def test_items_typed_in_a_yaml_block_scalar_are_written_unquoted(tmp_path):
    """ATK21, C37: in "description: |" holding "- Managed ..." lines, a clause holding ": " was
    quoted as a plain value's would be, and the write refused it; inside a block every character
    is text."""
    resume = tmp_path / "resume.yaml"
    resume.write_text(
        "work:\n  - name: Acme\n    position: PO\n    description: |\n      - Managed the claims backlog for three teams\n"
        "      - Wrote user stories for the payments team\n",
        encoding="utf-8",
    )
    result = _write_first_suggestions(resume)
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    assert "      - Managed the claims backlog for three teams, in an order set by [" in written, written
    assert '"' not in written, written


def test_a_json_file_kept_in_ascii_stays_so_after_a_write(tmp_path):
    r"""ATK21, C13: an ASCII-only JSON file whose bullet wrote "Caf\u00e9" had the edited bullet's
    escapes written back as raw UTF-8."""
    resume = tmp_path / "resume.json"
    resume.write_text('{"work": [{"name": "Acme", "highlights": ["Managed the Caf\\u00e9 Bleu claims backlog for three teams"]}]}\n', encoding="utf-8")
    result = _write_first_suggestions(resume)
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    assert written.isascii() and "Caf\\u00e9 Bleu claims backlog for three teams, " in written, written
    assert json.loads(written)["work"][0]["highlights"][0].startswith("Managed the Café Bleu claims backlog for three teams, ")


# The second attack round of session 60 (ATK22, on this session's fixes)


def test_a_wrapped_word_or_a_title_typed_in_a_paragraph_ends_no_later_list(tmp_path):
    """ATK22, C18 and C19: "tools", an item's last word wrapped onto a line of its own, opened a
    section of that name, the item cut there and every later list on the page lost in silence;
    a "Skills" typed in a job's paragraph ended the page's later lists the same way."""
    wrapped = tmp_path / "wrapped.html"
    wrapped.write_text(
        "<html><body>\n<h2>Experience</h2>\n<h3>Acme, Project Manager, 2019-2022</h3>\n"
        "<p>• Managed the sprint backlog for three teams and their\ntools\n• Ran the weekly planning for two squads</p>\n"
        "<ul><li>Raised activation 12% by cutting the signup form to three fields</li></ul>\n</body></html>\n",
        encoding="utf-8",
    )
    assert _claims(wrapped) == [
        "Managed the sprint backlog for three teams and their tools",
        "Ran the weekly planning for two squads",
        "Raised activation 12% by cutting the signup form to three fields",
    ]
    titled = tmp_path / "titled.html"
    titled.write_text(
        "<html><body>\n<h2>Experience</h2>\n<p>• Cut claim handling time 20% by ranking the backlog by adjuster wait<br>Skills<br>• Jira, SQL, Figma</p>\n"
        "<ul><li>Raised activation 12% by cutting the signup form to three fields</li></ul>\n</body></html>\n",
        encoding="utf-8",
    )
    assert _claims(titled) == ["Cut claim handling time 20% by ranking the backlog by adjuster wait", "Raised activation 12% by cutting the signup form to three fields"]


def test_a_claim_naming_one_year_before_a_list_is_no_jobs_line(tmp_path):
    r"""ATK22, C20: "Responsible for the 2021 billing migration to Stripe" before a list was taken for
    a job's dated line (session 60's ATK21 fix) and lost in silence; a job's line holds a span."""
    body = (
        "\\cventry{2019--2022}{Project Manager}{Acme}{London}{}{Managed the sprint backlog for three teams.\n"
        "Responsible for the 2021 billing migration to Stripe\n\\begin{itemize}\n\\item Cut claim handling time 20\\% by ranking the backlog\n\\end{itemize}}\n"
    )
    claims = _claims(_latex(tmp_path, body, "\\moderncvstyle{classic}\n", "moderncv"))
    assert any("Responsible for the 2021 billing migration to Stripe" in claim for claim in claims), claims


def test_asciidoc_items_ending_in_bold_or_stars_are_items(tmp_path):
    """ATK22, C25: "** Cut ... by **adjuster wait**" and "*** Launched ... ***" were taken for headings
    set between stars (ATK21's C28 fix) and glued into one line, left out."""
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "EXPERIENCE\n\nAcme, Project Manager, 2019-2022\n* Led the claims platform team\n"
        "** Cut claim handling time 20% by ranking the backlog by **adjuster wait**\n"
        "*** Launched self-serve refunds to 3,000 brokers ***\n* Grew partner revenue 30% in a year\n",
        encoding="utf-8",
    )
    assert _claims(resume) == [
        "Led the claims platform team",
        "Cut claim handling time 20% by ranking the backlog by adjuster wait",
        "Launched self-serve refunds to 3,000 brokers",
        "Grew partner revenue 30% in a year",
    ]


def test_a_yaml_file_kept_in_ascii_takes_an_emoji_in_an_answer(tmp_path):
    """ATK22, C16: ATK21's ASCII-keeping wrote an emoji as two "\\ud83d\\ude00" halves, which YAML does
    not join: the write was refused with "please report this". JSON keeps them; YAML takes the text."""
    resume = tmp_path / "resume.yaml"
    resume.write_text('work:\n  - name: Acme\n    highlights:\n      - "Managed the sprint backlog for three teams"\n', encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_text('[[bullet]]\nline = 4\nedit = "Managed the sprint backlog for three teams, cutting churn 5% at Caf\\u00e9 \\U0001F600."\n', encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    assert "cutting churn 5% at Café 😀." in resume.read_text(encoding="utf-8")


def test_a_persons_we_help_line_is_a_claim(tmp_path):
    """ATK22, C29: highlights opening "We help ..." and "We partner with ..." were told as lines
    about the employer (round SAG's fix); the employer's "We offer ..." still is."""
    resume = tmp_path / "resume.json"
    resume.write_text(
        '{"work": [{"name": "Acme", "highlights": ["We help 40 brokers cut quote time 30% by rebuilding intake",'
        ' "We partner with Stripe on refunds, cutting refund calls by half", "We offer claims software to forty insurers across Europe."]}]}\n',
        encoding="utf-8",
    )
    assert _claims(resume) == ["We help 40 brokers cut quote time 30% by rebuilding intake", "We partner with Stripe on refunds, cutting refund calls by half"]


def test_a_comment_ending_in_a_bar_opens_no_block_and_a_tab_may_follow_a_blocks_mark(tmp_path):
    """ATK22, C13 and C15: "highlights: # web | ios |" was taken for a block scalar's header (the
    clause written unquoted, the write refused with "please report this"), and "-<TAB>Managed ..."
    inside "description: |" for a plain value (the clause quoted, the write refused)."""
    commented = tmp_path / "commented.yaml"
    commented.write_text("work:\n  - name: Acme\n    highlights: # web | ios |\n      - Managed the sprint backlog for four teams\n", encoding="utf-8")
    tabbed = tmp_path / "tabbed.yaml"
    tabbed.write_text("work:\n  - name: Beta\n    description: |\n      -\tManaged the sprint backlog for six teams\n", encoding="utf-8")
    for resume in (commented, tabbed):
        result = _write_first_suggestions(resume)
        assert result.exit_code == 0, result.output
        assert "sprint backlog for" in resume.read_text(encoding="utf-8") and ", in an order set by [" in resume.read_text(encoding="utf-8")
    assert '"' not in tabbed.read_text(encoding="utf-8")
