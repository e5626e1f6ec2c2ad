"""Quality of rewrite suggestions on real delivery bullets (the corpus, both parts).

    python benchmarks/rewrite_quality.py [--show N] [--sample-out FILE]

Over every bullet labelled delivery in benchmarks/corpus/ that po2pm flags, reports:
- flagged bullets with a suggestion or with cut-or-merge advice (target 100%);
- suggestions that keep every named fact of the original (numbers, names, acronyms, checked
  here independently of po2pm's own guard, by plain text matching) or say why in a note
  (target 100%);
- suggestions that state, outside the brackets, an activity verb the original lacks (target 0);
- suggestions with template debris: braces, empty or doubled brackets, double spaces (target 0);
- filled with the example answers, suggestions that po2pm still flags (target 0);
and, over the sample resumes in examples/resumes/, the largest number of times one sentence
shape (the added clause, brackets emptied) leads the suggestions of one file (target <= 2).
--sample-out writes 30 bullets (--sample-size) with their top suggestion, chosen by a fixed seed, for the
rubric judged by hand (see RESULTS.md); --advice-out 15 bullets that got advice instead.
Each person's bullets are rewritten as one file, as in their resume.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

from lemminflect import getAllLemmas

from po2pm_rewrite.derive import read_corpus
from po2pm_rewrite.engine import Linter, Source
from po2pm_rewrite.extract import bullet_from_text
from po2pm_rewrite.inputs import read_path
from po2pm_rewrite.rewrite import has_debris
from po2pm_rewrite.rules import load_ruleset
from po2pm_rewrite.templates import PLACEHOLDER

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
RESUMES = HERE.parent / "examples" / "resumes"
# Verbs of doing that a suggestion must not claim unless the original does (kept apart from the
# guard's own list on purpose: this is the benchmark's reading).
ACTIVITIES = {
    "interview", "survey", "research", "test", "experiment", "analyse", "analyze", "prototype", "validate",
    "pitch", "present", "negotiate", "launch", "lead", "decide", "rank", "prioritize", "prioritise",
    "defer", "drop", "kill", "measure", "track", "define", "own", "run", "study", "observe", "discover",
    "price", "sell", "persuade", "convince", "propose", "recommend", "ship", "build", "design",
}
FACT = re.compile(r"\$?\d[\d,.]*(?:%|\+|[kKmMbB]\b|x\b)?|\b[A-Z][A-Za-z0-9&.-]*[A-Z0-9][A-Za-z0-9&.-]*\b|(?<=\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)*")


def delivery_bullets() -> dict[str, list[str]]:
    """The delivery bullets of each person (owner), as their resume would hold them: a shape
    may lead twice per file, so each person's bullets are rewritten as one file."""
    by_owner: dict[str, list[str]] = {}
    seen: set[str] = set()
    for part in ("train", "test"):
        for row in read_corpus(CORPUS / f"{part}.tsv"):
            text = row["text"]
            if row["label"] == "delivery" and text not in seen and bullet_from_text(text):
                seen.add(text)
                by_owner.setdefault(row["owner"], []).append(text)
    return by_owner


def lemmas_of(text: str) -> set[str]:
    found = set()
    for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text.lower()):
        found.add(word)
        for group in getAllLemmas(word).values():
            found.update(group)
    return found


def facts_of(text: str) -> set[str]:
    """Numbers, acronyms and capitalised names after the first word, as written."""
    return {match.group().strip(".,") for match in FACT.finditer(text) if match.group().strip(".,")}


def keeps_facts(original: str, suggestion) -> bool:
    outside = PLACEHOLDER.sub(" ", suggestion.text)
    noted = " ".join(suggestion.notes)
    return all(fact in outside or fact in noted for fact in facts_of(original))


def new_activities(original: str, suggestion: str) -> set[str]:
    before = lemmas_of(original)
    added = set()
    for word in re.findall(r"[A-Za-z][A-Za-z'-]*", PLACEHOLDER.sub(" ", suggestion)):
        lemmas = lemmas_of(word)
        if lemmas & ACTIVITIES and not lemmas & before:
            added.add(word)
    return added


def skeleton(original: str, suggestion: str) -> str:
    """The added clause with its brackets emptied: the sentence shape of the suggestion."""
    core = original.strip().rstrip(".;").strip()
    tail = suggestion[len(core):] if suggestion.startswith(core) else suggestion
    return PLACEHOLDER.sub("[]", tail).strip()


