"""--jobs N: bullets parsed and analysed in N worker processes, each with its own pipeline.

spaCy's own multiprocessing (`nlp.pipe(n_process=N)`) parses in workers but sends every parsed Doc
back to the main process, which then analyses it. Each Doc crosses as msgpack, and srsly looks up
its msgpack extensions in every installed package's entry points on each call (about 0.2 ms a
Doc, each way); with the analysis on top, the main process was the bottleneck and two jobs were
barely faster than one. Here each worker parses *and* analyses a chunk of bullets, and only the
analyses come back: small tuples of plain data.

Under Linux the workers are forked and inherit the pipeline the main process has already loaded;
elsewhere they are spawned, and each loads its own once.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from .errors import Po2pmError, WorkerError

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from .engine import Linter, WorkerSpec
    from .model import Analysis

CHUNK_SIZE = 256  # bullets a worker parses and analyses per task: one nlp.pipe batch
MIN_BULLETS_PER_JOB = 32  # below this, starting workers costs more than it saves

_linter: "Linter | None" = None  # in a worker: the pipeline it analyses with
_load_error: "Po2pmError | None" = None  # in a spawned worker: why its pipeline could not be loaded


def worth_it(count: int, jobs: int) -> bool:
    return jobs > 1 and count >= jobs * MIN_BULLETS_PER_JOB


def chunks(texts: Sequence[str], jobs: int) -> list[Sequence[str]]:
    """Every worker gets work even on a small input; none gets more than CHUNK_SIZE at a time."""
    size = max(1, min(CHUNK_SIZE, -(-len(texts) // jobs)))
    return [texts[start : start + size] for start in range(0, len(texts), size)]


def analyze_in_workers(linter: "Linter", texts: Sequence[str], with_slots: bool, jobs: int) -> dict[str, "Analysis"]:
    """text -> analysis, as Linter.analyze_texts gives it, from `jobs` worker processes."""
    global _linter
    context: BaseContext
    initializer: Callable[..., None]
    arguments: tuple[WorkerSpec] | tuple[()]
    if _forking():
        linter.pipeline()  # loaded once here; a forked worker finds it in _linter
        _linter = linter
        context, initializer, arguments = multiprocessing.get_context("fork"), _leave_signals_to_the_main_process, ()
    else:
        context, initializer, arguments = multiprocessing.get_context("spawn"), _load, (linter.worker_spec(),)
    analyses: dict[str, Analysis] = {}
    # typeshed's overloads take no initializer with no arguments, or one with its arguments,
    # not a choice between the two made at run time
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=arguments)  # type: ignore[arg-type]
    try:
        with _ending_signals_held():  # map submits every chunk now, and the workers start
            parts = pool.map(_analyze, chunks(texts, jobs), repeat(with_slots))
        for part in parts:
            analyses.update(part)
    except BrokenProcessPool:
        _stop(pool)
        raise WorkerError(f"a worker process stopped before it answered (out of memory?); try --jobs {jobs - 1}") from None
    except BaseException:  # Ctrl-C, SIGTERM (cli.Terminated): the workers stop now, not after their chunks
        _stop(pool)
        raise
    else:
        pool.shutdown()
    finally:
        _linter = None
    return analyses


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers at once. Waiting for them could wait for ever: a worker stopped while it
    held the task queue's lock leaves the others blocked on it (an attack round of session 46:
    SIGTERM during `--jobs 2` hung 3 runs in 18)."""
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}  # the executor's own, by pid
    workers = list(processes.values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.kill()
    for worker in workers:
        worker.join(timeout=5)


_ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT") if hasattr(signal, name))


@contextlib.contextmanager
def _ending_signals_held() -> Iterator[None]:
    """Ctrl-C and the ending signals wait while the workers start, and arrive right after. Landing
    in the middle of a fork, in an at-fork handler of the logging module, Ctrl-C was printed as
    "Exception ignored ... KeyboardInterrupt" and lost: the run went on and wrote every file (an
    attack round of session 47, 4 runs in about 175)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield  # Windows: no fork, and no such window; handlers are set from the main thread only
        return
    # Blocked in this thread, a signal the kernel gives another thread (the pool's own) still
    # runs Python's handler here, inside the fork: so the handlers only note it meanwhile (an attack
    # round of session 48: 3 Ctrl-Cs in 250 lost in silence, every file written, exit 0)
    received: list[int] = []
    handlers = {ending: signal.signal(ending, lambda signum, frame: received.append(signum)) for ending in _ENDING_SIGNALS}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)  # one that waited is noted now
        for ending, handler in handlers.items():
            signal.signal(ending, handler)
        if received:
            signal.raise_signal(received[0])  # and arrives, to po2pm's own handler


def _leave_signals_to_the_main_process() -> None:
    """A worker ignores Ctrl-C and dies quietly on the ending signals: the main process is told
    too (the terminal and `timeout` signal the whole group), unwinds, stops the workers and
    exits 130 or 143. With po2pm's handlers and Python's, each worker printed a traceback. The
    signals the main process held while it started the worker are let through again."""
    for ending in _ENDING_SIGNALS:
        signal.signal(ending, signal.SIG_IGN if ending == signal.SIGINT else signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _ENDING_SIGNALS)


def _forking() -> bool:
    # fork is the cheap way (no model load per worker) but is only safe to rely on under Linux.
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _load(spec: "WorkerSpec") -> None:
    from .engine import Linter

    global _linter, _load_error
    _leave_signals_to_the_main_process()
    try:
        _linter = Linter.from_worker_spec(spec)
        _linter.pipeline()
    except Po2pmError as error:
        # An initializer that raises only breaks the pool; raised from a task instead, the error
        # reaches the user as the one line it is ("cannot load spaCy model ...").
        _load_error = error


def _analyze(texts: Sequence[str], with_slots: bool) -> dict[str, "Analysis"]:
    if _load_error is not None:
        raise _load_error
    assert _linter is not None, "worker started without a pipeline"
    return _linter.analyze_texts(texts, with_slots)
