"""The duty pages of the main window: 值班表 and the registers 队员、请假、战备时段、来电记录、
交接班 (each a :class:`RegisterSpec` for the generic page: columns, how rows load, dialogs), the
factories ``desktop.duty.PAGES`` names, and the actions of their extra buttons (载入冬春预设,
全国两会会期, 打印交接班记录)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.common.columns import word_column
from desktop.common.register import SHOW_ARCHIVED
from desktop.common.register import RegisterPage
from desktop.common.register import RegisterSpec
from desktop.common.restore import ARCHIVED
from desktop.common.restore import delete_message
from desktop.common.words import db_text
from desktop.duty import dialogs
from desktop.duty.roster import RosterPage
from widgets.table import Column

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from db.duty import Ledger
    from desktop.services import Services

YES = "✓"


def _yes(value: bool) -> str:
    return YES if value else ""


def member_spec(services: Services) -> RegisterSpec:
    ledger = services.duty

    def delete(m) -> str | None:  # type: ignore[no-untyped-def]
        result = ledger.delete_member(m.id, m.version)
        return delete_message(
            result,
            QCoreApplication.translate(
                "duty.pages", "{name}有值班、请假或演练签到等记录，不能删除"
            ).format(name=m.name),
            SHOW_ARCHIVED,
        )

    return RegisterSpec(
        title=QCoreApplication.translate("duty.pages", "队员"),
        columns=[
            Column("name", QCoreApplication.translate("duty.pages", "姓名"), width=90),
            word_column("role", QCoreApplication.translate("duty.pages", "职务"), 90, tooltip=True),
            Column("phone", QCoreApplication.translate("duty.pages", "联系电话"), width=120),
            Column(
                lambda m: _yes(m.can_lead),
                QCoreApplication.translate("duty.pages", "可任带班领导"),
                width=100,
            ),
            Column(
                lambda m: _yes(m.driver),
                QCoreApplication.translate("duty.pages", "驾驶员"),
                width=60,
            ),
            Column(
                "joined_on", QCoreApplication.translate("duty.pages", "入队日期"), "date", width=100
            ),
            Column(
                "duty_count", QCoreApplication.translate("duty.pages", "值班次数"), "int", width=70
            ),
            Column(
                lambda m: ARCHIVED if m.archived else "",
                QCoreApplication.translate("duty.pages", "状态"),
                width=60,
            ),
            Column("notes", QCoreApplication.translate("duty.pages", "备注")),
        ],
        load=lambda archived: ledger.members(include_archived=archived),
        dialog=lambda parent, row: dialogs.MemberDialog(parent, ledger, row),
        delete=delete,
        describe=lambda m: m.name,
        register="members",
        empty=QCoreApplication.translate(
            "duty.pages", "还没有队员：点“新增…”逐个登记，或点“导入…”导入办公室的花名册。"
        ),
        database=ledger.db,
        archived_toggle=True,
        restore=lambda m: ledger.restore_member(m.id, m.version),
    )


def _span() -> list[Column]:
    """开始日期 and 结束日期, as the leave and the alert-period registers show them."""
    return [
        Column("start", QCoreApplication.translate("duty.pages", "开始日期"), "date", width=100),
        Column("end", QCoreApplication.translate("duty.pages", "结束日期"), "date", width=100),
    ]


def leave_spec(services: Services) -> RegisterSpec:
    ledger = services.duty
    return RegisterSpec(
        title=QCoreApplication.translate("duty.pages", "请假"),
        columns=[
            Column("member_name", QCoreApplication.translate("duty.pages", "姓名"), width=90),
            *_span(),
            Column(
                lambda lv: (lv.end - lv.start).days + 1,
                QCoreApplication.translate("duty.pages", "天数"),
                "int",
                width=50,
            ),
            Column("reason", QCoreApplication.translate("duty.pages", "事由")),
        ],
        load=lambda _archived: ledger.leaves(),
        dialog=lambda parent, row: dialogs.LeaveDialog(parent, ledger, row),
        delete=lambda lv: ledger.delete_leave(lv.id, lv.version),
        describe=lambda lv: f"{lv.member_name} {lv.start}—{lv.end}",
        register="leave",
        empty=QCoreApplication.translate(
            "duty.pages", "还没有请假记录：队员请假时点“新增…”登记，排班会自动避开请假的日子。"
        ),
        database=ledger.db,
        hint=QCoreApplication.translate(
            "duty.pages", "请假期间不会被排班；已排的日期会在值班表中提示冲突。"
        ),
    )


def period_spec(
    services: Services, preload: Callable[[], None], sessions: Callable[[], None]
) -> RegisterSpec:
    """``preload()`` fills the winter-spring campaign's periods (the window asks first);
    ``sessions()`` opens the 两会 dates per year."""
    ledger = services.duty
    levels = lambda: {lv.level: lv.name for lv in ledger.levels()}  # noqa: E731
    return RegisterSpec(
        title=QCoreApplication.translate("duty.pages", "战备时段"),
        columns=[
            Column("name", QCoreApplication.translate("duty.pages", "名称"), width=100),
            *_span(),
            Column(
                lambda p: db_text(levels().get(p.level, str(p.level))),
                QCoreApplication.translate("duty.pages", "等级"),
                width=90,
            ),
            Column(
                "min_staff",
                QCoreApplication.translate("duty.pages", "每班最少值班员"),
                "int",
                width=110,
            ),
            Column("note", QCoreApplication.translate("duty.pages", "说明")),
        ],
        load=lambda _archived: ledger.periods(),
        dialog=lambda parent, row: dialogs.PeriodDialog(parent, ledger, row),
        delete=lambda p: ledger.delete_period(p.id, p.version),
        describe=lambda p: p.name,
        register="alert-periods",
        empty=QCoreApplication.translate(
            "duty.pages", "还没有战备时段：点“载入冬春预设…”载入节假日和两会，或点“新增…”。"
        ),
        help="roster",
        database=ledger.db,
        extra_buttons=[
            (QCoreApplication.translate("duty.pages", "载入冬春预设…"), preload),
            (QCoreApplication.translate("duty.pages", "全国两会会期…"), sessions),
        ],
        hint=QCoreApplication.translate(
            "duty.pages",
            "元旦、春节、元宵节按农历和国家法定假日计算，全国两会按“全国两会会期”表（以后年份"
            "待核对），均可修改。",
        ),
    )


def _at(header: str) -> Column:
    """The ``at`` column: the date and time to the minute."""
    return Column(
        "at", header, "date", width=130, formatter=lambda v: f"{v:%Y-%m-%d %H:%M}" if v else ""
    )


def call_spec(services: Services) -> RegisterSpec:
    ledger = services.duty
    return RegisterSpec(
        title=QCoreApplication.translate("duty.pages", "来电记录"),
        columns=[
            _at(QCoreApplication.translate("duty.pages", "时间")),
            Column("caller_unit", QCoreApplication.translate("duty.pages", "来电单位"), width=120),
            Column("caller_name", QCoreApplication.translate("duty.pages", "姓名"), width=70),
            Column("phone", QCoreApplication.translate("duty.pages", "电话"), width=110),
            Column("content", QCoreApplication.translate("duty.pages", "内容"), width=220),
            Column("action", QCoreApplication.translate("duty.pages", "处理情况"), width=200),
            Column("reported_to", QCoreApplication.translate("duty.pages", "报告领导")),
        ],
        load=lambda _archived: ledger.calls(),
        dialog=lambda parent, row: dialogs.CallDialog(parent, ledger, row),
        delete=lambda c: ledger.delete_call(c.id, c.version),
        describe=lambda c: f"{c.at:%m-%d %H:%M} {c.caller_unit}",
        hint=QCoreApplication.translate(
            "duty.pages", "接·报·传·跟：接到来电如实记录，重要情况立即报告带班领导并跟踪处理结果。"
        ),
        empty=QCoreApplication.translate(
            "duty.pages", "还没有来电记录：接到来电时点“新增…”记下来（首页的“记录来电”也可以）。"
        ),
        help="roster",
    )


def handover_spec(services: Services, print_handover: Callable[..., None]) -> RegisterSpec:
    """``print_handover(blank=False)`` prints today's record or a blank form."""
    ledger = services.duty
    return RegisterSpec(
        title=QCoreApplication.translate("duty.pages", "交接班"),
        columns=[
            Column(
                "duty_date", QCoreApplication.translate("duty.pages", "值班日期"), "date", width=100
            ),
            _at(QCoreApplication.translate("duty.pages", "交接时间")),
            Column("handed_by", QCoreApplication.translate("duty.pages", "交班人"), width=80),
            Column("received_by", QCoreApplication.translate("duty.pages", "接班人"), width=80),
            Column(
                lambda h: (
                    QCoreApplication.translate("duty.pages", "正常")
                    if h.phones_ok and h.radios_ok and h.vehicles_ready
                    else QCoreApplication.translate("duty.pages", "有异常")
                ),
                QCoreApplication.translate("duty.pages", "设备车辆"),
                width=80,
            ),
            Column("open_items", QCoreApplication.translate("duty.pages", "移交事项")),
        ],
        load=lambda _archived: ledger.handovers(),
        dialog=lambda parent, row: dialogs.HandoverDialog(parent, ledger, row),
        extra_buttons=[
            (QCoreApplication.translate("duty.pages", "打印当班记录…"), print_handover),
            (
                QCoreApplication.translate("duty.pages", "打印空白表…"),
                lambda: print_handover(blank=True),
            ),
        ],
        empty=QCoreApplication.translate(
            "duty.pages", "还没有交接班记录：交接班时点“新增…”填写（首页的“填写交接班”也可以）。"
        ),
        help="roster",
    )


