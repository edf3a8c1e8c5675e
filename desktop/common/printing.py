"""Printing from the window: build the PDF off the UI thread, then preview, print or save.

Saved PDFs go by default to 文档\\救援台账\\<kind> (the kind is the file name's first part,
e.g. 值班表 for 值班表-2025-06.pdf); a folder the clerk picks instead is remembered for that
kind.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from widgets.tasks import run_task

__all__ = ["pdf_folder", "print_document", "print_form", "print_task"]

FOLDER = "救援台账"


def kind_of(filename: str) -> str:
    """值班表-2025-06.pdf → 值班表: the part of a file name that names the kind of form."""
    stem = Path(filename).stem
    return stem.split("-", 1)[0].strip() or stem


def pdf_folder(filename: str) -> Path:
    """Where a PDF of this kind is saved: the folder last chosen for it, else 文档\\救援台账\\<kind>."""
    kind = kind_of(filename)
    remembered = QSettings().value(f"pdf_folders/{kind}", "", type=str)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents or Path.home()) / FOLDER / kind
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only documents folder: the dialog still opens there
        return folder.parent if folder.parent.is_dir() else Path.home()
    return folder


def remember_folder(filename: str, saved: Path) -> None:
    QSettings().setValue(f"pdf_folders/{kind_of(filename)}", str(saved.parent))


def offer_print(parent, pdf, filename, *, title):  # type: ignore[no-untyped-def]
    from widgets import pdfpreview  # pypdfium2 loads on first print, not at start-up

    dialog = pdfpreview.PrintChoiceDialog(
        parent, title=title, pdf_bytes=pdf, suggested_name=filename, directory=pdf_folder(filename)
    )
    dialog.exec()
    if dialog.saved is not None:
        remember_folder(filename, dialog.saved)
    return dialog.choices


def print_document(parent: QWidget, title: str, build: Callable[[], bytes], filename: str) -> None:
    """Offer 预览/打印/保存为PDF for the document ``build()`` makes (same PDF as the CLI's)."""

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return build()

    print_task(parent, title, work, filename)


def print_form(parent: QWidget, title: str, builder: str, filename: str, *args: Any) -> None:
    """:func:`print_document` for the form ``builder`` (``"module:function"``) makes from
    ``args``: its module (and reportlab) is imported on the first print, not with the page."""

    def build() -> bytes:
        module, _, name = builder.partition(":")
        return bytes(getattr(importlib.import_module(module), name)(*args))

    print_document(parent, title, build, filename)


def print_task(
    parent: QWidget,
    title: str,
    work: Callable[[Callable[[int, int], None], Callable[[], bool]], bytes],
    filename: str,
) -> None:
    """As :func:`print_document`, for a build that reports progress and can be cancelled:
    ``work(progress, cancelled)`` returns the PDF."""
    run_task(parent, title, work, lambda pdf: offer_print(parent, pdf, filename, title=title))
