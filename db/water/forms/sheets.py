"""Water-source forms (A4): the hydrant and pool/natural-source checklists (blank and filled),
the survey field sheet, the register (台账, landscape), the survey summary for the district
and the coverage report.

Builders take plain data (the facade's dataclasses); nothing here reads the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from db.pdf import base as pdf
from db.pdf.marks import Box
from db.pdf.marks import CheckLine
from db.pdf.marks import choice
from db.pdf.marks import outcome_line
from db.pdf.table import numbered_table
from db.pdf.table import pairs_table
from db.validate import NOT_CHECKED
from db.water.data import CoverageReport
from db.water.data import InspectionData
from db.water.data import SurveyRow
from db.water.data import SurveySummary
from db.water.data import WaterSourceData
from db.water.forms.spacing import spacing_table

GAP_FILL = colors.HexColor("#f8d0d0")
SIGNATURES = ("检查人", "复核人", "带班领导")
REPORT_SIGNATURES = ("填报人", "审核人", "单位负责人")  # registers, reports and the map


@dataclass
class ChecklistLine:
    text: str
    kind: str = "pass"  # pass / value
    unit: str = ""
    limit: str = ""  # "≥0.14", "≤6"
    outcome: str | None = None  # None: blank
    value: str = ""


@dataclass
class ChecklistSheet:
    """A checklist for one source (filled or prefilled) or for the field (all blank)."""

    letterhead: pdf.Letterhead
    title: str
    lines: list[ChecklistLine]
    source: WaterSourceData | None = None
    inspection: InspectionData | None = None
    printed_on: dt.date | None = None


def _markup(text: str, st: pdf.Styles) -> Paragraph:
    return Paragraph(text, st.cell)


def report_signatures(width: float, st: pdf.Styles) -> Flowable:
    """填报人 / 审核人 / 单位负责人 with their dates: empty lines for the pen."""
    return pdf.signature_block([pdf.Signature(s) for s in REPORT_SIGNATURES], width, st.body)


def _n(value: object, unit: str = "") -> str:
    if value is None or value == "":
        return ""
    return f"{value:g}{unit}" if isinstance(value, float) else f"{value}{unit}"


# the per-type figures in the order printed: (key, text before, unit after, the value's text)
PARAMS: tuple[tuple[str, str, str, Callable[[object], str]], ...] = (
    ("network", "", "", str),
    ("pipe_dn", "DN", "", str),
    ("static_mpa", "静压", "MPa", _n),
    ("outlets", "", "", str),
    ("volume_m3", "储水", "m³", _n),
    ("refill_h", "补水", "h", _n),
    ("lift_m", "高差", "m", _n),
)


def params_text(x: WaterSourceData) -> str:
    """The main per-type figures in one line (for the register and the field sheet)."""
    d = x.details
    parts = [f"{before}{text(d[key])}{after}" for key, before, after, text in PARAMS if key in d]
    if x.has_dry_season and x.dry_months:
        parts.append(f"枯水期{x.dry_months}月")
    if x.flow_class:
        parts.append(f"流量等级{x.flow_class}")
    return "，".join(parts)


def _kind_text(x: WaterSourceData) -> str:
    return x.type + (f"（{x.form}）" if x.form else "")


def build_checklist_pdf(sheet: ChecklistSheet) -> bytes:
    st = pdf.styles(10)
    width = pdf.PORTRAIT.width
    x, ins = sheet.source, sheet.inspection
    filled = ins is not None
    kinds = choice(
        "检查类别：", ("巡查", "检查", "保养", "普查"), ins.kind if ins else None, gap=" "
    )
    info = pairs_table(
        [
            ("水源编号", x.code if x else ""),
            ("名\u3000\u3000称", x.name if x else ""),
            ("类型/形式", _kind_text(x) if x else ""),
            ("所属村社", x.village if x else ""),
            ("地\u3000\u3000址", x.address if x else ""),
            ("水源归属", (x.owner + (f" {x.phone}" if x.phone else "")) if x else ""),
            ("检查日期", pdf.cn_date(ins.inspected_on if ins else None)),
            ("主要参数", params_text(x) if x else ""),
        ],
        st,
        width,
        label=0.15,
    )
    checks: list[list[object]] = []
    for line in sheet.lines:
        if line.kind == "value":
            shown = line.value if filled and line.value else None
            markup = pdf.blank(shown, line.unit, 10)
            if filled and line.outcome in ("不合格", "不适用", NOT_CHECKED):
                markup += f"　<b>{line.outcome}</b>"
            result: object = _markup(markup, st)
        elif filled and line.outcome == NOT_CHECKED:
            result = _markup(f"<b>{NOT_CHECKED}</b>", st)  # not checked: no box ticked
        else:
            result = outcome_line(line.outcome if filled else None)
        checks.append(
            [line.text, result, f"{line.limit} {line.unit}".strip() if line.limit else ""]
        )
    table = numbered_table(
        ["序号", "检查项目", "检查结果", "标准"],
        checks,
        (0.07, 0.5, 0.31, 0.12),
        st,
        width,
        row_height=None if filled else 19,
    )
    findings = ""
    if ins is not None:
        lines = [f"结论：{ins.result}"]
        if ins.problems:
            lines.append(f"发现问题：{ins.problems}")
        if ins.follow_up:
            lines.append(f"处理情况：{ins.follow_up}")
        findings = "\n".join(lines)
    body: list[Flowable] = [
        info,
        Spacer(1, 2 * mm),
        CheckLine(kinds, size=10),
        Spacer(1, 2 * mm),
        pdf.section("一、检查项目", st, width),
        table,
        Spacer(1, 3 * mm),
        pdf.section("二、发现问题及处理（报修单位、期限）", st, width),
        pdf.text_box(findings, st.body, width, 30 if filled else 60),
        Spacer(1, 2 * mm),
        pdf.signature_block(
            [
                pdf.Signature(SIGNATURES[0], ins.inspectors if ins else ""),
                *map(pdf.Signature, SIGNATURES[1:]),
            ],
            width,
            st.body,
            when_row=False,
        ),
    ]
    subtitle = f"水源编号：{x.code}" if x else "（空白表，现场填写）"
    return pdf.render(
        pdf.Form(sheet.letterhead, sheet.title, body, pdf.PORTRAIT, sheet.printed_on, subtitle)
    ).data


# --- 台账 ------------------------------------------------------------------------------------
def build_register_pdf(
    letterhead: pdf.Letterhead,
    sources: Sequence[WaterSourceData],
    village: str | None = None,
    printed_on: dt.date | None = None,
) -> bytes:
    st = pdf.styles(9, 8)
    width = pdf.LANDSCAPE.width
    head: list[object] = ["序号", "编号", "名称", "类型/形式", "地址", "所属村社", "经纬度", "水源归属/电话",
            "主要参数", "可用状态", "上次检查", "下次检查"]  # fmt: skip
    rows: list[list[object]] = [head]
    extra: list[tuple[object, ...]] = [pdf.CENTRED_NUMBERS]
    for i, x in enumerate(sources, 1):
        coords = (
            f"{x.lon:.6f}, {x.lat:.6f}\n{x.crs}" if x.lon is not None and x.lat is not None else ""
        )
        rows.append(
            [
                str(i),
                x.code,
                x.name,
                _kind_text(x),
                x.address,
                x.village,
                coords,
                x.owner + (f"\n{x.phone}" if x.phone else ""),
                params_text(x),
                x.status,
                x.last_inspected_on.isoformat() if x.last_inspected_on else "",
                x.next_due.isoformat() if x.next_due else "",
            ]
        )
        if x.status != "可用":
            extra.append(("BACKGROUND", (9, i), (9, i), GAP_FILL))
    if len(rows) == 1:
        rows.append(["", "（没有水源）", *[""] * 10])
    counts: dict[str, int] = {}
    for x in sources:
        counts[x.type] = counts.get(x.type, 0) + 1
    summary = f"共 {len(sources)} 处：" + "，".join(f"{k} {n}" for k, n in counts.items())
    body: list[Flowable] = [
        pdf.para(summary, st.body),
        Spacer(1, 2 * mm),
        pdf.fit_table(
            rows,
            (0.035, 0.075, 0.11, 0.085, 0.12, 0.07, 0.095, 0.1, 0.14, 0.05, 0.065, 0.065),
            width,
            body=st.cell,
            head=st.head,
            padding=2.5,
            extra=extra,
        ),
        Spacer(1, 5 * mm),
        report_signatures(width, st),
    ]
    subtitle = f"所属村社：{village}" if village else "全镇"
    return pdf.render(
        pdf.Form(letterhead, "消防水源台账", body, pdf.LANDSCAPE, printed_on, subtitle)
    ).data


# --- 普查 ------------------------------------------------------------------------------------
@dataclass
class SurveySheet:
    letterhead: pdf.Letterhead
    name: str
    start: dt.date
    end: dt.date
    inspectors: str
    villages: dict[str, list[SurveyRow]] = field(default_factory=dict)
    printed_on: dt.date | None = None


def build_survey_sheet_pdf(sheet: SurveySheet) -> bytes:
    st = pdf.styles(9, 8.5)
    width = pdf.LANDSCAPE.width
    body: list[Flowable] = [
        pdf.para(
            f"普查时间：{pdf.cn_date(sheet.start)} 至 {pdf.cn_date(sheet.end)}　　普查人员：{sheet.inspectors}",
            st.body,
        ),
        Spacer(1, 2 * mm),
    ]
    for village, rows_in in sheet.villages.items():
        rows: list[list[object]] = [["序号", "编号", "名称", "类型/形式", "地址", "主要参数",
                                     "现场状况", "存在问题", "检查日期"]]  # fmt: skip
        for i, r in enumerate(rows_in, 1):
            x = r.source
            status = CheckLine(
                [
                    Box(r.result == "合格"),
                    "完好 ",
                    Box(r.result == "不合格"),
                    "故障 ",
                    Box(),
                    "无法找到",
                ],
                size=8.5,
            )
            rows.append(
                [str(i), x.code, x.name, _kind_text(x), x.address, params_text(x), status,
                 r.problems, r.inspected_on.isoformat() if r.inspected_on else ""]
            )  # fmt: skip
        body += [
            pdf.section(f"{village}（{len(rows_in)} 处）", st, width),
            pdf.fit_table(
                rows,
                (0.04, 0.08, 0.12, 0.09, 0.13, 0.15, 0.17, 0.15, 0.07),
                width,
                body=st.cell,
                head=st.head,
                padding=2.5,
                extra=[
                    pdf.CENTRED_NUMBERS,
                    ("TOPPADDING", (0, 1), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ],
            ),
            Spacer(1, 3 * mm),
        ]
    body.append(pdf.signature_block([pdf.Signature(s) for s in SIGNATURES], width, st.body))
    return pdf.render(
        pdf.Form(
            sheet.letterhead,
            "消防水源普查现场登记表",
            body,
            pdf.LANDSCAPE,
            sheet.printed_on,
            sheet.name,
        )
    ).data


def build_survey_summary_pdf(
    letterhead: pdf.Letterhead, summary: SurveySummary, printed_on: dt.date | None = None
) -> bytes:
    st = pdf.styles(10, 9)
    width = pdf.PORTRAIT.width
    v = summary.survey
    failed = len(summary.failed)
    rate = f"{summary.done * 100 / summary.total:.0f}%" if summary.total else "—"
    body: list[Flowable] = [
        pairs_table(
            [
                ("普查名称", v.name),
                (
                    "状\u3000\u3000态",
                    v.status + (f"（{pdf.cn_date(v.closed_on)}结束）" if v.closed_on else ""),
                ),
                ("普查时间", f"{v.start.isoformat()} 至 {v.end.isoformat()}"),
                ("普查人员", v.inspectors),
                ("应查/已查", f"{summary.total} / {summary.done}（{rate}）"),
                ("不合格", f"{failed} 处"),
                (
                    "不可用",
                    f"{failed + len(summary.still_out)} 处（含原有故障未修复 "
                    f"{len(summary.still_out)} 处）",
                ),
            ],
            st,
            width,
            label=0.15,
        ),
        Spacer(1, 3 * mm),
        pdf.section("一、各村社情况", st, width),
    ]
    rows: list[list[object]] = [["村社", "应查", "已查", "不合格"]]
    for village, (total, done, bad) in summary.by_village.items():
        rows.append([village, str(total), str(done), str(bad)])
    body.append(pdf.fit_table(rows, (0.4, 0.2, 0.2, 0.2), width, body=st.cell_center, head=st.head))
    body += [Spacer(1, 3 * mm), pdf.section("二、普查后可用状态", st, width)]
    rows = [["可用状态", "数量"]]
    rows += [[k, str(n)] for k, n in summary.by_status.items()]
    body.append(pdf.fit_table(rows, (0.6, 0.4), width, body=st.cell_center, head=st.head))
    body += [Spacer(1, 3 * mm), pdf.section("三、发现的问题", st, width)]
    rows = [["问题", "处数"]]
    rows += [[k, str(n)] for k, n in summary.by_problem.items()]
    if summary.still_out:
        rows.append(["原有故障未修复（本次检查合格）", str(len(summary.still_out))])
    if len(rows) == 1:
        rows.append(["未发现问题", ""])
    body.append(pdf.fit_table(rows, (0.8, 0.2), width, body=st.cell, head=st.head))
    if summary.failed:
        body += [Spacer(1, 3 * mm), pdf.section("四、不合格水源清单", st, width)]
        rows = [["编号", "名称", "村社", "问题"]]
        for r in summary.failed:
            rows.append([r.source.code, r.source.name, r.source.village, r.problems])
        body.append(
            pdf.fit_table(rows, (0.14, 0.24, 0.14, 0.48), width, body=st.cell, head=st.head)
        )
    if summary.still_out:
        body += [
            Spacer(1, 3 * mm),
            pdf.section(
                ("五" if summary.failed else "四") + "、仍不可用的水源（原有故障未修复）", st, width
            ),
        ]
        rows = [["编号", "名称", "村社", "状态"]]
        for r in summary.still_out:
            rows.append([r.source.code, r.source.name, r.source.village, r.source.status])
        body.append(
            pdf.fit_table(rows, (0.14, 0.24, 0.14, 0.48), width, body=st.cell, head=st.head)
        )
    body += [
        Spacer(1, 6 * mm),
        report_signatures(width, st),
    ]
    return pdf.render(
        pdf.Form(letterhead, "消防水源普查情况报告", body, pdf.PORTRAIT, printed_on, v.name)
    ).data


# --- 覆盖 ------------------------------------------------------------------------------------
def build_coverage_pdf(
    letterhead: pdf.Letterhead,
    report: CoverageReport,
    printed_on: dt.date | None = None,
    appendix: Sequence[Flowable] = (),
) -> bytes:
    st = pdf.styles(10, 8.5)
    width = pdf.PORTRAIT.width
    gaps = report.gaps
    body: list[Flowable] = [
        pdf.para(
            f"统计日期：{pdf.cn_date(report.on)}　保护半径：{report.radius_m:g} 米　"
            f"重点场所 {len(report.rows)} 处，其中 {len(gaps)} 处在保护半径内无可用消防水源（缺口，红色标出）。"
            "距离为大地线距离（WGS84，GCJ-02 坐标已换算）；故障、停用及处于枯水期的水源不计。",
            st.body,
        ),
        Spacer(1, 3 * mm),
    ]
    rows: list[list[object]] = [
        ["序号", "重点场所", "村社", "最近水源", "第二近", "第三近", "结论"]
    ]
    extra: list[tuple[object, ...]] = [
        pdf.CENTRED_NUMBERS,
        ("ALIGN", (6, 1), (6, -1), "CENTER"),
    ]
    for i, r in enumerate(report.rows, 1):
        near = [f"{n.name}\n{n.code}　{n.distance_m:.0f} 米" for n in r.nearest[:3]]
        near += [""] * (3 - len(near))
        if not r.nearest:
            near[0] = f"{report.radius_m * 4:g} 米内无"
        rows.append([str(i), r.site_name, r.village, *near, "覆盖" if r.covered else "缺口"])
        if not r.covered:
            extra.append(("BACKGROUND", (0, i), (-1, i), GAP_FILL))
    if len(rows) == 1:
        rows.append(["", "（没有标注坐标的重点场所）", "", "", "", "", ""])
    body.append(
        pdf.fit_table(
            rows,
            (0.05, 0.16, 0.09, 0.21, 0.21, 0.21, 0.07),
            width,
            body=st.cell,
            head=st.head,
            extra=extra,
        )
    )
    if gaps:
        body += [
            Spacer(1, 3 * mm),
            pdf.section("缺口清单（建议增设消火栓或消防水池，或修复附近故障水源）", st, width),
        ]
        for r in gaps:
            nearest = (
                f"最近可用水源 {r.nearest[0].name} {r.nearest[0].distance_m:.0f} 米"
                if r.nearest
                else "附近无可用水源"
            )
            body.append(pdf.para(f"· {r.site_name}（{r.village}）：{nearest}", st.body))
    if report.without_coordinates:
        body += [
            Spacer(1, 2 * mm),
            pdf.para(
                "未标注坐标、未参与统计的场所：" + "、".join(report.without_coordinates), st.small
            ),
        ]
    body += [*spacing_table(report, st, width), Spacer(1, 6 * mm), report_signatures(width, st)]
    body += appendix
    return pdf.render(
        pdf.Form(letterhead, "重点场所消防水源覆盖情况", body, pdf.PORTRAIT, printed_on)
    ).data
