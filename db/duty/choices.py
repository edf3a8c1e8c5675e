"""The duty's fixed words: members' roles and the roles on a duty day (no ORM here)."""

from __future__ import annotations

from db.words import said

ROLES = ("队长", "副队长", "队员")

# Duty roles on one day; a member holds at most one of them per day (unique constraint).
LEADER, STAFF, STANDBY = "leader", "staff", "standby"
#: The alert levels the first migration seeds, by number (0 常态 … 3 一级战备): the program's
#: own names, shown in the window's language while the office keeps them (a level the office
#: renamed is shown as typed).
PRESET_LEVEL_NAMES = (said("常态"), said("三级战备"), said("二级战备"), said("一级战备"))
DUTY_ROLE_LABELS = {LEADER: said("带班领导"), STAFF: said("值班员"), STANDBY: said("备勤")}
