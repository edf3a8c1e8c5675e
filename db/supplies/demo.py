"""Sample supplies for the demo town (called by ``db.demo.build``)."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData

SUPPLIES = [
    # name, category, unit, location, quota, stock, batch expiry offset (days) or None
    ("水成膜泡沫灭火剂", "灭火药剂", "桶", "镇应急物资仓库", 20, 24, 400),
    ("编织袋（防汛沙袋）", "防汛物资", "条", "镇应急物资仓库", 2000, 2400, None),
    ("救生衣", "防汛物资", "件", "镇应急物资仓库", 50, 30, None),
    ("救生圈", "防汛物资", "个", "镇应急物资仓库", 20, 20, None),
    ("应急照明手电", "照明", "支", "镇应急物资仓库", 30, 32, None),
    ("5号电池", "照明", "节", "镇应急物资仓库", 200, 240, 600),
    ("瓶装饮用水", "生活物资", "箱", "镇应急物资仓库", 100, 120, 25),
    ("方便面", "生活物资", "箱", "镇应急物资仓库", 60, 80, 75),
    ("棉被", "生活物资", "床", "镇应急物资仓库", 100, 100, None),
    ("折叠床", "生活物资", "张", "镇应急物资仓库", 50, 50, None),
    ("雨衣雨靴", "防护用品", "套", "镇应急物资仓库", 60, 66, None),
    ("铁锹", "工具", "把", "镇应急物资仓库", 80, 90, None),
    ("警戒带", "工具", "卷", "镇应急物资仓库", 30, 35, None),
    ("医用急救包", "医疗", "个", "镇卫生院", 20, 22, 300),
    ("帐篷", "生活物资", "顶", "镇应急物资仓库", 10, 12, None),
]


def build(database: Database, today: dt.date | None = None) -> None:
    """15 supplies with their stock; a shortfall, an expiring batch and an overdue loan. Dates
    follow ``today``. Skipped when supplies exist."""
    today = today or dt.date.today()
    stock = Supplies(database)
    if stock.supplies(include_archived=True):
        return
    start = today - dt.timedelta(days=60)
    for name, category, unit, location, quota, amount, expiry in SUPPLIES:
        sid = stock.save_supply(SupplyData(name, category, unit, location, quota))
        expires = today + dt.timedelta(days=expiry) if expiry is not None else None
        stock.move(
            MoveData(
                sid,
                "入库",
                amount,
                start,
                batch=f"{start:%Y%m}" if expires else "",
                expires_on=expires,
                handler="王海波",
                note="年度储备采购",
            )
        )
    lifejackets = stock.supply_by_name("救生衣")
    assert lifejackets.id is not None
    stock.lend(
        lifejackets.id,
        10,
        "高楼村村委会",
        today - dt.timedelta(days=5),
        on=today - dt.timedelta(days=20),
        handler="王海波",
        note="河道清淤作业",
    )
    bags = stock.supply_by_name("编织袋（防汛沙袋）")
    assert bags.id is not None
    stock.move(
        MoveData(
            bags.id,
            "出库",
            300,
            today - dt.timedelta(days=12),
            handler="王海波",
            borrower="石桥村",
            note="加固塘坝",
        )
    )
    torches = stock.supply_by_name("应急照明手电")
    assert torches.id is not None
    stock.move(
        MoveData(torches.id, "报废", 2, today - dt.timedelta(days=8), handler="王海波", note="损坏")
    )
