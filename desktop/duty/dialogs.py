"""The duty's dialogs: the registers' edit forms (layout via widgets.forms, rules in db.duty),
and the roster's day editor; the swap (调班) is in :mod:`desktop.duty.swap`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.duty import CallData
from db.duty import HandoverData
from db.duty import LeaveData
from db.duty import Ledger
from db.duty import LevelData
from db.duty import MemberData
from db.duty import MonthRoster
from db.duty import PeriodData
from db.duty import roster
from db.duty.roster import Day
from db.errors import LedgerError
from db.vocab import Vocab
from desktop.common.access import guard_saving
from desktop.common.forms import typed_record
from desktop.common.history import add_history_tab
from desktop.common.weekdays import weekday_text
from desktop.common.words import db_text
from desktop.common.words import error_text
from desktop.common.words import said_items
from desktop.duty.swap import SwapDialog as SwapDialog
from widgets import palette
from widgets.dates import DateTimeField
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.record_dialog import RecordDialog

# A roster day's 历史 shows its assignments' changes: who was put on or taken off the day.
DAY_CHILDREN = (("duty_assignment", "day_id"),)
# The most people a form lets one shift ask for (on duty, on standby).
SHIFT_MOST = 20


def shift_count(form: Form, name: str, label: str, value: int, unit: str) -> None:
    """A number of people for each shift, from none to :data:`SHIFT_MOST`, shown in ``unit``."""
    form.spin_box(name, label, value=value, minimum=0, maximum=SHIFT_MOST, suffix=unit)


class MemberDialog(RecordDialog[MemberData]):
    def __init__(self, parent: QWidget, ledger: Ledger, member: MemberData | None):
        self.ledger = ledger
        self.member = member or MemberData()
        super().__init__(
            parent,
            title=self.tr("编辑队员") if member else self.tr("新增队员"),
            check=self.ledger.validate_member,
            store=self.ledger.save_member,
        )
        add_history_tab(self, ledger.db, "member", self.member.id)
        self.resize(460, 0)

    def build_form(self, form: Form) -> None:
        m = self.member
        form.line_edit("name", self.tr("姓名"), text=m.name, max_length=40)
        roles = Vocab(self.ledger.db).terms("member.role").values  # the office's own list
        form.combo("role", self.tr("职务"), said_items(roles), value=m.role, editable=True)
        form.line_edit(
            "phone", self.tr("联系电话"), text=m.phone, placeholder=self.tr("例如 13800000000")
        )
        form.checkbox("can_lead", "", text=self.tr("可任带班领导"), checked=m.can_lead)
        form.checkbox("driver", "", text=self.tr("驾驶员"), checked=m.driver)
        form.date_edit("joined_on", self.tr("入队日期"), value=m.joined_on, optional=True)
        form.multiline("notes", self.tr("备注"), text=m.notes, rows=3)

    def _data(self, values: dict[str, Any]) -> MemberData:
        return typed_record(MemberData, values, self.member, role=values["role"] or "")


class LeaveDialog(RecordDialog[LeaveData]):
    def __init__(self, parent: QWidget, ledger: Ledger, leave: LeaveData | None):
        self.ledger = ledger
        self.leave = leave or LeaveData(start=dt.date.today(), end=dt.date.today())
        super().__init__(
            parent,
            title=self.tr("编辑请假") if leave else self.tr("登记请假"),
            check=self.ledger.validate_leave,
            store=self.ledger.save_leave,
        )
        add_history_tab(self, ledger.db, "leave", self.leave.id)
        self.resize(420, 0)

    def build_form(self, form: Form) -> None:
        lv = self.leave
        members = [(m.name, m.id) for m in self.ledger.members()]
        combo = form.combo("member_id", self.tr("队员"), members, value=lv.member_id)
        if lv.member_id is None:  # a new leave names nobody until the clerk picks someone
            combo.setPlaceholderText(self.tr("请选择队员"))
            combo.setCurrentIndex(-1)
        form.date_edit("start", self.tr("开始日期"), value=lv.start)
        form.date_edit("end", self.tr("结束日期"), value=lv.end)
        form.line_edit("reason", self.tr("事由"), text=lv.reason, max_length=200)

    def _data(self, v: dict[str, Any]) -> LeaveData:
        return typed_record(LeaveData, v, self.leave)


class PeriodDialog(RecordDialog[PeriodData]):
    def __init__(self, parent: QWidget, ledger: Ledger, period: PeriodData | None):
        self.ledger = ledger
        self.period = period or PeriodData(start=dt.date.today(), end=dt.date.today())
        super().__init__(
            parent,
            title=self.tr("编辑战备时段") if period else self.tr("新增战备时段"),
            check=self.ledger.validate_period,
            store=self.ledger.save_period,
        )
        add_history_tab(self, ledger.db, "alert_period", self.period.id)
        self.resize(460, 0)

    def build_form(self, form: Form) -> None:
        p = self.period
        form.line_edit(
            "name",
            self.tr("名称"),
            text=p.name,
            placeholder=self.tr("例如 春节、全国两会"),
            max_length=60,
        )
        form.date_edit("start", self.tr("开始日期"), value=p.start)
        form.date_edit("end", self.tr("结束日期"), value=p.end)
        levels = [(db_text(lv.name), lv.level) for lv in self.ledger.levels() if lv.level > 0]
        form.combo("level", self.tr("战备等级"), levels, value=p.level)
        shift_count(form, "min_staff", self.tr("每班最少值班员"), p.min_staff, self.tr(" 人"))
        form.line_edit("note", self.tr("说明"), text=p.note, max_length=200)

    def _data(self, v: dict[str, Any]) -> PeriodData:
        level = v["level"] if v["level"] is not None else -1
        return typed_record(PeriodData, v, self.period, level=level)


class LevelDialog(FormDialog):
    def __init__(self, parent: QWidget, ledger: Ledger, level: LevelData):
        self.ledger = ledger
        self.level = level
        super().__init__(
            parent,
            title=self.tr("战备等级：{name}").format(name=db_text(level.name)),
            save=self._store,
        )
        add_history_tab(self, ledger.db, "alert_level", level.id)

    def build_form(self, form: Form) -> None:
        lv = self.level
        form.line_edit("name", self.tr("名称"), text=lv.name, max_length=20)
        shift_count(form, "staff", self.tr("每班值班员"), lv.staff, self.tr(" 人"))
        shift_count(form, "standby", self.tr("每班备勤"), lv.standby, self.tr(" 人"))
        form.line_edit("colour", self.tr("标记颜色"), text=lv.colour, placeholder="#fff2b3")

    def _store(self, v: dict[str, Any]) -> None:
        self.ledger.save_level(typed_record(LevelData, v, self.level, level=self.level.level))


class CallDialog(RecordDialog[CallData]):
    def __init__(self, parent: QWidget, ledger: Ledger, call: CallData | None):
        self.ledger = ledger
        self.call = call or CallData()
        super().__init__(
            parent,
            title=self.tr("编辑来电记录") if call else self.tr("记录来电"),
            check=self.ledger.validate_call,
            store=self.ledger.save_call,
        )
        add_history_tab(self, ledger.db, "call_log", self.call.id)
        self.resize(520, 0)

    def build_form(self, form: Form) -> None:
        c = self.call
        self.when = DateTimeField(c.at, form)
        form.add_field("at", self.tr("来电时间"), self.when, self.when.value, lambda v: None)
        form.line_edit("caller_unit", self.tr("来电单位"), text=c.caller_unit)
        form.line_edit("caller_name", self.tr("姓名"), text=c.caller_name)
        form.line_edit("phone", self.tr("电话"), text=c.phone)
        form.multiline("content", self.tr("内容"), text=c.content, rows=3)
        form.multiline("action", self.tr("处理情况"), text=c.action, rows=3)
        form.line_edit("reported_to", self.tr("报告领导"), text=c.reported_to)

    def _data(self, v: dict[str, Any]) -> CallData:
        return typed_record(CallData, v, self.call)


class HandoverDialog(FormDialog):
    def __init__(self, parent: QWidget, ledger: Ledger, handover: HandoverData | None):
        self.ledger = ledger
        if handover is None:
            today = dt.date.today()
            duty = ledger.on_duty(today - dt.timedelta(days=1))
            nxt = ledger.on_duty(today)
            handover = HandoverData(
                duty_date=today - dt.timedelta(days=1),
                handed_by=duty.leader[0] if duty.leader else "",
                received_by=nxt.leader[0] if nxt.leader else "",
            )
            self.is_new = True
        else:
            self.is_new = False
        self.handover = handover
        super().__init__(parent, title=self.tr("交接班记录"), save=self._store)
        add_history_tab(self, ledger.db, "handover", handover.id)
        self.resize(520, 0)

    def build_form(self, form: Form) -> None:
        h = self.handover
        form.date_edit("duty_date", self.tr("值班日期"), value=h.duty_date)
        form.checkbox("phones_ok", "", text=self.tr("值班电话畅通"), checked=h.phones_ok)
        form.checkbox("radios_ok", "", text=self.tr("对讲机正常"), checked=h.radios_ok)
        form.checkbox(
            "vehicles_ready", "", text=self.tr("车辆器材完好、随时可出动"), checked=h.vehicles_ready
        )
        form.multiline("situation", self.tr("值班情况"), text=h.situation, rows=3)
        form.multiline("open_items", self.tr("移交事项"), text=h.open_items, rows=3)
        form.line_edit("handed_by", self.tr("交班人"), text=h.handed_by)
        form.line_edit("received_by", self.tr("接班人"), text=h.received_by)

    def _store(self, v: dict[str, Any]) -> int:
        h = self.handover
        return self.ledger.save_handover(typed_record(HandoverData, v, h, at=h.at))


class DayDialog(QDialog):
    """Edit one day: leader, staff and standby, with the rules it breaks shown as you click."""

    def __init__(self, parent: QWidget, ledger: Ledger, month: MonthRoster, date: dt.date):
        super().__init__(parent)
        self.ledger, self.month, self.date = ledger, month, date
        self.setWindowTitle(
            self.tr("{year}年{month}月{day}日 {weekday_text} 值班").format(
                year=date.year, month=date.month, day=date.day, weekday_text=weekday_text(date)
            )
        )
        self.resize(560, 520)
        current = month.days.get(date, Day())
        need = month.needs[date]
        active = [m for m in ledger.members()]
        ids = {m.id for m in active} | set(current.members())
        names = {pid: month.name(pid) for pid in ids}

        self.leader = QComboBox(self)
        self.leader.addItem(self.tr("（未指定）"), None)
        for m in active:
            if m.can_lead or m.id == current.leader:
                self.leader.addItem(m.name, m.id)
        self.leader.setCurrentIndex(max(0, self.leader.findData(current.leader)))
        self.staff = self._checklist(names, current.staff)
        self.standby = self._checklist(names, current.standby)
        self.issues = QLabel(self)
        self.issues.setWordWrap(True)
        self.issues.setObjectName("issues")

        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr(
                    "战备等级：<b>{level_name}</b>{value1}，每班至少 {staff} 名值班员、{standby} 名备勤"
                ).format(
                    level_name=db_text(need.level_name),
                    value1=("（" + db_text(need.period) + "）") if need.period else "",
                    staff=need.staff,
                    standby=need.standby,
                ),
                self,
            )
        )
        form.addRow(self.tr("带班领导"), self.leader)
        lists = QHBoxLayout()
        for title, view in ((self.tr("值班员"), self.staff[0]), (self.tr("备勤"), self.standby[0])):
            box = QVBoxLayout()
            box.addWidget(QLabel(title, self))
            box.addWidget(view)
            lists.addLayout(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form = QWidget(self)  # the day itself; the 历史 tab goes beside it
        inner = QVBoxLayout(self.form)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addLayout(lists, 1)
        inner.addWidget(self.issues)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        add_history_tab(self, ledger.db, "duty_day", ledger.day_id(date), DAY_CHILDREN)
        guard_saving(self)
        self.leader.currentIndexChanged.connect(self.refresh)
        self.staff[1].itemChanged.connect(self.refresh)
        self.standby[1].itemChanged.connect(self.refresh)
        self.saved_issues: list[roster.Issue] = []
        self.refresh()

    def _checklist(
        self, names: dict[int, str], checked: list[int]
    ) -> tuple[QListView, QStandardItemModel]:
        model = QStandardItemModel(self)
        for pid, name in sorted(names.items(), key=lambda kv: (kv[0] not in checked, kv[0])):
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(pid, Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if pid in checked else Qt.CheckState.Unchecked)
            model.appendRow(item)
        view = QListView(self)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view, model

    @staticmethod
    def _checked(model: QStandardItemModel) -> list[int]:
        out = []
        for row in range(model.rowCount()):
            item = model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, which: str, pid: int, on: bool) -> None:
        model = (self.staff if which == "staff" else self.standby)[1]
        for row in range(model.rowCount()):
            item = model.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == pid:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def day(self) -> Day:
        return Day(
            self.leader.currentData(), self._checked(self.staff[1]), self._checked(self.standby[1])
        )

    def current_issues(self) -> list[roster.Issue]:
        days = dict(self.month.days)
        days[self.date] = self.day()
        around = [self.date - dt.timedelta(days=1), self.date, self.date + dt.timedelta(days=1)]
        return roster.check(days, self.month.people, self.month.needs, only=around)

    def refresh(self) -> None:
        issues = self.current_issues()
        if issues:
            self.issues.setStyleSheet(palette.ERROR_TEXT)
            self.issues.setText("⚠ " + "\n⚠ ".join(str(i) for i in issues))
        else:
            self.issues.setStyleSheet(palette.OK_TEXT)
            self.issues.setText(self.tr("✓ 符合排班规则"))

    def accept(self) -> None:
        try:
            self.saved_issues = self.ledger.set_day(
                self.date, self.day(), self.month.versions.get(self.date)
            )
        except LedgerError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        super().accept()
