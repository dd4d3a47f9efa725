"""D2 — the documents the service writes, in the layout of Decree 30/2020/NĐ-CP (DOCX): the
shared blocks in ``layout``, the award decision in ``decision``."""
