"""What a response's body is, and getting it onto disk without trusting the server.

Servers lie about Content-Type, send more bytes than they promised (or fewer),
and sometimes drip a body so slowly that no read timeout ever fires. Everything
that guards against that once a 200 has arrived lives here, so the client in
`scrapers.http` is left with the decisions (retry, back off, give up) and this
module with the bytes: streaming into memory or the raw store under a size and
time cap, and sniffing what the bytes really are.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import socket
import threading
import time
import zipfile
from collections.abc import Callable
from urllib.parse import urlsplit

import requests

from scrapers.http_guard import FetchError, TransientError, _short
from scrapers.models import Fetched
from scrapers.politeness import host_key
from scrapers.store import HEAD_BYTES, RawStore

CHUNK = 64 * 1024


# ---------------------------------------------------------------------------
# what the bytes are
# ---------------------------------------------------------------------------


_ZIP_KINDS = (
    ("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
)
_ODF_PREFIX = b"mimetypeapplication/vnd.oasis.opendocument."


def _zip_type(head: bytes, open_zip: Callable[[], zipfile.ZipFile] | None) -> str:
    # ODF puts an uncompressed "mimetype" entry first.
    i = head.find(_ODF_PREFIX)
    if 0 <= i < 100:
        end = i + len(b"mimetype")
        rest = head[end : end + 80]
        kind = rest.split(b"PK", 1)[0].decode("ascii", "replace").strip()
        if kind.startswith("application/"):
            return kind
    names: list[str] = []
    odf_mime = ""
    if open_zip is not None:
        try:
            with open_zip() as z:
                names = z.namelist()
                if "mimetype" in names and z.getinfo("mimetype").file_size < 200:
                    odf_mime = z.read("mimetype").decode("ascii", "replace").strip()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
            names = []
    # ODF written by tools that do not put "mimetype" first (or omit it)
    if odf_mime.startswith("application/vnd.oasis.opendocument."):
        return odf_mime
    if "content.xml" in names and "META-INF/manifest.xml" in names:
        return "application/vnd.oasis.opendocument.text"
    if not names:  # fall back to the local headers we have
        text = head.decode("latin-1")
        names = [p for p, _ in _ZIP_KINDS if p in text]
    for prefix, mime in _ZIP_KINDS:
        if any(n.startswith(prefix) for n in names):
            return mime
    return "application/zip"


def sniff_type(head: bytes, open_zip: Callable[[], zipfile.ZipFile] | None = None) -> str:
    """The content type the bytes themselves show (not what a server claimed)."""
    if not head:
        return "application/x-empty"
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_type(head, open_zip)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"  # legacy .doc / .xls / .msg
    if head.startswith(b"{\\rtf"):
        return "application/rtf"
    if head[:4] in (b"\x89PNG", b"GIF8") or head[:3] == b"\xff\xd8\xff":
        return {b"\x89PN": "image/png", b"GIF": "image/gif"}.get(head[:3], "image/jpeg")
    text = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
        text.startswith((b"<!--", b"<?xml", b"<!doctype")) and b"<html" in head[:4096].lower()
    ):
        return "text/html"
    if text.startswith(b"<?xml"):
        return "application/xml"
    sample = head[:4096]
    if b"\x00" in sample:
        return "application/octet-stream"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not merely a character cut at the end
            return "application/octet-stream"
    if b"<a " in sample.lower() or b"<div" in sample.lower() or b"<p>" in sample.lower():
        return "text/html"
    return "text/plain"


_VAGUE_TYPES = frozenset(
    {
        "",
        "application/octet-stream",
        "binary/octet-stream",
        "application/force-download",
        "application/download",
        "application/x-download",
        "application/unknown",
    }
)
_FAMILIES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/msword": "ole",
    "application/vnd.ms-excel": "ole",
    "application/x-ole-storage": "ole",
    "application/vnd.ms-office": "ole",
    "text/plain": "text",
    "text/csv": "text",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
}


def _family(mime: str) -> str:
    if mime in _FAMILIES:
        return _FAMILIES[mime]
    if mime.startswith("application/vnd.openxmlformats-officedocument") or mime.startswith(
        "application/vnd.oasis.opendocument"
    ):
        return "zip"
    if mime.startswith("image/"):
        return "image"
    return mime


def essence(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def type_mismatch(declared: str | None, sniffed: str) -> str | None:
    """A warning when the server's Content-Type disagrees with the bytes."""
    d = essence(declared)
    if d in _VAGUE_TYPES:
        return None
    fd, fs = _family(d), _family(sniffed)
    if fd == fs:
        return None
    if (fs == "text" and fd in ("html", "text")) or (d.startswith("text/") and fs == "text"):
        return None
    if fd == "html" and fs in ("text", "application/xml"):
        return None
    return f"declared content type {d} but the bytes look like {sniffed}"


