"""Printed records carry the audit chain's head: a filed copy proves the state it was printed
from."""

from __future__ import annotations

import io

import pdfplumber

from db.chain import head
from db.duty import Ledger
from db.duty import MemberData
from db.duty.forms import roster_pdf
from db.supplies.forms import supply_register_pdf


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _fingerprint(database) -> str:
    with database.engine.connect() as conn:
        return head(conn).fingerprint


def test_every_page_of_a_form_shows_the_fingerprint_of_its_database(database):
    ledger = Ledger(database)
    ledger.save_member(MemberData(name="张三"))
    first = _fingerprint(database)
    assert len(first) == 12
    text = _text(roster_pdf(ledger, 2026, 3))
    assert f"校验码：{first}" in text
    ledger.save_member(MemberData(name="李四"))
    second = _fingerprint(database)
    assert second != first
    text = _text(supply_register_pdf(database))
    assert f"校验码：{second}" in text and first not in text
