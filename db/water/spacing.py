"""Hydrant spacing around the key sites (GB 50974-2014 §7.2.5: outdoor hydrants ≤ 120 m apart).

Method: for each key site, the in-service hydrants (type 市政消火栓, usable on the day) within
the protection radius of the site are its surroundings' hydrants. Their nearest-neighbour chain
is the minimum spanning tree over them (Prim's algorithm on haversine distances): the shortest
set of links that joins every hydrant, each hydrant linked to its nearest not-yet-joined
neighbour. An edge of that tree longer than the rule (``water.hydrant_spacing_m``) is a spacing
gap: no chain of hydrants closer than the rule joins the two sides. Sites with fewer than two
hydrants in their surroundings have no spacing to check (their coverage says the rest).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from db import geo

SPACING_RULE = "water.hydrant_spacing_m"


@dataclass(frozen=True)
class SpacingGap:
    """Two neighbouring hydrants around a key site farther apart than the spacing rule."""

    site_id: int
    site_name: str
    a_code: str
    a_name: str
    b_code: str
    b_name: str
    distance_m: float
    rule_m: float


def spanning_edges(points: Sequence[geo.Point]) -> list[tuple[float, geo.Point, geo.Point]]:
    """The minimum spanning tree over ``points`` as (distance, a, b) edges (Prim, O(n²))."""
    if len(points) < 2:
        return []
    first, *rest = points
    best = {p.id: (geo.haversine_m(first.lon, first.lat, p.lon, p.lat), first) for p in rest}
    left = {p.id: p for p in rest}
    edges: list[tuple[float, geo.Point, geo.Point]] = []
    while left:
        pid = min(left, key=lambda i: (best[i][0], i))
        point = left.pop(pid)
        distance, parent = best.pop(pid)
        edges.append((distance, parent, point))
        for other in left.values():
            d = geo.haversine_m(point.lon, point.lat, other.lon, other.lat)
            if d < best[other.id][0]:
                best[other.id] = (d, point)
    return edges


def long_edges(
    points: Sequence[geo.Point], rule_m: float
) -> list[tuple[float, geo.Point, geo.Point]]:
    """The spanning-tree edges longer than ``rule_m``, longest first."""
    edges = [e for e in spanning_edges(points) if e[0] > rule_m]
    return sorted(edges, key=lambda e: (-e[0], e[1].id, e[2].id))
