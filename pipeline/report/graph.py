"""Who cooperates with whom: organisations linked through shared events and
programs, drawn as an SVG picture.

Per document: two organisations are linked once for every event they take
part in together; an organisation and a program are linked when an event's
sentence names both. Across documents the links add up, by the corpus's
canonical records (the same body under its acronym in one text and its full
name in another is one node).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter

import networkx as nx
from markupsafe import Markup, escape

from models import Corpus, ExtractedDocument

Link = tuple[str, str, str]  # (kind, record id, record id): "event" | "program"
WIDTH, HEIGHT = 960, 620
MARGIN_X, MARGIN_Y = 160, 40  # room for the labels


def document_links(doc: ExtractedDocument) -> list[Link]:
    """The links one document contributes, by its own record ids."""
    links: list[Link] = []
    for event in doc.events:
        for a, b in itertools.combinations(sorted(set(event.participants)), 2):
            links.append(("event", a, b))
        start, end = event.evidence.start, event.evidence.end
        for program in doc.programs:
            if any(start <= m.start and m.end <= end for m in program.mentions):
                links += [
                    ("program", p, program.id) for p in sorted(event.participants)
                ]
    return sorted(set(links))


def corpus_graph(corpus: Corpus, links: dict[str, list[Link]], limit: int) -> nx.Graph:
    """Nodes: canonical organisations and programs; edge weight: how often."""
    canonical: dict[tuple[str, str], tuple[str, str]] = {}
    for entity in [*corpus.organisations, *corpus.programs]:
        for ref in entity.documents:
            canonical[(ref.document, ref.record)] = (entity.id, entity.name)
    weights: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    for doc_id in sorted(links):
        for _kind, a, b in links[doc_id]:
            ends = [canonical.get((doc_id, r)) for r in (a, b)]
            if None in ends or ends[0][0] == ends[1][0]:
                continue
            names.update(dict(ends))
            weights[tuple(sorted(e[0] for e in ends))] += 1
    graph = nx.Graph()
    for (a, b), weight in sorted(weights.items()):
        graph.add_edge(a, b, weight=weight)
    for node in graph.nodes:
        graph.nodes[node]["label"] = names[node]
    keep = set(
        sorted(graph.nodes, key=lambda n: (-graph.degree(n, "weight"), n))[:limit]
    )
    # Not graph.subgraph(keep): when it keeps fewer than half the nodes it lists
    # them in set order, which changes with the hash seed, and so would the
    # layout. Here they keep the order they were added in.
    picked = nx.Graph()
    picked.add_nodes_from((n, data) for n, data in graph.nodes(data=True) if n in keep)
    picked.add_edges_from(
        (a, b, data) for a, b, data in graph.edges(data=True) if {a, b} <= keep
    )
    return picked


def _positions(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    if len(graph) == 1:
        return {next(iter(graph.nodes)): (WIDTH / 2, HEIGHT / 2)}
    layout = nx.spring_layout(
        graph, seed=1, weight="weight", k=1.6 / math.sqrt(len(graph))
    )
    xs = [p[0] for p in layout.values()]
    ys = [p[1] for p in layout.values()]

    def scale(v: float, lo: float, hi: float, size: int, margin: int) -> float:
        return margin + (v - lo) / ((hi - lo) or 1) * (size - 2 * margin)

    return {
        n: (
            scale(x, min(xs), max(xs), WIDTH, MARGIN_X),
            scale(y, min(ys), max(ys), HEIGHT, MARGIN_Y),
        )
        for n, (x, y) in layout.items()
    }


def svg(graph: nx.Graph) -> Markup:
    """The graph as inline SVG: organisations as circles, programs as squares,
    line width by how often two are linked."""
    if not len(graph):
        return Markup('<p class="muted">No organisations linked yet.</p>')
    pos = _positions(graph)
    parts = [
        f'<svg class="graph" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-label="Organisations linked through shared events and programs">'
    ]
    for a, b, data in sorted(graph.edges(data=True)):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        width = 1 + 1.5 * math.log2(data["weight"])
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{width:.1f}"><title>{data["weight"]} link(s)</title></line>'
        )
    for node in sorted(graph.nodes):
        x, y = pos[node]
        label = escape(graph.nodes[node]["label"])
        radius = 5 + min(9, graph.degree(node, "weight"))
        shape = (
            f'<rect x="{x - radius:.1f}" y="{y - radius:.1f}" width="{2 * radius}" '
            f'height="{2 * radius}" class="prog"/>'
            if node.startswith("prog:")
            else f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" class="org"/>'
        )
        parts.append(
            f'<g>{shape}<text x="{x:.1f}" y="{y - radius - 4:.1f}">{label}</text>'
            f"<title>{label}</title></g>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
