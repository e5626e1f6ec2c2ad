"""Rule and signal data: load the TOML files in rules/, validate them, hand out plain dataclasses.

Loading never imports spaCy: `po2pm rules` and `po2pm explain CODE` only need this module.
spaCy's own schema checks the patterns later, when the matcher is compiled (detect.py).
"""

from __future__ import annotations

import hashlib
import re
import string
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from .errors import RuleError, resolved
from .model import SIGNALS, Severity
from .rulefiles import folder_files, read_rule_file
from .scoring import Weights, load_weights

if TYPE_CHECKING:
    from hashlib import _Hash

SIGNALS_FILE = "signals.toml"
TOPICS_FILE = "topics.toml"
LEXICON_DIR = "lexicons"
_CODE = re.compile(r"^[A-Z]{2,5}\d{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$")
RULE_KEYS = {
    "code", "name", "severity", "message", "rationale", "angle", "scope", "quiet_with",
    "when_missing", "when_alone", "supersedes", "phrases", "patterns", "examples", "max_chars",
    "weights", "threshold", "unclear_below", "overrules", "context_weight", "context_centre",
    "context_min_bullets",
}
REQUIRED_RULE_KEYS = ("code", "name", "severity", "message", "rationale", "examples")
PATTERN_KEYS = {"id", "pattern", "requires"}
SIGNAL_KEYS = {"description", "lexicon", "checks", "modifier_heads", "void_lexicon", "void_under_verbs", "firm_lexicon", "patterns"}
# A bracketed stretch of a bullet: po2pm's own [placeholders], or a person's "[1]".
PLACEHOLDER = re.compile(r"\[([^\[\]]+)\]")
# The PM angles a rewrite can take (rules/templates/<angle>.toml); a rule names the one it suggests first.
ANGLES = ("discovery", "prioritization", "outcome", "decision", "leadership")


@dataclass(frozen=True)
class TokenPattern:
    id: str
    pattern: tuple[dict[str, Any], ...]  # spaCy Matcher pattern (list of token dicts), kept as loaded
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    message: str
    rationale: str
    angle: str
    # "span": matched words; "bullet": the whole bullet's signals; "length": its size;
    # "score": the derived weights of the whole bullet (see scoring.py)
    scope: str
    quiet_with: tuple[str, ...]
    when_missing: tuple[str, ...]
    when_alone: bool  # report only when no other rule flagged the bullet
    supersedes: tuple[str, ...]
    phrases: tuple[str, ...]
    patterns: tuple[TokenPattern, ...]
    examples_flag: tuple[str, ...]  # the texts, brackets removed
    examples_pass: tuple[str, ...]
    source: str
    max_chars: int = 0  # scope "length": longer bullets are reported instead of analysed
    # The words each flag example marks [in brackets]: what the rule must flag there, as
    # (start, end) offsets into the text; empty for a whole-bullet example.
    examples_flag_spans: tuple[tuple[tuple[int, int], ...], ...] = ()
    # scope "score": the weights, the probability at which a bullet reads as delivery-only, the
    # one under which it reads as PM (in between: unclear), and the rules whose findings a PM or
    # unclear verdict silences.
    weights: Weights | None = None
    threshold: float = 0.5
    unclear_below: float = 0.35
    overrules: tuple[str, ...] = ()
    # scope "score": how far the rest of a bullet's file moves its verdict (verdicts.py): this
    # share of the other bullets' mean log-odds over `context_centre` is added to the bullet's,
    # where the file holds at least `context_min_bullets` other judged bullets. 0: judged alone.
    context_weight: float = 0.0
    context_centre: float = 0.0
    context_min_bullets: int = 3


@dataclass(frozen=True)
class Signal:
    name: str
    description: str
    terms: tuple[str, ...]
    checks: tuple[str, ...]  # named context checks (checks.py) that can cancel a mention
    modifier_heads: tuple[str, ...]  # for the product-part check
    void_terms: tuple[str, ...]  # the delivery words that cancel this signal (default: all of them)
    void_under_verbs: tuple[str, ...]  # for the under-verb check
    firm_terms: tuple[str, ...]  # terms that count even when they act on a delivery object
    patterns: tuple[tuple[dict[str, Any], ...], ...]  # spaCy Matcher patterns, kept as loaded


