"""Preview, print and save a PDF that was made elsewhere (as bytes).

Pages are rendered with pypdfium2 and painted onto the ``QPrinter``, scaled to its
printable area with the aspect ratio kept; a landscape page turns the printer to
landscape for that page.  The same painting serves the print preview, the real printer
and a ``PdfFormat`` printer in the tests.

Rendering runs on the UI thread, page by page; that is fine for the few-page registers
this is meant for, not for hundreds of pages.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageLayout, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

#: Rendering resolution cap: enough for text on paper, small enough for memory.
MAX_DPI = 300
PREVIEW_DPI = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPrint", text)


def page_count(pdf_bytes: bytes) -> int:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _render(page: pdfium.PdfPage, dpi: int) -> QImage:
    pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
    data = pil.tobytes("raw", "RGB")
    image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``data`` goes away with this frame


def _fit(image_size: QSize, area: QRect) -> QRect:
    """The largest rect with the image's aspect ratio, centred in ``area``."""
    size = image_size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = area.x() + (area.width() - size.width()) // 2
    y = area.y() + (area.height() - size.height()) // 2
    return QRect(x, y, size.width(), size.height())


def paint_pdf(printer: QPrinter, pdf_bytes: bytes, *, max_dpi: int = MAX_DPI) -> int:
    """Paint every page (or the printer's from/to range) onto ``printer``.

    Returns the number of pages painted.  Raises ``OSError`` if the printer cannot start.
    """
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        first, last = 1, len(pdf)
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(len(pdf), printer.toPage() or len(pdf))
        if first > last:
            return 0
        dpi = max(72, min(printer.resolution(), max_dpi))
        painter = QPainter()
        painted = 0
        try:
            for number in range(first, last + 1):
                image = _render(pdf[number - 1], dpi)
                orientation = (
                    QPageLayout.Orientation.Landscape
                    if image.width() > image.height()
                    else QPageLayout.Orientation.Portrait
                )
                if painted == 0:
                    printer.setPageOrientation(orientation)
                    if not painter.begin(printer):
                        raise OSError(_tr("无法开始打印。"))
                else:
                    if printer.pageLayout().orientation() != orientation:
                        printer.setPageOrientation(orientation)
                    printer.newPage()
                area = QRect(0, 0, printer.width(), printer.height())
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(_fit(image.size(), area), image)
                painted += 1
        finally:
            if painter.isActive():
                painter.end()
        return painted
    finally:
        pdf.close()


class PdfPrintPreview:
    """A ``QPrintPreviewDialog`` showing ``pdf_bytes``; ``exec()`` opens it modally."""

    def __init__(self, pdf_bytes: bytes, parent: QWidget | None = None, *, title: str = "") -> None:
        self.pdf_bytes = pdf_bytes
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setWindowTitle(title or _tr("打印预览"))
        self.dialog.paintRequested.connect(self._paint)
        self.error: str | None = None

    def _paint(self, printer: QPrinter) -> None:
        # On screen (the preview engine records a QPicture) a lower resolution is plenty;
        # "打印" inside the preview paints again, to the real printer, at full resolution.
        on_screen = printer.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if on_screen else MAX_DPI
        try:
            paint_pdf(printer, self.pdf_bytes, max_dpi=dpi)
        except OSError as exc:
            self.error = str(exc)
            log.warning("print failed: %s", exc)

    def exec(self) -> int:
        result = self.dialog.exec()
        if self.error:
            QMessageBox.warning(self.dialog.parentWidget(), _tr("打印"), self.error)
        return result


def print_pdf(parent: QWidget | None, pdf_bytes: bytes, *, title: str = "") -> bool:
    """Ask for a printer with ``QPrintDialog`` and print; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "document")
    count = page_count(pdf_bytes)
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or _tr("打印"))
    dialog.setMinMax(1, count)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        paint_pdf(printer, pdf_bytes)
    except OSError as exc:
        QMessageBox.warning(parent, _tr("打印"), str(exc))
        return False
    return True


def save_pdf(
    parent: QWidget | None,
    pdf_bytes: bytes,
    suggested_name: str,
    *,
    directory: str | Path | None = None,
) -> Path | None:
    """Ask where to save (``QFileDialog``) and write the bytes; None if cancelled or failed."""
    if directory is None:
        directory = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
    start = str(Path(directory) / suggested_name)
    filename, _selected = QFileDialog.getSaveFileName(
        parent, _tr("保存为PDF"), start, _tr("PDF 文件 (*.pdf)")
    )
    if not filename:
        return None
    path = Path(filename)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        path.write_bytes(pdf_bytes)
    except OSError as exc:
        QMessageBox.warning(
            parent, _tr("保存为PDF"), _tr("无法保存文件：{error}").format(error=exc.strerror or exc)
        )
        return None
    return path


class PrintChoiceDialog(QDialog):
    """Asks "预览… / 打印… / 保存为PDF…"; ``choice`` is "preview", "print", "save" or None."""

    CHOICES = ("preview", "print", "save")

    def __init__(self, parent: QWidget | None = None, *, title: str = "", text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("打印"))
        self.choice: str | None = None
        self.buttons = QDialogButtonBox(self)
        labels = {
            "preview": self.tr("预览…"),
            "print": self.tr("打印…"),
            "save": self.tr("保存为PDF…"),
        }
        self.choice_buttons: dict[str, QPushButton] = {}
        for key in self.CHOICES:
            button = self.buttons.addButton(labels[key], QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _checked=False, k=key: self._choose(k))
            self.choice_buttons[key] = button
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if text:
            layout.addWidget(QLabel(text, self))
        layout.addWidget(self.buttons)
        self.choice_buttons["preview"].setDefault(True)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


def offer_print(
    parent: QWidget | None, pdf_bytes: bytes, suggested_name: str, *, title: str = ""
) -> str | None:
    """Ask preview/print/save and do it; returns the choice made (None if cancelled)."""
    dialog = PrintChoiceDialog(parent, title=title)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return None
    if dialog.choice == "preview":
        PdfPrintPreview(pdf_bytes, parent, title=title).exec()
    elif dialog.choice == "print":
        print_pdf(parent, pdf_bytes, title=title)
    else:
        save_pdf(parent, pdf_bytes, suggested_name)
    return dialog.choice
