"""D2 — the award decision (Quyết định khen thưởng) with its annexed list, in the layout of
Decree 30/2020/NĐ-CP: issuer block and number on the left, the national motto and the place and
date line (C7) on the right, the title, the articles, "Nơi nhận" and the signature block, then
the annexed list. Pure: builds the DOCX bytes from plain data (the caller runs it off the event
loop)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from api.domain.conferences import decree30_date
from api.domain.decisions import issuer_lines, place_of
from api.domain.labels import HONOUR
from api.domain.nominations import Honour, NomineeKind

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_SUB = "Độc lập - Tự do - Hạnh phúc"
FONT = "Times New Roman"


@dataclass(frozen=True)
class DocumentRow:
    """One line of the annexed list: a name, its unit and the honour — nothing else (D1)."""

    name: str
    kind: NomineeKind
    unit_name: str
    honour: Honour


@dataclass(frozen=True)
class DecisionDocument:
    issuer_name: str  # the authority's unit, e.g. "Huyện Hương Khê"
    issuer_is_committee: bool  # a People's Committee (xã, huyện, tỉnh) issues as "ỦY BAN NHÂN DÂN …"
    number: str
    decided_on: dt.date
    signer_name: str
    signer_title: str
    honour: Honour
    rows: list[DocumentRow] = field(default_factory=list)


def _line(
    container: object,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int = 13,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
) -> Paragraph:
    """A paragraph of one run in the decree's font, added to ``container`` (a document or cell)."""
    p: Paragraph = container.add_paragraph()  # type: ignore[attr-defined]  # Document or _Cell
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    run.font.name = FONT
    return p


def _first(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, size: int = 13) -> None:
    """Write into a cell's first (empty) paragraph, then further lines with ``_line``."""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    run.font.name = FONT


def _counts(rows: list[DocumentRow]) -> str:
    collectives = sum(1 for r in rows if r.kind is NomineeKind.COLLECTIVE)
    individuals = len(rows) - collectives
    parts = []
    if collectives:
        parts.append(f"{collectives:02d} tập thể")
    if individuals:
        parts.append(f"{individuals:02d} cá nhân")
    return " và ".join(parts) or "các tập thể, cá nhân"


def render_decision(doc: DecisionDocument) -> bytes:
    """D2 — the decision as DOCX bytes."""
    d = Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    honour_label = HONOUR[doc.honour][0]
    date_line = f"{place_of(doc.issuer_name)}, {decree30_date(doc.decided_on)}"

    # Issuer block (left) and national motto (right); number and date line below each.
    head = d.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    issuer = issuer_lines(doc.issuer_name, doc.issuer_is_committee)
    _first(head.cell(0, 0), issuer[0], bold=len(issuer) == 1, size=12)
    for text in issuer[1:]:
        _line(head.cell(0, 0), text, bold=True, size=12)
    _first(head.cell(0, 1), MOTTO, bold=True, size=12)
    _line(head.cell(0, 1), MOTTO_SUB, bold=True, size=13)
    _first(head.cell(1, 0), f"Số: {doc.number}")
    _first(head.cell(1, 1), date_line, italic=True, size=13)

    _line(d, "")
    _line(d, "QUYẾT ĐỊNH", bold=True, size=14)
    _line(d, f"Về việc khen thưởng {honour_label}", bold=True, size=14)
    _line(d, "")
    _line(d, f"{doc.signer_title.upper()}", bold=True, size=14)
    _line(d, "")
    for basis in (
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
        "thi hành một số điều của Luật Thi đua, khen thưởng;",
        "Xét đề nghị của Hội đồng Thi đua - Khen thưởng.",
    ):
        _line(d, basis, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _line(d, "")
    _line(d, "QUYẾT ĐỊNH:", bold=True, size=14)
    articles = (
        (
            "Điều 1.",
            f" Tặng {honour_label} cho {_counts(doc.rows)} (có danh sách kèm theo) đã có thành tích xuất sắc "
            "trong phong trào thi đua yêu nước, được biểu dương tại Hội nghị điển hình tiên tiến.",
        ),
        ("Điều 2.", " Quyết định này có hiệu lực kể từ ngày ký."),
        (
            "Điều 3.",
            " Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên "
            "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        ),
    )
    for label, text in articles:
        p = _line(d, "", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        p.runs[0].text = label
        p.runs[0].bold = True
        run = p.add_run(text)
        run.font.size, run.font.name = Pt(13), FONT

    # Recipients (left) and the signature block (right).
    foot = d.add_table(rows=1, cols=2)
    left, right = foot.cell(0, 0), foot.cell(0, 1)
    left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = left.paragraphs[0].add_run("Nơi nhận:")
    run.bold, run.italic, run.font.size, run.font.name = True, True, Pt(12), FONT
    for recipient in ("- Như Điều 3;", "- Lưu: VT."):
        _line(left, recipient, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    # The honours are the chairman's (Giấy khen, Bằng khen of the Chủ tịch): signed in the
    # signer's own title, not "TM." (on behalf of) the committee.
    _first(right, doc.signer_title.upper(), bold=True)
    for _ in range(3):
        _line(right, "")
    _line(right, doc.signer_name, bold=True)

    # The annexed list.
    brk = d.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)
    _line(d, f"DANH SÁCH KHEN THƯỞNG {honour_label.upper()}", bold=True, size=14)
    _line(
        d,
        f"(Kèm theo Quyết định số {doc.number} {decree30_date(doc.decided_on)} của {doc.signer_title})",
        italic=True,
    )
    _line(d, "")
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for i, title in enumerate(("STT", "Họ và tên / Tập thể", "Đơn vị", "Hình thức")):
        _first(table.cell(0, i), title, bold=True)
    for number, row in enumerate(doc.rows, start=1):
        cells = table.add_row().cells
        for i, text in enumerate((str(number), row.name, row.unit_name, HONOUR[row.honour][0])):
            _first(cells[i], text)

    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
