"""How well screen.py tells another language from English (issue 13).

    python benchmarks/language_quality.py

English: every bullet of the real-bullet corpus (benchmarks/corpus/, both parts), all English; the
share read as another language is the cost (an English bullet left unchecked). Other languages:
benchmarks/data/languages.tsv, bullets written for this project in six languages; the share read
as another language, per language, is what the heuristic catches. Fails (exit 1) if more than
1% of English bullets are read as another language or fewer than 90% of the others are caught.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from po2pm_rewrite.derive import read_corpus
from po2pm_rewrite.screen import why_not_a_claim

HERE = Path(__file__).resolve().parent


def main() -> int:
    english = [row["text"] for part in ("train", "test") for row in read_corpus(HERE / "corpus" / f"{part}.tsv")]
    misread = [text for text in english if why_not_a_claim(text) == "another language"]
    print(f"English corpus bullets read as another language: {len(misread)} of {len(english)} ({len(misread) / len(english):.1%})")
    for text in misread[:5]:
        print(f"  {text}")
    caught: dict[str, list[bool]] = defaultdict(list)
    for line in (HERE / "data" / "languages.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, text = line.split("\t", 1)
            caught[language].append(why_not_a_claim(text) == "another language")
    total = sum(len(marks) for marks in caught.values())
    found = sum(sum(marks) for marks in caught.values())
    print(f"other-language bullets read as another language: {found} of {total} ({found / total:.1%})")
    for language, marks in sorted(caught.items()):
        print(f"  {language}: {sum(marks)} of {len(marks)}")
    held = len(misread) <= 0.01 * len(english) and found >= 0.9 * total
    print(f"floor: English read as another language <= 1%, other languages caught >= 90%: {'held' if held else 'NOT held'}")
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
