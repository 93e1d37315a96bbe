"""What an output folder already holds, so a re-run redoes only what changed.

A document is re-extracted when its raw bytes or sidecar changed, or when the
pipeline's behaviour changed: its code, pattern files, extraction params or
model (the *fingerprint*). The manifest is written after the documents, so an
interrupted run at worst redoes work; it never trusts a file it did not finish.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import spacy
from pydantic import BaseModel, ConfigDict

from pipeline.io import read_model, write_json
from pipeline.params import ExtractParams

MANIFEST = ".extract-manifest.json"
_PIPELINE = Path(__file__).parent
# The code and data that decide what extraction produces (not report/review code).
BEHAVIOUR_FILES = (
    *sorted(_PIPELINE.glob("*.py")),
    *sorted((_PIPELINE / "components").glob("*.py")),
    *sorted((_PIPELINE / "dates").glob("*.py")),
    *sorted((_PIPELINE / "ingest").glob("*.py")),
    *sorted((_PIPELINE / "patterns").glob("*.jsonl")),
    _PIPELINE / "stages" / "extract.py",
    *sorted((_PIPELINE.parent / "models").glob("*.py")),
)
BEHAVIOUR_PARAMS = ("model", "max_bytes", "max_chars")


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fingerprint: str = ""
    documents: dict[str, str] = {}  # id -> input hash


def input_hash(path: Path, sidecar: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    if sidecar.exists():
        digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest()


def _model_version(name: str) -> str:
    try:
        return json.dumps(spacy.util.get_package_version(name))
    except Exception:  # noqa: BLE001 - any failure just means "unknown"
        return "unknown"


def fingerprint(params: ExtractParams) -> str:
    """Hash of everything that decides what extraction produces."""
    digest = hashlib.sha256()
    for path in BEHAVIOUR_FILES:
        digest.update(str(path.relative_to(_PIPELINE.parent)).encode())
        digest.update(path.read_bytes())
    chosen = {k: getattr(params, k) for k in BEHAVIOUR_PARAMS}
    digest.update(json.dumps(chosen, sort_keys=True).encode())
    digest.update(spacy.__version__.encode() + _model_version(params.model).encode())
    return digest.hexdigest()


def load_manifest(output: Path) -> Manifest:
    # none or unreadable: everything is redone
    return read_model(output / MANIFEST, Manifest) or Manifest()


def save_manifest(output: Path, manifest: Manifest) -> None:
    write_json(output / MANIFEST, manifest)
