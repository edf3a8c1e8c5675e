"""The vocabularies the program ships: each one's values and the words offices use for them.

Two kinds (see ``db.vocab``): a *rule* vocabulary's values drive rules (due dates, availability,
stock balances), so its values are fixed and every other word must map to one of them; an
*office* vocabulary is a list the office keeps, so a new word is simply added to it.

The synonyms are the words township ledgers, the fire-rescue water-source systems and the
national standards use for the same thing (GB 50974 消防给水及消火栓系统技术规范, GA/T 1010 消防
水源, AQ/T 9007 生产安全事故应急演练基本规范, GB/T 29639 生产经营单位生产安全事故应急预案编制导则,
and the ledgers of town emergency offices). A synonym may also imply another field: an
“地上式消火栓” is a 市政消火栓 whose 设置形式 is 地上式.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from db.drills import SITE_TYPES
from db.fleet import EQUIPMENT_CATEGORIES
from db.words import said

RULE = "rule"
OFFICE = "office"


@dataclass(frozen=True)
class Vocabulary:
    """One vocabulary: its values, built-in synonyms and the records that store its values.

    ``stored_in`` names ``(table, column)`` pairs whose values rename and merge rewrite.
    ``implies`` maps a synonym to other fields it sets (by import column key).
    """

    key: str
    title: str
    kind: str
    values: tuple[str, ...]
    synonyms: dict[str, str] = field(default_factory=dict)
    implies: dict[str, dict[str, str]] = field(default_factory=dict)
    stored_in: tuple[tuple[str, str], ...] = ()

    @property
    def rule(self) -> bool:
        return self.kind == RULE


def _many(canonical: str, *written: str) -> dict[str, str]:
    return dict.fromkeys(written, canonical)


HYDRANT, CRANE, POOL, NATURAL, INTAKE = "市政消火栓", "消防水鹤", "消防水池", "天然水源", "取水点"

_WATER_TYPE_SYNONYMS = {
    **_many(
        HYDRANT,
        "消火栓",
        "消防栓",
        "室外消火栓",
        "市政栓",
        "市政消防栓",
        "城市消火栓",
        "地上式消火栓",
        "地下式消火栓",
        "墙壁式消火栓",
        "室外地上式消火栓",
        "室外地下式消火栓",
        "地上栓",
        "地下栓",
    ),
    **_many(CRANE, "水鹤", "鹤管", "消防鹤管", "消防水鹤管"),
    **_many(POOL, "水池", "消防蓄水池", "蓄水池", "储水池", "地下消防水池", "消防储水池"),
    **_many(
        NATURAL,
        "自然水源",
        "天然水体",
        "河流",
        "河",
        "河道",
        "江河",
        "溪",
        "溪流",
        "池塘",
        "塘",
        "山塘",
        "水塘",
        "湖",
        "湖泊",
        "水库",
        "井",
        "水井",
        "机井",
    ),
    **_many(INTAKE, "取水口", "取水平台", "取水码头", "天然水源取水点", "消防取水点"),
}
_FORM_OF = {
    "地上式消火栓": "地上式",
    "室外地上式消火栓": "地上式",
    "地上栓": "地上式",
    "地下式消火栓": "地下式",
    "室外地下式消火栓": "地下式",
    "地下栓": "地下式",
    "墙壁式消火栓": "墙壁式",
    "河流": "河",
    "河": "河",
    "河道": "河",
    "江河": "河",
    "溪": "溪",
    "溪流": "溪",
    "池塘": "塘",
    "塘": "塘",
    "山塘": "塘",
    "水塘": "塘",
    "湖": "湖",
    "湖泊": "湖",
    "水库": "水库",
    "井": "井",
    "水井": "井",
    "机井": "井",
    "取水码头": "取水码头",
}

BUILTIN: tuple[Vocabulary, ...] = (
    Vocabulary(
        "water.type",
        said("水源类型"),
        RULE,
        (HYDRANT, CRANE, POOL, NATURAL, INTAKE),
        _WATER_TYPE_SYNONYMS,
        implies={written: {"form": form} for written, form in _FORM_OF.items()},
        stored_in=(("water_source", "type"),),
    ),
    Vocabulary(
        "water.form",
        said("设置形式"),
        RULE,
        ("地上式", "地下式", "墙壁式", "河", "溪", "塘", "湖", "水库", "井", "取水点", "取水码头"),
        {
            **_many("地上式", "地上", "地上栓", "地上式消火栓", "室外地上式"),
            **_many("地下式", "地下", "地下栓", "地下式消火栓", "室外地下式"),
            **_many("墙壁式", "墙式", "墙壁", "壁挂式", "墙壁式消火栓"),
            **_many("河", "河流", "河道", "江河", "江"),
            **_many("溪", "溪流", "山溪", "小溪"),
            **_many("塘", "池塘", "水塘", "山塘", "鱼塘"),
            **_many("湖", "湖泊"),
            **_many("井", "水井", "机井", "深井"),
            **_many("取水点", "取水口", "取水平台"),
            **_many("取水码头", "码头"),
        },
        stored_in=(("water_source", "form"),),
    ),
    Vocabulary(
        "water.status",
        said("可用状态"),
        RULE,
        ("可用", "故障", "维修中", "停用", "撤除"),
        {
            **_many("可用", "完好", "正常", "良好", "在用", "能用", "好", "完好可用", "正常使用"),
            **_many("故障", "损坏", "坏", "不能用", "不可用", "无水", "漏水", "损坏待修", "异常"),
            **_many("维修中", "维修", "在修", "检修", "检修中", "报修", "正在维修"),
            **_many("停用", "暂停使用", "停止使用", "封存", "关闭", "暂停"),
            **_many("撤除", "拆除", "已拆除", "撤销", "废弃", "已撤除"),
        },
        stored_in=(("water_source", "status"),),
    ),
    Vocabulary(
        "water.network",
        said("管网形式"),
        RULE,
        ("环状", "枝状"),
        {
            **_many("环状", "环状管网", "环网", "环形", "环形管网"),
            **_many("枝状", "枝状管网", "支状", "支状管网", "树状", "树枝状"),
        },
    ),
    Vocabulary(
        "water.inspection_kind",
        said("检查类型"),
        RULE,
        ("巡查", "检查", "保养", "普查", "流量测试"),
        {
            **_many("巡查", "日常巡查", "巡检", "巡视", "日常检查"),
            **_many("检查", "月检", "季检", "定期检查", "检测", "专项检查"),
            **_many("保养", "维护", "维护保养", "养护", "维保"),
            **_many("普查", "调查", "摸排", "水源普查", "摸底"),
            **_many("流量测试", "流量测定", "出水测试", "压力流量测试", "放水测试", "流量检测"),
        },
    ),
    Vocabulary(
        "result",
        said("检查结果"),
        RULE,
        ("合格", "不合格"),
        {
            **_many("合格", "正常", "完好", "良好", "通过", "好", "符合", "符合要求"),
            **_many("不合格", "不正常", "有问题", "损坏", "异常", "不通过", "不符合", "故障"),
        },
    ),
    Vocabulary(
        "crs",
        said("坐标系"),
        RULE,
        ("WGS84", "GCJ-02"),
        {
            **_many("WGS84", "WGS-84", "WGS 84", "GPS", "CGCS2000", "2000国家大地坐标系", "天地图"),
            **_many("GCJ-02", "GCJ02", "火星坐标", "国测局坐标", "高德", "高德地图", "腾讯地图"),
        },
    ),
    Vocabulary(
        "stock.move_kind",
        said("出入库类型"),
        RULE,
        ("入库", "出库", "借出", "归还", "报废", "盘点调整"),
        {
            **_many(
                "入库", "入", "购入", "采购", "采购入库", "调入", "收入", "领入", "新增", "捐赠"
            ),
            **_many("出库", "出", "领用", "领取", "发放", "调出", "支出", "消耗", "使用", "调拨"),
            **_many("借出", "借", "借用", "外借", "出借"),
            **_many("归还", "还", "交还", "退还", "归还入库", "还回"),
            **_many("报废", "报损", "损耗", "销毁", "过期报废", "损坏报废"),
            **_many("盘点调整", "盘点", "调整", "盘点差异", "账实调整"),
        },
        stored_in=(("stock_move", "kind"),),
    ),
    Vocabulary(
        "fleet.vehicle_status",
        said("车辆状态"),
        RULE,
        ("执勤", "备用", "维修", "报废"),
        {
            **_many("执勤", "在用", "值勤", "战备", "执勤中", "正常", "完好"),
            **_many("备用", "后备", "预备"),
            **_many("维修", "维修中", "送修", "检修", "故障"),
            **_many("报废", "已报废", "淘汰"),
        },
        stored_in=(("vehicle", "status"),),
    ),
    Vocabulary(
        "fleet.equipment_status",
        said("器材状态"),
        RULE,
        ("在用", "备用", "维修", "停用", "报废"),
        {
            **_many("在用", "完好", "正常", "良好", "使用中", "在岗"),
            **_many("备用", "库存", "备品", "在库"),
            **_many("维修", "维修中", "损坏", "待修", "送修", "故障"),
            **_many("停用", "封存", "暂停使用"),
            **_many("报废", "已报废", "废弃", "淘汰"),
        },
        stored_in=(("equipment", "status"),),
    ),
    Vocabulary(
        "drill.kind",
        said("演练类型"),
        RULE,
        ("综合实战演练", "综合桌面演练", "单项实战演练", "单项桌面演练", "熟悉演练"),
        {
            **_many("综合实战演练", "实战演练", "综合演练", "实战", "综合实战", "现场演练"),
            **_many("综合桌面演练", "桌面演练", "桌面推演", "桌面", "综合桌面推演", "沙盘推演"),
            **_many("单项实战演练", "单项演练", "专项演练", "专项实战演练", "单项实战"),
            **_many("单项桌面演练", "专项桌面演练", "单项桌面推演", "专项桌面推演"),
            **_many("熟悉演练", "熟悉", "六熟悉", "实地熟悉", "现场熟悉", "熟悉演练（六熟悉）"),
        },
        stored_in=(("drill", "kind"),),
    ),
    Vocabulary(
        "drill.conclusion",
        said("评估结论"),
        RULE,
        ("合格", "基本合格", "不合格"),
        {
            **_many("合格", "良好", "优秀", "达到预期", "成功"),
            **_many("基本合格", "基本达到", "较好", "一般", "基本达到预期"),
            **_many("不合格", "未达到", "未达到预期", "差"),
        },
    ),
    Vocabulary(
        "plan.type",
        said("预案类型"),
        RULE,
        ("总体应急预案", "专项应急预案", "现场处置方案", "灭火应急预案"),
        {
            **_many("总体应急预案", "总体预案", "综合应急预案", "综合预案", "总预案"),
            **_many("专项应急预案", "专项预案", "专项方案"),
            **_many("现场处置方案", "现场处置预案", "处置方案", "现场方案", "现场应急处置方案"),
            **_many(
                "灭火应急预案",
                "灭火预案",
                "灭火作战预案",
                "消防预案",
                "灭火和应急疏散预案",
                "消防应急预案",
            ),
        },
        stored_in=(("plan", "type"),),
    ),
    Vocabulary(
        "plan.status",
        said("预案状态"),
        RULE,
        ("草稿", "审核中", "已发布", "已废止"),
        {
            **_many("草稿", "编制中", "起草", "拟稿", "初稿", "未发布"),
            **_many("审核中", "待审核", "送审", "评审中", "待审", "审批中"),
            **_many("已发布", "发布", "已印发", "印发", "生效", "现行", "有效", "在用"),
            **_many("已废止", "废止", "作废", "失效", "已作废", "停用"),
        },
        stored_in=(("plan", "status"),),
    ),
    Vocabulary(
        "finding.status",
        said("整改状态"),
        RULE,
        ("待整改", "整改中", "已整改"),
        {
            **_many("待整改", "未整改", "未完成", "待办", "未开始", "待处理"),
            **_many("整改中", "正在整改", "进行中", "处理中", "整改进行中"),
            **_many("已整改", "已完成", "完成", "已销号", "销号", "已闭环", "整改完成", "已处理"),
        },
        stored_in=(("finding", "status"),),
    ),
    Vocabulary(
        "alert.level",
        said("战备等级"),
        RULE,
        (),  # the levels are the office's table alert_level; these words name its levels
        {
            **_many("常态", "平时", "日常", "正常", "无", "常规", "常态值班"),
            **_many("一级战备", "一级", "Ⅰ级", "I级", "1级", "一级响应", "一级战备状态"),
            **_many("二级战备", "二级", "Ⅱ级", "II级", "2级", "二级响应", "二级战备状态"),
            **_many("三级战备", "三级", "Ⅲ级", "III级", "3级", "三级响应", "三级战备状态"),
        },
    ),
    Vocabulary(
        "yesno",
        said("是/否"),
        RULE,
        ("是", "否"),
        {
            **_many("是", "y", "yes", "√", "✓", "✔", "☑", "1", "true", "有", "对", "能", "可"),
            **_many("否", "n", "no", "×", "✗", "✘", "x", "0", "false", "无", "不", "不是", "不能"),
        },
    ),
    # --- lists the office keeps ---------------------------------------------------------------
    Vocabulary(
        "site.type",
        said("场所类型"),
        OFFICE,
        SITE_TYPES,
        {
            **_many("学校", "小学", "中学", "中心校", "完小", "村小"),
            **_many("幼儿园", "托儿所", "幼儿班"),
            **_many("卫生院/诊所", "卫生院", "诊所", "卫生室", "村卫生室", "医院", "社区医院"),
            **_many("养老院", "敬老院", "福利院", "养老机构", "老年公寓", "幸福院"),
            **_many("农贸市场", "集贸市场", "菜市场", "集市", "市场"),
            **_many("商场超市", "超市", "商场", "商店", "购物中心"),
            **_many("工厂企业", "工厂", "企业", "厂房", "生产企业", "作坊"),
            **_many("加油站", "加气站", "加油加气站"),
            **_many("棋牌室", "茶楼", "茶馆", "麻将馆"),
            **_many("宾馆", "酒店", "旅馆", "招待所", "民宿", "饭店"),
            **_many("宗教场所", "寺庙", "教堂", "庙宇", "道观"),
            **_many("村（社区）", "村", "社区", "居委会", "村委会", "村(社区)"),
        },
        stored_in=(("site", "type"),),
    ),
    Vocabulary(
        "member.role",
        said("职务"),
        OFFICE,
        (said("队长"), said("副队长"), said("队员")),
        {
            **_many("队长", "大队长", "中队长", "救援队长"),
            **_many("副队长", "副大队长", "副中队长"),
            **_many("队员", "成员", "救援队员", "普通队员"),
        },
        stored_in=(("member", "role"),),
    ),
    Vocabulary(
        "equipment.category",
        said("器材类别"),
        OFFICE,
        EQUIPMENT_CATEGORIES,
        {
            **_many("水带", "消防水带", "有衬里水带"),
            **_many("水枪/水炮", "水枪", "水炮", "消防水枪", "直流水枪", "多功能水枪"),
            **_many("机动泵", "手抬机动泵", "浮艇泵", "手抬泵", "消防泵"),
            **_many("呼吸器", "空气呼吸器", "正压式空气呼吸器", "空呼"),
            **_many("气瓶", "空气瓶", "呼吸器气瓶", "碳纤维气瓶"),
            **_many("灭火器", "手提式灭火器", "推车式灭火器"),
            **_many("破拆工具", "破拆", "液压破拆工具", "油锯", "无齿锯"),
            **_many("照明", "照明灯", "应急照明", "强光手电", "照明器材"),
            **_many("通信", "对讲机", "通信器材", "电台"),
            **_many("防护服", "灭火防护服", "战斗服", "防护装备"),
        },
        stored_in=(("equipment", "category"),),
    ),
    Vocabulary(
        "supply.category",
        said("物资类别"),
        OFFICE,
        ("防汛物资", "消防物资", "生活物资", "医疗物资", "照明通信", "防护用品", "其他"),
        {
            **_many("防汛物资", "防汛", "抗洪物资", "防汛抗旱物资"),
            **_many("消防物资", "消防", "灭火物资"),
            **_many("生活物资", "生活", "生活保障物资", "救灾物资"),
            **_many("医疗物资", "医疗", "药品", "医疗用品"),
            **_many("防护用品", "防护", "劳保用品", "个人防护"),
        },
        stored_in=(("supply", "category"),),
    ),
    Vocabulary(
        "supply.unit",
        said("计量单位"),
        OFFICE,
        ("个", "件", "套", "台", "把", "根", "盘", "卷", "条", "双", "顶", "箱", "袋", "瓶"),
        {},
        stored_in=(("supply", "unit"),),
    ),
    Vocabulary(
        "water.owner",
        said("水源归属"),
        OFFICE,
        (),
        {},
        stored_in=(("water_source", "owner"),),
    ),
)

BY_KEY: dict[str, Vocabulary] = {v.key: v for v in BUILTIN}
