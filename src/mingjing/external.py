"""Run an external program (LibreOffice, pdftotext, tesseract …) bounded in time and memory.

Every external program is started in its own session (a new process group), with an address-space
and CPU-time limit set in the child before exec, and on timeout the whole group is killed: a
converter that forks (LibreOffice's `soffice` wrapper starts `soffice.bin`) never outlives its limit.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass


class ExternalTimeout(Exception):
    """The program ran past its time limit; its whole process group has been killed."""


@dataclass(frozen=True)
class ExternalResult:
    returncode: int
    stdout: bytes
    stderr: bytes


def _limits(memory_mb: int | None, cpu_seconds: int | None):
    def apply() -> None:  # runs in the child between fork and exec
        if memory_mb:
            size = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size, size))
        if cpu_seconds:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))

    return apply


def kill_group(pid: int) -> None:
    """SIGKILL the process group led by `pid` (started with start_new_session)."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_bounded(
    cmd: Sequence[str],
    *,
    timeout: float,
    memory_mb: int | None = None,
    env: dict[str, str] | None = None,
    cwd: str | None = None,
    input_bytes: bytes | None = None,
) -> ExternalResult:
    """Run `cmd` to completion or kill its whole process group after `timeout` seconds.

    Raises ExternalTimeout on timeout and OSError when the program cannot be started.
    """
    cpu = int(timeout) + 1 if timeout else None
    proc = subprocess.Popen(
        list(cmd),
        stdin=subprocess.PIPE if input_bytes is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=cwd,
        start_new_session=True,
        preexec_fn=_limits(memory_mb, cpu),
    )
    try:
        out, err = proc.communicate(input=input_bytes, timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc.pid)
        proc.communicate()
        raise ExternalTimeout(cmd[0]) from None
    except BaseException:
        kill_group(proc.pid)
        proc.communicate()
        raise
    # children left behind by a program that exited (a daemonised helper) go with it
    kill_group(proc.pid)
    return ExternalResult(proc.returncode, out, err)
