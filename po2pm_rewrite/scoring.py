"""The scoring rule: weights derived from labelled bullets, applied to one parsed bullet.

A bullet is described by features read from its parse (the claim verb, verb-object pairs, words,
shape) and by what the hand-written rules and claim-aware signals already found in it. Each
feature present adds its weight; the sum, through the logistic function, is the probability that
a PM hiring manager reads the bullet as delivery administration. The weights live in a data file
(rules/weights/*.toml) written by `po2pm rules derive`, so they can be read, diffed and
re-derived; nothing here needs a training library.

Feature names (the same at derive time and at run time, which is why they are made only here):
  lead:<lemma>     the first word of the claim ("managed" -> lead:manage)
  word:<lemma>     a word of the bullet (lemma, lower case; numbers and names left out)
  pair:<verb>+<x>  a verb and its object, or a verb and its preposition ("work+with")
  signal:<name>    a PM signal that carries a claim (see rules/signals.toml)
  mention:<name>   a word of a signal's lexicon, or a delivery term, whether or not it carries
                   the claim ("customer portal" mentions customers; the weights learn the difference)
  void:<name>      a mention that a named check cancelled ("improved velocity" voids the outcome)
  topic:<name>     a word of a topic (rules/topics.toml) anywhere in the bullet: what it talks
                   about, claim or not, weighed as one class so a rare word gets its topic's weight
  rule:<code>      a hand-written rule that flagged words of the bullet
  shape:<name>     how the bullet is written: number, percent, money, no-verb, gerund,
                   first-person, sentences, duration (a number of days, weeks, sprints...);
                   work-count in place of number where every number counts the work (a team of
                   8 engineers, an 18-month delivery), so a size is not weighed as a result, and
                   work-percent in place of percent there (time-to-market cut by 20%)
"""

from __future__ import annotations

import hashlib
import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping

from .errors import RuleError
from .model import Finding, SignalHit, Verdict
from .rulefiles import read_rule_file

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .parse import ParseInput

DELIVERY_ONLY, PM, UNCLEAR = "delivery-only", "pm", "unclear"
_CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV", "AUX"}
_OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "dative"}
_FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
_MONEY = set("$€£¥")
_TIME_UNITS = {"hour", "day", "week", "month", "quarter", "year", "sprint", "iteration", "release", "cycle", "hr", "wk", "mo"}
# Features that weigh but explain nothing to a reader ("'for' weighed most").
_UNSHOWN = frozenset({"word:for", "word:with", "word:by", "word:be", "word:have", "word:do"})

Spans = tuple[tuple[int, int], ...]
# The reason a file's other bullets give, when they pushed a verdict its way (verdicts.py).
FILE_DELIVERY, FILE_PM = "file:delivery", "file:pm"


@dataclass(frozen=True)
class Weights:
    """A derived weights file: the bias, one weight per feature, and where it came from."""

    bias: float
    weights: Mapping[str, float]
    source: str
    digest: str = ""  # sha256 of the file, for the rule set's digest (which keys the cache)


_NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?"
_BIAS_LINE = re.compile(rf"bias = ({_NUMBER})")
_WEIGHT_LINE = re.compile(rf'"([^"\\]+)" = ({_NUMBER})')


