"""Drill forms, A4 portrait: 演练签到表, 演练记录表, 应急演练评估表.

Each prints blank (for the field) when given no drill, and filled (the record) when given
one. ``*_story`` returns the body without the title so the evidence pack can put several
forms into one document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from db.drills.choices import DRILL_KINDS
from db.drills.choices import EVALUATION_ITEMS
from db.drills.choices import RATINGS
from db.drills.data import AttendanceData
from db.drills.data import DrillData
from db.pdf import base as pdf
from db.pdf.marks import CheckLine
from db.pdf.marks import choice
from db.pdf.sheet import sheet_pdf
from db.pdf.table import label_grid
from db.pdf.table import numbered_table

SIGNIN_HEADERS = ("序号", "姓名", "职务", "签到时间", "签名", "出勤情况")
SIGNIN_FRACTIONS = (0.07, 0.16, 0.14, 0.17, 0.28, 0.18)
EXTRA_SIGNIN_ROWS = 4  # for people not on the register (drivers lent, new volunteers)


@dataclass
class DrillSheet:
    """What the drill forms print; ``drill=None`` prints the blank forms."""

    letterhead: pdf.Letterhead
    drill: DrillData | None = None
    roster: list[AttendanceData] = field(default_factory=list)  # sign-in: who to list
    printed_on: dt.date | None = None

    @property
    def is_blank(self) -> bool:
        return self.drill is None


def _grid(rows: list[list[object]], st: pdf.Styles, width: float, blank: bool) -> Flowable:
    """Label/value pairs, two per line (a line of one pair spans the rest of the line), taller
    on a form filled in by hand."""
    return label_grid(rows, st, width, row_height=24 if blank else None)


def _kind(d: DrillData | None, size: float = 9.5) -> object:
    return d.kind if d else CheckLine(choice("", DRILL_KINDS), size=size)


def _name_rows(d: DrillData | None) -> list[list[object]]:
    """The rows every drill form starts with: the drill's name and time, then its kind."""
    time = pdf.cn_datetime(d.starts_at if d else None)
    return [["演练名称", d.name if d else "", "演练时间", time], ["演练类型", _kind(d)]]


def _head(sheet: DrillSheet, st: pdf.Styles, width: float) -> Flowable:
    d = sheet.drill
    return _grid(
        [
            *_name_rows(d),
            ["演练地点", d.place if d else "", "重点场所", d.site_name if d else ""],
        ],
        st,
        width,
        sheet.is_blank,
    )


# ----- 演练签到表 ---------------------------------------------------------------------------------


UNRECORDED = "未登记"  # on the list, no attendance status recorded for this drill
SIGNIN_TIME = pdf.BLANK_TIME  # the pen writes the time of arrival


def attendance_counts(sheet: DrillSheet) -> dict[str, int]:
    """出席/迟到/缺席 from the record, and 未登记 for everyone on the sign-in list without a
    status (so the totals add up to the list)."""
    d = sheet.drill
    counts = d.attendance_counts() if d else {}
    recorded = {a.member_id for a in d.attendance} if d else set()
    counts[UNRECORDED] = sum(1 for p in sheet.roster if p.member_id not in recorded)
    return counts


def _status(sheet: DrillSheet, person: AttendanceData) -> str:
    """What the 出勤情况 cell says: the recorded status (and note), 未登记 when attendance was
    taken without this person, nothing when no attendance is recorded yet (the pen's)."""
    d = sheet.drill
    if d is None or not d.attendance:
        return ""
    a = next((a for a in d.attendance if a.member_id == person.member_id), None)
    if a is None:
        return UNRECORDED
    return a.status + (f"（{a.note}）" if a.note else "")


