"""corpus.json is rebuilt from per-document shares cached by file hash."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from models import ExtractedDocument
from pipeline.params import ConsolidateParams
from pipeline.stages import consolidate

SEED = Path(__file__).parent.parent / "extracted" / "documents" / "seed.json"
PARAMS = ConsolidateParams()


def _copy_as(folder: Path, doc_id: str) -> Path:
    record = json.loads(SEED.read_text(encoding="utf-8"))
    record["document"]["id"] = doc_id
    path = folder / f"{doc_id}.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    for doc_id in ("a", "b", "c"):
        _copy_as(folder, doc_id)
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = consolidate._read_document

    def counting(path: Path, data: bytes | None = None) -> ExtractedDocument | None:
        seen.append(path.stem)
        return original(path, data)

    monkeypatch.setattr(consolidate, "_read_document", counting)
    return seen


def test_same_corpus_as_a_full_build(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus.json"
    corpus = consolidate.run(docs, out, params=PARAMS)
    full = consolidate.build_corpus(consolidate.read_documents(docs), params=PARAMS)
    assert corpus == full
    assert [d.id for d in corpus.documents] == ["a", "b", "c"]
    assert all(len(e.documents) == 3 for e in corpus.organisations)


def test_rerun_reads_only_new_and_changed_documents(
    docs: Path, tmp_path: Path, reads: list[str]
) -> None:
    out = tmp_path / "corpus.json"
    consolidate.run(docs, out, params=PARAMS)
    assert reads == ["a", "b", "c"]
    reads.clear()
    _copy_as(docs, "d")
    record = json.loads((docs / "b.json").read_text(encoding="utf-8"))
    record["document"]["title"] = "Changed title"
    (docs / "b.json").write_text(json.dumps(record), encoding="utf-8")
    corpus = consolidate.run(docs, out, params=PARAMS)
    assert sorted(reads) == ["b", "d"]
    assert {d.id: d.title for d in corpus.documents}["b"] == "Changed title"


def test_deleted_document_leaves_the_corpus(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus.json"
    consolidate.run(docs, out, params=PARAMS)
    (docs / "c.json").unlink()
    corpus = consolidate.run(docs, out, params=PARAMS)
    assert [d.id for d in corpus.documents] == ["a", "b"]
    assert all(ref.document != "c" for e in corpus.programs for ref in e.documents)


@pytest.mark.parametrize(
    "cache_text", ["{not json", '{"version": "old", "documents": {}}']
)
def test_unreadable_or_outdated_cache_means_a_full_read(
    docs: Path, tmp_path: Path, reads: list[str], cache_text: str
) -> None:
    out = tmp_path / "corpus.json"
    out.with_name(consolidate.CACHE).write_text(cache_text, encoding="utf-8")
    consolidate.run(docs, out, params=PARAMS)
    assert reads == ["a", "b", "c"]


def test_invalid_document_is_left_out_and_named(
    docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (docs / "broken.json").write_text('{"schema_version": "1.0"}', encoding="utf-8")
    corpus = consolidate.run(docs, tmp_path / "corpus.json", params=PARAMS)
    assert [d.id for d in corpus.documents] == ["a", "b", "c"]
    assert "broken.json" in caplog.text


def test_cli_writes_the_corpus(docs: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "corpus.json"
    result = CliRunner().invoke(
        app, ["consolidate", "--documents", str(docs), "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    shutil.copy(out, tmp_path / "first.json")
    CliRunner().invoke(
        app, ["consolidate", "--documents", str(docs), "--output", str(out)]
    )
    assert out.read_bytes() == (tmp_path / "first.json").read_bytes()
