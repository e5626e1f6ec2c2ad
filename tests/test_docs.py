"""Documentation generated from data stays in step with the data."""

from __future__ import annotations

from po2pm_rewrite.explain import rules_markdown

from .conftest import ROOT


def test_readme_rule_table_matches_the_rule_files(ruleset):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    begin = readme.index("<!-- rules:begin")
    begin = readme.index("\n", begin) + 1
    end = readme.index("<!-- rules:end -->")
    assert readme[begin:end].strip() == rules_markdown(ruleset), "run `po2pm rules --format markdown` and paste it into README.md"


def test_readme_opens_with_install_check_and_test_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme[readme.index("## Set-up") :]
    assert 'python -m pip install ".[test]"' in setup
    assert "po2pm check examples/resumes/" in setup
    assert "python -m pytest" in setup


def test_ci_runs_the_readme_steps():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for step in ('python -m pip install ".[test]"', "po2pm check examples/resumes/backlog-heavy-po.md", "python -m pytest"):
        assert step in ci
