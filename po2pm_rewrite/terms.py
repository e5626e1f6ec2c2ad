"""Spelling-tolerant term matching over spaCy tokens.

Resume writers spell the same term many ways: "stand-up", "standup", "stand up"; "back-log";
"co-ordinated"; "groomming". A term and a run of tokens are compared by a key made of their
letters and digits only, once on the surface words and once on the lemmas (so "user stories"
meets "user story"). Where no key is equal, a close key (one edit for 7+ letters, two for 12+)
is accepted; the first two letters must agree, which keeps the comparison cheap and avoids
pairs like "market"/"marked". A key that only adds or drops an ending ("booking"/"bookings") is
not a typo but another word form, and word forms are the lemmatizer's job. Nor is a run of known
English words ("priorities" is one transposition from "prioritise"): only a run holding an
unknown word is compared loosely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
MAX_EXTRA_TOKENS = 3  # hyphens and slashes split one written word into several tokens


@lru_cache(maxsize=131072)
def term_key(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


@dataclass(frozen=True)
class TermHit:
    label: str  # who asked for the term: a signal name or a rule code
    term: str
    start: int  # token indices, end exclusive
    end: int


_INFLECTIONS = ("s", "es", "d", "ed", "ing", "er", "ers")


def _differs_by_ending(a: str, b: str) -> bool:
    """"booking"/"bookings": the same word in another form, which is not a typo."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short):] in _INFLECTIONS


class TermMatcher:
    def __init__(self, entries: Iterable[tuple[str, str, str]], is_word: Callable[[str], bool] = lambda word: True) -> None:
        """entries: (label, term, form): `form` is matched, `term` is reported. is_word tells a
        real English word form (never a typo) from an unknown one."""
        self._is_word = is_word
        self._by_key: dict[str, list[tuple[str, str]]] = {}
        self._words: dict[str, int] = {}  # written words in a key's form, for loose comparison
        max_words = 1
        for label, term, form in entries:
            key = term_key(form)
            if key and (label, term) not in self._by_key.get(key, []):
                self._by_key.setdefault(key, []).append((label, term))
                self._words[key] = len(form.split())
                max_words = max(max_words, len(form.split()))
        self._max_tokens = max_words + MAX_EXTRA_TOKENS
        # Every leading part of every key: a run of tokens that is not one can stop growing.
        self._prefixes = {key[:end] for key in self._by_key for end in range(1, len(key) + 1)}
        self._by_prefix: dict[str, list[str]] = {}
        for key in self._by_key:
            if len(key) >= 7:
                self._by_prefix.setdefault(key[:2], []).append(key)
        # The longest key a misspelt run starting with these two letters could be close to: a run
        # longer than that by more than two edits is no typo of any term.
        self._longest_close = {start: max(map(len, keys)) + 2 for start, keys in self._by_prefix.items()}
        self._close_key = lru_cache(maxsize=65536)(self._find_close_key)

    def _find_close_key(self, key: str, words: int) -> str | None:
        if len(key) < 7:
            return None
        allowed = 2 if len(key) >= 12 else 1
        best, best_distance = None, allowed + 1
        for candidate in self._by_prefix.get(key[:2], ()):
            if self._words[candidate] != words:
                continue  # "coordinated with QA" is not a misspelling of "coordinated with"
            if abs(len(candidate) - len(key)) > allowed or _differs_by_ending(key, candidate):
                continue
            # Imported here: a run answered from the cache never needs it (20 ms of start-up).
            from rapidfuzz.distance import OSA

            distance = OSA.distance(key, candidate, score_cutoff=allowed)
            if distance < best_distance:
                best, best_distance = candidate, distance
        return best

    def match(
        self, lowers: Sequence[str], lemmas: Sequence[str], skip: int = 0, spaced: Sequence[int] = ()
    ) -> list[TermHit]:
        """All terms found in the token run; tokens before `skip` (a parse prefix) are ignored.
        spaced[i] says whether token i is followed by white space ("co-ordinated" is one word)."""
        hits: list[TermHit] = []
        count = len(lowers)
        low_keys = [term_key(word) for word in lowers]
        unknown = [not self._is_word(word) for word in lowers]
        lemma_keys = [term_key(word) for word in lemmas]
        prefixes = self._prefixes
        for start in range(skip, count):
            if not low_keys[start]:
                continue  # a term never starts on punctuation
            if low_keys[start] not in prefixes and lemma_keys[start] not in prefixes and not unknown[start]:
                continue  # no term starts with this word, and it is no typo of one
            low, lem, has_unknown, words = "", "", False, 1
            for end in range(start + 1, min(count, start + self._max_tokens) + 1):
                if end - 1 > start and spaced and spaced[end - 2]:
                    words += 1
                low += low_keys[end - 1]
                lem += lemma_keys[end - 1]
                has_unknown = has_unknown or unknown[end - 1]
                if end > start + 1 and not low_keys[end - 1]:
                    continue  # nor ends on it
                found = self._by_key.get(lem) or self._by_key.get(low)
                if found is None and has_unknown:
                    close = self._close_key(low, words)
                    found = self._by_key.get(close) if close else None
                for label, term in found or ():
                    hits.append(TermHit(label, term, start, end))
                if low not in prefixes and lem not in prefixes:
                    if not has_unknown or len(low) > self._longest_close.get(low[:2], 0):
                        break  # no term starts like this, nor a misspelling of one
        return hits
