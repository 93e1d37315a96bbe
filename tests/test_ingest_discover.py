"""discover.py: which files in the input folder are documents or rejects."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import IngestError, discover


def _make(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_bytes(b"{}" if name.endswith(".json") else b"text")


def _names(paths: list[Path]) -> list[str]:
    return [path.name for path in paths]


def _reasons(rejected: list[tuple[Path, str]]) -> dict[str, str]:
    return {path.name: reason for path, reason in rejected}


def test_documents_sorted_by_name(tmp_path: Path) -> None:
    _make(tmp_path, "b.md", "c.html", "a.txt", "d.htm", "e.TXT")
    documents, rejected = discover(tmp_path)
    assert _names(documents) == ["a.txt", "b.md", "c.html", "d.htm", "e.TXT"]
    assert rejected == []


def test_sidecar_with_document_is_not_listed(tmp_path: Path) -> None:
    _make(tmp_path, "a.txt", "a.meta.json")
    assert discover(tmp_path) == ([tmp_path / "a.txt"], [])


@pytest.mark.parametrize("name", [".gitkeep", ".DS_Store", ".hidden.txt"])
def test_hidden_files_are_skipped(tmp_path: Path, name: str) -> None:
    _make(tmp_path, name)
    assert discover(tmp_path) == ([], [])


def test_folders_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _make(tmp_path / "sub", "inner.txt")
    assert discover(tmp_path) == ([], [])


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("paper.pdf", "unsupported file type '.pdf': expected .txt, .md or .html"),
        ("photo.PNG", "unsupported file type '.png': expected .txt, .md or .html"),
        ("README", "unsupported file type (no extension): expected .txt, .md or .html"),
        ("a.json", "unsupported file type '.json': expected .txt, .md or .html"),
    ],
)
def test_unsupported_files_are_rejected(tmp_path: Path, name: str, reason: str) -> None:
    _make(tmp_path, name)
    documents, rejected = discover(tmp_path)
    assert documents == []
    assert _reasons(rejected)[name].startswith(reason)


def test_orphan_sidecar_is_rejected(tmp_path: Path) -> None:
    _make(tmp_path, "a.txt", "b.meta.json")
    documents, rejected = discover(tmp_path)
    assert _names(documents) == ["a.txt"]
    assert _reasons(rejected) == {
        "b.meta.json": "sidecar without a document: no b.txt, .md or .html beside it"
    }


def test_sidecar_beside_an_unsupported_file_is_an_orphan(tmp_path: Path) -> None:
    _make(tmp_path, "a.pdf", "a.meta.json")
    assert set(_reasons(discover(tmp_path)[1])) == {"a.pdf", "a.meta.json"}


def test_duplicate_id_rejects_the_second_naming_the_first(tmp_path: Path) -> None:
    _make(tmp_path, "a.txt", "a.html", "a.md")
    documents, rejected = discover(tmp_path)
    assert _names(documents) == ["a.html"]
    reasons = _reasons(rejected)
    assert set(reasons) == {"a.md", "a.txt"}
    assert reasons["a.txt"].startswith("duplicate document id 'a': a.html has")


def test_rejected_sorted_by_name(tmp_path: Path) -> None:
    _make(tmp_path, "z.pdf", "m.meta.json", "a.doc")
    assert _names([path for path, _ in discover(tmp_path)[1]]) == [
        "a.doc",
        "m.meta.json",
        "z.pdf",
    ]


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="does not exist"):
        discover(tmp_path / "missing")