def signin_story(sheet: DrillSheet, st: pdf.Styles, width: float) -> list[Flowable]:
    d = sheet.drill
    rows: list[list[object]] = [list(SIGNIN_HEADERS)]
    for i, person in enumerate(sheet.roster, start=1):
        status = _status(sheet, person)
        # the time and signature cells stay empty for the pen; an absentee signs nothing
        signed = "—" if status.startswith("缺席") else SIGNIN_TIME
        rows.append([str(i), person.name, person.role, signed, "", status])
    start = len(sheet.roster) + 1
    rows += [[str(start + i), "", "", SIGNIN_TIME, "", ""] for i in range(EXTRA_SIGNIN_ROWS)]
    table = pdf.fit_table(
        rows,
        SIGNIN_FRACTIONS,
        width,
        body=st.cell_center,
        head=st.head,
        row_heights=[None] + [21.0] * (len(rows) - 1),
        padding=3,
    )
    out: list[Flowable] = [_head(sheet, st, width), Spacer(1, 3 * mm), table]
    if d is not None and d.attendance:
        counts = attendance_counts(sheet)
        summary = "；".join(f"{k} {v} 人" for k, v in counts.items())
        out.append(pdf.para(f"出勤统计：应到 {len(sheet.roster)} 人，{summary}。", st.body))
    out += [
        Spacer(1, 3 * mm),
        pdf.signature_block(
            [pdf.Signature("组织人", d.organiser if d else ""), pdf.Signature("记录人")],
            width,
            st.body,
        ),
    ]
    return out


# ----- 演练记录表 ---------------------------------------------------------------------------------


def _attendance_text(sheet: DrillSheet, d: DrillData) -> str:
    if not d.attendance:
        return "未记录"
    counts = attendance_counts(sheet)
    expected = max(len(sheet.roster), len(d.attendance))
    text = f"应到 {expected} 人，出席 {counts['出席']} 人，迟到 {counts['迟到']} 人，缺席 {counts['缺席']} 人"
    if counts[UNRECORDED]:
        text += f"，未登记 {counts[UNRECORDED]} 人"
    absent = [a.name for a in d.attendance if a.status == "缺席"]
    late = [a.name for a in d.attendance if a.status == "迟到"]
    if late:
        text += "\n迟到：" + "、".join(late)
    if absent:
        text += "\n缺席：" + "、".join(absent)
    return text


def record_story(sheet: DrillSheet, st: pdf.Styles, width: float) -> list[Flowable]:
    d = sheet.drill
    blank = sheet.is_blank
    units = ""
    if d and (d.other_units or d.other_headcount):
        units = f"{d.other_units or '—'}（{d.other_headcount} 人）"
    info = _grid(
        [
            *_name_rows(d),
            ["演练地点", d.place if d else "", "重点场所", d.site_name if d else ""],
            ["依据预案", d.plan_name if d else ""],
            ["组 织 人", d.organiser if d else "", "状\u3000\u3000态", d.status if d else ""],
            ["参演单位及人数", units],
            ["参演队员", _attendance_text(sheet, d) if d else ""],
        ],
        st,
        width,
        blank,
    )
    rows: list[list[object]] = [["时间", "演练经过"]]
    if d is None:
        rows += [["", ""] for _ in range(8)]
    elif d.events:
        rows += [
            [
                f"{e.at:%H:%M}"
                if d.starts_at and e.at.date() == d.starts_at.date()
                else f"{e.at:%m-%d %H:%M}",
                e.text,
            ]
            for e in d.events
        ]
    else:
        rows.append(["", "未记录演练经过。"])
    timeline = pdf.fit_table(
        rows,
        (0.15, 0.85),
        width,
        body=st.cell,
        head=st.head,
        row_heights=[None] + ([24.0] * 8 if blank else [None] * (len(rows) - 1)),
    )
    return [
        info,
        Spacer(1, 3 * mm),
        pdf.section("一、演练情景", st, width),
        pdf.text_box(d.scenario if d else "", st.body, width, 60 if blank else 24),
        Spacer(1, 2 * mm),
        pdf.section("二、演练目标", st, width),
        pdf.text_box(d.objectives if d else "", st.body, width, 50 if blank else 24),
        Spacer(1, 2 * mm),
        pdf.section("三、演练经过", st, width),
        timeline,
        Spacer(1, 2 * mm),
        pdf.section("四、演练小结", st, width),
        pdf.text_box(d.summary if d else "", st.body, width, 60 if blank else 24),
        Spacer(1, 3 * mm),
        pdf.signature_block(
            [pdf.Signature("记录人"), pdf.Signature("组织人", d.organiser if d else "")],
            width,
            st.body,
        ),
    ]


# ----- 应急演练评估表 -------------------------------------------------------------------------------


