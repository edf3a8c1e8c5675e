"""What 关于 and the status bar say about the program and its database, in words.

A clerk reads 本机数据, 演示数据 or 服务器 host/name — never a URL with its password.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from db.paths import DEMO_DB_FILE

DISTRIBUTION = "rescue-ledger"


def version() -> str:
    """The installed program's version (package metadata), or 未知 when not installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("About", "未知")


def database_words(url: str, demo: bool = False) -> str:
    """本机数据 / 演示数据 / 服务器 HOST/NAME for a database URL (no password, no raw URL)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return QCoreApplication.translate("About", "本机数据")
    if parsed.get_backend_name() == "sqlite":
        named_demo = Path(parsed.database or "").name == DEMO_DB_FILE
        if demo or named_demo:
            return QCoreApplication.translate("About", "演示数据")
        return QCoreApplication.translate("About", "本机数据")
    host = parsed.host or QCoreApplication.translate("About", "本机")
    if parsed.port:
        host = f"{host}:{parsed.port}"
    where = f"{host}/{parsed.database}" if parsed.database else host
    return QCoreApplication.translate("About", "服务器 {where}").format(where=where)


def about_text(database: Any, demo: bool = False) -> str:
    """The 关于 box: what the program is, its version, the database in words, the data folder."""
    return QCoreApplication.translate(
        "About",
        "救援台账：综合应急救援队的值班备勤、演练、消防水源、车辆装备与物资台账。\n\n"
        "版本：{version}\n数据库：{database}\n数据文件夹：{folder}",
    ).format(
        version=version(), database=database_words(database.url, demo), folder=database.data_dir
    )
