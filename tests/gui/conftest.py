"""GUI tests run without a display; fixtures for driving the application window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402
from typing import NamedTuple  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from db.duty import Ledger  # noqa: E402
from db.duty import MemberData  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_ui_thread():
    """As in the program (``widgets.collector``): no automatic collection, which could run in a
    worker thread and destroy a Qt object there; the tests collect between tests instead."""
    import gc

    thresholds = gc.get_threshold()
    was = gc.isenabled()
    gc.disable()
    yield thresholds
    gc.collect()
    if was:
        gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test(collect_on_the_ui_thread):
    yield
    from widgets.collector import collect_due

    collect_due(collect_on_the_ui_thread)


@pytest.fixture(autouse=True)
def own_settings_and_documents(tmp_path, monkeypatch):
    """Window settings (QSettings) and the documents folder of this test's own, never the
    user's: what one test remembers does not reach the next."""
    from PySide6.QtCore import QSettings
    from PySide6.QtCore import QStandardPaths

    folder = tmp_path / "qt-user"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
    )
    documents = folder / "documents"
    documents.mkdir(parents=True)
    real = QStandardPaths.writableLocation

    def writable(location):  # type: ignore[no-untyped-def]
        if location == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(documents)
        return real(location)

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(writable))
    yield documents


@pytest.fixture
def ledger(database) -> Ledger:
    return Ledger(database)


@pytest.fixture
def make_window(qtbot, ledger):
    """Build (and show) the main window on this test's database, after the test's own setup."""
    from desktop.shell.window import MainWindow

    def make() -> MainWindow:
        window = MainWindow(ledger)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def team(ledger) -> Callable[..., list[MemberData]]:
    """``team(10, leaders=3)`` adds members 队员01… (the first ``leaders`` can lead)."""

    def make(count: int = 10, leaders: int = 3) -> list[MemberData]:
        for i in range(count):
            ledger.save_member(
                MemberData(name=f"队员{i + 1:02d}", phone=f"1380000{i:04d}", can_lead=i < leaders)
            )
        return ledger.members()

    return make


class Messages:
    """QMessageBox static calls, recorded instead of shown; ``question`` answers ``answer``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture
def messages(monkeypatch) -> Messages:
    record = Messages()

    def recorder(kind: str):
        def show(parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return record


class Offer(NamedTuple):
    """One PDF the window offered to print or save."""

    parent: Any
    pdf: bytes
    name: str
    title: str


@pytest.fixture
def offered(monkeypatch) -> list[Offer]:
    """The PDFs the window offers (``printing.offer_print`` records them instead)."""
    from desktop.common import printing

    record: list[Offer] = []
    monkeypatch.setattr(
        printing,
        "offer_print",
        lambda parent, pdf, name, title="": record.append(Offer(parent, pdf, name, title)),
    )
    return record


@pytest.fixture
def on_modal(qtbot):
    """``on_modal(handler)``: once the next modal dialog is up, run ``handler(dialog)``.

    Call it before the click that opens the dialog. The handler fills and clicks the dialog;
    if the dialog is still open afterwards (or the handler failed) it is rejected, so a
    failing test never hangs on ``exec()``. ``handled`` lists the dialogs seen.
    """
    handled: list[QWidget] = []

    def schedule(
        handler: Callable[[QWidget], None], tries: int = 200, kind: type = QWidget
    ) -> None:
        """``kind``: wait for a modal dialog of that class (passing over progress dialogs)."""

        def attempt(left: int) -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind):
                if left:
                    QTimer.singleShot(10, lambda: attempt(left - 1))
                return
            handled.append(dialog)
            try:
                handler(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, lambda: attempt(tries))

    schedule.handled = handled  # type: ignore[attr-defined]
    return schedule


@pytest.fixture
def english(qapp):
    """The window's English catalogue loaded for the test (removed after it)."""
    from desktop.gui import install_translations

    installed = install_translations(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
