"""Configuration files: where they are found, what they may say, how flags override them."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app

runner = CliRunner()
WEAK = "- Managed backlog and coordinated sprint planning\n"


def check_json(*args: str):
    result = runner.invoke(app, ["check", "-f", "json", *args])
    return result, (json.loads(result.stdout) if result.stdout.startswith("{") else None)


def codes_in(document) -> set[str]:
    return {f["rule"] for file in document["files"] for b in file["bullets"] for f in b["findings"]}


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "cv").mkdir()
    resume = tmp_path / "cv" / "resume.md"
    resume.write_text(WEAK, encoding="utf-8")
    return tmp_path, resume


def test_pyproject_tool_table_is_found_upward(repo):
    root, resume = repo
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.po2pm]\nignore = ["PO102"]\n', encoding="utf-8")
    _, document = check_json(str(resume))
    assert codes_in(document) == {"PO101"}


def test_dot_po2pm_toml_wins_over_pyproject_in_the_same_folder(repo):
    root, resume = repo
    (root / "pyproject.toml").write_text('[tool.po2pm]\nignore = ["PO102"]\n', encoding="utf-8")
    (root / ".po2pm.toml").write_text('ignore = ["PO101"]\n', encoding="utf-8")
    _, document = check_json(str(resume))
    assert codes_in(document) == {"PO102"}


def test_a_pyproject_without_a_tool_table_is_passed_over(repo):
    root, resume = repo
    (root / "cv" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (root / ".po2pm.toml").write_text('select = ["PO102"]\n', encoding="utf-8")
    _, document = check_json(str(resume))
    assert codes_in(document) == {"PO102"}


def test_flags_override_the_file(repo):
    root, resume = repo
    (root / ".po2pm.toml").write_text('select = ["PO102"]\nfail-on = "never"\n', encoding="utf-8")
    result, document = check_json(str(resume))
    assert result.exit_code == 0 and codes_in(document) == {"PO102"}
    result, document = check_json("--select", "PO101", "--fail-on", "warning", str(resume))
    assert result.exit_code == 1 and codes_in(document) == {"PO101"}


def test_per_file_ignores_use_globs_relative_to_the_config(repo):
    root, resume = repo
    (root / ".po2pm.toml").write_text('[per-file-ignores]\n"cv/*.md" = ["PO101"]\n', encoding="utf-8")
    _, document = check_json(str(resume))
    assert codes_in(document) == {"PO102"}


def test_explicit_config_path(repo, tmp_path):
    _, resume = repo
    elsewhere = tmp_path / "other.toml"
    elsewhere.write_text('ignore = ["PO1"]\n', encoding="utf-8")
    _, document = check_json("--config", str(elsewhere), str(resume))
    assert codes_in(document) == set()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('selct = ["PO101"]\n', "unknown key 'selct' (did you mean 'select'?)"),
        ('ignore = ["PO1O1"]\n', "'ignore': no rule code, prefix or name 'PO1O1' (did you mean"),
        ('fail-on = "loud"\n', "'fail-on' must be one of error, warning, info, never, not 'loud'"),
        ("ignore = \n", "invalid TOML"),
        ('[per-file-ignores]\n"*.md" = ["XX100"]\n', "'per-file-ignores.*.md': no rule code, prefix or name 'XX100'"),
        # pyproject's table written in .po2pm.toml (a new user's trial, session 15)
        ('[tool.po2pm]\nignore = ["PO101"]\n', "unknown key 'tool': write the keys at the top level here"),
    ],
)
def test_bad_config_is_exit_2_naming_file_and_key(repo, content, expected):
    root, resume = repo
    config = root / ".po2pm.toml"
    config.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["check", str(resume)])
    assert result.exit_code == 2
    assert f"po2pm: error: {config}" in result.output and expected in result.output


def test_a_folder_given_as_the_config_is_named_a_folder(repo):
    root, resume = repo
    result = runner.invoke(app, ["check", "--config", str(root), str(resume)])
    assert result.exit_code == 2
    assert f"po2pm: error: {root}: is a folder; --config takes a file" in result.output


def test_pyproject_keys_are_named_with_their_table(repo):
    root, resume = repo
    (root / "pyproject.toml").write_text('[tool.po2pm]\nmodle = "x"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", str(resume)])
    assert result.exit_code == 2 and "unknown key 'tool.po2pm.modle' (did you mean 'model'?)" in result.output


@pytest.mark.parametrize(
    "text, expected",
    [('[tool]\npo2pm = 5\n', "[tool.po2pm] must be a table"), ("tool = 3\n", "no [tool.po2pm] table")],
)
def test_a_tool_table_that_is_not_a_table_is_a_config_error_not_a_crash(repo, text, expected):
    root, resume = repo
    (root / "pyproject.toml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(resume)])
    assert result.exit_code == 2 and expected in result.output


def test_config_command_prints_the_resolved_settings(repo):
    root, resume = repo
    (root / ".po2pm.toml").write_text('ignore = ["PO102"]\nfail-on = "error"\n[per-file-ignores]\n"cv/*" = ["PO100"]\n', encoding="utf-8")
    result = runner.invoke(app, ["config", str(resume)])
    assert result.exit_code == 0
    assert f"# from: {root / '.po2pm.toml'}" in result.output
    assert 'ignore = ["PO102"]' in result.output and 'fail-on = "error"' in result.output
    assert '"cv/*" = ["PO100"]' in result.output


def test_config_command_prints_toml_that_reads_back_as_the_same_settings(repo):
    """An attack round of session 46: a pattern holding '", "' was shown as two patterns, and one
    holding a backslash made the printed TOML invalid."""
    import tomllib

    root, resume = repo
    written = r'exclude = ["a\", \"b.md"]' + "\n[per-file-ignores]\n" + r'"c\\d/*" = ["PO100"]' + "\n"
    (root / ".po2pm.toml").write_text(written, encoding="utf-8")
    result = runner.invoke(app, ["config", str(resume)])
    assert result.exit_code == 0, result.output
    shown = tomllib.loads(result.output)
    assert shown["exclude"] == tomllib.loads(written)["exclude"] == ['a", "b.md']
    assert shown["per-file-ignores"] == {"c\\d/*": ["PO100"]}


def test_config_rules_folder_is_relative_to_the_config(repo):
    root, resume = repo
    (root / "my-rules").mkdir()
    (root / "my-rules" / "XX901.toml").write_text(
        'code = "XX901"\nname = "custom.synergy"\nseverity = "error"\nmessage = "Buzzword."\nrationale = "Says little."\n'
        'phrases = ["synergy"]\n\n[examples]\nflag = ["Found [synergy]"]\npass = ["Cut churn 3%"]\n',
        encoding="utf-8",
    )
    (root / ".po2pm.toml").write_text('rules = ["my-rules"]\nselect = ["XX901"]\n', encoding="utf-8")
    resume.write_text("- Drove synergy across the claims teams\n", encoding="utf-8")
    _, document = check_json(str(resume))
    assert codes_in(document) == {"XX901"}


def test_the_search_stops_at_the_repository_root(repo):
    root, resume = repo
    (root / ".po2pm.toml").write_text('ignore = ["PO101", "PO102", "PO108"]\n', encoding="utf-8")
    _, document = check_json(str(resume))
    assert codes_in(document) == set()  # found upward while cv/ is a plain folder
    (root / "cv" / ".git").mkdir()  # cv/ is now a repository of its own: the file above is not its config
    _, document = check_json(str(resume))
    assert codes_in(document) == {"PO101", "PO102"}


def test_the_search_stops_at_the_home_folder(repo, monkeypatch):
    root, resume = repo
    (root / ".po2pm.toml").write_text('ignore = ["PO101", "PO102", "PO108"]\n', encoding="utf-8")
    monkeypatch.setenv("HOME", str(root / "cv"))
    _, document = check_json(str(resume))
    assert codes_in(document) == {"PO101", "PO102"}


CUSTOM_RULE = '''
code = "XX901"
name = "custom.synergy"
severity = "warning"
message = "Buzzword ('{match}')."
rationale = "A word that says nothing a hiring manager can check."
phrases = ["synergy"]

[examples]
flag = ["Drove [synergy] across the teams"]
pass = ["Interviewed 20 customers about invoices"]
'''


def test_rules_explain_and_config_honour_the_config_files_rule_folders(repo, monkeypatch):
    root, _ = repo
    (root / "house-rules").mkdir()
    (root / "house-rules" / "XX901.toml").write_text(CUSTOM_RULE, encoding="utf-8")
    (root / ".po2pm.toml").write_text('rules = ["house-rules"]\n', encoding="utf-8")
    monkeypatch.chdir(root)
    listed = runner.invoke(app, ["rules"])
    assert listed.exit_code == 0 and "XX901" in listed.output
    explained = runner.invoke(app, ["explain", "XX901"])
    assert explained.exit_code == 0 and "A word that says nothing a hiring manager can check." in explained.output
    judged = runner.invoke(app, ["explain", "--text", "Drove synergy across the claims teams"])
    assert judged.exit_code == 0 and "XX901" in judged.output
    shown = runner.invoke(app, ["config"])
    assert str(root / "house-rules") in shown.output


def test_a_config_in_a_folder_every_user_can_write_to_is_ignored_with_a_note(repo):
    root, resume = repo
    (root / ".po2pm.toml").write_text('ignore = ["PO101", "PO102", "PO108"]\n', encoding="utf-8")
    root.chmod(0o777)  # a shared folder, as /tmp is: anyone could have put the file there
    try:
        result, document = check_json(str(resume))
    finally:
        root.chmod(0o700)
    assert codes_in(document) == {"PO101", "PO102"}  # the file did not switch them off
    assert f"po2pm: note: {root / '.po2pm.toml'}: config ignored: its folder is writable by every user" in result.stderr
    # named explicitly, it is the user's choice and applies
    root.chmod(0o777)
    try:
        _, document = check_json("--config", str(root / ".po2pm.toml"), str(resume))
    finally:
        root.chmod(0o700)
    assert codes_in(document) == set()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file to another user needs root")
def test_a_config_owned_by_another_user_is_ignored_with_a_note(repo):
    root, resume = repo
    config = root / ".po2pm.toml"
    config.write_text('ignore = ["PO101", "PO102"]\n', encoding="utf-8")
    os.chown(config, 4242, 4242)
    result, document = check_json(str(resume))
    assert codes_in(document) == {"PO101", "PO102"}
    assert f"po2pm: note: {config}: config ignored: it belongs to another user" in result.stderr


def test_a_repository_config_cannot_choose_the_cache_folder_but_the_users_own_can(repo, tmp_path_factory):
    root, resume = repo
    elsewhere = tmp_path_factory.mktemp("someone-elses-cache")
    (root / ".po2pm.toml").write_text(f'cache-dir = "{elsewhere}"\n', encoding="utf-8")
    result, document = check_json(str(resume))
    assert document is not None and not any(elsewhere.iterdir())  # nothing written there
    assert "cache-dir ignored: a repository's config cannot choose where po2pm writes" in result.stderr
    # the user's own config, named with --config, may choose it
    check_json("--config", str(root / ".po2pm.toml"), str(resume))
    assert any(elsewhere.iterdir())


def test_exclude_leaves_files_out_named_or_found_in_a_folder(tmp_path):
    """A CI user's trial (session 16): `exclude` was an unknown key, and a folder scan read a
    repository's CHANGELOG as a resume."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    weak = "- Managed the product backlog for the claims team\n"
    (tmp_path / "docs").mkdir()
    for name in ("resume.md", "docs/notes.md", "CHANGELOG.md", "README.md"):
        (tmp_path / name).write_text(weak, encoding="utf-8")
    (tmp_path / ".po2pm.toml").write_text('exclude = ["docs/*"]\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-cache", "-f", "concise", str(tmp_path)])
    assert sorted(line.split(":")[0] for line in result.stdout.splitlines()) == [str(tmp_path / "README.md"), str(tmp_path / "resume.md")]
    named = CliRunner().invoke(app, ["check", "--no-cache", "-f", "concise", str(tmp_path / "docs" / "notes.md"), str(tmp_path / "resume.md")])
    assert [line.split(":")[0] for line in named.stdout.splitlines()] == [str(tmp_path / "resume.md")]
    # named alone, and left out: said (fifth round of attacks, A10: nothing printed, exit 0)
    alone = CliRunner().invoke(app, ["check", "--no-cache", str(tmp_path / "docs" / "notes.md")])
    assert "nothing checked: every file named is left out by the config's `exclude`" in alone.stderr
    assert "nothing checked" not in named.stderr
    (tmp_path / ".po2pm.toml").write_text('exclude = "docs/*"\n', encoding="utf-8")
    wrong = CliRunner().invoke(app, ["check", "--no-cache", str(tmp_path)])
    assert wrong.exit_code == 2 and "'exclude' must be a list of glob patterns" in wrong.stderr


def test_config_names_rules_as_the_flags_do(tmp_path):
    """`ignore = ["delivery.ceremony"]` was an unknown rule code 'DELIVERY.CEREMONY' in a config
    file, while --ignore took it; now both take codes, prefixes, names and name groups."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    (tmp_path / "r.md").write_text("- Ran daily stand-ups for the team\n- Groomed the backlog for the claims team\n", encoding="utf-8")
    (tmp_path / "old.md").write_text("- Groomed the backlog for the claims team\n", encoding="utf-8")
    (tmp_path / ".po2pm.toml").write_text('ignore = ["delivery.ceremony"]\n[per-file-ignores]\n"old.md" = ["delivery"]\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-cache", "-f", "concise", str(tmp_path)])
    reported = [(line.split(":")[0].rsplit("/", 1)[-1], line.split()[1]) for line in result.stdout.splitlines()]
    assert ("r.md", "PO101") in reported and not any(code == "PO102" for _, code in reported)
    assert not any(name == "old.md" for name, _ in reported)


def test_a_config_files_model_that_is_not_installed_names_the_file(tmp_path):
    """A CI user's trial (session 16): `model = "en_core_web_lg"` passed `po2pm config`, and
    `check` said only that it was not installed, not where the name came from."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    (tmp_path / "r.md").write_text("- Ran daily stand-ups for the team\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.po2pm]\nmodel = "en_core_web_lg"\n', encoding="utf-8")
    expected = f"po2pm: error: {tmp_path / 'pyproject.toml'}: 'tool.po2pm.model': 'en_core_web_lg' is not an installed spaCy pipeline"
    for command in (["check", "--no-cache", str(tmp_path / "r.md")], ["config", str(tmp_path / "r.md")]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2 and result.stderr.startswith(expected), result.stderr


def test_a_pyproject_table_beside_a_po2pm_toml_is_said_to_be_unused(tmp_path):
    """A CI user's trial (session 16): with both files in one folder, pyproject.toml's settings
    were passed over without a word (documented, but `po2pm config` did not say so)."""
    (tmp_path / "pyproject.toml").write_text('[tool.po2pm]\nfail-on = "info"\n', encoding="utf-8")
    (tmp_path / ".po2pm.toml").write_text('select = ["PO1"]\n', encoding="utf-8")
    from po2pm_rewrite.config import load_settings

    settings = load_settings(None, tmp_path)
    assert settings.source == tmp_path / ".po2pm.toml" and settings.fail_on == "warning"
    assert settings.notes == (f"{tmp_path / 'pyproject.toml'}: [tool.po2pm] not used: .po2pm.toml in the same folder wins",)


def test_a_config_file_that_is_not_a_regular_file_is_said_not_passed_over(tmp_path, monkeypatch):
    """Fifth round of attacks (A47): a .po2pm.toml that is a FIFO, a folder or a link to /dev/zero
    was ignored in silence, and `--config .po2pm.toml` called it "not found"."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    resume = tmp_path / "cv.md"
    resume.write_text("- Managed the backlog for the claims team\n", encoding="utf-8")
    config = tmp_path / ".po2pm.toml"
    os.mkfifo(config)
    monkeypatch.chdir(tmp_path)
    found = runner.invoke(app, ["check", "--no-cache", "cv.md"])
    assert found.exit_code == 1 and ".po2pm.toml: config ignored: not a regular file" in found.stderr
    named = runner.invoke(app, ["check", "--no-cache", "--config", ".po2pm.toml", "cv.md"])
    assert named.exit_code == 2 and "not a regular file" in named.stderr


def test_a_config_linked_into_a_folder_every_user_can_write_to_is_ignored(repo):
    """The link sits in the user's own folder, the file in a shared one (as /tmp is): whoever can
    replace the file there steers the run, so the link is no more trusted than the file."""
    root, resume = repo
    shared = root / "shared"
    shared.mkdir()
    (shared / "po2pm.toml").write_text('ignore = ["PO101", "PO102", "PO108"]\n', encoding="utf-8")
    (root / ".po2pm.toml").symlink_to(shared / "po2pm.toml")
    shared.chmod(0o777)
    try:
        result, document = check_json(str(resume))
    finally:
        shared.chmod(0o700)
    assert codes_in(document) == {"PO101", "PO102"}
    assert f"po2pm: note: {root / '.po2pm.toml'}: config ignored: its folder is writable by every user" in result.stderr


def _clone_beside_a_secret(tmp_path, secret_toml: str):
    """A folder of the user's own holding a TOML file, and beside it a cloned repository with a
    resume: the repository's config must reach nothing of the folder."""
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "creds.toml").write_text(secret_toml, encoding="utf-8")
    repo = tmp_path / "clone"
    (repo / ".git").mkdir(parents=True)
    resume = repo / "resume.md"
    resume.write_text(WEAK, encoding="utf-8")
    return secret, repo, resume


