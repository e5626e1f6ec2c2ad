"""Stage 3: parsed docs -> PM signals and findings. The only stage that touches spaCy tokens.

How a finding comes about:
1. Delivery terms ("user story", "sprint goal", "velocity") are found first; they mark tokens
   that can never count as a PM signal.
2. Each PM signal's terms and patterns are found and checked in context: inside a delivery term,
   a verb whose object is a delivery term ("owned the Jira board"), or a customer word that only
   names a product part ("customer portal") does not count.
3. Each rule's patterns and phrases are matched. A rule stays quiet when the bullet shows any of
   its `quiet_with` signals: the context that turns a backlog mention into product judgement.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, cast

from .checks import CHECKS, Mention
from .errors import RuleError
from .matcher import MAX_VERDICTS, PatternMatcher
from .model import Analysis, Finding, ScoreInputs, SignalHit, TokenRow
from .parse import ParseInput
from .rules import Rule, RuleSet, own_placeholders, topic_pattern
from .scoring import bullet_features
from .slots import SlotLexicons, extract_slots
from .terms import TermHit, TermMatcher, term_key
from .verdicts import judge
from .wordforms import WordForms

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

_DELIVERY = "D"
_TERM_COLUMNS = ("LOWER", "LEMMA", "SPACY")  # what the term matcher reads of each token


def with_inflections(entries: list[tuple[str, str]], forms: WordForms) -> list[tuple[str, str, str]]:
    """(label, term, form) for each term and, for one-word terms, each inflected form
    ("liaise" -> "liaising"), so a typo of any form is one edit from a known form."""
    expanded = []
    for label, term in entries:
        expanded.append((label, term, term))
        if term.isalpha():
            expanded += [(label, term, form) for form in sorted(forms.forms(term))]
    return expanded


def pattern_needs_entities(ruleset: RuleSet) -> bool:
    """Named entities cost a pipe; load it only if some pattern asks for ENT_TYPE."""
    patterns = [p.pattern for rule in ruleset.rules for p in rule.patterns]
    patterns += [p for signal in ruleset.signals for p in signal.patterns]
    return "ENT_TYPE" in repr(patterns)


class Detector:
    """Matchers compiled once per process from a rule set."""

    def __init__(self, nlp: "Language", ruleset: RuleSet, threshold: float | None = None) -> None:
        """threshold: the scoring rule's delivery-only threshold, if the user set one."""
        self.ruleset = ruleset
        self._score_rule = ruleset.score_rule
        self._threshold = threshold
        # Signals are found first; a rule's patterns are then tried only when its signals allow it.
        self._matcher = PatternMatcher(nlp.vocab, validate=True)
        # ID -> text, decoded once (the int overload of StringStore.__getitem__)
        self._string = cast("Callable[[int], str]", lru_cache(maxsize=MAX_VERDICTS)(nlp.vocab.strings.__getitem__))
        self._rule_patterns: list[tuple[str, frozenset[str], frozenset[str]]] = []  # key, quiet_with, requires
        for rule in ruleset.rules:
            for index, token_pattern in enumerate(rule.patterns):
                key = f"R|{rule.code}|{token_pattern.id}"
                self._add(key, list(token_pattern.pattern), rule.source, rule.code, f"patterns[{index}]")
                self._rule_patterns.append((key, frozenset(rule.quiet_with), frozenset(token_pattern.requires)))
        self._live_patterns = lru_cache(maxsize=1024)(self._live)  # few sets of signals occur
        # The signal each pattern key ("S|customer|0") and term label ("S|customer") stands for.
        # Hits take their name from here, so thousands of them share one string per signal.
        self._signal_name: dict[str, str] = {}
        for signal in ruleset.signals:
            for index, pattern in enumerate(signal.patterns):
                key = f"S|{signal.name}|{index}"
                self._signal_name[key] = signal.name
                self._add(key, list(pattern), "signals.toml", signal.name, f"patterns[{index}]")
        self._signal_keys = frozenset(self._signal_name)
        self._signal_name.update({f"S|{signal.name}": signal.name for signal in ruleset.signals})
        entries: list[tuple[str, str]] = [(_DELIVERY, term) for term in ruleset.delivery_terms]
        # A signal with its own list of cancelling words gets its own label for them.
        self._void_label: dict[str, str] = {}
        for signal in ruleset.signals:
            entries += [(f"S|{signal.name}", term) for term in signal.terms]
            if signal.void_terms == ruleset.delivery_terms:
                self._void_label[signal.name] = _DELIVERY
            else:
                self._void_label[signal.name] = f"V|{signal.name}"
                entries += [(f"V|{signal.name}", term) for term in signal.void_terms]
        for rule in ruleset.rules:
            entries += [(f"R|{rule.code}", phrase) for phrase in rule.phrases]
        self.forms = WordForms(nlp)
        self._terms = TermMatcher(with_inflections(entries, self.forms), self.forms.is_word)
        self._signals = {signal.name: signal for signal in ruleset.signals}
        self._firm = {signal.name: set(signal.firm_terms) for signal in ruleset.signals}
        self._void_verbs = {signal.name: frozenset(signal.void_under_verbs) for signal in ruleset.signals}
        self._topics = [(topic.name, topic_pattern(topic.words)) for topic in ruleset.topics]
        customer_terms = next((s.terms for s in ruleset.signals if s.name == "customer"), ())
        self._slot_lexicons = SlotLexicons(
            roles=frozenset(term_key(word) for word in ruleset.roles),
            teams=frozenset(term_key(word) for word in ruleset.teams),
            customers=frozenset(term_key(word) for word in customer_terms),
            process_words=frozenset(term_key(word) for word in ruleset.non_topics),
            forms=self.forms,
        )
        self._heads = {
            signal.name: frozenset(term_key(head) for head in signal.modifier_heads) for signal in ruleset.signals
        }

    def _add(self, key: str, pattern: list[dict[str, Any]], source: str, code: str, field: str) -> None:
        try:
            self._matcher.add(key, [pattern])
        except Exception as error:  # spaCy's MatchPatternError lists every schema problem
            detail = " ".join(str(error).split())
            raise RuleError(f"{source}: rule {code}: field '{field}': invalid spaCy pattern: {detail}") from None

    def analyze(self, item: ParseInput, doc: "Doc", with_slots: bool = True) -> Analysis:
        """Signals, hit details, findings, the verdict and, for rewrites, the slots of one parsed bullet."""
        marked, signal_hits, present, findings, mentions = self._detect(item, doc)
        judged, inputs = None, None
        if self._score_rule is not None:
            features = bullet_features(doc, item, signal_hits, findings, mentions, self._topic_words(item.source))
            assert self._score_rule.weights is not None  # a scoring rule is loaded with its weights
            weighed = self._score_rule.weights.weights
            # only what weighs: a feature without a weight moves no verdict and names no reason
            inputs = ScoreInputs(tuple((name, spans) for name, spans in features.items() if name in weighed), tuple(findings))
            threshold = self._threshold if self._threshold is not None else self._score_rule.threshold
            judged, judged_findings = judge(self._score_rule, inputs, item.source, threshold)
            findings = list(judged_findings)
        ordered = tuple(name for name in self._signals if name in present)
        if not with_slots:
            return Analysis(ordered, tuple(signal_hits), tuple(findings), None, judged, inputs)
        jargon = set(marked.get(_DELIVERY, set()))
        score_code = self._score_rule.code if self._score_rule is not None else None
        for finding in findings:
            # a whole-bullet finding flags no words; one on standby is not what the bullet was flagged
            # for; the score's underline is a stretch from its first reason to its last, with the
            # work between them ("... by revising epics and focusing the agenda": the agenda is no jargon)
            if (finding.start, finding.end) != (0, len(item.source)) and not finding.standby and finding.rule != score_code:
                jargon |= {t.i for t in doc[item.prefix_tokens :] if finding.start <= t.idx - item.prefix_chars < finding.end}
        slots = extract_slots(doc, item, jargon, self._slot_lexicons)
        return Analysis(ordered, tuple(signal_hits), tuple(findings), slots, judged, inputs)

    def features(self, item: ParseInput, doc: "Doc") -> dict[str, tuple[tuple[int, int], ...]]:
        """What the scoring rule reads of a bullet: the same at derive time and at run time."""
        _, signal_hits, _, findings, mentions = self._detect(item, doc)
        return bullet_features(doc, item, signal_hits, findings, mentions, self._topic_words(item.source))

    def _detect(
        self, item: ParseInput, doc: "Doc"
    ) -> tuple[dict[str, set[int]], list[SignalHit], frozenset[str], list[Finding], list[tuple[str, int, int]]]:
        """Delivery terms, claim-carrying signals, the hand-written rules' findings, and every
        mention of a signal or delivery term (claim or not) as (name, start, end) offsets."""
        skip = item.prefix_tokens
        # One table read for the term and pattern matchers: reading attributes token by token
        # would make a Token object for each read.
        columns = self._matcher.read_columns(doc, _TERM_COLUMNS)
        lowers = [self._string(value) for value in columns["LOWER"]]
        lemmas = [self._string(value) for value in columns["LEMMA"]]
        term_hits = self._terms.match(lowers, lemmas, skip, columns["SPACY"])
        marked: dict[str, set[int]] = {}
        for hit in term_hits:
            if hit.label == _DELIVERY or hit.label.startswith("V|"):
                marked.setdefault(hit.label, set()).update(range(hit.start, hit.end))

        signal_matches = [match for match in self._matcher(doc, self._signal_keys, columns) if match[1] >= skip]
        signal_hits = self._signal_hits(doc, item, term_hits, signal_matches, marked)
        present = frozenset(hit.signal for hit in signal_hits)
        # a pattern's `requires` asks for the signal's words in the bullet, counted or not: PO106's
        # "velocity up 30%" needs the figure that measures-delivery cancelled as a result
        mentioned = present | frozenset(
            self._signal_name[key] for key in (*(key for key, _, _ in signal_matches), *(hit.label for hit in term_hits))
            if key in self._signal_name
        )
        live = self._live_patterns(present, mentioned)
        rule_matches = [match for match in self._matcher(doc, live, columns) if match[1] >= skip] if live else []
        findings = self._findings(doc, item, term_hits, rule_matches, present)
        mentions: list[tuple[str, int, int]] = []
        for hit in term_hits:
            name = "delivery" if hit.label == _DELIVERY else self._signal_name.get(hit.label)
            if name is not None:
                mentions.append((name, *_offsets(doc, item, hit.start, hit.end)))
        return marked, signal_hits, present, findings, mentions

    def _live(self, present: frozenset[str], mentioned: frozenset[str]) -> frozenset[str]:
        """A quieted rule (a signal present as a claim), or a pattern whose required signals are
        not even mentioned, can find nothing."""
        return frozenset(key for key, quiet, requires in self._rule_patterns if not quiet & present and requires <= mentioned)

    # -- the scoring rule ----------------------------------------------------------------------
    def _topic_words(self, text: str) -> list[tuple[str, int, int]]:
        """Each word of a topic (rules/topics.toml) in the bullet, as (topic, start, end)."""
        return [(name, *match.span()) for name, pattern in self._topics for match in pattern.finditer(text)]

    # -- signals ---------------------------------------------------------------------------
    def _signal_hits(
        self,
        doc: "Doc",
        item: ParseInput,
        term_hits: list[TermHit],
        matches: list[tuple[str, int, int]],
        marked: dict[str, set[int]],
    ) -> list[SignalHit]:
        name_of = self._signal_name
        spans: list[tuple[str, int, int, bool]] = [
            (name_of[hit.label], hit.start, hit.end, hit.term in self._firm[name_of[hit.label]])
            for hit in term_hits
            if hit.label in name_of
        ]
        spans += [(name_of[key], start, end, False) for key, start, end in matches if key in name_of]
        kept = []
        for name, start, end, firm in dict.fromkeys(spans):  # two patterns on the same words count once
            if self._counts(doc, name, start, end, marked, firm):
                kept.append(_signal_hit(doc, item, name, start, end))
        return kept

    def _counts(self, doc: "Doc", name: str, start: int, end: int, marked: dict[str, set[int]], firm: bool) -> bool:
        """Does this mention carry the claim? Words inside a delivery term never do; otherwise
        each of the signal's named checks (checks.py) may say it does not."""
        delivery_tokens = marked.get(_DELIVERY, set())
        if any(i in delivery_tokens for i in range(start, end)):
            return False
        signal = self._signals[name]
        mention = Mention(
            head=_span_head(doc, start, end),
            delivery=frozenset(delivery_tokens),
            cancelling=frozenset(marked.get(self._void_label[name], set())),
            firm=firm,
            heads=self._heads[name],
            verbs=self._void_verbs[name],
        )
        return not any(CHECKS[check].voids(mention) for check in signal.checks)

    # -- findings --------------------------------------------------------------------------
    def _findings(
        self, doc: "Doc", item: ParseInput, term_hits: list[TermHit], matches: list[tuple[str, int, int]], present: frozenset[str]
    ) -> list[Finding]:
        candidates: dict[str, list[tuple[int, int, str]]] = {}
        for hit in term_hits:
            if hit.label.startswith("R|"):
                candidates.setdefault(hit.label[2:], []).append((hit.start, hit.end, f"phrase: {hit.term}"))
        for key, start, end in matches:
            if key.startswith("R|"):  # only patterns whose required signals are present were tried
                _, code, pattern_id = key.split("|", 2)
                candidates.setdefault(code, []).append((start, end, f"pattern: {pattern_id}"))

        spans: list[tuple[int, int, str, Rule]] = []
        for rule in self.ruleset.rules:
            if rule.scope == "span" and not present.intersection(rule.quiet_with):
                spans += [(start, end, source, rule) for start, end, source in candidates.get(rule.code, [])]
        findings = [_finding(rule, doc, item, start, end, source) for start, end, source, rule in self._one_per_stretch(spans)]
        for rule in self.ruleset.rules:
            if rule.scope == "placeholder":
                findings += _placeholder_findings(rule, item.source, self.ruleset.placeholders)
        for rule in self.ruleset.rules:
            if rule.scope == "bullet" and not present.intersection(rule.when_missing):
                if not (rule.when_alone and findings):
                    findings.append(self._whole_bullet_finding(rule, item, doc))
        return sorted(findings, key=lambda f: (f.start, f.rule))

    def _one_per_stretch(self, spans: list[tuple[int, int, str, Rule]]) -> list[tuple[int, int, str, Rule]]:
        """One finding per stretch of words: the longest match wins; on a tie, a rule that
        supersedes another (PO106 over PO102 on "velocity") wins, then the lower code."""
        superseded = {code for rule in self.ruleset.rules for code in rule.supersedes}

        def rank(span: tuple[int, int, str, Rule]) -> tuple[int, bool, str, int]:
            start, end, _, rule = span
            return (-(end - start), rule.code in superseded, rule.code, start)

        kept: list[tuple[int, int, str, Rule]] = []
        for span in sorted(spans, key=rank):
            if all(span[0] >= other[1] or span[1] <= other[0] for other in kept):
                kept.append(span)
        return kept

    def _whole_bullet_finding(self, rule: Rule, item: ParseInput, doc: "Doc") -> Finding:
        length = len(item.text) - item.prefix_chars
        return Finding(
            rule.code, rule.name, rule.severity, rule.message.format(match=""), 0, length, "bullet: no PM signal", rule.angle
        )


