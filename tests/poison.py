"""A parse function for the workers that misbehaves on purpose: shared by
tests/test_isolation.py and benchmarks/bench_parse.py.

Poison documents are plain text files whose first word says how to misbehave (HANG
sleeps, BOMB eats memory, ABRT and KILL end the process); everything else goes to
the real parser. It lives in a module of its own so that spawned workers can import
it by name."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from parsers.records import ParseResult
from trustdocs.isolation import Job, Limits, parse_job


def poison_parse(job: Job, limits: Limits) -> ParseResult:
    """Runs in the worker: HANG sleeps, BOMB eats memory, ABRT and KILL end the process."""
    head = Path(job.path).read_bytes()[:4]
    if head == b"HANG":
        time.sleep(600)
    elif head == b"BOMB":
        hoard = []
        while True:
            hoard.append(bytearray(20 * 1024 * 1024))
    elif head == b"ABRT":
        os.abort()
    elif head == b"KILL":
        os.kill(os.getpid(), signal.SIGKILL)
    return parse_job(job, limits)
