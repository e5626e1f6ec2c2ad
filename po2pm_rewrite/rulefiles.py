"""Reading a file of a rule folder (rules, signals, topics, lexicons, templates, weights).

A rule folder may come from a repository's config (`rules = [...]`), so its files are read as
hostile input is: regular files only, of a bounded size. A fifth round of attacks put a FIFO in
one (the run hung for good) and a link to /dev/zero (24 GB before the kernel stopped it); git
stores such links, so a cloned repository can carry them.
"""

from __future__ import annotations

import stat
from pathlib import Path

from .errors import RuleError

# The largest rule-folder file po2pm reads: the shipped weights file, the largest, is 100 KB.
MAX_RULE_FILE_BYTES = 5 * 1024 * 1024
# And the most files of one kind a folder may hold, and their total size: the shipped rules are
# 11 rule files, 20 lexicons and 8 template files, 400 KB in all; a cloned repository's folder of
# 100,000 files of 5 MB each would otherwise be read to the end (hostile input, session 27).
MAX_FOLDER_FILES = 500
MAX_FOLDER_BYTES = 50 * 1024 * 1024


def folder_files(folder: Path, pattern: str, what: str = "rule files") -> list[Path]:
    """The files of `folder` that match `pattern`, sorted, or a RuleError (exit 2) when there are
    more than MAX_FOLDER_FILES of them or they hold more than MAX_FOLDER_BYTES."""
    paths: list[Path] = []
    total = 0
    for path in folder.glob(pattern):
        paths.append(path)
        if len(paths) > MAX_FOLDER_FILES:
            raise RuleError(f"{folder}: more than {MAX_FOLDER_FILES} {what} ({pattern}): not read")
        try:
            total += path.stat().st_size
        except OSError:
            continue  # read_rule_file names a file it cannot read
        if total > MAX_FOLDER_BYTES:
            raise RuleError(f"{folder}: {what} ({pattern}) of more than {MAX_FOLDER_BYTES // (1024 * 1024)} MB in all: not read")
    return sorted(paths)


def read_rule_file(path: Path, what: str = "rule file") -> bytes:
    """The bytes of a rule-folder file, or a RuleError (exit 2) naming it: never a FIFO, a
    device, a socket or a folder (nor a link to one), never more than 5 MB."""
    try:
        info = path.stat()
    except OSError as error:
        raise RuleError(f"{path}: cannot read {what}: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise RuleError(f"{path}: {what} is not a regular file (a FIFO, device, socket or folder): not read")
    if info.st_size > MAX_RULE_FILE_BYTES:
        raise RuleError(f"{path}: {what} of more than {MAX_RULE_FILE_BYTES // (1024 * 1024)} MB: not read")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_RULE_FILE_BYTES + 1)
    except OSError as error:
        raise RuleError(f"{path}: cannot read {what}: {error.strerror or error}") from None
    if len(data) > MAX_RULE_FILE_BYTES:  # grew after the stat
        raise RuleError(f"{path}: {what} of more than {MAX_RULE_FILE_BYTES // (1024 * 1024)} MB: not read")
    return data
