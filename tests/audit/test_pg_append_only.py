"""PostgreSQL: with the grants docs/audit-chain.md gives, the program's role can append to the
audit trail but not change or delete it — and the program still works as that role."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from db.audit_verify import verify
from db.duty import Ledger
from db.duty import MemberData
from db.engine import open_database

PG_ENV = "RESCUE_LEDGER_TEST_PG"

GRANTS = """
GRANT CONNECT ON DATABASE "{db}" TO {role};
GRANT USAGE ON SCHEMA public TO {role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role};
"""


@pytest.fixture
def server(tmp_path):
    admin = os.environ.get(PG_ENV)
    if not admin:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql://user:pass@host/db")
    import psycopg

    suffix = uuid.uuid4().hex[:8]
    name, role = f"rl_append_{suffix}", f"rl_app_{suffix}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'app-pass'")
    base = admin.rsplit("/", 1)[0]
    owner_url = f"{base}/{name}"
    host = base.split("@", 1)[1]
    app_url = f"postgresql://{role}:app-pass@{host}/{name}"
    try:
        yield owner_url, app_url, name, role
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f"DROP ROLE IF EXISTS {role}")


def test_the_programs_role_cannot_change_the_trail_but_works(server, tmp_path):
    owner_url, app_url, name, role = server
    owner = open_database(owner_url, tmp_path / "owner", operator="管理员")  # creates, migrates
    try:
        Ledger(owner).save_member(MemberData(name="张三"))
        with owner.engine.begin() as conn:
            for statement in GRANTS.format(db=name, role=role).strip().splitlines():
                conn.execute(text(statement))
    finally:
        owner.dispose()

    app = open_database(app_url, tmp_path / "app", operator="李四")
    try:
        ledger = Ledger(app)
        mid = ledger.save_member(MemberData(name="王五", phone="13800000001"))
        member = ledger.member(mid)
        member.phone = "13900000002"
        ledger.save_member(member)  # records change, the trail grows
        for statement in (
            "UPDATE audit_log SET operator = '别人'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(ProgrammingError, match="permission denied"):
                with app.engine.begin() as conn:
                    conn.execute(text(statement))
        result = verify(app)
        assert result.ok, [b.line for b in result.breaks]
        assert result.rows >= 3
    finally:
        app.dispose()
