"""The drill workspace: plan, sign-in, timeline and photos, evaluation, findings — one window.

Built for speed: a new drill starts today at 09:00 as a 熟悉演练 with every active member
出席; "全部合格" rates all six items and the conclusion follows the ratings. One 保存 writes the
drill's fields, then the attendance and the evaluation; the timeline, photos and findings
are written as they are added (a new drill is saved first).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget

from db.drills import AttendanceData
from db.drills import DrillBook
from db.drills import DrillData
from db.drills.choices import DRILL_KINDS
from db.errors import LedgerError
from desktop.common import printing
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.history import add_history_tab
from desktop.common.keys import KEYS
from desktop.common.keys import key_text
from desktop.common.words import db_text
from desktop.common.words import error_text
from desktop.common.words import said_items
from desktop.drills.record_tabs import FindingsTab
from desktop.drills.record_tabs import ProcessTab
from desktop.drills.tabs import AttendanceTab
from desktop.drills.tabs import EvaluationTab
from widgets.badge import StatusBadge
from widgets.badge import Tone
from widgets.boxes import column
from widgets.boxes import row
from widgets.dates import DateTimeField
from widgets.forms import MESSAGE_STYLE
from widgets.forms import Form
from widgets.heading import page_title

if TYPE_CHECKING:
    from db.duty import Ledger

STATUS_TONES = {"计划": Tone.INFO, "已实施": Tone.WARNING, "已评估": Tone.OK}
PLAN, SIGNIN, PROCESS, EVALUATION, FINDINGS = range(5)
FUTURE_SIGNIN = QT_TRANSLATE_NOOP(
    "DrillWorkspace", "还未到演练日期，签到没有保存：请在演练当天或之后再保存签到。"
)


def default_start(today: dt.date | None = None) -> dt.datetime:
    return dt.datetime.combine(today or dt.date.today(), dt.time(9, 0))


def safe_filename(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "演练"


def new_roster(duty: Ledger) -> list[AttendanceData]:
    """Every active member of the team register, 出席: the sign-in of a new drill."""
    return [
        AttendanceData(
            m.id or 0, m.name, QCoreApplication.translate("drills.workspace", "出席"), "", m.role
        )
        for m in duty.members()
    ]


def duty_leader(duty: Ledger) -> str:
    """Today's 带班领导, the likely organiser of a drill recorded today ("" if none)."""
    try:
        leader = duty.on_duty(dt.date.today()).leader
    except LedgerError:
        return ""
    return leader[0] if leader else ""


