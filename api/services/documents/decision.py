"""D2 — the award decision (Quyết định khen thưởng) with its annexed list, as a ``Letter`` of the
shared Decree 30/2020 layout (``layout``): the issuer block and number, the national motto and the
place and date line (C7), the title, the legal bases, the articles, "Nơi nhận" and the signature
block in the signer's own title, then the annexed list on a new page. Pure: builds the letter from
plain data; the caller renders it off the event loop on ``template_path("decision", …)``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from api.domain.conferences import decree30_date
from api.domain.decisions import issuer_lines, place_of
from api.domain.labels import HONOUR
from api.domain.nominations import Honour, NomineeKind
from api.services.documents.layout import Article, Letter, Table, Text

LEGAL_BASES = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;",
    "Xét đề nghị của Hội đồng Thi đua - Khen thưởng.",
)


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


def _counts(rows: list[DocumentRow]) -> str:
    collectives = sum(1 for r in rows if r.kind is NomineeKind.COLLECTIVE)
    individuals = len(rows) - collectives
    parts = []
    if collectives:
        parts.append(f"{collectives:02d} tập thể")
    if individuals:
        parts.append(f"{individuals:02d} cá nhân")
    return " và ".join(parts) or "các tập thể, cá nhân"


def decision_letter(doc: DecisionDocument) -> Letter:
    """D2 — the decision in the shared layout."""
    honour_label = HONOUR[doc.honour][0]
    *committee, issuer = issuer_lines(doc.issuer_name, doc.issuer_is_committee)
    return Letter(
        issuer=issuer,
        parent_issuer=committee[0] if committee else None,  # "ỦY BAN NHÂN DÂN" above the area's name
        number=doc.number,
        place=place_of(doc.issuer_name),
        day=doc.decided_on,
        kind="Quyết định",
        summary=[f"Về việc khen thưởng {honour_label}"],
        body=[
            Text(""),
            Text(doc.signer_title.upper(), bold=True, centered=True),
            *(Text(basis, italic=True) for basis in LEGAL_BASES),
            Text("QUYẾT ĐỊNH:", bold=True, centered=True),
            Article(
                "Điều 1.",
                f"Tặng {honour_label} cho {_counts(doc.rows)} (có danh sách kèm theo) đã có thành tích xuất sắc "
                "trong phong trào thi đua yêu nước, được biểu dương tại Hội nghị điển hình tiên tiến.",
            ),
            Article("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký."),
            Article(
                "Điều 3.",
                "Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên "
                "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            ),
        ],
        recipients=["Như Điều 3;"],
        # The honours are the chairman's (Giấy khen, Bằng khen of the Chủ tịch): signed in the
        # signer's own title, not "TM." (on behalf of) the committee.
        signer_authority="",
        signer_title=doc.signer_title,
        signer_name=doc.signer_name,
        annexes=[
            Text(f"DANH SÁCH KHEN THƯỞNG {honour_label.upper()}", bold=True, centered=True),
            Text(
                f"(Kèm theo Quyết định số {doc.number} {decree30_date(doc.decided_on)} của {doc.signer_title})",
                italic=True,
                centered=True,
            ),
            Table(
                ("STT", "Họ và tên / Tập thể", "Đơn vị", "Hình thức"),
                [[str(n), row.name, row.unit_name, HONOUR[row.honour][0]] for n, row in enumerate(doc.rows, start=1)],
                (1.2, 5.8, 4.5, 5.0),
            ),
        ],
    )
