"""Stage 1: which lines are bullets, and the exact span of every character."""

from __future__ import annotations

import pytest

from po2pm_rewrite.extract import bullet_from_text, extract_bullets, section_title
from po2pm_rewrite.formats import extract
from po2pm_rewrite.model import LISTING_SECTION_WORK, split_lines

from .conftest import EXAMPLES


def texts(source: str) -> list[str]:
    return [bullet.text for bullet in extract_bullets(source)]


def claims(source: str, file_format: str = "text") -> list[str]:
    """The bullets a file of this format reads as, without the lines passed over (told, not read)."""
    return [bullet.text for bullet in extract(source, file_format) if not bullet.passed_over]


def assert_spans_point_at_text(source: str) -> None:
    """Every segment of every bullet is the same characters in the source, at its line and column."""
    lines = source.splitlines()
    for bullet in extract_bullets(source):
        for segment in bullet.segments:
            line = lines[segment.line - 1]
            original = line[segment.column - 1 : segment.column - 1 + segment.length]
            assert original == bullet.text[segment.text_start : segment.text_start + segment.length]


@pytest.mark.parametrize("marker", ["-", "*", "+", "•", "–", "·", "1.", "2)", "10."])
def test_every_list_marker_starts_a_bullet(marker):
    assert texts(f"{marker} Managed the backlog for the claims team\n") == ["Managed the backlog for the claims team"]


def test_wrapped_lines_join_into_one_bullet_and_map_back():
    source = "- Managed the backlog for the payments squad\n  and coordinated sprint planning\n- Next one here today\n"
    bullets = extract_bullets(source)
    assert [b.text for b in bullets] == [
        "Managed the backlog for the payments squad and coordinated sprint planning",
        "Next one here today",
    ]
    first = bullets[0]
    offset = first.text.index("coordinated")
    assert (first.position(offset).line, first.position(offset).column) == (2, 7)
    assert (first.start.line, first.start.column, first.end.line, first.end.column) == (1, 3, 2, 34)
    assert_spans_point_at_text(source)


def test_nested_items_are_separate_bullets():
    source = "- Reduced calls about renewals by 30%\n    + Tested three letter versions with customers\n"
    bullets = extract_bullets(source)
    assert [b.text for b in bullets] == ["Reduced calls about renewals by 30%", "Tested three letter versions with customers"]
    assert (bullets[1].start.line, bullets[1].start.column) == (2, 7)


def test_headings_names_contacts_dates_and_titles_are_not_bullets():
    source = (
        "# Dana Whitfield\n"
        "dana@example.com · +44 7700 900123\n\n"
        "## Experience\n"
        "### Product Owner, Northgate\n"
        "*March 2021 – present*\n"
        "- 2019 – 2021\n"
        "- dana@example.com\n"
        "- Managed the product backlog for mortgages\n"
        "EXPERIENCE\n"
    )
    assert texts(source) == ["Managed the product backlog for mortgages"]


def test_items_in_listing_sections_are_not_achievements():
    source = "## Experience\n- Ran daily stand-ups for the team\n\n## Skills\n- Scrum, SAFe, Jira, Confluence\n\nEDUCATION\n- BSc Business Management, Leeds\n"
    assert texts(source) == ["Ran daily stand-ups for the team"]


def test_academic_achievements_are_listed_not_claimed_but_key_achievements_claim():
    """A real resume's "Academic Achievements" (exam ranks, scholarships) were read as 13 claims."""
    source = (
        "## Academic Achievements\n- Secured a national rank of 187 among 450,000 students\n\n"
        "## Key Achievements\n- Cut claim handling time from five days to one for 40 brokers\n"
    )
    read = extract_bullets(source)
    assert [bullet.text for bullet in read if not bullet.passed_over] == ["Cut claim handling time from five days to one for 40 brokers"]
    # a line of work under a section that lists is told, not checked (round SAB)
    assert [bullet.left_out_as for bullet in read if bullet.passed_over] == [LISTING_SECTION_WORK]


@pytest.mark.parametrize("title", ["Personal Projects", "Open Source Projects", "Leadership Experience", "Internships"])
def test_more_titles_of_work_done_open_a_section_that_claims(title):
    from po2pm_rewrite.extract import is_achievement_section, section_key

    assert is_achievement_section(section_key(title))


def test_inline_markdown_is_removed_but_spans_stay_exact():
    source = "- Owned the **product backlog** for the [payments](https://example.com) squad with `Jira` boards\n"
    bullet = extract_bullets(source)[0]
    assert bullet.text == "Owned the product backlog for the payments squad with Jira boards"
    assert_spans_point_at_text(source)
    at = bullet.position(bullet.text.index("payments"))
    assert source.splitlines()[0][at.column - 1 :].startswith("payments")


def test_code_blocks_are_skipped():
    assert texts("```\n- Managed the backlog here\n```\n- Ran the daily stand-ups\n") == ["Ran the daily stand-ups"]


