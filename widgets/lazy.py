"""A placeholder that builds its content the first time it is needed.

For tab pages most people never open: the tab is there from the start (its title can carry a
count), but its widgets are made only when the tab is first shown or the content is asked for::

    batches = LazyWidget(lambda parent: FilterableTable(columns, parent=parent))
    tabs.addTab(batches, "批次")
    batches.content().set_rows(rows)  # builds it now if it was not built yet
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget


class LazyWidget(QWidget):
    """Holds the widget ``build(parent)`` makes, filling this one edge to edge."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._build: Callable[[QWidget], QWidget] | None = build
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The content, built now if it was not yet."""
        if self._content is None:
            assert self._build is not None
            build, self._build = self._build, None
            self._content = build(self)
            self.layout().addWidget(self._content)
            if self.isVisible():
                self._content.show()
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
