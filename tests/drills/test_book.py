"""The drills facade on SQLite and PostgreSQL: sites, plans and versions, attendance,
evaluation, findings and the revision tasks they open, attachments."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func
from sqlalchemy import select

from db.drills import DrillBook
from db.drills import FindingData
from db.drills import PlanData
from db.drills import SiteData
from db.drills.choices import EVALUATION_ITEMS
from db.drills.lookup import NameNotFound
from db.duty import Ledger
from db.errors import NO_VERSION_MESSAGE
from db.errors import STALE_MESSAGE
from db.errors import StaleRecordError
from db.errors import ValidationError
from db.shared_models import AuditLog

from .helpers import TODAY
from .helpers import drill
from .helpers import plan
from .helpers import school
from .helpers import team


@pytest.fixture
def book(any_database):
    return DrillBook(any_database)


def test_site_coordinates_are_checked(book):
    with pytest.raises(ValidationError) as err:
        book.save_site(SiteData("A", "学校", lon=190.0, lat=29.8))
    assert "lon" in err.value.problems
    with pytest.raises(ValidationError) as err:
        book.save_site(SiteData("A", "学校", lon=105.9, lat=-91.0, crs="BD09"))
    assert {"lat", "crs"} <= set(err.value.problems)
    with pytest.raises(ValidationError) as err:
        book.save_site(SiteData("A", "学校", lon=105.9))
    assert "lat" in err.value.problems
    sid = book.save_site(SiteData("A", "学校", lon=105.9, lat=29.8, crs="GCJ-02"))
    assert book.site(sid).crs == "GCJ-02"


def test_site_referenced_is_archived_not_deleted(book):
    used, free = school(book), book.save_site(SiteData("空场所"))
    plan(book, [used])
    assert book.delete_site(used, book.site(used).version) == "archived"
    assert book.delete_site(free, book.site(free).version) == "deleted"
    assert [x.name for x in book.sites(include_archived=True)] == ["高楼小学"]
    assert book.sites() == []


def test_stale_site_save_is_refused(book):
    sid = school(book)
    a, b = book.site(sid), book.site(sid)
    a.phone = "023-1"
    book.save_site(a)
    b.phone = "023-2"
    with pytest.raises(StaleRecordError):
        book.save_site(b)


def test_first_save_is_version_one_and_revisions_keep_old_snapshots(book):
    sid = school(book)
    pid = plan(book, [sid])
    (v1,) = book.versions(pid)
    assert (v1.number, v1.trigger) == (1, "初次编制")
    assert v1.snapshot["author"] == "陈志强" and v1.snapshot["sites"] == ["高楼小学"]
    number = book.revise(
        pid,
        "面临的风险发生重大变化",
        "新建宿舍楼",
        "分管副镇长",
        TODAY,
        {"author": "刘建国", "summary": "增加夜间疏散"},
        version=book.plan(pid).version,
    )
    assert number == 2
    v1, v2 = book.versions(pid)
    assert v1.snapshot["author"] == "陈志强" and v1.snapshot["summary"] == ""
    assert v2.snapshot["author"] == "刘建国" and v2.reason == "新建宿舍楼"
    assert (v2.approved_by, v2.revised_on) == ("分管副镇长", TODAY)
    current = book.plan(pid)
    assert (current.version_no, current.author) == (2, "刘建国")


def test_revise_needs_a_known_trigger(book):
    pid = plan(book)
    with pytest.raises(ValidationError) as err:
        book.revise(pid, "心血来潮", "", "", TODAY, version=book.plan(pid).version)
    assert "trigger" in err.value.problems
    with pytest.raises(ValidationError):
        book.revise(
            pid,
            "面临的风险发生重大变化",
            "",
            "",
            TODAY,
            {"nope": 1},
            version=book.plan(pid).version,
        )
    assert len(book.versions(pid)) == 1


def test_published_plan_needs_issue_date(book):
    with pytest.raises(ValidationError) as err:
        book.save_plan(PlanData("无日期预案", status="已发布"))
    assert "issued_on" in err.value.problems


def test_attendance_defaults_to_every_active_member(book, any_database):
    ids = team(any_database)
    Ledger(any_database).delete_member(
        ids[-1], Ledger(any_database).member(ids[-1]).version
    )  # no history: deleted
    did = drill(book)
    assert [a.status for a in book.roster_for(did)] == ["出席"] * 4
    book.set_attendance(did, book.drill(did).version)
    d = book.drill(did)
    assert d.status == "已实施"
    assert d.attendance_counts() == {"出席": 4, "迟到": 0, "缺席": 0}
    book.set_attendance(
        did,
        book.drill(did).version,
        {ids[0]: "出席", ids[1]: "迟到", ids[2]: "缺席"},
        {ids[2]: "病假"},
    )
    d = book.drill(did)
    assert {a.name: a.status for a in d.attendance} == {
        "刘建国": "出席",
        "陈志强": "迟到",
        "王海波": "缺席",
    }
    assert [a.note for a in d.attendance if a.status == "缺席"] == ["病假"]
    with pytest.raises(ValidationError):
        book.set_attendance(did, book.drill(did).version, {ids[0]: "请假"})
    with pytest.raises(ValidationError):
        book.set_attendance(did, book.drill(did).version, {99999: "出席"})


def test_deleting_a_member_on_a_sign_in_list_archives_them(book, any_database):
    ids = team(any_database)
    did = drill(book)
    book.set_attendance(did, book.drill(did).version, {ids[0]: "出席", ids[1]: "迟到"})
    ledger = Ledger(any_database)
    signed = ledger.member(ids[1])
    assert ledger.delete_member(signed.id, signed.version) == "archived"
    assert ledger.member(ids[1]).archived
    assert {a.name: a.status for a in book.drill(did).attendance}[signed.name] == "迟到"
    spare = ledger.member(ids[-1])  # on no list, no duty, no leave: really deleted
    assert ledger.delete_member(spare.id, spare.version) == "deleted"


def test_planned_drill_in_future_stays_planned(book, any_database):
    team(any_database)
    did = drill(book, days_ago=-5)
    book.set_attendance(did, book.drill(did).version)
    assert book.drill(did).status == "计划"


def test_score_records_items_and_marks_evaluated(book):
    did = drill(book)
    items = [(item, "合格", 90, "好") for item in EVALUATION_ITEMS]
    book.score(did, book.drill(did).version, items, "合格", "王海波、主任", TODAY)
    d = book.drill(did)
    assert d.status == "已评估" and d.conclusion == "合格" and d.evaluated_on == TODAY
    assert [sc.item for sc in d.scores] == list(EVALUATION_ITEMS)
    with pytest.raises(ValidationError) as err:
        book.score(did, book.drill(did).version, [("随便评", "合格", None, "")], "很好", "", TODAY)
    assert {"随便评", "conclusion", "evaluators"} <= set(err.value.problems)


def test_finding_state_machine_needs_date_and_evidence_to_close(book):
    did = drill(book)
    fid = book.save_finding(FindingData(did, "水带接口漏水", "更换接口", "李德华", TODAY))
    assert book.advance(fid, version=book.finding(fid).version) == "整改中"
    with pytest.raises(ValidationError) as err:
        book.advance(fid, version=book.finding(fid).version)
    assert {"closed_on", "evidence"} <= set(err.value.problems)
    with pytest.raises(ValidationError) as err:
        book.advance(fid, TODAY + dt.timedelta(days=1), "已更换", version=book.finding(fid).version)
    assert "closed_on" in err.value.problems
    assert book.findings(did)[0].status == "整改中"
    assert (
        book.advance(fid, TODAY, "已更换接口，耐压合格", version=book.finding(fid).version)
        == "已整改"
    )
    f = book.findings(did)[0]
    assert (f.status, f.closed_on, f.evidence) == ("已整改", TODAY, "已更换接口，耐压合格")
    with pytest.raises(Exception, match="已整改完毕"):
        book.advance(fid, version=book.finding(fid).version)
    assert book.findings(open_only=True) == []


def test_finding_that_triggers_revision_opens_a_task_on_the_plan(book):
    pid = plan(book)
    did = drill(book, plan_id=pid)
    fid = book.save_finding(FindingData(did, "夜间疏散无人负责", triggers_revision=True))
    (task,) = book.revision_tasks(pid, open_only=True)
    assert task.finding_id == fid and task.trigger == "演练或实际应对中发现重大问题"
    assert "夜间疏散无人负责" in task.note
    f = book.findings(did)[0]
    f.measure = "修订方案"
    book.save_finding(f)  # saving again does not open a second task
    assert len(book.revision_tasks(pid)) == 1
    book.revise(
        pid,
        "演练或实际应对中发现重大问题",
        "增加夜间分工",
        "镇长",
        TODAY,
        version=book.plan(pid).version,
    )
    (task,) = book.revision_tasks(pid)
    assert task.status == "已修订" and task.done_on == TODAY and task.version_id is not None


def test_revision_finding_on_drill_without_plan_is_refused(book):
    did = drill(book)
    with pytest.raises(ValidationError) as err:
        book.save_finding(FindingData(did, "严重问题", triggers_revision=True))
    assert "预案" in err.value.problems["triggers_revision"]
    assert book.findings(did) == []  # nothing half-saved


def test_drilled_plan_is_archived_not_deleted(book):
    pid, other = plan(book), plan(book, name="未演练预案")
    drill(book, plan_id=pid)
    assert book.delete_plan(pid, book.plan(pid).version) == "archived"
    assert book.delete_plan(other, book.plan(other).version) == "deleted"
    assert [p.name for p in book.plans(include_archived=True)] == ["小学火灾现场处置方案"]


def test_lookup_by_name_or_number(book):
    a = drill(book, name="小学疏散演练")
    drill(book, name="小学消防演练")
    assert book.resolve_drill(str(a)) == a
    assert book.resolve_drill("小学疏散演练") == a
    with pytest.raises(NameNotFound, match="2 个演练"):
        book.resolve_drill("小学")
    with pytest.raises(NameNotFound, match="找不到"):
        book.resolve_drill("不存在")


def test_deleting_a_drill_removes_its_photos_after_the_commit(book, any_database, tmp_path):
    did, keep = drill(book), drill(book, name="另一次演练")
    source = tmp_path / "photo.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    photo = book.add_drill_photo(did, source, "集合")
    other = book.add_drill_photo(keep, source)
    source.unlink()  # the original moving away loses nothing
    assert photo.path.exists() and book.drill_photos(did)[0].caption == "集合"
    book.delete_drill(did, book.drill(did).version)
    assert not photo.path.exists() and other.path.exists()
    assert book.drill_photos(did) == []
    with any_database.read() as s:
        assert (
            s.scalar(
                select(func.count()).where(
                    AuditLog.table_name == "attachment", AuditLog.action == "delete"
                )
            )
            == 1
        )


def test_deleting_a_plan_removes_its_files_archiving_keeps_them(book, tmp_path):
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"%PDF-1.4 fake")
    fresh, drilled = plan(book), plan(book, name="已演练预案")
    drill(book, plan_id=drilled)
    gone = book.add_plan_file(fresh, source)
    kept = book.add_plan_file(drilled, source)
    assert book.delete_plan(fresh, book.plan(fresh).version) == "deleted" and not gone.path.exists()
    assert (
        book.delete_plan(drilled, book.plan(drilled).version) == "archived" and kept.path.exists()
    )
    assert book.plan_files(drilled)[0].original_name == "plan.pdf"


def test_attendance_and_evaluation_name_the_version_they_were_read_at(book, any_database):
    ids = team(any_database)
    did = drill(book)
    read = book.drill(did).version  # two clerks open the drill
    newer = book.set_attendance(did, read, {ids[0]: "出席"})  # the first signs in
    assert newer != read
    audited = _audit_rows(any_database)
    for version, message in ((read, STALE_MESSAGE), (None, NO_VERSION_MESSAGE)):
        with pytest.raises(StaleRecordError) as refused:
            book.set_attendance(did, version, {ids[1]: "出席"})
        assert str(refused.value) == message
        with pytest.raises(StaleRecordError) as refused:
            items = [(item, "合格", 90, "") for item in EVALUATION_ITEMS]
            book.score(did, version, items, "合格", "主任", TODAY)
        assert str(refused.value) == message
    assert [a.name for a in book.drill(did).attendance] == ["刘建国"]
    assert _audit_rows(any_database) == audited and not book.drill(did).scores
    items = [(item, "合格", 90, "") for item in EVALUATION_ITEMS]
    assert book.score(did, newer, items, "合格", "主任", TODAY) != newer


def _audit_rows(database) -> int:
    with database.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)
