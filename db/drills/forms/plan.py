"""预案封面/摘要页 (plan summary), A4 portrait: the plan's cover fields and its versions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from db.drills.data import PlanData
from db.drills.data import PlanVersionData
from db.pdf import base as pdf
from db.pdf.sheet import sheet_pdf
from db.pdf.table import label_grid


@dataclass
class PlanSheet:
    letterhead: pdf.Letterhead
    plan: PlanData
    versions: list[PlanVersionData] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # attached files' names
    next_evaluation: dt.date | None = None
    next_drill: dt.date | None = None
    printed_on: dt.date | None = None


def build_plan_pdf(sheet: PlanSheet) -> bytes:
    st = pdf.styles(10.5)
    width = pdf.PORTRAIT.width
    p = sheet.plan
    pairs: list[list[object]] = [
        ["预案编号", p.code or "—", "预案级别", p.level],
        ["预案名称", p.name],
        ["适用场所", "、".join(p.site_names) or "—"],
        ["预案类型", p.type, "状\u3000\u3000态", p.status],
        ["编 制 人", p.author, "审 核 人", p.reviewer],
        ["发布日期", pdf.cn_date(p.issued_on, "—"), "当前版本", f"第 {p.version_no} 版"],
        [
            "上次评估",
            pdf.cn_date(p.evaluated_on, "—"),
            "下次评估",
            pdf.cn_date(sheet.next_evaluation, "—"),
        ],
        ["下次演练", pdf.cn_date(sheet.next_drill, "—")],
    ]
    cover = label_grid(pairs, st, width, padding=5)
    vrows: list[list[object]] = [["版本", "修订日期", "修订原因", "说明", "批准人"]]
    for v in sheet.versions:
        vrows.append(
            [f"第 {v.number} 版", pdf.cn_date(v.revised_on), v.trigger, v.reason, v.approved_by]
        )
    if not sheet.versions:
        vrows.append(["", "", "", "", ""])
    versions = pdf.fit_table(
        vrows,
        (0.1, 0.17, 0.3, 0.3, 0.13),
        width,
        body=st.cell,
        head=st.head,
        extra=[("ALIGN", (0, 1), (1, -1), "CENTER")],
    )
    body: list[Flowable] = [
        cover,
        Spacer(1, 4 * mm),
        pdf.section("一、预案摘要", st, width),
        pdf.text_box(p.summary or "—", st.body, width, 40),
        Spacer(1, 4 * mm),
        pdf.section("二、版本记录", st, width),
        versions,
    ]
    if sheet.files:
        body += [
            Spacer(1, 4 * mm),
            pdf.section("三、附件", st, width),
            pdf.para("\n".join(f"{i}. {name}" for i, name in enumerate(sheet.files, 1)), st.body),
        ]
    # the cover is signed by hand: the names print as fields, the signature lines stay empty
    approver = sheet.versions[-1].approved_by if sheet.versions else ""
    signers = [pdf.Signature("编制人", p.author), pdf.Signature("审核人", p.reviewer)]
    body += [
        Spacer(1, 6 * mm),
        pdf.signature_block([*signers, pdf.Signature("批准人", approver)], width, st.body),
    ]
    return sheet_pdf(
        sheet, "应急预案", body, subtitle=p.name, title_size=22, subject=f"应急预案 {p.name}"
    )
