"""Per-host politeness: one request in flight, spaced starts, a circuit breaker.

`HostGate` is shared by every worker thread of a run. A request to a host
happens inside ``with gate.slot(host):``; the slot waits until the host's
next allowed start, holds the host's lock for as long as the request (and its
body download) lasts, and sets the next allowed start to ``start + delay``.
Backoff and Retry-After push the next allowed start further (``defer``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


class Stopped(Exception):
    """The run is being stopped (e.g. Ctrl-C); no more requests start."""


@dataclass
class HostState:
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0
    last_start: float | None = None
    consecutive_failures: int = 0
    abandoned: str | None = None
    requests: int = 0
    starts: list[float] = field(default_factory=list)


def host_key(host: str | None) -> str:
    return (host or "").lower().rstrip(".")


class HostGate:
    """Spacing between request starts per host, and a per-host circuit breaker."""

    def __init__(
        self,
        min_delay: float,
        breaker_threshold: int = 5,
        *,
        clock: Callable[[], float] = time.monotonic,
        stop: threading.Event | None = None,
        keep_starts: bool = False,
    ) -> None:
        self.min_delay = min_delay
        self.breaker_threshold = breaker_threshold
        self.clock = clock
        self.stop = stop or threading.Event()
        self.keep_starts = keep_starts
        self._hosts: dict[str, HostState] = {}
        self._lock = threading.Lock()

    def _state(self, host: str) -> HostState:
        key = host_key(host)
        with self._lock:
            st = self._hosts.get(key)
            if st is None:
                st = self._hosts[key] = HostState(delay=self.min_delay)
            return st

    # -- spacing -----------------------------------------------------------
    def set_delay(self, host: str, seconds: float | None) -> float:
        """Use max(seconds, min_delay) between starts on this host; returns it."""
        st = self._state(host)
        st.delay = max(self.min_delay, seconds or 0.0)
        if st.last_start is not None:  # the new spacing counts from the last start
            st.next_start = max(st.next_start, st.last_start + st.delay)
        return st.delay

    def delay(self, host: str) -> float:
        return self._state(host).delay

    def defer(self, host: str, seconds: float) -> None:
        """No request to this host starts for ``seconds`` from now."""
        st = self._state(host)
        st.next_start = max(st.next_start, self.clock() + max(0.0, seconds))

    def _sleep_until(self, when: float) -> None:
        while True:
            if self.stop.is_set():
                raise Stopped("run stopped")
            remaining = when - self.clock()
            if remaining <= 0:
                return
            self.stop.wait(min(remaining, 0.5))

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold the host for one request: wait for its turn, then keep others out."""
        st = self._state(host)
        while not st.lock.acquire(timeout=0.5):
            if self.stop.is_set():
                raise Stopped("run stopped")
        try:
            # next_start may move while we sleep (another defer); re-check after.
            while True:
                target = st.next_start
                self._sleep_until(target)
                if st.next_start <= target:
                    break
            start = self.clock()
            st.last_start = start
            st.next_start = start + st.delay
            st.requests += 1
            if self.keep_starts:
                st.starts.append(start)
            yield
        finally:
            st.lock.release()

    # -- circuit breaker ----------------------------------------------------
    def record_success(self, host: str) -> None:
        self._state(host).consecutive_failures = 0

    def record_failure(self, host: str, reason: str) -> bool:
        """Count a failed fetch; returns True when this trips the breaker."""
        st = self._state(host)
        st.consecutive_failures += 1
        if st.abandoned is None and st.consecutive_failures >= self.breaker_threshold:
            st.abandoned = f"{st.consecutive_failures} consecutive failures, last: {reason}"
            return True
        return False

    def abandon(self, host: str, reason: str) -> None:
        st = self._state(host)
        if st.abandoned is None:
            st.abandoned = reason

    def abandoned(self, host: str) -> str | None:
        return self._state(host).abandoned

    # -- accounting ---------------------------------------------------------
    def requests(self, host: str | None = None) -> int:
        if host is not None:
            return self._state(host).requests
        with self._lock:
            return sum(s.requests for s in self._hosts.values())

    def starts(self, host: str) -> list[float]:
        return list(self._state(host).starts)