def test_crlf_line_endings_keep_line_numbers():
    bullets = extract_bullets("Intro line\r\n- First bullet of the list\r\n- Second bullet of the list\r\n")
    assert [(b.start.line, b.text) for b in bullets] == [(2, "First bullet of the list"), (3, "Second bullet of the list")]


def test_a_literal_bullet_needs_no_marker():
    assert [b.text for b in bullet_from_text("Managed backlog and coordinated sprint planning")] == [
        "Managed backlog and coordinated sprint planning"
    ]
    assert [b.text for b in bullet_from_text("- Managed backlog and sprint planning")] == ["Managed backlog and sprint planning"]


@pytest.mark.parametrize("path", sorted((EXAMPLES / "resumes").iterdir()), ids=lambda p: p.name)
def test_sample_resume_spans_are_exact(path):
    if path.suffix in (".docx", ".pdf"):
        # Word and PDF: spans point into the text po2pm rendered (one line per paragraph or PDF line)
        from po2pm_rewrite.inputs import read_path

        source = read_path(path)
        lines = split_lines(source.text)
        bullets = extract(source.text, source.format)
        assert bullets
        for bullet in bullets:
            for segment in bullet.segments:
                line = lines[segment.line - 1]
                original = line[segment.column - 1 : segment.column - 1 + segment.length]
                assert original == bullet.text[segment.text_start : segment.text_start + segment.length]
        return
    assert_spans_point_at_text(path.read_text(encoding="utf-8"))


def test_plain_text_resumes_may_have_bare_achievement_lines():

    source = (
        "Jonas Ekberg - Product Owner, Marketplace Growth\n"
        "jonas@example.com\n\n"
        "EXPERIENCE\n"
        "Product Owner, Kvarn AB                      2021 - 2024\n"
        "Managed the product backlog for the seller onboarding team\n"
        "Cut seller churn by 9% after interviewing 20 new sellers about\n"
        "  their first week on the marketplace\n"
        "Product Owner with a passion for agile delivery and teams\n\n"
        "SKILLS\n"
        "Facilitated workshops with Miro and Mural for many teams\n"
    )
    read = extract(source, "text")
    found = [(b.text, b.start.line, b.start.column, b.end.line, b.end.column) for b in read if not b.passed_over]
    assert found == [
        ("Managed the product backlog for the seller onboarding team", 6, 1, 6, 59),
        ("Cut seller churn by 9% after interviewing 20 new sellers about their first week on the marketplace", 7, 1, 8, 38),
    ]
    # a line of prose that is no claim is passed over, so the screen can say so (set AD); the
    # title and date line is not prose
    # (and a line of work under SKILLS is told, not checked: round SAB)
    assert [b.text for b in read if b.passed_over] == [
        "Product Owner with a passion for agile delivery and teams", "Facilitated workshops with Miro and Mural for many teams",
    ]
    # saved as Markdown, the same text reads the same: a section titled in capitals makes it a
    # plain-text resume, whose lines are broken as the text reader breaks them (round RI)
    markdown = extract(source, "markdown")
    assert [b.text for b in markdown if not b.passed_over] == [claim for claim, *_ in found]
    assert [b.text for b in markdown if b.passed_over] == [b.text for b in read if b.passed_over]


def test_a_plain_text_claim_with_a_capitalised_second_word_is_read():
    """Set AD: a PDF's first claim under each role ("Conducted ICP-based searches ...") was passed
    over in silence: its second word is capitalised, as a title's are."""

    source = (
        "EXPERIENCE\n"
        "Business Development Intern, Acme Studio\n"
        "Conducted ICP-based searches for potential projects on Upwork, ensuring alignment\n"
        "with company expertise and objectives\n"
        "\n"
        "Certified Scrum Master\n"
    )
    assert claims(source) == ["Conducted ICP-based searches for potential projects on Upwork, ensuring alignment with company expertise and objectives"]


def test_inline_html_in_a_markdown_claim_is_read_as_its_text():
    """Set AD: '<a href="...">`repo`</a>' was kept in the claim's text; a tag written as code stays."""

    source = (
        "## Experience\n\n"
        '- Led the <a href="https://example.com/x">billing revamp</a> for 3 markets\n'
        "- Wrote `<div>` wrappers and cut p95 latency to <200ms\n"
    )
    assert [b.text for b in extract(source, "markdown")] == [
        "Led the billing revamp for 3 markets",
        "Wrote <div> wrappers and cut p95 latency to <200ms",
    ]


def test_a_pdf_sub_bullet_marked_o_is_a_bullet_of_its_own():
    """Set AD: Word's second-level "o" marks, saved in a PDF's text, ran each heading and its
    sub-items into one claim ("Project implementation for various clients o Implementation of ...")."""

    source = (
        "EXPERIENCE\n"
        "Project Manager, Acme Build\n"
        "• Project implementation for various clients\n"
        "o Implementation of the scheduling suite for two contractors\n"
        "o System and user acceptance testing\n"
    )
    assert claims(source) == [
        "Project implementation for various clients",
        "Implementation of the scheduling suite for two contractors",
        "System and user acceptance testing",
    ]


