"""Reading inputs: files, folders, stdin and --text bullets become Sources.

A file that cannot be read becomes a Source carrying its error, so the rest of the run goes on
and the CLI reports it (exit 2) at the end.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from .errors import InputError
from .errors import resolved as resolved_path
from .formats import BINARY_FORMATS, SUFFIXES, CodeFences, fenced_lines, format_for
from .model import STDIN_PATH, TEXT_PATH, ReadError, Source

BINARY_HINT = "looks like a binary file; export it to text/Markdown first"
_SKIP_DIRS = {
    ".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox",
    # editor, container and CI settings: JSON and YAML that is no resume (.pre-commit-hooks.yaml too)
    ".devcontainer", ".vscode", ".idea", ".github", ".gitlab", ".circleci",
}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name, to write the file back as it was
    bom: bytes
    note: str | None = None  # how the bytes were read, when a user should know
    lossy: bool = False  # some bytes were replaced: the text cannot be written back as it was
    guessed: bool = False  # the encoding is charset-normalizer's guess from the bytes


def decode(data: bytes) -> Decoded:
    """Bytes to text. Raises ValueError with a user-facing reason when that is not possible.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM are read as such; anything else (a Word
    export in cp1252, a Latin-1 file) is identified by charset-normalizer, or refused."""
    # UTF-32's little-endian mark starts with UTF-16's, so it is tried first: read as UTF-16 a
    # UTF-32 file became text with a NUL between letters and no bullet (an attack round's file).
    marks = (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    )
    for bom, codec in marks:
        if data.startswith(bom):
            try:
                # a NUL read as a space, with a note, as without a mark (an attack round: the item
                # holding it was dropped in silence)
                return _without_nul(Decoded(data[len(bom):].decode(codec), codec, bom))
            except UnicodeDecodeError as error:
                raise ValueError(f"has a {codec} byte-order mark but invalid {codec} at byte {error.start + len(bom)}") from None
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE2 file: "export it to text" was no help (a Word user's trial)
        raise ValueError("an old Word .doc file or a password-protected document: save it as .docx, without a password, and check that")
    if b"\x00" in data[:8192] or data.startswith((b"%PDF", b"PK\x03\x04", b"{\\rtf")):
        raise ValueError(BINARY_HINT)
    try:
        decoded = Decoded(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError as error:
        decoded = _guess(data, error)
    return _without_nul(decoded)


def _without_nul(decoded: Decoded) -> Decoded:
    """A NUL past the first 8 KB (which the binary test reads) would cut its bullet short or drop
    it; it is read as a space, with a note, and the file is not written back."""
    count = decoded.text.count("\x00")
    if not count:
        return decoded
    line = decoded.text[: decoded.text.index("\x00")].count("\n") + 1
    note = f"{count} NUL byte{'s' if count != 1 else ''} read as a space (the first on line {line}); po2pm will not write to this file"
    return Decoded(decoded.text.replace("\x00", " "), decoded.encoding, decoded.bom, "; ".join(filter(None, (decoded.note, note))), lossy=True)


def read_small_text(path: Path, what: str) -> str:
    """A file of po2pm's own (a baseline, an answers file) as UTF-8 text, refused past the bound
    that holds for inputs: `--baseline /dev/zero` must not fill the memory. A byte order mark is
    read as the encoding it names: Notepad saves an answers file with one (attack round ATK10)."""
    try:
        return decoded_own_text(_read_bounded(path))
    except ValueError as error:  # UnicodeDecodeError is one
        raise InputError(f"{path}: cannot read {what}: {error}") from None


class NotUtf8(UnicodeError):
    """A file of po2pm's own in an encoding it cannot tell without a byte order mark."""


def decoded_own_text(data: bytes) -> str:
    """A file of po2pm's own as text: UTF-8, or the encoding its byte order mark names."""
    # UTF-32's little-endian mark starts with UTF-16's: read as UTF-16, a UTF-32 answers file was
    # told only "invalid TOML" (attack round ATK12, C45)
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data:  # no TOML holds a NUL: UTF-16 or UTF-32 saved without a mark (C45), or one stray
        if data.count(b"\x00") * 4 >= len(data):
            raise NotUtf8("it holds NUL bytes (saved as UTF-16 or UTF-32 without a byte order mark?); save it as UTF-8")
        at = data.index(b"\x00")
        raise NotUtf8(f"it holds a NUL byte (at byte {at}); take it out and save the file as UTF-8")
    return data.decode("utf-8-sig")


