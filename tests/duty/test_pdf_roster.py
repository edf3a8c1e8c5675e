"""The month duty roster: one landscape page, every name and phone, levels and holidays."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pypdf
import pytest

from db.duty.forms.roster import RosterDay
from db.duty.forms.roster import RosterSheet
from db.duty.forms.roster import build_roster_pdf
from db.pdf.base import Letterhead
from db.pdf.people import Person

LONG_NAMES = [
    "欧阳建国", "司马长风", "买买提·艾力", "诸葛明亮", "上官婉儿", "皇甫嵩", "令狐冲冲",
    "慕容复兴", "阿不都热合曼", "公孙胜利", "长孙无忌", "尉迟恭敬", "东方明珠",
]  # fmt: skip


def person(i: int) -> Person:
    """One of the team: a name keeps its one phone all month."""
    k = i % len(LONG_NAMES)
    return Person(LONG_NAMES[k], f"1{(3 + k % 7)}9{k:08d}")


def busy_month(year: int = 2025, month: int = 1) -> RosterSheet:
    """Every day: 1 leader + 3 staff + 4 standby with long names; holidays and raised alert."""
    days = []
    day = dt.date(year, month, 1)
    i = 0
    while day.month == month:
        raised = day.day >= 25
        days.append(
            RosterDay(
                day,
                is_holiday=day.day in (1, 28, 29, 30, 31),
                holiday_name={1: "元旦", 28: "春节", 29: "春节"}.get(day.day, ""),
                level_name="一级战备" if raised else "日常",
                level_colour="#e53935" if raised else "#ffffff",
                raised=raised,
                period_name="春节" if raised else "",
                leader=person(i),
                staff=[person(i + k) for k in (1, 2, 3)],
                standby=[person(i + k) for k in (4, 5, 6, 7)],
                workday_swap=day.day == 26,
                note="",
            )
        )
        day += dt.timedelta(days=1)
        i += 8
    return RosterSheet(
        Letterhead("青山镇", "应急管理办公室"),
        year,
        month,
        shift_text="每日08:30至次日08:30",
        duty_phone="0571-8888 1234",
        days=days,
        compiled_by="李秀英",
        printed_on=dt.date(2025, 1, 5),
    )


def read(data: bytes) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader, "\n".join(p.extract_text() for p in reader.pages)


@pytest.fixture(scope="module")
def busy_pdf() -> bytes:
    return build_roster_pdf(busy_month())


def test_thirty_one_busy_days_fit_one_landscape_page(busy_pdf):
    reader, text = read(busy_pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert "第 1 页 / 共 1 页" in text


def test_title_letterhead_and_footer(busy_pdf):
    _, text = read(busy_pdf)
    assert "青山镇综合应急救援队 2025年1月 值班表" in text
    assert "青山镇应急管理办公室" in text
    assert "值班时间：每日08:30至次日08:30" in text
    assert "值班电话：0571-8888 1234" in text
    assert "编制" in text and "审核" in text and "李秀英" in text
    assert "打印日期：2025年1月5日" in text


def test_every_person_and_phone_is_printed(busy_pdf):
    sheet = busy_month()
    _, text = read(busy_pdf)
    flat = text.replace("\n", "")
    for day in sheet.days:
        assert f"{day.date.day}日" in text
        for p in [day.leader, *day.staff, *day.standby]:
            assert p.name in flat
            assert p.phone in flat, p.phone


def test_raised_level_holidays_and_legend(busy_pdf):
    _, text = read(busy_pdf)
    assert "一级战备·春节" in text
    assert "元旦" in text and "春节" in text
    assert "周末、节假日" in text
    assert "一级战备（春节）" in text  # legend entry


def test_rest_days_follow_weekends_holidays_and_swaps():
    sat, sun, mon = dt.date(2025, 1, 4), dt.date(2025, 1, 26), dt.date(2025, 1, 6)
    assert RosterDay(sat).rest_day
    assert not RosterDay(sun, workday_swap=True, holiday_name="调休上班").rest_day
    assert not RosterDay(mon).rest_day
    assert RosterDay(dt.date(2025, 1, 1), is_holiday=True).rest_day
    assert RosterDay(mon).weekday == "一"
    assert RosterDay(mon, weekday_text="周一").weekday == "周一"


def test_february_sparse_and_notes_still_one_page():
    sheet = busy_month(2025, 2)
    for d in sheet.days:
        d.staff = d.staff[:1]
        d.standby = []
        d.note = "车辆一级保养" if d.date.day % 7 == 0 else ""
    reader, text = read(build_roster_pdf(sheet))
    assert len(reader.pages) == 1
    assert "车辆一级保养" in text and "备注" in text
    assert "28日" in text and "29日" not in text


def test_empty_month_prints_an_empty_table():
    sheet = RosterSheet(Letterhead("青山镇", "应急管理办公室"), 2025, 3)
    reader, text = read(build_roster_pdf(sheet))
    assert len(reader.pages) == 1
    assert "2025年3月 值班表" in text and "带班领导" in text


def test_odd_text_is_escaped():
    sheet = busy_month()
    sheet.days[0].leader = Person("A&B<队>", "110")
    _, text = read(build_roster_pdf(sheet))
    assert "A&B<队>" in text


def test_busy_month_is_still_printed_at_a_readable_size(busy_pdf):
    with pdfplumber.open(io.BytesIO(busy_pdf)) as pdf:
        sizes = [c["size"] for c in pdf.pages[0].chars if c["text"] in "欧阳建国"]
    assert sizes and min(sizes) >= 6.5


def test_a_month_too_full_for_one_page_runs_on_with_the_header_repeated():
    sheet = busy_month()
    for i, d in enumerate(sheet.days):
        d.standby = [person(i * 3 + k) for k in range(12)]
    reader, text = read(build_roster_pdf(sheet))
    total = len(reader.pages)
    assert total >= 2
    for n, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"第 {n} 页 / 共 {total} 页" in page_text
        assert "带班领导" in page_text and "备勤" in page_text
    flat = text.replace("\n", "")
    assert all(p.phone in flat for d in sheet.days for p in d.standby)
    assert "一页排不下" in flat  # the page says why it runs on


def test_a_year_beyond_the_holiday_data_says_to_check_it(busy_pdf):
    """2025 is in the calendar data; 2031 is not, and its printed roster says 待核对."""
    assert "待核对" not in read(busy_pdf)[1]
    reader, text = read(build_roster_pdf(busy_month(2031, 1)))
    assert len(reader.pages) == 1
    assert "2031年节假日安排尚未收录" in text.replace("\n", "") and "待核对" in text


def team_of_40() -> list[Person]:
    """Forty members: the long names above and 27 more, each with one phone."""
    names = list(LONG_NAMES)
    for i, surname in enumerate("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩"):
        names.append(surname + "建" + "国华明军"[i % 4])
    return [Person(name, f"13{k % 10}{k:08d}") for k, name in enumerate(names)]


def test_forty_members_eight_on_duty_a_day_stay_one_legible_page():
    """1 leader + 8 staff + 2 standby a day from a team of 40: one page, nothing under 7.5 pt,
    no name broken across lines, every phone printed (in the list beside the table)."""
    team = team_of_40()
    assert len({p.name for p in team}) == 40
    sheet = busy_month()
    for i, d in enumerate(sheet.days):
        on = [team[(i * 11 + k) % 40] for k in range(11)]
        d.leader, d.staff, d.standby = on[0], on[1:9], on[9:]
    data = build_roster_pdf(sheet)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        assert min(c["size"] for c in page.chars) >= 7.5 - 1e-6
        lines = ["".join(line.split()) for line in (page.extract_text() or "").splitlines()]
    printed = [q.name for d in sheet.days for q in [d.leader, *d.staff, *d.standby]]
    printed += [q.name for q in team]  # the phone list
    for p in team:
        # every time the name is printed it is whole on one line: none is broken
        assert sum(line.count(p.name) for line in lines) == sum(p.name in q for q in printed)
        assert any(p.phone in line for line in lines), p.phone
