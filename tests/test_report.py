"""The HTML review report: content, flags, escaping, incremental re-runs."""

from __future__ import annotations

import json
import math
import os
import random
import shutil
from pathlib import Path

import pytest

from models import Corpus, CorpusEntity, DocumentRef, ExtractedDocument
from pipeline.params import ReportParams
from pipeline.report import graph, highlight
from pipeline.stages import report

EXTRACTED = Path(__file__).parent.parent / "extracted"
PARAMS = ReportParams()


@pytest.fixture
def extracted(tmp_path: Path) -> Path:
    folder = tmp_path / "extracted"
    shutil.copytree(EXTRACTED / "documents", folder / "documents")
    for name in ("corpus.json", "rejected.json", "corrections.json"):
        shutil.copy(EXTRACTED / name, folder / name)
    return folder


def _build(extracted: Path) -> Path:
    out = extracted / "report"
    report.run(extracted, out, params=PARAMS)
    return out


def _seed(extracted: Path) -> dict:
    return json.loads((extracted / "documents" / "seed.json").read_text())


def test_index_and_document_page(extracted):
    out = _build(extracted)
    index = (out / "index.html").read_text()
    page = (out / "documents" / "seed.html").read_text()
    assert 'href="documents/seed.html"' in index
    assert "<svg" in index and "National Space Science Center" in index
    assert "Organisations across documents" in index
    assert 'class="c-program"' in page and "Double Star Exploration Program" in page
    assert 'class="c-date"' in page and "2000-12" in page
    assert 'href="#org-0-0"' in page and 'id="org-0-0"' in page  # row -> evidence


def test_no_network_resources(extracted):
    out = _build(extracted)
    for page in [out / "index.html", out / "documents" / "seed.html"]:
        html = page.read_text()
        assert "<script src" not in html and "<link" not in html
        assert "cdn" not in html.lower()


def test_flags_are_shown(extracted, tmp_path, extract):
    doc = extract("The Second Lunar Dust Workshop was held on Tuesday.")
    doc = doc.model_copy(
        update={"document": doc.document.model_copy(update={"id": "flagged"})}
    )
    (extracted / "documents" / "flagged.json").write_text(doc.model_dump_json())
    out = _build(extracted)
    page = (out / "documents" / "flagged.html").read_text()
    assert "event without participants" in page
    assert "date left unresolved" in page
    assert 'class="flag"' in (out / "index.html").read_text()


def test_untrusted_text_is_escaped(extracted):
    record = _seed(extracted)
    text = record["document"]["text"]
    record["document"]["text"] = text + "<script>alert(1)</script>"
    record["document"]["chars"] = len(record["document"]["text"])
    record["document"]["title"] = "<b>bold</b>"
    (extracted / "documents" / "seed.json").write_text(json.dumps(record))
    page = (_build(extracted) / "documents" / "seed.html").read_text()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>bold</b>" not in page


def test_same_input_same_bytes(extracted, tmp_path):
    first = _build(extracted)
    copy = tmp_path / "first"
    shutil.copytree(first, copy)
    shutil.rmtree(first)
    second = _build(extracted)
    for path in copy.rglob("*"):
        if path.is_file():
            assert path.read_bytes() == (second / path.relative_to(copy)).read_bytes()


def _mtime(out: Path, doc_id: str) -> int:
    return (out / "documents" / f"{doc_id}.html").stat().st_mtime_ns


def test_rerun_renders_only_changed_pages(extracted):
    record = _seed(extracted)
    record["document"]["id"] = "other"
    (extracted / "documents" / "other.json").write_text(json.dumps(record))
    out = _build(extracted)
    os.utime(out / "documents" / "seed.html", ns=(1, 1))
    os.utime(out / "documents" / "other.html", ns=(1, 1))
    record["document"]["title"] = "A changed title"
    (extracted / "documents" / "other.json").write_text(json.dumps(record))
    _build(extracted)
    assert _mtime(out, "seed") == 1  # unchanged: not rendered again
    assert _mtime(out, "other") != 1
    assert "A changed title" in (out / "index.html").read_text()
    (extracted / "documents" / "other.json").unlink()
    _build(extracted)
    assert not (out / "documents" / "other.html").exists()
    assert "A changed title" not in (out / "index.html").read_text()