def _evaluators(d: DrillData | None) -> list[pdf.Signature]:
    names = [
        n
        for n in (d.evaluators if d else "").replace(",", "、").replace("，", "、").split("、")
        if n.strip()
    ]
    when = pdf.cn_date(d.evaluated_on) if d and d.evaluated_on else ""
    sigs = [pdf.Signature("评估人", n.strip(), when) for n in names[:3]]
    while len(sigs) < 3:
        sigs.append(pdf.Signature("评估人"))
    return sigs


def evaluation_story(sheet: DrillSheet, st: pdf.Styles, width: float) -> list[Flowable]:
    d = sheet.drill
    blank = sheet.is_blank or (d is not None and d.status != "已评估")  # rows to write in
    info = _grid(
        [
            *_name_rows(d),
            ["依据预案", d.plan_name if d else ""],
            [
                "评估日期",
                pdf.cn_date(d.evaluated_on if d else None),
                "组 织 人",
                d.organiser if d else "",
            ],
        ],
        st,
        width,
        blank,
    )
    lines: list[list[object]] = []
    for item in EVALUATION_ITEMS:
        sc = d.score_for(item) if d else None
        rating = CheckLine(choice("", RATINGS, sc.rating if sc else None), size=9)
        comment = ""
        if sc is not None:
            comment = (f"得分 {sc.score}。" if sc.score is not None else "") + sc.comment
        lines.append([item, rating, comment])
    items = numbered_table(
        ["序号", "评估项目", "评价", "说明"],
        lines,
        (0.07, 0.3, 0.3, 0.33),
        st,
        width,
        row_height=34.0 if blank else None,
    )
    frows: list[list[object]] = [["序号", "发现的问题", "整改措施", "责任人", "整改期限"]]
    findings = d.findings if d else []
    for i, f in enumerate(findings, start=1):
        frows.append([str(i), f.problem, f.measure, f.owner, pdf.cn_date(f.deadline, "")])
    if blank or not findings:
        frows += [[str(len(findings) + i), "", "", "", ""] for i in range(1, 4 if blank else 2)]
    ftable = pdf.fit_table(
        frows,
        (0.07, 0.35, 0.32, 0.11, 0.15),
        width,
        body=st.cell,
        head=st.head,
        row_heights=[None] * (1 + len(findings)) + [26.0] * (len(frows) - 1 - len(findings)),
    )
    revision = (
        None
        if blank and not findings
        else ("是" if any(f.triggers_revision for f in findings) else "否")
    )
    conclusion = d.conclusion if d and d.conclusion else None
    return [
        info,
        Spacer(1, 3 * mm),
        pdf.section("一、评估内容", st, width),
        items,
        Spacer(1, 3 * mm),
        pdf.section("二、发现的问题及整改措施", st, width),
        ftable,
        Spacer(1, 3 * mm),
        CheckLine(choice("是否需要修订预案：", ("是", "否"), revision), size=10.5),
        CheckLine(choice("总体评估结论：", RATINGS, conclusion), size=10.5),
        Spacer(1, 2 * mm),
        pdf.signature_block(_evaluators(d), width, st.body),
    ]


# ----- building ------------------------------------------------------------------------------


def _form(sheet: DrillSheet, title: str, body: Sequence[Flowable]) -> bytes:
    subtitle = ""
    if sheet.drill is not None:
        subtitle = f"{sheet.drill.name}　{pdf.cn_date(sheet.drill.starts_at.date() if sheet.drill.starts_at else None)}"
    return sheet_pdf(sheet, title, body, subtitle=subtitle, subject=title)


def build_signin_pdf(sheet: DrillSheet) -> bytes:
    st = pdf.styles(10.5)
    return _form(sheet, "演练签到表", signin_story(sheet, st, pdf.PORTRAIT.width))


def build_record_pdf(sheet: DrillSheet) -> bytes:
    st = pdf.styles(10.5)
    return _form(sheet, "演练记录表", record_story(sheet, st, pdf.PORTRAIT.width))


def build_evaluation_pdf(sheet: DrillSheet) -> bytes:
    st = pdf.styles(10.5)
    return _form(sheet, "应急演练评估表", evaluation_story(sheet, st, pdf.PORTRAIT.width))
