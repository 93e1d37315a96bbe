"""The publish stage: corrections, report and scores in one process, the same
output as the three commands run one after the other."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import io
from pipeline.cli import app

TEXT = (
    "Lunar Partners Meet\n\n"
    "On 3 March 2023, the Northern Space Agency (NSA) and the Lunar Research "
    "Institute held a workshop in Tromso on lunar regolith."
)
GOLD = {
    "id": "moon",
    "published": "2023-03-05",
    "organisations": [
        {"name": "Northern Space Agency", "acronym": "NSA"},
        {"name": "Lunar Research Institute"},
    ],
    "dates": [{"text": "3 March 2023", "value": "2023-03-03"}],
    "locations": ["Tromso"],
}
CORRECTIONS = (
    "corrections:\n  - rename: organisation\n    name: Lunar Research Institute\n"
    "    to: Lunar Research Institute of Norway\n"
)


@pytest.fixture
def project(tmp_path: Path, extract) -> Path:
    doc = extract(TEXT, dt.date(2023, 3, 5))
    info = doc.document.model_copy(update={"id": "moon", "source": "moon.txt"})
    interim = tmp_path / "interim" / "documents"
    interim.mkdir(parents=True)
    (interim / "moon.json").write_text(
        doc.model_copy(update={"document": info}).model_dump_json()
    )
    (tmp_path / "interim" / "rejected.json").write_text(
        '{"schema_version": "1.0", "rejected": []}'
    )
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "moon.gold.json").write_text(json.dumps(GOLD))
    (tmp_path / "corrections.yaml").write_text(CORRECTIONS)
    return tmp_path


def _publish(root: Path, out: str = "extracted", gold: str = "gold"):
    return CliRunner().invoke(
        app,
        ["publish", "--input", str(root / "interim")]
        + ["--corrections", str(root / "corrections.yaml")]
        + ["--output", str(root / out), "--report", str(root / out / "report")]
        + ["--gold", str(root / gold), "--metrics", str(root / out / "m.json")]
        + ["--params", str(root / "none.yaml")],
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def test_publish_writes_what_the_three_commands_write(project):
    result = _publish(project)
    assert result.exit_code == 0, result.output
    one = project / "extracted"
    assert "Lunar Research Institute of Norway" in (one / "corpus.json").read_text()
    assert "Lunar Research Institute of Norway" in (
        one / "report" / "index.html"
    ).read_text(encoding="utf-8")
    assert list(json.loads((one / "m.json").read_text())["documents"]) == ["moon"]

    apart = project / "apart"
    runner, params = CliRunner(), ["--params", str(project / "none.yaml")]
    for argv in (
        ["correct", "--input", str(project / "interim")]
        + ["--corrections", str(project / "corrections.yaml"), "--output", str(apart)],
        ["report", "--extracted", str(apart), "--output", str(apart / "report")],
        ["evaluate", "--gold", str(project / "gold")]
        + ["--predicted", str(project / "interim"), "--output", str(apart / "m.json")],
    ):
        assert runner.invoke(app, argv + params).exit_code == 0
    assert _files(one) == _files(apart)


def test_broken_corrections_stop_before_anything_is_written(project):
    (project / "corrections.yaml").write_text(
        "corrections:\n  - reject: organisation\n"
    )
    result = _publish(project)
    assert result.exit_code == 1
    assert "corrections.yaml:2" in result.output
    assert not (project / "extracted").exists()


def test_no_gold_is_an_error_after_the_output_is_written(project):
    result = _publish(project, gold="no-gold")
    assert result.exit_code == 1
    assert "no readable gold file" in result.output
    assert (project / "extracted" / "report" / "index.html").exists()


def test_old_unchanged_documents_are_not_read_again(project, monkeypatch):
    # no racy window, so what the second run saw is trusted by the third
    monkeypatch.setattr(io, "RACY_NS", 0)
    for _ in range(2):
        assert _publish(project).exit_code == 0
    before = _files(project / "extracted")
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def spy(path: Path) -> bytes:
        reads.append(path)
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", spy)
    assert _publish(project).exit_code == 0
    # only the scores read a document: the extraction of each gold text
    assert [p for p in reads if p.parent.name == "documents"] == [
        project / "interim" / "documents" / "moon.json"
    ]
    assert _files(project / "extracted") == before


def test_a_changed_corrected_file_is_corrected_again(project):
    assert _publish(project).exit_code == 0
    path = project / "extracted" / "documents" / "moon.json"
    written, stat = path.read_bytes(), path.stat()
    path.write_bytes(written.replace(b"Tromso", b"Oslo!!"))  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _publish(project).exit_code == 0
    assert path.read_bytes() == written
    assert "Oslo!!" not in (project / "extracted" / "corpus.json").read_text()
