"""The 物资 tab's pages: sorted, filtered and counted in SQL, on both engines."""

from __future__ import annotations

from db.supplies import IN
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData
from db.supplies import SupplyFilter


def fill(stock: Supplies) -> dict[str, int]:
    rows = [
        ("救生衣", "防汛物资", "件", "一号库房", 10, 12),
        ("编织袋", "防汛物资", "条", "一号库房", 100, 40),
        ("灭火器", "消防器材", "具", "二号库房 东侧", 20, 0),
        ("Rope 绳索", "消防器材", "根", "二号库房", 5, 5),
    ]
    ids = {}
    for name, category, unit, place, quota, balance in rows:
        sid = stock.save_supply(SupplyData(name, category, unit, place, quota))
        if balance:
            stock.move(MoveData(sid, IN, balance))
        ids[name] = sid
    return ids


def names(page) -> list[str]:
    return [s.name for s in page.rows]


def test_pages_sort_in_sql_and_count_the_register(any_database):
    stock = Supplies(any_database)
    fill(stock)
    first = stock.supplies_page(0, 10)  # by category, then name: the office's order
    assert first.total == 4
    assert [(s.category, s.name) for s in first.rows] == [
        (s.category, s.name) for s in stock.supplies()
    ]
    assert names(stock.supplies_page(0, 10, "short", descending=True))[:2] == ["编织袋", "灭火器"]
    assert names(stock.supplies_page(0, 10, "balance")) == [
        "灭火器",
        "Rope 绳索",
        "救生衣",
        "编织袋",
    ]
    two = stock.supplies_page(2, 2, "balance")
    assert names(two) == ["救生衣", "编织袋"] and two.total == 4
    jackets = next(s for s in first.rows if s.name == "救生衣")
    assert (jackets.balance, jackets.short, jackets.quota) == (12, 0, 10)


def test_every_filter_word_matches_a_text_column_ignoring_case(any_database):
    stock = Supplies(any_database)
    fill(stock)
    page = stock.supplies_page(0, 10, filter=SupplyFilter("二号库房"))
    assert sorted(names(page)) == ["Rope 绳索", "灭火器"] and page.total == 2
    assert names(stock.supplies_page(0, 10, filter=SupplyFilter("二号 东侧"))) == ["灭火器"]
    assert names(stock.supplies_page(0, 10, filter=SupplyFilter("rope"))) == ["Rope 绳索"]
    none = stock.supplies_page(0, 10, filter=SupplyFilter("防汛物资 具"))
    assert none.rows == [] and none.total == 0
    assert stock.supplies_page(0, 10, filter=SupplyFilter("100%")).total == 0  # % is a letter


def test_archived_supplies_only_when_asked(any_database):
    stock = Supplies(any_database)
    ids = fill(stock)
    jackets = stock.supply(ids["救生衣"])
    assert stock.delete_supply(jackets.id, jackets.version) == "archived"  # it has moves
    assert "救生衣" not in names(stock.supplies_page(0, 10))
    assert stock.supplies_page(0, 10).total == 3
    shown = stock.supplies_page(0, 10, filter=SupplyFilter(include_archived=True))
    assert "救生衣" in names(shown) and shown.total == 4
    found = stock.supplies_page(0, 10, filter=SupplyFilter("救生", include_archived=True))
    assert [(s.name, s.archived) for s in found.rows] == [("救生衣", True)]