class DrillWorkspace(QDialog):
    """One drill, new or recorded. ``book`` is the drills facade; ``duty`` (the team register
    and roster) gives a new drill its sign-in list and its organiser, today's 带班领导."""

    def __init__(
        self, parent: QWidget | None, book: DrillBook, duty: Ledger, drill: DrillData | None
    ):
        super().__init__(parent)
        self.book, self.duty = book, duty
        if drill is not None and drill.id is not None:
            drill = book.drill(drill.id)
        self.drill = drill or DrillData(starts_at=default_start(), organiser=duty_leader(duty))
        self.saved_any = False
        self.resize(900, 680)
        self._build()
        add_history_tab(self, book.db, "drill", self.drill.id)
        self._baseline = self._state()
        self._refresh_header()
        self.plan_form.editor("name").setFocus()
        self.setProperty("dialog_keys", True)  # its own: Enter stays, Esc asks, Ctrl+S saves

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter never closes the workspace (it adds a timeline line where the field says
        so); Esc closes it, asking first when something is unsaved."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # ----- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        d = self.drill
        self.title = page_title(parent=self)
        self.badge = StatusBadge(parent=self)
        self.message = QLabel(self)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.tabs = QTabWidget(self)
        self.plan_form = self._plan_form()
        roster = self.book.roster_for(d.id) if d.id else new_roster(self.duty)
        self.attendance = AttendanceTab(roster, d, self)
        self.process = ProcessTab(
            self.book, d.id, d.summary, self.ensure_saved, self._starts_at, self
        )
        self.evaluation = EvaluationTab(d, lambda: self.plan_form.value("organiser"), self)
        self.findings = FindingsTab(self.book, d.id, self.ensure_saved, self)
        for widget, text in (
            (self.plan_form, self.tr("① 计划")),
            (self.attendance, self.tr("② 签到")),
            (self.process, self.tr("③ 过程")),
            (self.evaluation, self.tr("④ 评估")),
            (self.findings, self.tr("⑤ 问题整改")),
        ):
            self.tabs.addTab(widget, text)
        self.visited_signin = False
        self.tabs.currentChanged.connect(self._on_tab)
        self.findings.changed.connect(self._mark_saved)

        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_menu = QMenu(self.print_button)
        self.print_actions: dict[str, Any] = {}
        for key, text in (
            ("signin-blank", self.tr("空白签到表（现场签字用）")),
            ("signin", self.tr("签到表")),
            ("record", self.tr("演练记录表")),
            ("evaluation", self.tr("应急演练评估表")),
            ("pack", self.tr("证据包（记录表 + 签到表 + 评估表 + 照片）")),
        ):
            action = self.print_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=key: self.print_form(k))
            self.print_actions[key] = action
        self.print_button.setMenu(self.print_menu)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.done_button = QPushButton(self.tr("保存并关闭"), self)
        self.done_button.setObjectName("primary")
        self.close_button = QPushButton(self.tr("关闭"), self)
        for button in (self.print_button, self.save_button, self.done_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field never closes the workspace
        self.save_button.setToolTip(self.tr("保存（{key_text}）").format(key_text=key_text("save")))
        save_key = QShortcut(QKeySequence(KEYS["save"][1]), self)
        save_key.activated.connect(self.save_button.click)
        self.print_button.setToolTip(
            self.tr("打印（{key_text}）").format(key_text=key_text("print"))
        )
        print_key = QShortcut(QKeySequence(KEYS["print"][1]), self)
        print_key.activated.connect(self.print_button.showMenu)
        guard(RECORDS, self.save_button, self.done_button)
        self.save_button.clicked.connect(self.save)
        self.done_button.clicked.connect(self.save_and_close)
        self.close_button.clicked.connect(self.reject)

        top = row(self.title, self.badge, 1)
        bottom = row(self.print_button, 1, self.save_button, self.done_button, self.close_button)
        column(top, self.message, (self.tabs, 1), bottom, parent=self)

    def _plan_form(self) -> Form:
        d = self.drill
        form = Form(self)
        form.line_edit(
            "name",
            self.tr("演练名称"),
            text=d.name,
            max_length=120,
            placeholder=self.tr("例如 中心小学熟悉演练"),
        )
        form.combo("kind", self.tr("演练类型"), said_items(DRILL_KINDS), value=d.kind)
        self.when = DateTimeField(d.starts_at, form)
        form.add_field(
            "starts_at", self.tr("日期和时间"), self.when, self.when.value, lambda v: None
        )
        sites = self.book.sites(include_archived=True)
        site_items = [(self.tr("（无）"), None)] + [
            (x.name, x.id) for x in sites if not x.archived or x.id == d.site_id
        ]
        self.sites = {x.id: x for x in sites}
        site_combo = form.combo("site_id", self.tr("场所"), site_items, value=d.site_id)
        plans = self.book.plans(include_archived=True)
        plan_items = [(self.tr("（无）"), None)] + [
            (p.name, p.id) for p in plans if not p.archived or p.id == d.plan_id
        ]
        form.combo("plan_id", self.tr("依据预案"), plan_items, value=d.plan_id)
        form.line_edit(
            "place",
            self.tr("地点"),
            text=d.place,
            placeholder=self.tr("选了场所可不填，默认为场所地址"),
        )
        form.line_edit("organiser", self.tr("组织人"), text=d.organiser, max_length=40)
        form.multiline("scenario", self.tr("演练情景"), text=d.scenario, rows=3)
        form.multiline("objectives", self.tr("演练目的"), text=d.objectives, rows=3)
        site_combo.activated.connect(self._site_chosen)
        return form

    # ----- state -----------------------------------------------------------------------------
    def _starts_at(self) -> dt.datetime:
        return self.when.value()

    def _site_chosen(self) -> None:
        site = self.sites.get(self.plan_form.value("site_id"))
        if site is not None and not self.plan_form.value("place"):
            self.plan_form.set_values({"place": site.address or site.name})

    def _on_tab(self, index: int) -> None:
        if index == SIGNIN:
            self.visited_signin = True

    def _state(self) -> tuple[Any, ...]:
        return (
            self.plan_form.values(),
            self.process.form.values(),
            self.attendance.form.values(),
            self.attendance.model.statuses(),
            self.attendance.model.notes(),
            self.evaluation.items(),
            self.evaluation.form.values(),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    def drill_data(self) -> DrillData:
        d, v = self.drill, self.plan_form.values()
        return DrillData(
            v["name"],
            v["kind"] or "",
            v["starts_at"],
            v["place"],
            v["site_id"],
            v["plan_id"],
            v["organiser"],
            v["scenario"],
            v["objectives"],
            d.status,
            self.attendance.form.value("other_units"),
            self.attendance.form.value("other_headcount"),
            d.conclusion,
            self.process.form.value("summary"),
            d.evaluators,
            d.evaluated_on,
            d.id,
            d.version,
            d.archived,
        )

    def _refresh_header(self) -> None:
        d = self.drill
        self.setWindowTitle(
            self.tr("演练：{name}").format(name=d.name) if d.id else self.tr("新建演练")
        )
        self.title.setText(d.name or self.tr("新建演练"))
        self.badge.set_status(db_text(d.status), STATUS_TONES.get(d.status, Tone.NEUTRAL))

    def _mark_saved(self) -> None:
        self.saved_any = True

    # ----- saving ----------------------------------------------------------------------------
    def show_problems(self, problems: Mapping[str, str], top: str = "") -> None:
        """Each message beside its field; the tab of the first one comes forward."""
        placed: dict[int, Mapping[str, str]] = {}
        rest: dict[str, str] = {}
        for index, form in (
            (PLAN, self.plan_form),
            (SIGNIN, self.attendance.form),
            (PROCESS, self.process.form),
        ):
            mine = {k: m for k, m in problems.items() if k in form.names()}
            form.set_errors(mine)
            if mine:
                placed[index] = mine
        eval_keys = {k: m for k, m in problems.items() if k not in self._form_names()}
        rest = self.evaluation.show_problems(eval_keys)
        if len(rest) < len(eval_keys):
            placed[EVALUATION] = eval_keys
        lines = [top] if top else []
        lines += list(rest.values())
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))
        if placed:
            first = min(placed)
            self.tabs.setCurrentIndex(first)
            form = {PLAN: self.plan_form, SIGNIN: self.attendance.form, PROCESS: self.process.form}
            if first in form:
                form[first].focus_first_error()

    def _form_names(self) -> set[str]:
        return set(self.plan_form.names()) | set(self.attendance.form.names()) | {"summary"}

    def clear_problems(self) -> None:
        self.show_problems({})

    def _run(self, step: Callable[[], Any]) -> bool:
        try:
            step()
        except LedgerError as exc:
            problems = getattr(exc, "problems", None)
            if isinstance(problems, Mapping) and problems:
                self.show_problems(problems)
            else:
                self.show_problems({}, error_text(exc))
            return False
        return True

    def save(self) -> bool:
        """Write what changed; on a problem show it, keep what was typed and return False."""
        self.clear_problems()
        state = self._state()
        data = self.drill_data()
        new_id: list[int] = []
        if not self._run(lambda: new_id.append(self.book.save_drill(data))):
            return False
        self.drill = self.book.drill(new_id[0])
        self.process.drill_id = self.findings.drill_id = self.drill.id
        self.saved_any = True
        evaluate = self.evaluation.is_filled() and state[5:] != self._baseline[5:]
        signin_changed = state[3:5] != self._baseline[3:5]
        future = self.drill.starts_at is not None and self.drill.starts_at.date() > dt.date.today()
        take = signin_changed or (not self.drill.attendance and (self.visited_signin or evaluate))
        warning = ""
        if take and future:
            warning = (
                QCoreApplication.translate("DrillWorkspace", FUTURE_SIGNIN)
                if signin_changed
                else ""
            )
        elif take:
            model = self.attendance.model
            if not self._run(
                lambda: self.book.set_attendance(
                    self.drill.id or 0, self.drill.version, model.statuses(), model.notes()
                )
            ):
                return False
            self.drill = self.book.drill(self.drill.id or 0)
        if evaluate:
            ev = self.evaluation
            v = ev.form.values()
            if not self._run(
                lambda: self.book.score(
                    self.drill.id or 0,
                    self.drill.version,
                    ev.items(),
                    v["conclusion"],
                    v["evaluators"],
                    v["date"],
                )
            ):
                self.drill = self.book.drill(self.drill.id or 0)
                self._refresh_header()
                return False
        self.drill = self.book.drill(self.drill.id or 0)
        self._baseline = self._state() if not warning else self._baseline
        self._refresh_header()
        if warning:
            self.show_problems({}, warning)
            return False
        return True

    def ensure_saved(self) -> int | None:
        if self.drill.id is None and not self.save():
            return None
        return self.drill.id

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("演练"),
                self.tr("有未保存的修改。关闭前保存吗？"),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Yes and not self.save():
                return
        if self.saved_any:
            super().accept()
        else:
            super().reject()

    # ----- printing --------------------------------------------------------------------------
    def print_form(self, key: str) -> None:
        from db.drills import forms as r

        if key == "signin-blank":
            printing.print_document(
                self,
                self.tr("演练签到表（空白）"),
                lambda: r.signin_pdf(self.book, None),
                "演练签到表-空白.pdf",
            )
            return
        if (self.drill.id is None or self.is_dirty()) and not self.save():
            return
        drill_id = self.drill.id or 0
        build, title, chinese = {
            "signin": (r.signin_pdf, self.tr("演练签到表"), "演练签到表"),
            "record": (r.record_pdf, self.tr("演练记录表"), "演练记录表"),
            "evaluation": (r.evaluation_pdf, self.tr("应急演练评估表"), "应急演练评估表"),
            "pack": (r.pack_pdf, self.tr("演练证据包"), "演练证据包"),
        }[key]
        printing.print_document(
            self,
            self.tr("{title}：{name}").format(title=title, name=self.drill.name),
            lambda: build(self.book, drill_id),
            f"{safe_filename(self.drill.name)}-{chinese}.pdf",
        )
