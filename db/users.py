"""The program's users: add, list, disable, change role or password, sign in.

Passwords are hashed with Argon2id (argon2-cffi's ``PasswordHasher``); the clear password is
never stored, logged or put in a message. Wrong passwords slow down: from the third failure in
a row each attempt waits longer (1, 2, 4 … up to 30 s after the last failure), counted in
``failed_logins``/``last_failed_at`` and reset by a successful sign-in. The clock and the sleep
are injected, so tests do not wait.

Who may do what is ``db.access``: only an admin changes users (the first user, added while
none exists, must be an admin — otherwise nobody could manage users any more).
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import access
from db.base import now
from db.errors import NotFoundError
from db.errors import SignInError
from db.errors import ValidationError
from db.errors import check_version
from db.shared_models import User
from db.words import said

if TYPE_CHECKING:
    import datetime as dt

    from db.engine import Database

ENV_PASSWORD = "RESCUE_LEDGER_PASSWORD"
MIN_PASSWORD = 6
FREE_ATTEMPTS = 3  # wrong passwords before the slow-down starts
MAX_DELAY = 30.0  # seconds
WRONG = said("用户名或密码不正确。")


def delay_after(failures: int) -> float:
    """Seconds the next attempt waits after ``failures`` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY)


def make_hasher() -> Any:
    """Argon2id with argon2-cffi's recommended parameters (loaded only when hashing)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@dataclass(frozen=True)
class UserData:
    """A user as lists and dialogs show it (never the password hash)."""

    id: int
    name: str
    role: str
    disabled: bool
    failed_logins: int
    version: int

    @property
    def role_label(self) -> str:
        return access.role_label(self.role)

    @property
    def state(self) -> str:
        return "已停用" if self.disabled else "可用"


def _data(u: User) -> UserData:
    return UserData(u.id, u.name, u.role, bool(u.disabled), u.failed_logins, u.version)


def clean_name(name: str) -> str:
    """The name as stored: NFC, surrounding spaces removed."""
    return unicodedata.normalize("NFC", name or "").strip()


class Users:
    """The users of one database. ``clock``/``sleep``/``hasher`` are injectable for tests."""

    def __init__(
        self,
        database: Database,
        *,
        clock: Callable[[], dt.datetime] = now,
        sleep: Callable[[float], None] = time.sleep,
        hasher: Any = None,
    ):
        self.db = database
        self.clock, self.sleep = clock, sleep
        self._hasher = hasher
        self._dummy_hash: str | None = None

    @property
    def hasher(self) -> Any:
        if self._hasher is None:
            self._hasher = make_hasher()
        return self._hasher

    # ----- reading -------------------------------------------------------------------------
    def any(self) -> bool:
        """Whether any user is defined (then the program needs a sign-in)."""
        with self.db.read() as s:
            return access.users_exist(s)

    def list(self) -> list[UserData]:
        with self.db.read() as s:
            return [_data(u) for u in s.scalars(select(User).order_by(User.name))]

    def get(self, name: str) -> UserData:
        with self.db.read() as s:
            return _data(self._find(s, name))

    @staticmethod
    def _find(session: Session, name: str) -> User:
        user = session.scalars(select(User).where(User.name == clean_name(name))).first()
        if user is None:
            raise NotFoundError(said("没有用户“{name}”。", name=clean_name(name)))
        return user

    # ----- changing ------------------------------------------------------------------------
    def validate(self, name: str, role: str, password: str) -> dict[str, str]:
        """Problems with a new user, by field (``name``, ``role``, ``password``)."""
        problems: dict[str, str] = {}
        name = clean_name(name)
        if not name:
            problems["name"] = said("请填写用户名")
        elif len(name) > 64 or any(unicodedata.category(c)[0] == "C" for c in name):
            problems["name"] = said("用户名最多64个字，不能含控制字符")
        if role not in access.ROLES:
            problems["role"] = "角色应为 " + "、".join(
                f"{k}（{v}）" for k, v in access.ROLES.items()
            )
        password_problem = self.password_problem(password, name)
        if password_problem:
            problems["password"] = password_problem
        return problems

    @staticmethod
    def password_problem(password: str, name: str = "") -> str:
        if len(password or "") < MIN_PASSWORD:
            return f"密码至少{MIN_PASSWORD}个字符"
        if name and password == name:
            return "密码不能与用户名相同"
        return ""

    def add(self, name: str, role: str, password: str) -> UserData:
        """Add a user. The first one must be an admin; it then signs in on this database
        (the one-clerk office becomes that admin's office)."""
        problems = self.validate(name, role, password)
        if problems:
            raise ValidationError(problems)
        name = clean_name(name)
        digest = self.hasher.hash(password)
        with self.db.transaction() as s:
            first = not access.users_exist(s)
            if first and role != access.ADMIN:
                raise ValidationError(
                    {"role": said("第一个用户必须是管理员（之后由管理员添加其他用户）")}
                )
            if s.scalars(select(User.id).where(User.name == name)).first() is not None:
                raise ValidationError({"name": said("已有用户“{name}”", name=name)})
            user = User(name=name, role=role, password_hash=digest)
            s.add(user)
            s.flush()
            data = _data(user)
        if first and self.db.role is None:
            self.db.sign_in(name, role)
        return data

    def _change(self, name: str, version: int, change: Callable[[User], None]) -> UserData:
        with self.db.transaction() as s:
            user = self._find(s, name)
            if version is not None:  # from a form: refuse a stale copy
                check_version(user, version)
            # A command names the user and one change (role, disabled, password) made to the
            # row as read in this transaction: no stale copy of other fields to write back.
            change(user)
            s.flush()
            self._keep_an_admin(s)
            return _data(user)

    @staticmethod
    def _keep_an_admin(session: Session) -> None:
        active = select(User.id).where(User.role == access.ADMIN, User.disabled.is_(False))
        if session.scalars(active.limit(1)).first() is None:
            raise ValidationError({"role": said("至少要保留一个可用的管理员")})

    def set_role(self, name: str, role: str, version: int) -> UserData:
        if role not in access.ROLES:
            raise ValidationError({"role": self.validate("x", role, "x" * MIN_PASSWORD)["role"]})
        return self._change(name, version, lambda u: setattr(u, "role", role))

    def set_disabled(self, name: str, disabled: bool, version: int) -> UserData:
        """Disable (or enable again) a user; a disabled user cannot sign in."""

        def change(user: User) -> None:
            user.disabled = disabled
            if not disabled:
                user.failed_logins, user.last_failed_at = 0, None

        return self._change(name, version, change)

    def disable(self, name: str, version: int) -> UserData:
        return self.set_disabled(name, True, version)

    def set_password(self, name: str, password: str, version: int) -> UserData:
        """Reset a user's password (an admin's action); the wrong-password count starts over."""
        problem = self.password_problem(password, clean_name(name))
        if problem:
            raise ValidationError({"password": problem})
        digest = self.hasher.hash(password)

        def change(user: User) -> None:
            user.password_hash = digest
            user.failed_logins, user.last_failed_at = 0, None

        return self._change(name, version, change)

    # ----- signing in ----------------------------------------------------------------------
    def wait_left(self, name: str) -> float:
        """Seconds before ``name`` may try a password again (0 when it may now)."""
        with self.db.read() as s:
            user = s.scalars(select(User).where(User.name == clean_name(name))).first()
            return self._wait_left(user)

    def _wait_left(self, user: User | None) -> float:
        if user is None or user.last_failed_at is None:
            return 0.0
        passed = (self.clock() - user.last_failed_at).total_seconds()
        return max(0.0, delay_after(user.failed_logins) - passed)

    def authenticate(self, name: str, password: str, *, wait: bool = True) -> UserData:
        """The user, when ``password`` is theirs; ``SignInError`` otherwise.

        After repeated wrong passwords the attempt first waits (``wait``; the command line) or
        is refused with the seconds left (``wait=False``; the window, which must not freeze).
        The wait and the hash check happen outside any transaction (no lock is held).
        """
        from argon2.exceptions import InvalidHashError
        from argon2.exceptions import VerificationError

        left = self.wait_left(name)
        if left > 0 and not wait:
            raise SignInError(
                said("密码错误次数过多，请 {left} 秒后再试。", left=int(left + 0.999))
            )
        if left > 0:
            self.sleep(left)
        with self.db.read() as s:
            user = s.scalars(select(User).where(User.name == clean_name(name))).first()
            stored = user.password_hash if user else self._dummy()
        try:
            # Unknown names cost a hash too, so the time taken does not tell names apart.
            ok = bool(self.hasher.verify(stored, password)) and user is not None
        except (VerificationError, InvalidHashError):
            ok = False
        if user is None:
            raise SignInError(WRONG)
        with self.db.transaction() as s:
            s.info[access.ROLE_KEY] = access.SIGN_IN  # may record the attempt, nothing else
            row = s.get(User, user.id)
            if row is None:
                raise SignInError(WRONG)
            if not ok:
                row.failed_logins += 1
                row.last_failed_at = self.clock()
            elif row.failed_logins or row.last_failed_at is not None:
                row.failed_logins, row.last_failed_at = 0, None
            if ok and self.hasher.check_needs_rehash(row.password_hash):
                row.password_hash = self.hasher.hash(password)
            data = _data(row)
        if not ok:
            raise SignInError(WRONG)
        if data.disabled:
            raise SignInError(said("用户“{name}”已停用，请联系管理员。", name=data.name))
        return data

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            import secrets

            self._dummy_hash = str(self.hasher.hash(secrets.token_hex(16)))
        return self._dummy_hash

    def sign_in(self, name: str, password: str, *, wait: bool = True) -> UserData:
        """Authenticate and make this user the operator and role of the database."""
        user = self.authenticate(name, password, wait=wait)
        self.db.sign_in(user.name, user.role)
        return user
