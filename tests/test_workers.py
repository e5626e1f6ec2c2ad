"""--jobs: bullets parsed and analysed in worker processes give exactly what one process gives."""

from __future__ import annotations

import os

import pytest

from po2pm_rewrite import workers
from po2pm_rewrite.engine import Linter, Source
from po2pm_rewrite.errors import WorkerError

from .conftest import EXAMPLES, read_tsv
from .test_installed_command import run

pytestmark = pytest.mark.slow  # processes and pools: run by CI, skipped by the quick suite


def _texts() -> list[str]:
    return [text for row in read_tsv(EXAMPLES / "pairs.tsv") for text in row[1:]]


def test_chunks_cover_every_bullet_in_order_and_give_each_worker_some():
    texts = [f"bullet {i}" for i in range(1000)]
    parts = workers.chunks(texts, 2)
    assert [text for part in parts for text in part] == texts
    assert max(map(len, parts)) == workers.CHUNK_SIZE
    assert [len(part) for part in workers.chunks(texts[:70], 2)] == [35, 35]
    assert workers.chunks(texts[:3], 4) == [["bullet 0"], ["bullet 1"], ["bullet 2"]]


def test_workers_start_only_when_each_gets_enough_bullets():
    assert not workers.worth_it(10_000, 1)
    assert not workers.worth_it(2 * workers.MIN_BULLETS_PER_JOB - 1, 2)
    assert workers.worth_it(2 * workers.MIN_BULLETS_PER_JOB, 2)


class _PidLinter(Linter):
    """Answers each text with the process that analysed it."""

    def analyze_texts(self, texts, with_slots):
        return {text: os.getpid() for text in texts}


def test_the_analysis_is_done_in_the_worker_processes(ruleset):
    if not workers._forking():
        pytest.skip("workers only inherit a Linter subclass where they are forked")
    texts = [f"Ran stand-ups for squad {i}" for i in range(200)]
    pids = workers.analyze_in_workers(_PidLinter(ruleset), texts, False, 2)
    assert set(pids) == set(texts)
    assert os.getpid() not in pids.values()  # which worker takes which chunk is the pool's affair


def test_jobs_and_one_process_give_the_same_reports(ruleset, linter):
    texts = _texts()
    assert workers.worth_it(len(texts), 2)
    source = [Source("<text>", "\n".join(texts), literal=True)]
    assert Linter(ruleset, jobs=2).check(source) == linter.check(source)
    assert Linter(ruleset, jobs=2).rewrite(source) == linter.rewrite(source)  # slots come back too


def test_workers_that_load_their_own_pipeline_agree(ruleset, linter, monkeypatch):
    """Where processes cannot be forked (macOS, Windows), each worker loads the model itself."""
    monkeypatch.setattr(workers, "_forking", lambda: False)
    texts = _texts()[:80]
    assert workers.analyze_in_workers(Linter(ruleset), texts, True, 2) == linter.analyze_texts(texts, True)


def test_a_model_a_spawned_worker_cannot_load_is_the_usual_one_line_error(ruleset, monkeypatch):
    from po2pm_rewrite.errors import ModelError

    monkeypatch.setattr(workers, "_forking", lambda: False)
    with pytest.raises(ModelError, match="no_such_model"):
        workers.analyze_in_workers(Linter(ruleset, model="no_such_model"), [f"Ran stand-ups {i}" for i in range(100)], False, 2)


def test_a_worker_that_dies_is_one_clear_error(ruleset):
    if not workers._forking():
        pytest.skip("the dying worker is a forked Linter subclass")

    class Dying(Linter):
        def analyze_texts(self, texts, with_slots):
            os._exit(1)

    with pytest.raises(WorkerError, match="worker process stopped"):
        workers.analyze_in_workers(Dying(ruleset), [f"Ran stand-ups {i}" for i in range(100)], False, 2)


def test_the_installed_command_with_jobs(tmp_path):
    folder = tmp_path / "resumes"
    folder.mkdir()
    texts = _texts()
    for start in range(0, len(texts), 40):
        (folder / f"resume-{start}.md").write_text("".join(f"- {t}\n" for t in texts[start : start + 40]), encoding="utf-8")
    one = run("check", "--no-cache", str(folder))
    two = run("check", "--no-cache", "--jobs", "2", str(folder))
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    assert one.returncode == 1 and one.stdout.count("PO1") > 20


def _signals_held_in_a_worker(texts, with_slots):
    """In place of a worker's analysis: the signals its thread holds, per text."""
    import signal

    return {text: sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])) for text in texts}


@pytest.mark.skipif(not workers._forking() or not hasattr(__import__("signal"), "pthread_sigmask"), reason="forked workers only")
def test_ctrl_c_waits_while_the_workers_start_and_a_worker_lets_it_through_again(linter, monkeypatch):
    """An attack round of session 47: Ctrl-C landing in the middle of a fork was printed as
    "Exception ignored ... KeyboardInterrupt" and lost, and `rewrite --write` went on to write
    every file. The ending signals are held while the workers start; each worker unblocks them."""
    import signal
    from concurrent.futures import ProcessPoolExecutor

    held_at_submit: list[set[int]] = []
    submit = ProcessPoolExecutor.submit

    def recording_submit(self, *args, **kwargs):
        held_at_submit.append(set(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
        return submit(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", recording_submit)
    monkeypatch.setattr(workers, "_analyze", _signals_held_in_a_worker)
    masks = workers.analyze_in_workers(linter, [f"Managed the backlog {i}" for i in range(80)], False, 2)
    assert held_at_submit and all(signal.SIGINT in held and signal.SIGTERM in held for held in held_at_submit)
    assert all(signal.SIGINT not in mask and signal.SIGTERM not in mask for mask in masks.values())
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # let through again here too


@pytest.mark.skipif(not hasattr(__import__("signal"), "pthread_sigmask"), reason="POSIX signals only")
def test_a_ctrl_c_whose_handler_runs_while_the_workers_start_arrives_right_after():
    """An attack round of session 48: blocked in the main thread, a Ctrl-C the kernel gave another
    thread still ran Python's handler inside the fork, and was lost (3 runs in 250 wrote every
    file). While the workers start, the handler only notes it; it arrives when they have."""
    import signal

    reached_the_end_of_the_start = False
    with pytest.raises(KeyboardInterrupt):
        with workers._ending_signals_held():
            signal.getsignal(signal.SIGINT)(signal.SIGINT, None)  # the handler, run as Python runs it
            reached_the_end_of_the_start = True
    assert reached_the_end_of_the_start
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
