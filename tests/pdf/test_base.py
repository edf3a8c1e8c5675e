"""Generic form machinery: page numbers, letterhead, tables across pages, blanks, saving."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from db.errors import LedgerError
from db.pdf import base
from db.pdf.base import LANDSCAPE
from db.pdf.base import Form
from db.pdf.base import Letterhead
from db.pdf.base import Signature
from db.pdf.base import blank
from db.pdf.base import build_pdf
from db.pdf.base import cn_date
from db.pdf.base import fit_table
from db.pdf.base import para
from db.pdf.base import render
from db.pdf.base import signature_block
from db.pdf.base import styles
from db.pdf.base import write_pdf
from db.pdf.marks import Box
from db.pdf.marks import CheckLine
from db.pdf.marks import choice

LETTERHEAD = Letterhead("青山镇", "应急管理办公室")


def pages_text(data: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def long_form(rows: int = 60) -> Form:
    st = styles()
    width = base.PORTRAIT.width
    table = fit_table(
        [["序号", "项目", "结果"]]
        + [[str(i), f"第{i}项检查内容，文字较长需要自动换行" * 2, ""] for i in range(1, rows + 1)],
        [1, 6, 2],
        width,
        body=st.cell,
        head=st.head,
    )
    body = [
        Paragraph("静压 " + blank(None, "MPa") + "（≥0.14）", st.body),
        table,
        signature_block([Signature("检查人"), Signature("复核人", "王五")], width, st.body),
    ]
    return Form(LETTERHEAD, "通用检查表", body, printed_on=dt.date(2025, 3, 4))


def test_page_x_of_y_letterhead_and_printed_date_on_every_page():
    result = render(long_form())
    assert result.pages >= 2
    texts = pages_text(result.data)
    assert len(texts) == result.pages
    for n, text in enumerate(texts, start=1):
        assert f"第 {n} 页 / 共 {result.pages} 页" in text
        assert "青山镇应急管理办公室" in text
        assert "打印日期：2025年3月4日" in text
    assert "通用检查表" in texts[0]
    assert "通用检查表（续）" in texts[1]


def test_table_header_repeats_and_rows_are_not_lost():
    texts = pages_text(build_pdf(long_form(80)))
    numbers: set[int] = set()
    with_rows = 0
    for text in texts:
        found = {int(m) for m in re.findall(r"^(\d+)$", text, re.M)}
        if found:
            with_rows += 1
            assert "序号" in text and "结果" in text
        numbers |= found
    assert with_rows >= 2
    assert set(range(1, 81)) <= numbers


def test_table_is_exactly_the_page_width():
    st = styles()
    table = fit_table([["a", "b", "c"]], [0.2, 0.3, 0.5], 500, body=st.cell)
    w, _ = table.wrap(500, 800)
    assert w == pytest.approx(500)
    assert table._colWidths == pytest.approx([100, 150, 250])


def test_landscape_page_is_wider_than_tall():
    data = build_pdf(Form(LETTERHEAD, "横向", [para("内容", styles().body)], layout=LANDSCAPE))
    box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert float(box.width) == pytest.approx(841.89, abs=0.1)


def test_text_is_escaped_in_paragraphs():
    text = pages_text(build_pdf(Form(LETTERHEAD, "转义", [para("A<B & C>D", styles().body)])))
    assert "A<B & C>D" in text[0]


def test_value_blanks_and_dates():
    assert blank(None, "MPa", chars=4) == "____&nbsp;MPa"
    assert "0.25" in blank(0.25, "MPa") and "<u>" in blank(0.25, "MPa")
    assert blank("<x>").count("&lt;x&gt;") == 1
    assert cn_date(dt.date(2025, 1, 5)) == "2025年1月5日"
    assert "年" in cn_date(None) and "月" in cn_date(None)


def test_letterhead_does_not_repeat_the_town():
    assert Letterhead("青山镇", "应急管理办公室").text == "青山镇应急管理办公室"
    assert Letterhead("青山镇", "青山镇应急办").text == "青山镇应急办"


class _Recorder(Canvas):
    """Records the rectangles drawn, to see the check boxes."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.rects: list[tuple[float, float, float, float]] = []
        self.paths = 0

    def rect(self, x, y, w, h, *a, **k):
        self.rects.append((x, y, w, h))
        return super().rect(x, y, w, h, *a, **k)

    def drawPath(self, *a, **k):  # noqa: N802
        self.paths += 1
        return super().drawPath(*a, **k)


def test_check_boxes_are_drawn_not_typed():
    line = CheckLine(choice("电话：", ["畅通", "不畅通"], "畅通") + [Box()], size=10)
    line.wrap(400, 100)
    canvas = _Recorder(io.BytesIO())
    line.drawOn(canvas, 0, 0)
    assert len(canvas.rects) == 3
    assert all(w == h for _, _, w, h in canvas.rects)
    assert canvas.paths == 1  # one tick, for 畅通


def test_check_line_wraps_between_parts():
    line = CheckLine(choice("项目：", [f"选项{i}" for i in range(20)]), size=10)
    _, h = line.wrap(200, 1000)
    assert h > 3 * line.leading


def test_write_pdf_writes_and_replaces(tmp_path):
    target = tmp_path / "sub" / "表.pdf"
    write_pdf(target, b"%PDF-1 first")
    write_pdf(target, b"%PDF-1 second")
    assert target.read_bytes() == b"%PDF-1 second"
    assert [p.name for p in target.parent.iterdir()] == ["表.pdf"]


def test_write_pdf_failure_is_a_readable_error(tmp_path):
    folder = tmp_path / "是目录.pdf"
    folder.mkdir()
    (folder / "x").write_text("keep")
    with pytest.raises(LedgerError, match="无法保存"):
        write_pdf(folder, b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["是目录.pdf"]


def test_letterhead_does_not_repeat_the_town_word():
    assert Letterhead("高楼镇", "镇应急办").text == "高楼镇应急办"
    assert Letterhead("高楼镇", "高楼镇应急办").text == "高楼镇应急办"
    assert Letterhead("高楼镇", "应急办").text == "高楼镇应急办"
