"""The shift handover record, blank and filled."""

from __future__ import annotations

import datetime as dt
import io

import pypdf

from db.duty.forms.handover import CallRow
from db.duty.forms.handover import HandoverSheet
from db.duty.forms.handover import build_handover_pdf
from db.pdf.base import Letterhead
from db.pdf.people import Person

LETTERHEAD = Letterhead("青山镇", "应急管理办公室")


def read(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def filled(calls: list[CallRow] | None = None) -> HandoverSheet:
    return HandoverSheet(
        LETTERHEAD,
        dt.date(2025, 1, 28),
        level_name="一级战备（春节）",
        leader=Person("欧阳建国", "13900000000"),
        staff=[Person("司马长风", "13900010037"), Person("张伟", "13900020074")],
        standby=[Person("买买提·艾力", "13900120444")],
        phones_ok=True,
        radios_ok=False,
        vehicles_ready=True,
        calls=calls
        if calls is not None
        else [
            CallRow(
                dt.datetime(2025, 1, 28, 10, 15),
                "青山村村委会",
                "王建国",
                "13800001111",
                "村口杂物堵塞消防通道",
                "已通知村委会清理",
                "欧阳建国",
            ),
            CallRow(
                dt.datetime(2025, 1, 29, 2, 5),
                "群众",
                "匿名",
                "15900002222",
                "烟花引燃草垛",
                "出动消防车一辆，明火扑灭",
                "欧阳建国",
            ),
        ],  # fmt: skip
        situation="本班次接警2起，出动1次。",
        open_items="对讲机2号需送修。",
        handed_by="司马长风",
        received_by="王小明",
        at=dt.datetime(2025, 1, 29, 8, 35),
        printed_on=dt.date(2025, 1, 29),
    )


def test_blank_form_has_every_part_and_no_data():
    pages, text = read(build_handover_pdf(HandoverSheet.blank(LETTERHEAD)))
    assert pages == 1
    for part in (
        "青山镇应急管理办公室", "值班交接班记录", "值班日期", "08:30—次日08:30", "战备等级",
        "带班领导", "值 班 员", "值班电话", "畅通", "对讲机", "车辆装备", "战备完好",
        "时间", "来电单位", "姓名", "电话", "内容", "处理情况", "报告领导", "本班值班情况",
        "移交事项", "交班人", "接班人", "交接时间", "第 1 页 / 共 1 页",
    ):  # fmt: skip
        assert part in text, part
    assert "无来电" not in text
    assert HandoverSheet.blank(LETTERHEAD).is_blank


def test_filled_record_prints_people_calls_and_signatures():
    pages, text = read(build_handover_pdf(filled()))
    assert pages == 1
    flat = text.replace("\n", "")
    for part in (
        "2025年1月28日", "一级战备（春节）", "欧阳建国 13900000000", "司马长风 13900010037",
        "买买提·艾力", "10:15", "次日02:05", "青山村村委会", "13800001111", "已通知村委会清理",
        "本班次接警2起", "对讲机2号需送修", "王小明", "交接时间：2025年1月29日 08:35",
        "第 1 页 / 共 1 页", "打印日期：2025年1月29日",
    ):  # fmt: skip
        assert part in flat, part
    assert not read(build_handover_pdf(filled()))[1].count("本班次无来电")


def test_a_quiet_shift_says_so():
    _, text = read(build_handover_pdf(filled(calls=[])))
    assert "本班次无来电记录" in text


def test_a_busy_shift_runs_onto_more_pages_with_the_header_repeated():
    calls = [
        CallRow(dt.datetime(2025, 1, 28, 9, 0) + dt.timedelta(minutes=20 * i), f"单位{i}",
                f"来电人{i}", f"1380000{i:04d}", "反映情况，内容较长需要换行显示" * 2, "已处理",
                "欧阳建国")
        for i in range(45)
    ]  # fmt: skip
    data = build_handover_pdf(filled(calls))
    reader = pypdf.PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total >= 2
    for n, page in enumerate(reader.pages, start=1):
        assert f"第 {n} 页 / 共 {total} 页" in page.extract_text()
    assert "来电单位" in reader.pages[1].extract_text()
    flat = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    assert all(f"来电人{i}" in flat for i in range(45))


def test_call_times_from_plain_strings_and_times():
    sheet = filled([CallRow("约九点", "甲"), CallRow(dt.time(23, 59), "乙"), CallRow(None, "丙")])
    _, text = read(build_handover_pdf(sheet))
    assert "约九点" in text and "23:59" in text
