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
