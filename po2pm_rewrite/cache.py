"""Results cached per bullet text, so an unchanged resume is never parsed twice.

Keyed by a SHA-256 digest of the bullet text and a namespace made of the tool version, a digest
of po2pm's own code, the spaCy version, the model's name and version and a digest of every rule,
lexicon and template file: change any of them (an edited detect.py included) and old entries are
simply never asked for again. Stored in one SQLite file (standard library, safe with several
po2pm processes at once, as pre-commit runs them), bounded in size, readable by its owner only.

A resume is personal data, so the file holds no readable text of it: keys are digests, and each
value is XOR-ed with a SHAKE-256 stream derived from the text it belongs to, so only someone who
already has the bullet can read what was stored for it.

Keys and streams also hold a secret of this user's, kept in their own cache folder (never in a
folder a config file names): a cache folder that came with a cloned repository, filled by
whoever wrote it, has no entry this user's po2pm will ever ask for.

The cache is only ever an optimisation: a locked, corrupt or foreign file costs a re-parse, never
a failure.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import tempfile
import time
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Literal, Mapping, TypeAlias, cast, overload

from .model import Analysis, Bullet, Finding, ScoreInputs, Screened, Segment, Severity, SignalHit, Skipped, Slots, Verdict

if TYPE_CHECKING:
    from .rewrite import Candidate

# What each kind of entry holds: a file's bullets, a bullet's analysis (with or without the
# rewrite slots), or a flagged bullet's rewrite candidates.
_Value: TypeAlias = "Screened | Analysis | tuple[Candidate, ...]"

CACHE_FILE = "po2pm-cache-v1.sqlite3"
LOCK_WAIT = 2.0  # seconds to wait for another po2pm's lock before running without the cache
SECRET_FILE = "po2pm-secret"
MAX_ENTRIES = 50_000  # about 25 MB; the oldest-used entries go first
_SCHEMA = "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL, used REAL NOT NULL)"


def default_directory() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("po2pm-rewrite", appauthor=False))


def user_secret(folder: Path | None = None) -> bytes | None:
    """This user's cache secret (32 random bytes, readable by them only), made on first use in
    their own cache folder; None if it can be neither read nor made (the run goes without a cache)."""
    if folder is None:
        folder = default_directory()
        if not _under_an_existing_home(folder):
            # HOME names a folder that does not exist (a service account, a CI sandbox): po2pm does
            # not make a home folder for its cache (an attack round of session 46 found
            # /nonexistent/x/.cache/po2pm-rewrite made, unsaid); the run goes without a cache
            return None
    path = folder / SECRET_FILE
    try:
        if not path.exists():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".po2pm-secret.", dir=folder)  # mode 0600
            try:
                os.write(handle, os.urandom(32))
                os.close(handle)
                try:
                    os.link(temporary, path)  # never over a secret another process has just made
                except FileExistsError:
                    pass
            finally:
                Path(temporary).unlink(missing_ok=True)
        secret = path.read_bytes()
    except OSError:
        return None
    return secret if len(secret) == 32 else None


def _under_an_existing_home(folder: Path) -> bool:
    """Whether `folder` is outside the home folder, or inside one that exists."""
    home = Path.home()
    return not folder.is_relative_to(home) or home.is_dir()


class Cache:
    def __init__(self, directory: Path, namespace: str, secret: bytes = b""):
        self.path = Path(directory) / CACHE_FILE
        self.namespace = namespace
        self._secret = secret.hex()
        self._connection: sqlite3.Connection | None = None
        self._broken = False

    # -- storage -----------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._broken:
            return self._connection
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _private(self.path)
            connection = self._open_database()
            connection.execute("SELECT key, value, used FROM entries LIMIT 1").fetchall()
            self._connection = connection
        except sqlite3.OperationalError:
            self._broken = True  # locked by another po2pm for too long, or unwritable: run without a cache
        except sqlite3.DatabaseError:
            self._set_aside()  # not a database, or not ours: start a new one
        except (sqlite3.Error, OSError):
            self._broken = True  # a folder that cannot be made or made private: run without a cache
        return self._connection

    def _open_database(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=LOCK_WAIT, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(_SCHEMA)
        return connection

    def close(self) -> None:
        """Let go of the file; the next use opens it again."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _set_aside(self) -> None:
        try:
            self.path.replace(self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}"))
            _private(self.path)  # the new file, and the journal files SQLite makes in its mode (A08: 0644)
            self._connection = self._open_database()
        except (sqlite3.Error, OSError):
            self._broken = True

    def _key(self, kind: str, text: str) -> str:
        return hashlib.sha256(f"{self._secret}\0{self.namespace}\0{kind}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def _stream(self, kind: str, text: str, length: int) -> bytes:
        """The key stream for one entry's value: derived from the text and the secret, never stored."""
        seed = f"value\0{self._secret}\0{self.namespace}\0{kind}\0{text}"
        return hashlib.shake_256(seed.encode("utf-8", "surrogatepass")).digest(length)

    def _seal(self, kind: str, text: str, value: str) -> str:
        plain = value.encode("utf-8", "surrogatepass")
        return base64.b64encode(_xor(plain, self._stream(kind, text, len(plain)))).decode("ascii")

    def _open(self, kind: str, text: str, sealed: str) -> str:
        data = base64.b64decode(sealed, validate=True)
        return _xor(data, self._stream(kind, text, len(data))).decode("utf-8", "surrogatepass")

    @overload
    def get_many(self, kind: Literal["screened"], texts: Iterable[str]) -> dict[str, Screened]: ...
    @overload
    def get_many(self, kind: Literal["analysis", "analysis+slots"], texts: Iterable[str]) -> dict[str, Analysis]: ...
    @overload
    def get_many(self, kind: Literal["rewrite"], texts: Iterable[str]) -> dict[str, tuple[Candidate, ...]]: ...
    def get_many(self, kind: str, texts: Iterable[str]) -> dict[str, Any]:
        """Decoded values for the texts found; a missing or unreadable entry is simply absent."""
        connection = self._connect()
        if connection is None:
            return {}
        keys = {self._key(kind, text): text for text in texts}
        found: dict[str, _Value] = {}
        try:
            items = list(keys.items())
            for start in range(0, len(items), 500):
                chunk = items[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(f"SELECT key, value FROM entries WHERE key IN ({marks})", [k for k, _ in chunk])
                for key, value in rows:
                    try:
                        value = self._open(kind, keys[key], value)
                    except (ValueError, UnicodeDecodeError):
                        continue  # written by another version, or damaged: parse again
                    decoded = _decode(kind, value, keys[key])
                    if decoded is not None:
                        found[keys[key]] = decoded
        except sqlite3.Error:
            return {}
        return found

    def put_many(self, kind: str, values: Mapping[str, _Value]) -> None:
        connection = self._connect()
        if connection is None or not values:
            return
        now = time.time()
        rows = [
            (self._key(kind, text), self._seal(kind, text, json.dumps(_encode(kind, value), ensure_ascii=False)), now)
            for text, value in values.items()
        ]
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("INSERT OR REPLACE INTO entries (key, value, used) VALUES (?, ?, ?)", rows)
            count = connection.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
            if count > MAX_ENTRIES:
                connection.execute(
                    "DELETE FROM entries WHERE key IN (SELECT key FROM entries ORDER BY used LIMIT ?)", (count - MAX_ENTRIES,)
                )
            connection.execute("COMMIT")
        except sqlite3.Error:
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error:
                pass


def _xor(data: bytes, stream: bytes) -> bytes:
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(len(data), "big")


def _private(path: Path) -> None:
    """Create the cache file readable and writable by its owner only (and keep it so)."""
    if path.exists():
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        return
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


# -- what is stored ----------------------------------------------------------------------------
def _encode(kind: str, value: _Value) -> object:
    """The value as JSON data; `kind` says which of the three it is."""
    if kind == "screened":
        screened = cast(Screened, value)
        return {
            "found": screened.found,
            "kept": [_bullet_data(b) for b in screened.kept],
            "skipped": [[_bullet_data(s.bullet), s.reason] for s in screened.skipped],
            "foreign": screened.foreign,
        }
    if kind.startswith("analysis"):
        analysis = cast(Analysis, value)
        slots, verdict = analysis.slots, analysis.verdict
        return {
            "signals": list(analysis.signals),
            "hits": [[h.signal, h.start, h.end, h.text] for h in analysis.hits],
            "findings": _findings_data(analysis.findings),
            "slots": None if slots is None else {k: list(v) if isinstance(v, tuple) else v for k, v in slots.__dict__.items()},
            "verdict": None if verdict is None else [verdict.kind, verdict.score, verdict.threshold, [list(r) for r in verdict.reasons], verdict.context],
            "score_inputs": None if analysis.score_inputs is None else _score_inputs_data(analysis.score_inputs),
        }
    return [[c.text, c.angle, c.template_id, list(c.placeholders), list(c.notes)] for c in cast("tuple[Candidate, ...]", value)]


def _decode(kind: str, raw: str, text: str = "") -> _Value | None:
    """The stored value, or None if it is not what this version of po2pm would have written:
    every field of the type it must have, every span inside the text it was stored for (`text`,
    the entry's key). An entry that fails is parsed again, never trusted."""
    try:
        data = json.loads(raw)
        if kind == "screened":
            kept = [_bullet(item) for item in data["kept"]]
            skipped = [Skipped(_bullet(item), _str(reason)) for item, reason in data["skipped"]]
            _check_against_source(kept + [s.bullet for s in skipped], text.split("\n", 1)[-1])
            found, foreign = data["found"], data["foreign"]
            if not isinstance(found, int) or isinstance(found, bool) or found < 0 or not isinstance(foreign, bool):
                return None
            return Screened(found, tuple(kept), tuple(skipped), foreign)
        if kind.startswith("analysis"):
            slots, verdict, inputs = data["slots"], data["verdict"], data["score_inputs"]
            return Analysis(
                tuple(map(_str, data["signals"])),
                tuple(SignalHit(_str(signal), *_span(start, end, text), _str(words)) for signal, start, end, words in data["hits"]),
                _findings(data["findings"], text),
                None if slots is None else _slots(slots),
                None
                if verdict is None
                else Verdict(
                    _str(verdict[0]), float(verdict[1]), float(verdict[2]), tuple((_str(n), float(w), _str(t)) for n, w, t in verdict[3]), float(verdict[4])
                ),
                None
                if inputs is None
                else ScoreInputs(
                    tuple((_str(name), tuple(_span(start, end, text) for start, end in spans)) for name, spans in inputs["features"]),
                    _findings(inputs["findings"], text),
                ),
            )
        from .rewrite import Candidate

        return tuple(
            Candidate(_str(line), _str(angle), _str(template), tuple(map(_str, places)), tuple(map(_str, notes)))
            for line, angle, template, places, notes in data
        )
    except (ValueError, KeyError, TypeError, RecursionError):  # nested past the decoder: tampered (attack round, session 46)
        return None


def _findings_data(findings: tuple[Finding, ...]) -> list[object]:
    return [[f.rule, f.name, f.severity.value, f.message, f.start, f.end, f.pattern, f.angle, f.standby] for f in findings]


def _findings(stored: Any, text: str) -> tuple[Finding, ...]:
    return tuple(
        Finding(_str(rule), _str(name), Severity(level), _str(message), *_span(start, end, text), _str(pattern), _str(angle), standby is True)
        for rule, name, level, message, start, end, pattern, angle, standby in stored
    )


def _score_inputs_data(inputs: ScoreInputs) -> dict[str, object]:
    return {"features": [[name, [list(span) for span in spans]] for name, spans in inputs.features], "findings": _findings_data(inputs.findings)}


def _bullet_data(bullet: Bullet) -> list[object]:
    segments = [[s.text_start, s.line, s.column, s.length] for s in bullet.segments]
    return [bullet.text, segments, sorted(bullet.suppressed), bullet.suppress_all, bullet.syntax]


def _bullet(data: list[Any]) -> Bullet:
    line, segments, suppressed, suppress_all, syntax = data
    return Bullet(
        _str(line), tuple(Segment(*_ints(segment, 4)) for segment in segments), frozenset(map(_str, suppressed)), bool(suppress_all),
        syntax=_str(syntax),
    )


def _check_against_source(bullets: list[Bullet], source: str) -> None:
    """Every segment must point inside the file the entry is keyed by, and its letters and digits
    must be there as the bullet's text has them (a character decoded from an escape, "\\%" or
    "&eacute;", stands where its escape starts; a space may stand for the line's end). A damaged
    or altered entry (a line past the end of the file, a flipped letter) fails."""
    from .model import split_lines

    lines = split_lines(source)
    for bullet in bullets:
        for segment in bullet.segments:
            if not (1 <= segment.line <= len(lines) and 1 <= segment.column <= len(lines[segment.line - 1]) + 1):
                raise ValueError("a segment outside the file")
            written = lines[segment.line - 1][segment.column - 1 : segment.column - 1 + segment.length]
            shown = bullet.text[segment.text_start : segment.text_start + segment.length]
            if len(shown) != segment.length or len(written) < segment.length - 1:
                raise ValueError("a segment outside its line or its bullet")
            if any(a != b and a.isalnum() and b.isalnum() for a, b in zip(shown, written)):
                raise ValueError("a segment that does not spell its text")


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _ints(values: object, count: int) -> list[int]:
    if not isinstance(values, list) or len(values) != count or not all(type(v) is int and v >= 0 for v in values):
        raise TypeError("not a list of counts")
    return values


def _span(start: object, end: object, text: str) -> tuple[int, int]:
    first, last = _ints([start, end], 2)
    if not first <= last <= len(text):
        raise ValueError("a span outside the bullet")
    return first, last


# The slots that hold offsets (Slots.clashing_verbs), told by their declared type; the other
# tuples hold text.
_OFFSET_SLOTS = frozenset(field.name for field in dataclass_fields(Slots) if field.type == "tuple[int, ...]")


def _slots(stored: object) -> Slots:
    if not isinstance(stored, dict):
        raise TypeError("not a mapping")
    fields = {}
    for key, value in stored.items():
        if isinstance(value, list):
            value = tuple(_ints(value, len(value)) if key in _OFFSET_SLOTS else map(_str, value))
        fields[key] = value
    slots = Slots(**cast("dict[str, Any]", fields))
    for name, default in Slots().__dict__.items():
        if type(getattr(slots, name)) is not type(default):
            raise TypeError(f"slot {name}: not a {type(default).__name__}")
    return slots
