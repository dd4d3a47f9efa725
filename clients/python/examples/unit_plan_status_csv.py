"""Download every unit's plan status (S1) of every plan the caller sees, as CSV.

An integration script written with the generated client only: it signs in with the
client-credentials grant, pages through the plans and writes, for each plan, every grassroots
unit's status (on time, late, missing) and when its plan was received.

    PYTHONPATH=clients/python DHTT_CLIENT_SECRET=… python clients/python/examples/unit_plan_status_csv.py \\
        --base-url http://127.0.0.1:8000 --client-id tichhop.cong --output trang-thai-ke-hoach.csv

The CSV is UTF-8 with a byte-order mark, so spreadsheet programs read the Vietnamese names.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from dhtt_client import AuthenticatedClient, Client
from dhtt_client.api.auth import issue_token
from dhtt_client.api.plans import list_plans, unit_plan_status
from dhtt_client.models import BodyIssueToken, PlanPublic, Problem, UnitPlanStatusReport
from dhtt_client.types import UNSET

COLUMNS = ["plan_code", "unit_id", "unit_name", "status", "received_at", "last_received_at", "changed_after_due"]


class ApiError(RuntimeError):
    """The service answered a problem (or nothing the contract describes)."""

    def __init__(self, what: str, answer: Problem | None) -> None:
        detail = f"{answer.status} {answer.code}: {answer.detail}" if answer is not None else "unexpected answer"
        super().__init__(f"{what}: {detail}")


def sign_in(base_url: str, client_id: str, secret: str, timeout: float = 30.0) -> AuthenticatedClient:
    """An access token from the client-credentials grant (scope ``read``), and a client carrying it."""
    body = BodyIssueToken(grant_type="client_credentials", client_id=client_id, client_secret=secret, scope="read")
    with Client(base_url=base_url) as anonymous:
        answer = issue_token.sync(client=anonymous, body=body)
    if answer is None or isinstance(answer, Problem):
        raise ApiError("sign-in refused", answer)
    return AuthenticatedClient(base_url=base_url, token=answer.access_token)


def plans(client: AuthenticatedClient) -> Iterator[PlanPublic]:
    """Every plan, page after page (``next_cursor``)."""
    cursor: str | None = None
    while True:
        page = list_plans.sync(client=client, limit=500, cursor=cursor if cursor is not None else UNSET)
        if page is None or isinstance(page, Problem):
            raise ApiError("listing the plans", page)
        yield from page.items
        if not isinstance(page.next_cursor, str) or not page.next_cursor:
            return
        cursor = page.next_cursor


def status_of(client: AuthenticatedClient, plan: PlanPublic) -> UnitPlanStatusReport:
    answer = unit_plan_status.sync(str(plan.id), client=client)
    if answer is None or isinstance(answer, Problem):
        raise ApiError(f"unit plan status of {plan.code}", answer)
    return answer


def _instant(value: dt.datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def write_csv(client: AuthenticatedClient, out: TextIO) -> int:
    """Write the header and one row per unit and plan; answer the number of rows."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    rows = 0
    for plan in plans(client):
        for item in status_of(client, plan).items:
            writer.writerow(
                [
                    plan.code,
                    str(item.unit_id),
                    item.unit_name,
                    str(item.status),
                    _instant(item.received_at),
                    _instant(item.last_received_at),
                    "yes" if item.changed_after_due else "no",
                ]
            )
            rows += 1
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="the service, without /api/v1")
    parser.add_argument("--client-id", default="tichhop.cong")
    parser.add_argument("--output", default="-", help="CSV file to write (default: standard output)")
    args = parser.parse_args(argv)
    secret = os.environ.get("DHTT_CLIENT_SECRET")
    if not secret:
        parser.error("set DHTT_CLIENT_SECRET to the integration client's secret")
    try:
        with sign_in(args.base_url, args.client_id, secret) as client:
            if args.output == "-":
                rows = write_csv(client, sys.stdout)
            else:
                with open(args.output, "w", encoding="utf-8-sig", newline="") as out:
                    rows = write_csv(client, out)
    except ApiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{rows} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
