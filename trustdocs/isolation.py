"""Every document is hostile: each parse runs in a worker process under limits that
hold whatever a parser does.

A small pool of worker processes, each handling one document at a time over a pipe.
The parent watches every worker's deadline and exit, so a worker that hangs, blows
its memory limit or crashes (a C library's abort or segfault) is killed and replaced
and only its own document fails; the others' work arrives and is saved as it
finishes. Workers are started once and reused (start-up would otherwise cost more
than a typical letter takes to read), and they die with their parent.

This module holds the limits, the jobs and outcomes, and the worker's side; the pool
the parent runs is trustdocs.workerpool.

Limits (command-line options, else environment variables, else the defaults):
wall-clock seconds per document (TRUSTDOCS_PARSE_TIMEOUT, 120), address space per
worker (TRUSTDOCS_PARSE_MEMORY_MB, 2048, enforced with RLIMIT_AS) and PDF pages read
(TRUSTDOCS_MAX_PAGES, 500; the rest is left unread with a warning).
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from parsers.records import ParseResult

DEFAULT_TIMEOUT_S = 120.0
DEFAULT_MEMORY_MB = 2048
DEFAULT_MAX_PAGES = 500
# Workers that die before they are ready this many times in a row: the limits
# themselves are wrong (e.g. too little memory to import the parsers).
MAX_START_FAILURES = 3
# A worker's exit code when it ran out of memory so completely it could not report it.
EXIT_OUT_OF_MEMORY = 86


class WorkersCannotStart(RuntimeError):
    """Parse workers die before they are ready: the limits or the installation are wrong."""


class Terminated(BaseException):
    """SIGTERM reached the parent (timeout, cron, systemd): stop the workers, close the
    run as interrupted. A BaseException so that no `except Exception` swallows it."""


def raise_terminated(signum: int, frame: object) -> None:
    raise Terminated(f"stopped by signal {signum}")


@dataclass(frozen=True)
class Limits:
    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_mb: int = DEFAULT_MEMORY_MB
    max_pages: int = DEFAULT_MAX_PAGES

    @classmethod
    def resolve(
        cls,
        timeout_s: float | None = None,
        memory_mb: int | None = None,
        max_pages: int | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Limits:
        """Options win over the environment, which wins over the defaults."""
        env = os.environ if env is None else env

        def pick(value, name: str, default, kind):
            if value is not None:
                chosen = kind(value)
            elif env.get(name, "").strip():
                try:
                    chosen = kind(env[name].strip())
                except ValueError:
                    raise ValueError(f"{name} must be a number, not {env[name]!r}") from None
            else:
                chosen = default
            if chosen <= 0:
                raise ValueError(f"{name} must be positive, not {chosen}")
            return chosen

        return cls(
            timeout_s=pick(timeout_s, "TRUSTDOCS_PARSE_TIMEOUT", DEFAULT_TIMEOUT_S, float),
            memory_mb=pick(memory_mb, "TRUSTDOCS_PARSE_MEMORY_MB", DEFAULT_MEMORY_MB, int),
            max_pages=pick(max_pages, "TRUSTDOCS_MAX_PAGES", DEFAULT_MAX_PAGES, int),
        )

    def timeout_text(self) -> str:
        return f"timed out after {self.timeout_s:g} s"

    def memory_text(self) -> str:
        size = (
            f"{self.memory_mb / 1024:g} GB" if self.memory_mb % 256 == 0 else f"{self.memory_mb} MB"
        )
        return f"over {size} of memory"


@dataclass(frozen=True)
class Job:
    """One document to parse: its raw file and what is known about it."""

    key: str
    path: str
    filename: str | None = None
    content_type: str | None = None
    kind_hint: str | None = None
    # the trust's learned letter template (parsers.foi.template), read with the shipped
    # boilerplate; empty = the shipped boilerplate alone
    template: frozenset[str] = frozenset()
    template_fingerprint: str | None = None


@dataclass
class Outcome:
    job: Job
    result: ParseResult
    # The worker timed out, ran out of memory or died: such attempts count towards
    # quarantine.
    killed: bool = False
    seconds: float = 0.0


ParseFn = Callable[[Job, Limits], ParseResult]


def parse_job(job: Job, limits: Limits) -> ParseResult:
    """The real parse: bytes from the raw store through parsers.parse_document."""
    from parsers import parse_document
    from parsers.foi.labeller import using_labeller

    data = Path(job.path).read_bytes()
    labeller = _trust_labeller(job) if job.template else None
    with using_labeller(labeller) if labeller else contextlib.nullcontext():
        result = parse_document(
            data, filename=job.filename, content_type=job.content_type, kind_hint=job.kind_hint
        )
    if result.shingles is not None:
        from parsers.foi.template import effective_fingerprint

        result.template_fingerprint = effective_fingerprint(result.shingles.hashes, job.template)
    return result


_LABELLERS: dict[str | None, object] = {}  # one trust's labeller per worker, reused


def _trust_labeller(job: Job):
    """The shipped model with the job's trust template: built once per template,
    since a worker reads a trust's letters one after another."""
    from parsers.foi.boilerplate import Boilerplate
    from parsers.foi.labeller import labeller_for_trust
    from parsers.foi.template import fingerprint

    key = job.template_fingerprint or fingerprint(job.template)
    if key not in _LABELLERS:
        _LABELLERS.clear()
        _LABELLERS[key] = labeller_for_trust(Boilerplate(set(job.template)))
    return _LABELLERS[key]


