"""Stage: per-document records -> one corpus view (extracted/corpus.json).

The same organisation or program under different names across documents
("European Space Agency" in one, "ESA" in another, "the Chinese Academy of
Sciences (CAS)" vs "CAS") becomes one record: records are joined when they
share a full name or an acronym, or when their names are near-identical
(rapidfuzz), and the gazetteer ties known acronyms to their full names.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError
from rapidfuzz import fuzz, process

from models import (
    Corpus,
    CorpusEntity,
    CorpusEvent,
    DocumentRef,
    DocumentSummary,
    ExtractedDocument,
    Organisation,
)
from pipeline.ids import slug
from pipeline.io import digest_or_bytes, files_digest, read_model, write_json
from pipeline.lexicon import load_lexicon
from pipeline.params import ConsolidateParams

log = logging.getLogger(__name__)
# Beside corpus.json: what each document contributed, keyed by its file's hash,
# so adding one document to thousands reads and validates only that one.
CACHE = ".corpus-cache.json"
# The code that decides a document's share: when it changes, the cache is void.
_CODE = (
    Path(__file__),
    Path(__file__).parent.parent.parent / "models" / "corpus.py",
    Path(__file__).parent.parent.parent / "models" / "document.py",
)


class EntityRef(BaseModel):
    """What the corpus needs of one organisation or program record."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    name: str
    acronym: str | None = None
    mentions: int


class Contribution(BaseModel):
    """One document's share of the corpus view."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    summary: DocumentSummary
    organisations: list[EntityRef]
    programs: list[EntityRef]
    events: list[CorpusEvent]


class _Cache(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str
    documents: dict[str, tuple[str, Contribution]]  # file name -> (sha256, share)


def read_documents(folder: Path) -> Iterator[ExtractedDocument]:
    """Every valid document record in a folder, one at a time (memory stays flat
    however large the corpus); an invalid file is logged."""
    for path in sorted(folder.glob("*.json")):
        doc = _read_document(path)
        if doc is not None:
            yield doc


def _read_document(path: Path, data: bytes | None = None) -> ExtractedDocument | None:
    try:
        raw = path.read_bytes() if data is None else data
        return ExtractedDocument.model_validate_json(raw)
    except (OSError, ValidationError) as e:
        log.error("%s: not a valid document record: %s", path, e)
        return None


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold().removeprefix("the ")


class _Cluster:
    def __init__(self, order: int) -> None:
        self.order = order
        self.names: Counter[str] = Counter()
        self.acronyms: Counter[str] = Counter()
        self.refs: list[DocumentRef] = []


def _canonical_keys(record: EntityRef) -> frozenset[str]:
    return _keys_of(record.name, record.acronym)


@lru_cache(maxsize=1 << 16)
def _keys_of(name: str, acronym: str | None) -> frozenset[str]:
    gazetteer = load_lexicon().gazetteer
    keys = {_key(name)} | ({_key(acronym)} if acronym else set())
    for form in (name, acronym):
        if form in gazetteer:
            _, full, short = gazetteer[form]
            keys |= {_key(full)} | ({_key(short)} if short else set())
    return frozenset(keys)


class _Clusters:
    """Clusters with an index from every name and acronym key to its cluster,
    so a lookup costs one probe per key; fuzzy matching only on a miss."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.all: list[_Cluster] = []
        self.by_key: dict[str, _Cluster] = {}
        # every distinct name seen, in order, and the cluster it went to
        self.keys: list[str] = []
        self.owners: list[_Cluster] = []

    def find(self, record: EntityRef) -> _Cluster | None:
        hits = [self.by_key[k] for k in _canonical_keys(record) if k in self.by_key]
        if hits:
            return min(hits, key=lambda c: c.order)  # the earliest, as before
        # the first near-identical name seen (rapidfuzz scores them all in C)
        hits = process.extract(
            _key(record.name),
            self.keys,
            scorer=fuzz.ratio,
            score_cutoff=self.threshold,
            limit=None,
        )
        if not hits:
            return None
        first = min(index for _, _, index in hits)
        return self.owners[first]

    def entities(self, prefix: str) -> list[CorpusEntity]:
        return sorted((_entity(c, prefix) for c in self.all), key=lambda e: e.id)

    def add(self, record: EntityRef, doc_id: str) -> None:
        cluster = self.find(record)
        if cluster is None:
            cluster = _Cluster(len(self.all))
            self.all.append(cluster)
        if record.name not in cluster.names:
            self.keys.append(_key(record.name))
            self.owners.append(cluster)
        cluster.names[record.name] += record.mentions
        self.by_key.setdefault(_key(record.name), cluster)
        if record.acronym:
            cluster.acronyms[record.acronym] += 1
            self.by_key.setdefault(_key(record.acronym), cluster)
        cluster.refs.append(
            DocumentRef(document=doc_id, record=record.id, mentions=record.mentions)
        )


