"""Merge the gathered bullets (raw/*.tsv) and split them by person into train.tsv and test.tsv.

    python benchmarks/corpus/split.py          # write train.tsv and test.tsv
    python benchmarks/corpus/split.py --check  # exit 1 if they are not what this script writes

Every bullet was labelled twice, blind: by the reader who gathered it (raw/*.tsv) and by a second
reader who saw only the text and the role (second.tsv). Where the two agree, that is the label;
where they disagree the bullet is genuinely ambiguous and is labelled `other` (RUBRIC.md, "Two
readers"). Both readings stay in the output (`first`, `second`).

Every person (the `owner` column) lands wholly on one side, chosen by a digest of the owner key,
so the split does not depend on the order rows were gathered in and one person's wording never
helps to score their own bullets. Exact repeats of a text are kept once (the first seen).
Rows are checked for the columns, the labels and the roles, and for e-mail addresses and phone
numbers, which must never be in the corpus.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ("text", "label", "role", "source", "owner")  # raw/*.tsv, as gathered
OUTPUT_COLUMNS = ("text", "label", "first", "second", "role", "source", "owner")
LABELS = {"delivery", "pm", "other"}
ROLES = {"po", "pm", "sm", "eng", "other"}
TEST_SHARE = 35  # per cent of owners, by digest
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE_LIKE = re.compile(r"\+?\(?\d[\d ().-]{8,}\d")
YEAR_RANGE = re.compile(r"(19|20)\d\d\s*[-–]\s*(19|20)\d\d")


def has_phone_number(text: str) -> bool:
    """Ten or more digits in one run of digits, spaces, dots, dashes and brackets, not a year range."""
    return any(
        sum(ch.isdigit() for ch in match.group()) >= 10 and not YEAR_RANGE.search(match.group())
        for match in PHONE_LIKE.finditer(text)
    )
HEADER = "\t".join(COLUMNS)


def read_second() -> dict[str, str]:
    lines = [line for line in (HERE / "second.tsv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    second = {}
    for record in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if record["second"] not in LABELS:
            raise SystemExit(f"second.tsv: bad label {record['second']!r} for {record['text'][:60]!r}")
        second[record["text"]] = record["second"]
    return second


def is_test_owner(owner: str) -> bool:
    return int(hashlib.sha256(owner.encode("utf-8")).hexdigest()[:8], 16) % 100 < TEST_SHARE


def read_raw() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    problems = []
    for path in sorted((HERE / "raw").glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines or lines[0].split("\t") != list(COLUMNS):
            problems.append(f"{path.name}: header must be {HEADER!r}")
            continue
        for number, line in enumerate(lines[1:], 2):
            if not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) != len(COLUMNS):
                problems.append(f"{path.name}:{number}: {len(cells)} columns, expected {len(COLUMNS)}")
                continue
            row = dict(zip(COLUMNS, (cell.strip() for cell in cells)))
            if row["label"] not in LABELS or row["role"] not in ROLES or not row["owner"] or not row["source"]:
                problems.append(f"{path.name}:{number}: bad label, role, owner or source")
            if EMAIL.search(row["text"]) or has_phone_number(row["text"]):
                problems.append(f"{path.name}:{number}: holds an e-mail address or a phone number")
            key = " ".join(row["text"].lower().split())
            if key in seen:
                continue
            seen.add(key)
            row["first"] = row["label"]
            rows.append(row)
    second = read_second()
    for row in rows:
        if row["text"] not in second:
            problems.append(f"no second label for {row['text'][:60]!r}")
            continue
        row["second"] = second[row["text"]]
        row["label"] = row["first"] if row["first"] == row["second"] else "other"
    if problems:
        raise SystemExit("\n".join(problems))
    return rows


def render(rows: list[dict[str, str]], part: str) -> str:
    lines = [
        f"# Corpus {part} part: real bullets from public resumes, split by person (see split.py, RUBRIC.md).",
        "\t".join(OUTPUT_COLUMNS),
    ]
    lines += ["\t".join(row[column] for column in OUTPUT_COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    rows = read_raw()
    parts = {
        "train": [row for row in rows if not is_test_owner(row["owner"])],
        "test": [row for row in rows if is_test_owner(row["owner"])],
    }
    status = 0
    for part, chosen in parts.items():
        path = HERE / f"{part}.tsv"
        text = render(chosen, part)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path.name} is out of date: run benchmarks/corpus/split.py", file=sys.stderr)
                status = 1
        else:
            path.write_text(text, encoding="utf-8")
        labels = {label: sum(1 for row in chosen if row["label"] == label) for label in sorted(LABELS)}
        owners = len({row["owner"] for row in chosen})
        print(f"{part}: {len(chosen)} bullets from {owners} people; {labels}")
    return status


if __name__ == "__main__":
    sys.exit(main())
