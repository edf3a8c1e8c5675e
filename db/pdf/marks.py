"""Check boxes, colour swatches and the lines that carry them, for every form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from db.pdf.fonts import FONT
from db.pdf.fonts import register_fonts


def colour(value: str, default: str = "#ffffff") -> colors.Color:
    """A colour from ``#rrggbb`` (or a reportlab name); ``default`` if it cannot be read."""
    try:
        return colors.toColor(value)
    except (ValueError, TypeError):
        return colors.toColor(default)


def ink_on(background: colors.Color) -> colors.Color:
    """Black or white text, whichever reads better on ``background``."""
    r, g, b = background.red, background.green, background.blue
    return colors.black if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else colors.white


@dataclass(frozen=True)
class Box:
    """A check box inside a :class:`CheckLine`; ``ticked`` draws a tick in it."""

    ticked: bool = False


@dataclass(frozen=True)
class Swatch:
    """A small filled square of ``colour`` inside a :class:`CheckLine` (for legends)."""

    colour: str


Part = str | Box | Swatch


class CheckLine(Flowable):
    """Text runs, check boxes and colour swatches on a line (wrapping between parts if too wide).

    The boxes are drawn as squares rather than the ☐ character, so they print whatever font
    is in use (WenQuanYi Micro Hei has no ☐).
    """

    def __init__(self, parts: Sequence[Part], size: float = 10.5, font: str = FONT):
        super().__init__()
        register_fonts()
        self.parts = list(parts)
        self.size = size
        self.font = font
        self.leading = size * 1.45
        self._lines: list[list[tuple[float, Part]]] = []

    def _part_width(self, part: Part) -> float:
        if isinstance(part, Box | Swatch):
            return self.size * 1.15
        return stringWidth(part, self.font, self.size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines: list[list[tuple[float, Part]]] = [[]]
        x = 0.0
        for part in self.parts:
            w = self._part_width(part)
            if x + w > availWidth and lines[-1]:
                lines.append([])
                x = 0.0
            lines[-1].append((x, part))
            x += w
        self._lines = lines
        self.width = max(
            (pos + self._part_width(p) for line in lines for pos, p in line), default=0.0
        )
        self.height = len(lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        s = self.size
        for i, line in enumerate(self._lines):
            base = self.height - (i + 1) * self.leading + (self.leading - s) / 2 + s * 0.15
            for x, part in line:
                if isinstance(part, Box):
                    draw_box(c, x + s * 0.1, base - s * 0.08, s * 0.86, part.ticked)
                elif isinstance(part, Swatch):
                    c.saveState()
                    c.setFillColor(colour(part.colour))
                    c.setLineWidth(0.5)
                    c.rect(x + s * 0.05, base - s * 0.12, s * 0.95, s * 0.95, stroke=1, fill=1)
                    c.restoreState()
                else:
                    c.setFont(self.font, s)
                    c.drawString(x, base, part)


def draw_box(c: Canvas, x: float, y: float, side: float, ticked: bool = False) -> None:
    """A square check box with its lower-left corner at (x, y), ticked if asked."""
    c.saveState()
    c.setLineWidth(max(0.6, side * 0.07))
    c.rect(x, y, side, side, stroke=1, fill=0)
    if ticked:
        c.setLineWidth(max(0.9, side * 0.13))
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(x + side * 0.18, y + side * 0.52)
        path.lineTo(x + side * 0.42, y + side * 0.22)
        path.lineTo(x + side * 0.86, y + side * 0.86)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def choice(
    label: str, options: Sequence[str], chosen: str | None = None, gap: str = "\u2003"
) -> list[Part]:
    """Parts for ``label ☐a ☐b`` with ``chosen`` ticked (None: all empty, for the blank form);
    ``gap`` follows each option (an em space; a plain space where the line is crowded)."""
    parts: list[Part] = [label] if label else []
    for opt in options:
        parts += [Box(opt == chosen), opt + gap]
    return parts


OUTCOMES = ("合格", "不合格", "不适用")  # a check's boxes; 未检 prints as the word


def outcome_line(chosen: str | None, size: float = 9) -> CheckLine:
    """☐合格 ☐不合格 ☐不适用 with ``chosen`` ticked (None: all empty, for the blank form)."""
    return CheckLine(choice("", OUTCOMES, chosen, gap=" "), size=size)
