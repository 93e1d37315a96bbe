"""Who cooperates with whom: organisations linked through shared events and
programs, drawn as an SVG picture.

Per document: two organisations are linked once for every event they take
part in together; an organisation and a program are linked when an event's
sentence names both. Across documents the links add up, by the corpus's
canonical records (the same body under its acronym in one text and its full
name in another is one node).

The picture is laid out by networkx's spring layout (Fruchterman-Reingold,
``networkx.spring_layout``), ported here with numpy alone: networkx took
longer to import and tear down than the layout takes to run. The port gives
the same positions, bit for bit (a test compares them).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import dataclass

import numpy as np
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


@dataclass(frozen=True)
class Graph:
    """Undirected, with weighted edges; the nodes keep the order they were
    added in, which decides the layout."""

    labels: dict[str, str]  # node -> label
    weights: dict[tuple[str, str], int]  # (node, node added after it) -> weight

    @property
    def nodes(self) -> list[str]:
        return list(self.labels)

    def __len__(self) -> int:
        return len(self.labels)

    def degrees(self) -> dict[str, int]:
        """Each node's weighted degree."""
        degree = dict.fromkeys(self.labels, 0)
        for (a, b), weight in self.weights.items():
            degree[a] += weight
            degree[b] += weight
        return degree

    def subgraph(self, keep: set[str]) -> Graph:
        return Graph(
            {n: label for n, label in self.labels.items() if n in keep},
            {e: w for e, w in self.weights.items() if e[0] in keep and e[1] in keep},
        )


def corpus_graph(corpus: Corpus, links: dict[str, list[Link]], limit: int) -> Graph:
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
    labels: dict[str, str] = {}
    for a, b in sorted(weights):  # a node comes with its first edge
        labels.setdefault(a, names[a])
        labels.setdefault(b, names[b])
    order = {node: i for i, node in enumerate(labels)}
    graph = Graph(
        labels,
        {
            (a, b) if order[a] < order[b] else (b, a): weight
            for (a, b), weight in sorted(weights.items())
        },
    )
    degree = graph.degrees()
    return graph.subgraph(set(sorted(labels, key=lambda n: (-degree[n], n))[:limit]))


def _spring_layout(graph: Graph, k: float) -> dict[str, np.ndarray]:
    """``networkx.spring_layout(graph, k=k, seed=1, weight="weight")`` of
    networkx 3.6 (BSD-3-Clause) for fewer than 500 nodes, the same operations
    in the same order."""
    index = {node: i for i, node in enumerate(graph.labels)}
    n = len(index)
    adjacency = np.full((n, n), fill_value=0.0)
    for (a, b), weight in graph.weights.items():
        adjacency[index[a], index[b]] = adjacency[index[b], index[a]] = weight
    pos = np.asarray(np.random.RandomState(1).rand(n, 2), dtype=adjacency.dtype)
    iterations, threshold = 50, 1e-4
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, np.newaxis, :] - pos[np.newaxis, :, :]
        distance = np.linalg.norm(delta, axis=-1)
        np.clip(distance, 0.01, None, out=distance)
        displacement = np.einsum(
            "ijk,ij->ik", delta, (k * k / distance**2 - adjacency * distance / k)
        )
        length = np.linalg.norm(displacement, axis=-1)
        length = np.clip(length, a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / n) < threshold:
            break
    pos -= pos.mean(axis=0)  # rescaled to (-1, 1), centred on 0
    lim = np.abs(pos).max()
    if lim > 0:
        pos *= 1 / lim
    return dict(zip(graph.labels, pos + np.zeros(2), strict=True))


def _positions(graph: Graph) -> dict[str, tuple[float, float]]:
    if len(graph) == 1:
        return {graph.nodes[0]: (WIDTH / 2, HEIGHT / 2)}
    layout = _spring_layout(graph, k=1.6 / math.sqrt(len(graph)))
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


def svg(graph: Graph) -> Markup:
    """The graph as inline SVG: organisations as circles, programs as squares,
    line width by how often two are linked."""
    if not len(graph):
        return Markup('<p class="muted">No organisations linked yet.</p>')
    pos = _positions(graph)
    parts = [
        f'<svg class="graph" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-label="Organisations linked through shared events and programs">'
    ]
    for (a, b), weight in sorted(graph.weights.items()):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        width = 1 + 1.5 * math.log2(weight)
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{width:.1f}"><title>{weight} link(s)</title></line>'
        )
    degree = graph.degrees()
    for node in sorted(graph.nodes):
        x, y = pos[node]
        label = escape(graph.labels[node])
        radius = 5 + min(9, degree[node])
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
