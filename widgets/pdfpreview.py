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
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtCore import QStandardPaths
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QImage
from PySide6.QtGui import QPageLayout
from PySide6.QtGui import QPaintEngine
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: Rendering resolution cap: enough for text on paper, small enough for memory.
MAX_DPI = 300
PREVIEW_DPI = 150


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
                        raise OSError(QCoreApplication.translate("PdfPrint", "无法开始打印。"))
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
        self.dialog.setWindowTitle(title or QCoreApplication.translate("PdfPrint", "打印预览"))
        self.dialog.paintRequested.connect(self._paint)
        self.error: str | None = None
        # Open large and fit to the page's width, so the text is readable at once.
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.dialog.resize(int(area.width() * 0.8), int(area.height() * 0.9))
        self.view = self.dialog.findChild(QPrintPreviewWidget)
        if self.view is not None:
            self.view.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)

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
            QMessageBox.warning(
                self.dialog.parentWidget(),
                QCoreApplication.translate("PdfPrint", "打印"),
                self.error,
            )
        return result


def print_pdf(parent: QWidget | None, pdf_bytes: bytes, *, title: str = "") -> bool:
    """Ask for a printer with ``QPrintDialog`` and print; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "document")
    count = page_count(pdf_bytes)
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("PdfPrint", "打印"))
    dialog.setMinMax(1, count)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        paint_pdf(printer, pdf_bytes)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PdfPrint", "打印"), str(exc))
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
        parent,
        QCoreApplication.translate("PdfPrint", "保存为PDF"),
        start,
        QCoreApplication.translate("PdfPrint", "PDF 文件 (*.pdf)"),
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
            parent,
            QCoreApplication.translate("PdfPrint", "保存为PDF"),
            QCoreApplication.translate("PdfPrint", "无法保存文件：{error}").format(
                error=exc.strerror or exc
            ),
        )
        return None
    return path


class PrintChoiceDialog(QDialog):
    """预览… / 打印… / 保存为PDF… for one document, open until 关闭.

    Each button does its work and comes back here, so a clerk can preview, then print, then
    save. After a save the dialog says where the file went (已保存到…) and offers 打开文件 and
    打开所在文件夹. ``choices`` lists what was done, in order.
    """

    CHOICES = ("preview", "print", "save")

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = "",
        text: str = "",
        pdf_bytes: bytes = b"",
        suggested_name: str = "document.pdf",
        directory: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("打印"))
        self.title = title
        self.pdf_bytes = pdf_bytes
        self.suggested_name = suggested_name
        self.directory = directory
        self.choices: list[str] = []
        self.saved: Path | None = None
        self.buttons = QDialogButtonBox(self)
        labels = {
            "preview": self.tr("预览…"),
            "print": self.tr("打印…"),
            "save": self.tr("保存为PDF…"),
        }
        self.choice_buttons: dict[str, QPushButton] = {}
        for key in self.CHOICES:
            button = self.buttons.addButton(labels[key], QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, k=key: self._choose(k))
            self.choice_buttons[key] = button
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        self.buttons.rejected.connect(self.reject)
        close.clicked.connect(self.reject)
        self.saved_label = QLabel(self)
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file = QPushButton(self.tr("打开文件"), self)
        self.open_folder = QPushButton(self.tr("打开所在文件夹"), self)
        self.open_file.clicked.connect(lambda: self._open(self.saved))
        self.open_folder.clicked.connect(lambda: self._open(self.saved and self.saved.parent))
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.open_file)
        saved_row.addWidget(self.open_folder)
        saved_row.addStretch(1)
        layout = QVBoxLayout(self)
        if text:
            layout.addWidget(QLabel(text, self))
        layout.addWidget(self.buttons)
        layout.addWidget(self.saved_label)
        layout.addLayout(saved_row)
        for widget in (self.saved_label, self.open_file, self.open_folder):
            widget.setVisible(False)
        self.choice_buttons["preview"].setDefault(True)

    @property
    def choice(self) -> str | None:
        """The last thing done (None before any)."""
        return self.choices[-1] if self.choices else None

    def _choose(self, key: str) -> None:
        self.choices.append(key)
        if key == "preview":
            PdfPrintPreview(self.pdf_bytes, self, title=self.title).exec()
        elif key == "print":
            print_pdf(self, self.pdf_bytes, title=self.title)
        else:
            path = save_pdf(self, self.pdf_bytes, self.suggested_name, directory=self.directory)
            if path is not None:
                self.show_saved(path)

    def show_saved(self, path: Path) -> None:
        self.saved = path
        self.saved_label.setText(self.tr("已保存到：{path}").format(path=path))
        for widget in (self.saved_label, self.open_file, self.open_folder):
            widget.setVisible(True)
        self.open_file.setFocus()

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def offer_print(
    parent: QWidget | None,
    pdf_bytes: bytes,
    suggested_name: str,
    *,
    title: str = "",
    directory: str | Path | None = None,
) -> list[str]:
    """Offer preview/print/save until the clerk closes the offer; returns what was done."""
    dialog = PrintChoiceDialog(
        parent,
        title=title,
        pdf_bytes=pdf_bytes,
        suggested_name=suggested_name,
        directory=directory,
    )
    dialog.exec()
    return dialog.choices
