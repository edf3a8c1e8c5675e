"""Printing from the window: build the PDF off the UI thread, then preview, print or save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from widgets.tasks import run_task

__all__ = ["print_document"]


def offer_print(parent, pdf, filename, *, title):  # type: ignore[no-untyped-def]
    from widgets import pdfpreview  # pypdfium2 loads on first print, not at start-up

    return pdfpreview.offer_print(parent, pdf, filename, title=title)


def print_document(parent: QWidget, title: str, build: Callable[[], bytes], filename: str) -> None:
    """Offer 预览/打印/保存为PDF for the document ``build()`` makes (same PDF as the CLI's)."""

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return build()

    run_task(parent, title, work, lambda pdf: offer_print(parent, pdf, filename, title=title))