def _guess(data: bytes, error: UnicodeDecodeError) -> Decoded:
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ValueError(
            f"is not UTF-8 (invalid byte 0x{data[error.start]:02x} at offset {error.start}) and its encoding "
            "cannot be told; save it as UTF-8"
        ) from None
    # a guess, said as one: a short cp1252 file read as another code page garbled its quotes and
    # accents with no word (attack round ATK5, weak 40)
    note = f"not UTF-8: read as {best.encoding} (a guess from its bytes); if quotes or accents look wrong, save it as UTF-8"
    return Decoded(str(best), best.encoding, b"", note, guessed=True)


# A site's resume kept in a code file po2pm has no reader for ("resume.py", "Resume.vue"): it reads
# the file as text and says so (round RS: a TypeScript data file was read as text in silence, its
# keys and brackets glued to the claims; JavaScript and TypeScript now have formats/jsdata.py).
_CODE_SUFFIXES = frozenset({".py", ".rb", ".vue", ".svelte", ".astro", ".php", ".java", ".go", ".rs"})
_READ_AS_TEXT_NOTE = "read as text: '{suffix}' is a code file, not a resume format, so code around the claims is read with them; the same resume as .json, .yaml or .md reads better"


def read_path(path: Path, input_format: str | None = None, named: bool = True) -> Source:
    """One file as a Source. `named`: the user named it; a FIFO they name (`<(cat cv.md)`) is
    read, one met in a folder is not (reading it could wait forever)."""
    shown = str(path)
    chosen = format_for(shown, input_format)
    if not named and path.exists() and not path.is_file():
        return Source(shown, "", error=ReadError("not a regular file (a FIFO, socket or device): not read"))
    try:
        data = _read_bounded(path, byte_bound(chosen))
    except ValueError as error:
        return Source(shown, "", error=ReadError(str(error)))
    except FileNotFoundError:
        return Source(shown, "", error=ReadError("no such file"))
    except IsADirectoryError:
        return Source(shown, "", error=ReadError("is a directory"))
    except OSError as error:
        return Source(shown, "", error=ReadError(f"cannot read: {error.strerror or error}"))
    if chosen in BINARY_FORMATS:
        return _read_binary(shown, data, chosen)
    try:
        decoded = decode(data)
    except ValueError as error:
        return Source(shown, "", error=ReadError(str(error)))
    note = decoded.note
    held = None if input_format else format_held(decoded.text, chosen)
    if held is not None:
        chosen, what = held
        note = f"{note}; {what}" if note else what
    elif not input_format and path.suffix.lower() in _CODE_SUFFIXES:
        what = _READ_AS_TEXT_NOTE.format(suffix=path.suffix.lower())
        note = f"{note}; {what}" if note else what
    return Source(
        shown, decoded.text, format=chosen, encoding=decoded.encoding, bom=decoded.bom, digest=digest_of(data), note=note,
        lossy=decoded.lossy, encoding_guessed=decoded.guessed,
    )


MAX_STREAM_BYTES = 20 * 1024 * 1024  # a resume is a few kilobytes, a page with its pictures a few megabytes
# A Word file or PDF with its pictures can be far larger than its text; it is rendered in a bounded
# child process (bounded.py), but is read whole here first.
MAX_BINARY_FILE_BYTES = 100 * 1024 * 1024
# A resume written as text is a few kilobytes (a JSON Resume with its photo inline, a megabyte or
# two); 20 MB of Markdown took 70 to 100 s and 1.1 GB (the second attack round of session 46). An
# HTML page saved with its pictures inline can be larger.
MAX_TEXT_FILE_BYTES = 5 * 1024 * 1024
_FILE_BOUNDS = {**dict.fromkeys(BINARY_FORMATS, MAX_BINARY_FILE_BYTES), "html": MAX_STREAM_BYTES}


def byte_bound(input_format: str | None) -> int:
    """The most bytes po2pm reads of one input in this format: a file's bound holds for stdin too
    (an attack round of session 47: 20 MB of Markdown refused as a file ran 51 s piped)."""
    return _FILE_BOUNDS.get(input_format or "text", MAX_TEXT_FILE_BYTES)


