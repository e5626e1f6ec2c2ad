"""The scoring rule PO108: derived weights, the verdict, its threshold, and `po2pm rules derive`."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from po2pm_rewrite.derive import DeriveSettings, corpus_rows, derive, read_corpus, read_features
from po2pm_rewrite.engine import Linter, shipped_pairs_path
from po2pm_rewrite.errors import RuleError
from po2pm_rewrite.extract import bullet_from_text
from po2pm_rewrite.rules import load_ruleset
from po2pm_rewrite.scoring import describe_reason, load_weights

from .conftest import ROOT
from .test_installed_command import run as run_installed

TINY_CORPUS = """text\tlabel\trole
Groomed the backlog with the developers every sprint\tdelivery\tpo
Ran the stand-ups and sprint reviews for two squads\tdelivery\tpo
Wrote user stories and acceptance criteria for the app\tdelivery\tpo
Coordinated the release calendar with QA and operations\tdelivery\tsm
Maintained the backlog and release notes\tdelivery\tpo
Interviewed 12 store owners and found late payouts drove churn\tpm\tpm
Raised trial conversion from 6% to 9% by cutting the sign-up form\tpm\tpm
Dropped the offline mode after usage data showed little demand\tpm\tpm
Priced the new tier from a survey of 300 customers, adding revenue\tpm\tpm
Found through interviews that brokers needed faster quotes\tpm\tpm
Built the payment service in Go\tother\teng
"""


@pytest.fixture(scope="module")
def unscored():
    return Linter(load_ruleset(with_score=False))


def test_derive_gives_the_same_file_every_time_and_it_loads(tmp_path, unscored):
    corpus = tmp_path / "tiny.tsv"
    corpus.write_text(TINY_CORPUS, encoding="utf-8")
    first = derive(unscored, None, [corpus], DeriveSettings(l2=1.0, min_count=2))
    second = derive(unscored, None, [corpus], DeriveSettings(l2=1.0, min_count=2))
    assert first == second
    assert "#   tiny.tsv: 11 bullets, sha256 " in first
    path = tmp_path / "weights.toml"
    path.write_text(first, encoding="utf-8")
    weights = load_weights(path)
    # learned from the labels: delivery words weigh towards delivery-only, outcomes away from it
    assert weights.weights["word:backlog"] > 0
    assert weights.weights["shape:number"] < 0
    names = [line.split(" = ")[0] for line in first.splitlines() if line.startswith('"')]
    assert names == sorted(names)


def test_other_rows_count_at_their_weight_and_bad_labels_are_errors(tmp_path):
    corpus = tmp_path / "c.tsv"
    corpus.write_text(TINY_CORPUS, encoding="utf-8")
    weights = {row.text: row.weight for row in corpus_rows(corpus, DeriveSettings(other_weight=0.5, pm_weight=3.0))}
    labels = {row["text"]: row["label"] for row in read_corpus(corpus)}
    assert {labels[text]: weight for text, weight in weights.items()} == {"delivery": 1.0, "pm": 3.0, "other": 0.5}
    assert len(corpus_rows(corpus, DeriveSettings(other_weight=0.0))) == 10
    corpus.write_text("text\tlabel\nGroomed the backlog\tdelivry\n", encoding="utf-8")
    from po2pm_rewrite.errors import InputError

    with pytest.raises(InputError, match="label must be delivery, pm or other, not 'delivry'"):
        corpus_rows(corpus, DeriveSettings())


@pytest.mark.slow
def test_the_shipped_weights_are_what_derive_makes_of_the_shipped_inputs(unscored):
    """rules/weights/delivery-score.toml is derived, never edited: deriving again from the pairs
    and the corpus train part with the settings in its header gives the same file."""
    shipped = (ROOT / "rules" / "weights" / "delivery-score.toml").read_text(encoding="utf-8")
    settings_line = next(line for line in shipped.splitlines() if line.startswith("# settings:"))
    values = dict(part.strip().split(" = ") for part in settings_line.removeprefix("# settings:").split(","))
    settings = DeriveSettings(
        l2=float(values["l2"]), min_count=int(values["min_count"]), other_weight=float(values["other_weight"]), pm_weight=float(values["pm_weight"])
    )
    again = derive(unscored, shipped_pairs_path(), [ROOT / "benchmarks" / "corpus" / "train.tsv"], settings)
    assert again == shipped


def test_verdict_and_score_finding(linter):
    flagged = linter.analyze(bullet_from_text("Point of contact between the offshore developers and the business"))[0]
    assert flagged.verdict is not None and flagged.verdict.kind == "delivery-only"
    clean = linter.analyze(bullet_from_text("Raised repeat purchases 9% by dropping the loyalty app's sign-up wall"))[0]
    assert clean.verdict.kind == "pm" and not clean.findings
    assert clean.verdict.score < clean.verdict.threshold


def test_a_pm_verdict_silences_the_rules_it_weighs_unless_it_does_not_overrule(ruleset):
    text = "Prioritized the backlog by churn risk after 15 customer interviews, cutting two epics"
    overruling = Linter(ruleset).analyze(bullet_from_text(text))[0]
    assert overruling.verdict.kind != "delivery-only"
    assert not [f for f in overruling.findings if f.rule.startswith("PO10")]
    # the same bullet judged with an impossible threshold: every rule that fired is shown
    strict = Linter(ruleset, threshold=0.01).analyze(bullet_from_text(text))[0]
    assert strict.verdict.kind == "delivery-only" and strict.findings


@pytest.mark.slow
def test_threshold_from_the_config_and_the_flag(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text("## Experience\n\n- Point of contact between the offshore developers and the business\n", encoding="utf-8")
    (tmp_path / ".po2pm.toml").write_text("score-threshold = 0.99\n", encoding="utf-8")
    data = json.loads(run_installed("check", "--no-cache", "-f", "json", str(resume)).stdout)
    verdict = data["files"][0]["bullets"][0]["verdict"]
    assert verdict["threshold"] == 0.99
    flag = json.loads(run_installed("check", "--no-cache", "-f", "json", "--threshold", "0.2", str(resume)).stdout)
    assert flag["files"][0]["bullets"][0]["verdict"]["threshold"] == 0.2
    (tmp_path / ".po2pm.toml").write_text("score-threshold = 2\n", encoding="utf-8")
    broken = run_installed("check", "--no-cache", str(resume))
    assert broken.returncode == 2 and "'score-threshold' must be a number between 0 and 1" in broken.stderr


@pytest.mark.slow
def test_rules_derive_through_the_installed_command(tmp_path):
    corpus = tmp_path / "tiny.tsv"
    corpus.write_text(TINY_CORPUS, encoding="utf-8")
    out = tmp_path / "w.toml"
    result = run_installed("rules", "derive", "--no-pairs", "--corpus", str(corpus), "--l2", "1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert load_weights(out).weights
    missing = run_installed("rules", "derive", "--corpus", str(tmp_path / "nope.tsv"))
    assert missing.returncode == 2 and missing.stderr.startswith("po2pm: error: ") and "nope.tsv" in missing.stderr
    listing = run_installed("rules")
    assert listing.returncode == 0 and "PO108" in listing.stdout


def test_scoring_rule_left_out_gives_no_verdict(ruleset):
    without = replace(ruleset, rules=tuple(rule for rule in ruleset.rules if rule.scope != "score"))
    report = Linter(without).analyze(bullet_from_text("Ran the stand-ups"))[0]
    assert report.verdict is None


def test_the_weights_file_reads_the_same_by_its_own_layout_and_as_toml(tmp_path):
    """The derived layout is read line by line for speed; any other layout as TOML. Both must
    give the same weights, and a hand edit must not be misread or silently dropped."""
    import tomllib

    from po2pm_rewrite.scoring import _read_derived_layout

    shipped = ROOT / "rules" / "weights" / "delivery-score.toml"
    text = shipped.read_text(encoding="utf-8")
    assert _read_derived_layout(text) == tomllib.loads(text)  # the shipped file takes the fast path
    weights = load_weights(shipped)
    # a hand-edited file (an inline comment, other spacing) is read as TOML, to the same values
    edited = tmp_path / "edited.toml"
    first = next(line for line in text.splitlines() if line.startswith('"'))
    name, value = first.split(" = ")
    assert first in text
    edited.write_text(text.replace(first, f"{name}   =   {value}  # kept"), encoding="utf-8")
    assert _read_derived_layout(edited.read_text(encoding="utf-8")) is None
    assert load_weights(edited).weights == weights.weights
    # a repeated key is an error, as TOML says, not a silent overwrite
    repeated = tmp_path / "repeated.toml"
    repeated.write_text(text + '"lead:a" = 9.0\n', encoding="utf-8")
    with pytest.raises(RuleError, match="cannot read weights file"):
        load_weights(repeated)


def test_a_number_that_only_counts_the_work_is_weighed_as_its_size_not_as_a_figure(unscored):
    team, result, both = read_features(
        unscored,
        [
            "Led a team of 8 engineers on the claims portal",
            "Cut claim handling time 30% on the claims portal",
            "Led a team of 8 engineers and cut claim handling time 30%",
        ],
    )
    assert "shape:work-count" in team and "shape:number" not in team
    assert "shape:number" in result and "shape:work-count" not in result
    # one number is a result: the bullet has a figure, and every number stands under shape:number
    assert "shape:number" in both and "shape:work-count" not in both


def test_leading_the_execution_of_work_is_no_leadership_claim(unscored):
    execution, direction = read_features(
        unscored, ["Led work execution for the billing squad", "Led the pricing direction for the billing product"]
    )
    assert "signal:leadership" not in execution and "void:leadership" in execution
    assert "signal:leadership" in direction


# -- topics (rules/topics.toml) ----------------------------------------------------------------------
def test_a_topic_word_anywhere_gives_its_feature_by_whole_word_and_stem(unscored):
    backlog, priced, stem, partial = read_features(
        unscored,
        [
            "Kept the Jira backlog tidy for the team",
            "Priced three tiers after a survey of 300 buyers",
            "Prioritised fixes with the support lead",
            "Joined the sprinters club and the retroactive audit",
        ],
    )
    assert "topic:backlog-and-specs" in backlog and "topic:business" not in backlog
    assert {"topic:business", "topic:discovery"} <= priced
    assert "topic:decision" in stem and "topic:coordination" not in stem
    # "sprinters" is not "sprint", but "retro*" stands for any ending
    assert "topic:backlog-and-specs" in partial
    assert [f for f in read_features(unscored, ["Joined the sprinters club"])[0] if f.startswith("topic:")] == []


def test_a_rules_folder_adds_topics_and_words_to_known_ones(tmp_path):
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "topics.toml").write_text(
        '[topics.legal]\ndescription = "Law"\nwords = ["gdpr", "consent*"]\n\n[topics.decision]\nwords = ["weighed"]\n',
        encoding="utf-8",
    )
    ruleset = load_ruleset([folder], with_score=False)
    assert ruleset.digest != load_ruleset(with_score=False).digest  # a changed topic re-checks cached bullets
    legal, weighed = read_features(Linter(ruleset), ["Mapped GDPR consents for the app", "Weighed two vendors"])
    assert "topic:legal" in legal
    assert "topic:decision" in weighed


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[topics.legal]\nwords = "gdpr"\n', "topic legal: field 'words': must be a list of words"),
        ('[topics.legal]\nword = ["gdpr"]\n', "topic legal: field 'word': unknown key (did you mean 'words'?)"),
        ("topics = 3\n", "field 'topics': must hold at least one [topics.<name>] table"),
        ('[topics.legal]\nwords = ["*"]\n', "topic legal: field 'words': must be a list of words"),
        # third round of attacks (6.17): 600,000 words took 40 s on a resume
        ("[topics.legal]\nwords = [" + ", ".join(f'"w{i}"' for i in range(6000)) + "]\n", "more than 5000 topic words in all"),
    ],
)
def test_a_broken_topics_file_is_a_one_line_error(tmp_path, body, message):
    (tmp_path / "topics.toml").write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_ruleset([tmp_path])
    assert message in str(error.value) and "\n" not in str(error.value)


def test_a_topic_reason_says_what_the_bullet_talks_about():
    assert describe_reason("topic:delivery-speed", "faster") == "'faster' (talks about delivery speed)"
    assert describe_reason("void:outcome", "freeing") == "'freeing' (not an outcome claim here)"
    assert describe_reason("void:customer", "users") == "'users' (not a customer claim here)"


# -- a bullet read beside the rest of its file (verdicts.py) ---------------------------------------
DELIVERY_LINES = ["Ran daily stand-ups for the team", "Groomed the backlog every week", "Wrote user stories with acceptance criteria", "Coordinated releases with QA and DevOps"]
PM_LINES = [
    "Cut checkout drop-off 12% by removing the forced sign-up step",
    "Interviewed 20 store managers and killed the kiosk feature",
    "Grew weekly active users from 4k to 11k by reworking onboarding",
    "Chose to delay the Android app to fix retention on iOS first",
]


def _in_file(linter, lines):
    from po2pm_rewrite.model import Source

    return linter.check([Source("<text>", "\n".join(lines), literal=True)]).files[0].bullets


def test_a_bullet_among_delivery_bullets_reads_as_delivery_and_says_why(linter):
    launch = "Led the launch of the broker portal"
    alone = linter.analyze(bullet_from_text(launch))[0].verdict
    assert alone.kind == "unclear" and alone.context == 0
    among = _in_file(linter, [*DELIVERY_LINES, launch])[-1]
    assert among.verdict.kind == "delivery-only" and among.verdict.context > 0
    assert "file:delivery" in [name for name, _, _ in among.verdict.reasons]
    assert [f.rule for f in among.findings] == ["PO108"]
    assert "the bullets checked beside it read as delivery work" in among.findings[0].message


def test_a_bullet_among_pm_bullets_is_not_called_delivery_work(linter):
    roadmap = "Responsible for the delivery of the product from idea to launch"
    assert linter.analyze(bullet_from_text(roadmap))[0].verdict.kind == "delivery-only"
    among = _in_file(linter, [*PM_LINES, roadmap])[-1]
    assert among.verdict.kind != "delivery-only" and among.verdict.context < 0
    assert not among.findings


def test_a_file_of_few_bullets_and_a_rule_without_context_judge_each_bullet_alone(ruleset):
    launch = "Led the launch of the broker portal"
    few = _in_file(Linter(ruleset), [*DELIVERY_LINES[:2], launch])[-1]  # two others: fewer than context_min_bullets
    assert few.verdict.context == 0 and few.verdict.kind == "unclear"
    deaf = replace(ruleset, rules=tuple(replace(r, context_weight=0.0) if r.scope == "score" else r for r in ruleset.rules))
    assert _in_file(Linter(deaf), [*DELIVERY_LINES, launch])[-1].verdict.context == 0


def test_the_verdicts_in_context_are_the_same_from_the_cache(tmp_path, ruleset):
    lines = [*DELIVERY_LINES, "Led the launch of the broker portal"]
    first = _in_file(Linter(ruleset, cache_dir=tmp_path), lines)
    again = _in_file(Linter(ruleset, cache_dir=tmp_path), lines)
    assert Linter(ruleset, cache_dir=tmp_path).cache().get_many("analysis", lines[-1:])  # the second run read the cache
    assert [(b.verdict, b.findings) for b in again] == [(b.verdict, b.findings) for b in first]


@pytest.mark.parametrize(
    "line, message",
    [
        ("context_weight = 2", "field 'context_weight': must be a number from 0 to 1"),
        ("context_centre = true", "field 'context_centre': must be a number from -10 to 10"),
        ("context_min_bullets = 0", "field 'context_min_bullets': must be a whole number of 1 or more"),
    ],
)
def test_a_bad_context_setting_is_a_one_line_error(tmp_path, line, message):
    shipped = ROOT / "rules" / "PO108-reads-as-delivery.toml"
    folder = tmp_path / "rules"
    (folder / "weights").mkdir(parents=True)
    (folder / "weights" / "delivery-score.toml").write_bytes((ROOT / "rules" / "weights" / "delivery-score.toml").read_bytes())
    key = line.split(" = ")[0]
    text = re.sub(rf"(?m)^{key} = .*$", line, shipped.read_text(encoding="utf-8").replace('code = "PO108"', 'code = "XX108"'))
    (folder / "XX108.toml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_ruleset([folder])
    assert message in str(caught.value)


@pytest.mark.slow
def test_the_installed_command_reports_what_the_file_added(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text("## Experience\n\n" + "".join(f"- {line}\n" for line in [*DELIVERY_LINES, "Led the launch of the broker portal"]), encoding="utf-8")
    data = json.loads(run_installed("check", "--no-cache", "-f", "json", str(resume)).stdout)
    verdict = data["files"][0]["bullets"][-1]["verdict"]
    assert verdict["kind"] == "delivery-only" and verdict["context"] > 0
    assert {"feature": "file:delivery", "weight": verdict["context"], "words": ""} in verdict["reasons"]
