"""The committed JSON Schemas are the ones the models generate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.stages.schema import schemas

SCHEMA_DIR = Path(__file__).parent.parent / "schema"


@pytest.mark.parametrize(("name", "schema"), sorted(schemas().items()))
def test_schema_is_current(name, schema):
    committed = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    assert committed == schema, "models changed: run `make schema` and commit schema/"
