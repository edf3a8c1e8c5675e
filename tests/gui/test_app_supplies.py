"""物资储备 page: a refused move keeps the dialog open with the balance, a loan and its return,
a stocktake that books the difference."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from db.rules import Rules
from db.supplies import IN
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData
from desktop.supplies.dialogs import MoveDialog
from desktop.supplies.dialogs import ReturnDialog
from desktop.supplies.stocktake import COUNTED
from desktop.supplies.stocktake import StocktakeDialog
from desktop.supplies.stocktake import StocktakeModel


@pytest.fixture
def stock(database) -> Supplies:
    return Supplies(database)


@pytest.fixture
def jackets(stock) -> int:
    sid = stock.save_supply(SupplyData("救生衣", "防汛物资", "件", "镇应急物资仓库", quota=10))
    stock.move(MoveData(sid, IN, 5))
    stock.save_supply(SupplyData("编织袋", "防汛物资", "条", "镇应急物资仓库", quota=100))
    return sid


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_page(make_window):
    window = make_window()
    window.show_page("supplies")
    page = window.pages["supplies"]
    assert page.supplies.select_where(lambda s: s.name == "救生衣")
    return page


def test_refused_move_shows_the_balance_and_writes_nothing(
    qtbot, make_window, stock, jackets, on_modal
):
    page = open_page(make_window)
    before = len(stock.moves())
    seen = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, MoveDialog) and dialog.kind == "出库"
        assert dialog.form.value("supply_id") == jackets
        dialog.form.editor("quantity").setValue(8)
        dialog.form.editor("borrower").setText("村委会")
        click(qtbot, dialog.ok_button)
        seen.update(
            open=dialog.isVisible(),
            error=dialog.form.errors().get("quantity", ""),
            quantity=dialog.form.value("quantity"),
            borrower=dialog.form.value("borrower"),
        )
        click(qtbot, dialog.cancel_button)

    on_modal(fill)
    click(qtbot, page.buttons["出库…"])

    assert seen["open"] is True
    assert "当前库存 5件" in seen["error"] and "不能出库 8件" in seen["error"]
    assert (seen["quantity"], seen["borrower"]) == (8, "村委会")
    assert len(stock.moves()) == before
    assert stock.supply(jackets).balance == 5


def test_loan_and_its_return(qtbot, make_window, stock, jackets, on_modal):
    page = open_page(make_window)

    def lend(dialog) -> None:
        dialog.form.editor("quantity").setValue(3)
        dialog.form.editor("borrower").setText("青石村委会")
        click(qtbot, dialog.ok_button)

    on_modal(lend)
    click(qtbot, page.buttons["借出…"])
    [loan] = stock.loans()
    assert (loan.borrower, loan.outstanding) == ("青石村委会", 3)
    assert stock.supply(jackets).balance == 2
    assert page.loans.model.rows()[0].borrower == "青石村委会"
    assert page.tabs.tabText(4) == "未归还借用（1）"

    seen = {}

    def give_back(dialog) -> None:
        assert isinstance(dialog, ReturnDialog)
        seen["quantity"] = dialog.form.value("quantity")
        seen["loan"] = dialog.form.editor("loan_id").currentText()
        click(qtbot, dialog.ok_button)

    on_modal(give_back)
    click(qtbot, page.buttons["归还…"])
    assert seen["quantity"] == 3
    assert seen["loan"] == f"青石村委会 借 救生衣 3件（{loan.lent_on} 借出，应还 {loan.due_back}）"
    assert stock.loans() == []
    assert stock.supply(jackets).balance == 5
    assert page.loans.model.rows() == []
    assert [m.kind for m in stock.moves(jackets)] == ["入库", "借出", "归还"]


def test_stocktake_books_the_difference(qtbot, make_window, stock, jackets, on_modal, messages):
    page = open_page(make_window)

    def count(dialog) -> None:
        assert isinstance(dialog, StocktakeDialog)
        model = dialog.model
        row = next(i for i, s in enumerate(model.supplies) if s.id == jackets)
        assert model.setData(model.index(row, COUNTED), "4")
        assert model.index(row, COUNTED + 1).data() == "-1"
        click(qtbot, dialog.ok_button)

    on_modal(count)
    click(qtbot, page.buttons["盘点…"])
    assert stock.supply(jackets).balance == 4
    last = stock.moves(jackets)[-1]
    assert (last.kind, last.quantity, last.balance_after) == ("盘点调整", -1, 4)
    assert any("1 项与账面不一致" in t for t in messages.texts("information"))
    row = next(s for s in page.supplies.model.rows if s.id == jackets)
    assert row.balance == 4


def test_stocktake_model(qtmodeltester, stock, jackets):
    model = StocktakeModel(stock.supplies())
    qtmodeltester.check(model)
    assert not model.setData(model.index(0, COUNTED), "-2")
    assert model.setData(model.index(0, COUNTED), "7")
    qtmodeltester.check(model)


def test_tabs_build_their_tables_when_first_shown_with_the_same_rows(make_window, stock, jackets):
    """The tabs after 物资 are made when first opened (or used), with the rows and counts the
    page read; the batch list and the journal are read when their tab is first shown."""
    from widgets.lazy import LazyWidget
    from widgets.table import FilterableTable

    stock.move(MoveData(jackets, IN, 2))
    window = make_window()
    window.show_page("supplies")
    page = window.pages["supplies"]
    tabs = page.tabs
    lazy = [tabs.widget(i) for i in range(1, tabs.count())]
    assert all(isinstance(w, LazyWidget) and not w.is_built() for w in lazy)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "物资",
        "批次与有效期",
        "短缺（2）",
        "临期",
        "未归还借用",
        "出入库流水",
    ]
    shortfalls = [s.name for s in stock.shortfalls()]
    assert sorted(shortfalls) == ["救生衣", "编织袋"]
    assert [s.name for s in page.shortfalls.model.rows()] == shortfalls  # built on use
    assert lazy[1].is_built() and not lazy[4].is_built()

    tabs.setCurrentIndex(5)
    moves = page.moves
    assert isinstance(moves, FilterableTable) and moves.isVisible()
    assert [m.kind for m in moves.model.rows()] == [m.kind for m in stock.moves_page(0, 500).rows]
    assert len(moves.model.rows()) == 2
    moves.view.selectRow(0)
    assert page.selected_supply().id == jackets  # a journal row picks its supply
    tabs.setCurrentIndex(1)
    assert page.batches.isVisible() and page.batches.model.rows() == stock.batches(in_stock=True)


def test_supplies_tab_reads_pages_filtered_and_sorted_in_sql(qtbot, make_window, stock, jackets):
    """The 物资 tab holds the rows of its first page only; typing filters and a header click
    sorts in SQL; the selected supply stays selected across a reload."""
    for i in range(150):
        stock.save_supply(SupplyData(f"沙袋{i:03d}", "防汛物资", "条", f"{i % 3 + 1}号库房"))
    page = open_page(make_window)
    table = page.supplies
    assert len(table.model.rows) == 100 and table.model.total == 152
    assert table.count_label.text() == "共 152 条"
    assert table.current_row().name == "救生衣"
    page.reload()
    assert table.current_row().name == "救生衣"

    table.filter_edit.setText("沙袋 2号库房")  # every word: 50 of the 150 sandbags
    assert table.model.total == 50 and table.count_label.text() == "共 50 条"
    assert {s.location for s in table.model.rows} == {"2号库房"}
    table.filter_edit.setText("")
    header = table.view.horizontalHeader()
    quota = next(i for i, c in enumerate(table.model.columns) if c.header == "储备定额")
    header.setSortIndicator(quota, Qt.SortOrder.DescendingOrder)
    assert [s.name for s in table.model.rows[:2]] == ["编织袋", "救生衣"]
    table.view.verticalScrollBar().setValue(table.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: len(table.model.rows) == 152)


def test_batches_take_the_due_backgrounds_of_the_rule_table(make_window, database, stock, jackets):
    """Expired, within the near window and within the far window (the 物资 rules): each batch
    row has the background the 到期提醒 rules give, as the office set them; later ones none."""
    rules = Rules(database)
    for key, colour in (("overdue", "#aa0000"), ("soon", "#00aa00"), ("later", "#0000aa")):
        rules.set(f"due.{key}_background", colour)
    today = dt.date.today()
    for label, days in (("过期", -1), ("近", 10), ("远", 60), ("更远", 200)):
        expires = today + dt.timedelta(days=days)
        stock.move(MoveData(jackets, IN, 1, batch=label, expires_on=expires))
    window = make_window()
    window.show_page("supplies")
    page = window.pages["supplies"]
    page.tabs.setCurrentIndex(1)
    model = page.batches.model
    shown = {
        model.rows()[r].batch: model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
        for r in range(model.rowCount())
    }
    names = {
        batch: None if brush is None else QColor(brush).name() for batch, brush in shown.items()
    }
    assert names == {"过期": "#aa0000", "近": "#00aa00", "远": "#0000aa", "更远": None}
