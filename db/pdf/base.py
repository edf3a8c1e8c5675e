"""Generic A4 form machinery on reportlab.

A form is a list of flowables (the body) plus what every printed sheet carries: the letterhead
(town and office) at the top, a title, the printed-on date and "第 x 页 / 共 y 页" at the
bottom. Helpers build the pieces forms are made of: tables whose columns are fractions of the
page width, drawn check boxes, value blanks with units and signature lines.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate
from reportlab.platypus import Flowable
from reportlab.platypus import Frame
from reportlab.platypus import PageTemplate
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from db.errors import LedgerError
from db.pdf.fonts import FONT
from db.pdf.fonts import FONT_BOLD
from db.pdf.fonts import register_fonts
from db.pdf.markup import escape

HEAD_FILL = colors.HexColor("#e6e6e6")
RULE = colors.HexColor("#333333")
GREY_TEXT = colors.HexColor("#555555")
#: A numbered table's 序号 column centred below its header row (one of its ``extra`` commands).
CENTRED_NUMBERS = ("ALIGN", (0, 1), (0, -1), "CENTER")
_NB = "\u00a0"  # kept by paragraphs, where ordinary and ideographic spaces collapse
BLANK_DATE = f"{_NB * 10}年{_NB * 6}月{_NB * 6}日"
BLANK_TIME = f"{_NB * 6}时{_NB * 6}分"
BLANK_TOWN = "______镇"  # an office that has not named its town yet: a line to write it on


@dataclass(frozen=True)
class Letterhead:
    """Who issues the sheet; read from the office settings by the caller. ``seal`` is the
    audit chain's head (``db.chain.Head.text``) printed in the footer: a filed copy shows the
    state of the records it was printed from."""

    town: str
    office: str
    seal: str = ""

    @property
    def place(self) -> str:
        """The town as printed: a blank line to write on while none is set."""
        return self.town.strip() or BLANK_TOWN

    @property
    def text(self) -> str:
        town = self.place
        if self.office.startswith(town):
            return self.office
        # "高楼镇" + "镇应急办" reads "高楼镇应急办", not "高楼镇镇应急办".
        if self.office and town[-1] == self.office[0] and town[-1] in "镇乡村区县市街":
            return f"{town}{self.office[1:]}"
        return f"{town}{self.office}"


@dataclass(frozen=True)
class Layout:
    """An A4 page and its margins (points). The header and footer sit inside the margins."""

    landscape: bool = False
    top: float = 20 * mm
    bottom: float = 15 * mm
    left: float = 15 * mm
    right: float = 15 * mm

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def width(self) -> float:
        """Width of the body frame."""
        return self.pagesize[0] - self.left - self.right

    @property
    def height(self) -> float:
        """Height of the body frame."""
        return self.pagesize[1] - self.top - self.bottom


PORTRAIT = Layout()
LANDSCAPE = Layout(landscape=True)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle


def styles(size: float = 10.5, cell_size: float | None = None) -> Styles:
    """Paragraph styles in the form font; ``wordWrap="CJK"`` lets Chinese wrap anywhere."""
    register_fonts()
    cs = cell_size or size - 1

    def style(name: str, font: str = FONT, sz: float = size, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=sz,
            leading=kw.pop("leading", sz * 1.3),
            wordWrap="CJK",
            **kw,
        )

    return Styles(
        body=style("body"),
        small=style("small", sz=size - 2, textColor=GREY_TEXT),
        label=style("label", FONT_BOLD),
        cell=style("cell", sz=cs, leading=cs * 1.25),
        cell_center=style("cell_center", sz=cs, leading=cs * 1.25, alignment=TA_CENTER),
        head=style("head", FONT_BOLD, sz=cs, leading=cs * 1.25, alignment=TA_CENTER),
        title=style("title", FONT_BOLD, sz=size + 7.5, alignment=TA_CENTER, spaceAfter=2),
        subtitle=style("subtitle", sz=size - 1, alignment=TA_CENTER, textColor=GREY_TEXT),
    )


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    safe = escape("" if text is None else str(text)).replace("\n", "<br/>")
    return Paragraph(safe, style)


def cn_date(day: dt.date | None, blank: str = BLANK_DATE) -> str:
    """``2025年1月5日``, or the blank ``　　年　　月　　日`` to fill in by hand."""
    return blank if day is None else f"{day.year}年{day.month}月{day.day}日"


def cn_datetime(at: dt.datetime | None) -> str:
    return f"{BLANK_DATE} {BLANK_TIME}" if at is None else f"{cn_date(at)} {at:%H:%M}"


def blank(value: object | None = None, unit: str = "", chars: int = 6) -> str:
    """Paragraph markup for a value blank with its unit: ``______ MPa`` or an underlined value."""
    tail = f"&nbsp;{escape(unit)}" if unit else ""
    if value is None or value == "":
        return "_" * chars + tail
    text = escape(str(value))
    pad = "&nbsp;" * max(1, (chars - len(str(value))) // 2)
    return f"<u>{pad}{text}{pad}</u>{tail}"


# --- tables ------------------------------------------------------------------------------


def cell(content: object, style: ParagraphStyle) -> Flowable | str:
    """A table cell: flowables pass through, text becomes a wrapping paragraph."""
    if isinstance(content, Flowable | list):
        return content  # type: ignore[return-value]
    if content is None or content == "":
        return ""
    return para(content, style)


def fit_table(
    rows: Sequence[Sequence[object]],
    fractions: Sequence[float],
    width: float,
    *,
    body: ParagraphStyle,
    head: ParagraphStyle | None = None,
    header_rows: int = 1,
    row_heights: Sequence[float | None] | float | None = None,
    padding: float = 3,
    extra: Sequence[tuple[Any, ...]] = (),
    grid: bool = True,
) -> Table:
    """A table exactly ``width`` wide; columns are fractions of it (normalised).

    Text cells wrap (CJK-aware); the first ``header_rows`` rows are shaded and repeat on every
    page the table runs onto. ``extra`` adds TableStyle commands (spans, fills, fonts).
    """
    total = sum(fractions)
    widths = [width * f / total for f in fractions]
    head = head or body
    data = [[cell(v, head if r < header_rows else body) for v in row] for r, row in enumerate(rows)]
    if isinstance(row_heights, int | float):
        heights: Sequence[float | None] | None = [None] * header_rows + [row_heights] * (
            len(rows) - header_rows
        )
    else:
        heights = row_heights
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=header_rows)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), body.fontName, body.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 0.6),
    ]
    if grid:
        commands += [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


@dataclass(frozen=True)
class Signature:
    """One signature place: the role, and (filled form) the name and date/time text."""

    label: str
    name: str = ""
    when: str = ""


def signature_block(
    signatures: Sequence[Signature],
    width: float,
    style: ParagraphStyle,
    *,
    when_label: str = "日期",
    when_blank: str = BLANK_DATE,
    when_row: bool = True,
) -> Table:
    """Signature lines side by side: ``检查人：______`` with ``日期：　年　月　日`` below
    (``when_row=False``: the names line only).

    A signature line is for the pen: when the record names the people, the names print as a
    field (``检查人：刘建国``) above an empty ``签名：______`` line."""
    label_w, value_w = 0.38, 0.62
    fractions = [f for _ in signatures for f in (label_w, value_w)]
    right = ParagraphStyle("sig_label", parent=style, alignment=2)
    named = any(sig.name.strip() for sig in signatures)
    fields: list[object] = []
    names: list[object] = []
    whens: list[object] = []
    for sig in signatures:
        fields += [para(sig.label + "：", right), para(sig.name, style)]
        names += [para(("签名" if named else sig.label) + "：", right), para("", style)]
        whens += [para(when_label + "：", right), para(sig.when or when_blank, style)]
    line_row = 1 if named else 0
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, line_row), 10),
    ]
    for i in range(len(signatures)):
        commands.append(
            ("LINEBELOW", (2 * i + 1, line_row), (2 * i + 1, line_row), 0.6, colors.black)
        )
    rows = ([fields] if named else []) + [names] + ([whens] if when_row else [])
    return fit_table(
        rows,
        fractions,
        width,
        body=style,
        header_rows=0,
        grid=False,
        extra=commands,
        padding=2,
    )


def text_box(text: str, style: ParagraphStyle, width: float, min_height: float) -> Table:
    """A framed box holding ``text``, at least ``min_height`` tall (room to write by hand)."""
    content = para(text, style)
    _, h = content.wrap(width - 8, 10_000)
    table = Table([[content]], colWidths=[width], rowHeights=[max(min_height, h + 8)])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # a cell's font is set even around a
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),  # paragraph: never Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def section(text: str, st: Styles, width: float) -> Table:
    """A section heading bar (shaded, full width)."""
    table = Table([[para(text, st.label)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


# --- documents ---------------------------------------------------------------------------


@dataclass
class Form:
    """Everything needed to print one document."""

    letterhead: Letterhead
    title: str
    body: list[Flowable]
    layout: Layout = PORTRAIT
    printed_on: dt.date | None = None  # None: today
    subtitle: str = ""
    title_size: float = 18
    subject: str = ""
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int


def title_block(form: Form) -> list[Flowable]:
    st = styles()
    title = ParagraphStyle(
        "form_title", parent=st.title, fontSize=form.title_size, leading=form.title_size * 1.3
    )
    out: list[Flowable] = [para(form.title, title)]
    if form.subtitle:
        out.append(para(form.subtitle, st.subtitle))
    out.append(Spacer(1, 3 * mm))
    return out


def _decorate(form: Form) -> Callable[[Canvas, Any], None]:
    """Letterhead at the top of each page; printed-on date at the bottom left, the audit
    chain's head at the bottom right."""
    layout = form.layout
    page_w, page_h = layout.pagesize
    printed = cn_date(form.printed_on or dt.date.today())

    def on_page(c: Canvas, doc: Any) -> None:
        c.saveState()
        line_y = page_h - layout.top + 3.5 * mm
        if doc.page == 1:
            c.setFont(FONT_BOLD, 11)
            c.drawCentredString(page_w / 2, line_y + 2.2 * mm, form.letterhead.text)
            c.setLineWidth(1.2)
            c.line(layout.left, line_y, page_w - layout.right, line_y)
            c.setLineWidth(0.4)
            c.line(layout.left, line_y - 0.8 * mm, page_w - layout.right, line_y - 0.8 * mm)
        else:
            c.setFont(FONT, 8)
            c.setFillColor(GREY_TEXT)
            c.drawString(layout.left, line_y + 1.5 * mm, form.letterhead.text)
            c.drawRightString(page_w - layout.right, line_y + 1.5 * mm, form.title + "（续）")
            c.setLineWidth(0.4)
            c.line(layout.left, line_y, page_w - layout.right, line_y)
        c.setFont(FONT, 8)
        c.setFillColor(GREY_TEXT)
        c.drawString(layout.left, layout.bottom - 7 * mm, f"打印日期：{printed}")
        if form.letterhead.seal:
            c.drawRightString(page_w - layout.right, layout.bottom - 7 * mm, form.letterhead.seal)
        c.restoreState()

    return on_page


