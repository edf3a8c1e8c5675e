"""Who may write what: the roles, and the check every write passes through.

viewer: look, print, export. clerk: records and imports as well. admin: also the settings,
rules, vocabularies, users and restoring a backup. With no user defined the office works as
before (one clerk, no sign-in, everything allowed).

The check sits below every facade: :func:`install` hooks it into every Session flush and every
insert/update/delete run through a Session, and the bulk writers (``db.audit``) call
:func:`check_tables` themselves. A refusal is a :class:`~db.errors.PermissionDenied` raised
before anything is written, so the transaction rolls back whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event
from sqlalchemy import inspect
from sqlalchemy import select
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session
from sqlalchemy.orm import UOWTransaction

from db.errors import PermissionDenied
from db.words import said

ADMIN, CLERK, VIEWER = "admin", "clerk", "viewer"
ROLES: dict[str, str] = {ADMIN: said("管理员"), CLERK: said("办事员"), VIEWER: said("查看员")}

# Permissions: what a button or a command needs.
LOOK = "look"  # list, print, export: every role
RECORDS = "records"  # add, change, delete, import records
ADMINISTER = "admin"  # settings, rules, vocabularies, users, restore

GRANTS: dict[str, frozenset[str]] = {
    VIEWER: frozenset({LOOK}),
    CLERK: frozenset({LOOK, RECORDS}),
    ADMIN: frozenset({LOOK, RECORDS, ADMINISTER}),
}

#: Tables only an admin writes, with the word the refusal uses.
ADMIN_TABLES: dict[str, str] = {
    "setting": "设置",
    "rule": "规则",
    "vocab_entry": "词表",
    "app_user": "用户",
    "two_sessions": "全国两会会期",
}
#: Written only together with a change that was checked itself.
UNCHECKED_TABLES = frozenset({"audit_log"})

#: ``Session.info`` keys: the signed-in user's role and name (set by ``Database``).
ROLE_KEY = "role"
USER_KEY = "user"
#: The role of the short transaction that records a sign-in attempt (nobody is signed in yet).
SIGN_IN = "sign-in"


def role_label(role: str | None) -> str:
    """The role as the clerk reads it (管理员, 办事员, 查看员)."""
    return ROLES.get(role or "", role or "")


def may(role: str | None, permission: str) -> bool:
    """Whether ``role`` holds ``permission``; ``None`` (no users defined) holds every one."""
    return role is None or permission in GRANTS.get(role, frozenset())


def needed(table: str) -> str:
    """The permission writing ``table`` needs."""
    return ADMINISTER if table in ADMIN_TABLES else RECORDS


def users_exist(session: Session) -> bool:
    """Whether any user is defined (then every write needs a signed-in role).

    A database not yet migrated to the users table (an old file being upgraded) has none.
    """
    from db.shared_models import User

    # Core, through the flush's own connection: no autoflush, no ORM objects.
    connection = session.connection()
    if not connection.info.get(_HAS_USER_TABLE):
        if not inspect(connection).has_table(User.__tablename__):
            return False
        connection.info[_HAS_USER_TABLE] = True  # a table, once there, stays
    return connection.execute(select(User.id).limit(1)).first() is not None


_HAS_USER_TABLE = "rescue_ledger.app_user"


def refusal(role: str | None, user: str | None, permission: str, what: str = "") -> str:
    """The sentence a refused action shows."""
    if role is None or role not in GRANTS:
        return said("无权限：本数据库已设置用户，请先登录。")
    who = said("{role}“{user}”", role=role_label(role), user=user) if user else role_label(role)
    if permission == ADMINISTER:
        what = what or said("设置、规则、词表、用户")
        return said("无权限：{who}不能修改{what}（需要管理员）。", who=who, what=what)
    what = what or said("记录")
    return said("无权限：{who}只能查看、打印和导出，不能修改{what}。", who=who, what=what)


def check_tables(session: Session, tables: Iterable[str]) -> None:
    """Refuse (``PermissionDenied``) when the session's role may not write one of ``tables``."""
    wanted = {t for t in tables if t not in UNCHECKED_TABLES}
    if not wanted:
        return
    role = session.info.get(ROLE_KEY)
    if role == SIGN_IN:
        if wanted <= {"app_user"}:
            return
        role = ""
    if role is None and not users_exist(session):
        return  # the one-clerk office: no users, no sign-in
    for table in sorted(wanted, key=lambda t: (needed(t) != ADMINISTER, t)):
        permission = needed(table)
        if not role or not may(role, permission):
            what = ADMIN_TABLES.get(table, "")
            raise PermissionDenied(refusal(role, session.info.get(USER_KEY), permission, what))


def _table_of(obj: object) -> str:
    return str(inspect(obj).mapper.local_table.name)


def _check_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    changed = [*session.new, *session.deleted]
    changed += [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    if changed:
        check_tables(session, {_table_of(o) for o in changed})


def _check_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table: Any = getattr(state.statement, "table", None)
        if table is not None:
            check_tables(state.session, {str(table.name)})


def install() -> None:
    """Hook the check into every Session (once; ``db.engine`` calls it on import)."""
    if not event.contains(Session, "before_flush", _check_flush):
        event.listen(Session, "before_flush", _check_flush)
        event.listen(Session, "do_orm_execute", _check_statement)
