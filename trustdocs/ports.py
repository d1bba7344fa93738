"""Choosing a port to listen on: a busy default moves to the next free port, a busy
port the operator asked for is a one-line error.

Checked before any slow work (`demo` builds for ~20 s before it serves), by binding
the way the servers will (SO_REUSEADDR, as uvicorn and http.server do, so a port in
TIME_WAIT counts as free and only a listening socket counts as busy). Another program
may still take the port between the check and the bind; the servers then fail with
their own error, which the command line reports in one line too.
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Sequence

FALLBACK_TRIES = 20


class PortBusy(OSError):
    """No usable port; the message is one line meant for the operator."""


def port_is_free(host: str, port: int) -> bool:
    """Can a server bind host:port now? (False too when the address itself is unusable.)"""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def _unusable_host(hosts: Sequence[str]) -> str | None:
    """The first host no port can be bound on (not an address of this machine)."""
    for host in hosts:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, 0))
            except OSError as exc:
                if exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
                    return host
    return None


def choose_port(
    hosts: Sequence[str],
    port: int,
    explicit: bool,
    what: str = "the server",
    tries: int = FALLBACK_TRIES,
) -> int:
    """`port` if it is free on every host, else (unless `explicit`) the next free one.

    Port 0 means "any free port" and is returned as is (the server picks one).
    Raises PortBusy with a one-line message when nothing fits.
    """
    if port == 0:
        return 0
    bad_host = _unusable_host(hosts)
    if bad_host:
        raise PortBusy(f"cannot listen on {bad_host}: not an address of this machine")
    where = hosts[0] if len(hosts) == 1 else f"{hosts[0]}…{hosts[-1]}"
    if all(port_is_free(h, port) for h in hosts):
        return port
    if explicit:
        raise PortBusy(
            f"port {port} on {where} is in use: stop what uses it or choose another with --port"
        )
    for candidate in range(port + 1, min(port + 1 + tries, 65536)):
        if all(port_is_free(h, candidate) for h in hosts):
            return candidate
    raise PortBusy(f"ports {port}–{port + tries} on {where} are all in use: choose one with --port")
