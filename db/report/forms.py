"""The campaign report and the month's bulletin on paper (A4, the project's form engine: fonts
embedded, letterhead, page x of y, the audit chain's fingerprint in the footer, signature
lines left empty for the pen).

The report prints an overview, the month-by-month table, then each section with its figures
and the lists behind them. The bulletin (通报) is one page: the figures of each section, the
main problems (as many as fit, the rest counted) and room for the next steps.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Spacer

from db.engine import Database
from db.pdf import base as pdf
from db.report.data import MONTH_COLUMNS
from db.report.data import PERCENT_COLUMNS
from db.report.data import Listing
from db.report.data import Report
from db.report.data import Section
from db.report.data import figure_text
from db.settings import database_letterhead

REPORT_SIGNATURES = ("填报人", "审核人", "负责人")
BULLETIN_SIGNATURES = ("拟稿人", "签发人")
BULLETIN_PROBLEMS = 8  # problem lines a one-page bulletin holds
PAPER_ROWS = 100  # rows of a list printed on paper; the workbook holds them all
NO_PROBLEMS = "本期未发现需要通报的问题。"


def figures_line(s: Section) -> str:
    """A section's figures in one line: 已排班天数 62天；提升战备天数 26天 …"""
    return "；".join(
        f"{label} {figure_text(value, s.units.get(label, ''))}"
        for label, value in s.figures.items()
    )


def _figure_table(report_section: Section, st: pdf.Styles, width: float) -> Flowable:
    pairs = [
        (label, figure_text(value, report_section.units.get(label, "")))
        for label, value in report_section.figures.items()
    ]
    per_row = 4
    rows: list[list[object]] = []
    for i in range(0, len(pairs), per_row):
        chunk = pairs[i : i + per_row]
        row: list[object] = []
        for label, value in chunk:
            row += [label, value]
        row += [""] * (2 * per_row - len(row))
        rows.append(row)
    fractions = [0.16, 0.09] * per_row
    return pdf.fit_table(rows, fractions, width, body=st.cell, header_rows=0, padding=3)


def _listing(item: Listing, st: pdf.Styles, width: float) -> list[Flowable]:
    """A list's title with its count, and its rows (the first ``PAPER_ROWS`` on paper)."""
    rows: list[list[object]] = [["序号", *item.headers]]
    shown = item.rows[:PAPER_ROWS]
    rows += [["" if r[:1] == ["合计"] else str(i), *r] for i, r in enumerate(shown, 1)]
    extra: list[tuple[object, ...]] = [pdf.CENTRED_NUMBERS]
    if not item.rows:
        rows.append([item.empty, *[""] * len(item.headers)])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    fractions = [0.06, *[f * 0.94 for f in (item.fractions or [1.0] * len(item.headers))]]
    title = pdf.para(f"{item.title}（{len(item.rows)}）", st.label)
    table = pdf.fit_table(
        rows, fractions, width, body=st.cell, head=st.head, padding=2.5, extra=extra
    )
    out: list[Flowable] = [KeepTogether([title, Spacer(1, 1 * mm), table])]
    if len(item.rows) > len(shown):
        more = len(item.rows) - len(shown)
        out.append(
            pdf.para(f"以上列出前 {len(shown)} 项，另有 {more} 项见导出的 Excel 工作簿。", st.small)
        )
    return out


def month_table(report: Report, st: pdf.Styles, width: float) -> Flowable:
    head: list[object] = ["月份", *MONTH_COLUMNS]
    rows: list[list[object]] = [head]
    for m in report.months:
        rows.append(
            [
                m.label,
                *(
                    figure_text(m.values[c], "%" if c in PERCENT_COLUMNS else "")
                    for c in MONTH_COLUMNS
                ),
            ]
        )
    total: list[object] = ["合计"]
    for c in MONTH_COLUMNS:
        if c in PERCENT_COLUMNS:
            total.append(figure_text(report.section("drills").figures["参演率"], "%"))
        else:
            total.append(str(sum(int(m.values[c] or 0) for m in report.months)))
    rows.append(total)
    fractions = [1.6] + [1.0] * len(MONTH_COLUMNS)
    return pdf.fit_table(
        rows,
        fractions,
        width,
        body=st.cell_center,
        head=st.head,
        padding=1.5,
        extra=[("ALIGN", (0, 0), (-1, -1), "CENTER")],
    )


