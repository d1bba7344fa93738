"""HostGate: spacing between request starts, one in flight, circuit breaker."""

from __future__ import annotations

import itertools
import threading
import time

import pytest

from scrapers.politeness import HostGate, Stopped


def test_spacing_between_starts_per_host():
    # The gate's own record of each grant: a time taken by the thread after the grant
    # also measures how late the scheduler woke it, which on two busy cores can eat a
    # few milliseconds of the 0.1 s and fail a correct gate.
    gate = HostGate(0.1, keep_starts=True)

    def run(host):
        for _ in range(3):
            with gate.slot(host):
                pass

    t0 = time.monotonic()
    threads = [threading.Thread(target=run, args=(h,)) for h in ("a", "b", "a")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    elapsed = time.monotonic() - t0
    a = gate.starts("a")
    assert len(a) == 6
    assert all(y - x >= 0.099 for x, y in itertools.pairwise(a))
    assert elapsed < 0.5 + 0.25  # host b ran alongside host a
    assert gate.requests("a") == 6 and gate.requests() == 9


def test_one_in_flight():
    gate = HostGate(0.0)
    inflight = []
    peak = []

    def run():
        with gate.slot("h"):
            inflight.append(1)
            peak.append(len(inflight))
            time.sleep(0.03)
            inflight.pop()

    threads = [threading.Thread(target=run) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert max(peak) == 1


def test_set_delay_counts_from_last_start_and_never_below_min():
    gate = HostGate(0.05)
    with gate.slot("h"):
        t0 = time.monotonic()
    assert gate.set_delay("h", 0.2) == 0.2
    with gate.slot("h"):
        t1 = time.monotonic()
    assert t1 - t0 >= 0.19
    assert gate.set_delay("h", 0.01) == 0.05
    assert gate.set_delay("h", None) == 0.05


def test_defer():
    gate = HostGate(0.0)
    gate.defer("h", 0.15)
    t0 = time.monotonic()
    with gate.slot("h"):
        pass
    assert time.monotonic() - t0 >= 0.14


def test_breaker():
    gate = HostGate(0.0, breaker_threshold=3)
    assert not gate.record_failure("h", "x")
    gate.record_success("h")
    assert not gate.record_failure("h", "x")
    assert not gate.record_failure("h", "x")
    assert gate.abandoned("h") is None
    assert gate.record_failure("h", "boom")
    assert "boom" in gate.abandoned("H")


def test_stop_interrupts_wait():
    stop = threading.Event()
    gate = HostGate(0.0, stop=stop)
    gate.defer("h", 30)
    threading.Timer(0.1, stop.set).start()
    t0 = time.monotonic()
    with pytest.raises(Stopped), gate.slot("h"):
        pass
    assert time.monotonic() - t0 < 2