def test_a_repositorys_config_reaches_no_file_outside_the_repository(tmp_path):
    """Attack round, session 44 (C2, C3): a cloned repository's config named "../secret" as a rule
    folder, or was a link to the user's own TOML file elsewhere, and po2pm read that file and printed
    its key names. Outside a repository (the user's own folders) a sibling rule folder still works."""
    secret, repo, resume = _clone_beside_a_secret(tmp_path, 'password = "hunter2"\n')
    (repo / ".po2pm.toml").write_text('rules = ["../secret"]\n', encoding="utf-8")
    result, document = check_json(str(resume))
    assert result.exit_code == 1 and document is not None
    assert "password" not in result.output
    assert f"{repo / '.po2pm.toml'}: rule folder {secret} ignored: outside {repo}; pass it with --rules to use it" in result.stderr
    (repo / ".po2pm.toml").unlink()
    (repo / ".po2pm.toml").symlink_to(secret / "creds.toml")
    result, document = check_json(str(resume))
    assert result.exit_code == 1 and "password" not in result.output
    assert f"{repo / '.po2pm.toml'}: config ignored: a link to a file outside {repo}; name it with --config to use it" in result.stderr
    # the user's own folders, no repository: a rule folder beside them is theirs to name
    mine = tmp_path / "mine"
    mine.mkdir()
    (tmp_path / "house-rules").mkdir()
    (tmp_path / "house-rules" / "XX901.toml").write_text(CUSTOM_RULE, encoding="utf-8")
    (mine / "resume.md").write_text("- Drove synergy across the claims teams\n", encoding="utf-8")
    (mine / ".po2pm.toml").write_text('rules = ["../house-rules"]\n', encoding="utf-8")
    result, document = check_json(str(mine / "resume.md"))
    assert document is not None and "XX901" in codes_in(document), result.output


def test_a_repositorys_rule_folder_cannot_link_a_file_outside_the_repository(tmp_path):
    """Attack round, session 46: a rule file of an in-repository rule folder linked to the user's
    own TOML file elsewhere was read, and its key names printed."""
    secret, repo, resume = _clone_beside_a_secret(tmp_path, 'code = "hunter2"\n')
    (repo / "rules").mkdir()
    (repo / "rules" / "PO900-x.toml").symlink_to(secret / "creds.toml")
    (repo / ".po2pm.toml").write_text('rules = ["rules"]\n', encoding="utf-8")
    result, document = check_json(str(resume))
    assert result.exit_code == 1 and document is not None
    assert "hunter2" not in result.output
    link = repo / "rules" / "PO900-x.toml"
    assert f"{repo / '.po2pm.toml'}: rule folder {repo / 'rules'} ignored: {link} links outside {repo}; pass it with --rules to use it" in result.stderr
