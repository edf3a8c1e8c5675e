"""Users, passwords and roles on a real database: hashing, the slow-down, and who may write."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func
from sqlalchemy import select

from db import access
from db.audit import insert_audited
from db.chain import UPGRADE_OPERATOR
from db.duty import Ledger
from db.duty import MemberData
from db.duty.models import Member
from db.engine import open_database
from db.errors import NotFoundError
from db.errors import PermissionDenied
from db.errors import SignInError
from db.errors import StaleRecordError
from db.errors import ValidationError
from db.rules import Rules
from db.shared_models import AuditLog
from db.shared_models import User
from db.users import Users
from db.users import delay_after
from db.vocab import Vocab

# Argon2id with tiny costs: the same algorithm, fast enough for many tests.
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
SECRET = "秘密口令Xq7!zz"


class Clock:
    """A clock the test moves; ``sleep`` moves it too and records each wait."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 1, 9, 0, 0)
        self.waits: list[float] = []

    def __call__(self) -> dt.datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += dt.timedelta(seconds=seconds)


def users_of(database, clock: Clock | None = None) -> Users:
    clock = clock or Clock()
    return Users(database, clock=clock, sleep=clock.sleep, hasher=FAST)


def office(database) -> Users:
    """An admin 王主任 (signed in), a clerk 李干事 and a viewer 赵科员."""
    users = users_of(database)
    users.add("王主任", access.ADMIN, SECRET)
    users.add("李干事", access.CLERK, SECRET + "1")
    users.add("赵科员", access.VIEWER, SECRET + "2")
    return users


def as_user(database, name: str, password: str):
    """The same database file opened again, signed in as ``name``."""
    other = open_database(database.url, database.data_dir, operator="系统登录名")
    users_of(other).sign_in(name, password)
    return other


def test_passwords_are_argon2id_and_never_stored_in_clear(tmp_path):
    database = open_database(data_dir=tmp_path / "data", operator="测试员")
    users = Users(database)  # the real, default parameters
    users.add("王主任", access.ADMIN, SECRET)
    users.set_password("王主任", SECRET + "新", users.get("王主任").version)
    with database.read() as s:
        stored = s.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$")
    assert users.authenticate("王主任", SECRET + "新").name == "王主任"
    with pytest.raises(SignInError):
        users.authenticate("王主任", SECRET)
    database.dispose()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    for clear in (SECRET, SECRET + "新"):
        assert clear.encode("utf-8") not in raw
    assert "王主任".encode() in raw  # the file was read: the name is there


def test_first_user_must_be_an_admin_and_then_signs_in(database):
    users = users_of(database)
    assert not users.any() and database.role is None
    with pytest.raises(ValidationError) as err:
        users.add("李干事", access.CLERK, SECRET)
    assert "管理员" in err.value.problems["role"]
    with pytest.raises(ValidationError) as err:
        users.add("王主任", access.ADMIN, "123")
    assert "password" in err.value.problems
    users.add("王主任", access.ADMIN, SECRET)
    assert users.any()
    assert (database.user, database.role, database.operator) == ("王主任", "admin", "王主任")
    with pytest.raises(ValidationError):
        users.add("王主任", access.CLERK, SECRET)
    names = [(u.name, u.role_label, u.state) for u in users.list()]
    assert names == [("王主任", "管理员", "可用")]


def test_wrong_passwords_slow_down_and_success_resets(any_database):
    database = any_database
    clock = Clock()
    users = users_of(database, clock)
    users.add("王主任", access.ADMIN, SECRET)
    for _ in range(3):
        with pytest.raises(SignInError, match="用户名或密码不正确"):
            users.authenticate("王主任", "wrong-password")
    assert clock.waits == []  # three free attempts
    assert users.get("王主任").failed_logins == 3
    with pytest.raises(SignInError):
        users.authenticate("王主任", "wrong-again")
    assert clock.waits == [1.0]
    with pytest.raises(SignInError):
        users.authenticate("王主任", "wrong-again")
    assert clock.waits == [1.0, 2.0]
    # The window does not wait: it says how long.
    with pytest.raises(SignInError, match="请 4 秒后再试"):
        users.authenticate("王主任", SECRET, wait=False)
    clock.now += dt.timedelta(seconds=4)
    assert users.wait_left("王主任") == 0
    assert users.authenticate("王主任", SECRET, wait=False).failed_logins == 0
    with database.read() as s:
        assert s.scalars(select(User.last_failed_at)).one() is None
    assert [delay_after(n) for n in (0, 2, 3, 4, 5, 20)] == [0, 0, 1, 2, 4, 30]


def test_unknown_and_disabled_users_cannot_sign_in(database):
    users = office(database)
    with pytest.raises(SignInError, match="用户名或密码不正确"):
        users.authenticate("没有这人", SECRET)
    users.disable("李干事", users.get("李干事").version)
    with pytest.raises(SignInError, match="已停用"):
        users.authenticate("李干事", SECRET + "1")
    with pytest.raises(SignInError, match="用户名或密码不正确"):
        users.authenticate("李干事", "wrong-password")  # no hint it exists, without the password
    users.set_disabled("李干事", False, users.get("李干事").version)
    assert users.authenticate("李干事", SECRET + "1").role == access.CLERK
    with pytest.raises(NotFoundError):
        users.disable("没有这人", 1)


