"""Cases of reading round SAD (session 58, on session 57's code; issue 11's reading part): each
failed on the code before its fix."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

runner = CliRunner()


def _extracted(path) -> dict:
    result = runner.invoke(app, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["files"][0]


def test_a_yaml_jobs_detail_field_that_says_what_was_done_is_read(tmp_path):
    """Round SAD, a researcher's own-schema YAML: `inline_detail: "Developed an ISO writer using QT
    and C++"` was a job's only claim, dropped in silence; a detail that names the product is not."""
    resume = tmp_path / "cv.yaml"
    resume.write_text(
        "positions:\n"
        "  - title: Intern\n    company: Claims Co\n    inline_detail: Developed a claims upload tool in Python\n"
        "    highlights:\n      - Managed the product backlog for the claims team\n"
        "  - title: Engineer\n    company: Quote Co\n    inline_detail: Quote engine, a pricing library\n"
        "    highlights:\n      - Wrote user stories for the quote flow\n",
        encoding="utf-8",
    )
    report = _extracted(resume)
    read = [b["text"] for b in report["bullets"]]
    assert "Developed a claims upload tool in Python" in read, read
    assert "Quote engine, a pricing library" not in read, read


def test_prose_in_a_yaml_or_json_list_no_work_list_holds_is_told(tmp_path):
    """Round SAD: `service: {main: [{details: "Continued and substantial contributions to the
    openSUSE project. ..."}]}` was dropped in silence; a profile's paragraph outside any list stays
    quiet, as it was."""
    paragraph = "Continued and substantial contributions to the claims project. With voting rights on its board."
    profile = "I am a product manager who likes hard problems. I write about claims software on weekends."
    resume = tmp_path / "cv.yaml"
    resume.write_text(
        f"profile:\n  description: {profile}\n"
        "experience:\n  - company: Claims Co\n    highlights:\n      - Managed the product backlog for the claims team\n"
        f"service:\n  main:\n    - name: Claims project member\n      details: \"{paragraph}\"\n",
        encoding="utf-8",
    )
    as_json = tmp_path / "cv.json"
    as_json.write_text(
        json.dumps({
            "profile": {"description": profile},
            "work": [{"name": "Claims Co", "highlights": ["Managed the product backlog for the claims team"]}],
            "service": {"main": [{"name": "Claims project member", "details": paragraph}]},
        }),
        encoding="utf-8",
    )
    for path in (resume, as_json):
        report = _extracted(path)
        told = [s["text"] for s in report["skipped"]]
        assert paragraph in told, (path.name, report)
        assert profile not in told + [b["text"] for b in report["bullets"]], (path.name, report)


def test_acts_set_on_lines_of_their_own_in_an_html_paragraph_are_claims_of_their_own(tmp_path):
    """Round SAD, a systems analyst's hand-written page: "<p>Build, develop ... billing cycle<br>for
    the hospital in Francistown<br>Drive multiple projects ...</p>" was read as one claim; a line
    wrapped after a joining word, or opening with an act of another form, stays with the line above."""
    page = tmp_path / "cv.html"
    page.write_text(
        "<html><body><h2>Experience</h2>\n"
        "<p>Build and maintain the claims billing cycle<br>\nfor the regional hospital in Leeds<br>\n"
        "Drive several projects to replace the quote engine for brokers</p>\n"
        "<p>Worked with the<br>\nDesign team on the new claims upload flow<br>\nSupport staff use it every day now</p>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    read = [b["text"] for b in _extracted(page)["bullets"]]
    assert read == [
        "Build and maintain the claims billing cycle for the regional hospital in Leeds",
        "Drive several projects to replace the quote engine for brokers",
        "Worked with the Design team on the new claims upload flow Support staff use it every day now",
    ], read


def test_a_bullets_sentence_of_what_the_thing_built_will_bring_stays_with_the_act(tmp_path):
    """Round SAE, a digital transformation manager's PDF: "Leveraged software development skills to
    deliver digital solutions ... The EBrief application is in the process of being implemented and
    will save hours per day for dozens of prosecutors across the state." - the second sentence was
    told apart as about the product, the act judged without its result. A sentence about the product
    that brings nothing is still told apart."""
    resume = tmp_path / "cv.md"
    # (long enough to be read as a paragraph, whose sentences are judged one by one)
    act = (
        "Built digital tools for the claims branch of the insurer to cut the double handling of cases across the"
        " regions, working with the adjusters, the finance team and the regional managers on what they needed first."
    )
    will = "The triage application is in the process of being rolled out and will save hours per day for dozens of adjusters."
    plain = "The platform provides a single view of every open claim and its documents for the adjusters."
    resume.write_text(f"## Experience\n\n- {act} {will}\n- {act} {plain}\n", encoding="utf-8")
    report = _extracted(resume)
    read = [b["text"] for b in report["bullets"]]
    assert f"{act} {will}" in read, read
    assert plain in [s["text"] for s in report["skipped"]], report
