"""Rendering a Word or PDF file in a child process with a bound on its memory and time.

pdfminer and python-docx build the whole file's objects in memory. The checks on a file's own
structure (formats/pdf.py, formats/docx.py) name what a crafted file can do to them, one trick at
a time; an attack round (session 45) found seven more: a 1 KB PDF whose font maps four billion
codes (9 GB and growing), a filter written with an escape (/Fl#61teDecode), forms named one way and
drawn another, runs written under another prefix for Word's namespace. A bound on the process that
renders the file holds whatever the trick: past it the file is refused in one line, and the run
goes on with the other files.

The child is forked, so it starts at once with everything loaded; where fork or a limit on address
space is missing (Windows, macOS), the file is rendered in this process, bounded by those checks only.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from typing import Any, Callable

from .errors import InputError, read_failure
from .model import ReadError

MAX_RENDER_SECONDS = 30  # a resume of a few pages renders in well under 2 s
MAX_RENDER_MEMORY = 768 * 1024 * 1024  # above what the process maps already; a resume needs < 150 MB


class RenderFailed(Exception):
    """The file could not be rendered: the ReadError says why, and whose fault it is."""

    def __init__(self, error: ReadError):
        super().__init__(error.message)
        self.error = error


def render_bounded(render: Callable[[bytes], Any], data: bytes, file_format: str) -> Any:
    """render(data), run in a child process under MAX_RENDER_MEMORY and MAX_RENDER_SECONDS.
    Raises InputError past a bound or for the file's own faults, RenderFailed for the rest."""
    kind, value = _render_in_a_child(render, data, file_format) if can_bound() else _rendered(render, data, file_format, None)
    if kind == "rendered":
        return value
    if kind == "refused":
        raise InputError(value)
    raise RenderFailed(value)


def can_bound() -> bool:
    try:
        import resource  # noqa: F401  (not on Windows)
    except ImportError:
        return False
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _render_in_a_child(render: Callable[[bytes], Any], data: bytes, file_format: str) -> tuple[str, Any]:
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(render, data, file_format, sending), daemon=True)
    child.start()
    sending.close()
    try:
        if not receiving.poll(MAX_RENDER_SECONDS):
            raise InputError(f"took more than {MAX_RENDER_SECONDS} s to read: not read as a resume (a file built to be slow?)")
        try:
            answer: tuple[str, Any] = receiving.recv()
        except EOFError:
            # the child ended without an answer: killed for its memory (SIGKILL), or a crash in a
            # library's C code on a damaged file
            child.join()
            stopped_by = -child.exitcode if child.exitcode is not None and child.exitcode < 0 else 0
            crashed = stopped_by not in (0, signal.SIGKILL)
            raise InputError(f"the reader stopped on it (signal {stopped_by}): not read as a resume" if crashed else _too_large()) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiving.close()
    return answer


def _child(render: Callable[[bytes], Any], data: bytes, file_format: str, sending: Any) -> None:
    # Nothing of the child's reaches the terminal: what it has to say goes through the pipe (out
    # of memory, Python itself may print "Fatal Python error" and stop)
    _silence_stderr()
    answer = _rendered(render, data, file_format, _limit_memory())
    try:
        sending.send(answer)
    except Exception:
        sending.send(("refused", _too_large()))
    sending.close()


def _rendered(render: Callable[[bytes], Any], data: bytes, file_format: str, limit: int | None) -> tuple[str, Any]:
    """("rendered", what render gave), ("refused", why: the file's fault) or ("failed", a ReadError).
    `limit`: the memory bound set (0 where none could be), None where rendering is not bounded."""
    try:
        return ("rendered", render(data))
    except InputError as error:  # the file's fault, or running out of memory told as a damaged file
        return ("refused", _too_large() if limit is not None and _out_of_memory(error, limit) else str(error))
    except Exception as error:  # a damaged file, or a bug: read_failure tells which, here where the traceback is
        # the libraries wrap running out of memory in their own errors ("PdfminerException:
        # MemoryError", lxml's "unknown error", zlib's "Unable to allocate output buffer")
        if limit is not None and _out_of_memory(error, limit):
            return ("refused", _too_large())
        return ("failed", read_failure(file_format, error))


def _silence_stderr() -> None:
    import faulthandler
    import os

    faulthandler.disable()  # it writes a crash's traceback to a descriptor of its own (PYTHONFAULTHANDLER, pytest)

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (the child ends with it open)


def _out_of_memory(error: BaseException, limit: int) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, MemoryError) or "MemoryError" in str(seen) or "Unable to allocate" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    # near the bound at its peak: the failure came from an allocation the bound refused
    return limit > 0 and _status_bytes("VmPeak:") >= limit - 64 * 1024 * 1024


def _too_large() -> str:
    return f"needed more than {MAX_RENDER_MEMORY // (1024 * 1024)} MB to read: not read as a resume (a file built to expand?)"


def _limit_memory() -> int:
    """Bound the address space at what is mapped now (VmSize, a whole parsed pipeline perhaps) plus
    MAX_RENDER_MEMORY; the bound, or 0 where none could be set."""
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = _status_bytes("VmSize:") + MAX_RENDER_MEMORY
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        return 0
    return wanted


def _status_bytes(key: str) -> int:
    """A size this process's /proc status gives ("VmSize:", "VmPeak:"), in bytes; 0 if none."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except OSError:
        return 0
    return 0
