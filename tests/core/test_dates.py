"""One month arithmetic for every register: clamped to the month's end, leap years right."""

from __future__ import annotations

import datetime as dt

import pytest

from db.dates import add_months
from db.errors import NO_VERSION_MESSAGE
from db.errors import STALE_MESSAGE
from db.errors import StaleRecordError
from db.errors import check_version


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),  # leap year
        (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 28)),
        (dt.date(2100, 1, 31), 1, dt.date(2100, 2, 28)),  # not a leap year (century)
        (dt.date(2000, 1, 31), 1, dt.date(2000, 2, 29)),  # leap year (400)
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 15), -13, dt.date(2024, 12, 15)),
        (dt.date(2026, 5, 5), 0, dt.date(2026, 5, 5)),
        (dt.date(2026, 5, 31), 36, dt.date(2029, 5, 31)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


class Record:
    version = 3


def test_check_version_refuses_a_stale_copy_with_the_clerks_sentence():
    check_version(Record(), 3)
    with pytest.raises(StaleRecordError) as caught:
        check_version(Record(), 2)
    assert str(caught.value) == STALE_MESSAGE
    assert "请关闭后重新打开" in STALE_MESSAGE


def test_check_version_refuses_a_change_that_names_no_version():
    with pytest.raises(StaleRecordError) as caught:
        check_version(Record(), None)
    assert str(caught.value) == NO_VERSION_MESSAGE
    assert "没有保存" in NO_VERSION_MESSAGE
