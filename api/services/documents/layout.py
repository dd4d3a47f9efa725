"""D2 — the layout of Decree 30/2020/NĐ-CP (Appendix I) shared by every document the service writes.

Built with python-docx: the blocks the decree fixes (issuer, national motto, number, place and
date, title, body, "Nơi nhận", signature) are laid out here in code, so every document carries
them the same way and a test can find them again; the page, the fonts and any letterhead image
come from a template file (``api/templates/documents/base.docx``) that a district may replace —
per district (``<district_id>/<kind>.docx`` or ``<district_id>/base.docx``) or for every
district (``<kind>.docx``, ``base.docx``). A template's body is cleared; its section (page size,
margins), styles, header and footer stay. python-docx rather than docxtpl: Jinja tags inside Word
runs break when a template is edited in Word, while a styles-only template survives any edit.

Rendering is CPU work: callers run ``render`` with ``offload(Work.FILES, …)``.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document as open_docx
from docx.document import Document as Docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from api.domain.conferences import decree30_date
from api.domain.decisions import place_of as place_of  # C7's place line, one rule for every document

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates" / "documents"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def date_line(place: str, day: dt.date) -> str:
    """C7 — ``{place}, ngày dd tháng mm năm yyyy`` with Decree 30's leading zeros."""
    return f"{place}, {decree30_date(day)}"


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    italic: bool = False
    centered: bool = False


@dataclass(frozen=True)
class Table:
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths_cm: Sequence[float] = ()


@dataclass(frozen=True)
class Article:
    """An article of a decision: its label in bold ("Điều 1."), then its text in the same paragraph."""

    label: str
    text: str


Block = Heading | Text | Table | Article


@dataclass(frozen=True)
class Letter:
    """One document in the decree's layout."""

    issuer: str  # tên cơ quan ban hành, e.g. "UBND XÃ HƯƠNG THỦY"
    number: str  # e.g. "      /GM-UBND" — officers fill the number in when it is issued
    place: str
    day: dt.date
    kind: str  # tên loại văn bản, e.g. "GIẤY MỜI"
    summary: Sequence[str] = ()  # trích yếu, under the kind
    body: Sequence[Block] = ()
    recipients: Sequence[str] = ()  # Nơi nhận (without "Lưu: VT", added last)
    signer_authority: str = ""  # e.g. "TM. ỦY BAN NHÂN DÂN"; empty when one signs in their own title
    signer_title: str = "CHỦ TỊCH"
    signer_name: str = ""
    parent_issuer: str | None = None  # tên cơ quan chủ quản, above the issuer
    annexes: Sequence[Block] = field(default_factory=tuple)


def template_path(kind: str, district_id: uuid.UUID | None, root: Path = TEMPLATES) -> Path:
    """The template a document is built on: the district's own, then the deployment's, then the base."""
    candidates = []
    if district_id is not None:
        candidates += [root / str(district_id) / f"{kind}.docx", root / str(district_id) / "base.docx"]
    candidates += [root / f"{kind}.docx", root / "base.docx"]
    return next((p for p in candidates if p.is_file()), root / "base.docx")


def _clear_body(doc: Docx) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _no_borders(table: object) -> None:
    tbl = table._tbl  # type: ignore[attr-defined]  # python-docx keeps the XML element private
    pr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    pr.append(borders)


def _line(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, size: float = 13) -> Paragraph:
    p = cell.paragraphs[0] if not cell.paragraphs[0].text and len(cell.paragraphs) == 1 else cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    paragraph: Paragraph = p
    return paragraph


def _rule(cell: _Cell) -> None:
    """The short horizontal line under the issuer and under the motto."""
    _line(cell, "—————", size=10)


def _header(doc: Docx, letter: Letter) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.width, right.width = Cm(6.5), Cm(9.5)
    if letter.parent_issuer:
        _line(left, letter.parent_issuer.upper(), size=12)
    _line(left, letter.issuer.upper(), bold=True, size=12)
    _rule(left)
    _line(left, f"Số: {letter.number}", size=13)
    _line(right, MOTTO[0], bold=True, size=12)
    _line(right, MOTTO[1], bold=True, size=13)
    _rule(right)
    _line(right, date_line(letter.place, letter.day), italic=True, size=13)


def _paragraph(doc: Docx, text: str, *, bold: bool = False, italic: bool = False, centered: bool = False) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centered else WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    if not centered:
        p.paragraph_format.first_line_indent = Cm(1)
    run = p.add_run(text)
    run.bold, run.italic = bold, italic


def _article(doc: Docx, block: Article) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.first_line_indent = Cm(1)
    p.add_run(block.label).bold = True
    p.add_run(f" {block.text}")


def _table(doc: Docx, block: Table) -> None:
    table = doc.add_table(rows=1, cols=len(block.headers))
    table.style = doc.styles["Table Grid"] if "Table Grid" in [s.name for s in doc.styles] else None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, block.headers, strict=True):
        _line(cell, text, bold=True, size=12)
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.paragraphs[0].add_run(text).font.size = Pt(12)
    if block.widths_cm:
        for row in table.rows:
            for cell, width in zip(row.cells, block.widths_cm, strict=False):
                cell.width = Cm(width)


def _blocks(doc: Docx, blocks: Sequence[Block]) -> None:
    for block in blocks:
        if isinstance(block, Heading):
            _paragraph(doc, block.text, bold=True)
        elif isinstance(block, Text):
            _paragraph(doc, block.text, bold=block.bold, italic=block.italic, centered=block.centered)
        elif isinstance(block, Article):
            _article(doc, block)
        else:
            _table(doc, block)


def _footer(doc: Docx, letter: Letter) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(8), Cm(8)
    p = left.paragraphs[0]
    run = p.add_run("Nơi nhận:")
    run.bold, run.italic, run.font.size = True, True, Pt(12)
    for name in [*letter.recipients, "Lưu: VT."]:
        left.add_paragraph().add_run(f"- {name}").font.size = Pt(11)
    if letter.signer_authority:
        _line(right, letter.signer_authority.upper(), bold=True, size=13)
    _line(right, letter.signer_title.upper(), bold=True, size=13)
    for _ in range(3):
        _line(right, "", size=13)
    _line(right, letter.signer_name, bold=True, size=13)


def render(letter: Letter, template: Path) -> bytes:
    """The document as DOCX bytes (blocking: run it off the event loop)."""
    doc = open_docx(str(template))
    _clear_body(doc)
    _header(doc, letter)
    _paragraph(doc, "", centered=True)
    _paragraph(doc, letter.kind.upper(), bold=True, centered=True)
    for line in letter.summary:
        _paragraph(doc, line, bold=True, centered=True)
    _blocks(doc, letter.body)
    _footer(doc, letter)
    if letter.annexes:
        doc.add_page_break()  # type: ignore[no-untyped-call]  # python-docx leaves it unannotated
        _blocks(doc, letter.annexes)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def base_template() -> bytes:
    """A fresh base template: A4, Decree 30's margins (top and bottom 2 cm, left 3 cm, right
    1.5 cm), Times New Roman 14 pt. ``dhtt``'s shipped ``base.docx`` was made by this."""
    doc = open_docx()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        fonts.set(qn("w:eastAsia"), "Times New Roman")
    _clear_body(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
