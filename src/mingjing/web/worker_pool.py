"""Heavy work off the request path: a bounded pool of worker processes (pebble), each task with a
time limit (the worker is killed and replaced when it runs over) and each worker with a memory limit.

The event loop only awaits the task's future, so `GET /` answers while a worst-case diff, review
or LibreOffice conversion runs: the work holds the interpreter lock of a worker, not the server's.
Workers are started with `spawn` (the server is multi-threaded; forking it would copy its locks).
"""

from __future__ import annotations

import asyncio
import os
import resource
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any

from mingjing.errors import InputError

if TYPE_CHECKING:
    from pebble import ProcessPool

DEFAULT_TIMEOUT = 180.0  # seconds per task (a conversion has its own, shorter limit inside)
DEFAULT_MEMORY_MB = 3072  # soft address-space limit of each worker


def _limit_memory(memory_mb: int | None) -> None:
    """Set in each worker: a soft RLIMIT_AS, so a runaway task fails with MemoryError. The hard limit
    is left alone, so a converter the worker starts may set its own (external.run_bounded)."""
    if memory_mb:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        size = memory_mb * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            size = min(size, hard)
        resource.setrlimit(resource.RLIMIT_AS, (size, hard))
    os.umask(0o077)


class WorkerPool:
    """`await pool.run(fn, *args, timeout=…)` runs a module-level function in a worker process."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        memory_mb: int | None = DEFAULT_MEMORY_MB,
    ):
        self.workers = workers or max(1, os.cpu_count() or 1)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._pool: ProcessPool | None = None

    def _started(self):
        if self._pool is None:
            import multiprocessing

            from pebble import ProcessPool

            self._pool = ProcessPool(
                max_workers=self.workers,
                context=multiprocessing.get_context("spawn"),
                initializer=_limit_memory,
                initargs=(self.memory_mb,),
            )
        return self._pool

    async def run(
        self, fn: Callable[..., Any], *args: Any, timeout: float | None = None, what: str = "处理"
    ) -> Any:
        """The function's result; InputError (one Chinese line) when it runs over its time or memory.
        A cancelled request (the client went away) cancels the task, killing its worker if it runs."""
        from pebble import ProcessExpired

        limit = timeout or self.timeout
        future = self._started().schedule(fn, args=args, timeout=limit)
        try:
            return await asyncio.wrap_future(future)
        except FutureTimeout:
            raise InputError(f"{what}超时（{limit:.0f} 秒），内容可能过大，已停止") from None
        except (ProcessExpired, MemoryError):
            raise InputError(f"{what}占用内存过多或意外中止，已停止") from None

    def close(self) -> None:
        """Stop the workers (a task that is running is killed)."""
        if self._pool is not None:
            self._pool.stop()
            self._pool.join(timeout=10)
            self._pool = None
