"""首次设置: the office's settings and its first members, checked together and saved in one
transaction (nothing is written while anything is wrong)."""

from __future__ import annotations

from collections.abc import Sequence

from db import records
from db import validate
from db.duty.data import MemberData
from db.duty.models import Member
from db.duty.team import MEMBER_FIELDS
from db.duty.team import MEMBER_GONE
from db.duty.team import Team
from db.errors import refuse
from db.settings import OfficeSettings
from db.settings import settings_problems
from db.settings import write_settings


def member_key(row: int, field: str) -> str:
    """The problem key of ``field`` in the ``row``-th new member (``members.0.phone``)."""
    return f"members.{row}.{field}"


class FirstStart(OfficeSettings, Team):
    """Setting up a new database: town, office, duty phone, shift start and the team."""

    def first_start_problems(
        self, values: dict[str, str], members: Sequence[MemberData]
    ) -> dict[str, str]:
        """Everything wrong at once: the settings by key, each member as :func:`member_key`
        (the member rules of the team register, and a name typed twice)."""
        problems = settings_problems({"town": "", **values})
        seen: dict[str, int] = {}
        for row, member in enumerate(members):
            for field, message in self.validate_member(member).items():
                problems[member_key(row, field)] = message
            key = validate.match_key(member.name)
            if key and key in seen and member_key(row, "name") not in problems:
                problems[member_key(row, "name")] = (
                    f"与第 {seen[key] + 1} 行同名，请加以区分（如 张伟(大)）"
                )
            seen.setdefault(key, row)
        return problems

    def first_start(self, values: dict[str, str], members: Sequence[MemberData]) -> None:
        """Save the settings and add ``members`` (new ones) in one transaction; refused with
        :class:`ValidationError` (keys as :meth:`first_start_problems`) and nothing written."""
        refuse(self.first_start_problems(values, members))
        with self.db.transaction() as s:
            write_settings(s, {key: value.strip() for key, value in values.items()})
            for member in members:
                member.name, member.phone = member.name.strip(), member.phone.strip()
                records.store(s, Member, member, MEMBER_FIELDS, MEMBER_GONE)
