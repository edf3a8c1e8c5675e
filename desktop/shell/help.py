"""帮助 → 使用说明 (F1): the user guide shipped in ``resources/help/``, one HTML page per task.

Each page of the window says which guide page is its own: ``help_topic`` on the page widget
(``RegisterSpec.help``, ``PagedRegisterPage.help_topic``), else the ``help`` of its
:class:`desktop.common.navigation.Page` (by default its domain's ``HELP``), else 开始使用.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QStringListModel
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QWidget

from db.paths import resource_path
from widgets.boxes import column
from widgets.boxes import row

#: The guide's pages in reading order (``resources/help/<topic>.html``).
TOPICS = ("start", "team", "roster", "drills", "water", "fleet", "import", "backup")
START = "start"
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def help_file(topic: str) -> Path:
    """The guide page of ``topic`` (开始使用 when there is no such page)."""
    path = resource_path("help", f"{topic}.html")
    return path if path.is_file() else resource_path("help", f"{START}.html")


def topic_title(topic: str) -> str:
    """The page's ``<title>`` (开始使用, 队伍与队员…)."""
    found = _TITLE.search(help_file(topic).read_text(encoding="utf-8"))
    return found.group(1).strip() if found else topic


class HelpWindow(QDialog):
    """The guide: the contents on the left, the page with 后退/前进 on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("救援台账 使用说明"))
        self.resize(860, 600)
        self.titles = QStringListModel([topic_title(t) for t in TOPICS], self)
        self.contents = QListView(self)
        self.contents.setModel(self.titles)
        self.contents.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resource_path("help"))])
        css = resource_path("help", "help.css").read_text(encoding="utf-8")
        self.browser.document().setDefaultStyleSheet(css)
        self.back_button = QPushButton(self.tr("◀ 后退"), self)
        self.forward_button = QPushButton(self.tr("前进 ▶"), self)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(self._follow)
        self.contents.selectionModel().currentChanged.connect(self._pick)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setSizes([180, 680])
        bar = row(self.back_button, self.forward_button, 1, close)
        column(bar, (splitter, 1), parent=self)

    def show_topic(self, topic: str) -> None:
        """Open the guide on ``topic`` and bring the window up."""
        self.browser.setSource(QUrl.fromLocalFile(str(help_file(topic))))
        self.show()
        self.activateWindow()

    def topic(self) -> str:
        """The page shown (its topic, the file's stem)."""
        return Path(self.browser.source().toLocalFile()).stem

    def current_title(self) -> str:
        """The title marked in the contents list."""
        return str(self.contents.currentIndex().data() or "")

    def pick(self, row: int) -> None:
        """Open the ``row``-th page of the contents (as a click on it does)."""
        self.contents.setCurrentIndex(self.titles.index(row, 0))

    def _pick(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        if 0 <= row < len(TOPICS) and self.topic() != TOPICS[row]:
            self.browser.setSource(QUrl.fromLocalFile(str(help_file(TOPICS[row]))))

    def _follow(self, url: QUrl) -> None:
        topic = Path(url.toLocalFile()).stem  # source() still names the page before
        if topic in TOPICS:
            selection = self.contents.selectionModel()
            selection.blockSignals(True)
            self.contents.setCurrentIndex(self.titles.index(TOPICS.index(topic), 0))
            selection.blockSignals(False)
