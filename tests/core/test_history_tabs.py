"""Every dialog of a domain that edits a record has a 历史 tab (``add_history_tab``), or says
here why it has none; a new dialog has to choose."""

from __future__ import annotations

import ast
from pathlib import Path

from db.registry import DOMAINS

ROOT = Path(__file__).resolve().parents[2]

# Dialogs that edit no existing record, with the reason (the record's own dialog has the tab).
NO_TAB = {
    "CloseFindingDialog": "a step of a finding (整改问题 has the tab)",
    "ReviseDialog": "writes a new version of a plan (the plan's dialog has the tab)",
    "VersionsDialog": "lists a plan's versions",
    "RevisionTasksDialog": "lists revision tasks",
    "SwapDialog": "a swap writes two days' 值班安排",
    "CheckDialog": "records a new check",
    "HistoryDialog": "lists a vehicle's or an item's checks and repairs",
    "_Nothing": "an empty placeholder",
    "GrowingFormDialog": "a base class",
    "MoveDialog": "books a new stock move",
    "ReturnDialog": "books a new return",
    "StocktakeDialog": "books new stocktake moves",
    "InspectionDialog": "records a new inspection",
    "FlowTestDialog": "records a new flow test",
    "SurveyDialog": "starts a new survey",
    "NewRepairDialog": "opens a new repair",
    "RepairsDialog": "lists a source's repairs",
    "SessionsDialog": "lists the 两会 dates per year (each year's SessionDialog has the tab)",
}
DIALOG_BASES = {"FormDialog", "QDialog", "GrowingFormDialog", "RecordDialog"}


def _base_name(base: ast.expr) -> str:
    """``RecordDialog[MemberData]`` → ``RecordDialog``."""
    return ast.unparse(base.value if isinstance(base, ast.Subscript) else base)


def _dialogs() -> dict[str, bool]:
    """Each dialog class of the domains' window packages → whether it adds a 历史 tab."""
    found: dict[str, bool] = {}
    for domain in DOMAINS:
        for path in (ROOT / "desktop" / domain).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef) and DIALOG_BASES & {
                    _base_name(b) for b in node.bases
                }:
                    found[node.name] = "add_history_tab" in ast.unparse(node)
    return found


def test_every_record_dialog_has_a_history_tab():
    dialogs = _dialogs()
    missing = sorted(
        name for name, has_tab in dialogs.items() if not has_tab and name not in NO_TAB
    )
    assert missing == [], "add_history_tab(self, facade.db, table, record.id), or list it in NO_TAB"
    assert sum(dialogs.values()) >= 15
    assert sorted(set(NO_TAB) - set(dialogs)) == []  # the list names only dialogs that exist
