"""Speed and memory of po2pm against named baselines, measured as whole processes in one run.

    python benchmarks/performance.py [--runs 5] [--bullets 10000] [--only 1,2,3,4]

1. one bullet, cold (--no-cache)  vs  python -c "import spacy; spacy.load(M)(bullet)"   target <= 1.15x
2. re-check an unchanged 40-bullet resume, cache warm  vs  proselint check on it      target <= 1.0x
3. 10,000 bullets in a folder of 40-bullet resumes (--no-cache)  vs  bare nlp.pipe over
   the same bullets, same pipes                                                         target >= 0.80x throughput;
   and --jobs 2 faster than --jobs 1
4. peak memory of (3)  vs  the bare nlp.pipe run                                       target <= 1.2x

Benchmark 3 also shows, for reference, bare nlp.pipe with the parse po2pm runs: po2pm applies the
model's attribute rules with its own table (po2pm_rewrite/attributes.py), with the same result as
spaCy's AttributeRuler in a sixth of the time, so that line separates what the table saves from
what po2pm's own work costs.

Each figure is the median of --runs runs (half as many, at least 3, for the 10,000-bullet runs);
the commands compared take turns, so a slow spell of the machine falls on all of them alike.
proselint comes with the `bench` extra (pip install ".[bench]"). Peak memory is each child's own
maximum resident set (os.wait4).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BULLET = "Managed backlog and coordinated sprint planning"


def run_process(command: list[str], stdin_path: Path | None = None) -> tuple[float, int, int]:
    """(seconds, peak RSS in KB, exit code) of one whole process."""
    stdin = stdin_path.open("rb") if stdin_path else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if stdin_path:
        stdin.close()
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def medians_of(commands: list[list[str]], runs: int) -> list[tuple[float, int]]:
    """(median seconds, median peak KB) of each command. The commands take turns, run after run,
    so a slow spell of the machine falls on all of them alike rather than on one."""
    times: list[list[float]] = [[] for _ in commands]
    memory: list[list[int]] = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            seconds, peak, _ = run_process(command)
            times[index].append(seconds)
            memory[index].append(peak)
    return [(statistics.median(t), int(statistics.median(m))) for t, m in zip(times, memory)]


def po2pm(*args: str) -> list[str]:
    return [sys.executable, "-m", "po2pm_rewrite", *args]


def model_name() -> str:
    from po2pm_rewrite.models import resolve_model

    return resolve_model(None)


def bullets(count: int) -> list[str]:
    """Distinct, realistic bullets: the labelled ones, varied in team, size and cadence."""
    base = []
    for path in [ROOT / "examples" / "pairs.tsv", *sorted((HERE / "data").glob("*.tsv"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                base += [part for part in line.split("\t")[1:] if len(part.split()) > 3]
    teams = ["the claims team", "two squads", "the payments tribe", "a lean team", "the mobile guild", "our B2B unit"]
    tails = ["", " every quarter", " across 3 markets", " in 2023", " for enterprise clients", " with the data team"]
    rng = random.Random(7)
    result = []
    while len(result) < count:
        text = rng.choice(base)
        result.append(f"{text} for {rng.choice(teams)}{rng.choice(tails)} (#{len(result)})")
    return result


def report(name: str, ours: float, baseline: float, target: str, ok: bool, unit: str = "s") -> None:
    print(f"{name:<58} {ours:>8.2f}{unit} vs {baseline:>8.2f}{unit}  ratio {ours / baseline:5.2f}x  target {target}: {'met' if ok else 'NOT met'}")


def bench_cold_bullet(runs: int, model: str) -> None:
    bare = [sys.executable, "-c", f"import spacy; spacy.load({model!r})({BULLET!r})"]
    ours = po2pm("check", "--no-cache", "--text", BULLET)
    (bare_time, _), (our_time, _) = medians_of([bare, ours], runs)
    report("1. one bullet, cold, vs bare spacy.load + parse", our_time, bare_time, "<= 1.15x", our_time / bare_time <= 1.15)


def bench_warm_resume(runs: int, folder: Path) -> None:
    proselint = shutil.which("proselint") or str(Path(sys.executable).parent / "proselint")
    if not Path(proselint).exists():
        print("2. skipped: proselint is not installed (pip install '.[bench]')")
        return
    resume = folder / "resume-40.md"
    resume.write_text("# Resume\n\n## Experience\n\n" + "".join(f"- {b}\n" for b in bullets(40)), encoding="utf-8")
    cache = folder / "cache"
    run_process(po2pm("check", "--cache-dir", str(cache), str(resume)))  # warm the cache
    (our_time, _), (base_time, _) = medians_of([po2pm("check", "--cache-dir", str(cache), str(resume)), [proselint, "check", str(resume)]], runs)
    report("2. 40-bullet resume, cache warm, vs proselint check", our_time, base_time, "<= 1.0x", our_time / base_time <= 1.0)


def bench_throughput(runs: int, count: int, folder: Path, model: str) -> None:
    texts = bullets(count)
    listing = folder / "bullets.txt"
    listing.write_text("\n".join(texts) + "\n", encoding="utf-8")
    # A coach's folder: 40-bullet resumes, all checked in one run (one nlp.pipe stream).
    resumes = folder / "resumes"
    resumes.mkdir()
    for start in range(0, count, 40):
        chunk = texts[start : start + 40]
        (resumes / f"resume-{start // 40:04d}.md").write_text("".join(f"- {t}\n" for t in chunk), encoding="utf-8")
    # The same pipes po2pm loads: no named entities.
    bare = _bare_pipe(model, listing, "")
    # For reference, not a target: the parse po2pm itself runs (the model's attribute rules applied
    # by po2pm's attribute table), so that what po2pm's own analysis costs is visible on its own.
    bare_with_table = _bare_pipe(model, listing, "from po2pm_rewrite.attributes import use_attribute_table\nuse_attribute_table(nlp)\n")
    ours = po2pm("check", "--no-cache", "-f", "concise", str(resumes))
    ours_two_jobs = po2pm("check", "--no-cache", "--jobs", "2", "-f", "concise", str(resumes))
    measured = medians_of([bare, bare_with_table, ours, ours_two_jobs], runs)
    (base_time, base_memory), (table_time, _), (one_time, one_memory), (two_time, _) = measured
    base_rate, table_rate, one_rate, two_rate = (count / seconds for seconds in (base_time, table_time, one_time, two_time))
    print(f"3. {count} bullets: bare nlp.pipe {base_rate:,.0f}/s; po2pm --jobs 1 {one_rate:,.0f}/s; --jobs 2 {two_rate:,.0f}/s")
    report(f"3. {count} bullets, throughput (bullets/s) vs bare nlp.pipe", one_rate, base_rate, ">= 0.80x", one_rate / base_rate >= 0.80, unit="/s")
    print(f"   reference: bare nlp.pipe with po2pm's attribute table {table_rate:,.0f}/s ({table_rate / base_rate:.2f}x bare); "
          f"po2pm's extraction, analysis and output keep {one_rate / table_rate:.2f}x of that")
    report("3. --jobs 2 vs --jobs 1 (seconds)", two_time, one_time, "< 1.0x", two_time < one_time)
    report("4. peak memory of (3) vs bare nlp.pipe (MB)", one_memory / 1024, base_memory / 1024, "<= 1.2x", one_memory / base_memory <= 1.2, unit="MB")


def _bare_pipe(model: str, listing: Path, setup: str) -> list[str]:
    return [
        sys.executable, "-c",
        "import sys, spacy\n"
        f"nlp = spacy.load({model!r}, exclude=['ner'])\n"
        f"{setup}"
        f"texts = open({str(listing)!r}, encoding='utf-8').read().splitlines()\n"
        "for doc in nlp.pipe(texts, batch_size=256):\n    pass\n",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bullets", type=int, default=10_000)
    parser.add_argument("--only", default="1,2,3", help="which benchmarks: 1, 2, 3 (3 also reports 4)")
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    model = model_name()
    print(f"model {model}; median of {args.runs} runs; {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "1" in chosen:
            bench_cold_bullet(args.runs, model)
        if "2" in chosen:
            bench_warm_resume(args.runs, folder)
        if "3" in chosen:
            bench_throughput(max(3, args.runs // 2), args.bullets, folder, model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
