"""Attachments survive the original being deleted and take only plain files of records that
exist; the rule table keeps defaults and edits."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import func
from sqlalchemy import select

from db.attachments import Attachments
from db.drills import DrillBook
from db.drills import DrillData
from db.drills import PlanData
from db.errors import LedgerError
from db.errors import NotFoundError
from db.errors import ValidationError
from db.rules import DEFAULTS
from db.rules import Rules
from db.shared_models import Attachment
from db.shared_models import AuditLog


@pytest.fixture
def owners(database) -> tuple[int, int]:
    """A real plan and a real drill to attach files to."""
    book = DrillBook(database)
    plan_id = book.save_plan(PlanData("森林火灾预案"))
    drill_id = book.save_drill(DrillData("疏散演练", starts_at=dt.datetime(2026, 3, 1, 9)))
    return plan_id, drill_id


def _nothing_added(database) -> None:
    files = database.data_dir / "attachments"
    assert not files.exists() or list(files.iterdir()) == []
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0
        audited = select(func.count()).where(AuditLog.table_name == "attachment")
        assert s.scalar(audited) == 0


def test_attachment_is_copied_and_survives_the_original(database, owners, tmp_path):
    plan_id, _ = owners
    original = tmp_path / "预案 正文.docx"
    original.write_bytes(b"PK\x03\x04 plan text")
    files = Attachments(database)
    a = files.add("plan", plan_id, original, "正文")
    original.unlink()
    assert a.path.exists() and a.path.read_bytes() == b"PK\x03\x04 plan text"
    assert a.path.parent == database.data_dir / "attachments"
    assert a.path.suffix == ".docx" and "预案" not in a.path.name
    listed = files.of("plan", plan_id)
    assert [x.original_name for x in listed] == ["预案 正文.docx"]
    files.remove(a.id)
    assert not a.path.exists() and files.of("plan", plan_id) == []


def test_attachment_of_a_deleted_owner_goes_only_after_commit(database, owners, tmp_path):
    _, drill_id = owners
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8jpeg")
    files = Attachments(database)
    a = files.add("drill", drill_id, src)
    assert a.is_image
    with pytest.raises(RuntimeError):
        with database.transaction() as s:
            paths = files.detach_owner(s, "drill", drill_id)
            raise RuntimeError("power cut")
    assert a.path.exists() and files.of("drill", drill_id)
    with database.transaction() as s:
        paths = files.detach_owner(s, "drill", drill_id)
    files.purge(paths)
    assert not a.path.exists() and files.of("drill", drill_id) == []


def test_missing_file_is_refused_and_nothing_written(database, owners, tmp_path):
    with pytest.raises(LedgerError, match="找不到文件"):
        Attachments(database).add("plan", owners[0], tmp_path / "nope.pdf")
    _nothing_added(database)


def test_a_link_to_a_file_outside_is_refused(database, owners, tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("not for the ledger")
    link = tmp_path / "照片.jpg"
    link.symlink_to(secret)
    with pytest.raises(LedgerError, match="链接") as refused:
        Attachments(database).add("plan", owners[0], link)
    assert "照片.jpg" in str(refused.value) and "secret" not in str(refused.value)
    _nothing_added(database)


def test_a_file_inside_a_linked_folder_is_refused(database, owners, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "scan.pdf").write_bytes(b"%PDF-1.4 scan")
    folder = tmp_path / "linked"
    folder.symlink_to(real, target_is_directory=True)
    with pytest.raises(LedgerError, match="链接的文件夹"):
        Attachments(database).add("plan", owners[0], folder / "scan.pdf")
    _nothing_added(database)
    assert Attachments(database).add("plan", owners[0], real / "scan.pdf").size == 13


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="O_NOFOLLOW is POSIX only")
def test_a_link_swapped_in_after_the_check_is_not_followed(database, owners, tmp_path, monkeypatch):
    import db.attachments as attachments

    secret = tmp_path / "secret.txt"
    secret.write_text("not for the ledger")
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8jpeg")
    checked = attachments._linked

    def swap_after_check(path):
        linked = checked(path)
        if path == source and source.exists() and not source.is_symlink():
            source.unlink()
            source.symlink_to(secret)
        return linked

    monkeypatch.setattr(attachments, "_linked", swap_after_check)
    with pytest.raises(LedgerError, match="链接"):
        Attachments(database).add("plan", owners[0], source)
    _nothing_added(database)


@pytest.mark.parametrize(
    ("table", "record"), [("plan", 999), ("drill", 999), ("no_such_table", 1), ("audit_log", 1)]
)
def test_an_owner_that_does_not_exist_is_refused(database, owners, tmp_path, table, record):
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8jpeg")
    with pytest.raises(NotFoundError, match="记录不存在"):
        Attachments(database).add(table, record, src)
    _nothing_added(database)


def test_an_owner_deleted_while_its_file_is_copied_leaves_nothing(
    database, owners, tmp_path, monkeypatch
):
    import db.attachments as attachments

    plan_id, _ = owners
    src = tmp_path / "plan.pdf"
    src.write_bytes(b"%PDF-1.4 fake")
    opened = attachments._open_plain

    def delete_the_plan_meanwhile(path):
        book = DrillBook(database)
        book.delete_plan(plan_id, book.plan(plan_id).version)
        return opened(path)

    monkeypatch.setattr(attachments, "_open_plain", delete_the_plan_meanwhile)
    with pytest.raises(NotFoundError, match="记录不存在"):
        Attachments(database).add("plan", plan_id, src)
    _nothing_added(database)


def test_rules_default_edit_and_refuse_bad_values(database):
    rules = Rules(database)
    assert rules.months("drill.site_plan_months") == 6
    rules.set("drill.site_plan_months", "4")
    assert rules.months("drill.site_plan_months") == 4
    assert next(r for r in rules.all() if r.key == "drill.site_plan_months").changed
    with pytest.raises(ValidationError) as refused:
        rules.set("drill.site_plan_months", "abc")
    label = DEFAULTS["drill.site_plan_months"].label
    assert str(refused.value).startswith(label) and "value" not in str(refused.value)
    assert rules.months("drill.site_plan_months") == 4
    assert all(d.source for d in DEFAULTS.values())
