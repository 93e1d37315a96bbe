"""Incremental extraction: add, change, delete, rename, sidecar, behaviour and
params changes, interrupted runs, corpus rebuilt without NLP.

Runs the real stage (``pipeline.stages.extract.run``) on tiny texts; the model
is loaded once per session (the ``nlp`` fixture) instead of once per run.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import state
from pipeline.params import ExtractParams
from pipeline.stages import extract as stage

TEXTS = {
    "a.txt": "The Lunar Research Agency (LRA) met ESA in Rome in May 2019.",
    "b.txt": "A delegation of CNSA visited the Polar Science Institute on 3 June 2018.",
    "c.txt": "NASA and JAXA signed an agreement on the Artemis program in 2020.",
}


@pytest.fixture
def calls(monkeypatch, nlp):
    """Ids passed to NLP, one list per batch; the session model is reused."""
    seen: list[list[str]] = []
    real = stage.extract_batch

    def recording(model, batch):
        seen.append([d.id for d in batch])
        return real(model, batch)

    monkeypatch.setattr(stage, "extract_batch", recording)
    monkeypatch.setattr(stage, "build_nlp", lambda model: nlp)
    return seen


def _extracted(calls: list[list[str]]) -> list[str]:
    out = sorted(i for batch in calls for i in batch)
    calls.clear()
    return out


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def _run(inp: Path, out: Path, **kw) -> None:
    stage.run(inp, out, params=ExtractParams(progress=False, **kw))


def _docs(out: Path) -> dict[str, bytes]:
    return {p.stem: p.read_bytes() for p in sorted((out / "documents").glob("*.json"))}


def _corpus_ids(out: Path) -> set[str]:
    return {d["id"] for d in json.loads((out / "corpus.json").read_text())["documents"]}


def _assert_consistent(inp: Path, out: Path, params: ExtractParams | None = None):
    """Manifest == inputs on disk == outputs on disk == corpus; no temp files."""
    params = params or ExtractParams(progress=False)
    manifest = state.load_manifest(out)
    ids = {p.stem for p in inp.glob("*.txt")}
    assert manifest.fingerprint == state.fingerprint(params)
    assert manifest.documents == {
        i: state.input_hash(inp / f"{i}.txt", inp / f"{i}.meta.json") for i in ids
    }
    assert set(_docs(out)) == ids == _corpus_ids(out)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture
def corpus(tmp_path, calls):
    inp, out = tmp_path / "raw", tmp_path / "out"
    _write(inp, {"a.txt": TEXTS["a.txt"], "b.txt": TEXTS["b.txt"]})
    _run(inp, out)
    assert _extracted(calls) == ["a", "b"]
    return inp, out


def test_nothing_changed_extracts_nothing(corpus, calls):
    inp, out = corpus
    before = _docs(out)
    _run(inp, out)
    assert _extracted(calls) == []
    assert _docs(out) == before
    _assert_consistent(inp, out)


def test_add(corpus, calls):
    inp, out = corpus
    before = _docs(out)
    mtimes = {p.name: p.stat().st_mtime_ns for p in (out / "documents").iterdir()}
    _write(inp, {"c.txt": TEXTS["c.txt"]})
    _run(inp, out)
    assert _extracted(calls) == ["c"]
    after = _docs(out)
    assert {k: after[k] for k in before} == before
    for p in (out / "documents").glob("[ab].json"):  # not rewritten either
        assert p.stat().st_mtime_ns == mtimes[p.name]
    _assert_consistent(inp, out)


def test_change(corpus, calls):
    inp, out = corpus
    before = _docs(out)
    _write(inp, {"a.txt": TEXTS["a.txt"].replace("Rome", "Milan")})
    _run(inp, out)
    assert _extracted(calls) == ["a"]
    after = _docs(out)
    assert after["b"] == before["b"] and after["a"] != before["a"]
    assert b"Milan" in after["a"]
    _assert_consistent(inp, out)


def test_delete_removes_the_output(corpus, calls):
    inp, out = corpus
    (inp / "b.txt").unlink()
    _run(inp, out)
    assert _extracted(calls) == []  # corpus rebuilt from the files, no NLP
    assert set(_docs(out)) == {"a"} and _corpus_ids(out) == {"a"}
    _assert_consistent(inp, out)


def test_rename_removes_old_and_writes_new(corpus, calls):
    inp, out = corpus
    old = _docs(out)["b"]
    (inp / "b.txt").rename(inp / "renamed.txt")
    _run(inp, out)
    assert _extracted(calls) == ["renamed"]
    docs = _docs(out)
    assert set(docs) == {"a", "renamed"}
    assert json.loads(docs["renamed"])["document"]["id"] == "renamed"
    assert docs["renamed"] != old  # id and source are the new ones
    _assert_consistent(inp, out)


def test_sidecar_change_re_extracts(corpus, calls):
    inp, out = corpus
    sidecar = {"title": "Polar visit", "published": "2018-06-04"}
    (inp / "b.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    _run(inp, out)
    assert _extracted(calls) == ["b"]
    doc = json.loads(_docs(out)["b"])["document"]
    assert doc["title"] == "Polar visit" and doc["published"] == "2018-06-04"
    (inp / "b.meta.json").unlink()
    _run(inp, out)
    assert _extracted(calls) == ["b"]
    _assert_consistent(inp, out)


def test_every_pattern_file_is_part_of_the_fingerprint():
    patterns = sorted((Path(state.__file__).parent / "patterns").glob("*.jsonl"))
    assert patterns and set(patterns) <= set(state.BEHAVIOUR_FILES)
    assert Path(stage.__file__) in state.BEHAVIOUR_FILES


def test_pattern_change_re_extracts_everything(tmp_path, monkeypatch, calls):
    # A private copy of the pattern files stands in for the real ones.
    fake = tmp_path / "pkg" / "pipeline"
    shutil.copytree(Path(state.__file__).parent / "patterns", fake / "patterns")
    monkeypatch.setattr(state, "_PIPELINE", fake)
    monkeypatch.setattr(
        state, "BEHAVIOUR_FILES", tuple(sorted((fake / "patterns").glob("*.jsonl")))
    )
    inp, out = tmp_path / "raw", tmp_path / "out"
    _write(inp, {"a.txt": TEXTS["a.txt"], "b.txt": TEXTS["b.txt"]})
    _run(inp, out)
    _run(inp, out)
    assert _extracted(calls) == ["a", "b"]
    gazetteer = fake / "patterns" / "gazetteer.jsonl"
    gazetteer.write_text(gazetteer.read_text() + "\n", encoding="utf-8")
    _run(inp, out)
    assert _extracted(calls) == ["a", "b"]
    _assert_consistent(inp, out)


def test_model_change_changes_the_fingerprint():
    base = ExtractParams()
    assert state.fingerprint(base) != state.fingerprint(
        base.model_copy(update={"model": "en_core_web_sm"})
    )


def test_params_that_decide_output_re_extract_everything(corpus, calls):
    inp, out = corpus
    _run(inp, out, max_chars=500_000)
    assert _extracted(calls) == ["a", "b"]
    # Speed knobs change nothing in the output: nothing is redone.
    _run(inp, out, max_chars=500_000, batch_size=1, n_process=1)
    assert _extracted(calls) == []
    _assert_consistent(inp, out, ExtractParams(progress=False, max_chars=500_000))


def test_full_flag_re_extracts_everything(corpus, calls):
    inp, out = corpus
    stage.run(inp, out, params=ExtractParams(progress=False), full=True)
    assert _extracted(calls) == ["a", "b"]


def test_corpus_rebuilt_without_nlp(corpus, monkeypatch):
    inp, out = corpus
    (out / "corpus.json").unlink()
    (inp / "b.txt").unlink()

    def no_nlp(model):
        raise AssertionError("NLP must not run when no document needs it")

    monkeypatch.setattr(stage, "build_nlp", no_nlp)
    monkeypatch.setattr(stage, "_init_worker", no_nlp)
    _run(inp, out)
    assert _corpus_ids(out) == {"a"}


def _crash_after(monkeypatch, n: int):
    """Interrupt the run when it is about to write its (n+1)-th document."""
    real, written = stage.write_text_atomic, []

    def crashing(path, text):
        if len(written) >= n:
            raise KeyboardInterrupt("interrupted")
        written.append(path)
        real(path, text)

    monkeypatch.setattr(stage, "write_text_atomic", crashing)


@pytest.mark.parametrize("checkpoint", [0.0, 3600.0])
def test_interrupted_run_then_rerun(tmp_path, monkeypatch, calls, checkpoint):
    """With a checkpoint after every document the re-run redoes only what was
    not written; without one, everything. Either way: nothing half-written,
    nothing skipped, the same bytes as an uninterrupted run."""
    monkeypatch.setattr(stage, "CHECKPOINT_SECONDS", checkpoint)
    inp, out = tmp_path / "raw", tmp_path / "out"
    _write(inp, TEXTS)
    _crash_after(monkeypatch, 1)
    with pytest.raises(KeyboardInterrupt):
        _run(inp, out)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert len(_docs(out)) == 1  # the one finished file, whole
    (finished,) = _docs(out)
    monkeypatch.setattr(stage, "write_text_atomic", _real_writer())
    calls.clear()
    _run(inp, out)
    if checkpoint == 0:
        assert _extracted(calls) == sorted({"a", "b", "c"} - {finished})
    else:
        assert _extracted(calls) == ["a", "b", "c"]
    _assert_consistent(inp, out)
    fresh = tmp_path / "fresh"
    _run(inp, fresh)
    assert _docs(out) == _docs(fresh)


def _real_writer():
    from pipeline.io import write_text_atomic

    return write_text_atomic


@pytest.mark.parametrize("checkpoint", [0.0, 3600.0])
def test_interrupted_after_a_change_does_not_skip_it(
    corpus, monkeypatch, calls, checkpoint
):
    """A changed text whose new output was never written is redone, although
    an (old) output file for it exists."""
    monkeypatch.setattr(stage, "CHECKPOINT_SECONDS", checkpoint)
    inp, out = corpus
    _write(
        inp, {"a.txt": TEXTS["a.txt"].replace("Rome", "Milan"), "c.txt": TEXTS["c.txt"]}
    )
    old_a = _docs(out)["a"]
    _crash_after(monkeypatch, 0)
    with pytest.raises(KeyboardInterrupt):
        _run(inp, out)
    assert _docs(out)["a"] == old_a  # the stale output is still there ...
    monkeypatch.setattr(stage, "write_text_atomic", _real_writer())
    calls.clear()
    _run(inp, out)
    assert "a" in _extracted(calls)  # ... and is not trusted
    assert b"Milan" in _docs(out)["a"]
    _assert_consistent(inp, out)


def test_crash_inside_a_write_leaves_no_temp_file(corpus, monkeypatch, calls):
    inp, out = corpus
    _write(inp, {"c.txt": TEXTS["c.txt"]})

    def replace_fails(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("pipeline.io.os.replace", replace_fails)
    with pytest.raises(OSError):
        _run(inp, out)
    monkeypatch.undo()
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert "c" not in _docs(out)


def test_temp_files_of_a_killed_run_are_removed(corpus, calls):
    """SIGKILL gives no chance to clean up; the next run does it."""
    inp, out = corpus
    (out / "documents" / ".a.json.k1ll3d.tmp").write_text('{"half": ')
    (out / ".corpus.json.k1ll3d.tmp").write_text("{")
    _run(inp, out)
    _assert_consistent(inp, out)


def test_interrupted_behaviour_change_redoes_the_rest(corpus, monkeypatch, calls):
    """Checkpoints under a new fingerprint vouch only for files written under
    it; the old outputs of the other documents are redone."""
    monkeypatch.setattr(stage, "CHECKPOINT_SECONDS", 0.0)
    inp, out = corpus
    _crash_after(monkeypatch, 1)
    with pytest.raises(KeyboardInterrupt):
        _run(inp, out, max_chars=500_000)
    vouched = set(state.load_manifest(out).documents)
    assert len(vouched) == 1  # the checkpoint lists the one finished file
    monkeypatch.setattr(stage, "write_text_atomic", _real_writer())
    calls.clear()
    _run(inp, out, max_chars=500_000)
    assert _extracted(calls) == sorted({"a", "b"} - vouched)
    _assert_consistent(inp, out, ExtractParams(progress=False, max_chars=500_000))
