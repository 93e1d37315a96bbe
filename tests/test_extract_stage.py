"""The extract stage: bad input, exit codes (incremental runs: test_incremental)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.params import ExtractParams
from pipeline.stages import extract as stage

TEXT_A = "The Lunar Research Agency (LRA) met ESA in Rome in May 2019."
TEXT_B = "A delegation of CNSA visited the Polar Science Institute on 3 June 2018."


def _write(folder: Path, files: dict[str, bytes | str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode() if isinstance(content, str) else content
        (folder / name).write_bytes(data)


def _run(inp: Path, out: Path, **kw) -> None:
    stage.run(inp, out, params=ExtractParams(progress=False, **kw))


def _ids(out: Path) -> set[str]:
    return {p.stem for p in (out / "documents").glob("*.json")}


def _only_b_rejected(tmp_path: Path) -> dict:
    """Run a.txt and b.txt (b fails); a is written, b is the one rejection."""
    inp, out = tmp_path / "raw", tmp_path / "out"
    _write(inp, {"a.txt": TEXT_A, "b.txt": TEXT_B})
    _run(inp, out)
    assert _ids(out) == {"a"}
    (rejected,) = json.loads((out / "rejected.json").read_text())["rejected"]
    assert Path(rejected["path"]).name == "b.txt"
    return rejected


def test_bad_inputs_are_rejected_and_the_rest_processed(tmp_path):
    inp, out = tmp_path / "raw", tmp_path / "out"
    _write(
        inp,
        {
            "a.txt": TEXT_A,
            "png.txt": b"\x89PNG\r\n\x1a\n\0\0",
            "empty.txt": "",
            "b.txt": TEXT_B,
            "b.meta.json": "{bad json",
            "c.pdf": b"%PDF-1.4",
        },
    )
    before = _snapshot(inp)
    _run(inp, out)
    rejected = json.loads((out / "rejected.json").read_text())["rejected"]
    assert {Path(r["path"]).name for r in rejected} == {
        "png.txt",
        "empty.txt",
        "b.txt",
        "c.pdf",
    }
    assert all(r["reason"] for r in rejected)
    assert _ids(out) == {"a"}
    corpus = json.loads((out / "corpus.json").read_text())
    assert {d["id"] for d in corpus["documents"]} == {"a"}
    assert _snapshot(inp) == before  # nothing in the input folder changed


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_missing_input_folder_fails(tmp_path):
    with pytest.raises(stage.ExtractFailed, match="does not exist"):
        _run(tmp_path / "nope", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_input_file_instead_of_folder_fails(tmp_path):
    _write(tmp_path, {"a.txt": TEXT_A})
    with pytest.raises(stage.ExtractFailed):
        _run(tmp_path / "a.txt", tmp_path / "out")


def test_oversized_file_rejected(tmp_path):
    _write(tmp_path / "raw", {"a.txt": TEXT_A, "b.txt": "ESA."})
    _run(tmp_path / "raw", tmp_path / "out", max_bytes=10)
    (entry,) = json.loads((tmp_path / "out" / "rejected.json").read_text())["rejected"]
    assert Path(entry["path"]).name == "a.txt" and "too large" in entry["reason"]
    assert _ids(tmp_path / "out") == {"b"}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", *args],
        capture_output=True,
        text=True,
    )


def test_cli_exit_codes(tmp_path):
    _write(tmp_path / "raw", {"a.txt": TEXT_A, "bad.txt": b"\0\0\0binary"})
    ok = _cli("--input", str(tmp_path / "raw"), "--output", str(tmp_path / "out"))
    assert ok.returncode == 0, ok.stderr  # some rejected is not a failure
    rejected = json.loads((tmp_path / "out" / "rejected.json").read_text())["rejected"]
    assert [Path(r["path"]).name for r in rejected] == ["bad.txt"]
    assert _ids(tmp_path / "out") == {"a"}
    missing = _cli("--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o"))
    assert missing.returncode != 0 and "does not exist" in missing.stderr


def test_missing_model_is_a_clear_error(tmp_path):
    _write(tmp_path / "raw", {"a.txt": TEXT_A})
    (tmp_path / "p.yaml").write_text("extract:\n  model: no_such_model_xx\n")
    result = _cli(
        "--input",
        str(tmp_path / "raw"),
        "--output",
        str(tmp_path / "o"),
        "--params",
        str(tmp_path / "p.yaml"),
    )
    assert result.returncode != 0 and "no_such_model_xx" in result.stderr


def test_bad_params_value_names_the_key(tmp_path):
    (tmp_path / "p.yaml").write_text("extract:\n  n_process: 0\n")
    result = _cli(
        "--input",
        ".",
        "--output",
        str(tmp_path / "o"),
        "--params",
        str(tmp_path / "p.yaml"),
    )
    assert result.returncode == 2 and "extract.n_process" in result.stderr


def test_without_corpus_no_stale_corpus_is_left(tmp_path):
    """The DVC stage builds corpus.json after corrections; extract --no-corpus
    removes one an earlier run wrote, since it would not match any more."""
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    (inp / "a.txt").write_text("The Korean Space Agency met ESA in 2021.")
    params = ExtractParams(progress=False)
    stage.run(inp, out, params=params)
    assert (out / "corpus.json").exists()
    stage.run(inp, out, params=params, corpus=False)
    assert not (out / "corpus.json").exists()
    assert (out / "documents" / "a.json").exists()


def test_a_component_failing_on_one_text_rejects_that_text_only(tmp_path, monkeypatch):
    from pipeline.components import events

    real = events.events

    def broken_on_polar(doc):
        if "Polar" in doc.text:
            raise KeyError("no such trigger")
        return real(doc)

    monkeypatch.setattr(events, "events", broken_on_polar)
    rejected = _only_b_rejected(tmp_path)
    assert "SpaceEvents: KeyError" in rejected["reason"]
    assert "pipeline bug" in rejected["reason"]


def test_the_dvc_stage_depends_on_every_file_of_the_fingerprint():
    """Else DVC would skip the stage after a change the extraction itself
    would act on (and re-extract everything later, unasked)."""
    import yaml

    from pipeline.state import BEHAVIOUR_FILES

    root = Path(__file__).resolve().parent.parent
    dvc = yaml.safe_load((root / "dvc.yaml").read_text(encoding="utf-8"))
    deps = [root / d for d in dvc["stages"]["extract"]["deps"]]
    missing = [
        str(path.relative_to(root))
        for path in BEHAVIOUR_FILES
        if not any(path == d or d in path.parents for d in deps)
    ]
    assert missing == []


def test_a_bug_while_reading_one_text_rejects_that_text_only(tmp_path, monkeypatch):
    real = stage.read_document

    def broken_on_b(path, **kw):
        if path.name == "b.txt":
            raise ValueError("invalid literal for int()")
        return real(path, **kw)

    monkeypatch.setattr(stage, "read_document", broken_on_b)
    rejected = _only_b_rejected(tmp_path)
    assert "reading failed (ValueError: invalid literal" in rejected["reason"]
    assert "pipeline bug" in rejected["reason"]


def test_a_bug_while_building_one_record_rejects_that_text_only(tmp_path, monkeypatch):
    from pipeline import extraction

    real = extraction.to_document

    def broken_on_polar(doc, info):
        if "Polar" in info.text:
            raise IndexError("list index out of range")
        return real(doc, info)

    monkeypatch.setattr(extraction, "to_document", broken_on_polar)
    reason = _only_b_rejected(tmp_path)["reason"]
    assert "extraction failed (IndexError: list index out of range)" in reason
