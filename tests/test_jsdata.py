"""A site's resume kept as JavaScript or TypeScript data (formats/jsdata.py): round RW's two such
files and round RS's TypeScript file were read as text, their claims lost among keys and brackets
(round RW: 40 claims, both files exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from po2pm_rewrite.engine import Source
from po2pm_rewrite.errors import InputError
from po2pm_rewrite.formats import extract, format_for, listing_sections
from po2pm_rewrite.formats.jsdata import js_document

from .test_installed_command import run as run_installed

EXPERIENCE_TS = """import { Job } from "./types";

// the jobs, newest first
export const experience: Job[] = [
  {
    company: "Northwind Bank",
    title: "Product Owner",
    period: `2021 - ${new Date().getFullYear()}`,
    highlights: [
      "Managed the product backlog for the mortgage team's \\"quick quote\\" app",
      'Coordinated UAT with the branch staff for the loan app',
      `Ran sprint reviews with the card squad every two weeks`,
      `Built the ${product} roadmap`,
    ],
    logo: <img src="/nw.png" alt="Northwind, the bank" />,
    ...extra,
    render() { return "Rebuilt the claims intake form"; },
  },
] as const;

/* "Led the pricing work" in a comment is no claim */
export const skills = ["Jira", "Confluence", "SQL"];
"""


def claims(text: str) -> list[str]:
    return [bullet.text for bullet in extract(text, "javascript")]


def test_a_typescript_data_file_is_read_by_its_literals_keys():
    assert format_for("src/data/experience.ts") == format_for("resume.js") == format_for("cv.tsx") == "javascript"
    # the strings of a bullet list, with their escapes read; a string built with ${} is no text
    # of the file's, a JSX element, a spread, a method and a comment are passed over
    assert claims(EXPERIENCE_TS) == [
        'Managed the product backlog for the mortgage team\'s "quick quote" app',
        "Coordinated UAT with the branch staff for the loan app",
        "Ran sprint reviews with the card squad every two weeks",
    ]
    # a bullet's place is its place in the file (line 10, after the opening quote)
    first = extract(EXPERIENCE_TS, "javascript")[0]
    assert (first.start.line, first.start.column) == (10, 8)
    assert listing_sections(EXPERIENCE_TS, "javascript") == [(22, "skills")]


def test_a_default_export_a_job_list_of_any_name_and_duties_written_as_one_text():
    text = """module.exports = {
  basics: { name: "Example" },
  WORK: {
    Experiences: [
      {
        Company: 'Contoso Insurance',
        Role: 'Business Analyst',
        From: new Date(2019, 1, 1),
        Responsibilities: `Gathered the claims intake requirements with the brokers.
            Wrote the acceptance criteria for the new upload flow.`,
      },
    ],
  },
};
"""
    assert claims(text) == [
        "Gathered the claims intake requirements with the brokers.",
        "Wrote the acceptance criteria for the new upload flow.",
    ]


def test_a_case_study_list_reads_the_role_and_the_decisions():
    text = """export const caseStudies = [
  {
    title: "Unifying the account panel",
    myRole: "I led the product strategy for a unified account panel, aligning product, design and the business.",
    problem: "Investors could not tell which accounts they held.",
    keyDecisions: [
      "Grouped related services around the customer's own model instead of business lines.",
      "Cut the legacy summary page from the first release.",
    ],
  },
];
"""
    assert claims(text) == [
        "I led the product strategy for a unified account panel, aligning product, design and the business.",
        "Grouped related services around the customer's own model instead of business lines.",
        "Cut the legacy summary page from the first release.",
    ]


def test_escapes_are_read_and_a_malformed_one_stops_nothing():
    """`\\u00e9`, `\\u{1F600}`, `\\x41`, an escaped quote and a line continued with a backslash read
    as JavaScript reads them; a malformed `\\u{zz`, `\\xZZ` or `\\u12` reads as its letters (it had
    stopped the whole run: exit 3)."""
    text = (
        'export const work = [{ company: "A", title: "PO", highlights: [\n'
        '  "Led the caf\\u00e9 \\u{1F600} work \\x41 for \\"x\\" it\\\n  goes on",\n'
        '  "Led the \\u{zz pricing work", "Ran \\xZZ UAT", "Cut \\u12 the fee",\n'
        "] }];\n"
    )
    assert claims(text) == ['Led the café \U0001F600 work A for "x" it goes on', "Led the u{zz pricing work", "Ran xZZ UAT", "Cut u12 the fee"]


def test_a_file_that_breaks_off_is_read_as_far_as_it_goes_and_says_where(tmp_path: Path):
    broken = 'export const work = [{ company: "Acme", title: "PO", highlights: ["Led the pricing work for the card app", '
    whole = 'export const work = [{ company: "Acme", title: "PO", highlights: ["Rebuilt the claims intake form with the brokers"] }];\n'
    assert claims(whole + broken) == ["Rebuilt the claims intake form with the brokers"]
    assert js_document(broken) == ({}, broken.index("["))
    resume = tmp_path / "work.ts"
    resume.write_text("// jobs\n" + broken, encoding="utf-8")
    result = run_installed("extract", str(resume))
    assert result.returncode == 2 and "the literal that opens at line 2 never closes" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert claims("const x = 1;\nfunction f() { return [1, 2]; }\n") == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "export const work = [", "{", "}", "[", "]", ",", ":", "highlights", "company: 'A'", '"Led the pricing work"',
    "'Ran UAT'", "`x ${y}`", "// c\n", "/* c */", "<p>a, b</p>", "...s", "f(1, 2)", "\\", "'", '"', "`", "\n",
]), max_size=40))
def test_any_fragment_of_javascript_reads_without_error(parts):
    """Read, or refused with one line (a literal that never closes), never a crash or a hang."""
    text = " ".join(parts)
    try:
        bullets = extract(text, "javascript")
    except InputError as error:
        assert "never closes" in str(error)
        return
    for bullet in bullets:
        assert bullet.text and 1 <= bullet.start.line <= text.count("\n") + 1


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("export const x=[]{}():,'\"`\\$/*<>\n abu09fF"), max_size=80))
def test_any_text_reads_as_javascript_without_error(text):
    try:
        extract(text, "javascript")
    except InputError as error:
        assert "never closes" in str(error)


def test_the_installed_command_checks_and_writes_a_typescript_file(tmp_path: Path):
    resume = tmp_path / "experience.ts"
    resume.write_text(EXPERIENCE_TS.replace("      'Coordinated", "      // po2pm: ignore[PO104]\n      'Coordinated"), encoding="utf-8")
    checked = run_installed("check", "--no-cache", str(resume))
    assert checked.returncode == 1 and "experience.ts:10:" in checked.stdout
    assert "PO104" not in checked.stdout  # the ignore comment, in JavaScript's own comment syntax
    written = run_installed("rewrite", "--no-cache", str(resume), "--write", "--pick", "1", "--allow-placeholders")
    assert written.returncode == 0, written.stderr
    after = resume.read_text(encoding="utf-8")
    # the clause follows the person's own string, which keeps its quoting and escapes as written
    assert "\"Managed the product backlog for the mortgage team's \\\"quick quote\\\" app, " in after
    assert (tmp_path / "experience.ts.po2pm.bak").read_text(encoding="utf-8") != after
    assert [b.text for b in extract(after, "javascript")][1:] == ["Coordinated UAT with the branch staff for the loan app", "Ran sprint reviews with the card squad every two weeks"]


def test_code_that_is_not_javascript_still_says_it_is_read_as_text(tmp_path: Path):
    from po2pm_rewrite.inputs import read_path

    script = tmp_path / "resume.py"
    script.write_text('WORK = ["Led the pricing work for the card app"]\n', encoding="utf-8")
    assert "is a code file" in (read_path(script).note or "")
    data = tmp_path / "resume.ts"
    data.write_text('export const work = ["Led the pricing work for the card app"];\n', encoding="utf-8")
    source: Source = read_path(data)
    assert source.format == "javascript" and not source.note


def test_round_rz_a_section_named_by_its_title_is_told_as_not_read():
    """Round RZ: a file whose sections are objects in a list, each named by its `title`
    (`{ type: 'common-list', title: 'Education', items: [...] }`), read its experience but named
    none of the sections it passed over, as a Markdown file's headings are named."""
    text = (
        "export const CVData = {\n"
        "  sections: [\n"
        "    { type: 'common-list', title: 'Education', items: [{ title: 'BSc Computing', authority: 'A University' }] },\n"
        "    { type: 'experiences-list', title: 'Experience', items: [{ title: 'Product Owner', details: ['Wrote the stories for the loans app.'] }] },\n"
        "    { type: 'tag-list', title: 'Skills', items: ['Jira'] },\n"
        "  ],\n"
        "};\n"
    )
    assert listing_sections(text, "javascript") == [(3, "Education"), (5, "Skills")]