@dataclass(frozen=True)
class ScoreTopic:
    """A coarse kind of wording the scoring rule weighs (rules/topics.toml): any of its words,
    anywhere in a bullet, gives the feature topic:<name>."""

    name: str
    words: tuple[str, ...]  # the file's `description` is for its readers; nothing here shows it


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    signals: tuple[Signal, ...]
    delivery_terms: tuple[str, ...]
    digest: str  # changes whenever any rule or lexicon file changes
    roles: tuple[str, ...] = ()  # people a bullet can name: "engineers", "the CEO" (rewrite slots)
    teams: tuple[str, ...] = ()  # groups a bullet can name: "the claims team" (rewrite slots)
    # Process talk a rewrite replaces: abstract nouns that name no product area ("discussions")
    # and filler verbs ("ensure", "provide"). Never a topic, and not counted as the user's facts.
    non_topics: tuple[str, ...] = ()
    # Every placeholder po2pm rewrite writes or once wrote (templates/placeholders.toml), lower
    # case: a scope "placeholder" rule flags these in brackets, and never a person's own brackets.
    placeholders: frozenset[str] = frozenset()
    topics: tuple[ScoreTopic, ...] = ()

    @property
    def score_rule(self) -> Rule | None:
        return next((rule for rule in self.rules if rule.scope == "score"), None)

    def by_code(self, code: str) -> Rule:
        for rule in self.rules:
            if rule.code == code:
                return rule
        raise KeyError(code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(rule.code for rule in self.rules)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(rule.name for rule in self.rules)

    def resolve(self, written: str) -> frozenset[str]:
        """The codes a user's word names, as ruff reads rule selectors: a code or a prefix of codes
        ("PO1"), a rule's name ("delivery.backlog") or the group before its dot ("delivery").
        Empty when it names none."""
        lower = written.strip().lower()
        if not lower:
            return frozenset()
        named = {rule.code for rule in self.rules if rule.name.lower() == lower or rule.name.lower().startswith(lower.rstrip(".") + ".")}
        if named:
            return frozenset(named)
        return frozenset(code for code in self.codes if code.startswith(lower.upper()))

    def did_you_mean(self, written: str) -> str:
        """The nearest code or name, for a message about a word that names no rule."""
        return did_you_mean(written.strip(), [*self.codes, *self.names])


def builtin_rules_dir() -> Path:
    # In a wheel this is a real folder; in a checkout it is the symlink to the top-level rules/.
    return Path(__file__).resolve().parent / "rules"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    from rapidfuzz import process  # only needed when something is misspelled

    best = process.extractOne(word, list(choices), score_cutoff=60)
    return f" (did you mean {best[0]!r}?)" if best else ""


def _holds_rule_data(folder: Path) -> bool:
    return any(folder.glob("*.toml")) or any(folder.glob("templates/*.toml"))


def load_ruleset(extra_dirs: Iterable[Path] = (), with_score: bool = True) -> RuleSet:
    """Built-in rules first, then each extra folder; a code may be defined only once.
    with_score=False leaves the scoring rule out (deriving its weights needs the others only)."""
    builtin = builtin_rules_dir()
    hasher = hashlib.sha256()
    signals_path = builtin / SIGNALS_FILE
    signals, delivery_terms = _load_signals(signals_path, builtin / LEXICON_DIR, hasher)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    matched = 0
    for folder in (builtin, *extra_dirs):
        folder = Path(folder)
        if not folder.is_dir():
            raise RuleError(f"{folder}: rule folder not found")
        if folder != builtin and not _holds_rule_data(folder):
            # a mistyped or wrong folder ("rules = ['/']") would otherwise change nothing, in silence
            raise RuleError(f"{folder}: no rule files here: a rule folder holds rule files (*.toml), templates/*.toml or {TOPICS_FILE}")
        for path in folder_files(folder, "*.toml"):
            if path.name in (SIGNALS_FILE, TOPICS_FILE):
                continue
            raw = read_rule_file(path)
            data = _parsed_toml(path, raw, "rule file")
            if not with_score and data.get("scope") == "score":
                continue
            hasher.update(path.name.encode())
            hasher.update(raw)
            rule = _parse_rule(path, data)
            if rule.weights is not None:
                hasher.update(rule.weights.digest.encode())
            if rule.code in seen:
                raise RuleError(f"{path}: rule {rule.code}: code already defined in {seen[rule.code]}")
            seen[rule.code] = str(path)
            rules.append(rule)
            matched += len(rule.patterns) + len(rule.phrases)
            if matched > MAX_PATTERNS_IN_ALL:
                # each bound held per file, but 200 files of 1,999 patterns took 55 s and 2.2 GB
                # on a 2-bullet resume (an attack round of session 46)
                raise RuleError(f"{path}: the rules loaded hold more than {MAX_PATTERNS_IN_ALL:,} patterns and phrases in all: not read")
    _check_references(rules)
    scored = [rule.code for rule in rules if rule.scope == "score"]
    if len(scored) > 1:
        raise RuleError(f"only one scoring rule may be loaded, found {', '.join(scored)}")
    # Templates change suggestions, so they belong in the digest that keys the cache; hashing the
    # files here spares loading them (and their inflection library) on a cache hit.
    for folder in (builtin, *extra_dirs):
        for template in folder_files(Path(folder), "templates/*.toml", "template files"):
            hasher.update(template.name.encode())
            hasher.update(read_rule_file(template, "template file"))
    topics = _load_topics((builtin, *extra_dirs), hasher)  # before the digest is taken
    lexicons = builtin / LEXICON_DIR
    return RuleSet(
        tuple(rules),
        signals,
        delivery_terms,
        hasher.hexdigest()[:16],
        roles=read_lexicon(lexicons, "roles"),
        teams=read_lexicon(lexicons, "teams"),
        non_topics=read_lexicon(lexicons, "non_topics"),
        placeholders=_placeholder_words((builtin, *extra_dirs)),
        topics=topics,
    )


def placeholder_key(words: str) -> str:
    """How a bracket's words are compared with po2pm's placeholders: case and spacing aside."""
    return " ".join(words.split()).lower()


def own_placeholders(text: str, words: frozenset[str]) -> list[re.Match[str]]:
    """The brackets of the text that hold one of po2pm's placeholders (RuleSet.placeholders),
    never a person's own brackets ("[1]", "[Confidential]")."""
    return [match for match in PLACEHOLDER.finditer(text) if placeholder_key(match.group(1)) in words]


def _placeholder_words(folders: Iterable[Path]) -> frozenset[str]:
    words: set[str] = set()
    for folder in folders:
        path = Path(folder) / "templates" / "placeholders.toml"
        if path.exists():
            data = read_toml(path, "template file")
            words.update(placeholder_key(key) for key in data.get("placeholders", {}))
            words.update(placeholder_key(str(word)) for word in data.get("retired", []))
    return frozenset(words)


def read_toml(path: Path, what: str = "rule file") -> dict[str, Any]:
    """A rule-folder TOML file, or a RuleError naming the file."""
    return _parsed_toml(path, read_rule_file(path, what), what)


def _parsed_toml(path: Path, raw: bytes, what: str) -> dict[str, Any]:
    """The TOML of a rule-folder file already read (its bytes also go into the rule set's digest)."""
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"{path}: invalid TOML: {error}") from None
    except RecursionError:
        raise RuleError(f"{path}: nested too deeply to read as TOML") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(f"{path}: cannot read {what}: {error}") from None
    except ValueError as error:  # an integer of more than 4,300 digits (an attack round, session 45: exit 3)
        raise RuleError(f"{path}: invalid TOML: {error}") from None


