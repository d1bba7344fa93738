"""A budget on what one PDF page may cost to interpret.

pdfplumber lays a page out by running pdfminer's interpreter over the whole
content stream, form XObjects included, and only then can anyone count what it
made. A page of 10 million characters, or a few KB of form XObjects each
drawing the next ten times (10¹² draws), runs out of memory or time before a
check after the fact is reached. `layout_with_budget(page)` lays the page out
with a device that counts characters, paths, images and form XObjects as they
are made and stops at a limit or a deadline, raising `PageOverBudget`; the
layout is then installed on the pdfplumber page as its cached layout, so
everything pdfplumber does afterwards uses it.
"""

from __future__ import annotations

import re
import time
import zlib

MAX_STREAM_BYTES = 32 * 1024 * 1024  # one content stream, inflated
MAX_OBJECTS_PER_PAGE = 250_000  # characters + paths + images
MAX_PATHS_PER_PAGE = 10_000  # shapes kept; more are dropped (text is still read)
MAX_FIGURES_PER_PAGE = 20_000  # form XObjects drawn (each may draw others)
PAGE_SECONDS = 20.0  # interpreting one page


class PageOverBudget(Exception):
    """The page made more objects, figures or took longer than its budget."""


_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+Do\b")


def _name(value) -> str:
    """A PDF name (pdfminer PSLiteral) as text."""
    name = getattr(value, "name", value)
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def _inflated_size(stream, limit: int) -> int:
    """The inflated size of a (single-filter Flate) stream, counting no further
    than `limit` + 1, without keeping the inflated bytes."""
    raw = getattr(stream, "rawdata", None)
    filters = stream.get_filters() if hasattr(stream, "get_filters") else []
    if raw is None or len(filters) != 1 or _name(filters[0][0]) != "FlateDecode":
        return 0
    inflate = zlib.decompressobj()
    total = 0
    chunk = raw
    try:
        while chunk and total <= limit:
            total += len(inflate.decompress(chunk, 1024 * 1024))
            chunk = inflate.unconsumed_tail
    except zlib.error:
        return total  # broken data: pdfminer reports it
    return total


def _stream_data(stream, limit: int) -> bytes:
    if _inflated_size(stream, limit) > limit:
        raise PageOverBudget(f"a content stream inflates past {limit // 1024**2} MB")
    try:
        return stream.get_data() or b""
    except Exception:
        return b""


def check_page(page_obj, max_figures: int = MAX_FIGURES_PER_PAGE) -> None:
    """Before the page is interpreted (or rendered for OCR): refuse content
    streams that inflate past MAX_STREAM_BYTES, form XObjects that draw
    themselves, and nests of them drawing more than `max_figures` forms."""
    from pdfminer.pdftypes import PDFStream, resolve1

    def streams(value) -> list:
        value = resolve1(value)
        items = value if isinstance(value, list) else [value]
        return [resolve1(v) for v in items if isinstance(resolve1(v), PDFStream)]

    def xobjects(resources) -> dict:
        resources = resolve1(resources)
        if not isinstance(resources, dict):
            return {}
        found = resolve1(resources.get("XObject"))
        return found if isinstance(found, dict) else {}

    cost: dict[int, int] = {}  # id(form) -> figures it draws, all levels

    def draws(content: bytes, table: dict, path: frozenset[int]) -> int:
        total = 0
        for name in _DO.findall(content):
            form = resolve1(table.get(name.decode("latin-1")))
            if not isinstance(form, PDFStream) or _name(form.attrs.get("Subtype")) != "Form":
                continue
            key = id(form)
            if key in path:
                raise PageOverBudget("a drawing (form XObject) draws itself")
            if key not in cost:
                inner = _stream_data(form, MAX_STREAM_BYTES)
                own = xobjects(form.attrs.get("Resources")) or table
                cost[key] = 1 + draws(inner, own, path | {key})
            total += cost[key]
            if total > max_figures:
                raise PageOverBudget("too many nested drawings (form XObjects)")
        return total

    table = xobjects(page_obj.resources)
    for content in streams(page_obj.attrs.get("Contents")):
        draws(_stream_data(content, MAX_STREAM_BYTES), table, frozenset())


def _device_class():
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class BudgetedAggregator(PDFPageAggregatorWithMarkedContent):
        def __init__(self, *args, max_objects: int, max_figures: int, seconds: float, **kw):
            super().__init__(*args, **kw)
            self.left = max_objects
            self.figures_left = max_figures
            self.max_objects = max_objects
            self.deadline = time.monotonic() + seconds
            self.seconds = seconds
            self.paths_left = MAX_PATHS_PER_PAGE
            self.dropped_paths = 0

        def _spend(self) -> None:
            self.left -= 1
            if self.left < 0:
                raise PageOverBudget(f"more than {self.max_objects:,} objects")
            if self.left % 2048 == 0 and time.monotonic() > self.deadline:
                raise PageOverBudget(f"over {self.seconds:.0f} s to interpret")

        def render_char(self, *args, **kwargs):  # type: ignore[override]
            self._spend()
            return super().render_char(*args, **kwargs)

        def render_image(self, *args, **kwargs):  # type: ignore[override]
            self._spend()
            return super().render_image(*args, **kwargs)

        def paint_path(self, *args, **kwargs):  # type: ignore[override]
            # shapes only matter as table rules: past the cap they are dropped
            # (making each one costs more than all the page's text)
            self.paths_left -= 1
            if self.paths_left < 0:
                self.dropped_paths += 1
                if self.dropped_paths % 2048 == 0 and time.monotonic() > self.deadline:
                    raise PageOverBudget(f"over {self.seconds:.0f} s to interpret")
                return None
            self._spend()
            return super().paint_path(*args, **kwargs)

        def begin_figure(self, *args, **kwargs):  # type: ignore[override]
            self.figures_left -= 1
            if self.figures_left < 0:
                raise PageOverBudget("too many nested drawings (form XObjects)")
            if time.monotonic() > self.deadline:
                raise PageOverBudget(f"over {self.seconds:.0f} s to interpret")
            return super().begin_figure(*args, **kwargs)

    return BudgetedAggregator


def layout_with_budget(
    page,
    max_objects: int = MAX_OBJECTS_PER_PAGE,
    max_figures: int = MAX_FIGURES_PER_PAGE,
    seconds: float = PAGE_SECONDS,
) -> None:
    """Lay `page` (a pdfplumber Page) out within the budget and cache the layout
    on it; raises PageOverBudget, or whatever pdfminer raises for a broken page."""
    if getattr(page, "_layout", None) is not None:
        return
    check_page(page.page_obj, max_figures)
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = _device_class()(
        page.pdf.rsrcmgr,
        pageno=page.page_number,
        laparams=page.pdf.laparams,
        max_objects=max_objects,
        max_figures=max_figures,
        seconds=seconds,
    )
    interpreter = PDFPageInterpreter(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except RecursionError as exc:  # a form XObject that draws itself
        raise PageOverBudget("drawings nested too deeply") from exc
    page._layout = device.get_result()
    page.dropped_paths = device.dropped_paths