def _entity(cluster: _Cluster, prefix: str) -> CorpusEntity:
    acronym = cluster.acronyms.most_common(1)[0][0] if cluster.acronyms else None
    full = [n for n in cluster.names if n != acronym] or list(cluster.names)
    name = max(full, key=lambda n: (cluster.names[n], len(n), n))
    return CorpusEntity(
        id=f"{prefix}:{slug(name)}",
        name=name,
        acronym=acronym,
        aliases=sorted(set(cluster.names) - {name}),
        documents=sorted(cluster.refs, key=lambda r: (r.document, r.record)),
        mention_count=sum(r.mentions for r in cluster.refs),
    )


def _events(doc: ExtractedDocument) -> list[CorpusEvent]:
    names = {o.id: o.name for o in doc.organisations}
    return [
        CorpusEvent(
            **event.model_dump(),
            document=doc.document.id,
            participant_names=[names[p] for p in event.participants],
        )
        for event in doc.events
    ]


def _summary(doc: ExtractedDocument) -> DocumentSummary:
    return DocumentSummary(
        id=doc.document.id,
        source=doc.document.source,
        title=doc.document.title,
        published=doc.document.published,
        counts=doc.counts(),
    )


def contribution(doc: ExtractedDocument) -> Contribution:
    def refs(records: list[Organisation]) -> list[EntityRef]:
        return [
            EntityRef(id=r.id, name=r.name, acronym=r.acronym, mentions=len(r.mentions))
            for r in records
        ]

    return Contribution(
        summary=_summary(doc),
        organisations=refs(doc.organisations),
        programs=refs(doc.programs),
        events=_events(doc),
    )


def assemble(
    shares: Iterable[Contribution], *, params: ConsolidateParams | None = None
) -> Corpus:
    """One pass over the documents' shares: only the corpus view is kept."""
    threshold = (params or ConsolidateParams()).fuzzy_threshold
    orgs, programs = _Clusters(threshold), _Clusters(threshold)
    summaries, events = [], []
    for share in shares:
        doc_id = share.summary.id
        summaries.append(share.summary)
        for record in share.organisations:
            orgs.add(record, doc_id)
        for record in share.programs:
            programs.add(record, doc_id)
        events.extend(share.events)
    return Corpus(
        documents=summaries,
        organisations=orgs.entities("org"),
        programs=programs.entities("prog"),
        events=events,
    )


def build_corpus(
    docs: Iterable[ExtractedDocument], *, params: ConsolidateParams | None = None
) -> Corpus:
    return assemble((contribution(doc) for doc in docs), params=params)


def _load_cache(path: Path, version: str) -> dict[str, tuple[str, Contribution]]:
    cache = read_model(path, _Cache)
    # none, unreadable or from other code: every document is read again
    return cache.documents if cache and cache.version == version else {}


def _shares(
    documents: Path,
    cached: dict[str, tuple[str, Contribution]],
    digests: Mapping[str, str],
) -> dict[str, tuple[str, Contribution]]:
    shares = {}
    for path in sorted(documents.glob("*.json")):
        try:
            sha, data = digest_or_bytes(path, digests)
        except OSError as e:
            log.error("%s: cannot be read: %s", path, e)
            continue
        hit = cached.get(path.name)
        if hit is not None and hit[0] == sha:
            shares[path.name] = hit
        elif (doc := _read_document(path, data)) is not None:
            shares[path.name] = (sha, contribution(doc))
    return shares


def run(
    documents: Path,
    output: Path,
    *,
    params: ConsolidateParams,
    digests: Mapping[str, str] | None = None,
) -> Corpus:
    """Rebuild corpus.json from the documents; unchanged documents come from
    the cache beside it, so the cost follows what changed. ``digests`` (file
    name -> sha256), when a caller already knows them, spare hashing files."""
    version, cache_path = files_digest(_CODE), output.with_name(CACHE)
    shares = _shares(documents, _load_cache(cache_path, version), digests or {})
    corpus = assemble((share for _, share in shares.values()), params=params)
    write_json(output, corpus)
    write_json(cache_path, _Cache(version=version, documents=shares), indent=None)
    return corpus
