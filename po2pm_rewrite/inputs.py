"""Reading inputs: files, folders, stdin and --text bullets become Sources.

A file that cannot be read becomes a Source carrying its error, so the rest of the run goes on
and the CLI reports it (exit 2) at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from .engine import STDIN_PATH, TEXT_PATH, Source
from .formats import SUFFIXES, format_for
BINARY_HINT = "looks like a binary file; export it to text/Markdown first"
_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


def decode(data: bytes) -> str:
    """Bytes to text. Raises ValueError with a user-facing reason when that is not possible."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192] or data.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ValueError(BINARY_HINT)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"is not UTF-8 text (invalid byte at offset {error.start}); save it as UTF-8") from None


def read_path(path: Path, input_format: str | None = None) -> Source:
    shown = str(path)
    chosen = format_for(shown, input_format)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Source(shown, "", error="no such file")
    except IsADirectoryError:
        return Source(shown, "", error="is a directory")
    except OSError as error:
        return Source(shown, "", error=f"cannot read: {error.strerror or error}")
    try:
        return Source(shown, decode(data), format=chosen)
    except ValueError as error:
        return Source(shown, "", error=str(error))


def _files_in(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if any(part in _SKIP_DIRS for part in path.relative_to(folder).parts):
            continue
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            yield path


def collect_sources(
    paths: Iterable[str], texts: Iterable[str], stdin_text: str | None, input_format: str | None = None
) -> list[Source]:
    """Every input of one run, in the order given: paths (folders expanded), stdin, --text.
    stdin is read as plain text (which covers Markdown lists) unless --input-format says otherwise."""
    sources: list[Source] = []
    for raw in paths:
        if raw == "-":
            sources.append(Source(STDIN_PATH, stdin_text or "", format=input_format or "text"))
            continue
        path = Path(raw)
        if path.is_dir():
            sources.extend(read_path(found, input_format) for found in _files_in(path))
        else:
            sources.append(read_path(path, input_format))
    texts = [" ".join(text.split()) for text in texts]  # one bullet per --text, even if it holds newlines
    if texts:
        sources.append(Source(TEXT_PATH, "\n".join(texts), literal=True))
    return sources
