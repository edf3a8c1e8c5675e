"""Equipment and supply benchmarks: 20 vehicles, 20,000 items, 2,000 supplies, 1,000,000 moves.

Prints the time of the balances, shortfall and expiry lists and of the first page of each
register view as the GUI loads it (SQL-side paging), then of the real pages (Qt, offscreen):
装备器材 and 物资储备 opened with their first rows painted, a click on a column header, a filter
picked or typed. Goal: each ≤ 100 ms.

    python bench/bench_equipment.py [--db URL] [--dir DIR] [--load]
Building takes a minute or two (bulk inserts in chunks; memory stays bounded). ``--load`` keeps
one core busy (a bounded spin loop in a subprocess, see ``bench/load.py``) while the timings
are taken, as on a clerk's PC that is doing something else.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.load import one_core_busy  # noqa: E402
from bench.timing import Pages  # noqa: E402
from bench.timing import action_times  # noqa: E402
from db.engine import Database  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.fleet import EQUIPMENT_CATEGORIES  # noqa: E402
from db.fleet import EquipmentFilter  # noqa: E402
from db.fleet import Fleet  # noqa: E402
from db.fleet import Intervals  # noqa: E402
from db.fleet.models import Equipment  # noqa: E402
from db.fleet.models import Vehicle  # noqa: E402
from db.supplies import MoveFilter  # noqa: E402
from db.supplies import Supplies  # noqa: E402
from db.supplies.models import StockMove  # noqa: E402
from db.supplies.models import Supply  # noqa: E402
from db.supplies.models import SupplyBatch  # noqa: E402

VEHICLES, ITEMS, SUPPLIES, MOVES = 20, 20_000, 2_000, 1_000_000
CHUNK = 20_000
STAMP = {"created_by": "bench", "updated_by": "bench", "version": 1}


def build(db: Database) -> None:
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(StockMove)):
            return
    rng = random.Random(5)
    today = dt.date.today()
    now = dt.datetime.now().replace(microsecond=0)
    stamp = {**STAMP, "created_at": now, "updated_at": now}
    iv = Intervals.load(db)
    with db.engine.begin() as conn:
        conn.execute(
            insert(Vehicle),
            [
                {
                    **stamp,
                    "plate": f"渝B·F{i:04d}",
                    "type": "水罐消防车",
                    "status": "执勤",
                    "notes": "",
                    "archived": False,
                }
                for i in range(VEHICLES)
            ],
        )
        rows = []
        for i in range(ITEMS):
            cat = EQUIPMENT_CATEGORIES[i % len(EQUIPMENT_CATEGORIES)]
            made = today - dt.timedelta(days=rng.randrange(100, 5000))
            tested = today - dt.timedelta(days=rng.randrange(1, 700))
            due, retire = iv.equipment_dates(cat, "", made, tested)
            rows.append(
                {
                    **stamp,
                    "code": f"EQ-{i:06d}",
                    "name": f"{cat}{i % 97}",
                    "category": cat,
                    "spec": "",
                    "manufactured_on": made,
                    "location": f"库房{i % 9}",
                    "vehicle_id": None,
                    "compartment": "",
                    "status": "维修" if i % 500 == 0 else "在用",
                    "last_test_on": tested,
                    "next_due": due,
                    "retire_on": retire,
                    "notes": "",
                    "archived": False,
                }
            )
        conn.execute(insert(Equipment), rows)
        conn.execute(
            insert(Supply),
            [
                {
                    **stamp,
                    "name": f"物资{i:05d}",
                    "category": f"类{i % 12}",
                    "unit": "件",
                    "location": f"仓库{i % 5}",
                    "quota": 100.0,
                    "balance": 0.0,
                    "on_loan": 0.0,
                    "notes": "",
                    "archived": False,
                }
                for i in range(SUPPLIES)
            ],
        )
        conn.execute(
            insert(SupplyBatch),
            [
                {
                    "supply_id": i + 1,
                    "batch": "B1",
                    "expires_on": today + dt.timedelta(days=rng.randrange(-30, 720)),
                    "balance": 0.0,
                }
                for i in range(SUPPLIES)
            ],
        )
    balance = [0.0] * (SUPPLIES + 1)
    moves = [0] * (SUPPLIES + 1)
    start = today - dt.timedelta(days=3650)
    written = 0
    while written < MOVES:
        chunk = []
        for j in range(min(CHUNK, MOVES - written)):
            sid = rng.randrange(1, SUPPLIES + 1)
            q = float(rng.randrange(1, 20))
            kind = "入库" if balance[sid] < q or rng.random() < 0.5 else "出库"
            delta = q if kind == "入库" else -q
            balance[sid] += delta
            moves[sid] += 1
            chunk.append(
                {
                    **stamp,
                    "supply_id": sid,
                    "batch_id": None,
                    "moved_on": start + dt.timedelta(days=(written + j) * 3650 // MOVES),
                    "kind": kind,
                    "quantity": delta,
                    "balance_after": balance[sid],
                    "handler": "王",
                    "borrower": "",
                    "due_back": None,
                    "returned": False,
                    "loan_id": None,
                    "note": "",
                }
            )
        with db.engine.begin() as conn:
            conn.execute(insert(StockMove), chunk)
        written += len(chunk)
        print(f"\r  {written:,} moves", end="", flush=True)
    print()
    from sqlalchemy import bindparam
    from sqlalchemy import update

    with db.engine.begin() as conn:
        table = Supply.__table__
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("sid"))
            .values(balance=bindparam("bal"), move_count=bindparam("n")),  # type: ignore[arg-type]
            [{"sid": i, "bal": balance[i], "n": moves[i]} for i in range(1, SUPPLIES + 1)],
        )
        batches = SupplyBatch.__table__
        conn.execute(
            update(batches)
            .where(batches.c.supply_id == bindparam("sid"))
            .values(balance=bindparam("bal")),  # type: ignore[arg-type]
            [{"sid": i, "bal": min(balance[i], 10.0)} for i in range(1, SUPPLIES + 1)],
        )


def timed(label: str, fn: Callable[[], object], runs: int = 7) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    ms = statistics.median(times)
    size = len(result) if isinstance(result, list) else getattr(result, "total", "")
    print(f"{label:<36}{ms:8.1f} ms  {'OK' if ms <= 100 else 'SLOW'}  ({size})")
    return ms


def gui_timed(
    label: str, action: Callable[[], Any], setup: Callable[[], Any] | None = None, runs: int = 5
) -> float:
    """Prints and returns the median of ``runs`` runs of ``action`` (see ``action_times``)."""
    times = [took * 1000 for took in action_times(action, setup, runs)]
    ms = statistics.median(times)
    print(f"{label:<36}{ms:8.1f} ms  {'OK' if ms <= 100 else 'SLOW'}  (max {max(times):.0f} ms)")
    return ms


def qt_views(db: Database) -> None:
    """The 装备器材 and 物资储备 pages the window shows, built on the bench database and driven
    like a clerk: open (first rows painted), click a column header, pick or type a filter."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    from desktop.fleet.pages.equipment import EquipmentPage
    from desktop.gui import make_app
    from desktop.supplies.pages import SuppliesPage

    app = make_app()
    fleet, stock = Fleet(db), Supplies(db)

    def settle() -> None:
        app.processEvents()

    pages = Pages(settle)
    close_pages = pages.close

    def click_header(view: QTableView, column: int) -> None:
        header = view.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        point = QPoint(x, header.height() // 2)
        QTest.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        settle()
        assert header.sortIndicatorSection() == column, "the click did not sort"

    def sort_back(view: QTableView, column: int) -> Callable[[], None]:
        def reset() -> None:
            view.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
            settle()

        return reset

    print("-- 装备器材 page (Qt, offscreen, 1280x800) --")
    open_equipment = pages.opener(lambda: EquipmentPage(fleet), lambda p: p.view.model().rowCount())
    open_equipment()  # the first build also loads fonts, styles and Qt's own code
    close_pages()
    gui_timed("open (first rows painted)", open_equipment, close_pages)
    open_equipment()
    page: Any = pages.open[-1]
    keys = [c.sort for c in page.model.columns]
    due = keys.index("next_due")
    gui_timed(
        "header click: next due", lambda: click_header(page.view, due), sort_back(page.view, 0)
    )
    sort_back(page.view, 0)()

    def clear() -> None:
        page.category.setCurrentIndex(0)
        page.status.setCurrentIndex(0)
        page.due_only.setChecked(False)
        page.text.clear()
        settle()

    def pick_category() -> None:
        page.category.setCurrentIndex(page.category.findData("呼吸器"))
        settle()

    def pick_status() -> None:
        page.status.setCurrentIndex(page.status.findData("维修"))
        settle()

    def tick_due() -> None:
        page.due_only.setChecked(True)
        settle()

    def find_text() -> None:
        page.text.setText("EQ-0123")
        QTest.keyClick(page.text, Qt.Key.Key_Return)
        settle()

    gui_timed("filter: category 呼吸器", pick_category, clear)
    gui_timed("filter: status 维修", pick_status, clear)
    gui_timed("filter: due within 30 days", tick_due, clear)
    gui_timed("find: text EQ-0123 + Enter", find_text, clear)
    close_pages()

    print("-- 物资储备 page (Qt, offscreen, 1280x800) --")
    open_supplies = pages.opener(
        lambda: SuppliesPage(stock), lambda p: p.supplies.view.model().rowCount()
    )
    gui_timed("open (tab counts read, rows painted)", open_supplies, close_pages)
    open_supplies()
    supplies: Any = pages.open[-1]
    table = supplies.supplies
    balance = next(i for i, c in enumerate(table.model.columns) if c.header == "库存")
    gui_timed(
        "supplies: header click 库存",
        lambda: click_header(table.view, balance),
        sort_back(table.view, 0),
    )

    def type_filter(widget: Any, text: str) -> Callable[[], None]:
        def action() -> None:
            widget.filter_edit.setText(text)  # as typed (an input method commits CJK at once)
            settle()

        return action

    def clear_filter(widget: Any) -> Callable[[], None]:
        def reset() -> None:
            widget.filter_edit.clear()
            settle()

        return reset

    gui_timed("supplies: type filter 物资001", type_filter(table, "物资001"), clear_filter(table))
    tabs = supplies.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "出入库流水"))
    settle()
    moves = supplies.moves
    gui_timed(
        "moves tab: header click 数量",
        lambda: click_header(moves.view, 3),
        sort_back(moves.view, 0),
    )
    gui_timed("moves tab: type filter 入库", type_filter(moves, "入库"), clear_filter(moves))
    close_pages()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="database URL (default: an SQLite file in --dir)")
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "rl-bench-equipment"
    )
    parser.add_argument(
        "--load", action="store_true", help="keep one core busy while the timings are taken"
    )
    args = parser.parse_args()
    db = open_database(args.db, args.dir, operator="bench")
    t = time.perf_counter()
    build(db)
    print(f"build: {time.perf_counter() - t:.1f} s ({db.url})")
    with one_core_busy() if args.load else contextlib.nullcontext() as busy:
        if busy is not None:
            print(f"load: one core kept busy by process {busy.pid}")
        run(db)
    db.dispose()


def run(db: Database) -> None:
    fleet, stock = Fleet(db), Supplies(db)
    today = dt.date.today()
    timed("supply register with balances (the page's list)", stock.supplies)
    timed("shortfall list", stock.shortfalls)
    timed("expiry list (90 days)", lambda: stock.expiring(90, today))
    timed("open loans", stock.loans)
    timed("equipment due (30 days)", lambda: fleet.equipment_due(today + dt.timedelta(days=30)))
    timed("out of service", fleet.out_of_service)
    timed("vehicle list with dues", fleet.vehicle_rows)
    timed("page: equipment (by code)", fleet.equipment_page)
    timed(
        "page: equipment (by next due, 呼吸器)",
        lambda: fleet.equipment_page(sort="next_due", filter=EquipmentFilter(category="呼吸器")),
    )
    timed("page: stock moves (newest first)", stock.moves_page)
    timed(
        "page: stock moves of one supply", lambda: stock.moves_page(filter=MoveFilter(supply_id=7))
    )
    qt_views(db)


if __name__ == "__main__":
    main()
