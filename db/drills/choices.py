"""The fixed value lists of sites, plans, drills and findings (what a field may hold).

Plain tuples, no ORM: dialogs, Excel columns and forms import them from here.
"""

from __future__ import annotations

from db.geo import GCJ02
from db.geo import WGS84
from db.words import said

SITE_TYPES = (
    said("学校"),
    said("幼儿园"),
    said("卫生院/诊所"),
    said("养老院"),
    said("农贸市场"),
    said("商场超市"),
    said("工厂企业"),
    said("加油站"),
    said("棋牌室"),
    said("宾馆"),
    said("宗教场所"),
    said("村（社区）"),
    said("其他"),
)
CRS = (WGS84, GCJ02)  # the coordinate systems a site's position may be given in
PLAN_TYPES = (
    said("总体应急预案"),
    said("专项应急预案"),
    said("现场处置方案"),
    said("灭火应急预案"),
)
PLAN_STATUSES = (said("草稿"), said("审核中"), said("已发布"), said("已废止"))
# 应急预案管理办法 §36: when a plan must be revised; plus the first edition.
REVISION_TRIGGERS = (
    said("初次编制"),
    said("法律法规或上位预案变化"),
    said("应急指挥机构及其职责调整"),
    said("面临的风险发生重大变化"),
    said("重要应急资源发生重大变化"),
    said("演练或实际应对中发现重大问题"),
    said("编制单位认为应当修订的其他情况"),
)
DRILL_KINDS = (
    said("综合实战演练"),
    said("综合桌面演练"),
    said("单项实战演练"),
    said("单项桌面演练"),
    said("熟悉演练"),
)
DRILL_STATUSES = (said("计划"), said("已实施"), said("已评估"))
ATTENDANCE = (said("出席"), said("迟到"), said("缺席"))
# 国办发〔2013〕101号 §23: what a drill evaluation covers.
EVALUATION_ITEMS = (
    said("演练执行情况"),
    said("预案的合理性与可操作性"),
    said("指挥协调和应急联动情况"),
    said("应急人员的处置情况"),
    said("演练所用设备装备的适用性"),
    said("对完善预案、应急准备等的改进建议"),
)
RATINGS = (said("合格"), said("基本合格"), said("不合格"))
FINDING_STATUSES = (said("待整改"), said("整改中"), said("已整改"))
