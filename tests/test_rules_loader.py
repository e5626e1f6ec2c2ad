"""The rule files and their loader: schema, unique codes, exact errors for broken fragments."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from po2pm_rewrite.detect import Detector
from po2pm_rewrite.errors import RuleError
from po2pm_rewrite.rules import builtin_rules_dir, load_ruleset

GOOD_RULE = '''
code = "XX901"
name = "custom.demo"
severity = "warning"
message = "Demo ('{match}')."
rationale = "Why it matters."
phrases = ["synergy"]

[examples]
flag = ["Drove [synergy] across the teams"]
pass = ["Interviewed 20 customers about invoices"]
'''


def write_rule(folder: Path, text: str, name: str = "XX901.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(folder: Path) -> str:
    with pytest.raises(RuleError) as caught:
        load_ruleset([folder])
    return str(caught.value)


def test_builtin_rules_load_with_unique_codes_and_dotted_names():
    ruleset = load_ruleset()
    assert len(set(ruleset.codes)) == len(ruleset.codes) >= 7
    assert all(re.match(r"^PO\d{3}$", code) for code in ruleset.codes)
    assert len(ruleset.digest) == 16


def test_builtin_rules_are_data_only():
    assert not list(builtin_rules_dir().rglob("*.py"))


def test_lexicons_are_sorted_one_term_per_line():
    for path in (builtin_rules_dir() / "lexicons").glob("*.txt"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines == sorted(set(lines)), f"{path.name} is not sorted and unique"


def test_a_user_rule_folder_adds_a_rule(tmp_path):
    write_rule(tmp_path, GOOD_RULE)
    assert "XX901" in load_ruleset([tmp_path]).codes


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (GOOD_RULE.replace('severity = "warning"', 'severity = "loud"'), "rule XX901: field 'severity': must be error, warning or info, not 'loud'"),
        (GOOD_RULE.replace("phrases =", "phrasse ="), "rule XX901: field 'phrasse': unknown key (did you mean 'phrases'?)"),
        (GOOD_RULE.replace('code = "XX901"', 'code = "bad"'), "rule bad: field 'code': must look like PO101"),
        (GOOD_RULE.replace('flag = ["Drove [synergy] across the teams"]', "flag = []"), "rule XX901: field 'examples': needs at least one 'flag' and one 'pass' example"),
        (GOOD_RULE.replace("{match}", "{bullet}"), "rule XX901: field 'message': only {match} may be used"),
        # a fresh attack round (F1): "{match:d}" failed on every finding, "{match:>50000000}" printed 50 MB
        (GOOD_RULE.replace("{match}", "{match:d}"), "rule XX901: field 'message': {match} takes no format spec or conversion"),
        (GOOD_RULE.replace("{match}", "{match:>50000000}"), "rule XX901: field 'message': {match} takes no format spec or conversion"),
        (GOOD_RULE.replace("{match}", "{match!r}"), "rule XX901: field 'message': {match} takes no format spec or conversion"),
        (GOOD_RULE.replace("[examples]", 'quiet_with = ["custmer"]\n\n[examples]'), "field 'quiet_with': unknown signal 'custmer' (did you mean 'customer'?)"),
        (GOOD_RULE.replace('rationale = "Why it matters."\n', ""), "rule XX901: field 'rationale': missing"),
        ("code = \"XX901\"\nname = [unclosed\n", "invalid TOML"),
        (GOOD_RULE.replace('code = "XX901"', 'code = "PO101"'), "rule PO101: code already defined in"),
        (GOOD_RULE.replace("Drove [synergy] across", "Drove synergy across"), "field 'examples.flag': mark the words the rule flags with [brackets]"),
        (GOOD_RULE.replace("Drove [synergy] across", "Drove [synergy across"), "field 'examples.flag': unbalanced brackets"),
    ],
)
def test_broken_rule_fragments_name_file_code_and_field(tmp_path, fragment, expected):
    path = write_rule(tmp_path, fragment)
    message = load_error(tmp_path)
    assert message.startswith(str(path))
    assert expected in message


def test_an_invalid_spacy_pattern_is_reported_with_its_field(tmp_path, linter):
    """What only spaCy's schema knows (IN takes a list) is reported when the matcher is built."""
    bad = GOOD_RULE.replace('phrases = ["synergy"]', 'phrases = ["synergy"]\n\n[[patterns]]\nid = "bad"\npattern = [{LEMMA = {IN = "x"}}]\n')
    path = write_rule(tmp_path, bad)
    ruleset = load_ruleset([tmp_path])
    nlp, _ = linter.pipeline()
    with pytest.raises(RuleError) as caught:
        Detector(nlp, ruleset)
    assert str(caught.value).startswith(f"{path}: rule XX901: field 'patterns[0]': invalid spaCy pattern")


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ('["synergy"]', "'synergy' is not a token table: write each token as a table, such as {LOWER = \"synergy\"}"),
        ('[{LEMA = "x"}]', "unknown token attribute 'LEMA' (did you mean 'LEMMA'?)"),
        ("[{}]", "an empty table matches any word"),
    ],
)
def test_a_pattern_that_is_no_token_table_is_refused_when_the_rules_load(tmp_path, pattern, problem):
    """A CI user's trial: `pattern = ["synergy"]` was listed by `po2pm rules` and then failed
    `check` with spaCy's schema dump; both now refuse it, with the field and an example."""
    bad = GOOD_RULE.replace('phrases = ["synergy"]', f'phrases = ["synergy"]\n\n[[patterns]]\nid = "bad"\npattern = {pattern}\n')
    path = write_rule(tmp_path, bad)
    with pytest.raises(RuleError) as caught:
        load_ruleset([tmp_path])
    assert str(caught.value).startswith(f"{path}: rule XX901: field 'patterns[0].pattern[0]': {problem}")


