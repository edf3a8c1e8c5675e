"""What the modification record (修改记录) calls each table and each of its fields.

Each domain declares its tables in ``db/<domain>/labels.py`` (``TABLES``, a tuple of
:class:`TableLabels`); the shared tables are declared here. A table names the Excel register
whose column headers label its fields (``register``), so a header is written once; ``fields``
adds the labels the register has no column for. :func:`table_labels` collects them all
through the registry; :func:`field_label` falls back to the words every register uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from functools import cache

from db.words import said

# The words most tables use for the same field; a table's own labels win over these.
COMMON: Mapping[str, str] = {
    "name": "名称",
    "notes": "备注",
    "note": "备注",
    "archived": "已归档",
    "status": "状态",
    "position": "序号",
    "kind": "类型",
    "type": "类型",
    "phone": "联系电话",
    "start": "开始日期",
    "end": "结束日期",
    "summary": "概要",
    "address": "地址",
    "village": "所属村社",
    "lon": "经度",
    "lat": "纬度",
    "crs": "坐标系",
    "closed_on": "完成日期",
    "opened_on": "报修日期",
    "problem": "问题",
    "resolution": "处理结果",
    "unit": "单位",
    "text": "内容",
    "value": "数值",
    "outcome": "结果",
    "at": "时间",
    "code": "编号",
    "id": "编号",
}


@dataclass(frozen=True)
class TableLabels:
    """How the modification record names one table's records and their fields.

    ``title``: the Chinese name (the register's title when empty); ``register``: the Excel
    register (its key) whose column headers label the fields; ``fields``: the labels the
    register has no column for; ``nested``: a JSON-object field whose keys are labelled
    as fields of their own (water sources' ``details``); ``record``: the field whose value
    names a record beside its number (a member's name, a vehicle's plate; a field pointing at
    another record names it by that record's name). ``values``: the words shown for stored
    codes (``standby`` → 备勤); ``tables``: fields that hold a table's name (shown as its
    register's name); ``secret``: fields whose value is never shown (a password hash).
    """

    table: str
    title: str = ""
    register: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    nested: tuple[str, ...] = ()
    record: str = "name"
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    tables: tuple[str, ...] = ()
    secret: tuple[str, ...] = ()


def shared() -> tuple[TableLabels, ...]:
    """The shared tables' labels (built when first asked: they name the roles and the
    vocabulary kinds, whose modules the window should not load at start)."""
    from db.access import ROLES
    from db.vocab import HIDDEN
    from db.vocab import SYNONYM
    from db.vocab import VALUE

    return (
        TableLabels(
            "setting",
            said("单位设置"),
            fields={"key": "设置项", "value": "设置值"},
            record="key",
            # The settings' own names (设置 shows the same words); a name ending in _ is a prefix.
            values={
                "key": {
                    "town": said("乡镇名称"),
                    "office": said("办公室"),
                    "team": said("救援队名称"),
                    "duty_phone": said("值班电话"),
                    "shift_start": said("交接班时间"),
                    "backup.second_dir": said("第二备份文件夹"),
                    "campaign_preloaded_": said("已预置当年战备时段："),
                }
            },
        ),
        TableLabels(
            "rule",
            said("规则表"),
            fields={"key": "规则", "label": "规则名称", "value": "取值", "source": "依据"},
            record="label",
        ),
        TableLabels(
            "vocab_entry",
            said("词表"),
            fields={
                "vocab": "词表",
                "kind": "种类",
                "written": "词语",
                "written_key": "词语（比较用）",
                "canonical": "表示的取值",
            },
            record="written",
            values={
                "kind": {VALUE: said("取值"), SYNONYM: said("同义词"), HIDDEN: said("停用的取值")}
            },
        ),
        TableLabels(
            "attachment",
            said("附件"),
            fields={
                "owner_table": "所属台账",
                "owner_id": "所属记录",
                "original_name": "文件名",
                "stored_name": "保存名",
                "content_type": "文件类型",
                "size": "大小（字节）",
                "sha256": "校验值",
                "caption": "说明",
            },
            record="original_name",
            tables=("owner_table",),
        ),
        TableLabels(
            "app_user",
            said("用户"),
            fields={
                "name": "用户名",
                "role": "角色",
                "password_hash": "密码（已加密）",
                "disabled": "已停用",
                "failed_logins": "连续输错密码次数",
                "last_failed_at": "上次输错时间",
            },
            values={"role": ROLES},
            secret=("password_hash",),
        ),
    )


@cache
def table_labels() -> dict[str, TableLabels]:
    """Every table's labels by table name: each domain's (in the navigation's order), then the
    shared tables (settings, rules, vocabularies, attachments, users)."""
    from db.registry import parts

    found: dict[str, TableLabels] = {}
    for module in parts("labels"):
        found.update({t.table: t for t in getattr(module, "TABLES", ())})
    found.update({t.table: t for t in shared()})
    return found


@cache
def _register_headers(register: str) -> dict[str, str]:
    from db.registry import registers

    spec = registers().get(register)
    return {c.key: c.header for c in spec.columns} if spec else {}


@cache
def table_title(table: str) -> str:
    """The Chinese name of ``table`` (``"队员名册"``); 其他记录 for a table nobody declared."""
    labels = table_labels().get(table)
    if labels is None:
        return said("其他记录")
    if labels.title:
        return labels.title
    from db.registry import registers

    spec = registers().get(labels.register)
    return spec.title if spec else said("其他记录")


@cache
def field_label(table: str, key: str) -> str:
    """The Chinese label of ``table``'s field ``key``: the table's own, its register's column
    header, the common word; ``key`` itself only for a field nobody named (a test checks
    that every field of every table has a label). Marked ``said``: the window shows it in its
    language (``bench/translations.py`` collects every table's labels)."""
    return said(_label(table, key))


def _label(table: str, key: str) -> str:
    labels = table_labels().get(table)
    if labels is not None:
        if key in labels.fields:
            return labels.fields[key]
        header = _register_headers(labels.register).get(key) if labels.register else None
        if header:
            return header
    return COMMON.get(key, key)


def tables_by_title() -> list[tuple[str, str]]:
    """(title, table) of every declared table, in the registry's domain order."""
    return [(table_title(t), t) for t in table_labels()]


def resolve_table(text: str) -> str:
    """The table a user named: its register's name (``members``), its Chinese name
    (``队员名册``) or the table itself; a sentence listing the names when nothing matches."""
    from db.errors import NotFoundError

    wanted = text.strip()
    for labels in table_labels().values():
        if wanted in (labels.table, labels.register, table_title(labels.table)):
            return labels.table
    names = "、".join(title for title, _table in tables_by_title())
    raise NotFoundError(f"没有名为“{wanted}”的台账（可选：{names}）")