def _read_bounded(path: Path, limit: int = MAX_STREAM_BYTES) -> bytes:
    """A regular file up to `limit` bytes (an attack round: a 300 MB Markdown file, 2 MB in a git
    clone, took 97 s and 7.5 GB before the reader crashed in silence); a pipe or device (`<(cat
    cv.md)`, `/dev/zero`) up to the text bound, so an endless one is refused instead of filling
    the memory."""
    if path.is_file():
        size = path.stat().st_size
        if size > limit:
            raise ValueError(f"{size / (1024 * 1024):.1f} MB, more than the {limit // (1024 * 1024)} MB po2pm reads from a file: not read")
        return path.read_bytes()
    if hasattr(os, "O_NONBLOCK") and stat.S_ISFIFO(path.stat().st_mode):
        data = _read_pipe(path)
    else:
        with path.open("rb") as stream:
            data = stream.read(MAX_STREAM_BYTES + 1)
    if len(data) > MAX_STREAM_BYTES:
        raise ValueError(f"more than {MAX_STREAM_BYTES // (1024 * 1024)} MB from a pipe or device: not read")
    return data


_LFS_POINTER = b"version https://git-lfs.github.com/spec/"


def _read_binary(shown: str, data: bytes, chosen: str) -> Source:
    """A Word file rendered as text with one line per paragraph (formats/docx.py), or a PDF
    rendered as its lines (formats/pdf.py)."""
    note: str | None = None
    page_starts: tuple[int, ...] = ()
    if data.startswith(_LFS_POINTER):
        # set AB: a cloned repository's resume.pdf held only Git LFS's pointer to it
        kind = "Word document" if chosen == "docx" else "PDF"
        return Source(shown, "", error=ReadError(f"a Git LFS pointer, not the {kind} itself: fetch it with `git lfs pull`"), format=chosen)
    from .bounded import RenderFailed, render_bounded

    try:
        # in a child process with a bound on memory and time (bounded.py): a few crafted
        # kilobytes must not take the machine's memory or minutes
        if chosen == "docx":
            text, note = render_bounded(_render_docx, data, chosen)
        else:
            text, note, page_starts = render_bounded(_render_pdf, data, chosen)
    except InputError as error:
        return Source(shown, "", error=ReadError(str(error)), format=chosen)
    except RenderFailed as failed:  # a damaged file (broken XML inside a .docx): this input fails, not the run
        return Source(shown, "", error=failed.error, format=chosen)
    return Source(shown, text, format=chosen, digest=digest_of(data), note=note, page_starts=page_starts)


def _render_docx(data: bytes) -> tuple[str, str | None]:
    from .formats.docx import images_only, render_docx

    text = render_docx(data)
    return text, images_only(data, text)


def _render_pdf(data: bytes) -> tuple[str, str | None, tuple[int, ...]]:
    from .formats.pdf import render_pdf

    rendered = render_pdf(data)
    return rendered.text, "; ".join(rendered.notes) or None, rendered.page_starts


