"""Write po2pm_rewrite/data/verb_forms.txt and verb_nouns.txt from lemminflect's lookup table.

Run from the repository root:  python scripts/make_word_forms.py

The reading stage asks of a line's first word whether it can be a verb ("Cut cloud costs ..." is
a claim, "Acme Ltd - Leeds" is not) and whether it can only be one. lemminflect answers that,
but importing it and loading its tables costs about a second and 100 MB, more than reading a
resume does, and a run answered from the cache reads its files again each time. Two sorted
word lists hold the same answers for every word in lemminflect's table: the words that can be
verbs, and those of them that can be nouns too.
"""

from __future__ import annotations

import gzip
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "po2pm_rewrite" / "data"


def main() -> None:
    table = files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    kinds: dict[str, set[str]] = {}
    with gzip.open(str(table), "rt", encoding="utf-8") as rows:
        for row in rows:
            word, kind = row.split(",", 2)[:2]
            if word.isalpha() and word.islower():
                kinds.setdefault(word, set()).add(kind)
    verbs = sorted(word for word, found in kinds.items() if "verb" in found)
    also_nouns = sorted(word for word in verbs if "noun" in kinds[word])
    OUT.mkdir(exist_ok=True)
    (OUT / "verb_forms.txt").write_text("\n".join(verbs) + "\n", encoding="utf-8")
    (OUT / "verb_nouns.txt").write_text("\n".join(also_nouns) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verb forms, {len(also_nouns)} of them nouns too")


if __name__ == "__main__":
    main()