def test_round_sa_a_titled_group_of_achievements_is_read():
    """Round SA: a job's achievements held a group, `{ title: "AI-Enhanced Productivity:", items:
    [...] }`, among its strings; its five claims were dropped in silence. Its items are read in
    place, its title is not."""
    text = (
        "export const resume = {\n"
        "  experience: [{\n"
        "    company: 'Acme', role: 'Business Analyst',\n"
        "    achievements: [\n"
        "      'Wrote the user stories for the claims portal.',\n"
        "      { title: 'AI-Enhanced Productivity:', items: ['Used AI assistants to draft the test cases.', 'Summarised the vendor documents with NotebookLM.'] },\n"
        "    ],\n"
        "  }],\n"
        "};\n"
    )
    assert [b.text for b in extract(text, "javascript")] == [
        "Wrote the user stories for the claims portal.",
        "Used AI assistants to draft the test cases.",
        "Summarised the vendor documents with NotebookLM.",
    ]


@pytest.mark.parametrize("file_format", ["javascript", "json", "yaml"])
def test_titled_groups_read_the_same_in_every_data_format(file_format):
    """An attack round (session 41, grp03): a YAML job's second group, "- title: Discovery /
    points: [...]", was dropped in silence, so a hook passed its delivery bullet that JSON flagged."""
    import json

    data = {"work": [{"name": "Northwind", "position": "Product Owner", "highlights": [
        {"title": "Experience", "items": ["Wrote the user stories for the claims portal"]},
        {"title": "Discovery", "points": ["Ran daily stand-ups and sprint planning for two teams"]},
        {"title": "Delivery", "list": ["Coordinated the releases with the platform team"]},
        {"title": "Ops", "entries": [{"content": "Kept the status reports of the loans programme"}]},
    ]}]}
    text = {
        "javascript": "export const resume = " + json.dumps(data) + ";\n",
        "json": json.dumps(data, indent=2),
        "yaml": (
            "work:\n- name: Northwind\n  position: Product Owner\n  highlights:\n"
            "  - title: Experience\n    items:\n    - Wrote the user stories for the claims portal\n"
            "  - title: Discovery\n    points:\n    - Ran daily stand-ups and sprint planning for two teams\n"
            "  - title: Delivery\n    list:\n    - Coordinated the releases with the platform team\n"
            "  - title: Ops\n    entries:\n    - content: Kept the status reports of the loans programme\n"
        ),
    }[file_format]
    assert [b.text for b in extract(text, file_format)] == [
        "Wrote the user stories for the claims portal",
        "Ran daily stand-ups and sprint planning for two teams",
        "Coordinated the releases with the platform team",
        "Kept the status reports of the loans programme",
    ]


