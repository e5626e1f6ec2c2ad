"""Errors a user can cause. Each carries one line of text; the CLI prints it and exits 2."""

from __future__ import annotations

import errno
from pathlib import Path

from .model import ReadError


class Po2pmError(Exception):
    """Base for every error the CLI reports as one line and exit code 2."""


class UsageError(Po2pmError):
    pass


class InputError(Po2pmError):
    pass


class ConfigError(Po2pmError):
    pass


class RuleError(Po2pmError):
    """A rule file is malformed; the message names the file, the rule code and the field."""


class ModelError(Po2pmError):
    pass


class WorkerError(Po2pmError):
    """A --jobs worker process stopped without an answer (killed, or out of memory)."""


def resolved(path: Path) -> Path:
    """`path.resolve()`, with a link that leads to itself raised as the OSError it is from Python
    3.13 on: 3.11 raises RuntimeError, which a caller catching OSError let through as an internal
    error (attack round ATK5: a loop reached by a LaTeX \\input or a repository's rule folder)."""
    try:
        return path.resolve()
    except RuntimeError as error:
        raise OSError(errno.ELOOP, "a link that leads to itself", str(path)) from error


def raised_by_po2pm(error: BaseException) -> bool:
    """Did po2pm's own code raise it (a bug), rather than a library reading a damaged file? Told by
    where it was raised: the innermost frame of its traceback."""
    frame = error.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    if frame is None:
        return False
    return Path(frame.tb_frame.f_code.co_filename).resolve().is_relative_to(_PACKAGE)


_PACKAGE = Path(__file__).resolve().parent


def read_failure(file_format: str, error: BaseException) -> ReadError:
    """Why an input could not be read, in one line, and whether it is po2pm's fault (exit 3) rather
    than the file's (exit 2): a user told their file is broken would not report the bug."""
    if raised_by_po2pm(error):
        first_line = next((line.strip() for line in str(error).splitlines() if line.strip()), "")
        return ReadError(
            f"po2pm failed while reading it as {file_format} ({type(error).__name__}: {first_line[:200]}); "
            "this is a bug in po2pm, not a fault of the file: please report it",
            internal=True,
        )
    return ReadError(unreadable(file_format, error))


def unreadable(file_format: str, error: BaseException) -> str:
    """One line for a library's failure to read a file: its message can run to many lines, with
    hints to the library's own users."""
    first_line = next((line.strip() for line in str(error).splitlines() if line.strip()), "")
    return f"could not be read as {file_format} ({type(error).__name__}: {first_line[:200]})"
