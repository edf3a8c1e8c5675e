"""Databases prepared with the corpus files a ledger refers to, made once and copied per test.

Creating and migrating a database takes most of a second; the prepared ones are built once per
run (each from the one with one file fewer) and every test opens its own copy.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.engine import Database
from db.engine import open_database
from db.xlsx import import_register
from tests.corpus.ledgers import CORPUS

OPERATOR = "测试员"


@pytest.fixture(autouse=True)
def _own_database_only(monkeypatch) -> None:
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)


@pytest.fixture(scope="session")
def prepared(tmp_path_factory) -> Callable[[tuple[str, ...]], Path]:
    """The data folder of a database into which ``needs`` were imported, in order."""
    root = tmp_path_factory.mktemp("corpus")
    files = root / "files"
    files.mkdir()
    made: dict[tuple[str, ...], Path] = {}

    def folder(needs: tuple[str, ...]) -> Path:
        if needs in made:
            return made[needs]
        source = folder(needs[:-1]) if needs else None
        target = root / f"db{len(made)}"
        if source is not None:
            shutil.copytree(source, target)
        with pytest.MonkeyPatch.context() as patch:
            patch.delenv("RESCUE_LEDGER_DB", raising=False)
            database = open_database(data_dir=target, operator=OPERATOR)
        try:
            if needs:
                item = CORPUS[needs[-1]]
                import_register(database, item.register, item.write(files), options=item.options)
        finally:
            database.dispose()
        made[needs] = target
        return target

    return folder


@pytest.fixture
def town(prepared, tmp_path) -> Iterator[Callable[[tuple[str, ...]], Database]]:
    """Opens this test's own copy of a prepared database."""
    opened: list[Database] = []

    def open_(needs: tuple[str, ...]) -> Database:
        target = tmp_path / f"data{len(opened)}"
        shutil.copytree(prepared(needs), target)
        database = open_database(data_dir=target, operator=OPERATOR)
        opened.append(database)
        return database

    yield open_
    for database in opened:
        database.dispose()
