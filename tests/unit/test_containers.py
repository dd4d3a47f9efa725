"""S6 — ZIP containers judged from their central directory (api.domain.containers)."""

import io
import zipfile

import pytest

from api.domain.containers import (
    ATTACHMENT,
    DOCX,
    ODS,
    ODT,
    SPREADSHEET,
    XLSX,
    Entry,
    Limits,
    check_entries,
    container_type,
    forbidden_entry,
    zip_type,
)
from api.domain.errors import DomainError
from api.domain.submissions import stored_name


def _zip(entries: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> io.BytesIO:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    out.seek(0)
    return out


DOCX_PARTS = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
XLSX_PARTS = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}


def _reason(exc: pytest.ExceptionInfo[DomainError]) -> object:
    assert (exc.value.code, exc.value.rule) == ("unsupported_media_type", "S6")
    return exc.value.facts.get("reason")


def test_S6_containers_prove_their_type_by_their_parts() -> None:
    assert zip_type(_zip(DOCX_PARTS), ATTACHMENT) == DOCX
    assert zip_type(_zip(XLSX_PARTS), SPREADSHEET) == XLSX
    assert zip_type(_zip({"mimetype": ODT.encode(), "content.xml": b"<x/>"}), ATTACHMENT) == ODT
    assert zip_type(_zip({"mimetype": ODS.encode(), "content.xml": b"<x/>"}), ATTACHMENT) == ODS
    for names in (["word/document.xml"], ["[Content_Types].xml"], [*DOCX_PARTS, "xl/workbook.xml"], ["a.txt"]):
        with pytest.raises(DomainError) as err:
            container_type(names, None)
        assert _reason(err) == "container_mismatch"


def test_S6_zip_with_png_mimetype_is_never_a_picture() -> None:
    for mimetype in (b"image/png", b"application/pdf", b"application/vnd.oasis.opendocument.textx"):
        with pytest.raises(DomainError) as err:
            zip_type(_zip({"mimetype": mimetype, "content.xml": b"<x/>"}), ATTACHMENT)
        assert _reason(err) == "container_mismatch"
    with pytest.raises(DomainError):  # an ODF without content.xml
        zip_type(_zip({"mimetype": ODT.encode()}), ATTACHMENT)


@pytest.mark.parametrize(
    "name",
    [
        "payload.exe",
        "word/media/x.DLL",
        "run.bat",
        "a/b/c.cmd",
        "x.js",
        "x.vbs",
        "x.ps1",
        "x.sh",
        "index.html",
        "x.htm",
        "x.hta",
        "x.jar",
        "x.msi",
        "x.scr",
        "word/vbaProject.bin",
        "Basic/Standard/Module1.xml",
        "Scripts/python/x.py",
    ],
)
def test_S6_programs_scripts_pages_and_macros_inside_are_refused(name: str) -> None:
    assert forbidden_entry(name)
    with pytest.raises(DomainError) as err:
        zip_type(_zip(DOCX_PARTS | {name: b"MZ"}), ATTACHMENT)
    assert _reason(err) == "forbidden_entry"
    assert err.value.facts["entry"] == name


def test_S6_ordinary_parts_are_not_forbidden() -> None:
    for name in ("word/media/image1.png", "word/embeddings/oleObject1.bin", "Pictures/1.svg", "docProps/app.xml"):
        assert not forbidden_entry(name)


def test_S6_limits_are_judged_on_declared_sizes() -> None:
    small = Limits(max_entries=3, max_entry_bytes=100, max_total_bytes=150, max_ratio=10, ratio_floor=10)
    check_entries([Entry("a", 100, 50), Entry("b", 40, 40)], small)
    cases = {
        "entries": [Entry(str(n), 1, 1) for n in range(4)],
        "entry_size": [Entry("a", 101, 101)],
        "total_size": [Entry("a", 100, 100), Entry("b", 60, 60)],
        "ratio": [Entry("a", 100, 9)],
    }
    for limit, entries in cases.items():
        with pytest.raises(DomainError) as err:
            check_entries(entries, small)
        assert (_reason(err), err.value.facts["safety_limit"]) == ("container_limits", limit)
    for bad in (
        [Entry("a", 1, 1), Entry("a", 1, 1)],
        [Entry("a", 1, 1, encrypted=True)],
        [Entry("a", 1, 1, method=14)],
    ):
        with pytest.raises(DomainError) as err:
            check_entries(bad, small)
        assert _reason(err) == "container_invalid"


