"""How a failed check line reads on paper: its pass wording turned into what was found.

A checklist line is written as the state it should be in ("发动机启动、运转正常"); when it
fails, forms and repair tickets must say what was wrong ("发动机启动、运转异常"), never the
pass wording. Lines made of several clauses fail clause by clause ("…有渗漏或…异常"). A line
no rule understands reads "不合格：<line>".
"""

from __future__ import annotations

import re

# (ending of the pass wording, what replaces it when the line fails), longest first.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("在有效期内", "已过有效期"),
    ("清晰完好", "不清晰或有损坏"),
    ("不大于", "大于"),
    ("不小于", "小于"),
    ("正常", "异常"),
    ("良好", "不良"),
    ("完好", "有损坏"),
    ("合格", "不合格"),
    ("充足", "不足"),
    ("齐全", "不全"),
    ("清楚", "不清"),
    ("灵活", "不灵活"),
    ("畅通", "不畅"),
    ("有效", "失效"),
    ("牢固", "松动"),
    ("清晰", "不清晰"),
    ("到位", "不到位"),
)
_NEGATIONS: tuple[tuple[str, str], ...] = (
    ("无", "有"),
    ("能满足", "不能满足"),
    ("满足", "不满足"),
    ("不大于", "大于"),
    ("不小于", "小于"),
    ("在", "不在"),
)
_CLAUSES = re.compile(r"[，,；;]")


def _clause(text: str) -> str | None:
    """One clause in its failure wording, or None when no rule fits."""
    body = text.strip()
    for ending, failed in _ENDINGS:
        if body.endswith(ending):
            return body[: -len(ending)] + failed
        # An ending followed by a bracket or a figure: "…正常（地上式）".
        at = body.rfind(ending)
        if at > 0 and not re.search(r"[\u4e00-\u9fff]", body[at + len(ending) :]):
            return body[:at] + failed + body[at + len(ending) :]
    for word, failed in _NEGATIONS:
        at = body.find(word)
        if at >= 0:
            return body[:at] + failed + body[at + len(word) :]
    return None


def failed_wording(text: str, note: str = "") -> str:
    """``text`` (a check line in its pass wording) as what was found when it failed.

    ``note`` (what the checker wrote down) follows in brackets.
    """
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    turned = [_clause(c) for c in clauses]
    if clauses and all(t is not None for t in turned):
        found = "或".join(t for t in turned if t is not None)
    else:
        found = f"不合格：{text.strip()}"
    note = note.strip()
    return f"{found}（{note}）" if note else found
