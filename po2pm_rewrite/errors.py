"""Errors a user can cause. Each carries one line of text; the CLI prints it and exits 2."""

from __future__ import annotations


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


def unreadable(file_format: str, error: BaseException) -> str:
    """One line for a library's failure to read a file: its message can run to many lines, with
    hints to the library's own users."""
    first_line = next((line.strip() for line in str(error).splitlines() if line.strip()), "")
    return f"could not be read as {file_format} ({type(error).__name__}: {first_line[:200]})"
