"""S6 — ZIP containers (DOCX, XLSX, ODT, ODS) judged without inflating them.

A ZIP is judged from its central directory — names, declared sizes, compression methods and
ratios — before a single entry is inflated, so a 1 MB file declaring a 1 GB entry is refused in
microseconds and with no memory. The only entry ever read is ODF's ``mimetype``, and only its
first bytes. Reading through ``zipfile`` never yields more than an entry's declared size (and
the CRC check fails when the declared size lies), so the declared sizes bound every later read,
openpyxl's included.

A container must be what it claims: OOXML needs ``[Content_Types].xml`` and exactly one main
part; ODF needs a ``mimetype`` naming an accepted ODF type and ``content.xml``. Executables,
scripts, HTML and macro parts inside are refused, whatever the container. Every refusal is a
``DomainError("unsupported_media_type", "S6", reason=…)``.
"""

from __future__ import annotations

import os
import struct
import zipfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from api.domain.errors import DomainError

ZIP_MAGIC = b"PK\x03\x04"

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"

OOXML_CONTENT_TYPES = "[Content_Types].xml"
OOXML_MAIN_PARTS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX}
ODF_TYPES = frozenset({ODT, ODS})
MIMETYPE_MAX = 128  # "application/vnd.oasis.opendocument.spreadsheet" is 46 bytes

# Names that must never travel inside a document: programs, scripts, pages a browser would run.
FORBIDDEN_EXTENSIONS = frozenset(
    {
        ".exe", ".dll", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".sys", ".drv",
        ".bat", ".cmd", ".ps1", ".psm1", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".sh",
        ".html", ".htm", ".xhtml", ".hta", ".jar", ".class", ".lnk", ".reg", ".apk", ".elf",
    }
)  # fmt: skip
# Macro parts: VBA in OOXML (.docm/.xlsm renamed .docx/.xlsx), Basic and scripts in ODF.
MACRO_NAMES = frozenset({"vbaproject.bin", "vbadata.xml", "vbaprojectsignature.bin"})
MACRO_FOLDERS = ("basic/", "scripts/")
ALLOWED_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})  # what office suites write

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_CD_RECORD_BUDGET = 512  # bytes of central directory allowed per permitted entry


@dataclass(frozen=True)
class Limits:
    """What one container may declare. ``max_ratio`` applies to entries above ``ratio_floor``
    bytes (a tiny entry is harmless whatever its ratio)."""

    max_entries: int
    max_entry_bytes: int
    max_total_bytes: int
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024


# An attachment (≤ 50 MiB on the wire) holding pictures and text: generous, still bounded.
ATTACHMENT = Limits(max_entries=5_000, max_entry_bytes=256 * 1024 * 1024, max_total_bytes=512 * 1024 * 1024)
# A delegate workbook: a 5,000-row sheet is a few MB of XML, and openpyxl holds the shared strings.
SPREADSHEET = Limits(max_entries=1_000, max_entry_bytes=32 * 1024 * 1024, max_total_bytes=64 * 1024 * 1024)


@dataclass(frozen=True)
class Entry:
    """One central-directory record, as declared (nothing inflated)."""

    name: str
    size: int
    compressed: int
    method: int = zipfile.ZIP_DEFLATED
    encrypted: bool = False


def _refuse(reason: str, **facts: str) -> DomainError:
    return DomainError("unsupported_media_type", "S6", reason=reason, **facts)


def _shown(name: str) -> str:
    return name if len(name) <= 100 else name[:97] + "..."


def forbidden_entry(name: str) -> bool:
    """S6 — a program, a script, a page or a macro part, by its name inside the container."""
    lowered = name.replace("\\", "/").lower().rstrip("/")
    base = lowered.rsplit("/", 1)[-1]
    ext = os.path.splitext(base)[1]
    return ext in FORBIDDEN_EXTENSIONS or base in MACRO_NAMES or lowered.startswith(MACRO_FOLDERS)


