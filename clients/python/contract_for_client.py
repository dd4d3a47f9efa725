"""The contract as the generator reads it: openapi/openapi.json with one adjustment.

openapi-python-client 0.29 writes code that does not run for a request body offered in several
media types when one is a JSON array (``isinstance(body, list[X])``, and an ``Unset`` it never
imports: openapi-python-client issue #1451). For such an operation the client keeps a single
media type, the first of ``PREFERRED`` it finds (the multipart file form, as browsers and the
README send it). Likewise an answer offered in several media types, one of them ``text/*``
with a binary schema (the delegate export: XLSX or CSV), is read as text by the generated code
(``BytesIO(response.text)``): the client keeps the first media type that is not text, and reads
every file as bytes. Every other operation is generated from the contract unchanged.

    python clients/python/contract_for_client.py openapi/openapi.json OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

PREFERRED = ("multipart/form-data", "application/json", "application/x-www-form-urlencoded")


def for_client(contract: dict[str, Any]) -> dict[str, Any]:
    for operations in contract.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            content: dict[str, Any] = operation.get("requestBody", {}).get("content", {})
            if len(content) > 1:
                keep = next((media for media in PREFERRED if media in content), next(iter(content)))
                operation["requestBody"]["content"] = {keep: content[keep]}
            for answer in operation.get("responses", {}).values():
                media_types: dict[str, Any] = answer.get("content", {})
                if len(media_types) > 1 and any(media.startswith("text/") for media in media_types):
                    binary = [media for media in media_types if not media.startswith("text/")]
                    keep = binary[0] if binary else next(iter(media_types))
                    answer["content"] = {keep: media_types[keep]}
    return contract


def main(argv: list[str]) -> None:
    source, target = Path(argv[1]), Path(argv[2])
    contract = for_client(json.loads(source.read_text(encoding="utf-8")))
    target.write_text(json.dumps(contract, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