def _mostly_utf8(data: bytes) -> Decoded | None:
    """A UTF-8 file with a few stray bytes (a paste from an old Word file) is UTF-8 with those
    bytes shown as U+FFFD, and a note; guessing another encoding would garble every accent."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for char in text if ord(char) > 127 and char != "\ufffd")
    if not valid or invalid > max(3, valid // 10):
        return None
    first_line = text[: text.index("\ufffd")].count("\n") + 1
    note = (
        f"{invalid} byte{'s are' if invalid != 1 else ' is'} not valid UTF-8 (the first on line {first_line}) and "
        "read as \ufffd; save the file as UTF-8 to fix them (po2pm will not write to it until then)"
    )
    return Decoded(text, "utf-8", b"", note, lossy=True)


# at a line's start, as a document has them; not named in a sentence ("every file opens with
# `\documentclass`": attack round ATK18, C31, a Markdown resume read as LaTeX and found empty)
_LATEX_DOCUMENT = re.compile(r"^[ \t]*(?:\\documentclass\b|\\begin\{document\})", re.MULTILINE)
_HTML_ITEM = re.compile(r"<li[\s>]", re.IGNORECASE)
_MARKDOWN_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S", re.MULTILINE)
_ESCAPED_ITEM = re.compile(r"^ {0,3}\\[-*+][ \t]+\S", re.MULTILINE)
# A PDF or Word text export has a line per paragraph and hardly a blank line; Markdown would
# read all of it as one paragraph.
_EXPORT_LINES = 20


def format_held(text: str, named: str) -> tuple[str, str] | None:
    """(the format a file holds, the note that says so) where its content is not what its name
    says: a moderncv file saved as .md or .txt, a web page saved as .txt, a resume pasted from
    Word or a PDF into a .md file (Markdown would read no list in it)."""
    if named in ("markdown", "text") and _LATEX_DOCUMENT.search(_without_fenced_code(text)):
        return "latex", f"holds a LaTeX document: read as latex, not {named}"
    if named == "text" and len(_HTML_ITEM.findall(text)) >= 3:
        return "html", "holds an HTML page: read as html, not text"
    shape = plain_text_in_markdown(text) if named == "markdown" else None
    if shape:
        return "text", f"holds plain text ({shape}): read as text, not markdown"
    return None


def _without_fenced_code(text: str) -> str:
    """The text without the lines inside its fenced code blocks (```, ~~~): a Markdown resume that
    shows a LaTeX sample in a fence is no LaTeX document (attack round ATK19, C21: read as LaTeX,
    the sample's one item the only bullet)."""
    lines = text.splitlines()
    return "\n".join(line for line, fenced in zip(lines, fenced_lines(lines)) if not fenced)


def plain_text_in_markdown(text: str) -> str | None:
    """How a .md file shows it holds a plain-text resume, or None: no Markdown list item
    anywhere, and either three or more lines opening with a glyph ("•") or an escaped dash (as a
    Google Docs export writes a typed one), most of its lines inside one code fence (a resume kept
    as ```text), or a text export's shape: twenty lines or more, hardly a blank one, and no
    Markdown heading (set M: a PDF's text saved as .md)."""
    if _MARKDOWN_ITEM.search(text):
        return None
    # imported only here: a Markdown file with a list (most) never needs the extractor's patterns
    from .extract import BULLET_GLYPHS, HEADING_LINE, is_known_title, section_title

    if len(re.findall(rf"^[ \t]*[{BULLET_GLYPHS}]", text, re.MULTILINE)) >= 3:
        return "'•' bullets, no Markdown list"
    if len(_ESCAPED_ITEM.findall(text)) >= 3:
        # "\-  Owned the onboarding module ...": a Google Docs export's typed dashes, which
        # Markdown shows as text; plain text reads them as list marks (round SA)
        return "'\\-' bullets, no Markdown list"
    fenced = outside = 0
    fences = CodeFences()
    for line in text.splitlines():
        if not fences.step(line) and line.strip():
            fenced, outside = (fenced + 1, outside) if fences.inside else (fenced, outside + 1)
    if fenced >= 10 and fenced >= 3 * outside:
        return "a resume in a code fence"
    lines = text.splitlines()
    blank = sum(1 for line in lines if not line.strip())
    if any(HEADING_LINE.match(line) for line in lines):
        return None
    if len(lines) >= _EXPORT_LINES and blank * 20 <= len(lines):
        return "a line per paragraph, no Markdown heading or list"
    # "WORK EXPERIENCE", "EDUCATION" on lines of their own, in capitals: Markdown would run each
    # into the paragraph below it (set U: a text export saved as .md, with a blank line between
    # jobs, read as empty)
    if sum(1 for line in lines if line.strip().isupper() and (title := section_title(line, False)) and is_known_title(title)) >= 2:
        return "section titles in capitals, no Markdown heading or list"
    return None


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


PIPE_WAIT_SECONDS = 10.0


def _read_pipe(path: Path) -> bytes:
    """A named pipe, read without ever waiting more than a few seconds for the next bytes: one
    nothing writes to would block the open (and the run) forever, and one whose writer stalls
    would block the read (third and fourth rounds of attacks)."""
    import select

    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_STREAM_BYTES:
            ready, _, _ = select.select([descriptor], [], [], PIPE_WAIT_SECONDS)
            if not ready:
                what = "nothing wrote to in" if not chunks else "that stopped sending for"
                raise ValueError(f"a named pipe {what} {PIPE_WAIT_SECONDS:g} s: not read")
            try:
                chunk = os.read(descriptor, 65536)
            except BlockingIOError:
                continue
            if not chunk:
                break  # the writer closed it: the whole text is here
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


# A repository's own files that are never a resume: a folder scan passes them over (a CI user's
# trial: a CHANGELOG's "- Added Carla's resume" was flagged). README is read: many resumes are one.
_NOT_RESUMES = re.compile(
    r"(changelog|changes|history|news|contributing|code_of_conduct|security|license|licence|authors|support"
    r"|package|package-lock|tsconfig|\.pre-commit-config|\.pre-commit-hooks"
    # lock files and tool settings (an attack round: a 337 KB pnpm-lock.yaml blocked a commit)
    r"|pnpm-lock|yarn|composer|jsconfig|\.eslintrc|\.prettierrc|\.markdownlint|renovate|docker-compose|compose|mkdocs"
    r"|\.gitlab-ci|\.travis|\.readthedocs|codecov)\.[a-z]+",
    re.IGNORECASE,
)


def _files_in(folder: Path, excluded: Callable[[str], bool], unreadable: list[OSError]) -> list[Path]:
    """Files with a resume suffix under the folder, but for a repository's own files and those
    `exclude` names; also FIFOs, sockets and devices with a resume suffix, which read_path
    refuses with a message rather than block on or skip in silence. Links to folders are not
    followed. A folder that cannot be listed goes to `unreadable`, and the rest is still read (the
    second attack round of session 46: one path past the system's length limit ended the run)."""
    found = []
    for root, folders, files in os.walk(folder, onerror=unreadable.append):
        folders[:] = [name for name in folders if name not in _SKIP_DIRS]
        for name in files:
            path = Path(root) / name
            if path.suffix.lower() in SUFFIXES and not _NOT_RESUMES.fullmatch(name) and not excluded(str(path)):
                found.append(path)
    return sorted(found)


def _unreadable_folder(error: OSError) -> Source:
    shown = str(error.filename)
    if len(shown) > 200:  # a path past the length limit: its ends say where it is
        shown = f"{shown[:80]}…{shown[-80:]}"
    return Source(shown, "", error=ReadError(f"cannot list this folder ({error.strerror or error}): the rest was read"))


def _read_in_folder(path: Path, folder: Path, input_format: str | None) -> Source:
    """A file met in a folder scan. A link that leads out of the folder is not followed: a cloned
    repository could point `resume.md` at a private file elsewhere on the machine."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # a loop (a link to itself) or a link to nothing
            return Source(str(path), "", error=ReadError("a link that leads nowhere (to itself, or to no file): not read"))
        if folder.resolve() not in target.parents:
            return Source(str(path), "", error=ReadError("a link to a file outside the folder: not read"))
    return read_path(path, input_format, named=False)


def _known_suffixes() -> str:
    return " ".join(sorted(SUFFIXES))


def collect_sources(
    paths: Iterable[str], texts: Iterable[str], stdin_text: str | None, input_format: str | None = None,
    bullet_macros: tuple[str, ...] = (), excluded: Callable[[str], bool] = lambda path: False,
) -> list[Source]:
    """Every input of one run, in the order given: paths (folders expanded), stdin, --text; a
    file `excluded` names is passed over, named or found in a folder. stdin is read as plain
    text (which covers Markdown lists) unless --input-format says otherwise or it holds a LaTeX
    document, an HTML page or JSON (_stdin_source)."""
    sources: list[Source] = []
    for raw in paths:
        if raw == "-":
            if any(source.path == STDIN_PATH for source in sources):  # `- -`: stdin is read once (attack A35)
                continue
            if stdin_text is None:  # `po2pm check a.md - <&-` (an attack round: exit 3, a.md's findings lost)
                sources.append(Source(STDIN_PATH, "", error=ReadError("standard input is closed: nothing to read")))
            else:
                sources.append(_stdin_source(stdin_text, input_format))
            continue
        path = Path(raw)
        if excluded(raw):
            continue
        if path.is_dir():
            unreadable: list[OSError] = []
            found = [_read_in_folder(each, path, input_format) for each in _files_in(path, excluded, unreadable)]
            found += [_unreadable_folder(error) for error in unreadable]
            # A folder with nothing po2pm reads is an error, not a silent all-clear.
            sources.extend(found or [Source(raw, "", error=ReadError(f"no resume files in this folder ({_known_suffixes()})"))])
        else:
            sources.append(read_path(path, input_format))
    sources = _with_included_files(_each_file_once(sources))
    if bullet_macros:
        sources = [replace(s, bullet_macros=bullet_macros) if s.format == "latex" else s for s in sources]
    texts = [" ".join(argument_text(text).split()) for text in texts]  # one bullet per --text, even if it holds newlines
    if texts:
        sources.append(Source(TEXT_PATH, "\n".join(texts), literal=True))
    return sources


def argument_text(text: str) -> str:
    """A command-line argument as text: bytes that were not UTF-8 (which Python keeps as lone
    surrogates) become U+FFFD, as invalid bytes in a file do (an attack round: exit 3)."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _stdin_source(text: str, input_format: str | None) -> Source:
    """Piped text, read as plain text unless it holds a LaTeX document, an HTML page or JSON, as a
    file with an unknown name is (a coach's trial, session 15: `cat resume.tex | po2pm check -`
    read the LaTeX as text, macros and Skills line included, without a word)."""
    if input_format is not None:
        return Source(STDIN_PATH, text, format=input_format)
    held = format_held(text, "text") or (("json", "holds JSON: read as json, not text") if _is_json(text) else None)
    chosen, note = held or ("text", None)
    return Source(STDIN_PATH, text, format=chosen, note=note)


def _is_json(text: str) -> bool:
    if not text.lstrip().startswith(("{", "[")):
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _each_file_once(sources: list[Source]) -> list[Source]:
    """A file named twice, or reached through a link in a scanned folder as well, is one input:
    read twice it was reported twice, and a write to one copy made the other refuse."""
    def real_file(source: Source) -> Path | None:
        if source.error is not None or source.literal or source.path == STDIN_PATH:
            return None
        try:
            real = Path(source.path).resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        return real if real.is_file() else None

    found = [(source, real_file(source), Path(source.path).is_symlink()) for source in sources]
    # The file under its own name wins over a link to it, whatever order the folder lists them in.
    named = {real for _, real, is_link in found if real is not None and not is_link}
    seen: set[Path] = set()
    once = []
    for source, real, is_link in found:
        if real is not None:
            if real in seen or (is_link and real in named):
                continue
            seen.add(real)
        once.append(source)
    return once


# \input{sections/experience}, \include{...}, \subfile{...}, and the import package's
# \import{folder}{file} (Awesome-CV's own template: \import{\sectiondir}{experience.tex}):
# where Awesome-CV and friends keep bullets.
_INCLUDE = re.compile(
    r"(?<!\\)\\(input|include|subfile)\s*\{([^{}]+)\}"
    r"|(?<!\\)\\(import|subimport|inputfrom|subinputfrom|includefrom|subincludefrom)\*?\s*\{([^{}]*)\}\s*\{([^{}]+)\}"
)
# \newcommand*{\sectiondir}{resume/}, \def\sectiondir{resume/}: a folder named once, used in includes.
_TEXT_MACRO = re.compile(r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*\{([^{}\\]*)\}|\\def\s*\\([A-Za-z]+)\s*\{([^{}\\]*)\}")
_LATEX_COMMENT = re.compile(r"(?<!\\)%.*")


def _with_included_files(sources: list[Source]) -> list[Source]:
    """Each LaTeX file followed by the files it includes, each read as a source of its own (so
    findings point into the file that holds the bullet). Only files inside the folder the run
    started in and inside the main document's folder (a link out of it is not followed), never
    absolute paths, each file once (a cycle stops); an include not followed is
    a note on the file that asked for it."""
    root = Path.cwd().resolve()
    seen = {Path(s.path).resolve() for s in sources if s.error is None and not s.literal and s.path != STDIN_PATH}
    result: list[Source] = []
    for source in sources:
        if source.format == "latex" and source.error is None and source.path not in (STDIN_PATH, TEXT_PATH):
            result.extend(_with_includes(source, root, seen))
        else:
            result.append(source)
    return result


def _expanded(name: str, folders: dict[str, str]) -> str | None:
    """The path with the file's own macros put in (`\\sectiondir/projects` -> `resume/projects`);
    None when it uses one the file does not define."""
    unknown = False

    def put_in(match: re.Match[str]) -> str:
        nonlocal unknown
        if match.group(1) not in folders:
            unknown = True
            return ""
        return folders[match.group(1)]

    expanded = re.sub(r"\\([A-Za-z]+)\s*", put_in, name)
    return None if unknown else expanded


# Files every TeX installation has, which resume templates \input (Jake's resume: `\input{glyphtounicode}`).
_TEX_DISTRIBUTION_FILES = frozenset({"glyphtounicode", "glyphtounicode.tex"})


# TeX itself stops at about 15 nested \input files; past this depth a chain is no resume (a fresh
# attack round, F2: a chain of 1,000 files ran out of Python's recursion, exit 3).
MAX_INPUT_DEPTH = 50


def _with_includes(source: Source, root: Path, seen: set[Path], main_folder: Path | None = None, depth: int = 0) -> list[Source]:
    """`main_folder`: the folder of the document the run named, where TeX looks for every
    \\input, a nested one too (set J: `\\input{cv/skills.tex}` inside cv/summary.tex was
    reported as no such file); the including file's own folder is tried after it."""
    included: list[Source] = []
    followed: list[str] = []
    refused: list[str] = []
    main_folder = main_folder or Path(source.path).parent
    own_folder = Path(source.path).parent
    code = "\n".join(_LATEX_COMMENT.sub("", line) for line in source.text.splitlines())
    folders = {m.group(1) or m.group(3): m.group(2) if m.group(1) else m.group(4) for m in _TEXT_MACRO.finditer(code)}
    from .formats.latex import titles_at  # the LaTeX reader's import is paid only for a LaTeX file

    title_at = titles_at(code)  # the section each \input sits under, the file's titles read once
    for match in _INCLUDE.finditer(code):
        written = match.group(0)
        path = match.group(2) if match.group(1) else "/".join(part for part in (match.group(4).rstrip("/"), match.group(5)) if part)
        name = _expanded(path, folders)
        if name is None:
            refused.append(f"{written} not followed: a macro in its path that the file does not define")
            continue
        name = name.strip()
        if name in _TEX_DISTRIBUTION_FILES:
            continue  # a file of the TeX installation, not of the resume: nothing to follow or say
        target = Path(name if name.endswith(".tex") else f"{name}.tex")
        if target.is_absolute():
            refused.append(f"{written} not followed: an absolute path")
            continue
        folder = next((f for f in (main_folder, own_folder) if (f / target).exists()), main_folder)
        try:
            resolved = resolved_path(folder / target)
        except OSError:
            refused.append(f"{written} not followed: a link that leads to itself")
            continue
        if resolved in seen:
            continue
        if depth >= MAX_INPUT_DEPTH:
            refused.append(f"{written} not followed: \\input nested more than {MAX_INPUT_DEPTH} files deep")
            continue
        if resolved != root and root not in resolved.parents:
            refused.append(f"{written} not followed: outside the folder po2pm was run from")
            continue
        if not resolved.is_relative_to(main_folder.resolve()):
            # a link in a cloned resume's folder to a file above it (`part.tex -> ../../.aws/x`)
            # is not read from a run started higher up either (hostile input, session 27)
            refused.append(f"{written} not followed: outside the resume's folder")
            continue
        seen.add(resolved)
        # not named by the user: a FIFO or a device is refused at once, as in a scanned folder
        # (fifth round of attacks, A41: each \input of a FIFO waited 10 s)
        child = read_path(folder / target, "latex", named=False)
        if child.error is not None:
            refused.append(f"{written}: {child.error.message}")
            continue
        followed.append(child.path)
        section = title_at(match.start()) or source.section
        child = replace(child, note=f"included from {source.path}", included_from=source.path, section=section)
        included.extend(_with_includes(child, root, seen, main_folder, depth + 1))
    source = replace(source, note="; ".join(filter(None, [source.note, *refused])) or None, includes=tuple(followed))
    return [source, *included]


