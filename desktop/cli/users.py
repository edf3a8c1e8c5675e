"""``rescue-ledger users``: the program's users, and signing in for every command.

rescue-ledger users add NAME --role admin|clerk|viewer
rescue-ledger users list
rescue-ledger users disable NAME      (enable NAME, role NAME ROLE, password NAME)

Once one user exists every command needs ``--user NAME`` and that user's password (from
``RESCUE_LEDGER_PASSWORD`` or a prompt); the user is then the operator of every change. A new
password (``users add``, ``users password``) comes from ``RESCUE_LEDGER_NEW_PASSWORD`` or a
prompt asked twice; for the very first user, whom nobody signs in to add, also from
``RESCUE_LEDGER_PASSWORD``.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from desktop.cli.args import BadInput
from desktop.cli.options import ENV_PASSWORD

ENV_NEW_PASSWORD = "RESCUE_LEDGER_NEW_PASSWORD"
ROLE_CHOICES = ("admin", "clerk", "viewer")
ROLE_HELP = "admin 管理员（设置、规则、词表、用户、恢复）、clerk 办事员（记录和导入）、viewer 查看员（查看、打印、导出）"


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("users", help="用户与角色（设置了用户后，每个命令都要 --user 登录）")
    usub = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = usub.add_parser("add", help="添加用户（第一个用户必须是管理员）")
    add.add_argument("name", metavar="NAME", help="用户名")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES, help=ROLE_HELP)
    usub.add_parser("list", help="列出用户")
    for verb, text in (
        ("disable", "停用用户（不能再登录）"),
        ("enable", "重新启用用户"),
        ("password", "重设用户的密码"),
    ):
        usub.add_parser(verb, help=text).add_argument("name", metavar="NAME", help="用户名")
    role = usub.add_parser("role", help="修改用户的角色")
    role.add_argument("name", metavar="NAME", help="用户名")
    role.add_argument("role", choices=ROLE_CHOICES, metavar="ROLE", help=ROLE_HELP)


def _ask(prompt: str) -> str:
    """A password typed at the prompt (not echoed), or one line piped in by a script."""
    import getpass

    try:
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(prompt)
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except (EOFError, OSError, KeyboardInterrupt):
        line = ""
    if not line.strip("\r\n"):
        raise BadInput([f"请输入密码（或设置环境变量 {ENV_PASSWORD}）。"])
    return line.rstrip("\r\n")


def _wait(seconds: float) -> None:
    import time

    print(f"密码错误次数过多，请等待 {int(seconds + 0.999)} 秒…", file=sys.stderr)
    time.sleep(seconds)


def sign_in(database: Any, args: argparse.Namespace) -> None:
    """Before any command: with users defined, sign ``--user`` in (or refuse, exit 2)."""
    from db.users import Users

    users = Users(database, sleep=_wait)
    if not users.any():
        if args.user:
            raise BadInput(
                [
                    "本数据库还没有用户，不需要 --user。"
                    "添加第一个管理员：rescue-ledger users add 姓名 --role admin"
                ]
            )
        return
    if not args.user:
        raise BadInput(
            [
                "无权限：本数据库已设置用户，请用 --user 用户名 登录"
                f"（密码从环境变量 {ENV_PASSWORD} 读取，或按提示输入）。"
            ]
        )
    password = os.environ.get(ENV_PASSWORD) or _ask(f"{args.user} 的密码：")
    users.sign_in(args.user, password)


def _new_password(database: Any, name: str) -> str:
    chosen = os.environ.get(ENV_NEW_PASSWORD)
    if not chosen and database.user is None:
        chosen = os.environ.get(ENV_PASSWORD)
    if chosen:
        return chosen
    first = _ask(f"“{name}”的新密码：")
    if _ask("再输入一次：") != first:
        raise BadInput(["两次输入的密码不一致，未作修改。"])
    return first


def cmd_users(ledger: Any, args: argparse.Namespace) -> int:
    from db.errors import ValidationError

    try:
        return _run(ledger, args)
    except ValidationError as exc:  # one line per problem, no field names
        raise BadInput(list(exc.problems.values())) from None


def _run(ledger: Any, args: argparse.Namespace) -> int:
    from db import access
    from db.users import Users

    database = ledger.db
    users = Users(database)
    action = args.users_command
    if action == "list":
        rows = users.list()
        if not rows:
            print("还没有用户（所有人都可以使用全部功能）。")
        for u in rows:
            tries = f"\t连续输错 {u.failed_logins} 次" if u.failed_logins else ""
            print(f"{u.name}\t{u.role_label}\t{u.state}{tries}")
        return 0
    if action != "add" or database.user is not None:
        database.require(access.ADMINISTER, "用户")  # before asking for a password
    if action == "add":
        user = users.add(args.name, args.role, _new_password(database, args.name))
        print(f"已添加用户“{user.name}”（{user.role_label}）")
    else:
        # A command acts on the user as it reads it now (its version, like a form's).
        version = users.get(args.name).version
        if action == "disable":
            print(f"已停用用户“{users.disable(args.name, version).name}”")
        elif action == "enable":
            print(f"已启用用户“{users.set_disabled(args.name, False, version).name}”")
        elif action == "role":
            user = users.set_role(args.name, args.role, version)
            print(f"“{user.name}”的角色已改为{user.role_label}")
        elif action == "password":
            password = _new_password(database, args.name)
            print(f"已重设“{users.set_password(args.name, password, version).name}”的密码")
    return 0


COMMANDS = {"users": cmd_users}
