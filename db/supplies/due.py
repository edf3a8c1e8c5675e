"""Due items of the supplies for the home page and ``rescue-ledger due``: shortfalls against
the reserve quota, batches expired or expiring, loans due back."""

from __future__ import annotations

import datetime as dt

from db.due import OPEN
from db.due import OVERDUE
from db.due import SOON
from db.due import DueItem
from db.due import provider
from db.due import state_for
from db.engine import Database
from db.supplies import Supplies
from db.words import said


@provider
def supply_items(database: Database, today: dt.date, within: int) -> list[DueItem]:
    """Shortfalls against quota, batches expired or expiring within ``within`` days (the
    30/90-day rule windows belong to the supplies page) and loans due back."""
    stock = Supplies(database)
    soon = stock.expiry_windows()[0]
    out = [
        DueItem(
            said("物资"),
            s.name,
            said("低于储备定额，缺 {amount}{unit}", amount=f"{s.short:g}", unit=s.unit),
            None,
            OPEN,
            ("supply", s.supply_id),
        )
        for s in stock.shortfalls()
    ]
    for b in stock.expiring(within, today):
        state = OVERDUE if b.expires_on < today else SOON
        label = said("批次{batch} ", batch=b.batch) if b.batch else ""
        what = (
            said("已过期")
            if b.expires_on < today
            else said("{label}临期（{days}天内）", label=label, days=soon)
            if (b.expires_on - today).days <= soon
            else said("{label}临期", label=label)
        )
        out.append(
            DueItem(
                said("物资"),
                b.supply_name,
                said("{what} {amount}{unit}", what=what, amount=f"{b.balance:g}", unit=b.unit),
                b.expires_on,
                state,
                ("supply", b.supply_id),
            )
        )
    for loan in stock.loans():
        if loan.due_back is None:
            continue
        loan_state = state_for(loan.due_back, today, within)
        if loan_state:
            out.append(
                DueItem(
                    said("物资"),
                    loan.supply_name,
                    said(
                        "{borrower} 借用 {amount}{unit} 应归还",
                        borrower=loan.borrower,
                        amount=f"{loan.outstanding:g}",
                        unit=loan.unit,
                    ),
                    loan.due_back,
                    loan_state,
                    ("stock_move", loan.id),
                )
            )
    return out
