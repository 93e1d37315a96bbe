"""Reviewer corrections: each kind, stale ones, errors with lines, re-runs."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from models import Corpus, ExtractedDocument
from models.corrections import CorrectionsReport
from pipeline.cli import app
from pipeline.corrections import CorrectionsError, load
from pipeline.stages import correct
from pipeline.stages.correct import CorrectFailed

PUBLISHED = dt.date(2022, 5, 10)
TEXT_A = (
    "Lunar Cooperation Grows\n\n"
    "On 4 May 2022, a delegation of the Korean Space Agency (KSA) visited the "
    "Lunar Research Agency (LRA) in Daejeon and signed a memorandum on lunar "
    "dust research. Dr. Mina Park, Director of the Lunar Research Agency, "
    "said the Moon Dust Explorer mission would follow. The Star Garden Lab "
    "will also take part."
)
TEXT_B = (
    "The Korean Space Agency and the Lunar Research Agency held a workshop in "
    "Busan on 9 May 2022."
)


@pytest.fixture(scope="module")
def records(extract) -> dict[str, ExtractedDocument]:
    def make(doc_id: str, text: str) -> ExtractedDocument:
        doc = extract(text, PUBLISHED)
        info = doc.document.model_copy(update={"id": doc_id, "source": f"{doc_id}.txt"})
        return doc.model_copy(update={"document": info})

    return {"a": make("a", TEXT_A), "b": make("b", TEXT_B)}


@pytest.fixture
def interim(tmp_path: Path, records) -> Path:
    folder = tmp_path / "interim"
    (folder / "documents").mkdir(parents=True)
    for doc_id, doc in records.items():
        (folder / "documents" / f"{doc_id}.json").write_text(doc.model_dump_json())
    (folder / "rejected.json").write_text('{"schema_version": "1.0", "rejected": []}')
    return folder


def _run(interim: Path, tmp_path: Path, yaml_text: str) -> CorrectionsReport:
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text(yaml_text, encoding="utf-8")
    return correct.run(interim, corrections, tmp_path / "out")


def _doc(tmp_path: Path, doc_id: str = "a") -> ExtractedDocument:
    path = tmp_path / "out" / "documents" / f"{doc_id}.json"
    return ExtractedDocument.model_validate_json(path.read_bytes())


def _org_names(doc: ExtractedDocument) -> set[str]:
    return {o.name for o in doc.organisations}


def test_no_corrections_copies_the_extraction(interim, tmp_path, records):
    report = _run(interim, tmp_path, "corrections: []\n")
    assert _doc(tmp_path) == records["a"]
    assert report.applied == [] and report.stale == []
    corpus = Corpus.model_validate_json((tmp_path / "out" / "corpus.json").read_bytes())
    assert [d.id for d in corpus.documents] == ["a", "b"]
    assert (tmp_path / "out" / "rejected.json").exists()


def test_missing_file_means_no_corrections(interim, tmp_path, records):
    report = correct.run(interim, tmp_path / "none.yaml", tmp_path / "out")
    assert report.applied == [] and _doc(tmp_path) == records["a"]


def test_reject_organisation_everywhere_and_its_references(interim, tmp_path):
    report = _run(
        interim,
        tmp_path,
        "corrections:\n  - reject: organisation\n    name: Korean Space Agency\n",
    )
    for doc_id in ("a", "b"):
        doc = _doc(tmp_path, doc_id)
        assert "Korean Space Agency" not in _org_names(doc)
        ids = {o.id for o in doc.organisations}
        assert all(set(e.participants) <= ids for e in doc.events)
    assert report.applied[0].documents == ["a", "b"]


def test_reject_limited_to_one_document(interim, tmp_path):
    _run(
        interim,
        tmp_path,
        "corrections:\n  - reject: organisation\n    document: b\n"
        "    name: Korean Space Agency\n",
    )
    assert "Korean Space Agency" in _org_names(_doc(tmp_path, "a"))
    assert "Korean Space Agency" not in _org_names(_doc(tmp_path, "b"))


def test_rename_keeps_the_old_name_as_alias(interim, tmp_path):
    _run(
        interim,
        tmp_path,
        "corrections:\n  - rename: organisation\n    name: LRA\n"
        "    to: Lunar Research Agency of Korea\n",
    )
    org = next(o for o in _doc(tmp_path).organisations if o.acronym == "LRA")
    assert org.name == "Lunar Research Agency of Korea"
    assert "Lunar Research Agency" in org.aliases


def test_merge_two_organisations_into_one(interim, tmp_path):
    _run(
        interim,
        tmp_path,
        "corrections:\n  - merge: organisation\n"
        "    names: [Korean Space Agency, Lunar Research Agency]\n"
        "    into: Korean Lunar Partnership\n",
    )
    doc = _doc(tmp_path)
    merged = [o for o in doc.organisations if o.name == "Korean Lunar Partnership"]
    assert len(merged) == 1
    assert {"Korean Space Agency", "Lunar Research Agency"} <= set(merged[0].aliases)
    mentions = [(m.start, m.end) for m in merged[0].mentions]
    assert mentions == sorted(set(mentions))
    for event in doc.events:
        assert len(event.participants) == len(set(event.participants))
    person = next(p for p in doc.people if p.name == "Mina Park")
    assert person.affiliation == merged[0].id


def test_fix_date_value_and_precision(interim, tmp_path):
    _run(
        interim,
        tmp_path,
        "corrections:\n  - fix: date\n    document: a\n    text: 4 May 2022\n"
        "    value: 2022-05\n",
    )
    date = next(d for d in _doc(tmp_path).dates if d.text == "4 May 2022")
    assert (date.value, date.precision) == ("2022-05", "month")


def test_fix_date_to_unresolvable(interim, tmp_path):
    _run(
        interim,
        tmp_path,
        "corrections:\n  - fix: date\n    text: 4 May 2022\n    value: null\n",
    )
    date = next(d for d in _doc(tmp_path).dates if d.text == "4 May 2022")
    assert (date.value, date.precision) == (None, None)


def test_fix_event_type_by_trigger_word(interim, tmp_path):
    report = _run(
        interim,
        tmp_path,
        "corrections:\n  - fix: event\n    document: b\n    name: workshop\n"
        "    type: conference\n    location: Busan, Korea\n",
    )
    (event,) = _doc(tmp_path, "b").events
    assert (event.type, event.location) == ("conference", "Busan, Korea")
    assert report.applied[0].documents == ["b"]


@pytest.mark.parametrize(
    ("yaml_body", "check"),
    [
        (
            "  - add: organisation\n    document: a\n    text: Star Garden Lab\n",
            lambda d: any(
                o.name == "Star Garden Lab"
                and [m.method for m in o.mentions] == ["correction"]
                for o in d.organisations
            ),
        ),
        (
            "  - add: program\n    document: a\n    text: Moon Dust Explorer\n"
            "    acronym: MDE\n",
            lambda d: any(
                p.name == "Moon Dust Explorer" and p.acronym == "MDE"
                for p in d.programs
            ),
        ),
        (
            "  - add: location\n    document: a\n    text: Daejeon\n"
            "    name: Daejeon, Korea\n",
            lambda d: "Daejeon, Korea" in {loc.name for loc in d.locations},
        ),
        (
            "  - add: person\n    document: a\n    text: Mina Park\n"
            "    name: Park Mina\n    title: Director\n"
            "    affiliation: Lunar Research Agency\n",
            lambda d: any(
                p.name == "Park Mina" and p.affiliation.startswith("org:")
                for p in d.people
            ),
        ),
        (
            "  - add: date\n    document: a\n    text: Lunar Cooperation Grows\n"
            "    value: 2022\n",
            lambda d: any(x.value == "2022" and x.precision == "year" for x in d.dates),
        ),
        (
            "  - add: event\n    document: a\n    text: The Star Garden Lab will also "
            "take part.\n    type: other\n    date: 2022-05\n"
            "    participants: [Lunar Research Agency]\n",
            lambda d: any(e.type == "other" and e.date == "2022-05" for e in d.events),
        ),
    ],
)
def test_add_a_missed_item(interim, tmp_path, yaml_body, check):
    report = _run(interim, tmp_path, "corrections:\n" + yaml_body)
    assert check(_doc(tmp_path))
    assert report.applied[0].documents == ["a"]


def test_stale_corrections_are_reported_not_dropped(interim, tmp_path, capsys):
    report = _run(
        interim,
        tmp_path,
        "corrections:\n"
        "  - reject: organisation\n    name: Nowhere Institute\n"
        "  - add: program\n    document: a\n    text: Not In The Text\n"
        "  - reject: person\n    document: zz\n    name: Mina Park\n",
    )
    assert report.applied == []
    assert [(o.line, o.action) for o in report.stale] == [
        (2, "reject"),
        (4, "add"),
        (7, "reject"),
    ]
    assert "no document 'zz'" in report.stale[2].reason
    written = json.loads((tmp_path / "out" / "corrections.json").read_text())
    assert len(written["stale"]) == 3
    assert "stale" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        (
            "corrections:\n  - reject: organisation\n    name: X\n"
            "  - fix: date\n    text: Oct. 11\n    value: 2024-13-01\n",
            ":6: fix date: value:",
        ),
        ("corrections:\n  - frobnicate: organisation\n    name: Y\n", ":2: correction"),
        ("corrections:\n  - rename: program\n    name: A\n", ":2: rename program: to"),
        ("corrections:\n  - reject: planet\n    name: Mars\n", ":2: reject planet"),
        ("corrections:\n  - reject: person\n   name: X\n", ":3: not valid YAML"),
        ("fixes: []\n", ":1: expected one key"),
    ],
)
def test_errors_name_the_file_and_line(tmp_path, yaml_text, expected):
    path = tmp_path / "corrections.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(CorrectionsError) as e:
        load(path)
    assert f"{path}{expected}" in str(e.value)


def test_broken_file_writes_nothing(interim, tmp_path):
    out = tmp_path / "out"
    correct.run(interim, tmp_path / "none.yaml", out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    bad = tmp_path / "bad.yaml"
    bad.write_text("corrections:\n  - reject: organisation\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["correct", "--input", str(interim), "--corrections", str(bad)]
        + ["--output", str(out)],
    )
    assert result.exit_code == 1
    assert "bad.yaml:2" in result.output
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def _mtimes(tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "out" / "documents"
    return {p.stem: p.stat().st_mtime_ns for p in folder.glob("*.json")}


def test_rerun_touches_only_what_changed(interim, tmp_path, records):
    yaml_a = (
        "corrections:\n  - reject: organisation\n    document: a\n"
        "    name: Korean Space Agency\n"
    )
    _run(interim, tmp_path, yaml_a)
    first = _mtimes(tmp_path)
    _run(interim, tmp_path, yaml_a)
    assert _mtimes(tmp_path) == first  # nothing changed, nothing rewritten
    yaml_b = yaml_a.replace("document: a", "document: b")
    report = _run(interim, tmp_path, yaml_b)
    again = _mtimes(tmp_path)
    assert again["a"] != first["a"] and again["b"] != first["b"]
    assert "Korean Space Agency" in _org_names(_doc(tmp_path, "a"))
    assert report.applied[0].documents == ["b"]
    # a new document: only it is corrected, the others stay as they are
    (interim / "documents" / "c.json").write_text(records["b"].model_dump_json())
    os.utime(tmp_path / "out" / "documents" / "a.json", ns=(1, 1))
    _run(interim, tmp_path, yaml_b)
    assert _mtimes(tmp_path)["a"] == 1
    assert "c" in _mtimes(tmp_path)


def test_new_correction_code_corrects_everything_again(interim, tmp_path, monkeypatch):
    code = tmp_path / "apply.py"
    code.write_text("# version one\n")
    monkeypatch.setattr(correct, "_CODE", [code])
    _run(interim, tmp_path, "corrections: []\n")
    first = _mtimes(tmp_path)
    _run(interim, tmp_path, "corrections: []\n")
    assert _mtimes(tmp_path) == first
    code.write_text("# version two\n")
    _run(interim, tmp_path, "corrections: []\n")
    again = _mtimes(tmp_path)
    assert all(again[k] != first[k] for k in first)


def test_deleted_and_broken_documents_leave_the_output(interim, tmp_path, capsys):
    _run(interim, tmp_path, "corrections: []\n")
    (interim / "documents" / "b.json").unlink()
    (interim / "documents" / "a.json").write_text('{"schema_version": "1.0"}')
    _run(interim, tmp_path, "corrections: []\n")
    assert _mtimes(tmp_path) == {}
    # the console wraps a long path at the terminal's width
    assert "a.json" in "".join(capsys.readouterr().err.split())


def test_no_extraction_is_an_error(tmp_path):
    with pytest.raises(CorrectFailed, match="run the extract stage"):
        correct.run(tmp_path / "missing", tmp_path / "c.yaml", tmp_path / "out")


def test_project_corrections_file_is_valid():
    root = Path(__file__).parent.parent
    assert load(root / "review" / "corrections.yaml").corrections