def test_the_last_admin_stays(database):
    users = office(database)
    with pytest.raises(ValidationError, match="至少要保留一个可用的管理员"):
        users.disable("王主任", users.get("王主任").version)
    with pytest.raises(ValidationError, match="至少要保留一个可用的管理员"):
        users.set_role("王主任", access.CLERK, users.get("王主任").version)
    users.set_role("李干事", access.ADMIN, users.get("李干事").version)
    users.set_role("王主任", access.VIEWER, users.get("王主任").version)
    with pytest.raises(StaleRecordError):  # a copy read before the change above
        users.set_role("李干事", access.CLERK, 1)
    assert {u.name: u.role for u in users.list()}["王主任"] == access.VIEWER


def count(database, model) -> int:
    with database.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def bulk_member(database) -> None:
    with database.transaction() as s:
        insert_audited(s, Member, [{"name": "批量导入的人"}])


def test_viewer_may_write_nothing(any_database):
    database = any_database
    office(database)
    viewer = as_user(database, "赵科员", SECRET + "2")
    audit = count(database, AuditLog)
    attempts = [
        lambda: Ledger(viewer).save_member(MemberData(name="张三")),
        lambda: bulk_member(viewer),
        lambda: Ledger(viewer).save_settings({"town": "别的镇"}),
        lambda: Rules(viewer).set("due.soon_days", "10"),
        lambda: Vocab(viewer).add("water.type", "消防龙头", means="消火栓"),
        lambda: users_of(viewer).add("新人", access.CLERK, SECRET),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="^无权限：") as err:
            attempt()
        assert "赵科员" in str(err.value)
    assert count(database, Member) == 0 and count(database, AuditLog) == audit
    assert Ledger(viewer).members() == []  # looking is fine
    assert viewer.may(access.LOOK) and not viewer.may(access.RECORDS)
    viewer.dispose()


def test_clerk_writes_records_but_not_the_office_settings(any_database):
    database = any_database
    office(database)
    clerk = as_user(database, "李干事", SECRET + "1")
    member = Ledger(clerk).save_member(MemberData(name="张三"))
    bulk_member(clerk)
    assert count(database, Member) == 2
    with database.read() as s:
        last = s.scalars(select(AuditLog).order_by(AuditLog.id.desc())).first()
    assert last is not None and last.operator == "李干事"  # the user, not the OS login
    for attempt, word in (
        (lambda: Ledger(clerk).save_settings({"town": "别的镇"}), "设置"),
        (lambda: Rules(clerk).set("due.soon_days", "10"), "规则"),
        (lambda: Vocab(clerk).add("water.type", "消防龙头", means="消火栓"), "词表"),
        (lambda: users_of(clerk).add("新人", access.CLERK, SECRET), "用户"),
        (lambda: users_of(clerk).set_password("李干事", SECRET + "9", 1), "用户"),
        (lambda: clerk.require(access.ADMINISTER, "恢复备份"), "恢复备份"),
    ):
        with pytest.raises(PermissionDenied, match=f"^无权限：.*{word}"):
            attempt()
    ledger = Ledger(clerk)
    ledger.delete_member(member, ledger.member(member).version)
    assert count(database, Member) == 1
    clerk.dispose()


def test_admin_writes_everything(database):
    office(database)
    admin = as_user(database, "王主任", SECRET)
    Ledger(admin).save_member(MemberData(name="张三"))
    Ledger(admin).save_settings({"town": "别的镇"})
    Rules(admin).set("due.soon_days", "10")
    Vocab(admin).add("water.type", "消防龙头", means="消火栓")
    users_of(admin).add("新人", access.CLERK, SECRET)
    admin.require(access.ADMINISTER, "恢复备份")
    assert Ledger(database).settings()["town"] == "别的镇"
    admin.dispose()


def test_users_defined_but_nobody_signed_in_writes_nothing(database):
    office(database)
    anonymous = open_database(database.url, database.data_dir, operator="系统登录名")
    with pytest.raises(PermissionDenied, match="请先登录"):
        Ledger(anonymous).save_member(MemberData(name="张三"))
    with pytest.raises(PermissionDenied, match="请先登录"):
        bulk_member(anonymous)
    assert not anonymous.may(access.LOOK)
    assert count(database, Member) == 0
    anonymous.dispose()


def test_no_users_everything_works_as_before(database):
    assert database.may(access.ADMINISTER)
    Ledger(database).save_member(MemberData(name="张三"))
    bulk_member(database)
    Rules(database).set("due.soon_days", "10")
    with database.read() as s:
        operators = set(s.scalars(select(AuditLog.operator)))
    assert operators - {UPGRADE_OPERATOR} == {"测试员"}  # and the upgrade's own rows
