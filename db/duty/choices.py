"""The duty's fixed words: members' roles and the roles on a duty day (no ORM here)."""

from __future__ import annotations

ROLES = ("队长", "副队长", "队员")

# Duty roles on one day; a member holds at most one of them per day (unique constraint).
LEADER, STAFF, STANDBY = "leader", "staff", "standby"
DUTY_ROLE_LABELS = {LEADER: "带班领导", STAFF: "值班员", STANDBY: "备勤"}