def _numbered_canvas(layout: Layout, counter: list[int]) -> type[Canvas]:
    """A canvas that holds its pages until the end so each can say "第 x 页 / 共 y 页"."""
    page_w = layout.pagesize[0]

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Start in the form font so no unembedded Helvetica is referenced.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(FONT, 9)
                self.drawCentredString(
                    page_w / 2, layout.bottom - 7 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页"
                )
                self.restoreState()
                Canvas.showPage(self)
            counter.append(total)
            Canvas.save(self)

    return NumberedCanvas


def render(form: Form) -> Rendered:
    """Lay the form out; returns the PDF and its page count."""
    register_fonts()
    layout = form.layout
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=layout.pagesize,
        leftMargin=layout.left,
        rightMargin=layout.right,
        topMargin=layout.top,
        bottomMargin=layout.bottom,
        title=form.title,
        author=form.letterhead.text,
        subject=form.subject or form.title,
        creator="救援台账",
        initialFontName=FONT,
    )
    frame = Frame(
        layout.left,
        layout.bottom,
        layout.width,
        layout.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=_decorate(form))])
    counter: list[int] = []
    doc.build(title_block(form) + list(form.body), canvasmaker=_numbered_canvas(layout, counter))
    return Rendered(buffer.getvalue(), counter[-1] if counter else 0)


def build_pdf(form: Form) -> bytes:
    """The form as PDF bytes."""
    return render(form).data


def write_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write PDF bytes to ``path`` without leaving a half-written file behind."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".pdf", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.replace(tmp, target)
        except OSError:
            os.unlink(tmp)
            raise
    except PermissionError as exc:
        raise LedgerError(
            f"无法保存 {target.name}：文件可能正在被其他程序（如 PDF 阅读器）打开，"
            "请关闭后重试，或另存为其他文件名。"
        ) from exc
    except OSError as exc:
        raise LedgerError(f"无法保存 {target}：{exc.strerror or exc}") from exc
    return target