def _fail(path: Path, code: str, field: str, problem: str) -> RuleError:
    return RuleError(f"{path}: rule {code or '?'}: field '{field}': {problem}")


def _text(path: Path, code: str, data: dict[str, Any], field: str, default: str | None = None) -> str:
    value = data.get(field, default)
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, code, field, "must be a non-empty string")
    return value.strip()


def _strings(path: Path, code: str, data: dict[str, Any], field: str) -> tuple[str, ...]:
    value = data.get(field, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise _fail(path, code, field, "must be a list of non-empty strings")
    return tuple(item.strip() for item in value)


def _signal_names(path: Path, code: str, data: dict[str, Any], field: str) -> tuple[str, ...]:
    names = _strings(path, code, data, field)
    for name in names:
        if name not in SIGNALS:
            raise _fail(path, code, field, f"unknown signal {name!r}{did_you_mean(name, SIGNALS)}")
    return names


def _parse_rule(path: Path, data: dict[str, Any]) -> Rule:
    raw_code = data.get("code")
    code = raw_code if isinstance(raw_code, str) else ""
    for key in data:
        if key not in RULE_KEYS:
            raise _fail(path, code, key, f"unknown key{did_you_mean(key, RULE_KEYS)}")
    for key in REQUIRED_RULE_KEYS:
        if key not in data:
            raise _fail(path, code, key, "missing")
    if not _CODE.match(code):
        raise _fail(path, code, "code", "must look like PO101 (2-5 capitals, 3 digits)")
    name = _text(path, code, data, "name")
    if not _NAME.match(name):
        raise _fail(path, code, "name", "must be a dotted lower-case name such as delivery.backlog")
    severity_text = data["severity"]
    if severity_text not in [s.value for s in Severity]:
        raise _fail(path, code, "severity", f"must be error, warning or info, not {severity_text!r}")
    message = _text(path, code, data, "message")
    _check_message(path, code, message)
    scope = data.get("scope", "span")
    if scope not in ("span", "bullet", "length", "score", "placeholder"):
        raise _fail(path, code, "scope", "must be 'span', 'bullet', 'length', 'score' or 'placeholder'")
    max_chars = data.get("max_chars", 0)
    if scope == "length" and (not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars <= 0):
        raise _fail(path, code, "max_chars", "a length rule needs a positive whole number")
    angle = data.get("angle", "outcome")
    if angle not in ANGLES:
        raise _fail(path, code, "angle", f"unknown angle {angle!r}{did_you_mean(str(angle), ANGLES)}")
    patterns = _parse_patterns(path, code, data.get("patterns", []))
    phrases = _strings(path, code, data, "phrases")
    if len(patterns) + len(phrases) > MAX_PATTERNS_PER_RULE:
        # a rule folder from a cloned repository must not make matching take minutes or gigabytes
        field = "patterns" if len(patterns) >= len(phrases) else "phrases"
        raise _fail(path, code, field, f"{len(patterns) + len(phrases)} patterns and phrases, more than the {MAX_PATTERNS_PER_RULE} a rule may hold")
    when_missing = _signal_names(path, code, data, "when_missing")
    if scope == "span" and not (patterns or phrases):
        raise _fail(path, code, "patterns", "a span rule needs patterns or phrases")
    if scope == "bullet" and not when_missing:
        raise _fail(path, code, "when_missing", "a bullet rule needs the signals whose absence it reports")
    marked, passing = _parse_examples(path, code, data["examples"])
    flag = tuple(_flag_example(path, code, example, scope) for example in marked)
    score = _parse_score(path, code, data) if scope == "score" else {}
    return Rule(
        code=code,
        name=name,
        severity=Severity(severity_text),
        message=message,
        rationale=_text(path, code, data, "rationale"),
        angle=angle,
        scope=scope,
        quiet_with=_signal_names(path, code, data, "quiet_with"),
        when_missing=when_missing,
        when_alone=_flag(path, code, data, "when_alone"),
        supersedes=_strings(path, code, data, "supersedes"),
        phrases=phrases,
        patterns=patterns,
        examples_flag=tuple(text for text, _ in flag),
        examples_pass=passing,
        examples_flag_spans=tuple(spans for _, spans in flag),
        source=str(path),
        max_chars=max_chars if scope == "length" else 0,
        **score,
    )


def _parse_score(path: Path, code: str, data: dict[str, Any]) -> dict[str, Any]:
    """A scoring rule's weights file (relative to the rule file) and its settings."""
    weights_name = _text(path, code, data, "weights")
    try:
        weights_path = resolved(path.parent / weights_name)
    except OSError as error:  # a link to itself (attack round ATK6: exit 3)
        raise _fail(path, code, "weights", f"{weights_name} is {error.strerror}") from None
    if path.parent.resolve() not in weights_path.parents:
        raise _fail(path, code, "weights", "must name a file inside the rule's folder")
    numbers = {}
    for field, default in (("threshold", 0.5), ("unclear_below", 0.35)):
        value = data.get(field, default)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < 1:
            raise _fail(path, code, field, "must be a number between 0 and 1")
        numbers[field] = float(value)
    if numbers["unclear_below"] > numbers["threshold"]:
        raise _fail(path, code, "unclear_below", "must not be above 'threshold'")
    return {"weights": load_weights(weights_path), "overrules": _strings(path, code, data, "overrules"), **numbers, **_parse_context(path, code, data)}


def _parse_context(path: Path, code: str, data: dict[str, Any]) -> dict[str, Any]:
    """How much a scoring rule's verdict listens to the rest of the bullet's file."""
    weight, centre, least = data.get("context_weight", 0.0), data.get("context_centre", 0.0), data.get("context_min_bullets", 3)
    if not isinstance(weight, (int, float)) or isinstance(weight, bool) or not 0 <= weight <= 1:
        raise _fail(path, code, "context_weight", "must be a number from 0 to 1")
    if not isinstance(centre, (int, float)) or isinstance(centre, bool) or not -10 <= centre <= 10:
        raise _fail(path, code, "context_centre", "must be a number from -10 to 10")
    if not isinstance(least, int) or isinstance(least, bool) or least < 1:
        raise _fail(path, code, "context_min_bullets", "must be a whole number of 1 or more")
    return {"context_weight": float(weight), "context_centre": float(centre), "context_min_bullets": least}


def _flag(path: Path, code: str, data: dict[str, Any], field: str) -> bool:
    value = data.get(field, False)
    if not isinstance(value, bool):
        raise _fail(path, code, field, "must be true or false")
    return value


def _check_message(path: Path, code: str, message: str) -> None:
    try:
        parts = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(message) if name is not None]
    except ValueError as error:
        raise _fail(path, code, "message", f"bad placeholder: {error}") from None
    fields = {name for name, _, _ in parts}
    if fields - {"match"}:
        raise _fail(path, code, "message", f"only {{match}} may be used, not {sorted(fields - {'match'})}")
    if any(spec or conversion for _, spec, conversion in parts):
        # "{match:d}" failed on every finding (exit 3); "{match:>50000000}" printed 50 MB a finding
        # (a fresh attack round, F1)
        raise _fail(path, code, "message", "{match} takes no format spec or conversion (write it as {match})")


