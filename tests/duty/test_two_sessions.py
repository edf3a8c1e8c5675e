"""The 两会 dates per year: the shipped data, the office's entries, and the presets using them."""

from __future__ import annotations

import datetime as dt

import pytest

from db import access
from db import two_sessions
from db.calendar import campaign_periods
from db.duty import Ledger
from db.duty import TwoSessionsData
from db.errors import PermissionDenied
from db.errors import ValidationError
from tests.core.test_users import SECRET
from tests.core.test_users import as_user
from tests.core.test_users import office


def test_the_data_file_holds_2015_to_2026_with_their_sources():
    known = two_sessions.known()
    assert set(known) == set(range(2015, 2027))
    assert all(s.confirmed and "新华社" in s.source for s in known.values())
    # 2020: CPPCC 5-21 → 5-27, NPC 5-22 → 5-28 (postponed); the others open in early March.
    assert (known[2020].start, known[2020].end) == (dt.date(2020, 5, 21), dt.date(2020, 5, 28))
    assert (known[2018].start, known[2018].end) == (dt.date(2018, 3, 3), dt.date(2018, 3, 20))
    assert (known[2026].start, known[2026].end) == (dt.date(2026, 3, 4), dt.date(2026, 3, 12))
    assert all(s.start.month == 3 and s.start.day in (3, 4) for y, s in known.items() if y != 2020)


def test_presets_use_the_year_and_mark_later_years_unconfirmed():
    periods = {p.name: p for p in campaign_periods(2019)}
    assert (periods["全国两会"].start, periods["全国两会"].end) == (
        dt.date(2020, 5, 21),
        dt.date(2020, 5, 28),
    )
    assert "待核对" not in periods["全国两会"].note
    later = {p.name: p for p in campaign_periods(2027)}["全国两会"]
    assert (later.start, later.end) == (dt.date(2028, 3, 4), dt.date(2028, 3, 11))
    assert "待核对" in later.note


def test_the_office_enters_a_year_and_the_preset_follows(database):
    ledger = Ledger(database)
    ledger.preload_campaign(2027)
    rows = {r.year: r for r in ledger.two_sessions(2015, 2030)}
    assert rows[2028].status == "待核对" and not rows[2028].office
    assert rows[2020].status == "已确认" and rows[2020].start == dt.date(2020, 5, 21)
    entry = TwoSessionsData(2028, dt.date(2028, 3, 4), dt.date(2028, 3, 12), "全国人大常委会决定")
    ledger.save_two_sessions(entry)
    (period,) = [p for p in ledger.periods(2028) if p.name == "全国两会"]
    assert (period.start, period.end) == (dt.date(2028, 3, 4), dt.date(2028, 3, 12))
    assert "待核对" not in period.note and "全国人大常委会决定" in period.note
    row = {r.year: r for r in ledger.two_sessions(2028, 2028)}[2028]
    assert row.office and row.status == "已确认"
    # A period the office moved by hand stays where it is when the table changes again.
    ledger.save_period(period.__class__(**{**period.__dict__, "end": dt.date(2028, 3, 14)}))
    ledger.reset_two_sessions(row.id, row.version)
    (period,) = [p for p in ledger.periods(2028) if p.name == "全国两会"]
    assert period.end == dt.date(2028, 3, 14)
    assert ledger.two_sessions_of(2028).confirmed is False


def test_bad_dates_are_refused_whole(database):
    ledger = Ledger(database)
    with pytest.raises(ValidationError) as err:
        ledger.save_two_sessions(
            TwoSessionsData(2028, dt.date(2027, 3, 4), dt.date(2027, 3, 1), "x" * 201)
        )
    assert set(err.value.problems) == {"end", "source"}
    with pytest.raises(ValidationError) as err:
        ledger.save_two_sessions(TwoSessionsData(2028, dt.date(2027, 3, 4), dt.date(2027, 3, 8)))
    assert "2028年内" in err.value.problems["start"]
    assert all(not r.office for r in ledger.two_sessions(2028, 2028))


def test_only_an_admin_changes_the_dates(database):
    office(database)
    clerk = as_user(database, "李干事", SECRET + "1")
    entry = TwoSessionsData(2029, dt.date(2029, 3, 4), dt.date(2029, 3, 11))
    with pytest.raises(PermissionDenied):
        Ledger(clerk).save_two_sessions(entry)
    admin = as_user(database, "王主任", SECRET)
    assert admin.may(access.ADMINISTER)
    Ledger(admin).save_two_sessions(entry)
    assert Ledger(clerk).two_sessions_of(2029).confirmed


def test_unconfirmed_dates_show_in_the_export_and_on_the_printed_roster(database, tmp_path):
    import io

    import openpyxl
    import pdfplumber

    from db.duty import forms
    from db.xlsx.api import export_register

    ledger = Ledger(database)
    ledger.preload_campaign(2029)  # 两会 2030: not in the data file
    path = tmp_path / "periods.xlsx"
    export_register(database, "alert-periods", path)
    sheet = openpyxl.load_workbook(path).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    header = next(r for r in rows if r and "说明" in r)
    (row,) = [r for r in rows if r and r[0] == "全国两会"]
    assert "待核对" in row[header.index("说明")]
    with pdfplumber.open(io.BytesIO(forms.roster_pdf(ledger, 2030, 3))) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "全国两会日期按惯例预设，待核对" in text.replace("\n", "")
    with pdfplumber.open(io.BytesIO(forms.roster_pdf(ledger, 2030, 4))) as pdf:
        assert "全国两会日期" not in "".join(p.extract_text() or "" for p in pdf.pages)
