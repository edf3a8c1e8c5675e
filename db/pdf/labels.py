"""Point labels that avoid each other: each label tries the eight places around its point, then
the same eight farther out with a leader line; a label that fits nowhere is dropped.

Pure geometry on boxes (x0, y0, x1, y1 in points, y up): the map drawing asks
:func:`place_labels` and draws what it returns, and tests check the same result.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from db.pdf.fonts import FONT
from db.pdf.fonts import register_fonts

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
GAP = 1.0  # between the point's mark and its label
MARGIN = 0.6  # kept free around every label
LEADER_STEPS = (9.0, 18.0, 30.0)  # how much farther out a leader-lined label may go
# right, left, upper right, upper left, lower right, lower left, above, below
DIRECTIONS = ((1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1), (0, 1), (0, -1))


@dataclass(frozen=True)
class Wanted:
    """A label asked for: its text and size, the point, and how far from the point the mark
    reaches (the label starts beyond it)."""

    text: str
    x: float
    y: float
    size: float
    clear: float = 3.0
    tag: str = ""  # the caller's: how to draw it


@dataclass(frozen=True)
class Placed:
    """Where a label goes: ``x, y`` is the start of its baseline; ``leader`` a line from the
    point to the label when it was moved away from it."""

    text: str
    x: float
    y: float
    size: float
    box: Box
    leader: tuple[float, float, float, float] | None = None
    tag: str = ""


def overlaps(a: Box, b: Box) -> bool:
    """Do two boxes share any area (touching edges do not count)?"""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(box: Box, frame: Box) -> bool:
    return frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and box[3] <= frame[3]


def _grow(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _start(centre: float, reach: float, extent: float, direction: int) -> float:
    """Where a label of ``extent`` starts along one axis: beyond the point, before it, or
    centred on it."""
    if direction > 0:
        return centre + reach
    if direction < 0:
        return centre - reach - extent
    return centre - extent / 2


def _box_at(
    w: Wanted, width: float, height: float, dx: int, dy: int, reach: float
) -> tuple[Box, float, float]:
    """The label's box in direction (dx, dy) at ``reach`` from the point, and its baseline."""
    x0, y0 = _start(w.x, reach, width, dx), _start(w.y, reach, height, dy)
    return (x0, y0, x0 + width, y0 + height), x0, y0 + 0.22 * w.size


def _leader(w: Wanted, box: Box) -> tuple[float, float, float, float]:
    """From the edge of the point's mark to the nearest point of the label's box."""
    tx = min(max(w.x, box[0]), box[2])
    ty = min(max(w.y, box[1]), box[3])
    dx, dy = tx - w.x, ty - w.y
    length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    return (w.x + dx / length * w.clear, w.y + dy / length * w.clear, tx, ty)


def text_width(text: str, size: float) -> float:
    register_fonts()
    return stringWidth(text, FONT, size)


def place_labels(
    wanted: Sequence[Wanted], frame: Box, obstacles: Iterable[Box] = ()
) -> tuple[list[Placed], list[Wanted]]:
    """Place the labels in the order given (most important first): none overlaps another or
    an obstacle (the marks, the scale bar), all inside ``frame``. Returns the placed labels and
    the ones dropped."""
    blocked: list[Box] = list(obstacles)
    placed: list[Placed] = []
    dropped: list[Wanted] = []
    for w in wanted:
        width, height = text_width(w.text, w.size), w.size * 1.1
        spot: Placed | None = None
        for extra in (0.0, *LEADER_STEPS):
            for dx, dy in DIRECTIONS:
                box, bx, by = _box_at(w, width, height, dx, dy, w.clear + GAP + extra)
                room = _grow(box, MARGIN)
                if not inside(box, frame) or any(overlaps(room, b) for b in blocked):
                    continue
                leader = _leader(w, box) if extra else None
                spot = Placed(w.text, bx, by, w.size, box, leader, w.tag)
                break
            if spot is not None:
                break
        if spot is None:
            dropped.append(w)
            continue
        placed.append(spot)
        blocked.append(spot.box)
    return placed, dropped
