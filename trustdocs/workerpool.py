"""The parent side of trustdocs.isolation: a small pool of parse workers.

Each worker handles one document at a time over a pipe (with the next one waiting in
the pipe). The parent watches every worker's deadline and exit: a worker that hangs,
runs out of memory or crashes is killed and replaced and only the document it was
reading fails; the documents waiting behind it go back in line.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from trustdocs.isolation import (
    MAX_START_FAILURES,
    Job,
    Limits,
    Outcome,
    ParseFn,
    WorkersCannotStart,
    death_reason,
    failed_result,
    parse_job,
    worker_main,
)

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
