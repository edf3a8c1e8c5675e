"""What the modification record calls the duty's tables and fields (see ``db.labels``)."""

from __future__ import annotations

from db.duty.choices import DUTY_ROLE_LABELS
from db.labels import TableLabels
from db.words import said

TABLES = (
    TableLabels("member", register="members"),
    TableLabels("leave", register="leave", fields={"member_id": "队员"}, record="member_id"),
    TableLabels(
        "alert_level",
        said("战备等级"),
        fields={"level": "等级", "staff": "每班值班员", "standby": "备勤人员", "colour": "颜色"},
    ),
    TableLabels("alert_period", register="alert-periods"),
    TableLabels(
        "two_sessions",
        said("全国两会会期"),
        fields={
            "year": "年份",
            "start": "开始日期",
            "end": "结束日期",
            "source": "来源",
            "confirmed": "已确认",
        },
        record="year",
    ),
    TableLabels("duty_day", register="duty", record="date"),
    TableLabels(
        "duty_assignment",
        said("值班安排"),
        fields={"day_id": "值班日", "member_id": "队员", "role": "岗位"},
        record="member_id",
        values={"role": DUTY_ROLE_LABELS},
    ),
    TableLabels(
        "call_log",
        said("值班电话记录"),
        fields={
            "at": "来电时间",
            "caller_unit": "来电单位",
            "caller_name": "来电人",
            "content": "内容",
            "action": "处理情况",
            "reported_to": "报告领导",
        },
        record="caller_unit",
    ),
    TableLabels(
        "handover",
        said("交接班记录"),
        fields={
            "duty_date": "值班日期",
            "at": "交接时间",
            "phones_ok": "电话畅通",
            "radios_ok": "对讲机正常",
            "vehicles_ready": "车辆完好",
            "situation": "当班情况",
            "open_items": "待办事项",
            "handed_by": "交班人",
            "received_by": "接班人",
        },
        record="duty_date",
    ),
)
