"""``rescue-ledger backup``, ``backup --list``, ``restore``, ``copy-to`` on real files."""

from __future__ import annotations

import sqlite3

from desktop.cli.main import main


def test_backup_list_restore(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "backup", "--list"]) == 0
    assert "还没有备份" in capsys.readouterr().out
    out_file = tmp_path / "copy.sqlite3"
    assert main([*data, "backup", "-o", str(out_file)]) == 0
    assert f"已备份到 {out_file}" in capsys.readouterr().out
    assert main([*data, "backup"]) == 0
    assert main([*data, "backup", "--list"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()[-1:]
    assert "\t手动\t" in line and "KB" in line
    with sqlite3.connect(tmp_path / "data" / "rescue-ledger.sqlite3") as conn:
        conn.execute("insert into setting (key, value) values ('town', '改过的镇')")
    assert main([*data, "restore", str(out_file), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "已先备份当前数据库到" in out and "已从" in out
    with sqlite3.connect(tmp_path / "data" / "rescue-ledger.sqlite3") as conn:
        assert conn.execute("select value from setting where key = 'town'").fetchall() == []


def test_restore_of_a_missing_file_and_copy_to_sqlite_are_sentences(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "restore", str(tmp_path / "none.sqlite3"), "--yes"]) == 2
    assert "找不到备份文件" in capsys.readouterr().err
    assert main([*data, "copy-to", "sqlite:///" + str(tmp_path / "x.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "PostgreSQL" in err and "Traceback" not in err


def test_once_users_exist_only_an_admin_restores(tmp_path, monkeypatch, capsys):
    from tests.cli.test_cli_users import ADMIN_PW
    from tests.cli.test_cli_users import CLERK_PW
    from tests.cli.test_cli_users import office
    from tests.cli.test_cli_users import run

    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.setenv("RESCUE_LEDGER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(
        "db.users.make_hasher",
        lambda: __import__("argon2").PasswordHasher(time_cost=1, memory_cost=1024),
    )
    url = "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()
    office(monkeypatch, url)
    copy = tmp_path / "copy.sqlite3"
    assert (
        run(monkeypatch, url, "--user", "李干事", "backup", "-o", str(copy), password=CLERK_PW) == 0
    )
    capsys.readouterr()
    assert run(monkeypatch, url, "restore", str(copy), "--yes") == 2
    assert "无权限" in capsys.readouterr().err
    clerk = ("--user", "李干事", "restore", str(copy), "--yes")
    assert run(monkeypatch, url, *clerk, password=CLERK_PW) == 2
    assert "无权限" in capsys.readouterr().err
    admin = ("--user", "王主任", "restore", str(copy), "--yes")
    assert run(monkeypatch, url, *admin, password=ADMIN_PW) == 0
    (tmp_path / "ledger.sqlite3").unlink()  # missing: the backup's own users decide
    assert run(monkeypatch, url, *clerk, password=CLERK_PW) == 2
    assert run(monkeypatch, url, *admin, password=ADMIN_PW) == 0
