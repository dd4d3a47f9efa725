"""D2 — the documents the service writes, in the layout of Decree 30/2020 (``layout``)."""
