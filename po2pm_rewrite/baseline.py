"""Baselines: record today's findings, then report only findings that are new.

A finding is known by its file, rule code and the bullet's text, not by its line, so moving a
bullet or editing another one does not make an old finding new. Counts matter: a second copy of
a recorded bullet is a new finding.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .errors import InputError
from .model import Report

BASELINE_VERSION = 1


def _key(path: str, rule: str, bullet_text: str) -> tuple[str, str, str]:
    return (Path(path).as_posix(), rule, bullet_text)


def keys_of(report: Report) -> Counter[tuple[str, str, str]]:
    return Counter(
        _key(file.path, finding.rule, bullet.bullet.text)
        for file in report.files
        for bullet in file.bullets
        for finding in bullet.findings
    )


def write_baseline(report: Report, path: Path) -> int:
    """Write the report's findings to `path` atomically; returns how many were recorded."""
    keys = keys_of(report)
    entries = [
        {"path": key[0], "rule": key[1], "bullet": key[2]} for key, count in sorted(keys.items()) for _ in range(count)
    ]
    document = json.dumps({"version": BASELINE_VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
    from .write import write_text_atomically  # the one atomic write: a missing folder is a clear error

    write_text_atomically(path, document)
    return len(entries)


def read_baseline(path: Path) -> Counter[tuple[str, str, str]]:
    try:
        from .inputs import read_small_text  # inputs loads the format readers: only when needed

        document = json.loads(read_small_text(path, "the baseline"))
        entries = document["findings"]
        if document.get("version") != BASELINE_VERSION or not isinstance(entries, list):
            raise ValueError("unknown baseline version")
        return Counter(_key(e["path"], e["rule"], e["bullet"]) for e in entries)
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{path}: nested too deeply to be a po2pm baseline file; delete it to record a new one") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: not a po2pm baseline file ({error}); delete it to record a new one") from None


def without_known(report: Report, known: Counter[tuple[str, str, str]]) -> Report:
    """The report minus findings the baseline holds (each recorded finding excuses one)."""
    remaining = Counter(known)
    files = []
    for file in report.files:
        bullets = []
        for bullet in file.bullets:
            kept = []
            for finding in bullet.findings:
                key = _key(file.path, finding.rule, bullet.bullet.text)
                if remaining[key] > 0:
                    remaining[key] -= 1
                else:
                    kept.append(finding)
            bullets.append(replace(bullet, findings=tuple(kept)))
        files.append(replace(file, bullets=tuple(bullets)))
    return Report(tuple(files))
