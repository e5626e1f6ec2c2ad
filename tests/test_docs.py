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


# Names a repository holds beside a resume: the hook's `exclude` (pre-commit searches it in the
# path) and a folder scan (inputs, which matches the file name) must leave out the same ones.
_REPOSITORY_FILES = (
    "CHANGELOG.md", "docs/History.txt", "LICENSE.md", "licence.txt", "Contributing.md", "package-lock.json", ".pre-commit-hooks.yaml", "SECURITY.md",
    # an attack round: a devcontainer.json with comments and a 337 KB pnpm-lock.yaml blocked commits
    "pnpm-lock.yaml", ".devcontainer/devcontainer.json", "app/.vscode/settings.json", ".github/workflows/ci.yml", "mkdocs.yml",
)
_RESUME_FILES = ("resume.md", "cv/Resume.json", "changelog-of-my-career/resume.tex", "news-anchor-cv.yaml", "support-engineer.md")


def test_hook_exclude_and_folder_scan_leave_out_the_same_files():
    import re

    import yaml

    from po2pm_rewrite.inputs import _NOT_RESUMES, _SKIP_DIRS

    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    exclude = re.compile(hook["exclude"])
    for path in _REPOSITORY_FILES + _RESUME_FILES:
        left_out_by_hook = exclude.search(path) is not None
        *folders, name = path.split("/")
        left_out_by_scan = _NOT_RESUMES.fullmatch(name) is not None or any(folder in _SKIP_DIRS for folder in folders)
        assert left_out_by_hook == left_out_by_scan == (path in _REPOSITORY_FILES), path