# ---------------------------------------------------------------------------
# getting the bytes
# ---------------------------------------------------------------------------


class _Sink:
    """Where a body goes while it downloads: memory (bounded) or a store blob."""

    def __init__(self, store: RawStore | None, keep_body: bool) -> None:
        self.buf = io.BytesIO() if keep_body or store is None else None
        self.blob = store.pending() if (store is not None and self.buf is None) else None
        self.size = 0
        self.head = b""

    def write(self, chunk: bytes) -> None:
        if len(self.head) < HEAD_BYTES:
            self.head += chunk[: HEAD_BYTES - len(self.head)]
        self.size += len(chunk)
        if self.buf is not None:
            self.buf.write(chunk)
        else:
            assert self.blob is not None
            self.blob.write(chunk)

    def discard(self) -> None:
        if self.blob is not None:
            self.blob.discard()


def download(
    resp: requests.Response,
    current: str,
    url: str,
    result: Fetched,
    store: RawStore | None,
    keep_body: bool,
    max_bytes: int,
    t0: float,
    max_fetch_seconds: float,
) -> bytes | None:
    """Read a 200 response's body into memory (``keep_body``) or ``store`` and fill
    in ``result``; returns the bytes when kept in memory.

    ``current`` is the URL that answered, ``url`` the one asked for, ``t0`` when
    the request started (the time cap counts from there). Raises `FetchError`
    (too large, too slow) or `TransientError` (cut short); nothing is left in
    the store then.
    """
    host = host_key(urlsplit(current).hostname)
    declared_len = _declared_length(resp, max_bytes)
    sink = _Sink(store, keep_body)
    _stream(resp, sink, host, declared_len, max_bytes, t0, max_fetch_seconds)
    return _record(resp, sink, current, url, result, store)


def _declared_length(resp: requests.Response, max_bytes: int) -> int | None:
    """The Content-Length, if any; raise `FetchError` when it is over the cap."""
    declared_len: int | None = None
    cl = resp.headers.get("Content-Length")
    if cl is not None:
        with contextlib.suppress(ValueError):
            declared_len = int(cl.strip())
    if declared_len is not None and declared_len > max_bytes:
        raise FetchError(
            f"too large: Content-Length {declared_len} exceeds the {max_bytes}-byte cap", 200
        )
    return declared_len