def make_roster(services: Services, parent: QWidget) -> RosterPage:
    return RosterPage(services, parent)


def make_members(services: Services, parent: QWidget) -> RegisterPage:
    return RegisterPage(member_spec(services), parent)


def make_leave(services: Services, parent: QWidget) -> RegisterPage:
    return RegisterPage(leave_spec(services), parent)


def make_periods(services: Services, parent: QWidget) -> RegisterPage:
    ledger = services.duty
    spec = period_spec(
        services, lambda: preload_campaign(ledger, page), lambda: open_sessions(ledger, page)
    )
    page = RegisterPage(spec, parent)
    return page


def make_calls(services: Services, parent: QWidget) -> RegisterPage:
    return RegisterPage(call_spec(services), parent)


def make_handovers(services: Services, parent: QWidget) -> RegisterPage:
    spec = handover_spec(services, lambda blank=False: print_handover(services.duty, page, blank))
    page = RegisterPage(spec, parent)
    return page


def preload_campaign(ledger: Ledger, page: RegisterPage) -> None:
    """Ask for the campaign's year and load its preset periods into ``page``'s register."""
    from PySide6.QtWidgets import QInputDialog
    from PySide6.QtWidgets import QMessageBox

    from db.calendar import campaign_start

    start = campaign_start(dt.date.today())
    year, ok = QInputDialog.getInt(
        page.window(),
        QCoreApplication.translate("DutyPages", "载入冬春预设"),
        QCoreApplication.translate("DutyPages", "今冬明春开始的年份（11月所在年份）："),
        start,
        2000,
        2100,
    )
    if not ok:
        return
    added = ledger.preload_campaign(year)
    QMessageBox.information(
        page.window(),
        QCoreApplication.translate("DutyPages", "载入冬春预设"),
        QCoreApplication.translate(
            "DutyPages",
            "已载入 {added} 个战备时段（已有的不重复载入）。请核对日期，特别是全国两会会期。",
        ).format(added=added),
    )
    page.reload()
    page.changed.emit()


def open_sessions(ledger: Ledger, page: RegisterPage) -> None:
    """The 两会 dates per year; the periods reload when an admin changed them."""
    from desktop.duty.sessions import SessionsDialog

    dialog = SessionsDialog(page.window(), ledger)
    dialog.exec()
    if dialog.changed:
        page.reload()
        page.changed.emit()


def print_handover(ledger: Ledger, page: RegisterPage, blank: bool = False) -> None:
    """Print the record of the shift of the handover selected on ``page`` (today's if none),
    or a blank."""
    from desktop.common import printing

    def build(date: dt.date | None) -> Callable[[], bytes]:
        def pdf() -> bytes:
            from db.duty import forms  # reportlab loads on first print

            return forms.handover_pdf(ledger, date)

        return pdf

    if blank:
        printing.print_document(
            page.window(),
            QCoreApplication.translate("DutyPages", "值班交接班记录（空白）"),
            build(None),
            "值班交接班记录-空白.pdf",
        )
        return
    row = page.table.current_row()
    date = row.duty_date if row is not None else dt.date.today()
    printing.print_document(
        page.window(),
        QCoreApplication.translate("DutyPages", "值班交接班记录"),
        build(date),
        f"值班交接班记录-{date}.pdf",
    )
