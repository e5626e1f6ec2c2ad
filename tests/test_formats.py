"""Every format's bullets, with their exact text and position in realistic resumes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app
from po2pm_rewrite.formats import extract, format_for
from po2pm_rewrite.model import split_lines

from .conftest import EXAMPLES

runner = CliRunner()
RESUMES = EXAMPLES / "resumes"

# (text, line, column, end_line, end_column) of every bullet; 1-based, end exclusive.
EXPECTED = {
    "jakes-resume.tex": [
        ("Managed the product backlog for the merchant onboarding squad", 26, 21, 26, 91),
        ("Cut onboarding drop-off by 22% after interviewing 18 small merchants about the KYC step and removing two document uploads", 27, 21, 28, 53),
        ("Facilitated sprint planning and retrospectives for 2 teams", 30, 21, 30, 79),
        ("Worked closely with QA & developers on ticket clean-up before each sprint", 36, 21, 36, 95),
        ("Chose to retire the fax claims channel after usage fell under 1%, saving $40k a year", 37, 21, 37, 107),
    ],
    "awesome-cv.tex": [
        ("Responsible for the backlog of the customer billing portal", 15, 16, 15, 74),
        ("Ran usability tests with 12 households and simplified the meter-reading flow, halving support calls about estimated bills", 16, 16, 17, 46),
        ("Planned the releases of the billing portal with the operations team – every two weeks", 18, 16, 18, 102),
    ],
    "moderncv.tex": [
        ("Participated in PI planning with the release train", 10, 7, 10, 64),
        ("Defined the success metric for the new seat-booking flow and reviewed adoption 30 days after launch", 11, 7, 11, 106),
        ("Wrote the user stories with station staff for the new booking app", 13, 15, 13, 80),
    ],
    "resume.json": [
        ("Owned the customer portal for freight forwarders.", 12, 19, 12, 68),
        ("Groomed the backlog every week with the dev team", 14, 10, 14, 58),
        ('Interviewed 25 forwarders and found that "shipment ETA" was the first thing they checked, which became the portal\'s home page', 15, 10, 15, 137),
        ("Tracked velocity and reported sprint progress to the steering committee", 16, 10, 16, 81),
        ("Helped volunteers plan the spring term – twelve sessions", 23, 23, 23, 84),
        ("Launched a self-serve rate calculator that brought in 140 new paying shippers in a quarter", 29, 23, 29, 113),
    ],
    "rendercv.yaml": [
        ("Managed the backlog and release schedule for three apps", 11, 13, 11, 68),
        ("Raised trial-to-paid conversion from 9% to 13% by testing two onboarding flows with new users", 12, 14, 12, 107),
        ("Defined the dashboard requirements with business users for the data team's reporting app", 14, 13, 15, 46),
        ("Wrote user stories for the reporting module", 16, 13, 16, 56),
        ("Contributed to an open-source Scrum board", 20, 14, 20, 55),
        ("Attended daily standups and sprint reviews for the mobile team", 22, 17, 22, 79),
    ],
    "backlog-heavy-po.md": [
        ("Managed the product backlog for the mortgage applications team", 12, 3, 12, 65),
        ("Facilitated sprint planning, daily stand-ups and retrospectives for a team of nine engineers and two testers", 13, 3, 14, 43),
        ("Wrote user stories and acceptance criteria in Jira for every new feature request from the business", 15, 3, 16, 36),
        ("Worked closely with the architects on the migration to the new core banking platform", 17, 3, 18, 19),
        ("Increased team velocity by 20% over three quarters", 19, 3, 19, 53),
        ("Responsible for backlog refinement and release notes", 24, 3, 24, 55),
        ("Participated in PI planning with the wider release train", 25, 3, 25, 59),
        ("Reduced support calls about renewals by 30% after rewriting the renewal letters with input from twelve customers", 26, 3, 27, 43),
        ("Tested three letter versions with customers before choosing one", 28, 7, 28, 70),
    ],
}


def bullets_of(name: str):
    path = RESUMES / name
    return extract(path.read_text(encoding="utf-8"), format_for(str(path)))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_bullet_text_and_position(name):
    found = [(b.text, b.start.line, b.start.column, b.end.line, b.end.column) for b in bullets_of(name)]
    assert found == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bullet_starts_where_its_first_word_is_written(name):
    lines = split_lines((RESUMES / name).read_text(encoding="utf-8"))
    for bullet in bullets_of(name):
        first_word = bullet.text.split()[0]
        assert lines[bullet.start.line - 1][bullet.start.column - 1 :].startswith(first_word)


def test_suppression_comments_in_each_format():
    jakes = {b.text: b for b in bullets_of("jakes-resume.tex")}
    assert jakes["Facilitated sprint planning and retrospectives for 2 teams"].suppressed == {"PO102", "PO108"}
    yaml = {b.text: b for b in bullets_of("rendercv.yaml")}
    assert yaml["Wrote user stories for the reporting module"].suppress_all


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("<!-- po2pm: ignore[PO101, PO102] -->\n- Managed the backlog and ran sprint planning\n", ({"PO101", "PO102"}, False)),
        ("- Managed the backlog and ran sprint planning <!-- po2pm: ignore -->\n", (set(), True)),
        ("- Other bullet with a directive <!-- po2pm: ignore -->\n- Managed the backlog and ran sprint planning\n", (set(), False)),
    ],
)
def test_markdown_suppression_on_the_line_or_alone_above(source, expected):
    bullet = [b for b in extract(source, "markdown") if b.text.startswith("Managed")][0]
    assert (set(bullet.suppressed), bullet.suppress_all) == expected


def test_po2pm_comments_it_cannot_read_or_unknown_codes_are_said(tmp_path):
    """A CI user's trial (session 16): "po2pm: ignore PO101", "po2pm: off" and ignore[PO999] did
    nothing without a word; a rule name in the brackets (accepted by --ignore) did nothing either."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        "# po2pm: not a comment but a heading\n\n## Experience\n\n"
        "- Managed the product backlog for the claims team <!-- po2pm: ignore PO101 -->\n"
        "- Ran daily stand-ups for the team <!-- po2pm:ignore[PO999] -->\n"
        "- Ran sprint planning for the team <!-- po2pm: ignore[delivery.ceremony] -->\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", "--no-cache", "-f", "concise", str(resume)])
    assert result.stderr.splitlines() == [
        f"po2pm: note: {resume}: line 5: a po2pm comment it does not understand; write 'po2pm: ignore' or 'po2pm: ignore[PO101]'",
        f"po2pm: note: {resume}: line 6: 'po2pm: ignore' names no rule po2pm knows: PO999",
    ]
    # line 7's PO102 is ignored by its name; the score's PO108 stands in, as for an ignored code
    assert [(line.split(":")[1], line.split()[1]) for line in result.stdout.splitlines()] == [("5", "PO101"), ("6", "PO102"), ("7", "PO108")]


