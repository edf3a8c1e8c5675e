"""Water-source rules: NFPA 291 flow rating, dry-season availability, inspection due dates."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.words import said

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PSI_PER_MPA = 145.0377
GPM_PER_LPS = 15.850323
RATED_RESIDUAL_PSI = 20.0  # 0.14 MPa

# Class → lower bound in gpm (NFPA 291).
CLASSES = (("AA", 1500.0), ("A", 1000.0), ("B", 500.0), ("C", 0.0))
COLOURS = {
    "NFPA": {"AA": "#7fc8f8", "A": "#3cb44b", "B": "#f58231", "C": "#e6194b"},
    "AWWA": {"AA": "#7fc8f8", "A": "#3cb44b", "B": "#ffe119", "C": "#e6194b"},
}


@dataclass(frozen=True)
class FlowRating:
    flow_lps: float  # measured at the test residual pressure
    rated_lps: float  # at 0.14 MPa residual
    flow_class: str


def flow_from_pitot(pitot_mpa: float, outlet_mm: float, coefficient: float = 0.9) -> float:
    """Outlet flow in L/s: Q = 29.83 · c · d² · √p (gpm, in, psi)."""
    d_in = outlet_mm / 25.4
    gpm = 29.83 * coefficient * d_in**2 * math.sqrt(max(pitot_mpa, 0.0) * PSI_PER_MPA)
    return gpm / GPM_PER_LPS


def rate(
    static_mpa: float,
    residual_mpa: float,
    pitot_mpa: float,
    outlet_mm: float,
    coefficient: float = 0.9,
) -> FlowRating:
    """Flow at 0.14 MPa residual and NFPA 291 class from a flow test."""
    if not static_mpa > residual_mpa > 0:
        raise ValueError(said("静压应大于残压，且残压大于0"))
    if pitot_mpa <= 0 or outlet_mm <= 0:
        raise ValueError(said("皮托管压力和出水口直径必须大于0"))
    q_f = flow_from_pitot(pitot_mpa, outlet_mm, coefficient)
    ps, pr = static_mpa * PSI_PER_MPA, residual_mpa * PSI_PER_MPA
    if ps <= RATED_RESIDUAL_PSI:
        rated = 0.0
    else:
        rated = q_f * ((ps - RATED_RESIDUAL_PSI) / (ps - pr)) ** 0.54
    return FlowRating(round(q_f, 2), round(rated, 2), flow_class(rated))


def flow_class(rated_lps: float) -> str:
    gpm = rated_lps * GPM_PER_LPS
    return next(name for name, low in CLASSES if gpm >= low)


def dry_months(text: str) -> set[int]:
    """Parse "12,1,2" / "12-2" / "十二月至二月" style month lists into month numbers."""
    out: set[int] = set()
    cleaned = text.replace("，", ",").replace("、", ",").replace("至", "-").replace("月", "")
    for part in cleaned.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = (int(x) for x in part.split("-", 1))
            m = a
            while True:
                out.add(m)
                if m == b:
                    break
                m = m % 12 + 1
        else:
            out.add(int(part))
    if any(not 1 <= m <= 12 for m in out):
        raise ValueError(said("枯水期月份应在1到12之间"))
    return out


def available(status: str, has_dry_season: bool, dry: str, on: dt.date) -> bool:
    """Usable on ``on``: status 可用 and, for a source with a dry season, not in those months."""
    if status != "可用":
        return False
    if has_dry_season and dry:
        try:
            return on.month not in dry_months(dry)
        except ValueError:
            return True
    return True


INTERVAL_RULE = {
    "市政消火栓": "water.hydrant_check_months",
    "消防水鹤": "water.hydrant_check_months",
    "消防水池": "water.pool_check_months",
    "天然水源": "water.natural_check_months",
    "取水点": "water.natural_check_months",
}


def rule_changed(session: Session, key: str) -> None:
    """Stored due dates follow an edited interval rule, in the rule's own transaction."""
    from db.water.inspections import refresh_due

    types = [kind for kind, rule in INTERVAL_RULE.items() if rule == key]
    if types:
        refresh_due(session, types)


LISTENERS = (rule_changed,)
