"""Export the JSON Schemas of the output files, generated from the models."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from models import Corpus, ExtractedDocument, Rejected
from models.corrections import CorrectionsFile, CorrectionsReport
from pipeline.io import write_json

SCHEMAS: dict[str, type[BaseModel]] = {
    "document.schema.json": ExtractedDocument,
    "corpus.schema.json": Corpus,
    "rejected.schema.json": Rejected,
    "corrections.schema.json": CorrectionsReport,
    "corrections-file.schema.json": CorrectionsFile,
}


def schemas() -> dict[str, dict]:
    return {name: model.model_json_schema() for name, model in SCHEMAS.items()}


def run(output: Path) -> None:
    for name, schema in schemas().items():
        write_json(output / name, schema)