def test_a_string_joined_with_plus_is_built_and_read_as_nothing():
    """An attack round (session 41, js07): '"Managed the product backlog " + "for the mortgage team"'
    was read as its first piece, and `--write` put the clause between the two. A string built with
    `+` is code's, as one built with `${}` is; a plain string followed by `as const` is still read."""
    text = (
        'export const jobs = [{ title: "Product Owner", highlights: [\n'
        '  "Managed the product backlog " + "for the mortgage team",\n'
        '  "Ran the sprint reviews for the claims app" as const,\n'
        "  'Wrote the user stories' +\n    ' for the broker portal',\n"
        "] }];\n"
    )
    assert claims(text) == ["Ran the sprint reviews for the claims app"]


def test_only_a_real_comment_speaks_to_po2pm(tmp_path: Path):
    """An attack round (session 41, js10): a bullet holding "(see //po2pm:ignore)" suppressed
    itself, and its text was told as a po2pm comment po2pm did not understand; "/* po2pm: ignore */",
    JavaScript's other comment, was passed over in silence."""
    resume = tmp_path / "cv.js"
    resume.write_text(
        "export const jobs = [{ title: 'Product Owner', highlights: [\n"
        "  'Managed the product backlog for the mortgage team (see //po2pm:ignore)',\n"
        "  /* po2pm: ignore */ 'Ran the sprint reviews for the claims app',\n"
        "  'https://example.com/a // po2pm: whatever',\n"
        "  'Coordinated the releases with the platform team',\n"
        "] }];\n",
        encoding="utf-8",
    )
    checked = run_installed("check", "--no-cache", str(resume))
    assert "cv.js:2:" in checked.stdout and "cv.js:3:" not in checked.stdout and "cv.js:5:" in checked.stdout, checked.stdout
    assert "does not understand" not in checked.stderr, checked.stderr


def test_a_literal_that_never_closes_after_others_is_told(tmp_path: Path):
    """An attack round (session 41, js06b): a second literal that never closes ended the reading
    with its bullets lost and no word said; the first literal's bullets are still read."""
    resume = tmp_path / "half.ts"
    resume.write_text(
        'export const experience = [{ title: "PO", highlights: ["Managed the product backlog for the mortgage team"] }];\n'
        'export const projects = [{ name: "x", highlights: ["Ran sprint planning for two teams\n',
        encoding="utf-8",
    )
    result = run_installed("check", "--no-cache", str(resume))
    assert result.returncode == 1 and "half.ts:1:" in result.stdout
    assert "the literal that opens at line 2 never closes (a bracket or a quote is missing): read up to there" in result.stderr, result.stderr
