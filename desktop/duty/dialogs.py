"""Edit dialogs of the team and duty registers. Layout via widgets.forms; rules in db.duty."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from db.duty import CallData, HandoverData, LeaveData, Ledger, LevelData, MemberData, PeriodData
from db.vocab import Vocab
from widgets.forms import Form, FormDialog


class MemberDialog(FormDialog):
    def __init__(self, parent: QWidget, ledger: Ledger, member: MemberData | None):
        self.ledger = ledger
        self.member = member or MemberData()
        super().__init__(parent, title="编辑队员" if member else "新增队员", save=self._store)
        self.resize(460, 0)

    def build_form(self, form: Form) -> None:
        m = self.member
        form.line_edit("name", "姓名", text=m.name, max_length=40)
        roles = Vocab(self.ledger.db).terms("member.role").values  # the office's own list
        form.combo("role", "职务", roles, value=m.role, editable=True)
        form.line_edit("phone", "联系电话", text=m.phone, placeholder="例如 13800000000")
        form.checkbox("can_lead", "", text="可任带班领导", checked=m.can_lead)
        form.checkbox("driver", "", text="驾驶员", checked=m.driver)
        form.date_edit("joined_on", "入队日期", value=m.joined_on, optional=True)
        form.multiline("notes", "备注", text=m.notes, rows=3)

    def _data(self, values: dict[str, Any]) -> MemberData:
        m = self.member
        return MemberData(
            values["name"],
            values["role"] or "",
            values["phone"],
            values["can_lead"],
            values["driver"],
            values["joined_on"],
            values["notes"],
            m.id,
            m.version,
        )

    def validate(self) -> dict[str, str]:
        return self.ledger.validate_member(self._data(self.values()))

    def _store(self, values: dict[str, Any]) -> int:
        return self.ledger.save_member(self._data(values))


class LeaveDialog(FormDialog):
    def __init__(self, parent: QWidget, ledger: Ledger, leave: LeaveData | None):
        self.ledger = ledger
        self.leave = leave or LeaveData(start=dt.date.today(), end=dt.date.today())
        super().__init__(parent, title="编辑请假" if leave else "登记请假", save=self._store)
        self.resize(420, 0)

    def build_form(self, form: Form) -> None:
        lv = self.leave
        members = [(m.name, m.id) for m in self.ledger.members()]
        combo = form.combo("member_id", "队员", members, value=lv.member_id)
        if lv.member_id is None:  # a new leave names nobody until the clerk picks someone
            combo.setPlaceholderText("请选择队员")
            combo.setCurrentIndex(-1)
        form.date_edit("start", "开始日期", value=lv.start)
        form.date_edit("end", "结束日期", value=lv.end)
        form.line_edit("reason", "事由", text=lv.reason, max_length=200)

    def _data(self, v: dict[str, Any]) -> LeaveData:
        return LeaveData(
            v["member_id"], v["start"], v["end"], v["reason"], self.leave.id, self.leave.version
        )

    def validate(self) -> dict[str, str]:
        return self.ledger.validate_leave(self._data(self.values()))

    def _store(self, values: dict[str, Any]) -> int:
        return self.ledger.save_leave(self._data(values))


class PeriodDialog(FormDialog):
    def __init__(self, parent: QWidget, ledger: Ledger, period: PeriodData | None):
        self.ledger = ledger
        self.period = period or PeriodData(start=dt.date.today(), end=dt.date.today())
        super().__init__(
            parent, title="编辑战备时段" if period else "新增战备时段", save=self._store
        )
        self.resize(460, 0)

    def build_form(self, form: Form) -> None:
        p = self.period
        form.line_edit(
            "name", "名称", text=p.name, placeholder="例如 春节、全国两会", max_length=60
        )
        form.date_edit("start", "开始日期", value=p.start)
        form.date_edit("end", "结束日期", value=p.end)
        levels = [(lv.name, lv.level) for lv in self.ledger.levels() if lv.level > 0]
        form.combo("level", "战备等级", levels, value=p.level)
        form.spin_box(
            "min_staff", "每班最少值班员", value=p.min_staff, minimum=0, maximum=20, suffix=" 人"
        )
        form.line_edit("note", "说明", text=p.note, max_length=200)

    def _data(self, v: dict[str, Any]) -> PeriodData:
        return PeriodData(
            v["name"],
            v["start"],
            v["end"],
            v["level"] if v["level"] is not None else -1,
            v["min_staff"],
            v["note"],
            self.period.id,
            self.period.version,
        )

    def validate(self) -> dict[str, str]:
        return self.ledger.validate_period(self._data(self.values()))

    def _store(self, values: dict[str, Any]) -> int:
        return self.ledger.save_period(self._data(values))


class LevelDialog(FormDialog):
    def __init__(self, parent: QWidget, ledger: Ledger, level: LevelData):
        self.ledger = ledger
        self.level = level
        super().__init__(parent, title=f"战备等级：{level.name}", save=self._store)

    def build_form(self, form: Form) -> None:
        lv = self.level
        form.line_edit("name", "名称", text=lv.name, max_length=20)
        form.spin_box("staff", "每班值班员", value=lv.staff, minimum=0, maximum=20, suffix=" 人")
        form.spin_box("standby", "每班备勤", value=lv.standby, minimum=0, maximum=20, suffix=" 人")
        form.line_edit("colour", "标记颜色", text=lv.colour, placeholder="#fff2b3")

    def _store(self, v: dict[str, Any]) -> None:
        lv = self.level
        self.ledger.save_level(
            LevelData(lv.level, v["name"], v["staff"], v["standby"], v["colour"], lv.id, lv.version)
        )


class DateTimeField(QDateTimeEdit):
    def __init__(self, value: dt.datetime | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setDateTime(QDateTime(value or dt.datetime.now().replace(second=0, microsecond=0)))

    def value(self) -> dt.datetime:
        return self.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]


class CallDialog(FormDialog):
    def __init__(self, parent: QWidget, ledger: Ledger, call: CallData | None):
        self.ledger = ledger
        self.call = call or CallData()
        super().__init__(parent, title="编辑来电记录" if call else "记录来电", save=self._store)
        self.resize(520, 0)

    def build_form(self, form: Form) -> None:
        c = self.call
        self.when = DateTimeField(c.at, form)
        form.add_field("at", "来电时间", self.when, self.when.value, lambda v: None)
        form.line_edit("caller_unit", "来电单位", text=c.caller_unit)
        form.line_edit("caller_name", "姓名", text=c.caller_name)
        form.line_edit("phone", "电话", text=c.phone)
        form.multiline("content", "内容", text=c.content, rows=3)
        form.multiline("action", "处理情况", text=c.action, rows=3)
        form.line_edit("reported_to", "报告领导", text=c.reported_to)

    def _data(self, v: dict[str, Any]) -> CallData:
        return CallData(
            v["at"],
            v["caller_unit"],
            v["caller_name"],
            v["phone"],
            v["content"],
            v["action"],
            v["reported_to"],
            self.call.id,
            self.call.version,
        )

    def validate(self) -> dict[str, str]:
        return self.ledger.validate_call(self._data(self.values()))

    def _store(self, values: dict[str, Any]) -> int:
        return self.ledger.save_call(self._data(values))


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
        super().__init__(parent, title="交接班记录", save=self._store)
        self.resize(520, 0)

    def build_form(self, form: Form) -> None:
        h = self.handover
        form.date_edit("duty_date", "值班日期", value=h.duty_date)
        form.checkbox("phones_ok", "", text="值班电话畅通", checked=h.phones_ok)
        form.checkbox("radios_ok", "", text="对讲机正常", checked=h.radios_ok)
        form.checkbox(
            "vehicles_ready", "", text="车辆器材完好、随时可出动", checked=h.vehicles_ready
        )
        form.multiline("situation", "值班情况", text=h.situation, rows=3)
        form.multiline("open_items", "移交事项", text=h.open_items, rows=3)
        form.line_edit("handed_by", "交班人", text=h.handed_by)
        form.line_edit("received_by", "接班人", text=h.received_by)

    def _store(self, v: dict[str, Any]) -> int:
        h = self.handover
        return self.ledger.save_handover(
            HandoverData(
                v["duty_date"],
                h.at,
                v["phones_ok"],
                v["radios_ok"],
                v["vehicles_ready"],
                v["situation"],
                v["open_items"],
                v["handed_by"],
                v["received_by"],
                h.id,
                h.version,
            )
        )