def _parse_patterns(path: Path, code: str, raw: Any) -> tuple[TokenPattern, ...]:
    if not isinstance(raw, list):
        raise _fail(path, code, "patterns", "must be an array of tables ([[patterns]])")
    patterns = []
    for index, entry in enumerate(raw):
        where = f"patterns[{index}]"
        if not isinstance(entry, dict):
            raise _fail(path, code, where, "must be a table with id and pattern")
        for key in entry:
            if key not in PATTERN_KEYS:
                raise _fail(path, code, f"{where}.{key}", f"unknown key{did_you_mean(key, PATTERN_KEYS)}")
        if not isinstance(entry.get("id"), str) or not isinstance(entry.get("pattern"), list) or not entry["pattern"]:
            raise _fail(path, code, where, "needs an 'id' string and a non-empty 'pattern' list")
        for position, token in enumerate(entry["pattern"]):
            problem = _token_problem(token)
            if problem:
                raise _fail(path, code, f"{where}.pattern[{position}]", problem)
        for expression in _regexes_in(entry["pattern"]):
            problem = regex_problem(expression)
            if problem:
                raise _fail(path, code, f"{where}.pattern", f"REGEX {expression!r}: {problem}")
        requires = _signal_names(path, code, entry, "requires")
        patterns.append(TokenPattern(entry["id"], tuple(entry["pattern"]), requires))
    return tuple(patterns)


