"""Sign-in for the web app: argon2 password hashes, server-side sessions, CSRF tokens, login rate limit.

- Passwords are hashed with argon2id (argon2-cffi); one-time passwords are random and must be
  changed at the first sign-in.
- The session cookie holds a random token; the database keeps only its sha256 (store.py).
  Cookies are HttpOnly and SameSite=Lax (and Secure when the app is told it runs behind HTTPS).
- Every state-changing request carries a CSRF token: the session's token for signed-in users,
  a double-submit cookie for the login form. Compared in constant time.
- Failed sign-ins are limited per name and per address (a sliding window kept in memory).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

SESSION_COOKIE = "mj_session"
LOGIN_CSRF_COOKIE = "mj_login_csrf"
SESSION_HOURS = 12
MIN_PASSWORD = 10

_hasher = PasswordHasher()
# a hash to verify against when the name is unknown, so both cases take the same time
_DUMMY_HASH = _hasher.hash("mingjing-no-such-user")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        _hasher.verify(password_hash or _DUMMY_HASH, password)  # raises on a mismatch
        return password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def one_time_password() -> str:
    """A random password that is easy to read out (no 0/O, 1/l/I)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(14))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def session_expiry() -> str:
    return (datetime.now(UTC) + timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds")


def same_token(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def password_problem(password: str, name: str) -> str | None:
    """Why a new password is refused, or None (web.passwords)."""
    from mingjing.web.passwords import password_problem as problem

    return problem(password, name)


class LoginLimiter:
    """At most `attempts` failed sign-ins per name and per address within `window` seconds."""

    def __init__(self, attempts: int = 5, window: float = 900.0):
        self.attempts = attempts
        self.window = window
        self.failures: dict[str, deque] = defaultdict(deque)
        self.lock = threading.Lock()

    def _recent(self, key: str, at: float) -> deque:
        q = self.failures[key]
        while q and q[0] <= at - self.window:
            q.popleft()
        return q

    def blocked(self, name: str, ip: str) -> bool:
        at = time.monotonic()
        with self.lock:
            return any(len(self._recent(k, at)) >= self.attempts for k in (f"n:{name}", f"ip:{ip}"))

    def failed(self, name: str, ip: str) -> None:
        at = time.monotonic()
        with self.lock:
            for key in (f"n:{name}", f"ip:{ip}"):
                self._recent(key, at).append(at)

    def succeeded(self, name: str) -> None:
        with self.lock:
            self.failures.pop(f"n:{name}", None)