def _read_derived_layout(text: str) -> dict[str, object] | None:
    """The weights file in the exact layout `po2pm rules derive` writes (comments, `bias = x`,
    `[weights]`, one `"kind:name" = x` a line), read line by line: 1 ms where a TOML parser
    takes 30 ms, which a run answered from the cache would otherwise spend on this file alone.
    Any other layout (a hand edit, an escaped quote, a repeated key) gives None and is read as
    TOML, so both readings agree wherever this one answers."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if len(lines) < 2 or lines[1] != "[weights]" or not (bias := _BIAS_LINE.fullmatch(lines[0])):
        return None
    table: dict[str, float] = {}
    for line in lines[2:]:
        entry = _WEIGHT_LINE.fullmatch(line)
        if entry is None or entry.group(1) in table:
            return None
        table[entry.group(1)] = float(entry.group(2))
    return {"bias": float(bias.group(1)), "weights": table}


def load_weights(path: Path) -> Weights:
    if not path.exists():
        raise RuleError(f"{path}: weights file not found (derive it with `po2pm rules derive`)")
    try:
        raw = read_rule_file(path, "weights file")
        text = raw.decode("utf-8")
        data = _read_derived_layout(text) or tomllib.loads(text)
    except (OSError, ValueError) as error:  # ValueError: undecodable, invalid TOML, a number of 5,000 digits
        raise RuleError(f"{path}: cannot read weights file: {error}") from None
    bias, table = data.get("bias"), data.get("weights")
    if not isinstance(bias, (int, float)) or isinstance(bias, bool):
        raise RuleError(f"{path}: field 'bias': must be a number")
    if not isinstance(table, dict) or not table:
        raise RuleError(f"{path}: field 'weights': must be a non-empty table of feature = number")
    weights: dict[str, float] = {}
    for name, value in table.items():
        if ":" not in name or not isinstance(value, (int, float)) or isinstance(value, bool):
            raise RuleError(f"{path}: field 'weights.{name}': must be kind:name = number")
        weights[name] = float(value)
    return Weights(float(bias), weights, str(path), hashlib.sha256(raw).hexdigest())


# -- features ------------------------------------------------------------------------------------
def bullet_features(
    doc: "Doc",
    item: "ParseInput",
    hits: Iterable[SignalHit],
    findings: Iterable[Finding],
    mentions: Iterable[tuple[str, int, int]] = (),
    topics: Iterable[tuple[str, int, int]] = (),
) -> dict[str, Spans]:
    """Feature name -> the character spans (in the bullet text) of the words it stands for."""
    found: dict[str, list[tuple[int, int]]] = {}

    def add(name: str, span: tuple[int, int] | None = None) -> None:
        spans = found.setdefault(name, [])
        if span is not None and span not in spans:
            spans.append(span)

    tokens = list(doc[item.prefix_tokens :])
    offset = item.prefix_chars

    def span_of(token: "Token") -> tuple[int, int]:
        return token.idx - offset, token.idx - offset + len(token.text)

    words = [t for t in tokens if t.is_alpha]
    if words:
        add(f"lead:{_lemma(words[0])}", span_of(words[0]))
    has_verb = False
    for token in tokens:
        if token.is_alpha and token.pos_ != "PROPN" and (token.pos_ in _CONTENT_POS or token.lower_ in {"with", "for", "by"}):
            add(f"word:{_lemma(token)}", span_of(token))
        if token.pos_ == "VERB":
            has_verb = True
            for child in token.children:
                if child.dep_ in _OBJECT_DEPS and child.is_alpha and child.pos_ != "PROPN":
                    add(f"pair:{_lemma(token)}+{_lemma(child)}", span_of(token))
                elif child.dep_ == "prep" and child.lower_ in {"with", "across", "between", "for", "from", "to"}:
                    add(f"pair:{_lemma(token)}+{child.lower_}", span_of(token))
        if token.like_num or any(ch.isdigit() for ch in token.text):
            add("shape:number", span_of(token))
        if token.text == "%" or token.text.endswith("%") or token.lower_ in {"percent", "pct"}:
            add("shape:percent", span_of(token))
        if token.text[:1] in _MONEY:
            add("shape:money", span_of(token))
        if token.like_num and token.i + 1 < len(doc) and _lemma(doc[token.i + 1]) in _TIME_UNITS:
            add("shape:duration", (span_of(token)[0], span_of(doc[token.i + 1])[1]))
        if token.lower_ in _FIRST_PERSON and token.i >= item.prefix_tokens:
            add("shape:first-person", span_of(token))
    if words and not has_verb:
        add("shape:no-verb")
    if words and words[0].lower_.endswith("ing") and item.prefix_tokens:
        add("shape:gerund", span_of(words[0]))
    if sum(1 for sentence in doc.sents) > 1:
        add("shape:sentences")
    hits = list(hits)
    for hit in hits:
        add(f"signal:{hit.signal}", (hit.start, hit.end))
    if "shape:number" in found and not any(hit.signal == "metric" for hit in hits):
        # the metric signal's checks cancelled every number: each counts the work, none is a result
        found["shape:work-count"] = found.pop("shape:number")
        if "shape:percent" in found:  # "reduced time-to-market by 20%": a delivery measure's share
            found["shape:work-percent"] = found.pop("shape:percent")
    claimed = [(hit.signal, hit.start, hit.end) for hit in hits]
    for name, start, end in mentions:
        add(f"mention:{name}", (start, end))
        if name != "delivery" and not any(n == name and s < end and start < e for n, s, e in claimed):
            add(f"void:{name}", (start, end))
    for name, start, end in topics:
        add(f"topic:{name}", (start, end))
    for finding in findings:
        if finding.severity.rank >= 2:
            add(f"rule:{finding.rule}", (finding.start, finding.end))
    return {name: tuple(spans) for name, spans in found.items()}


def _lemma(token: "Token") -> str:
    return (token.lemma_ or token.text).lower()


# -- scores ----------------------------------------------------------------------------------------
def probability(weights: Weights, features: Iterable[str], context: float = 0.0) -> float:
    total = weights.bias + sum(weights.weights.get(name, 0.0) for name in features) + context
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, total))))


def log_odds(score: float) -> float:
    """The sum behind a probability: what a context adds to."""
    clipped = min(max(score, 1e-6), 1 - 1e-6)
    return math.log(clipped / (1 - clipped))


def verdict(
    weights: Weights,
    features: Mapping[str, Spans],
    text: str,
    threshold: float,
    unclear_below: float,
    reasons: int = 3,
    context: float = 0.0,
) -> Verdict:
    """The verdict on one bullet, with the features that pushed it most towards it. `context` is
    what the rest of the bullet's file adds to its sum (0 when it is judged alone); where it
    pushed the same way, it is a reason like any feature."""
    score = probability(weights, features, context)
    kind = DELIVERY_ONLY if score >= threshold else (UNCLEAR if score >= unclear_below else PM)
    sign = 1.0 if kind == DELIVERY_ONLY else -1.0
    weighed = [(name, weights.weights[name]) for name in features if sign * weights.weights.get(name, 0.0) > 0 and name not in _UNSHOWN]
    if sign * context > 0:
        weighed.append((FILE_DELIVERY if context > 0 else FILE_PM, context))
    weighed.sort(key=lambda pair: (-sign * pair[1], pair[0]))
    top: list[tuple[str, float, str]] = []
    shown: set[str] = set()
    for name, weight in weighed:
        words = _words(text, features.get(name, ()))
        if words and words in shown:
            continue  # "backlog" as a word and as a delivery term: one reason, not two
        shown.add(words)
        top.append((name, round(weight, 4), words))
        if len(top) == reasons:
            break
    return Verdict(kind, round(score, 4), threshold, tuple(top), round(context, 4))


def _words(text: str, spans: Spans) -> str:
    return " ... ".join(text[start:end] for start, end in spans[:2])


def describe_reason(name: str, words: str) -> str:
    """A feature as a reader would say it: "'backlog' (a delivery term)", "a noun phrase with no verb"."""
    kind, _, value = name.partition(":")
    shown = f"'{words}'" if words else ""
    if kind == "lead":
        return f"{shown} (opening word)"
    if kind == "pair":
        verb, _, what = value.partition("+")
        return f"{shown} (the act: {verb} {what})"
    if kind == "rule":
        return f"{shown} ({value})" if shown else value
    if kind == "signal":
        return f"{shown} ({value})"
    if kind == "void":
        article = "an" if value[:1] in "aeiou" else "a"
        return f"{shown} (not {article} {value} claim here)"
    if kind == "mention":
        return f"{shown} ({'a delivery term' if value == 'delivery' else f'mentions {value}'})"
    if kind == "topic":
        return f"{shown} (talks about {value.replace('-', ' ')})"
    if kind == "file":
        return f"the bullets checked beside it read as {'delivery work' if value == 'delivery' else 'PM work'}"
    if kind == "shape":
        return {
            "no-verb": "a noun phrase with no verb",
            "gerund": f"{shown} (an -ing opening)",
            "sentences": "more than one sentence",
            "first-person": f"{shown} (first person)",
        }.get(value, f"{shown} ({value})")
    return shown or value