# The token attributes of spaCy's Matcher patterns (https://spacy.io/usage/rule-based-matching):
# checked when the rules load, so `po2pm rules` refuses what `check` would (a CI user's trial:
# `pattern = ["synergy"]` was listed by `rules`, then failed `check` with spaCy's schema dump).
TOKEN_ATTRIBUTES = frozenset({
    "ORTH", "TEXT", "NORM", "LOWER", "LENGTH", "POS", "TAG", "MORPH", "DEP", "LEMMA", "SHAPE", "ENT_TYPE",
    "ENT_IOB", "ENT_ID", "ENT_KB_ID", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE",
    "IS_PUNCT", "IS_SPACE", "IS_STOP", "IS_SENT_START", "SENT_START", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL",
    "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "PREFIX", "SUFFIX", "SPACY", "OP", "_",
})


def _token_problem(token: Any) -> str | None:
    """Why one token of a rule's pattern is no spaCy token pattern, or None."""
    example = 'write each token as a table, such as {LOWER = "synergy"} or {LEMMA = {IN = ["align", "sync"]}}'
    if not isinstance(token, dict):
        return f"{token!r} is not a token table: {example}"
    if not token:
        return f"an empty table matches any word; {example}"
    for key in token:
        if key not in TOKEN_ATTRIBUTES:
            return f"unknown token attribute {key!r}{did_you_mean(key.upper(), sorted(TOKEN_ATTRIBUTES))}"
    return None


# A group that holds a quantifier and is itself quantified, "(a+)+" or "(\w*x?)*": Python's
# regex engine can take minutes on one 30-letter word with it. A rule folder may come from a
# cloned repository, so such a pattern is refused when the rules are loaded.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*(?:[+*]|\{\d*,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\d*\})")
MAX_REGEX_LENGTH = 200
MAX_PATTERNS_PER_RULE = 2_000  # the largest shipped rule holds about 50
MAX_PATTERNS_IN_ALL = 10_000  # the shipped rules hold a few hundred patterns and phrases
MAX_TOPIC_WORDS = 5_000  # the shipped topics hold about 170; 600,000 took 40 s on a resume


def regex_problem(expression: str) -> str | None:
    """Why a rule's regular expression is refused, or None."""
    if len(expression) > MAX_REGEX_LENGTH:
        return f"longer than {MAX_REGEX_LENGTH} characters"
    try:
        re.compile(expression)
    except re.error as error:
        return f"not a regular expression ({error})"
    if _NESTED_QUANTIFIER.search(expression):
        return "a repeated group that repeats inside ('(a+)+') can take minutes on one word; write it without the nesting"
    return _backtracking_risk(expression)


