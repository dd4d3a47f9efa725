"""D2 — official documents in the Decree 30/2020/NĐ-CP layout (DOCX)."""