def report_form(database: Database, report: Report) -> pdf.Form:
    """The campaign report (工作总结) as a form."""
    st = pdf.styles(10, 8)
    small = pdf.styles(10, 7)
    width = pdf.PORTRAIT.width
    body: list[Flowable] = [pdf.section("总体情况", st, width), Spacer(1, 1.5 * mm)]
    overview: list[list[object]] = [
        [s.title.split("、", 1)[-1], figures_line(s)] for s in report.sections
    ]
    body.append(pdf.fit_table(overview, [0.18, 0.82], width, body=st.cell, header_rows=0))
    body += [Spacer(1, 4 * mm), pdf.section("逐月情况", st, width), Spacer(1, 1.5 * mm)]
    body.append(month_table(report, small, width))
    for s in report.sections:
        body += [Spacer(1, 5 * mm), pdf.section(s.title, st, width), Spacer(1, 1.5 * mm)]
        body.append(_figure_table(s, st, width))
        if s.note:
            body += [Spacer(1, 1 * mm), pdf.para(s.note, st.small)]
        for item in s.lists:
            body.append(Spacer(1, 2.5 * mm))
            body += _listing(item, st, width)
    body += [Spacer(1, 8 * mm), _signatures(REPORT_SIGNATURES, width, st)]
    return _form(database, report, body, "工作总结")


def _form(database: Database, report: Report, body: list[Flowable], subject: str) -> pdf.Form:
    """A portrait A4 form titled for ``report`` with its period under the title."""
    return pdf.Form(
        database_letterhead(database),
        report.title,
        body,
        layout=pdf.PORTRAIT,
        subtitle=f"统计期：{report.period_text}",
        title_size=16,
        subject=subject,
    )


def _signatures(labels: Sequence[str], width: float, st: pdf.Styles) -> Flowable:
    return pdf.signature_block([pdf.Signature(label) for label in labels], width, st.body)


def problems(report: Report) -> list[list[str]]:
    """The bulletin's main problems: what is overdue, failed or still out of service."""
    out: list[list[str]] = []
    want = (
        (
            "drills",
            "整改问题",
            lambda r: r[4] == "逾期",
            lambda r: f"演练问题逾期未整改：{r[1]}（{r[2]}，期限{r[3]}）",
        ),
        ("water", "检查不合格", None, lambda r: f"水源{r[1]} {r[2]}检查不合格：{r[5]}"),
        ("water", "仍不可用的水源", None, lambda r: f"水源{r[0]} {r[1]}仍{r[4]}"),
        ("water", "覆盖缺口", None, lambda r: f"{r[0]}周边保护半径内无可用水源"),
        ("fleet", "检查不合格", None, lambda r: f"{r[2]}{r[1]}{r[3]}不合格"),
        ("fleet", "逾期未检", None, lambda r: f"{r[0]}{r[1]}{r[2]}逾期（应于{r[4]}）"),
        ("supplies", "低于储备定额", None, lambda r: f"{r[0]}低于储备定额，缺{r[5]}"),
        (
            "supplies",
            "过期或临近有效期",
            lambda r: r[5] == "已过期",
            lambda r: f"{r[0]}（{r[1]}）已过期",
        ),
    )
    for key, title, keep, words in want:
        for row in report.section(key).listing(title).rows:
            if keep is None or keep(row):
                out.append([words(row)])  # type: ignore[no-untyped-call]
    return out


def bulletin_form(database: Database, report: Report) -> pdf.Form:
    """The month's bulletin (通报): one page."""
    st = pdf.styles(10.5, 9)
    width = pdf.PORTRAIT.width
    body: list[Flowable] = [pdf.section("一、工作情况", st, width), Spacer(1, 1.5 * mm)]
    rows: list[list[object]] = [
        [s.title.split("、", 1)[-1], figures_line(s)] for s in report.sections
    ]
    body.append(pdf.fit_table(rows, [0.17, 0.83], width, body=st.cell, header_rows=0, padding=3))
    found = problems(report)
    body += [Spacer(1, 3 * mm), pdf.section(f"二、存在问题（{len(found)}项）", st, width)]
    body.append(Spacer(1, 1.5 * mm))
    shown = found[:BULLETIN_PROBLEMS]
    table_rows: list[list[object]] = [[str(i), r[0]] for i, r in enumerate(shown, 1)] or [
        ["", NO_PROBLEMS]
    ]
    body.append(pdf.fit_table(table_rows, [0.06, 0.94], width, body=st.cell, header_rows=0))
    if len(found) > len(shown):
        body.append(pdf.para(f"另有 {len(found) - len(shown)} 项，详见当月工作总结。", st.small))
    body += [Spacer(1, 3 * mm), pdf.section("三、下步工作要求", st, width), Spacer(1, 1.5 * mm)]
    body.append(pdf.text_box("", st.body, width, 30 * mm))
    body += [Spacer(1, 6 * mm), _signatures(BULLETIN_SIGNATURES, width, st)]
    return _form(database, report, body, "工作通报")


def report_pdf(database: Database, report: Report) -> pdf.Rendered:
    """The report as a PDF (the bulletin's one page when ``report.bulletin``)."""
    build = bulletin_form if report.bulletin else report_form
    return pdf.render(build(database, report))


__all__ = ["bulletin_form", "problems", "report_form", "report_pdf"]
