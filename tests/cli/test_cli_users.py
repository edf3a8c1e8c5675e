"""``rescue-ledger users`` and ``--user``: sign-in for every command once users exist."""

from __future__ import annotations

import io

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from db.engine import open_database
from db.shared_models import AuditLog
from db.shared_models import User
from desktop.cli.main import main
from tests.cli.test_cli import TEAM
from tests.cli.test_cli import counts
from tests.cli.test_cli import members_file

ADMIN_PW, CLERK_PW, VIEWER_PW = "admin-pass-1", "clerk-pass-2", "viewer-pass-3"


@pytest.fixture
def url(tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_PASSWORD", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_NEW_PASSWORD", raising=False)
    monkeypatch.setenv("RESCUE_LEDGER_DATA_DIR", str(tmp_path / "data"))
    # Argon2id with tiny costs: the same code path, quick enough for many commands.
    monkeypatch.setattr(
        "db.users.make_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=1024)
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no password typed unless a test says
    return "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()


def run(monkeypatch, url, *argv, password=None, new=None) -> int:
    for env, value in (("RESCUE_LEDGER_PASSWORD", password), ("RESCUE_LEDGER_NEW_PASSWORD", new)):
        if value is None:
            monkeypatch.delenv(env, raising=False)
        else:
            monkeypatch.setenv(env, value)
    return main(["--db", url, *argv])


def office(monkeypatch, url) -> None:
    assert (
        run(monkeypatch, url, "users", "add", "王主任", "--role", "admin", password=ADMIN_PW) == 0
    )
    for name, role, pw in (("李干事", "clerk", CLERK_PW), ("赵科员", "viewer", VIEWER_PW)):
        argv = ("--user", "王主任", "users", "add", name, "--role", role)
        assert run(monkeypatch, url, *argv, password=ADMIN_PW, new=pw) == 0


def test_without_users_commands_work_as_before(monkeypatch, url, tmp_path, capsys):
    src = members_file(tmp_path / "team.xlsx", TEAM)
    assert run(monkeypatch, url, "--operator", "老刘", "import", "members", str(src)) == 0
    assert run(monkeypatch, url, "users", "list") == 0
    assert "还没有用户" in capsys.readouterr().out
    assert run(monkeypatch, url, "--user", "王主任", "users", "list", password=ADMIN_PW) == 2
    assert "还没有用户" in capsys.readouterr().err


def test_first_user_is_an_admin_then_every_command_signs_in(monkeypatch, url, tmp_path, capsys):
    assert (
        run(monkeypatch, url, "users", "add", "李干事", "--role", "clerk", password=CLERK_PW) == 2
    )
    err = capsys.readouterr().err
    assert "第一个用户必须是管理员" in err and "role" not in err
    office(monkeypatch, url)
    capsys.readouterr()
    src = members_file(tmp_path / "team.xlsx", TEAM)

    assert run(monkeypatch, url, "import", "members", str(src)) == 2
    err = capsys.readouterr().err
    assert "无权限" in err and "--user" in err
    argv = ("--user", "李干事", "import", "members", str(src))
    assert run(monkeypatch, url, *argv, password="wrong-one") == 2
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert counts(url)[0] == 0

    argv = ("--user", "李干事", "--operator", "别人", "import", "members", str(src))
    assert run(monkeypatch, url, *argv, password=CLERK_PW) == 0
    assert counts(url)[0] == len(TEAM)
    database = open_database(url)
    with database.read() as s:
        last = s.scalars(select(AuditLog).order_by(AuditLog.id.desc())).first()
        stored = list(s.scalars(select(User.password_hash)))
    database.dispose()
    assert last is not None and last.operator == "李干事"
    assert all(h.startswith("$argon2id$") for h in stored) and len(stored) == 3


def test_refusals_exit_2_with_wu_quan_xian_and_write_nothing(monkeypatch, url, tmp_path, capsys):
    office(monkeypatch, url)
    src = members_file(tmp_path / "team.xlsx", TEAM)
    before = counts(url)
    capsys.readouterr()
    viewer = ("--user", "赵科员")
    assert run(monkeypatch, url, *viewer, "import", "members", str(src), password=VIEWER_PW) == 2
    assert "无权限" in capsys.readouterr().err
    out = tmp_path / "out.xlsx"
    assert run(monkeypatch, url, *viewer, "export", "members", str(out), password=VIEWER_PW) == 0
    assert out.exists()
    clerk = ("--user", "李干事")
    argv = (*clerk, "users", "add", "坏人", "--role", "admin")
    assert run(monkeypatch, url, *argv, password=CLERK_PW, new="another-pw") == 2
    assert "无权限" in capsys.readouterr().err
    assert run(monkeypatch, url, *clerk, "users", "disable", "王主任", password=CLERK_PW) == 2
    assert "无权限" in capsys.readouterr().err
    argv = (*clerk, "vocab", "add", "water-sources", "类型", "消防龙头", "--means", "消火栓")
    assert run(monkeypatch, url, *argv, password=CLERK_PW) == 2
    assert "无权限" in capsys.readouterr().err
    assert counts(url) == before


def test_password_from_the_prompt_and_disabled_users(monkeypatch, url, capsys):
    office(monkeypatch, url)
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PW + "\n"))
    assert run(monkeypatch, url, "--user", "王主任", "users", "disable", "李干事") == 0
    assert run(monkeypatch, url, "--user", "李干事", "users", "list", password=CLERK_PW) == 2
    assert "已停用" in capsys.readouterr().err
    argv = ("--user", "王主任", "users", "list")
    assert run(monkeypatch, url, *argv) == 2  # nothing typed
    assert "请输入密码" in capsys.readouterr().err
    assert run(monkeypatch, url, *argv, password=ADMIN_PW) == 0
    listing = capsys.readouterr().out
    assert "李干事\t办事员\t已停用" in listing and "王主任\t管理员\t可用" in listing
    argv = ("--user", "王主任", "users", "role", "赵科员", "clerk")
    assert run(monkeypatch, url, *argv, password=ADMIN_PW) == 0
    argv = ("--user", "王主任", "users", "password", "赵科员")
    assert run(monkeypatch, url, *argv, password=ADMIN_PW, new="fresh-pass-4") == 0
    argv = ("--user", "赵科员", "users", "list")
    assert run(monkeypatch, url, *argv, password=VIEWER_PW) == 2
    assert run(monkeypatch, url, *argv, password="fresh-pass-4") == 0
    assert "赵科员\t办事员\t可用" in capsys.readouterr().out