def test_markdown_ignores_code_html_comments_front_matter_and_attributes():
    source = (
        "---\ntitle: CV\n- not a bullet: front matter\n---\n"
        "## Experience\n"
        "- Managed the **backlog** for the claims team {.highlight}\n"
        "```\n- Ran stand-ups inside a code block\n```\n"
        "<!--\n- A bullet commented out here\n-->\n"
        "1. Wrote user stories\n   for the booking app\n"
    )
    found = [(b.text, b.start.line, b.start.column) for b in extract(source, "markdown")]
    assert found == [("Managed the backlog for the claims team", 6, 3), ("Wrote user stories for the booking app", 13, 4)]


def test_suppressed_findings_are_not_reported_and_json_has_no_comments_of_its_own(tmp_path):
    result = runner.invoke(app, ["check", "-f", "json", str(RESUMES / "jakes-resume.tex"), str(RESUMES / "rendercv.yaml")])
    document = json.loads(result.stdout)
    by_text = {b["text"]: b for f in document["files"] for b in f["bullets"]}
    assert by_text["Facilitated sprint planning and retrospectives for 2 teams"]["findings"] == []
    assert by_text["Wrote user stories for the reporting module"]["findings"] == []
    assert by_text["Managed the backlog and release schedule for three apps"]["findings"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.json", '{"work": [', "invalid JSON at line 1, column 11"),
        ("broken.yaml", "cv:\n  highlights: [unclosed\n", "invalid YAML"),
    ],
)
def test_broken_structured_files_are_exit_2_and_others_are_still_checked(tmp_path, name, content, message):
    broken = tmp_path / name
    broken.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["check", "-f", "json", str(broken), str(RESUMES / "resume.json")])
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert message in document["files"][0]["error"]
    assert document["files"][1]["bullets"]
    assert "Traceback" not in result.output


