"""Painting PDF pages onto a QPrinter, the preview dialog, saving and the choice dialog."""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import pytest
from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen import canvas

from widgets import pdfpreview
from widgets.pdfpreview import PdfPrintPreview
from widgets.pdfpreview import PrintChoiceDialog
from widgets.pdfpreview import paint_pdf
from widgets.pdfpreview import save_pdf

OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def make_pdf(orientations: str) -> bytes:
    """One page per letter: P portrait A4, L landscape A4."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for i, kind in enumerate(orientations):
        pdf.setPageSize(landscape(A4) if kind == "L" else A4)
        pdf.rect(20, 20, 100, 100, fill=1)
        pdf.drawString(150, 150, f"page {i + 1}")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def is_landscape(page: pypdf.PageObject) -> bool:
    return float(page.mediabox.width) > float(page.mediabox.height)


def test_paint_writes_every_page_with_its_orientation(qtbot, tmp_path):
    out = tmp_path / "out.pdf"
    assert paint_pdf(pdf_printer(out), make_pdf("PLLP"), max_dpi=72) == 4
    pages = pypdf.PdfReader(out).pages
    assert len(pages) == 4
    assert [is_landscape(p) for p in pages] == [False, True, True, False]


def test_paint_honours_a_page_range(qtbot, tmp_path):
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert paint_pdf(printer, make_pdf("PPPPP"), max_dpi=72) == 2
    assert len(pypdf.PdfReader(out).pages) == 2


def test_the_page_image_is_not_blank(qtbot, tmp_path):
    image = pdfpreview._render(pypdfium2.PdfDocument(make_pdf("P"))[0], dpi=72)
    assert image.width() < image.height()
    # the filled square sits at the bottom left (PDF origin), 20 pt from the edges
    assert image.pixelColor(50, image.height() - 50).lightness() < 50
    assert image.pixelColor(image.width() - 5, 5).lightness() > 200


def test_fit_keeps_aspect_ratio_and_centres():
    rect = pdfpreview._fit(QSize(100, 50), QRect(0, 0, 400, 400))
    assert (rect.width(), rect.height(), rect.y()) == (400, 200, 100)


@OFFSCREEN_SHOW
def test_preview_dialog_paints_pages(qtbot):
    preview = PdfPrintPreview(make_pdf("PL"), title="预览测试")
    painted = []
    preview.dialog.paintRequested.connect(lambda printer: painted.append(printer))
    QTimer.singleShot(300, preview.dialog.reject)
    preview.exec()
    assert painted and preview.error is None
    assert preview.dialog.windowTitle() == "预览测试"


def test_save_pdf_writes_bytes_and_adds_suffix(qtbot, tmp_path, monkeypatch):
    data = make_pdf("P")
    chosen = tmp_path / "名单"
    seen = {}

    def fake_dialog(parent, caption, start, filters):
        seen["start"] = start
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    path = save_pdf(None, data, "名单.pdf", directory=tmp_path)
    assert path == tmp_path / "名单.pdf"
    assert path.read_bytes() == data
    assert seen["start"].endswith("名单.pdf")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert save_pdf(None, data, "x.pdf", directory=tmp_path) is None


def test_the_offer_stays_open_after_a_preview_and_says_where_a_save_went(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    data = make_pdf("P")
    previews, opened = [], []
    monkeypatch.setattr(PdfPrintPreview, "exec", lambda self: previews.append(self) or 0)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "名单"), ""))
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    dialog = PrintChoiceDialog(
        title="打印名单", pdf_bytes=data, suggested_name="名单.pdf", directory=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.choice_buttons[k].text() for k in dialog.CHOICES] == [
        "预览…",
        "打印…",
        "保存为PDF…",
    ]
    assert not dialog.saved_label.isVisible()

    dialog.choice_buttons["preview"].click()
    assert len(previews) == 1 and dialog.isVisible()  # back to the offer, not closed

    dialog.choice_buttons["save"].click()
    saved = tmp_path / "名单.pdf"
    assert saved.read_bytes() == data and dialog.isVisible()
    assert dialog.saved_label.isVisible() and str(saved) in dialog.saved_label.text()
    assert dialog.saved_label.text().startswith("已保存到")
    dialog.open_file.click()
    dialog.open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(saved)), QUrl.fromLocalFile(str(tmp_path))]
    assert dialog.choices == ["preview", "save"]


@OFFSCREEN_SHOW
def test_the_preview_opens_large_and_fit_to_the_page_width(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = PdfPrintPreview(make_pdf("P"), title="预览")
    modes = []
    QTimer.singleShot(300, lambda: (modes.append(preview.view.zoomMode()), preview.dialog.reject()))
    preview.exec()
    assert modes == [QPrintPreviewWidget.ZoomMode.FitToWidth]
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert preview.dialog.width() >= area.width() * 0.7