def test_threat_zip_bomb_refused_before_inflating() -> None:
    """A 50 MB mimetype of zeros (about 50 KB deflated): refused by its declared size alone."""
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z, z.open("mimetype", "w", force_zip64=False) as f:
        chunk = b"\0" * (1024 * 1024)
        for _ in range(50):
            f.write(chunk)
    assert bomb.tell() < 200_000
    with pytest.raises(DomainError) as err:
        zip_type(bomb, ATTACHMENT)
    assert (_reason(err), err.value.facts["safety_limit"]) == ("container_limits", "ratio")
    quiet = Limits(max_entries=10, max_entry_bytes=1 << 30, max_total_bytes=1 << 30, max_ratio=10_000)
    with pytest.raises(DomainError) as err:
        zip_type(bomb, quiet)
    assert _reason(err) == "container_mismatch"  # a mimetype over 128 bytes is no mimetype
    with pytest.raises(DomainError) as err:
        zip_type(_zip(DOCX_PARTS | {"word/big.xml": b"\0" * (40 * 1024 * 1024)}), SPREADSHEET)
    assert (_reason(err), err.value.facts["safety_limit"]) == ("container_limits", "entry_size")


def test_S6_a_lying_central_directory_is_caught_by_the_crc() -> None:
    """Declared 46 bytes, holding more: zipfile stops at the declared size and the CRC fails."""
    raw = _zip({"mimetype": b"x" * 4000, "content.xml": b"<x/>"}).getvalue()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        assert z.infolist()[0].filename == "mimetype"
    patched = bytearray(raw)
    record = raw.find(b"PK\x01\x02")  # the first central directory record: mimetype's
    patched[record + 24 : record + 28] = len(ODT).to_bytes(4, "little")
    with pytest.raises(DomainError) as err:
        zip_type(io.BytesIO(bytes(patched)), ATTACHMENT)
    assert _reason(err) == "not_a_container"


def test_S6_not_a_zip_is_not_a_container() -> None:
    for junk in (b"", b"PK\x03\x04 not really", b"x" * 100):
        with pytest.raises(DomainError) as err:
            zip_type(io.BytesIO(junk), ATTACHMENT)
        assert _reason(err) == "not_a_container"


def test_S6_stored_extension_follows_type() -> None:
    assert stored_name("x.docx", "application/pdf") == "x.pdf"
    assert stored_name("Kế hoạch.pdf", "application/pdf") == "Kế hoạch.pdf"
    assert stored_name("ảnh.JPEG", "image/jpeg") == "ảnh.JPEG"
    assert stored_name("ảnh.png", "image/jpeg") == "ảnh.jpg"
    assert stored_name("bao-cao", DOCX) == "bao-cao.docx"
    assert stored_name(".htaccess", "application/pdf") == ".htaccess.pdf"
    assert stored_name("x.exe", XLSX) == "x.xlsx"


def test_threat_zip64_locator_cannot_hide_a_huge_central_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    """The end record claims one small entry while a ZIP64 record before it (which ``zipfile``
    prefers) declares the real, huge directory: refused before ``zipfile`` parses a single entry."""
    import struct

    from api.domain import containers

    raw = _zip({f"e{i}.xml": b"" for i in range(3000)}).getvalue()
    eocd_at = raw.rfind(b"PK\x05\x06")
    _sig, _d, _cd, _here, count, cd_size, cd_offset, _c = struct.unpack("<4s4H2LH", raw[eocd_at : eocd_at + 22])
    zip64_at = eocd_at
    zip64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, cd_size, cd_offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, zip64_at, 1)
    lying_eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, 46, cd_offset, 0)
    forged = io.BytesIO(raw[:eocd_at] + zip64 + locator + lying_eocd)
    with zipfile.ZipFile(forged) as z:  # zipfile itself reads the hidden directory
        assert len(z.infolist()) == 3000

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile was reached")

    monkeypatch.setattr(containers.zipfile, "ZipFile", never)
    with pytest.raises(DomainError) as err:
        zip_type(forged, ATTACHMENT)
    assert (_reason(err), err.value.facts["safety_limit"]) == ("container_limits", "entries")
