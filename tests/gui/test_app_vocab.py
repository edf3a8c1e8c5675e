"""设置 → 词表: add a synonym, a value, rename and merge from the window; records follow."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.drills import DrillBook
from db.drills import SiteData
from db.drills.models import Site
from db.vocab import Vocab
from desktop.shell.vocab_dialog import VocabDialog


def choose(dialog, key):
    dialog.picker.setCurrentIndex(dialog.picker.findData(key))


def select_value(dialog, value):
    row = next(r for r in dialog.table.model.rows() if r.written == value and r.kind == "取值")
    assert dialog.table.select_row(row)


def test_synonym_value_rename_and_merge_from_the_dialog(qtbot, database, monkeypatch):
    book = DrillBook(database)
    for name, kind in (("甲店", "小卖部"), ("乙店", "便利店")):
        book.save_site(SiteData(name=name, type=kind))
    dialog = VocabDialog(database)
    qtbot.addWidget(dialog)

    choose(dialog, "water.status")
    assert not dialog.add_value.isEnabled() and dialog.add_synonym.isEnabled()
    answers = iter([("还能用", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("可用", True))
    dialog.on_add_synonym()
    assert Vocab(database).terms("water.status").resolve("还能用").value == "可用"
    shown = [(r.written, r.canonical, r.origin) for r in dialog.table.model.rows()]
    assert ("还能用", "可用", "本单位") in shown

    choose(dialog, "site.type")
    assert dialog.add_value.isEnabled()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    typed = iter([("学校", True), ("农家乐", True)])  # the first exists: asked again
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(typed))
    dialog.on_add_value()
    assert warnings == ["“学校”已在“场所类型”中"]
    assert "农家乐" in Vocab(database).terms("site.type").values

    select_value(dialog, "小卖部")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("小超市", True))
    dialog.on_rename()
    select_value(dialog, "便利店")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("小超市", True))
    dialog.on_merge()
    with database.read() as s:
        assert {x.name: x.type for x in s.scalars(select(Site))} == {
            "甲店": "小超市",
            "乙店": "小超市",
        }
    values = [r.written for r in dialog.table.model.rows() if r.kind == "取值"]
    assert "小卖部" not in values and "便利店" not in values and "小超市" in values