def max_shape_repeats(linter: Linter) -> tuple[int, str]:
    worst, where = 0, ""
    for path in sorted(RESUMES.iterdir()):
        if not path.is_file():
            continue
        source = read_path(path)  # as `po2pm rewrite FILE` reads it, Word and PDF included
        if source.error is not None:
            continue
        report = linter.rewrite([source])
        shapes = Counter(skeleton(b.bullet.text, b.suggestions[0].text) for b in report.files[0].bullets if b.suggestions)
        if shapes and max(shapes.values()) > worst:
            worst, where = max(shapes.values()), path.name
    return worst, where


def _draw(bullets: list, size: int, seed: int) -> list:
    """`size` of the bullets in a fixed random order; all of them when size is 0 (or more than there are)."""
    if size <= 0 or size >= len(bullets):
        size = len(bullets)
    return random.Random(seed).sample(bullets, size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N bullets with their top suggestion")
    parser.add_argument("--sample-out", type=Path, help="write 30 bullets with their top suggestion (TSV) for hand judging")
    parser.add_argument("--advice-out", type=Path, help="write 15 bullets that got advice instead of a rewrite (TSV) for hand judging")
    parser.add_argument("--seed", type=int, default=30, help="which bullets --sample-out and --advice-out draw (a judged sample is not judged again)")
    parser.add_argument("--sample-size", type=int, default=30, help="how many bullets --sample-out writes (0: every bullet with a suggestion)")
    parser.add_argument("--advice-size", type=int, default=15, help="how many bullets --advice-out writes (0: every bullet with advice)")
    args = parser.parse_args()
    linter = Linter(load_ruleset())
    by_owner = delivery_bullets()
    texts = [text for owned in by_owner.values() for text in owned]
    report = linter.rewrite([Source(f"<{owner}>", "\n".join(owned), literal=True) for owner, owned in by_owner.items()])
    bullets = [b for file in report.files for b in file.bullets if b.findings]
    helped = sum(1 for b in bullets if b.suggestions or b.advice)
    shown = [(b, s) for b in bullets for s in b.suggestions]
    facts_kept = sum(1 for b, s in shown if keeps_facts(b.bullet.text, s))
    asserted = [(b.bullet.text, s.text, new_activities(b.bullet.text, s.text)) for b, s in shown]
    asserting = [row for row in asserted if row[2]]
    debris = sum(1 for _, s in shown if has_debris(s.text))
    examples = linter.rewriter().templates.examples
    filled = [PLACEHOLDER.sub(lambda m: examples.get(m.group(1).strip(), m.group(1)), s.text) for _, s in shown]
    rechecked = linter.analyze([bullet_from_text(text)[0] for text in filled])
    still_flagged = sum(1 for r in rechecked if any(f.severity.rank >= 2 for f in r.findings))
    repeats, repeat_file = max_shape_repeats(linter)

    share = facts_kept / len(shown) if shown else 1.0
    print(f"delivery bullets in the corpus: {len(texts)}, flagged: {len(bullets)}, suggestions shown: {len(shown)}")
    print(f"with a suggestion or advice:         {helped / len(bullets):.1%}  (target 100%)")
    print(f"  of which cut-or-merge advice:      {sum(1 for b in bullets if b.advice)}")
    print(f"suggestions keeping every fact:      {share:.1%}  (target 100%)")
    print(f"suggestions stating a new activity:  {len(asserting)}  (target 0)")
    print(f"suggestions with debris:             {debris}  (target 0)")
    print(f"filled with examples, still flagged: {still_flagged}  (target 0)")
    print(f"most repeated shape in one sample resume: {repeats} ({repeat_file})  (target <= 2)")
    for _original, text, words in asserting[:5]:
        print(f"  new activity {sorted(words)}: {text}")
    for b in bullets[: args.show]:
        top = b.suggestions[0].text if b.suggestions else f"(advice) {b.advice}"
        print(f"\n- {b.bullet.text}\n  + {top}")
    if args.sample_out:
        chosen = _draw([b for b in bullets if b.suggestions], args.sample_size, args.seed)
        lines = ["original\tsuggestion\tquestions\tnotes"]
        lines += [
            f"{b.bullet.text}\t{b.suggestions[0].text}\t{' | '.join(b.suggestions[0].questions)}\t{' | '.join(b.suggestions[0].notes)}"
            for b in chosen
        ]
        args.sample_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.advice_out:
        chosen = _draw([b for b in bullets if b.advice], args.advice_size, args.seed)
        lines = ["original\tadvice"] + [f"{b.bullet.text}\t{b.advice}" for b in chosen]
        args.advice_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ok = helped == len(bullets) and share == 1.0 and not asserting and debris == 0 and still_flagged == 0 and repeats <= 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
