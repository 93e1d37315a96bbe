"""``python -m pipeline show``: one document as tables, flags marked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

EXTRACTED = Path(__file__).parent.parent / "extracted"


def _show(*args: str):
    return CliRunner().invoke(app, ["show", *args], env={"COLUMNS": "250"})


def test_shows_the_document_tables():
    result = _show("seed", "--extracted", str(EXTRACTED))
    assert result.exit_code == 0, result.output
    for text in ("Organisations", "Programs", "Dates", "Events", "Yinghuo-1"):
        assert text in result.output
    assert "Double Star Exploration Program" in result.output


def test_unknown_document_suggests_close_ids():
    result = _show("sed", "--extracted", str(EXTRACTED))
    assert result.exit_code == 1
    assert "no document 'sed'" in result.output
    assert "did you mean seed" in result.output


def test_flags_are_marked(tmp_path, extract):
    doc = extract("A workshop on lunar dust was held on 4 May 2021.")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "t.json").write_text(doc.model_dump_json())
    result = _show("t", "--extracted", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "event without participants" in result.output


def test_broken_record_is_an_error(tmp_path):
    shutil.copytree(EXTRACTED / "documents", tmp_path / "documents")
    (tmp_path / "documents" / "seed.json").write_text("{}")
    result = _show("seed", "--extracted", str(tmp_path))
    assert result.exit_code == 1
    assert "not a valid document record" in result.output


@pytest.mark.parametrize("flagged", ["date left unresolved"])
def test_unresolved_date_flag(tmp_path, extract, flagged):
    doc = extract("The centre opened on Tuesday.")  # no publication date known
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "t.json").write_text(doc.model_dump_json())
    assert flagged in _show("t", "--extracted", str(tmp_path)).output