SCORE_RULE = """
code = "XX950"
name = "custom.score"
severity = "warning"
message = "Reads as delivery: {match}."
rationale = "Weighed."
scope = "score"
weights = "weights/custom.toml"
threshold = THRESHOLD

[examples]
flag = ["Ran the [stand-ups]"]
pass = ["Raised conversion 4%"]
"""


@pytest.mark.parametrize(
    ("threshold", "weights", "expected"),
    [
        ("0.6", 'bias = 0.1\n[weights]\n"word:backlog" = 1.0\n', None),
        ("1.5", 'bias = 0.1\n[weights]\n"word:backlog" = 1.0\n', "field 'threshold': must be a number between 0 and 1"),
        ("0.6", None, "weights file not found"),
        ("0.6", "bias = 0.1\n[weights]\n", "field 'weights': must be a non-empty table"),
        ("0.6", 'bias = 0.1\n[weights]\nbacklog = 1.0\n', "field 'weights.backlog': must be kind:name = number"),
    ],
)
def test_a_scoring_rule_validates_its_settings_and_weights(tmp_path, threshold, weights, expected):
    (tmp_path / "XX950.toml").write_text(SCORE_RULE.replace("THRESHOLD", threshold), encoding="utf-8")
    if weights is not None:
        (tmp_path / "weights").mkdir()
        (tmp_path / "weights" / "custom.toml").write_text(weights, encoding="utf-8")
    if expected is None:
        # one scoring rule only: the built-in PO108 is already loaded
        assert "only one scoring rule may be loaded" in load_error(tmp_path)
        assert load_ruleset([tmp_path], with_score=False).score_rule is None
    else:
        assert expected in load_error(tmp_path)


@pytest.mark.parametrize(("expression", "problem"), [
    ("^(\\\\w+)+$", "a repeated group that repeats inside"),
    ("^(a|aa)*(b+)*$", "a repeated group that repeats inside"),
    ("(", "not a regular expression"),
])
def test_a_rule_regex_that_can_take_minutes_is_refused_at_load(tmp_path, expression, problem):
    text = GOOD_RULE.replace("[examples]", f'[[patterns]]\nid = "slow"\npattern = [{{LOWER = {{REGEX = "{expression}"}}}}]\n\n[examples]')
    write_rule(tmp_path / "rules", text)
    with pytest.raises(RuleError, match=f"field 'patterns\\[0\\].pattern': REGEX .*{problem}"):
        load_ruleset([tmp_path / "rules"])


def test_a_rule_with_more_patterns_than_a_rule_may_hold_is_refused_at_load(tmp_path):
    # a cloned repository's rule folder must not make matching take minutes or gigabytes
    many = ", ".join(f'"word{i}"' for i in range(2_001))
    write_rule(tmp_path / "rules", GOOD_RULE.replace('phrases = ["synergy"]', f'phrases = ["synergy", {many}]'))
    with pytest.raises(RuleError, match="field 'phrases': 2002 patterns and phrases, more than the 2000 a rule may hold"):
        load_ruleset([tmp_path / "rules"])
    # at the limit it loads
    write_rule(tmp_path / "fine", GOOD_RULE.replace('phrases = ["synergy"]', f'phrases = ["synergy", {", ".join(many.split(", ")[:1_999])}]'))
    assert any(rule.code == "XX901" for rule in load_ruleset([tmp_path / "fine"]).rules)


def test_a_rule_folder_with_nothing_po2pm_reads_is_a_one_line_error(tmp_path):
    """Fifth round of attacks: `--rules` on an empty folder (or `rules = ["/"]`) was accepted and
    changed nothing, in silence."""
    empty = tmp_path / "my-rules"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a rule\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"my-rules: no rule files here"):
        load_ruleset([empty])
    templates_only = tmp_path / "house"
    (templates_only / "templates").mkdir(parents=True)
    (templates_only / "templates" / "advice.toml").write_text("", encoding="utf-8")
    load_ruleset([templates_only])  # a folder of templates alone is a rule folder