@pytest.mark.parametrize("heading", ["W O R K  E X P E R I E N C E", "W O R K E X P E R I E N C E"])
def test_a_section_title_in_spaced_letters_is_read_as_the_title_it_spells(heading):
    """Set AF: a designed PDF's "W O R K E X P E R I E N C E" opened no section, and its 11
    claims were read as none (exit 2)."""

    assert section_title(heading, False) == "work experience"
    source = f"S K I L L S\nPhotoshop, Figma\n\n{heading}\nMaintained 108% of production goals and 125% of quality target.\n"
    assert claims(source) == ["Maintained 108% of production goals and 125% of quality target."]


def test_a_plain_text_claim_that_opens_a_list_with_a_colon_is_read():
    """Set AG: "Managed a team of analysts ... responsible for:" was left out as opening with no
    act of the person's; a label ending in a colon ("Key achievements:") still opens no claim."""

    source = (
        "EXPERIENCE\n"
        "Managed a team of analysts, auditors, and program administrators responsible for:\n"
        "\n"
        "Key achievements:\n"
    )
    assert claims(source) == ["Managed a team of analysts, auditors, and program administrators responsible for:"]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("CONTRIBUSIONS", "contributions"),  # set AG: a Word file's projects under it dropped in silence
        ("WORK EXPERIANCE", "work experience"),
        ("KEY SKILS", "key skills"),
        ("ACCENTURE", "accenture"),  # a company in capitals stays itself
        ("CONDITIONS", "conditions"),
    ],
)
def test_a_misspelled_section_heading_is_read_as_the_title_it_misspells(heading, title):

    assert section_title(heading, False) == title


def test_a_number_with_a_dot_and_a_bracket_marks_an_item_spaced_or_not():
    """Set AI: "1.)Working as a volunteer ..." under EXPERIENCE: the text file was read as empty."""
    text = "EXPERIENCE:\n\n1.)Ran the volunteer rota for the food bank\n\n2.) Wrote the club's grant application\n\n1.5 million users\n"
    bullets = extract(text, "text")
    assert [(b.text, b.start.column) for b in bullets] == [
        ("Ran the volunteer rota for the food bank", 4),
        ("Wrote the club's grant application", 5),
    ]


def test_a_role_then_an_act_under_a_job_heading_naming_that_role_is_a_claim():
    """Set AJ: "Project Manager: Managed development of ..." under "###Xerox ... - Project Manager"
    was left out as a line about the employer, its first word found in the line above; and a role
    of seven words before its colon was no label at all."""
    text = "\r\n".join([
        "##EMPLOYMENT",
        "###Harbour Books Ltd (December '09 - October '11) Contract Role",
        "####Scrum Master and Project Manager: ",
        "* Delivered a $3m project for the online library.  ",
        "",
        "###Agile Works (June '07 - December '09) Own Company",
        "Agile Delivery Consultant: Developed  training materials for Agile courses and coached new teams. ",
        "",
        "###Lakeside University (February '05 - June '07)",
        "Applications Researcher and Software Development Project Manager: Managed the delivery of working software on a strict timescale. ",
        "",
        "###Northwind Labs (March '98 - October '02) - Applications Researcher / Project Manager",
        "Project Manager: Managed development of partner software for the handsets of a field trial.",
        "",
    ])
    assert [b.text for b in extract(text, "text") if not b.passed_over] == [
        "Delivered a $3m project for the online library.",
        "Agile Delivery Consultant: Developed  training materials for Agile courses and coached new teams.",
        "Applications Researcher and Software Development Project Manager: Managed the delivery of working software on a strict timescale.",
        "Project Manager: Managed development of partner software for the handsets of a field trial.",
    ]


def test_a_markdown_hard_break_backslash_is_no_part_of_a_claim_read_as_text():
    """Set AJ: a Markdown file whose "•" items made it read as text kept the backslash that ends
    each line in ten claims."""
    text = "EXPERIENCE\n\n  • Led kayaking trips for groups of up to 20 guests.\\\n  • Ran the shop's booking system \\\n"
    bullets = extract(text, "text")
    assert [b.text for b in bullets] == ["Led kayaking trips for groups of up to 20 guests.", "Ran the shop's booking system"]
    assert [(b.start.line, b.start.column, b.segments[-1].length) for b in bullets] == [(3, 5, 49), (4, 5, 29)]


def test_the_next_entrys_date_set_to_the_right_does_not_go_on_the_last_claim():
    """Set AJ: a Word file's project date, a paragraph of its own set in by tabs, was glued to
    the last claim of the project above ("Deployed via Heroku. 08/2023")."""
    text = "PROJECTS\n\n• Built the booking app in a one-week sprint.\n• Deployed via Heroku.\n\t 08/2023 \nTrip Planner | React\n"
    assert [b.text for b in extract(text, "text") if not b.passed_over] == ["Built the booking app in a one-week sprint.", "Deployed via Heroku."]