def _placeholder_findings(rule: Rule, text: str, words: frozenset[str]) -> list[Finding]:
    """Brackets holding one of po2pm's own placeholders, and only those."""
    return [
        Finding(rule.code, rule.name, rule.severity, rule.message.format(match=m.group()), m.start(), m.end(), "placeholder", rule.angle)
        for m in own_placeholders(text, words)
    ]


def token_rows(doc: "Doc", item: ParseInput) -> tuple[TokenRow, ...]:
    """The parse of the bullet's own words (the subject prefix left out)."""
    return tuple(
        TokenRow(t.text, t.pos_, t.tag_, t.dep_, t.head.text, t.lemma_) for t in doc[item.prefix_tokens :]
    )


def _span_head(doc: "Doc", start: int, end: int) -> "Token":
    """The token of the span that attaches it to the rest of the sentence."""
    if end - start == 1:
        return doc[start]  # most signal words are one token
    for token in doc[start:end]:
        if not (start <= token.head.i < end) or token.head.i == token.i:
            return token
    return doc[end - 1]


def _offsets(doc: "Doc", item: ParseInput, start: int, end: int) -> tuple[int, int]:
    first, last = doc[start], doc[end - 1]
    return first.idx - item.prefix_chars, last.idx + len(last.text) - item.prefix_chars


def _signal_hit(doc: "Doc", item: ParseInput, name: str, start: int, end: int) -> SignalHit:
    begin, finish = _offsets(doc, item, start, end)
    return SignalHit(name, begin, finish, item.text[item.prefix_chars + begin : item.prefix_chars + finish])


def _finding(rule: Rule, doc: "Doc", item: ParseInput, start: int, end: int, source: str) -> Finding:
    begin, finish = _offsets(doc, item, start, end)
    matched = item.text[item.prefix_chars + begin : item.prefix_chars + finish]
    return Finding(rule.code, rule.name, rule.severity, rule.message.format(match=matched), begin, finish, source, rule.angle)
