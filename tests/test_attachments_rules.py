"""Attachments survive the original being deleted; the rule table keeps defaults and edits."""

from __future__ import annotations

import pytest

from db.attachments import Attachments
from db.errors import LedgerError, ValidationError
from db.rules import DEFAULTS, Rules


def test_attachment_is_copied_and_survives_the_original(database, tmp_path):
    original = tmp_path / "预案 正文.docx"
    original.write_bytes(b"PK\x03\x04 plan text")
    files = Attachments(database)
    a = files.add("plan", 7, original, "正文")
    original.unlink()
    assert a.path.exists() and a.path.read_bytes() == b"PK\x03\x04 plan text"
    assert a.path.parent == database.data_dir / "attachments"
    assert a.path.suffix == ".docx" and "预案" not in a.path.name
    listed = files.of("plan", 7)
    assert [x.original_name for x in listed] == ["预案 正文.docx"]
    files.remove(a.id)
    assert not a.path.exists() and files.of("plan", 7) == []


def test_attachment_of_a_deleted_owner_goes_only_after_commit(database, tmp_path):
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8jpeg")
    files = Attachments(database)
    a = files.add("drill", 1, src)
    assert a.is_image
    with pytest.raises(RuntimeError):
        with database.transaction() as s:
            paths = files.detach_owner(s, "drill", 1)
            raise RuntimeError("power cut")
    assert a.path.exists() and files.of("drill", 1)
    with database.transaction() as s:
        paths = files.detach_owner(s, "drill", 1)
    files.purge(paths)
    assert not a.path.exists() and files.of("drill", 1) == []


def test_missing_file_is_refused_and_nothing_written(database, tmp_path):
    with pytest.raises(LedgerError, match="找不到文件"):
        Attachments(database).add("plan", 1, tmp_path / "nope.pdf")
    assert Attachments(database).of("plan", 1) == []


def test_rules_default_edit_and_refuse_bad_values(database):
    rules = Rules(database)
    assert rules.months("drill.site_plan_months") == 6
    rules.set("drill.site_plan_months", "4")
    assert rules.months("drill.site_plan_months") == 4
    assert next(r for r in rules.all() if r.key == "drill.site_plan_months").changed
    with pytest.raises(ValidationError):
        rules.set("drill.site_plan_months", "abc")
    assert rules.months("drill.site_plan_months") == 4
    assert all(d.source for d in DEFAULTS.values())
