"""The extract stage: bad input, incremental runs, exit codes."""

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
    before = {p.name: p.read_bytes() for p in inp.iterdir()}
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
    assert {p.name: p.read_bytes() for p in inp.iterdir()} == before


def test_oversized_file_rejected(tmp_path):
    _write(tmp_path / "raw", {"a.txt": TEXT_A})
    _run(tmp_path / "raw", tmp_path / "out", max_bytes=10)
    (entry,) = json.loads((tmp_path / "out" / "rejected.json").read_text())["rejected"]
    assert "too large" in entry["reason"]


def test_incremental_add_change_delete(tmp_path, monkeypatch):
    inp, out = tmp_path / "raw", tmp_path / "out"
    _write(inp, {"a.txt": TEXT_A})
    _run(inp, out)
    first = (out / "documents" / "a.json").read_bytes()
    calls = []
    real = stage.extract_batch
    monkeypatch.setattr(
        stage,
        "extract_batch",
        lambda nlp, b: calls.append([d.id for d in b]) or real(nlp, b),
    )
    _write(inp, {"b.txt": TEXT_B})
    _run(inp, out)
    assert calls == [["b"]] and (out / "documents" / "a.json").read_bytes() == first
    _write(inp, {"a.txt": TEXT_A.replace("Rome", "Milan")})
    _run(inp, out)
    assert calls[-1] == ["a"]
    (inp / "b.txt").rename(inp / "c.txt")
    _run(inp, out)
    assert calls[-1] == ["c"] and _ids(out) == {"a", "c"}
    corpus = json.loads((out / "corpus.json").read_text())
    assert {d["id"] for d in corpus["documents"]} == {"a", "c"}


def test_behaviour_change_re_extracts_everything(tmp_path, monkeypatch):
    inp, out = tmp_path / "raw", tmp_path / "out"
    _write(inp, {"a.txt": TEXT_A, "b.txt": TEXT_B})
    _run(inp, out)
    monkeypatch.setattr(stage, "fingerprint", lambda params: "a pattern file changed")
    calls = []
    real = stage.extract_batch
    monkeypatch.setattr(
        stage,
        "extract_batch",
        lambda nlp, b: calls.append([d.id for d in b]) or real(nlp, b),
    )
    _run(inp, out)
    assert sorted(i for c in calls for i in c) == ["a", "b"]


def test_interrupted_run_leaves_no_partial_output(tmp_path, monkeypatch):
    inp, out = tmp_path / "raw", tmp_path / "out"
    _write(inp, {"a.txt": TEXT_A, "b.txt": TEXT_B})
    real = stage.write_text_atomic
    written = []

    def crash_after_first(path, text):
        if written:
            raise KeyboardInterrupt
        written.append(path)
        real(path, text)

    monkeypatch.setattr(stage, "write_text_atomic", crash_after_first)
    with pytest.raises(KeyboardInterrupt):
        _run(inp, out)
    monkeypatch.undo()
    assert not list(out.rglob("*.tmp"))
    _run(inp, out)
    assert _ids(out) == {"a", "b"}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", *args],
        capture_output=True,
        text=True,
    )


def test_cli_exit_codes(tmp_path):
    _write(tmp_path / "raw", {"bad.txt": b"\0\0\0binary"})
    ok = _cli("--input", str(tmp_path / "raw"), "--output", str(tmp_path / "out"))
    assert ok.returncode == 0
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