def test_a_json_resume_with_trailing_commas_is_read_as_meant_and_told(tmp_path):
    """Round SN: a hand-edited resume.json with a comma before each closing bracket was refused
    whole ("invalid JSON at line 42"); a comma inside a string is no trailing comma, and any
    other fault still refuses the file."""
    resume = tmp_path / "resume.json"
    resume.write_text(
        '{"work": [\n  {"name": "Harbour Bank, ]",\n   "highlights": [\n     "Managed the product backlog for the claims team",\n'
        '     "Ran the \\"weekly\\", ] review",\n   ],\n  },\n]}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "-f", "json", str(resume)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)["files"][0]
    assert [b["text"] for b in document["bullets"]] == ["Managed the product backlog for the claims team", 'Ran the "weekly", ] review']
    assert any("line 5 and 2 more: a comma before a closing bracket is not valid JSON" in note for note in document["notes"])
    resume.write_text('{"work": [{"highlights": ["Managed the backlog",]} "x"]}\n', encoding="utf-8")
    assert "invalid JSON at line 1" in runner.invoke(app, ["extract", str(resume)]).output


def test_a_folder_is_searched_for_every_known_format():
    result = runner.invoke(app, ["check", "-f", "json", str(RESUMES)])
    names = sorted(f["path"].rsplit("/", 1)[-1] for f in json.loads(result.stdout)["files"])
    assert names == sorted(p.name for p in RESUMES.iterdir())


def test_input_format_overrides_the_extension(tmp_path):
    odd = tmp_path / "resume.cv"
    odd.write_text('{"work": [{"highlights": ["Groomed the backlog every week"]}]}', encoding="utf-8")
    result = runner.invoke(app, ["check", "-f", "json", "--input-format", "json", str(odd)])
    assert json.loads(result.stdout)["files"][0]["bullets"][0]["text"] == "Groomed the backlog every week"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_rules_fire_on_bullets_in_every_format(name):
    """The matcher's scope is the bullet, whatever the markup around it (Vale #1124)."""
    result = runner.invoke(app, ["check", "-f", "json", str(RESUMES / name)])
    document = json.loads(result.stdout)
    assert any(b["findings"] for b in document["files"][0]["bullets"])


def test_markdown_escapes_and_entities_read_as_the_characters_they_stand_for():
    """Found by the third round of attacks (issue 16): "\\*" was read as a backslash and entities
    were read as written."""
    source = (
        "- Ran the \\*core\\* backlog for the R&amp;D team at the caf&eacute; in Lyon&nbsp;2\n"
        "- Planned releases for the app &#x1F600; and snake_case &nosuchentity; stays\n"
    )
    assert [b.text for b in extract(source, "markdown")] == [
        "Ran the *core* backlog for the R&D team at the café in Lyon 2",
        "Planned releases for the app \U0001F600 and snake_case &nosuchentity; stays",
    ]
    lines = source.splitlines()
    for bullet in extract(source, "markdown"):
        for segment in bullet.segments:  # each character where it stands, or where its entity starts
            original = lines[segment.line - 1][segment.column - 1 : segment.column - 1 + segment.length]
            text = bullet.text[segment.text_start : segment.text_start + segment.length]
            assert original == text or (original in "&\\" and len(text) == 1), (original, text)
    bullet = extract(source, "markdown")[0]
    at = bullet.position(bullet.text.index("backlog"))
    assert source.splitlines()[0][at.column - 1 :].startswith("backlog")


def test_a_latex_discretionary_hyphen_leaves_no_character():
    """`or\\-patterns` read as "or\\xadpatterns": an invisible character inside a word (set G)."""
    source = "\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n  \\item Matched or\\-patterns for the claims parser\n\\end{itemize}\n\\end{document}\n"
    assert [b.text for b in extract(source, "latex")] == ["Matched orpatterns for the claims parser"]


def test_an_escaped_caret_before_a_digit_is_a_power_not_an_accent():
    """Set RE: "limb size is 2\\^32 and 2\\^64" read "23\u03022 and 26\u03024": pylatexenc put a
    circumflex on the digit; a caret before a digit is the power it shows. An accent still reads."""
    source = "\\begin{document}\n\\section{Projects}\n\\begin{itemize}\n  \\item Built a big-number library with 2\\^32 limbs for Andr\\'e's lab\n\\end{itemize}\n\\end{document}\n"
    assert [b.text for b in extract(source, "latex")] == ["Built a big-number library with 2^32 limbs for Andr\u00e9's lab"]


def test_latex_macros_the_file_defines_print_what_their_bodies_print():
    """A real resume's link macro lost its product name, and a translation macro defined to print
    nothing was appended to half its bullets (set B of the real-file checks)."""
    source = (
        "\\documentclass{article}\n"
        "\\newcommand{\\inlineLink}[2]{\\href{#1}{#2}}\n"
        "\\newcommand{\\en}[1]{#1}\n"
        "\\newcommand{\\zh}[1]{}\n"
        "\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "  \\item Core architect of the \\inlineLink{https://example.com}{Northwind} routing platform.\n"
        "  \\item \\en{Cut parcel delays by 20 percent for the Leeds depot.}\n  \\zh{\u4e2d\u6587}\n"
        "  \\item Rebuilt the \\siteLink{https://example.com/b}{Bramble} booking app for 40 clinics.\n"
        "\\end{itemize}\n"
        "\\section{\\faGraduationCap\\ \\en{Education}\\zh{\u6559\u80b2}}\n"  # a title in groups still names its section
        "\\begin{itemize}\n  \\item \\en{Leeds Beckett University, Business School}\n\\end{itemize}\n\\end{document}\n"
    )
    assert [b.text for b in extract(source, "latex")] == [
        "Core architect of the Northwind routing platform.",
        "Cut parcel delays by 20 percent for the Leeds depot.",
        "Rebuilt the Bramble booking app for 40 clinics.",  # defined elsewhere, but plainly a link
    ]


def test_yaml_values_written_for_a_latex_template_read_as_text():
    """The common cv.yaml layout renders its values with LaTeX: 38 of a real file's 45 bullets
    were read with "\\textbf{...}", "{\\bf ...}", "\\href{url}{...}" and "\\%" in them."""
    source = (
        'details:\n  - "Rebuilt the loans API on top of \\\\textbf{FastAPI}, cutting latency 40\\\\%"\n'
        "  - Hosted on GitHub Pages. Uses {\\bf Markdown} for posts and \\href{https://example.com}{Jekyll} for the site\n"
    )
    bullets = extract(source, "yaml")
    assert [b.text for b in bullets] == [
        "Rebuilt the loans API on top of FastAPI, cutting latency 40%",
        "Hosted on GitHub Pages. Uses Markdown for posts and Jekyll for the site",
    ]
    lines = source.splitlines()
    at = bullets[0].position(bullets[0].text.index("FastAPI"))
    assert lines[at.line - 1][at.column - 1 :].startswith("FastAPI")


def test_a_link_macro_defined_elsewhere_keeps_its_text_in_the_middle_of_a_sentence():
    """Set W: a YAML file's LaTeX strings cite tools with `\\ghrepo{name}{text}`, defined in the
    template, and three claims lost the tool's name ("backups via ."). A line's first macro with
    two fields is still layout."""
    source = (
        'experience:\n  - content:\n'
        "      - 'Streamlined recovery of user data with encrypted backups via \\ghrepo{backuputil}{backuputil}.'\n"
        "      - 'Set standards for on-premises hosts by leveraging \\ghrepo{puppet-modules}{Puppet} and \\ghrepo{prov}{Cobbler}.'\n"
    )
    assert [b.text for b in extract(source, "yaml")] == [
        "Streamlined recovery of user data with encrypted backups via backuputil.",
        "Set standards for on-premises hosts by leveraging Puppet and Cobbler.",
    ]
    as_json = '{"experience": [{"header": "Acme", "content": ["Cut parcel delays by 20 percent for the Leeds depot"]}], "technology": [{"content": ["Python", "Django"]}]}'
    assert [b.text for b in extract(as_json, "json")] == ["Cut parcel delays by 20 percent for the Leeds depot"]
    latex = "\\begin{itemize}\n\\item \\resumeSubheading{Acme}{2020}\n\\item Cut backup time via \\ghrepo{backuputil}{backuputil} for 40 teams.\n\\end{itemize}\n"
    assert [b.text for b in extract(latex, "latex")] == ["Cut backup time via backuputil for 40 teams."]


def test_a_latex_size_switch_swallows_the_space_after_it():
    """Set W: "\\textbf{10,000{\\scriptsize +}} images" was read "10,000 + images" in nine claims;
    TeX drops the spaces after a control word."""
    source = "\\begin{itemize}\n\\item Labelled \\textbf{10,000{\\scriptsize +}} images and served \\textbf{20{\\small +}} clinics\n\\end{itemize}\n"
    assert [b.text for b in extract(source, "latex")] == ["Labelled 10,000+ images and served 20+ clinics"]


def test_a_yaml_line_break_escaped_in_double_quotes_continues_the_bullet():
    """Third round of attacks (2.8): the bullet was read up to the escaped line break and one
    letter more ("... claims team and m"), and its ceremonies were never judged."""
    source = (
        'highlights:\n  - "Owned the roadmap for the loans team and \\\n    ran the daily stand-ups for two squads"\n'
        '  - "Wrote stories for the cards squad \\\r\n    and ran its reviews"\n'
    )
    bullets = extract(source, "yaml")
    assert [b.text for b in bullets] == [
        "Owned the roadmap for the loans team and ran the daily stand-ups for two squads",
        "Wrote stories for the cards squad and ran its reviews",
    ]
    at = bullets[0].position(bullets[0].text.index("ran the daily"))
    assert (at.line, at.column) == (3, 5)


def test_a_json_bullet_list_nested_in_a_bullet_list_is_read_in_place():
    """Third round of attacks (4.7): sub-bullets written as a list of their own were skipped in
    silence."""
    source = '{"work": [{"highlights": ["Ran the loans backlog", ["Wrote stories for the cards team", ["Ran its reviews"]], 42, null]}]}'
    assert [b.text for b in extract(source, "json")] == ["Ran the loans backlog", "Wrote stories for the cards team", "Ran its reviews"]


def test_fourth_round_reading_cases():
    """Fourth round of attacks: a YAML list nested in highlights was dropped (F05); an empty
    highlights list hid the job's paragraph (W06); '&#xFEFF;' was read as U+FFFD (F02)."""
    yaml_source = (
        "work:\n  - name: Acme\n    highlights:\n      - Ran the loans backlog for two squads\n"
        "      - - Wrote stories for the cards team\n        - Ran its reviews every sprint\n"
    )
    assert [b.text for b in extract(yaml_source, "yaml")] == [
        "Ran the loans backlog for two squads", "Wrote stories for the cards team", "Ran its reviews every sprint",
    ]
    json_source = '{"work": [{"highlights": [], "description": "I ran the loans backlog for two squads."}]}'
    assert [b.text for b in extract(json_source, "json")] == ["I ran the loans backlog for two squads."]
    assert [b.text for b in extract("- Ran the loans backlog &#xFEFF;for two squads\n", "markdown")] == ["Ran the loans backlog \ufefffor two squads"]


def test_a_markdown_bullet_that_opens_with_an_escape_starts_at_its_backslash():
    """Fourth round of attacks (W01): the span began after the backslash, so a rewrite of the
    whole bullet left the backslash behind and was refused; "&#1;" read as nothing (W02)."""
    [first, second] = extract("- \\_Managed the loans backlog\n- Ran the cards backlog &#1;\n", "markdown")
    assert first.text == "_Managed the loans backlog" and first.start.column == 3
    assert second.text == "Ran the cards backlog \ufffd"


def test_a_bare_ampersand_in_html_is_read_as_written():
    """Set AF: "inside the R&D branch" was read as "R&D; branch" (a semicolon the page never had)."""
    page = (
        "<h2>Experience</h2><ul><li>Led the R&D branch move for 3 teams</li>"
        "<li>Ran Q&amp;A and R&D; reviews with 40 brokers</li></ul>"
    )
    bullets = extract(page, "html")
    assert [b.text for b in bullets] == ["Led the R&D branch move for 3 teams", "Ran Q&A and R&D; reviews with 40 brokers"]
    for bullet in bullets:  # every character still points at itself in the page
        for segment in bullet.segments:
            written = page[segment.column - 1 : segment.column - 1 + segment.length]
            text = bullet.text[segment.text_start : segment.text_start + segment.length]
            assert written == text


def test_an_html_work_card_that_opens_with_a_past_act_is_a_claim_and_other_paragraphs_are_not():
    """Set AI: a portfolio's work page, one <article> card per piece of work under headings that
    name the employer ("at the evening post"), with no list: its 37 claims were read as none."""
    page = (
        "<main><h2>at the evening post</h2><section>"
        "<article><a href='x'><h3>River levels</h3></a><div><p>Compiled gauge data and built a map of the flood's reach for the front page.</p></div></article>"
        "<article><h3>Budget explainer</h3><p>An explainer on the council's budget, for readers new to it.</p></article>"
        "</section><p>Designed charts for the weekend edition of the paper.</p></main>"
    )
    read = extract(page, "html")
    assert [b.text for b in read if not b.passed_over] == ["Compiled gauge data and built a map of the flood's reach for the front page."]
    # paragraphs outside the cards, under a heading that names no section of claims, are told (set RG)
    assert "Designed charts for the weekend edition of the paper." in [b.text for b in read if b.passed_over]


def test_schools_set_as_the_education_headings_equal_keep_their_courses_out():
    """Set AU: a theme set "Education" and each school's name as <h3>; each school opened a section
    of no name, and its list of courses was read as claims."""
    page = (
        "<h3>Experience</h3><ul><li>Ran the backlog for the carrier portal</li></ul>"
        "<h3>Education</h3><h3>Harbour State University</h3><h4>BSc Computer Science</h4>"
        "<ul><li>Intro to Computer Science using Python</li><li>Calculus 2</li></ul>"
        "<h3>Northside Community College</h3><ul><li>Physics 1</li></ul>"
    )
    assert [b.text for b in extract(page, "html")] == ["Ran the backlog for the carrier portal"]


def test_a_projects_objectives_list_is_read_as_its_duties():
    """Set AV: a project's "**Objectives:**" list was taken for a career objective and its 8 duties
    dropped in silence, while the "**Outcomes:**" list after it was read."""
    text = (
        "## Projects\n\n### Loan servicing migration\n\n**Objectives:**\n"
        "- Document the current and future business processes of loan servicing.\n\n"
        "**Outcomes:**\n- Cut the manual review queue by 40% in three months.\n"
    )
    assert [b.text for b in extract(text, "markdown")] == [
        "Document the current and future business processes of loan servicing.",
        "Cut the manual review queue by 40% in three months.",
    ]


def test_a_service_section_after_education_is_read_and_acronym_kinds_stay_in_skills():
    """Set AV: a "SERVICE" heading after EDUCATION was read as part of Education, and its claim lost
    in silence; under a PDF's Skills, "AI & ML" in capitals closed the section and its items were
    read as claims."""
    text = (
        "EXPERIENCE\nAcme Bank - Product Owner - 2019-2022\nRan the loans backlog for the branch app.\n"
        "EDUCATION\nBSc Economics, Leeds, 2015\n"
        "SERVICE\nFood bank, Leeds - Volunteer coordinator 2016-2018\nOrganised 40 volunteers for the weekly food drive.\n"
        "SKILLS\nLanguages\n• SQL\nAI & ML\n• Agile / Sprint Planning\n• User Research\n"
    )
    assert [b.text for b in extract(text, "text")] == [
        "Ran the loans backlog for the branch app.",
        "Organised 40 volunteers for the weekly food drive.",
    ]


def test_the_claims_of_a_teaching_section_are_read():
    """Set AU: an HTML CV's "Teaching" section after its "Conferences" (a course taught, a boot camp
    led) was lost in silence: read as part of the listing before it."""
    page = (
        "<h2>Work Experience</h2><h3>Harbour Logistics</h3><p>Ran the backlog for the carrier portal.</p>"
        "<h2>Conferences</h2><ul><li>RustConf 2021</li></ul>"
        "<h2>Teaching</h2><h3>Programming for Satellites</h3>"
        "<p>Led the design of a two-week boot camp for new members of the rocket team.</p>"
    )
    assert "Led the design of a two-week boot camp for new members of the rocket team." in [b.text for b in extract(page, "html")]


@pytest.mark.parametrize("title", ["Professional Background", "Professional History", "Positions Held"])
def test_jobs_under_a_background_or_history_title_are_read(title):
    text = f"{title}\n\nProduct Owner, Harbour Logistics, 2019-2023\nRan the backlog for the carrier portal and planned each sprint.\n"
    assert [b.text for b in extract(text, "text")] == ["Ran the backlog for the carrier portal and planned each sprint."]


DESCRIPTION_LIST = (
    "\\begin{document}\n\\section{Experience}\n\\begin{description}\n"
    "\\item[puppet] for deploying both the server and clients, which cut setup time from days to hours.\n"
    "\\item[C] To display the media types a small player was written in C.\n\\end{description}\n"
    "\\begin{itemize}\n\\item[--] Managed the product backlog for the claims team\n"
    "\\item[$\\bullet$] Ran sprint planning for two squads\n\\item[a)] Wrote user stories for the portal\n"
    "\\item[2019] Led the migration of the billing system\n\\end{itemize}\n\\end{document}\n"
)


def test_a_latex_item_label_of_words_opens_its_bullet():
    """Round SM: a description list's `\\item[puppet] for deploying ...` was read from "for
    deploying", its subject dropped in silence. A mark, an enumerator or a year is no label."""
    bullets = extract(DESCRIPTION_LIST, "latex")
    assert [b.text for b in bullets] == [
        "puppet: for deploying both the server and clients, which cut setup time from days to hours.",
        "C: To display the media types a small player was written in C.",
        "Managed the product backlog for the claims team",
        "Ran sprint planning for two squads",
        "Wrote user stories for the portal",
        "Led the migration of the billing system",
    ]
    assert (bullets[0].start.line, bullets[0].start.column) == (4, 7)


def test_a_latex_item_label_holding_a_bracket_in_braces_is_one_label():
    """An attack round of session 48: `\\item[{Q1--Q2 [2023]}] Managed ...` is valid LaTeX, whose
    label ends at the bracket outside the braces; the item was read from "}]" and dropped in silence."""
    tex = (
        "\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n"
        "\\item[{Q1--Q2 [2023]}] Managed the product backlog for the claims team\n"
        "\\item[{Squad [payments]}] Ran the quarterly planning with the card teams\n\\end{itemize}\n\\end{document}\n"
    )
    assert [b.text for b in extract(tex, "latex")] == [
        "Managed the product backlog for the claims team",
        "Squad [payments]: Ran the quarterly planning with the card teams",
    ]


def test_latex_list_items_drawn_by_hand_are_read_as_items():
    """A resume that draws its own marks ($\\cdot$, \\textbullet{}, a bullet character) instead of
    an itemize read as empty, under an Experience title or none; a Skills list drawn so stays out."""
    tex = (
        "\\begin{document}\n\\section*{Professional Background}\n"
        "\\textbf{Product Owner}, Harbour Logistics \\hfill 2019--2023\\\\\n"
        "$\\cdot$ Ran the backlog for the carrier portal and planned each sprint\\\\\n"
        "\\textbullet{} Wrote acceptance criteria for the customs forms\\\\\n"
        "\u2022 Coordinated UAT with the depot teams\n"
        "\\section*{Skills}\n$\\cdot$ Jira, Confluence, SQL\\\\\n\\end{document}\n"
    )
    bullets = extract(tex, "latex")
    assert [b.text for b in bullets] == [
        "Ran the backlog for the carrier portal and planned each sprint",
        "Wrote acceptance criteria for the customs forms",
        "Coordinated UAT with the depot teams",
    ]
    lines = split_lines(tex)
    first = bullets[0].segments[0]
    assert lines[first.line - 1][first.column - 1 :].startswith("Ran the backlog")  # the mark is not the bullet's