def failed_result(error: str, kind_hint: str | None = None) -> ParseResult:
    from parsers import PARSER_VERSION

    kind = {"foi": "foi_response", "wres": "wres_report"}.get(kind_hint or "", "unknown")
    return ParseResult(
        kind=kind, parser_version=PARSER_VERSION, status="failed", error=error, confidence=0.0
    )


def death_reason(exitcode: int | None, limits: Limits) -> str:
    """A plain reason for a worker that died under a document."""
    if exitcode == EXIT_OUT_OF_MEMORY:
        return limits.memory_text()
    if exitcode is not None and exitcode < 0:
        number = -exitcode
        hint = " (killed, possibly out of memory)" if number == signal.SIGKILL else ""
        return f"worker crashed (signal {number}){hint}"
    return f"worker exited unexpectedly (code {exitcode})"


# ---------------------------------------------------------------- the worker side


def _die_with_parent(parent_pid: int) -> None:
    """Ask the kernel to SIGKILL this worker when its parent dies, however it dies."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _set_limits(limits: Limits) -> None:
    import resource

    memory = limits.memory_mb * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an abort leaves no core file
    import parsers.extract.pdf as pdf

    pdf.MAX_PAGES = limits.max_pages


# Imported once when a worker starts, so that no document's deadline pays for them.
PRELOAD = (
    "parsers",
    "parsers.classify",
    "parsers.foi.parse",
    "parsers.wres.parse",
    "parsers.extract",
    "parsers.extract.pdf",
    "parsers.extract.docx",
    "parsers.extract.html",
    "pdfplumber",
    "docx",
    "bs4",
)


def _preload() -> None:
    import importlib

    for name in PRELOAD:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def _ran_out_of_memory(result: ParseResult) -> bool:
    # parse_document turns every Exception, MemoryError included, into a failed result.
    return result.status == "failed" and "MemoryError" in (result.error or "")


def worker_main(conn: Connection, parent_pid: int, limits: Limits, parse_fn: ParseFn) -> None:
    """A worker's life: set its limits, say it is ready, then parse until told to stop."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _preload()
    _set_limits(limits)
    conn.send(("ready", None, False))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        recycle = False
        try:
            result = parse_fn(job, limits)
            if _ran_out_of_memory(result):
                result = failed_result(limits.memory_text(), job.kind_hint)
                recycle = True
        except MemoryError:
            result, recycle = failed_result(limits.memory_text(), job.kind_hint), True
        except Exception as exc:  # a parse function that raises: that document fails
            result = failed_result(f"internal parser error: {type(exc).__name__}: {exc}"[:500])
        try:
            conn.send(("done", result, recycle))
        except MemoryError:  # too little left even to report: the exit code says it
            os._exit(EXIT_OUT_OF_MEMORY)
        except Exception as exc:  # an unpicklable result: report rather than die
            conn.send(("done", failed_result(f"result could not be sent: {exc}"[:500]), True))
        if recycle:  # a heap that hit its limit is not trusted with the next document
            return
