"""The supplies' tables: consumables kept in reserve, their batches and every stock move."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean
from sqlalchemy import Date
from sqlalchemy import Float
from sqlalchemy import ForeignKey
from sqlalchemy import Index
from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from db.base import Base
from db.base import Tracked
from db.words import said

MOVE_KINDS = (
    said("入库"),
    said("出库"),
    said("借出"),
    said("归还"),
    said("报废"),
    said("盘点调整"),
)


class Supply(Tracked, Base):
    """A consumable kept in reserve; ``balance`` is kept up to date by every move."""

    __tablename__ = "supply"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    category: Mapped[str] = mapped_column(String(20), default="")
    unit: Mapped[str] = mapped_column(String(10), default="件")
    location: Mapped[str] = mapped_column(String(60), default="")
    quota: Mapped[float] = mapped_column(Float, default=0)
    balance: Mapped[float] = mapped_column(Float, default=0, index=True)
    on_loan: Mapped[float] = mapped_column(Float, default=0)
    move_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    batches: Mapped[list[SupplyBatch]] = relationship(
        back_populates="supply", cascade="all, delete-orphan", order_by="SupplyBatch.expires_on"
    )


class SupplyBatch(Base):
    """A batch with its own expiry and running balance."""

    __tablename__ = "supply_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supply_id: Mapped[int] = mapped_column(ForeignKey("supply.id", ondelete="CASCADE"), index=True)
    batch: Mapped[str] = mapped_column(String(40), default="")
    expires_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    balance: Mapped[float] = mapped_column(Float, default=0)

    supply: Mapped[Supply] = relationship(back_populates="batches")


class StockMove(Tracked, Base):
    """A movement of stock: 入库, 出库, 借出, 归还, 报废, 盘点调整 (signed ``quantity``)."""

    __tablename__ = "stock_move"
    __table_args__ = (
        Index("ix_stock_move_supply_date", "supply_id", "moved_on"),
        Index("ix_stock_move_moved_on", "moved_on", "id"),
        Index("ix_stock_move_loans", "kind", "returned", "due_back"),
        Index("ix_stock_move_loan_id", "loan_id"),
    )

    supply_id: Mapped[int] = mapped_column(ForeignKey("supply.id"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("supply_batch.id"), nullable=True)
    moved_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))
    quantity: Mapped[float] = mapped_column(Float)  # signed: + in, - out
    balance_after: Mapped[float] = mapped_column(Float)
    handler: Mapped[str] = mapped_column(String(40), default="")
    borrower: Mapped[str] = mapped_column(String(60), default="")
    due_back: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    returned: Mapped[bool] = mapped_column(Boolean, default=False)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("stock_move.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
