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

    first = runner.invoke(app, ["check", "--baseline", str(baseline), str(resume)])
    assert first.exit_code == 0
    assert "recorded 1 finding" in first.stderr
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert recorded["findings"] == [{"path": str(resume), "rule": "PO101", "bullet": "Groomed the backlog every week"}]

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
    result = CliRunner().invoke(app, ["check", "--baseline", str(missing), str(resume)])
    assert result.exit_code == 2, result.output
    assert f"po2pm: error: {missing}: folder not found; nothing written" in result.output
    assert "Traceback" not in result.output and not missing.parent.exists()
