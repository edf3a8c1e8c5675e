"""Import preview benchmark: a 10,000-row members file in the real preview dialog (offscreen).

Prints the time to read the file, then — the goal — the preview's first screen after the file
is read: the dialog built on the read sheet, opened and its table painted (goal ≤ 1 s, median
of 3). Also how long until the background check has given every row its status, and how long
a page down in the table takes to paint while that check runs.

    python bench/bench_import.py [--rows N] [--known N] [--dir DIR] [--load]

The file has ``--known`` members already in the database (updates), a bad date every 200 rows
and an unknown 职务 every 500. ``--load`` keeps one core busy (see ``bench/load.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.load import one_core_busy  # noqa: E402
from db.duty import Ledger  # noqa: E402
from db.duty import MemberData  # noqa: E402
from db.engine import Database  # noqa: E402
from db.engine import open_database  # noqa: E402

HEADERS = ["姓名", "职务", "联系电话", "可任带班领导", "驾驶员", "入队日期", "备注"]
GOAL = 1.0


def write_file(path: Path, rows: int) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("队员")
    sheet.append(HEADERS)
    for i in range(rows):
        role = "信息员" if i % 500 == 7 else ("队长" if i % 50 == 0 else "队员")
        joined = "2021年13月45日" if i % 200 == 3 else f"20{10 + i % 15}-0{1 + i % 9}-1{i % 9}"
        sheet.append(
            [f"队员{i:05d}", role, f"139{i:08d}", "否", "是" if i % 3 else "否", joined, ""]
        )
    book.save(path)


def seed(database: Database, known: int) -> None:
    ledger = Ledger(database)
    if ledger.members():
        return
    for i in range(known):
        ledger.save_member(MemberData(name=f"队员{i:05d}", role="队员", phone=f"139{i:08d}"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--known", type=int, default=1_000, help="members already registered")
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--load", action="store_true", help="keep one core busy meanwhile")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-import-"))
    database = open_database(data_dir=folder / "data", operator="bench")
    seed(database, args.known)
    path = folder / "队员.xlsx"
    if not path.exists():
        write_file(path, args.rows)
    print(f"文件：{path}（{args.rows:,} 行，其中 {args.known:,} 人已在册）")
    with one_core_busy() if args.load else contextlib.nullcontext() as busy:
        if busy is not None:
            print(f"负载：另一个进程（{busy.pid}）占满一个核心")
        run(database, path)
    database.dispose()
    return 0


def run(database: Database, path: Path) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from db.xlsx import ImportOptions
    from desktop.common.import_dialog import ImportPreviewDialog
    from desktop.common.import_service import FileImport
    from desktop.gui import make_app

    app = make_app()
    service = FileImport(database, "members", path)
    start = time.perf_counter()
    sheet = service.read(ImportOptions(), lambda d, t: None, lambda: False)
    print(f"{'读取文件（工作线程中）':<24}{time.perf_counter() - start:8.2f} s")

    window = QWidget()
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def one() -> tuple[float, float]:
        painted = Painted()
        begin = time.perf_counter()
        dialog = ImportPreviewDialog(window, service, sheet, ImportOptions(), "导入队员")
        dialog.view.viewport().installEventFilter(painted)
        dialog.open()
        while not painted.seen:
            app.processEvents()
        first = time.perf_counter() - begin
        bar = dialog.view.verticalScrollBar()
        while dialog.preview is None or dialog.checking():
            time.sleep(0.05)  # a clerk paging down the table while the check runs
            painted.seen = False
            paged = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            while not painted.seen and dialog.checking():
                app.processEvents()
            if painted.seen:
                scrolls.append(time.perf_counter() - paged)
            app.processEvents()
        checked = time.perf_counter() - begin
        assert dialog.model.rowCount() == len(sheet.rows)
        counts = dialog.counts_label.text()
        dialog.reject()
        dialog.deleteLater()
        app.processEvents()
        one.counts = counts  # type: ignore[attr-defined]
        return first, checked

    scrolls: list[float] = []
    one()  # the first dialog also loads fonts, styles and Qt's own code
    scrolls.clear()
    runs = [one() for _ in range(3)]
    first = statistics.median(r[0] for r in runs)
    checked = statistics.median(r[1] for r in runs)
    verdict = "  ✓" if first <= GOAL else f"  ✗ 目标 ≤ {GOAL:.0f} s"
    slowest = max(r[0] for r in runs)
    print(
        f"{'预览首屏（读完后）':<24}{first * 1000:8.0f} ms"
        f"（3 次中位数，最慢 {slowest * 1000:.0f} ms）{verdict}"
    )
    print(f"{'检查完成（每行有状态）':<24}{checked:8.2f} s（3 次中位数）：{one.counts}")  # type: ignore[attr-defined]
    if scrolls:
        print(
            f"{'检查进行中翻一页':<24}{statistics.median(scrolls) * 1000:8.0f} ms"
            f"（{len(scrolls)} 次中位数，最慢 {max(scrolls) * 1000:.0f} ms）"
        )
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