def test_unreadable_record_is_listed_and_the_rest_built(extracted):
    (extracted / "documents" / "broken.json").write_text('{"schema_version": "1.0"}')
    out = _build(extracted)
    index = (out / "index.html").read_text()
    assert "Unreadable records" in index and "broken.json" in index
    assert (out / "documents" / "seed.html").exists()
    assert not (out / "documents" / "broken.html").exists()


def test_stale_corrections_and_rejected_inputs_on_the_index(extracted):
    (extracted / "corrections.json").write_text(
        json.dumps(
            {
                "schema_version": "1.0",
                "source": "review/corrections.yaml",
                "applied": [],
                "stale": [
                    {
                        "index": 0,
                        "line": 7,
                        "action": "reject",
                        "kind": "organisation",
                        "target": "Nowhere Institute",
                        "documents": [],
                        "reason": "matches nothing in any document",
                    }
                ],
            }
        )
    )
    (extracted / "rejected.json").write_text(
        json.dumps(
            {
                "schema_version": "1.0",
                "rejected": [{"path": "raw/x.pdf", "reason": "unsupported file type"}],
            }
        )
    )
    index = (_build(extracted) / "index.html").read_text()
    assert "Nowhere Institute" in index and "1 stale" in index
    assert "raw/x.pdf" in index and "unsupported file type" in index


def test_missing_extraction_is_an_error(tmp_path):
    with pytest.raises(report.ReportFailed):
        report.run(tmp_path, tmp_path / "report", params=PARAMS)


def test_nested_marks_stay_nested():
    text = "the Committee for COSPAR met"
    found = [
        highlight.Mark(4, 24, "organisation", "org-0-0", "Committee for COSPAR"),
        highlight.Mark(18, 24, "organisation", "org-1-0", "COSPAR"),
        highlight.Mark(14, 28, "date", "dat-0", "crossing"),  # crosses an edge
    ]
    html = str(highlight.render(text, found))
    assert html.startswith('the <mark id="org-0-0"')
    assert html.count("<mark") == html.count("</mark>") == 3
    assert html.endswith("</mark></mark> met")


def test_graph_links_through_events_and_programs(extract):
    doc: ExtractedDocument = extract(
        "On 4 May 2021 the Korean Space Agency and the Lunar Research Agency "
        "signed an agreement on the Moon Dust Explorer mission."
    )
    links = graph.document_links(doc)
    kinds = {kind for kind, _, _ in links}
    assert kinds == {"event", "program"}


def test_graph_keeps_its_node_order_whatever_the_hash_seed():
    # keeping fewer than half the nodes used to list them in set order, so the
    # layout changed from one process to the next
    orgs = [
        CorpusEntity(
            id=f"org:o{i:02d}",
            name=f"Org {i}",
            documents=[DocumentRef(document="d", record=f"org:r{i}", mentions=1)],
            mention_count=1,
        )
        for i in range(20)
    ]
    links = {"d": [("event", f"org:r{i}", f"org:r{i + 1}") for i in range(19)]}
    links["d"] += [("event", "org:r3", "org:r7")] * 3 + [("event", "org:r12", "org:r7")]
    picked = graph.corpus_graph(Corpus(organisations=orgs), links, limit=6)
    everything = graph.corpus_graph(Corpus(organisations=orgs), links, limit=100)
    assert len(picked) == 6
    assert picked.nodes == [n for n in everything.nodes if n in picked.labels]


@pytest.mark.parametrize("seed", range(6))
def test_layout_is_networkx_spring_layout(seed):
    nx = pytest.importorskip("networkx")
    rng = random.Random(seed)
    nodes = [f"org:n{i}" for i in rng.sample(range(100), rng.randint(2, 40))]
    weights = {
        (a, b): rng.choice([1, 1, 2, 5, 100])
        for i, a in enumerate(nodes)
        for b in nodes[i + 1 :]
        if rng.random() < 0.2
    }
    ours = graph.Graph(dict.fromkeys(nodes, "x"), weights)
    theirs = nx.Graph()
    theirs.add_nodes_from(nodes)
    theirs.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    k = 1.6 / math.sqrt(len(nodes))
    expected = nx.spring_layout(theirs, seed=1, weight="weight", k=k)
    got = graph._spring_layout(ours, k=k)
    assert list(got) == list(expected)
    assert all((got[n] == expected[n]).all() for n in nodes)  # bit for bit
