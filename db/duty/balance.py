"""The swap pass after a roster is generated: even out each member's duty, rest days and working
days counted apart, under the generation's own rules. Pure functions, no database.

Members are balanced within their group (those who can lead, those who cannot), so a leader's
slot stays a leader's. A shift moves from a member with at least two more shifts of its kind
(rest day or working day, over the year so far) to one who can take it: not on leave, holding
no duty that day, and not on duty the day before or after (a standby member swaps places).
Each move lowers the sum of squared counts, so the pass ends; it stops when no move helps,
which leaves a spread of at most one wherever the rules allow it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import MutableMapping
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.duty.roster import Day
    from db.duty.roster import Person

ONE = dt.timedelta(days=1)


def balance(
    days: MutableMapping[dt.date, Day],
    movable: Iterable[dt.date],
    people: Sequence[Person],
    rest: Callable[[dt.date], bool],
) -> int:
    """Move shifts among ``movable`` days of ``days`` (the others only count); the number moved."""
    movable = sorted(set(movable) & set(days))
    if not movable:
        return 0
    by_id = {p.id: p for p in people}
    counts: dict[tuple[int, bool], int] = {(p.id, c): 0 for p in people for c in (True, False)}
    for day, d in days.items():
        kind = rest(day)
        for pid in d.on_duty():
            if pid in by_id:
                counts[pid, kind] += 1
    shifts: dict[tuple[int, bool], list[dt.date]] = {key: [] for key in counts}
    for day in movable:
        kind = rest(day)
        for pid in days[day].on_duty():
            if pid in by_id:
                shifts[pid, kind].append(day)
    groups = [
        [p.id for p in people if p.can_lead],
        [p.id for p in people if not p.can_lead],
    ]

    def on_duty(day: dt.date) -> list[int]:
        d = days.get(day)
        return d.on_duty() if d is not None else []

    def can_take(member: int, day: dt.date) -> bool:
        d = days[day]
        if member == d.leader or member in d.staff or by_id[member].on_leave(day):
            return False
        return member not in on_duty(day - ONE) and member not in on_duty(day + ONE)

    def move(giver: int, taker: int, day: dt.date, kind: bool) -> None:
        d = days[day]
        if d.leader == giver:
            d.leader = taker
        else:
            d.staff[d.staff.index(giver)] = taker
        if taker in d.standby:
            d.standby[d.standby.index(taker)] = giver
        counts[giver, kind] -= 1
        counts[taker, kind] += 1
        shifts[giver, kind].remove(day)
        shifts[taker, kind].append(day)

    def one_move(group: list[int], kind: bool) -> bool:
        order = sorted(group, key=lambda pid: counts[pid, kind])
        for giver in reversed(order):
            for taker in order:
                if counts[giver, kind] - counts[taker, kind] < 2:
                    break
                for day in shifts[giver, kind]:
                    if can_take(taker, day):
                        move(giver, taker, day, kind)
                        return True
        return False

    moved = 0
    progress = True
    while progress:
        progress = False
        for group in groups:
            for kind in (True, False):
                while len(group) > 1 and one_move(group, kind):
                    moved += 1
                    progress = True
    return moved


def spread(
    days: Mapping[dt.date, Day], members: Iterable[int], rest: Callable[[dt.date], bool]
) -> dict[bool, int]:
    """{rest day?: max − min} of the members' on-duty shifts in ``days`` (for tests and benches)."""
    ids = list(members)
    out: dict[bool, int] = {}
    for kind in (True, False):
        n = {pid: 0 for pid in ids}
        for day, d in days.items():
            if rest(day) == kind:
                for pid in d.on_duty():
                    if pid in n:
                        n[pid] += 1
        out[kind] = max(n.values()) - min(n.values()) if n else 0
    return out
