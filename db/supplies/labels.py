"""What the modification record calls the supplies' tables and fields (see ``db.labels``)."""

from __future__ import annotations

from db.labels import TableLabels
from db.words import said

TABLES = (
    TableLabels(
        "supply",
        register="supplies",
        fields={
            "balance": "库存数量",
            "on_loan": "借出数量",
            "move_count": "出入库次数",
        },
    ),
    TableLabels(
        "supply_batch",
        said("物资批次"),
        fields={
            "supply_id": "物资",
            "batch": "批次",
            "expires_on": "有效期至",
            "balance": "库存数量",
        },
        record="batch",
    ),
    TableLabels(
        "stock_move",
        register="stock-moves",
        fields={
            "supply_id": "物资",
            "batch_id": "批次",
            "balance_after": "结存",
            "returned": "已归还",
            "loan_id": "对应的借出",
        },
        record="kind",
    ),
)
