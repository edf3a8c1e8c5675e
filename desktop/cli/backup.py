"""``rescue-ledger backup | restore | copy-to``: copies of the database and getting them back.

rescue-ledger backup [-o FILE]      a consistent copy now (into the backups folder by default)
rescue-ledger backup --list         the backups: time, kind, size, file
rescue-ledger restore FILE --yes    a safety copy of the current database, then FILE restored
rescue-ledger copy-to URL           every record and the audit trail into an empty PostgreSQL
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.args import BadInput


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("backup", help="备份数据库（默认保存到数据文件夹的 backups）")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="备份写到这个文件")
    p.add_argument("--list", action="store_true", help="列出已有的备份")
    p = sub.add_parser("restore", help="从备份恢复（先自动备份当前数据库）")
    p.add_argument("file", type=Path, metavar="FILE", help="备份文件（backup 生成的 .sqlite3）")
    p.add_argument("--yes", action="store_true", help="确认用备份替换当前数据库")
    p = sub.add_parser("copy-to", help="把本机数据库全部复制到一个空的 PostgreSQL 数据库")
    p.add_argument("url", metavar="URL", help="postgresql://用户:密码@服务器/库名")


def cmd_backup(ledger: Any, args: argparse.Namespace) -> int:
    from db.backup import backup_now
    from db.backup import backups
    from db.backup import size_text

    if args.list:
        found = backups(ledger.db)
        for b in found:
            print(f"{b.at:%Y-%m-%d %H:%M:%S}\t{b.kind_text}\t{b.size_text}\t{b.path}")
        if not found:
            print("还没有备份。")
        return 0
    result = backup_now(ledger.db, "manual", args.output)
    print(f"已备份到 {result.path}（{size_text(result.size)}）")
    for warning in result.warnings:
        print(f"警告：{warning}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Runs without opening the database first: it may be the missing one being restored."""
    from db.restore import restore
    from desktop.cli.users import sign_in

    if not args.yes:
        raise BadInput(
            [
                "恢复会用备份替换当前数据库（之前会自动备份当前数据库）。"
                f'确认请加 --yes：rescue-ledger restore "{args.file}" --yes'
            ]
        )
    result = restore(
        args.file,
        args.db,
        args.data_dir,
        operator=args.operator,
        authorise=lambda database: sign_in(database, args),
    )
    if result.safety is not None:
        print(f"已先备份当前数据库到 {result.safety}")
    print(f"已从 {args.file} 恢复：{len(result.counts)} 张表，共 {sum(result.counts.values())} 行")
    print(result.chain)
    return 0


def cmd_copy_to(ledger: Any, args: argparse.Namespace) -> int:
    from db.access import ADMINISTER
    from db.restore import copy_to

    ledger.db.require(ADMINISTER, "复制到服务器")
    counts, chain = copy_to(ledger.db, args.url)
    for name, n in counts.items():
        print(f"{name}\t{n}")
    print(f"已复制 {len(counts)} 张表、共 {sum(counts.values())} 行，两边行数一致。")
    print(chain)
    return 0


COMMANDS = {"backup": cmd_backup, "copy-to": cmd_copy_to}
# Commands that run before (instead of) opening the database.
STANDALONE = {"restore": cmd_restore}