def _stream(
    resp: requests.Response,
    sink: _Sink,
    host: str,
    declared_len: int | None,
    max_bytes: int,
    t0: float,
    max_fetch_seconds: float,
) -> None:
    """Copy the body into ``sink`` under the size and time caps (discarding it on failure)."""
    encoded = bool(resp.headers.get("Content-Encoding", "").strip().lower() not in ("", "identity"))
    deadline = t0 + max_fetch_seconds
    too_slow = FetchError(f"download took longer than {max_fetch_seconds:g}s", 200)
    # A server dripping bytes never trips the read timeout: a watchdog cuts it off.
    expired = threading.Event()
    watchdog = threading.Timer(
        max(0.0, deadline - time.monotonic()), _abort_response, args=(resp, expired)
    )
    watchdog.daemon = True
    watchdog.start()
    try:
        try:
            for chunk in resp.iter_content(CHUNK):
                sink.write(chunk)
                if sink.size > max_bytes:
                    raise FetchError(f"too large: more than {max_bytes} bytes", 200)
                if expired.is_set() or time.monotonic() > deadline:
                    raise too_slow
        except (requests.exceptions.RequestException, OSError, ValueError) as exc:
            if expired.is_set():
                raise too_slow from exc
            msg = _short(exc)
            if "IncompleteRead" in msg or "Connection broken" in msg:
                raise TransientError(
                    f"truncated body ({sink.size} bytes"
                    + (f" of {declared_len}" if declared_len is not None else "")
                    + f"): {msg}",
                    host,
                    200,
                ) from exc
            raise TransientError(f"error while downloading: {msg}", host, 200) from exc
        raw_read = _raw_bytes_read(resp)
        got = raw_read if (encoded and raw_read is not None) else sink.size
        if declared_len is not None and got < declared_len:
            raise TransientError(f"truncated body ({got} of {declared_len} bytes)", host, 200)
        if expired.is_set():
            raise too_slow
    except BaseException:
        sink.discard()
        raise
    finally:
        watchdog.cancel()


def _record(
    resp: requests.Response,
    sink: _Sink,
    current: str,
    url: str,
    result: Fetched,
    store: RawStore | None,
) -> bytes | None:
    """Fill in ``result`` from the headers and the downloaded bytes; commit them."""
    declared = resp.headers.get("Content-Type")
    result.declared_type = essence(declared) or None
    result.etag = resp.headers.get("ETag")
    result.last_modified = resp.headers.get("Last-Modified")
    result.size = sink.size
    result.final_url = current if current != url else None
    body = _commit_body(sink, store, result)
    if result.content_type == "application/x-ole-storage":
        # legacy Office: the bytes say "OLE", the name says which
        ext = urlsplit(current).path.lower().rsplit(".", 1)[-1]
        result.content_type = {
            "xls": "application/vnd.ms-excel",
            "msg": "application/vnd.ms-outlook",
        }.get(ext, "application/msword")
    warn = type_mismatch(declared, result.content_type or "")
    if warn:
        result.warnings.append(warn)
    return body


def _commit_body(sink: _Sink, store: RawStore | None, result: Fetched) -> bytes | None:
    """Sniff the type and hash (committing a store blob); the body if held in memory."""
    body: bytes | None = None
    if sink.buf is not None:
        body = sink.buf.getvalue()
        result.content_type = sniff_type(
            sink.head, lambda: zipfile.ZipFile(io.BytesIO(body or b""))
        )
        if store is not None:
            result.sha256 = store.put(body)
        else:
            result.sha256 = hashlib.sha256(body).hexdigest()
    else:
        assert sink.blob is not None
        blob = sink.blob
        head = sink.head
        tmp = blob.tmp_path
        # Sniff before commit, while the temp file is ours.
        try:
            blob._file.flush()  # type: ignore[union-attr]
            result.content_type = sniff_type(head, lambda: zipfile.ZipFile(tmp))
            result.sha256 = blob.commit()
        except BaseException:
            blob.discard()
            raise
    return body


def _abort_response(resp: requests.Response, expired: threading.Event) -> None:
    """Cut a download off from another thread (shutting the socket wakes the reader)."""
    expired.set()
    raw = getattr(resp, "raw", None)
    sock = None
    conn = getattr(raw, "_connection", None)
    sock = getattr(conn, "sock", None)
    if sock is None:
        with contextlib.suppress(AttributeError):
            sock = raw._fp.fp.raw._sock  # type: ignore[union-attr]
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _raw_bytes_read(resp: requests.Response) -> int | None:
    raw = getattr(resp, "raw", None)
    tell = getattr(raw, "tell", None)
    if tell is None:
        return None
    try:
        return int(tell())
    except Exception:
        return None
