"""The table 消火栓间距超过120米 of the printed coverage report (GB 50974-2014 §7.2.5)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from db.pdf.base import Styles
from db.pdf.base import fit_table
from db.pdf.base import para
from db.pdf.base import section
from db.water.data import CoverageReport


def spacing_table(report: CoverageReport, st: Styles, width: float) -> list[Flowable]:
    """The section listing neighbouring hydrants around the key sites farther apart than the
    rule, one row per pair (a sentence saying there are none otherwise)."""
    rule = f"{report.spacing_rule_m:g}"
    out: list[Flowable] = [
        Spacer(1, 3 * mm),
        section(f"消火栓间距超过{rule}米（GB 50974-2014 §7.2.5）", st, width),
    ]
    if not report.spacing:
        out.append(para(f"各重点场所保护半径内相邻在用消火栓的间距均不大于 {rule} 米。", st.body))
        return out
    rows: list[list[object]] = [["序号", "重点场所", "消火栓甲", "消火栓乙", "间距", "规定"]]
    for i, g in enumerate(report.spacing, 1):
        rows.append(
            [
                str(i),
                g.site_name,
                f"{g.a_code}\n{g.a_name}",
                f"{g.b_code}\n{g.b_name}",
                f"{g.distance_m:.0f} 米",
                f"≤{g.rule_m:g} 米",
            ]
        )
    out.append(
        fit_table(rows, (0.07, 0.23, 0.24, 0.24, 0.11, 0.11), width, body=st.cell, head=st.head)
    )
    out.append(
        para(
            "相邻：保护半径内在用消火栓按最短连线（最小生成树）相连后，长于规定间距的连线。",
            st.small,
        )
    )
    return out
