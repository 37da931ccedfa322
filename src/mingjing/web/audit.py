"""Bounds on the audit log, so nobody can flood it: every field is cut to a fixed length, and
entries without a signed-in user (failed or blocked sign-ins) are limited per address — past the
limit one entry says that the rest of the minute was left out."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

MAX_DETAIL = 300
MAX_NAME = 60
MAX_IP = 64
ANONYMOUS_PER_MINUTE = 20
PAGE_SIZE = 100


def cut(text: str | None, limit: int) -> str | None:
    from mingjing.control_chars import strip_control

    if text is None:
        return None
    text = strip_control(text, one_line=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AuditThrottle:
    """Whether an anonymous entry from an address is written: at most `per_minute` a minute, then
    one note, then nothing until the minute has passed."""

    def __init__(self, per_minute: int = ANONYMOUS_PER_MINUTE):
        self.per_minute = per_minute
        self.seen: dict[str, deque] = defaultdict(deque)
        self.lock = threading.Lock()

    def admit(self, ip: str | None) -> str:
        """'write', 'note' (write that further entries are left out) or 'skip'."""
        at = time.monotonic()
        with self.lock:
            if len(self.seen) > 10_000:  # forget idle addresses
                for key in [k for k, q in self.seen.items() if not q or q[-1] <= at - 60]:
                    del self.seen[key]
            q = self.seen[ip or "?"]
            while q and q[0] <= at - 60:
                q.popleft()
            q.append(at)
            if len(q) <= self.per_minute:
                return "write"
            return "note" if len(q) == self.per_minute + 1 else "skip"
