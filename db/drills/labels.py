"""What the modification record calls the drills' tables and fields (see ``db.labels``)."""

from __future__ import annotations

from db.labels import TableLabels
from db.words import said

TABLES = (
    TableLabels("site", register="sites"),
    TableLabels("plan", register="plans", fields={"code": "编号", "level": "级别"}),
    TableLabels(
        "plan_version",
        said("预案版本"),
        fields={
            "plan_id": "预案",
            "number": "版本",
            "revised_on": "修订日期",
            "trigger": "修订原因类别",
            "reason": "修订原因",
            "approved_by": "批准人",
            "snapshot": "版本内容",
        },
        record="number",
    ),
    TableLabels(
        "revision_task",
        said("预案修订任务"),
        fields={
            "plan_id": "预案",
            "finding_id": "整改问题",
            "trigger": "修订原因",
            "done_on": "完成日期",
            "version_id": "修订后的版本",
        },
        record="trigger",
    ),
    TableLabels(
        "drill",
        register="drills",
        fields={
            "starts_at": "开始时间",
            "site_id": "场所",
            "plan_id": "依据预案",
            "scenario": "情景设定",
            "objectives": "演练目标",
            "other_units": "参演单位",
            "other_headcount": "其他参演人数",
            "summary": "过程概要",
            "evaluators": "评估人",
            "evaluated_on": "评估日期",
        },
    ),
    TableLabels(
        "drill_attendance",
        said("演练签到"),
        fields={"drill_id": "演练", "member_id": "队员", "status": "签到情况"},
        record="member_id",
    ),
    TableLabels("drill_event", said("演练过程记录"), fields={"drill_id": "演练"}, record="text"),
    TableLabels(
        "drill_score",
        said("演练评估评分"),
        fields={
            "drill_id": "演练",
            "item": "评估项目",
            "rating": "评价",
            "score": "得分",
            "comment": "评语",
        },
        record="item",
    ),
    TableLabels(
        "finding",
        register="findings",
        fields={"drill_id": "演练", "evidence": "整改佐证", "triggers_revision": "需修订预案"},
        record="problem",
    ),
)
