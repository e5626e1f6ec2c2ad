"""The per-bullet cache, and the start-up paths that never import spaCy."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from po2pm_rewrite import cache as cache_module
from po2pm_rewrite.cache import CACHE_FILE, Cache
from po2pm_rewrite.engine import Linter, Source
from po2pm_rewrite.model import SignalHit

from .conftest import EXAMPLES

RESUME = EXAMPLES / "resumes" / "backlog-heavy-po.md"
# Runs the CLI in a fresh interpreter and reports on stderr whether spaCy (and importlib.metadata,
# whose import alone costs a warm run about 15 ms) were imported.
PROBE = (
    "import sys\n"
    "from po2pm_rewrite.cli import main\n"
    "sys.argv = ['po2pm'] + sys.argv[1:]\n"
    "try:\n"
    "    main()\n"
    "except SystemExit as stop:\n"
    "    code = stop.code\n"
    "else:\n"
    "    code = 0\n"
    "readers = 'po2pm_rewrite.screen' in sys.modules or 'po2pm_rewrite.extract' in sys.modules\n"
    "sys.stderr.write(f'\\nSPACY={\"spacy\" in sys.modules} META={\"importlib.metadata\" in sys.modules} READERS={readers} CODE={code}\\n')\n"
)


def probe(*args: str) -> tuple[str, bool, int]:
    stdout, imported, _, code = probe_imports(*args)
    return stdout, imported, code


def probe_imports(*args: str) -> tuple[str, bool, bool, int]:
    """stdout, whether spaCy was imported, whether importlib.metadata was, and the exit code."""
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=300)
    marker = result.stderr.strip().splitlines()[-1]
    return result.stdout, "SPACY=True" in marker, "META=True" in marker, int(marker.split("CODE=")[1])


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["rules"], ["explain", "PO101"], ["config"], ["check", "--help"]])
def test_commands_that_need_no_parse_never_import_spacy(args):
    _, imported, code = probe(*args)
    assert code == 0 and not imported


@pytest.mark.slow
def test_a_run_answered_from_the_cache_never_imports_spacy(tmp_path):
    cold_out, cold_imported, cold_code = probe("check", "--cache-dir", str(tmp_path), "-f", "json", str(RESUME))
    warm_out, warm_imported, warm_metadata, warm_code = probe_imports("check", "--cache-dir", str(tmp_path), "-f", "json", str(RESUME))
    assert cold_imported and not warm_imported
    assert not warm_metadata  # the model's name and version come from its meta.json, found on the path
    # nor the extractor or the screen: the file's screened lines come from the cache too (their
    # patterns were a fifth of a warm run's time, benchmark 2)
    marker = subprocess.run(
        [sys.executable, "-c", PROBE, "check", "--cache-dir", str(tmp_path), str(RESUME)], capture_output=True, text=True, timeout=300
    ).stderr.strip().splitlines()[-1]
    assert "READERS=False" in marker, marker
    assert cold_code == warm_code == 1
    assert json.loads(cold_out) == json.loads(warm_out)
    # rewrite, too, once its suggestions are cached
    probe("rewrite", "--cache-dir", str(tmp_path), str(RESUME))
    rewrite_out, rewrite_imported, _ = probe("rewrite", "--cache-dir", str(tmp_path), str(RESUME))
    assert "Keep your bullet and add" in rewrite_out and not rewrite_imported


@pytest.mark.slow
def test_no_cache_writes_nothing(tmp_path):
    probe("check", "--no-cache", "--cache-dir", str(tmp_path), str(RESUME))
    assert not (tmp_path / CACHE_FILE).exists()


@pytest.mark.parametrize(
    "forge",
    [
        lambda a: replace(a, findings=tuple(replace(f, start="3") for f in a.findings)),  # a string for a number
        lambda a: replace(a, findings=tuple(replace(f, end=9999) for f in a.findings)),  # a span past the bullet
        lambda a: replace(a, hits=(SignalHit(1, 0, 3, "Ran"),)),  # a number for a signal's name
        lambda a: replace(a, slots=replace(a.slots, verb=7)),  # a number for a word
        lambda a: replace(a, slots=replace(a.slots, clashing_verbs=("4",))),  # a word for an offset
    ],
)
def test_a_cache_entry_of_the_wrong_shape_is_parsed_again_not_trusted(tmp_path, ruleset, forge):
    """Third round of attacks (9.10): an entry with the right keys and the wrong types ended the
    run with exit 3 (TypeError), and spans outside the bullet were printed."""
    text = "Ran daily stand-ups for the team"
    fresh = Linter(ruleset, cache_dir=tmp_path)
    report = fresh.check([Source("<text>", text, literal=True)], with_slots=True)
    assert report.files[0].bullets[0].findings
    stored = fresh.cache().get_many("analysis+slots", [text])[text]
    fresh.cache().put_many("analysis+slots", {text: forge(stored)})
    assert fresh.cache().get_many("analysis+slots", [text]) == {}
    again = Linter(ruleset, cache_dir=tmp_path).check([Source("<text>", text, literal=True)], with_slots=True)
    assert again.files[0].bullets[0].findings == report.files[0].bullets[0].findings


def test_the_offsets_of_clashing_verbs_come_back_from_the_cache(tmp_path, ruleset):
    text = "Worked with the claims team on the specifications, participate in reviews"
    first = Linter(ruleset, cache_dir=tmp_path).check([Source("<text>", text, literal=True)], with_slots=True)
    again = Linter(ruleset, cache_dir=tmp_path).check([Source("<text>", text, literal=True)], with_slots=True)
    clashing = first.files[0].bullets[0].slots.clashing_verbs
    assert clashing == (text.index("participate"),)
    assert again.files[0].bullets[0].slots.clashing_verbs == clashing


def test_a_corrupt_cache_file_is_set_aside_and_rebuilt(tmp_path, ruleset):
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    linter = Linter(ruleset, cache_dir=tmp_path)
    report = linter.check([Source("<text>", "Ran daily stand-ups for the team", literal=True)])
    assert report.files[0].bullets[0].findings
    assert list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    again = Linter(ruleset, cache_dir=tmp_path).cache().get_many("analysis", ["Ran daily stand-ups for the team"])
    assert again
    # the new file and SQLite's journal files beside it are the owner's alone, as a fresh cache is
    # (sixth round of attacks, A08: the rebuilt ones were 0644)
    made = [path for path in tmp_path.glob(f"{CACHE_FILE}*") if ".corrupt-" not in path.name]
    assert made and all(path.stat().st_mode & 0o777 == 0o600 for path in made)


def test_a_cache_locked_by_another_run_is_waited_for_briefly_then_skipped_never_set_aside(tmp_path, ruleset, monkeypatch):
    import sqlite3

    monkeypatch.setattr(cache_module, "LOCK_WAIT", 0.2)
    first = Linter(ruleset, cache_dir=tmp_path)
    first.check([Source("<text>", "Ran daily stand-ups for the team", literal=True)])
    first.cache().close()
    holder = sqlite3.connect(tmp_path / CACHE_FILE, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")  # another po2pm in the middle of a long write
    try:
        report = Linter(ruleset, cache_dir=tmp_path).check([Source("<text>", "Groomed the backlog every week", literal=True)])
    finally:
        holder.close()
    assert report.files[0].bullets[0].findings  # checked without the cache
    assert not list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))  # the other run's cache is left alone


def test_a_foreign_entry_is_a_miss_not_a_crash(tmp_path):
    store = Cache(tmp_path, "ns")
    store.put_many("rewrite", {"x": ()})
    connection = store._connect()
    connection.execute("UPDATE entries SET value = '{\"unexpected\": 1}'")
    assert store.get_many("rewrite", ["x"]) == {}


def test_the_cache_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 10)
    store = Cache(tmp_path, "ns")
    for batch in range(5):
        store.put_many("rewrite", {f"bullet {batch}-{i}": () for i in range(5)})
    count = store._connect().execute("SELECT COUNT(*) FROM entries").fetchone()[0]
    assert count == 10


@pytest.mark.slow
def test_several_processes_share_one_cache(tmp_path):
    def run(index: int) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "po2pm_rewrite", "check", "--cache-dir", str(tmp_path), "-f", "json", str(RESUME)],
            capture_output=True, text=True, timeout=300,
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(run, range(4)))
    assert {r.returncode for r in results} == {1}
    assert len({r.stdout for r in results}) == 1
    assert all(r.stderr == "" for r in results)


def test_changing_the_rules_changes_the_cache_namespace(tmp_path, ruleset):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "XX901.toml").write_text(
        'code = "XX901"\nname = "custom.synergy"\nseverity = "error"\nmessage = "Buzzword."\nrationale = "Says little."\n'
        'phrases = ["synergy"]\n\n[examples]\nflag = ["Found [synergy]"]\npass = ["Cut churn 3%"]\n',
        encoding="utf-8",
    )
    from po2pm_rewrite.rules import load_ruleset

    plain = Linter(ruleset, cache_dir=tmp_path).cache().namespace
    extended = Linter(load_ruleset([rules]), cache_dir=tmp_path).cache().namespace
    assert plain != extended


@pytest.mark.slow
def test_jobs_gives_the_same_results(ruleset):
    texts = [line.split("\t")[1] for line in (EXAMPLES / "pairs.tsv").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    source = [Source("<text>", "\n".join(texts), literal=True)]
    single = Linter(ruleset, jobs=1).check(source)
    double = Linter(ruleset, jobs=2).check(source)
    assert single == double


@pytest.mark.slow
def test_the_cache_file_holds_no_readable_resume_text_and_only_its_owner_may_read_it(tmp_path):
    probe("check", "--cache-dir", str(tmp_path), "-f", "json", str(RESUME))
    stored = b"".join(path.read_bytes() for path in tmp_path.iterdir() if path.is_file())
    assert stored  # something was cached
    for bullet in ("Managed the product backlog", "product backlog", "mortgage"):
        assert bullet.encode() not in stored
    assert (tmp_path / CACHE_FILE).stat().st_mode & 0o777 == 0o600


def test_a_change_to_the_code_or_to_spacy_is_a_new_cache_namespace(tmp_path, ruleset, monkeypatch):
    from po2pm_rewrite import engine

    before = Linter(ruleset, cache_dir=tmp_path).cache().namespace
    engine.code_digest.cache_clear()
    monkeypatch.setattr(engine, "code_digest", lambda: "edited")
    assert Linter(ruleset, cache_dir=tmp_path).cache().namespace != before
    monkeypatch.undo()
    from po2pm_rewrite import models

    monkeypatch.setattr(models, "spacy_version", lambda: "3.9.0")
    assert Linter(ruleset, cache_dir=tmp_path).cache().namespace != before


def test_an_edited_source_file_changes_the_code_digest(tmp_path, monkeypatch):
    from po2pm_rewrite import engine

    package = tmp_path / "po2pm_rewrite"
    package.mkdir()
    (package / "engine.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(engine, "__file__", str(package / "engine.py"))
    engine.code_digest.cache_clear()
    first = engine.code_digest()
    (package / "detect.py").write_text("def detect():\n    return []\n", encoding="utf-8")
    engine.code_digest.cache_clear()
    assert engine.code_digest() != first
    engine.code_digest.cache_clear()


def test_a_cache_filled_by_someone_else_is_never_read(tmp_path, ruleset):
    """A cache folder that came with a cloned repository was filled with another secret: none of
    its entries is ever asked for, so it cannot hide findings."""
    from po2pm_rewrite.model import Analysis

    bullet = "Ran daily stand-ups for the team"
    planted = Cache(tmp_path, "same namespace", b"\x01" * 32)
    planted.put_many("analysis", {bullet: Analysis((), (), ())})
    assert planted.get_many("analysis", [bullet])  # the planter can read it back
    assert Cache(tmp_path, "same namespace", b"\x02" * 32).get_many("analysis", [bullet]) == {}


def test_the_secret_lives_in_the_users_own_cache_folder_readable_by_them_only(tmp_path, private_cache_folder):
    from po2pm_rewrite.cache import SECRET_FILE, default_directory, user_secret

    probe("check", "--cache-dir", str(tmp_path), "-f", "json", str(RESUME))
    assert not (tmp_path / SECRET_FILE).exists()  # never in a folder a config or flag names
    secret_file = default_directory() / SECRET_FILE
    assert secret_file.stat().st_mode & 0o777 == 0o600
    assert user_secret() == secret_file.read_bytes() and len(secret_file.read_bytes()) == 32


def test_a_cached_file_entry_that_does_not_match_its_file_is_read_again(tmp_path, ruleset):
    """Fourth round of attacks (F11): a bullets entry pointing past the end of the file ended the
    rewrite with exit 3, and a flipped letter was judged as the bullet."""
    from po2pm_rewrite.model import Segment

    text = "- Ran daily stand-ups for the team\n- Wrote stories for the loans squad\n"
    linter = Linter(ruleset, cache_dir=tmp_path)
    source = Source("resume.md", text, format="markdown")
    linter.extract_report([source])
    key = f"markdown|||file\n{text}"  # format, config macros, section of an \\input, stdin or file
    screened = linter.cache().get_many("screened", [key])[key]
    [first, second] = screened.kept
    for forged in (
        [first, replace(second, segments=(Segment(0, 9, 3, len(second.text)),))],  # line 9 of 2
        [replace(first, text=first.text.replace("daily", "dailx")), second],  # one letter flipped
    ):
        linter.cache().put_many("screened", {key: replace(screened, kept=tuple(forged))})
        assert linter.cache().get_many("screened", [key]) == {}
    report = Linter(ruleset, cache_dir=tmp_path).check([source])
    assert [b.bullet.text for b in report.files[0].bullets] == [first.text, second.text]


def test_the_cache_key_names_the_installed_spacy_and_model_versions():
    """Read from spaCy's about.py and the model's meta.json, without importlib.metadata: the same
    versions the distribution metadata gives."""
    import importlib.metadata

    from po2pm_rewrite import models

    assert models.spacy_version() == importlib.metadata.version("spacy")
    name = models.choose_model(None)
    assert name in models.MODEL_CANDIDATES
    assert models.model_version(name).endswith("-" + models.model_meta(name)["version"])
    assert models.model_meta("evil.x") == {} and models.package_folder("evil.x") is None


def test_a_cache_dir_that_names_a_file_is_said(tmp_path):
    """Fifth round of attacks (A44): `--cache-dir ./c` where c is a regular file ran without a
    cache and said nothing."""
    from typer.testing import CliRunner

    from po2pm_rewrite.cli import app

    not_a_folder = tmp_path / "c"
    not_a_folder.write_text("x\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--cache-dir", str(not_a_folder), "--text", "Managed the backlog for the claims team"])
    assert result.exit_code == 1 and f"{not_a_folder}: not a folder; running without a cache" in result.stderr
    assert not_a_folder.read_text(encoding="utf-8") == "x\n"


def test_a_home_folder_that_does_not_exist_is_not_made_for_the_cache(tmp_path):
    """An attack round of session 46: with HOME naming a folder that does not exist, po2pm made the
    whole path to hold its cache, unsaid. The run goes without a cache instead."""
    import os
    import subprocess

    from .test_installed_command import installed_command

    home = tmp_path / "missing" / "home"
    env = {key: value for key, value in os.environ.items() if key != "XDG_CACHE_HOME"} | {"HOME": str(home)}
    result = subprocess.run([installed_command(), "check", "--text", "Managed the backlog"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1, result.stderr
    assert not (tmp_path / "missing").exists()


def test_a_cache_entry_nested_past_the_decoder_is_parsed_again_not_a_failure():
    """Session 46's second attack round (FJ): an entry of JSON nested 200,000 deep made every later
    run exit 3 until the cache was deleted."""
    nested = "[" * 200_000 + "]" * 200_000
    for kind in ("screened", "analysis", "candidates"):
        assert cache_module._decode(kind, nested, "- Managed the backlog") is None
