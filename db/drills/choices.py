"""The fixed value lists of sites, plans, drills and findings (what a field may hold).

Plain tuples, no ORM: dialogs, Excel columns and forms import them from here.
"""

from __future__ import annotations

from db.geo import GCJ02, WGS84

SITE_TYPES = (
    "学校",
    "幼儿园",
    "卫生院/诊所",
    "养老院",
    "农贸市场",
    "商场超市",
    "工厂企业",
    "加油站",
    "棋牌室",
    "宾馆",
    "宗教场所",
    "村（社区）",
    "其他",
)
CRS = (WGS84, GCJ02)  # the coordinate systems a site's position may be given in
PLAN_TYPES = ("总体应急预案", "专项应急预案", "现场处置方案", "灭火应急预案")
PLAN_STATUSES = ("草稿", "审核中", "已发布", "已废止")
# 应急预案管理办法 §36: when a plan must be revised; plus the first edition.
REVISION_TRIGGERS = (
    "初次编制",
    "法律法规或上位预案变化",
    "应急指挥机构及其职责调整",
    "面临的风险发生重大变化",
    "重要应急资源发生重大变化",
    "演练或实际应对中发现重大问题",
    "编制单位认为应当修订的其他情况",
)
DRILL_KINDS = ("综合实战演练", "综合桌面演练", "单项实战演练", "单项桌面演练", "熟悉演练")
DRILL_STATUSES = ("计划", "已实施", "已评估")
ATTENDANCE = ("出席", "迟到", "缺席")
# 国办发〔2013〕101号 §23: what a drill evaluation covers.
EVALUATION_ITEMS = (
    "演练执行情况",
    "预案的合理性与可操作性",
    "指挥协调和应急联动情况",
    "应急人员的处置情况",
    "演练所用设备装备的适用性",
    "对完善预案、应急准备等的改进建议",
)
RATINGS = ("合格", "基本合格", "不合格")
FINDING_STATUSES = ("待整改", "整改中", "已整改")
