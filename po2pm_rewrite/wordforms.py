"""English word forms read from the loaded spaCy model's own lemmatizer tables.

The English pipelines' rule lemmatizer carries a word index per part of speech (lemma_index),
irregular forms (lemma_exc: "led" -> "lead") and suffix rules (lemma_rules: "ing" -> "e").
They answer what the parse stage needs (can this word be a verb? what is its lemma? is it a real
word?) and, read backwards, give a term's inflected forms, without loading a second dictionary
(loading lemminflect's costs about 0.75 s on every cold run). A model without these tables gives
empty answers: nothing breaks, the subject prefix and typo tolerance just do less.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, cast

from .word_lists import SortedWords

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer

PARTS_OF_SPEECH = ("verb", "noun", "adj", "adv")
_NO_WORDS = SortedWords(())


class WordForms:
    def __init__(self, nlp: "Language") -> None:
        self.index: dict[str, SortedWords] = {}
        self.exceptions: dict[str, dict[str, list[str]]] = {}  # the model's own table, not copied
        self.rules: dict[str, tuple[tuple[str, str], ...]] = {}
        self._irregular: dict[str, set[str]] = {}  # lemma -> its irregular forms ("lead" -> "led")
        # Function words ("the", "for", "with") are in no part-of-speech index, yet they are words:
        # a run of tokens holding one is no more likely to be a typo than any other.
        self.function_words: frozenset[str] = frozenset(getattr(nlp.Defaults, "stop_words", ()))
        lookups = cast("Lemmatizer", nlp.get_pipe("lemmatizer")).lookups if "lemmatizer" in nlp.pipe_names else None
        if lookups is None or not all(lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")):
            return
        index, exceptions, rules = (lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
        for pos in PARTS_OF_SPEECH:
            self.index[pos] = SortedWords(index.get(pos, ()))
            self.exceptions[pos] = exceptions.get(pos, {})
            self.rules[pos] = tuple((old, new) for old, new in rules.get(pos, ()))
            if pos in ("verb", "noun"):
                for form, lemmas in self.exceptions[pos].items():
                    for lemma in lemmas:
                        self._irregular.setdefault(lemma, set()).add(form)
        # Cached per instance, in place of the methods below (which serve a model without tables).
        self.lemmas = lru_cache(maxsize=65536)(self._lemmas)  # type: ignore[method-assign]
        self.is_word = lru_cache(maxsize=65536)(self._is_word)  # type: ignore[method-assign]

    def lemmas(self, word: str, pos: str) -> tuple[str, ...]:  # replaced per instance by a cached copy
        return self._lemmas(word, pos)

    def is_word(self, word: str) -> bool:  # replaced per instance by a cached copy
        return self._is_word(word)

    def _lemmas(self, word: str, pos: str) -> tuple[str, ...]:
        """The lemmas `word` has as this part of speech; empty if it is not one."""
        word = word.lower()
        if word in self.exceptions.get(pos, {}):
            return tuple(self.exceptions[pos][word])
        index = self.index.get(pos, _NO_WORDS)
        if word in index:
            return (word,)
        found = []
        for old, new in self.rules.get(pos, ()):
            if word.endswith(old) and len(word) > len(old):
                candidate = word[: len(word) - len(old)] + new
                if candidate in index and candidate not in found:
                    found.append(candidate)
        return tuple(found)

    def _is_word(self, word: str) -> bool:
        """A known English form (so a near miss of a term is another word, not a typo)."""
        if not word.isalpha() or word.lower() in self.function_words:
            return True
        return any(self.lemmas(word, pos) for pos in PARTS_OF_SPEECH)

    def forms(self, lemma: str) -> set[str]:
        """Inflected forms of a verb or noun lemma: the suffix rules run backwards, plus the
        irregular forms that point at it. Only forms that lemmatize back to `lemma` are kept."""
        lemma = lemma.lower()
        found: set[str] = set()
        for pos in ("verb", "noun"):
            for old, new in self.rules.get(pos, ()):
                if lemma.endswith(new):
                    form = lemma[: len(lemma) - len(new)] + old if new else lemma + old
                    if lemma in self.lemmas(form, pos):
                        found.add(form)
        found.update(self._irregular.get(lemma, ()))
        found.discard(lemma)
        return found