_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _branches(items: Any) -> int:
    """How many ways the first alternation among these items (or in a group among them: "(a|b)")
    branches; 0 where there is none."""
    for op, argument in items:
        if str(op) == "BRANCH":
            return len(argument[1])
        if str(op) == "SUBPATTERN":
            found = _branches(argument[-1])
            if found:
                return found
    return 0


# "a*a*a*...": each wide repeat multiplies the ways to match. Three take 2 s on a word of 1,000
# letters, four 8 minutes; two take 4 ms. A bounded repeat wider than a few ("a{0,300}") counts.
MAX_OPEN_REPEATS = 2
MAX_REPEAT_SPAN = 3  # "{1,3}", "?" are narrow; "{0,300}" is as wide as "*"
# Narrow repeats multiply too: fourteen "a{0,3}" split a word 4**14 ways (72 s on 57 letters, the
# fourth round of attacks). A wide repeat counts as 100 ways, so two of them stay allowed.
OPEN_REPEAT_WAYS = 100
MAX_REPEAT_WAYS = 10_000
MAX_WAYS_BESIDE_AN_OPEN_REPEAT = 16  # unanchored: "\w+s?" is 2, "\w+(a?){6}N" 64


def _backtracking_risk(expression: str) -> str | None:
    """The parsed pattern's shapes that make Python's engine backtrack for minutes, whatever
    the text spells them with: a repeat inside a repeat ("(?:(a)+)+", "(a+){25}"), an
    alternation under a repeat ("(a|a)*"), many open-ended repeats ("a*a*...a*"), or a
    backreference ("(\\w*)\\1")."""
    import re._parser as parser  # type: ignore[import-not-found]  # the standard library's own reading of the pattern (no stubs)

    open_repeats = 0
    ways = 1  # how many ways the repeats can split one word, at most: the product of their spans

    def walk(items: Any, inside_repeat: bool) -> str | None:
        nonlocal open_repeats, ways
        for op, argument in items:
            name = str(op)
            if name in _REPEATS:
                low, high, body = argument
                repeats = high is parser.MAXREPEAT or high > 1
                wide = high is parser.MAXREPEAT or high - low > MAX_REPEAT_SPAN
                open_repeats += wide
                ways *= OPEN_REPEAT_WAYS if wide else high - low + 1
                if repeats and inside_repeat:
                    return "a repeat inside a repeat ('(a+){25}', '(?:(a)+)+') can take minutes on one word"
                branches = _branches(body)
                if wide and branches:
                    return "an alternation under a repeat ('(a|b)*', '(a|aa){0,300}') can take minutes on one word; repeat a character class instead"
                if repeats and branches:
                    # "(a|a){30}": each repetition tries every branch again (sixth round of attacks:
                    # over 120 s on one 40-letter word)
                    ways *= min(branches, 16) ** min(high, 64)
                before = ways
                found = walk(body, inside_repeat or repeats)
                if repeats and high is not parser.MAXREPEAT and ways > before:
                    # "(?:a?){6}": the optional letter is tried again in each repetition, 2**6 ways
                    # (an attack round of session 47: counted as 2)
                    ways = before * (ways // before) ** min(high, 64)
            elif name == "SUBPATTERN":
                found = walk(argument[-1], inside_repeat)
            elif name == "BRANCH":
                found = next((problem for branch in argument[1] if (problem := walk(branch, inside_repeat))), None)
            elif name in ("ASSERT", "ASSERT_NOT"):
                found = walk(argument[1], inside_repeat)
            elif name.startswith("GROUPREF"):
                # "(\w*)(\w*)\2\1!": every split of the word is tried and compared again (attack round
                # of session 44, F1: 3 s a pattern on a 580-letter word, 60 such patterns past 120 s)
                found = "a backreference ('\\1', '(?P=name)') makes the engine try every split of a word again; match the word itself instead"
            else:
                found = None
            if found:
                return found
        return None

    problem = walk(parser.parse(expression), False)
    anchored = re.match(r"\^|\\A", expression) is not None
    if problem is None and open_repeats > MAX_OPEN_REPEATS:
        problem = f"more than {MAX_OPEN_REPEATS} open-ended or wide repeats ('a*a*a*', 'a{{0,300}}' twice) can take minutes on one word"
    if problem is None and open_repeats > 1 and not anchored:
        # a search tries every start in the word, so two open repeats cost the cube of its length
        # ("\w+\w+9": 0.12 s on one 540-letter word; a cloned repo's folder of 40 such patterns
        # took a resume of 40 such words past 120 s, an attack round of session 46)
        problem = "two open-ended repeats ('\\w+\\w+x') are tried from every letter of a word and can take minutes; anchor the pattern with '^'"
    if problem is None and open_repeats and not anchored and ways > OPEN_REPEAT_WAYS**open_repeats * MAX_WAYS_BESIDE_AN_OPEN_REPEAT:
        # the same from every start: "\w+(?:a?){6}N" splits each of a word's tails 64 ways more
        # (0.44 s on one 562-letter word; 60 such patterns held a 20-bullet check past 120 s, an
        # attack round of session 47)
        problem = "an open-ended repeat beside optional parts ('\\w+(a?){6}x') is tried from every letter of a word and can take minutes; anchor the pattern with '^'"
    if problem is None and ways > MAX_REPEAT_WAYS:
        problem = "its repeats together can split one word too many ways ('a{0,3}' fourteen times, 'a?' thirty times, '(a|b){30}') and take minutes"
    return problem


def _regexes_in(pattern: list[Any]) -> list[str]:
    found = []
    for token in pattern:
        if isinstance(token, dict):
            for value in token.values():
                if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                    found.append(value["REGEX"])
    return found


def _parse_examples(path: Path, code: str, raw: Any) -> tuple[list[Any], tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise _fail(path, code, "examples", "must be a table with 'flag' and 'pass' lists")
    for key in raw:
        if key not in ("flag", "pass"):
            raise _fail(path, code, f"examples.{key}", f"unknown key{did_you_mean(key, ('flag', 'pass'))}")
    flag = raw.get("flag", [])
    if not isinstance(flag, list) or not all(isinstance(item, (str, dict)) for item in flag):
        raise _fail(path, code, "examples.flag", "must be a list of strings or {text, flags} tables")
    passing = _strings(path, code, raw, "pass")
    if not flag or not passing:
        raise _fail(path, code, "examples", "needs at least one 'flag' and one 'pass' example")
    return flag, passing


def _flag_example(path: Path, code: str, example: Any, scope: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A flag example: "text with the [flagged words]", or, for a text that holds brackets of its
    own, { text = "...", flags = ["flagged words", ...] } (each the first occurrence in the text)."""
    if isinstance(example, str):
        return _unmarked(path, code, example.strip(), scope)
    if set(example) != {"text", "flags"} or not isinstance(example["text"], str):
        raise _fail(path, code, "examples.flag", "a table example needs exactly 'text' and 'flags'")
    text, spans = example["text"].strip(), []
    for words in example["flags"] if isinstance(example["flags"], list) else [None]:
        if not isinstance(words, str) or words not in text:
            raise _fail(path, code, "examples.flag", f"each of 'flags' must be words of the text {text!r}")
        start = text.index(words)
        spans.append((start, start + len(words)))
    return text, tuple(spans)


def _unmarked(path: Path, code: str, example: str, scope: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """'Managed the [product backlog]' -> the text without brackets and the marked spans.
    A span rule's example must mark what it flags; a whole-bullet rule's may mark nothing."""
    text, spans, start = "", [], None
    for char in example:
        if char == "[" and start is None:
            start = len(text)
        elif char == "]" and start is not None:
            spans.append((start, len(text)))
            start = None
        elif char in "[]":
            raise _fail(path, code, "examples.flag", f"unbalanced brackets in {example!r}")
        else:
            text += char
    if start is not None:
        raise _fail(path, code, "examples.flag", f"unbalanced brackets in {example!r}")
    if scope in ("span", "placeholder") and not spans:
        raise _fail(path, code, "examples.flag", f"mark the words the rule flags with [brackets] in {example!r}")
    return text, tuple(spans)


def _check_references(rules: list[Rule]) -> None:
    """Every code a rule names in `supersedes` or `overrules` is a loaded rule."""
    codes = {rule.code for rule in rules}
    for rule in rules:
        for field in ("supersedes", "overrules"):
            for other in getattr(rule, field):
                if other not in codes:
                    raise RuleError(
                        f"{rule.source}: rule {rule.code}: field '{field}': unknown rule {other!r}{did_you_mean(other, codes)}"
                    )


def read_lexicon(folder: Path, name: str) -> tuple[str, ...]:
    path = folder / f"{name}.txt"
    if not path.exists():
        raise RuleError(f"{path}: lexicon {name!r} not found")
    try:
        lines = read_rule_file(path, "lexicon").decode("utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise RuleError(f"{path}: cannot read lexicon: {error}") from None
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _signal_checks(path: Path, name: str, entry: dict[str, Any]) -> tuple[str, ...]:
    """The signal's named checks: each must exist, and find the lexicon it reads."""
    from .checks import CHECKS

    raw = entry.get("checks", [])
    if not isinstance(raw, list) or not all(isinstance(check, str) for check in raw):
        raise RuleError(f"{path}: signal {name}: field 'checks': must be a list of check names")
    for check in raw:
        if check not in CHECKS:
            raise RuleError(f"{path}: signal {name}: field 'checks': unknown check {check!r}{did_you_mean(check, CHECKS)}")
        needs = CHECKS[check].needs
        if needs and needs not in entry:
            raise RuleError(f"{path}: signal {name}: check {check!r} needs the '{needs}' lexicon")
    return tuple(raw)


_TOPIC_KEYS = ("description", "words")


def _load_topics(folders: Iterable[Path], hasher: "_Hash") -> tuple[ScoreTopic, ...]:
    """The built-in topics, then each extra folder's: a new name adds a topic, a known name adds
    words to it. Each file goes into the rule set's digest, so a changed topic re-checks cached
    bullets."""
    found: dict[str, list[str]] = {}
    for folder in folders:
        path = Path(folder) / TOPICS_FILE
        if not path.is_file():
            continue
        raw = read_rule_file(path, "topics file")
        hasher.update(raw)
        table = _parsed_toml(path, raw, "topics file").get("topics")
        if not isinstance(table, dict) or not table:
            raise RuleError(f"{path}: field 'topics': must hold at least one [topics.<name>] table")
        for name, entry in table.items():
            where = f"{path}: topic {name}"
            if not isinstance(entry, dict):
                raise RuleError(f"{where}: must be a table with description and words")
            for key in entry:
                if key not in _TOPIC_KEYS:
                    raise RuleError(f"{where}: field '{key}': unknown key{did_you_mean(key, _TOPIC_KEYS)}")
            words = entry.get("words")
            if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip(" *") for w in words):
                raise RuleError(f"{where}: field 'words': must be a list of words")
            if not isinstance(entry.get("description", ""), str):
                raise RuleError(f"{where}: field 'description': must be a string")
            found.setdefault(name, []).extend(w.strip().lower() for w in words)
            if sum(len(listed) for listed in found.values()) > MAX_TOPIC_WORDS:
                raise RuleError(f"{where}: field 'words': more than {MAX_TOPIC_WORDS} topic words in all, which would slow every check")
    # Compiled where bullets are parsed (detect.py), not here: a run answered from the cache needs none.
    return tuple(ScoreTopic(name, tuple(words)) for name, words in found.items())


def topic_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words, any case; a trailing '*' stands for any ending. Longest first, so a phrase
    wins over a word it starts with."""
    parts = {re.escape(word[:-1].rstrip()) + r"[\w-]*" if word.endswith("*") else re.escape(word) for word in words}
    alternatives = "|".join(sorted(parts, key=lambda part: (-len(part), part)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _load_signals(path: Path, lexicons: Path, hasher: "_Hash") -> tuple[tuple[Signal, ...], tuple[str, ...]]:
    raw = read_rule_file(path, "signals file")
    data = _parsed_toml(path, raw, "signals file")
    hasher.update(raw)
    for lexicon in folder_files(lexicons, "*.txt", "lexicons"):
        hasher.update(lexicon.name.encode())
        hasher.update(read_rule_file(lexicon, "lexicon"))
    delivery = read_lexicon(lexicons, data.get("delivery_lexicon", "delivery_terms"))
    table = data.get("signals", {})
    signals = []
    for name in SIGNALS:
        if name not in table:
            raise RuleError(f"{path}: signal {name!r} is not defined")
        entry = table[name]
        for key in entry:
            if key not in SIGNAL_KEYS:
                raise RuleError(f"{path}: signal {name}: unknown key {key!r}{did_you_mean(key, SIGNAL_KEYS)}")
        checks = _signal_checks(path, name, entry)
        firm = read_lexicon(lexicons, entry["firm_lexicon"]) if "firm_lexicon" in entry else ()
        terms = (read_lexicon(lexicons, entry["lexicon"]) if "lexicon" in entry else ()) + firm
        heads = read_lexicon(lexicons, entry["modifier_heads"]) if "modifier_heads" in entry else ()
        signals.append(
            Signal(
                name=name,
                description=entry.get("description", ""),
                terms=terms,
                checks=checks,
                modifier_heads=heads,
                void_terms=read_lexicon(lexicons, entry["void_lexicon"]) if "void_lexicon" in entry else delivery,
                void_under_verbs=read_lexicon(lexicons, entry["void_under_verbs"]) if "void_under_verbs" in entry else (),
                firm_terms=firm,
                patterns=tuple(tuple(pattern) for pattern in entry.get("patterns", [])),
            )
        )
    for name in table:
        if name not in SIGNALS:
            raise RuleError(f"{path}: unknown signal {name!r}{did_you_mean(name, SIGNALS)}")
    return tuple(signals), delivery
