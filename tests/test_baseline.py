"""--baseline: record today's findings, then fail only on new ones."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

runner = CliRunner()


@pytest.mark.slow
def test_baseline_records_then_reports_only_new_findings(tmp_path):
    resume = tmp_path / "resume.json"
    resume.write_text('{"work": [{"highlights": ["Groomed the backlog every week"]}]}', encoding="utf-8")
    baseline = tmp_path / "po2pm-baseline.json"

    first = runner.invoke(app, ["check", "--baseline", str(baseline), "--update-baseline", str(resume)])
    assert first.exit_code == 0
    assert "recorded 1 finding" in first.stderr
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    # named relative to the baseline's folder, so a run from elsewhere matches it
    assert recorded == {"version": 2, "findings": [{"path": "resume.json", "rule": "PO101", "bullet": "Groomed the backlog every week"}]}

    # The old bullet moves down a line and a new weak one is added above it.
    resume.write_text(
        '{"work": [{"highlights": [\n"Ran daily stand-ups for the team",\n"Groomed the backlog every week"]}]}', encoding="utf-8"
    )
    second = runner.invoke(app, ["check", "-f", "concise", "--baseline", str(baseline), str(resume)])
    assert second.exit_code == 1
    assert second.stdout.splitlines() == [f"{resume}:2:6: PO102 Meetings, ceremonies or tooling ('daily stand-ups') presented as the achievement."]


def test_a_corrupt_baseline_is_a_clear_error(tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text("not json", encoding="utf-8")
    result = runner.invoke(app, ["check", "--baseline", str(baseline), "--text", "Ran daily stand-ups"])
    assert result.exit_code == 2
    assert "not a po2pm baseline file" in result.output and "Traceback" not in result.output


def test_a_baseline_in_a_missing_folder_is_a_one_line_error(tmp_path):
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    resume = tmp_path / "resume.md"
    resume.write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")
    missing = tmp_path / "no-such-folder" / "baseline.json"
    result = CliRunner().invoke(app, ["check", "--baseline", str(missing), "--update-baseline", str(resume)])
    assert result.exit_code == 2, result.output
    assert f"po2pm: error: {missing}: folder not found; nothing written" in result.output
    assert "Traceback" not in result.output and not missing.parent.exists()


def test_a_missing_baseline_is_an_error_not_a_green_build(tmp_path):
    """A CI user's trial (session 16): a mistyped --baseline was recorded afresh on every run, so
    the build passed with an empty report each time."""
    resume = tmp_path / "resume.md"
    resume.write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")
    typo = tmp_path / "po2pm-baselin.json"
    result = runner.invoke(app, ["check", "--baseline", str(typo), str(resume)])
    assert result.exit_code == 2 and not typo.exists()
    assert f"{typo}: no such baseline file; record one with --baseline {typo} --update-baseline" in result.stderr
    alone = runner.invoke(app, ["check", "--update-baseline", str(resume)])
    assert alone.exit_code == 2 and "--update-baseline needs --baseline FILE" in alone.stderr


@pytest.mark.slow
def test_a_baseline_matches_from_any_folder_and_a_refresh_drops_fixed_findings(tmp_path, monkeypatch):
    """A CI user's trial: the baseline named files as the recording run was given them, so a run
    from another folder, or with absolute paths, reported every old finding as new."""
    repo = tmp_path / "repo"
    (repo / "clients").mkdir(parents=True)
    resume = repo / "clients" / "resume.md"
    resume.write_text("- Managed the product backlog for the claims team\n- Ran daily stand-ups for the team\n", encoding="utf-8")
    baseline = repo / "po2pm-baseline.json"
    monkeypatch.chdir(repo)
    assert runner.invoke(app, ["check", "--baseline", "po2pm-baseline.json", "--update-baseline", "clients"]).exit_code == 0
    for folder, target, base in ((repo / "clients", ".", "../po2pm-baseline.json"), (tmp_path, str(resume), str(baseline))):
        monkeypatch.chdir(folder)
        again = runner.invoke(app, ["check", "-f", "concise", "--baseline", base, target])
        assert (again.exit_code, again.stdout) == (0, ""), again.output
    # the stand-ups bullet is rewritten; refreshing the baseline forgets its finding
    resume.write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")
    assert runner.invoke(app, ["check", "--baseline", str(baseline), "--update-baseline", str(resume)]).exit_code == 0
    assert [entry["bullet"] for entry in json.loads(baseline.read_text(encoding="utf-8"))["findings"]] == [
        "Managed the product backlog for the claims team"
    ]


def test_a_version_1_baseline_is_read_relative_to_the_working_folder(tmp_path, monkeypatch):
    from po2pm_rewrite.baseline import read_baseline

    (tmp_path / "ci").mkdir()
    baseline = tmp_path / "ci" / "old.json"
    entry = {"path": "clients/resume.md", "rule": "PO101", "bullet": "Groomed the backlog"}
    baseline.write_text(json.dumps({"version": 1, "findings": [entry]}), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert list(read_baseline(baseline)) == [("../clients/resume.md", "PO101", "Groomed the backlog")]


def test_a_baseline_file_beside_the_resume_is_not_read_as_one(tmp_path):
    """A CI user's trial: the hook read `.po2pm-baseline.json` as a JSON resume, 100 findings."""
    baseline = tmp_path / ".po2pm-baseline.json"
    baseline.write_text(json.dumps({"version": 2, "findings": [{"path": "r.md", "rule": "PO101", "bullet": "Groomed the backlog every week"}]}), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(baseline)])
    assert "a po2pm baseline file (--baseline), not a resume: not read" in result.output
    assert "Groomed" not in result.output


