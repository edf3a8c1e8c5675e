"""Records shared by every register: the audit trail, the office's settings, attached files, the
editable rule table, the office's vocabularies, the program's users."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime
from sqlalchemy import Index
from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from db.base import Base
from db.base import Tracked
from db.base import now


class Setting(Base):
    """Office settings (town name, office, shift start …) as key/value text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditLog(Base):
    """Who changed what and when, written in the same transaction as the change."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, index=True)
    operator: Mapped[str] = mapped_column(String(64), default="")
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)
    # SHA-256 over this row's content and the previous row's hash: the audit chain.
    row_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)

    # One record's history; one register's and one person's changes newest first (db.history).
    __table_args__ = (
        Index("ix_audit_log_record", "table_name", "record_id"),
        Index("ix_audit_log_table_at", "table_name", "at"),
        Index("ix_audit_log_operator_at", "operator", "at"),
    )


class Attachment(Tracked, Base):
    """A file (document, photo) copied into the data folder under a generated name.

    ``owner_table``/``owner_id`` name the record it belongs to; the file is removed from disk
    only when this row is deleted (see ``db.attachments``).
    """

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_table", "owner_id"),)

    owner_table: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)
    content_type: Mapped[str] = mapped_column(String(80), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    caption: Mapped[str] = mapped_column(String(200), default="")


class Rule(Tracked, Base):
    """An editable interval, threshold or colour, with its source shown beside it."""

    __tablename__ = "rule"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    value: Mapped[str] = mapped_column(String(80))
    unit: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(Text, default="")


class VocabEntry(Tracked, Base):
    """The office's own part of a vocabulary (see ``db.vocab``).

    ``kind`` is ``value`` for a value the office added to a descriptive list (``written`` and
    ``canonical`` are the same), or ``synonym`` for the office's own word for a value
    (``written`` → ``canonical``), which the next import then understands.
    """

    __tablename__ = "vocab_entry"
    __table_args__ = (UniqueConstraint("vocab", "kind", "written_key"),)

    vocab: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10))
    written: Mapped[str] = mapped_column(String(100))
    written_key: Mapped[str] = mapped_column(String(100))
    canonical: Mapped[str] = mapped_column(String(100))


class User(Tracked, Base):
    """Someone who may sign in: a name, a role and an Argon2id password hash.

    With no user defined the program works as a one-clerk office (no sign-in).
    """

    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(10), default="clerk")
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    disabled: Mapped[bool] = mapped_column(default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
