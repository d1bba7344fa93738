"""The bundled offline demo: fictional NHS trusts' websites served on loopback.

`DemoWeb` (server), `demo_trusts` / `foi_facts` / `wres_facts` (what every
document says) and `demo_registry_rows` are imported lazily, so importing
`trustdocs.demo.render` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trustdocs.demo.facts import demo_trusts, foi_facts, wres_facts
    from trustdocs.demo.server import DemoWeb, demo_registry_rows

__all__ = ["DemoWeb", "demo_registry_rows", "demo_trusts", "foi_facts", "wres_facts"]


def __getattr__(name: str) -> Any:
    if name in ("DemoWeb", "demo_registry_rows"):
        from trustdocs.demo import server

        return getattr(server, name)
    if name in ("demo_trusts", "foi_facts", "wres_facts"):
        from trustdocs.demo import facts

        return getattr(facts, name)
    raise AttributeError(name)
