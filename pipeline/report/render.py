"""Pages of the review report, from the extraction output's models."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from models import Corpus, ExtractedDocument, Person, Program
from models.document import RECORD_KINDS
from pipeline import flags
from pipeline.report import highlight

TEMPLATES = Path(__file__).parent / "templates"


def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["j2", "html"], default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _methods(record: Program) -> str:
    return ", ".join(sorted({m.method for m in record.mentions}))


def document_page(env: Environment, doc: ExtractedDocument) -> str:
    names = {o.id: o.name for o in doc.organisations}

    def affiliation(person: Person) -> str:
        return names.get(person.affiliation or "", person.affiliation or "")

    return env.get_template("document.html.j2").render(
        doc=doc,
        text=highlight.render(doc.document.text, highlight.marks(doc)),
        counts=list(doc.counts().items()),
        flag_count=flags.count(doc),
        categories=list(highlight.CATEGORIES.items()),
        methods=_methods,
        org_flags=flags.organisation_flags,
        date_flags=flags.date_flags,
        event_flags=flags.event_flags,
        participant_names=lambda e: [names.get(p, p) for p in e.participants],
        affiliation=affiliation,
    )


def index_page(
    env: Environment,
    *,
    corpus: Corpus,
    summaries: list[dict],
    unreadable: list[tuple[str, str]],
    rejected: list,
    corrections: object | None,
    graph: Markup,
    max_nodes: int,
) -> str:
    totals = {k: sum(s["counts"].get(k, 0) for s in summaries) for k in RECORD_KINDS}
    return env.get_template("index.html.j2").render(
        corpus=corpus,
        documents=summaries,
        unreadable=unreadable,
        rejected=rejected,
        corrections=corrections,
        graph=graph,
        max_nodes=max_nodes,
        totals=[("documents", len(summaries)), *totals.items()],
        count_names=RECORD_KINDS,
        flag_total=sum(s["flags"] for s in summaries),
        categories=list(highlight.CATEGORIES.items()),
    )
