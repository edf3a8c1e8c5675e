"""首页: today's and tomorrow's duty, the current alert level, what is coming up."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db import due
from db.duty import DutyToday
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.weekdays import weekday_text
from desktop.common.words import db_text
from widgets import palette
from widgets.badge import StatusBadge
from widgets.heading import page_title
from widgets.table import Column
from widgets.table import FilterableTable

if TYPE_CHECKING:
    from desktop.services import Services


def due_columns() -> list[Column]:
    """The columns of the due list, in the window's language."""
    return [
        Column("due", QCoreApplication.translate("HomePage", "日期"), "date", width=100),
        Column(
            "state", QCoreApplication.translate("HomePage", "状态"), width=80, formatter=db_text
        ),
        Column(
            "register", QCoreApplication.translate("HomePage", "台账"), width=90, formatter=db_text
        ),
        Column("subject", QCoreApplication.translate("HomePage", "对象"), width=260),
        Column("what", QCoreApplication.translate("HomePage", "事项"), formatter=db_text),
    ]


NEUTRAL = "#e0e0e0"


def _badge_colour(colours: dict[int, str], level: int) -> str:
    """The level's colour; white (the default for 常态) would vanish on the white card."""
    colour = colours.get(level, NEUTRAL)
    return NEUTRAL if colour.lower() in ("#ffffff", "#fff", "white", "") else colour


def _people(people: list[tuple[str, str]]) -> str:
    return (
        "<br>".join(
            f"{name}&nbsp;&nbsp;{palette.span(phone, palette.MUTED)}" for name, phone in people
        )
        or "—"
    )


class DutyCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.badge = StatusBadge(parent=self)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.badge)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    def show_duty(self, label: str, duty: DutyToday, colour: str) -> None:
        d = duty.date
        self.title.setText(
            self.tr("{label}　{month}月{day}日 {weekday}").format(
                label=label, month=d.month, day=d.day, weekday=weekday_text(d)
            )
        )
        self.badge.set_status(
            db_text(duty.level_name) + (f"·{db_text(duty.period)}" if duty.period else ""), colour
        )
        if duty.leader is None:
            self.body.setText(palette.span(self.tr("尚未排班")))
            return
        leader = _people([duty.leader])
        self.body.setText(
            self.tr(
                "<table cellpadding='4'><tr><td><b>带班领导</b></td><td>{leader}</td></tr><tr><td><b>值班员</b></td><td>{staff}</td></tr><tr><td><b>备勤</b></td><td>{standby}</td></tr></table>"
            ).format(leader=leader, staff=_people(duty.staff), standby=_people(duty.standby))
        )


class HomePage(QWidget):
    open_record = Signal(str, int)  # (table, id) of a due item the user double-clicked
    open_roster = Signal()
    new_call = Signal()
    new_handover = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, today=dt.date.today):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ledger = services.duty
        self._today = today
        title = page_title(self.tr("首页"), self)
        self.level = QLabel(self)
        self.level.setObjectName("cardTitle")
        self.today_card = DutyCard(self.tr("今日值班"), self)
        self.tomorrow_card = DutyCard(self.tr("明日值班"), self)
        self.upcoming = QLabel(self)
        self.upcoming.setWordWrap(True)
        up_card = QFrame(self)
        up_card.setObjectName("card")
        up_layout = QVBoxLayout(up_card)
        heading = QLabel(self.tr("近期战备时段"), up_card)
        heading.setObjectName("cardTitle")
        up_layout.addWidget(heading)
        up_layout.addWidget(self.upcoming, 1)
        buttons = QHBoxLayout()
        for text, signal in (
            (self.tr("打开值班表"), self.open_roster),
            (self.tr("记录来电"), self.new_call),
            (self.tr("填写交接班"), self.new_handover),
        ):
            b = QPushButton(text, self)
            b.clicked.connect(signal)
            if signal is not self.open_roster:
                guard(RECORDS, b)
            buttons.addWidget(b)
        buttons.addStretch(1)
        due_card = QFrame(self)
        due_card.setObjectName("card")
        due_layout = QVBoxLayout(due_card)
        self.due_title = QLabel(self.tr("待办与到期"), due_card)
        self.due_title.setObjectName("cardTitle")
        self.due_table = FilterableTable(due_columns(), parent=due_card)
        self.due_style = due.DueStyle.defaults()
        self.due_table.model.set_row_colors(
            background=lambda item: self.due_style.background(item.state)
        )
        self.due_table.activated.connect(
            lambda item: self.open_record.emit(*item.record) if item.record else None
        )
        due_layout.addWidget(self.due_title)
        due_layout.addWidget(self.due_table, 1)
        grid = QGridLayout()
        grid.addWidget(self.today_card, 0, 0)
        grid.addWidget(self.tomorrow_card, 0, 1)
        grid.addWidget(up_card, 1, 0, 1, 2)
        grid.addWidget(due_card, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.level)
        layout.addLayout(buttons)
        layout.addLayout(grid, 1)
        self.reload()

    def reload(self) -> None:
        today = self._today()
        colours = self.ledger.level_colours()
        now = self.ledger.on_duty(today)
        self.today_card.show_duty(self.tr("今日"), now, _badge_colour(colours, now.level))
        nxt = self.ledger.on_duty(today + dt.timedelta(days=1))
        self.tomorrow_card.show_duty(self.tr("明日"), nxt, _badge_colour(colours, nxt.level))
        self.level.setText(
            self.tr("当前战备等级：{level_name}").format(level_name=db_text(now.level_name))
            + (f"（{db_text(now.period)}）" if now.period else "")
        )
        soon = [
            p
            for p in self.ledger.periods()
            if p.end and p.end >= today and p.start and p.start <= today + dt.timedelta(days=120)
        ]
        levels = {lv.level: lv.name for lv in self.ledger.levels()}

        def span(p) -> str:  # type: ignore[no-untyped-def]
            first = self.tr("{year}年{month}月{day}日").format(
                year=p.start.year, month=p.start.month, day=p.start.day
            )
            return (
                first
                if p.start == p.end
                else self.tr("{first}—{month}月{day}日").format(
                    first=first, month=p.end.month, day=p.end.day
                )
            )

        lines = [
            self.tr("{name}：{span}　{level}，每班至少{min_staff}名值班员").format(
                name=db_text(p.name),
                span=span(p),
                level=db_text(levels.get(p.level, "")),
                min_staff=p.min_staff,
            )
            + (self.tr("　<b>进行中</b>") if p.start <= today else "")
            for p in soon
            if p.start and p.end
        ]
        self.upcoming.setText(
            "<br>".join(lines)
            or self.tr("未来四个月没有战备时段。可在“战备时段”中载入本期冬春预设。")
        )
        self.due_style = due.DueStyle.load(self.ledger.db)
        items = due.collect(self.ledger.db, today, self.due_style.soon_days)
        overdue = sum(1 for i in items if i.state == due.OVERDUE)
        self.due_title.setText(
            self.tr("待办与到期（{count} 项，其中逾期 {overdue} 项）").format(
                count=len(items), overdue=overdue
            )
            if items
            else self.tr("待办与到期：暂无")
        )
        self.due_table.set_rows(items)
