"""Every document is hostile: each parse runs in a worker process under limits that
hold whatever a parser does.

A small pool of worker processes, each handling one document at a time over a pipe.
The parent watches every worker's deadline and exit, so a worker that hangs, blows
its memory limit or crashes (a C library's abort or segfault) is killed and replaced
and only its own document fails; the others' work arrives and is saved as it
finishes. Workers are started once and reused (start-up would otherwise cost more
than a typical letter takes to read), and they die with their parent.

Limits (command-line options, else environment variables, else the defaults):
wall-clock seconds per document (TRUSTDOCS_PARSE_TIMEOUT, 120), address space per
worker (TRUSTDOCS_PARSE_MEMORY_MB, 2048, enforced with RLIMIT_AS) and PDF pages read
(TRUSTDOCS_MAX_PAGES, 500; the rest is left unread with a warning).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
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

    data = Path(job.path).read_bytes()
    return parse_document(
        data, filename=job.filename, content_type=job.content_type, kind_hint=job.kind_hint
    )


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
    "parsers.foi",
    "parsers.wres",
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


# ---------------------------------------------------------------- the parent side


# Documents sent to a worker at once: the one it reads and the next, waiting in its pipe,
# so that a worker never idles while the parent saves or is not scheduled.
QUEUE_DEPTH = 2


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    queue: deque = field(default_factory=deque)  # sent, unfinished; the head is being read
    started: float = 0.0  # when the head was started


@dataclass
class WorkerPool:
    """`size` workers under `limits`; `run(jobs)` yields each Outcome as it finishes."""

    size: int
    limits: Limits = field(default_factory=Limits)
    parse_fn: ParseFn = parse_job
    workers: list[_Worker] = field(default_factory=list)
    _pending: deque = field(default_factory=deque)
    _on_start: Callable[[Job], None] | None = None
    _start_failures: int = 0

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> _Worker:
        # spawn, not fork: a worker inherits no open file (the run lock, the database)
        # and no parent threads, so a stray worker can never hold the lock.
        ctx = multiprocessing.get_context("spawn")
        parent_end, child_end = ctx.Pipe(duplex=True)
        process = ctx.Process(
            target=worker_main,
            args=(child_end, os.getpid(), self.limits, self.parse_fn),
            name="trustdocs-parse",
            daemon=True,
        )
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers.append(worker)
        return worker

    def _retire(self, worker: _Worker, kill: bool) -> None:
        """Stop using `worker`; the documents waiting in its pipe go back in line."""
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        self._pending.extendleft(reversed(worker.queue))
        worker.queue.clear()
        self.workers.remove(worker)

    def close(self) -> None:
        """Stop every worker: a polite word to the idle, SIGKILL to the busy."""
        for worker in list(self.workers):
            if not worker.queue and worker.ready:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in list(self.workers):
            if worker.queue or not worker.ready:
                worker.process.kill()
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=5)
            worker.conn.close()
        self.workers.clear()

    def run(
        self, jobs: Iterable[Job], on_start: Callable[[Job], None] | None = None
    ) -> Iterator[Outcome]:
        """Parse every job; yields outcomes in the order they finish. `on_start(job)` is
        called as a worker starts on a job (before it is sent, if the worker is idle)."""
        self._pending, self._on_start = deque(jobs), on_start
        while len(self.workers) < min(self.size, len(self._pending)):
            self._spawn()
        while self._pending or self._busy():
            self._dispatch()
            finished = list(self._collect())
            self._dispatch()  # before the caller saves what finished
            while len(self.workers) < min(self.size, len(self._pending) + self._busy()):
                self._spawn()
            yield from finished

    def _begin(self, worker: _Worker) -> None:
        worker.started = time.monotonic()
        if self._on_start:
            self._on_start(worker.queue[0])

    def _dispatch(self) -> None:
        for worker in self.workers:
            while worker.ready and len(worker.queue) < QUEUE_DEPTH and self._pending:
                job = self._pending.popleft()
                worker.queue.append(job)
                if len(worker.queue) == 1:
                    self._begin(worker)
                try:
                    worker.conn.send(job)
                except OSError:  # it died idle a moment ago: the job waits for another
                    worker.queue.pop()
                    self._pending.appendleft(job)
                    break

    def _busy(self) -> int:
        return sum(len(w.queue) for w in self.workers)

    def _collect(self) -> Iterator[Outcome]:
        """Wait for a message, a death or a deadline; yield what finished."""
        now = time.monotonic()
        deadlines = [w.started + self.limits.timeout_s for w in self.workers if w.queue]
        timeout = max(0.0, min(deadlines) - now) if deadlines else None
        waitables: list = [w.conn for w in self.workers]
        waitables += [w.process.sentinel for w in self.workers]
        ready = set(wait(waitables, timeout=timeout))
        for worker in list(self.workers):
            if worker.conn in ready:
                try:
                    tag, result, recycle = worker.conn.recv()
                except (EOFError, OSError):
                    yield from self._dead(worker)
                    continue
                if tag == "ready":
                    worker.ready, self._start_failures = True, 0
                    continue
                job, started = worker.queue.popleft(), worker.started
                if recycle:  # after a memory failure: counts as killed, worker replaced
                    self._retire(worker, kill=False)
                elif worker.queue:
                    self._begin(worker)
                yield Outcome(job, result, recycle, time.monotonic() - started)
            elif worker.process.sentinel in ready:
                yield from self._dead(worker)
            elif worker.queue and time.monotonic() >= worker.started + self.limits.timeout_s:
                job = worker.queue.popleft()
                self._retire(worker, kill=True)
                result = failed_result(self.limits.timeout_text(), job.kind_hint)
                yield Outcome(job, result, killed=True, seconds=self.limits.timeout_s)

    def _dead(self, worker: _Worker) -> Iterator[Outcome]:
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        job = worker.queue.popleft() if worker.queue else None
        started, was_ready = worker.started, worker.ready
        self._retire(worker, kill=True)
        if job is not None:
            reason = death_reason(code, self.limits)
            yield Outcome(
                job, failed_result(reason, job.kind_hint), True, time.monotonic() - started
            )
        elif not was_ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                raise WorkersCannotStart(
                    f"parse workers die while starting ({death_reason(code, self.limits)}); "
                    f"is the memory limit of {self.limits.memory_mb} MB too low?"
                )


def parse_isolated(job: Job, limits: Limits, parse_fn: ParseFn = parse_job) -> Outcome:
    """One document in one worker (`trustdocs parse-file`)."""
    with WorkerPool(1, limits, parse_fn) as pool:
        return next(iter(pool.run([job])))
