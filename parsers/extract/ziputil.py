"""Zip bomb guard shared by the OOXML/ODF readers."""

from __future__ import annotations

import io
import zipfile

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # 200 MB in all
MAX_RATIO = 200  # per member, for members bigger than 1 MB
MAX_MEMBERS = 10_000


def open_zip_safely(data: bytes, what: str) -> zipfile.ZipFile:
    """Open `data` as a zip, refusing bombs before anything is decompressed."""
    from parsers.extract import ExtractionError

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ExtractionError(f"{what}: not a readable zip container ({exc})", "corrupt") from exc
    if len(infos) > MAX_MEMBERS:
        raise ExtractionError(f"{what}: {len(infos)} zip members; refusing", "zip_bomb")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ExtractionError(f"{what}: encrypted zip member {info.filename}", "encrypted")
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExtractionError(
                f"{what}: zip member {info.filename} expands {info.file_size} bytes from "
                f"{info.compress_size} (ratio over {MAX_RATIO}); refusing as a zip bomb",
                "zip_bomb",
            )
    if total > MAX_UNCOMPRESSED:
        raise ExtractionError(
            f"{what}: uncompressed size {total} bytes exceeds {MAX_UNCOMPRESSED}; refusing",
            "zip_bomb",
        )
    return zf


def read_member(zf: zipfile.ZipFile, name: str, limit: int = MAX_UNCOMPRESSED) -> bytes:
    """Read one member, stopping at its declared size (or `limit`, the smaller)
    even if the header lied about it: a lying bomb costs no more than an honest
    one. Raises ExtractionError("too_large") above `limit`."""
    from parsers.extract import ExtractionError

    declared = zf.getinfo(name).file_size
    if declared > limit:
        raise ExtractionError(
            f"zip member {name} is {declared} bytes, over the {limit} byte limit", "too_large"
        )
    parts: list[bytes] = []
    got = 0
    with zf.open(name) as fh:
        while got <= declared:
            chunk = fh.read(min(1024 * 1024, declared + 1 - got))
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
    if got > declared:
        raise ExtractionError(f"zip member {name} larger than declared; refusing", "zip_bomb")
    return b"".join(parts)
