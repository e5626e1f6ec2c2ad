"""Baselines: record today's findings, then report only findings that are new.

A finding is known by its file, rule code and the bullet's text, not by its line, so moving a
bullet or editing another one does not make an old finding new. Counts matter: a second copy of
a recorded bullet is a new finding. Files are named relative to the baseline's own folder, so a
run from another folder, or with absolute paths, matches the same entries (version 1 named them
as the recording run was given them, relative to its working folder).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .errors import InputError
from .model import Report

BASELINE_VERSION = 2
_READABLE_VERSIONS = (1, 2)


def _file_name(path: str, base: Path) -> str:
    """`path` relative to the baseline's folder `base`; <stdin> and <text> as they are."""
    if path.startswith("<"):
        return path
    try:
        return Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
    except ValueError:  # another drive (Windows): no relative path exists
        return Path(os.path.abspath(path)).as_posix()


def _key(path: str, rule: str, bullet_text: str, base: Path) -> tuple[str, str, str]:
    return (_file_name(path, base), rule, bullet_text)


def keys_of(report: Report, base: Path) -> Counter[tuple[str, str, str]]:
    return Counter(
        _key(file.path, finding.rule, bullet.bullet.text, base)
        for file in report.files
        for bullet in file.bullets
        for finding in bullet.findings
    )


def _folder_of(path: Path) -> Path:
    return Path(os.path.abspath(path)).parent


def write_baseline(report: Report, path: Path) -> int:
    """Write the report's findings to `path` atomically; returns how many were recorded. A file
    already there is replaced only if it is a po2pm baseline (fifth round of attacks, A45:
    `--baseline cv.md --update-baseline` replaced the resume being checked with JSON)."""
    if os.path.lexists(path):
        read_baseline(path)  # an InputError (exit 2) names any other file, and nothing is written
    keys = keys_of(report, _folder_of(path))
    entries = [
        {"path": key[0], "rule": key[1], "bullet": key[2]} for key, count in sorted(keys.items()) for _ in range(count)
    ]
    document = json.dumps({"version": BASELINE_VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
    from .write import write_text_atomically  # the one atomic write: a missing folder is a clear error

    # through a link, as --write does for a resume: the link stays a link (attack round, session 45)
    write_text_atomically(path.resolve() if path.is_symlink() else path, document)
    return len(entries)


def read_baseline(path: Path) -> Counter[tuple[str, str, str]]:
    try:
        from .inputs import read_small_text  # inputs loads the format readers: only when needed

        # a byte-order mark from an editor that saved it is no reason to throw the baseline away
        # (an attack round of session 46: refused, with advice to delete it)
        document = json.loads(read_small_text(path, "the baseline"))
        entries = document["findings"]
        version = document.get("version")
        # `true` equals 1 in Python: a version is an integer (attack round, session 45: exit 3)
        if isinstance(version, bool) or version not in _READABLE_VERSIONS or not isinstance(entries, list):
            raise ValueError("unknown baseline version")
        if not all(isinstance(e, dict) and all(isinstance(e.get(key), str) for key in ("path", "rule", "bullet")) for e in entries):
            raise ValueError("each finding needs a path, a rule and a bullet, each a string")
        # version 2 stores the keys as they are; version 1 named files relative to the working
        # folder, which is the best guess of it now
        folder = _folder_of(path)
        if document["version"] == BASELINE_VERSION:
            return Counter((e["path"], e["rule"], e["bullet"]) for e in entries)
        return Counter(
            _key(e["path"] if e["path"].startswith("<") else os.path.join(os.getcwd(), e["path"]), e["rule"], e["bullet"], folder)
            for e in entries
        )
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{path}: nested too deeply to be a po2pm baseline file; delete it to record a new one") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: not a po2pm baseline file ({error}); delete it to record a new one") from None


def without_known(report: Report, known: Counter[tuple[str, str, str]], baseline: Path) -> Report:
    """The report minus findings the baseline at `baseline` holds (each recorded finding excuses one)."""
    remaining = Counter(known)
    base = _folder_of(baseline)
    files = []
    for file in report.files:
        bullets = []
        for bullet in file.bullets:
            kept = []
            for finding in bullet.findings:
                key = _key(file.path, finding.rule, bullet.bullet.text, base)
                if remaining[key] > 0:
                    remaining[key] -= 1
                else:
                    kept.append(finding)
            bullets.append(replace(bullet, findings=tuple(kept)))
        files.append(replace(file, bullets=tuple(bullets)))
    return Report(tuple(files))
