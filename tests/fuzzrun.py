"""Run `parsers.parse_document` on one document in a forked child with a wall-clock
limit and an address-space limit, so a hang or a memory bomb is a recorded
outcome instead of a stuck or killed test run.

`run_case` returns an `Outcome`: the result's status, error, warnings,
confidence and JSON text, or `hang` (killed at the limit) / `crash` (the parse
function raised, or the child died). Used by tests/test_fuzz.py and
benchmarks/bench_fuzz.py.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import os
import resource
import signal
import time
import traceback
from dataclasses import dataclass, field

MEMORY_LIMIT = 2 * 1024**3  # the worker limit issue #15 asks for


@dataclass
class Outcome:
    kind: str  # result | crash | hang
    status: str | None = None
    error: str | None = None
    confidence: float | None = None
    warnings: list[str] = field(default_factory=list)
    output: str = ""  # the ParseResult as JSON (to look for leaked text)
    detail: str = ""  # traceback or exit code for a crash
    seconds: float = 0.0
    peak_rss_mb: float = 0.0


def warm_imports() -> None:
    """Import the parsers once in the parent so every fork starts warm."""
    import bs4  # noqa: F401
    import docx  # noqa: F401
    import lxml.etree  # noqa: F401
    import pdfplumber  # noqa: F401

    import parsers
    import parsers.classify
    import parsers.extract.docx
    import parsers.extract.html
    import parsers.extract.pdf
    import parsers.extract.text
    import parsers.foi.parse  # noqa: F401


def _child(conn, data: bytes, filename, content_type, memory: int) -> None:
    os.setpgrp()  # its own group: a kill at the limit takes tesseract with it
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        from dataclasses import asdict

        from parsers import parse_document

        result = parse_document(data, filename=filename, content_type=content_type)
        output = json.dumps(asdict(result), default=str, ensure_ascii=False)
        output.encode("utf-8")  # lone surrogates would fail here, as in saving
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        conn.send(
            {
                "kind": "result",
                "status": result.status,
                "error": result.error,
                "confidence": result.confidence,
                "warnings": list(result.warnings),
                "output": output,
                "peak_rss_mb": rss,
            }
        )
    except BaseException as exc:  # what the fuzzer looks for: anything escaping
        conn.send(
            {
                "kind": "crash",
                "detail": f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"[-3000:],
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    finally:
        conn.close()


def run_case(
    data: bytes,
    filename: str | None = None,
    content_type: str | None = None,
    timeout: float = 30.0,
    memory: int = MEMORY_LIMIT,
) -> Outcome:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, data, filename, content_type, memory))
    start = time.monotonic()
    proc.start()
    child.close()
    msg = None
    try:
        if parent.poll(timeout):
            msg = parent.recv()
    except (EOFError, OSError):
        msg = None
    seconds = time.monotonic() - start
    if msg is None:
        if seconds < timeout:
            proc.join(2)  # the pipe closed early: the child is dying, not hanging
        hung = proc.is_alive()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.join(5)
        parent.close()
        if hung:
            return Outcome("hang", detail=f"killed after {timeout:.0f} s", seconds=seconds)
        return Outcome("crash", detail=f"child died, exit code {proc.exitcode}", seconds=seconds)
    proc.join(5)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)  # stray grandchildren
    parent.close()
    return Outcome(
        kind=msg["kind"],
        status=msg.get("status"),
        error=msg.get("error"),
        confidence=msg.get("confidence"),
        warnings=msg.get("warnings", []),
        output=msg.get("output", ""),
        detail=msg.get("detail", ""),
        seconds=seconds,
        peak_rss_mb=msg.get("peak_rss_mb", 0.0),
    )
