"""JSON Schemas for rule files and the configuration: what editors check, kept in step with
what po2pm's loaders accept."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import jsonschema
import pytest

from po2pm_rewrite.config import KEYS
from po2pm_rewrite.rules import REQUIRED_RULE_KEYS, RULE_KEYS, builtin_rules_dir

SCHEMAS = Path(__file__).resolve().parent.parent / "po2pm_rewrite" / "schemas"


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def test_the_rule_schema_names_exactly_the_keys_the_loader_accepts():
    rule = schema("rule-v1.schema.json")
    assert set(rule["properties"]) == RULE_KEYS
    assert set(rule["required"]) == set(REQUIRED_RULE_KEYS)


@pytest.mark.parametrize("path", sorted(builtin_rules_dir().glob("[A-Z]*.toml")), ids=lambda p: p.name)  # not signals.toml
def test_every_shipped_rule_file_passes_the_schema(path):
    jsonschema.validate(tomllib.loads(path.read_text(encoding="utf-8")), schema("rule-v1.schema.json"))


def test_the_rule_schema_refuses_what_the_loader_refuses():
    rule = tomllib.loads((builtin_rules_dir() / "PO101-backlog-administration.toml").read_text(encoding="utf-8"))
    for broken in ({**rule, "severty": "warning"}, {**rule, "severity": "fatal"}, {**rule, "code": "po101"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema("rule-v1.schema.json"))


def test_the_config_schema_names_exactly_the_keys_the_config_accepts():
    config = schema("config-v1.schema.json")
    assert set(config["properties"]) == set(KEYS)
    jsonschema.validate(
        {"select": ["PO1"], "ignore": ["PO107"], "fail-on": "warning", "rules": ["house-rules"], "model": "en_core_web_sm",
         "per-file-ignores": {"cv/old-*.md": ["PO100"]}, "cache-dir": ".cache", "score-threshold": 0.6,
         "latex-bullet-macros": ["cvbullet"]},
        config,
    )
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"fail_on": "warning"}, config)
