"""The pre-commit hook, run by the real pre-commit tool against this project (try-repo)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")]


def git(*args: str, cwd) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hook_home(tmp_path_factory):
    # One pre-commit cache for the module: the hook's environment is built once.
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(resume_repo, hook_home, *files: str) -> subprocess.CompletedProcess:
    """The hook run on these files; none: on every file git holds (as it names them to the hook)."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(hook_home), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "po2pm", *(["--files", *files] if files else ["--all-files"])],
        cwd=resume_repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


@pytest.fixture
def resume_repo(tmp_path):
    git("init", "-q", cwd=tmp_path)
    return tmp_path


def test_hook_blocks_delivery_only_bullets_with_path_and_line(resume_repo, hook_home):
    resume = resume_repo / "resume.md"
    resume.write_text(
        "# Ana Lima\n\n## Experience\n\n- Cut onboarding drop-off 18% by testing three signup flows with new users\n"
        "- Managed the product backlog for the claims team\n",
        encoding="utf-8",
    )
    cv = resume_repo / "cv.tex"
    cv.write_text("\\begin{document}\n\\begin{itemize}\n  \\item Ran daily stand-ups for the team\n\\end{itemize}\n\\end{document}\n", encoding="utf-8")
    shutil.copy(ROOT / "examples" / "resumes" / "backlog-heavy-po.docx", resume_repo / "resume.docx")
    git("add", ".", cwd=resume_repo)
    result = try_repo(resume_repo, hook_home, "resume.md", "cv.tex", "resume.docx")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "resume.docx:8:13: PO101 Backlog or roadmap administration ('product backlog')" in output  # paragraph 8, character 13
    assert "resume.md:6:15: PO101 Backlog or roadmap administration ('product backlog')" in output
    assert "cv.tex:3:13: PO102 Meetings, ceremonies or tooling ('daily stand-ups')" in output
    assert "resume.md:5:" not in output


def test_hook_passes_a_clean_resume(resume_repo, hook_home):
    resume = resume_repo / "resume.md"
    resume.write_text("- Cut onboarding drop-off 18% by testing three signup flows with new users\n", encoding="utf-8")
    git("add", ".", cwd=resume_repo)
    result = try_repo(resume_repo, hook_home, "resume.md")
    assert result.returncode == 0, result.stdout + result.stderr


def test_hook_lets_a_commit_of_only_a_readme_through(resume_repo, hook_home):
    """The hook runs over every Markdown file a commit touches: one with no bullet (a README) is
    no failed check there, while `po2pm check README.md` alone exits 2 (nothing was checked)."""
    readme = resume_repo / "README.md"
    readme.write_text("# My resume\n\nBuilt with LaTeX; see cv.tex.\n", encoding="utf-8")
    git("add", ".", cwd=resume_repo)
    result = try_repo(resume_repo, hook_home, "README.md")
    assert result.returncode == 0, result.stdout + result.stderr


def test_hook_passes_over_a_changelog_and_what_exclude_names(resume_repo, hook_home):
    """A CI user's trial (session 16): the hook read CHANGELOG.md and a README of working notes as
    resumes and refused the commit, and no setting could leave them out."""
    for name in ("CHANGELOG.md", "NOTES.md"):
        (resume_repo / name).write_text("- Updated the backlog items for the claims team\n- Coordinated the sprint planning\n", encoding="utf-8")
    (resume_repo / ".po2pm.toml").write_text('exclude = ["NOTES.md"]\n', encoding="utf-8")
    (resume_repo / "resume.md").write_text("## Experience\n\n- Managed the product backlog for the claims team\n", encoding="utf-8")
    git("add", ".", cwd=resume_repo)
    result = try_repo(resume_repo, hook_home, "CHANGELOG.md", "NOTES.md", "resume.md")
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "resume.md:3:" in output, output
    assert "CHANGELOG.md" not in output and "NOTES.md" not in output


def test_a_committed_file_named_like_an_option_is_read_as_a_file(resume_repo, hook_home):
    """Sixth round of attacks (A06): a file named `--config=x.md` was parsed by the hook as an
    option, so a cloned repository's x.md could set `fail-on = "never"` and pass every commit."""
    (resume_repo / "x.md").write_text('fail-on = "never"\n', encoding="utf-8")
    (resume_repo / "--config=x.md").write_text("## Experience\n\n- Managed the product backlog for the claims team\n", encoding="utf-8")
    git("add", "--", ".", cwd=resume_repo)
    result = try_repo(resume_repo, hook_home)
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "--config=x.md:3:" in output, output


def test_hook_passes_over_editor_settings_and_lock_files(resume_repo, hook_home):
    """An attack round: a devcontainer.json with comments (invalid JSON) and a 337 KB
    pnpm-lock.yaml each made the hook exit 2 and block the commit."""
    (resume_repo / ".devcontainer").mkdir()
    (resume_repo / ".devcontainer" / "devcontainer.json").write_text('// the dev container\n{"name": "cv"}\n', encoding="utf-8")
    (resume_repo / "pnpm-lock.yaml").write_text("lockfileVersion: '6.0'\n" + "x: y\n" * 40_000, encoding="utf-8")
    (resume_repo / "resume.md").write_text("## Experience\n\n- Managed the product backlog for the claims team\n", encoding="utf-8")
    git("add", ".", cwd=resume_repo)
    result = try_repo(resume_repo, hook_home)
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "resume.md:3:" in output, output
    assert "devcontainer" not in output and "pnpm-lock" not in output, output