def test_update_baseline_never_replaces_a_file_that_is_not_a_baseline(tmp_path):
    """Fifth round of attacks (A45): `--baseline cv.md --update-baseline cv.md` replaced the
    resume being checked with baseline JSON, and any other file named was overwritten too, with
    no check and no backup. A baseline already there is still refreshed."""
    resume = tmp_path / "cv.md"
    resume.write_text("- Groomed the backlog every week\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    for target in (resume, notes):
        result = runner.invoke(app, ["check", "--no-cache", "--baseline", str(target), "--update-baseline", str(resume)])
        assert result.exit_code == 2 and "not a po2pm baseline file" in result.stderr
    assert resume.read_text(encoding="utf-8") == "- Groomed the backlog every week\n"
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    baseline = tmp_path / "baseline.json"
    for _ in range(2):  # recorded, then refreshed
        assert runner.invoke(app, ["check", "--no-cache", "--baseline", str(baseline), "--update-baseline", str(resume)]).exit_code == 0


def test_update_baseline_through_a_link_keeps_the_link(tmp_path):
    """Attack round, session 45: the link was replaced by a plain file, its target left as it was;
    --write keeps a resume's link, and so does the baseline."""
    resume = tmp_path / "cv.md"
    resume.write_text("- Managed the product backlog for the claims team\n", encoding="utf-8")
    target = tmp_path / "shared" / "baseline.json"
    target.parent.mkdir()
    target.write_text('{"version": 2, "findings": []}', encoding="utf-8")
    link = tmp_path / "baseline.json"
    link.symlink_to(target)
    result = runner.invoke(app, ["check", "--baseline", str(link), "--update-baseline", str(resume)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and '"rule": "PO101"' in target.read_text(encoding="utf-8")


def test_a_baseline_saved_with_a_byte_order_mark_is_read(tmp_path):
    """An attack round of session 46: an editor's BOM got the baseline refused, with advice to delete it."""
    resume = tmp_path / "resume.json"
    resume.write_text('{"work": [{"highlights": ["Groomed the backlog every week"]}]}', encoding="utf-8")
    baseline = tmp_path / "po2pm-baseline.json"
    record = {"version": 2, "findings": [{"path": "resume.json", "rule": "PO101", "bullet": "Groomed the backlog every week"}]}
    baseline.write_bytes(b"\xef\xbb\xbf" + json.dumps(record).encode("utf-8"))
    result = runner.invoke(app, ["check", "--baseline", str(baseline), str(resume)])
    assert result.exit_code == 0, result.output