def check_entries(entries: Sequence[Entry], limits: Limits) -> None:
    """S6 — count, sizes, ratios, methods, duplicates and names, all as declared."""
    if len(entries) > limits.max_entries:
        raise _refuse("container_limits", safety_limit="entries")
    seen: set[str] = set()
    total = 0
    for e in entries:
        if e.name in seen:
            raise _refuse("container_invalid", entry=_shown(e.name))  # two parts, one name: ambiguous
        seen.add(e.name)
        if e.encrypted or e.method not in ALLOWED_METHODS:
            raise _refuse("container_invalid", entry=_shown(e.name))
        if forbidden_entry(e.name):
            raise _refuse("forbidden_entry", entry=_shown(e.name))
        if e.size < 0 or e.compressed < 0 or e.size > limits.max_entry_bytes:
            raise _refuse("container_limits", safety_limit="entry_size")
        if e.size > limits.ratio_floor and e.size > limits.max_ratio * max(e.compressed, 1):
            raise _refuse("container_limits", safety_limit="ratio")
        total += e.size
        if total > limits.max_total_bytes:
            raise _refuse("container_limits", safety_limit="total_size")


def container_type(names: Collection[str], mimetype: str | None) -> str:
    """S6 — the type a container proves by its parts: ODF by its ``mimetype`` (an ODF type, never
    a picture's) and ``content.xml``; OOXML by ``[Content_Types].xml`` and one main part."""
    present = set(names)
    mains = [t for part, t in OOXML_MAIN_PARTS.items() if part in present]
    if "mimetype" in present:
        if mimetype not in ODF_TYPES or "content.xml" not in present or mains:
            raise _refuse("container_mismatch")
        return mimetype
    if OOXML_CONTENT_TYPES in present and len(mains) == 1:
        return mains[0]
    raise _refuse("container_mismatch")


_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20


def _central_directory_size(file: BinaryIO) -> int:
    """The central directory's declared size, from the end record (found as ``zipfile`` finds it),
    so its size is bounded before ``zipfile`` parses it into objects."""
    file.seek(0, os.SEEK_END)
    length = file.tell()
    if length < _EOCD_SIZE:
        raise _refuse("not_a_container")
    start = max(0, length - (_EOCD_SIZE + 0xFFFF))
    file.seek(start)
    tail = file.read(length - start)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        raise _refuse("not_a_container")
    _sig, _disk, _cd_disk, _here, count, cd_size, _cd_offset, _comment = struct.unpack(
        "<4s4H2LH", tail[at : at + _EOCD_SIZE]
    )
    if count == 0xFFFF or cd_size == 0xFFFFFFFF:
        raise _refuse("container_limits", safety_limit="entries")  # ZIP64: never needed by a document here
    # ``zipfile`` prefers a ZIP64 locator just before the end record to the sizes above: a small
    # size here and a huge one there would pass this bound. ZIP64 is refused, however it is declared.
    locator = start + at - _ZIP64_LOCATOR_SIZE
    if locator >= 0:
        file.seek(locator)
        if file.read(4) == _ZIP64_LOCATOR:
            raise _refuse("container_limits", safety_limit="entries")
    return int(cd_size)


def zip_type(file: BinaryIO, limits: Limits) -> str:
    """S6 — the accepted type of a ZIP container, judged from its central directory; the only
    bytes inflated are the first ``MIMETYPE_MAX`` of ``mimetype``. Raises ``DomainError``."""
    if _central_directory_size(file) > limits.max_entries * _CD_RECORD_BUDGET:
        raise _refuse("container_limits", safety_limit="entries")
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as z:
            infos = z.infolist()
            check_entries(
                [
                    Entry(i.filename, i.file_size, i.compress_size, i.compress_type, bool(i.flag_bits & 0x1))
                    for i in infos
                ],
                limits,
            )
            names = [i.filename for i in infos]
            mimetype = None
            if "mimetype" in names:
                info = z.getinfo("mimetype")
                if info.file_size > MIMETYPE_MAX:
                    raise _refuse("container_mismatch")
                with z.open(info) as entry:
                    mimetype = entry.read(MIMETYPE_MAX + 1).decode("ascii").strip()
            return container_type(names, mimetype)
    except DomainError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError, struct.error, OSError):
        raise _refuse("not_a_container") from None  # truncated, lying sizes (CRC), unknown layout
