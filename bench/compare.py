"""Score a run's growth against another run, after the fact.

    uv run python -m bench.compare growth.json --baseline out.json [--markdown table.md]

Rewrites the targets of ``growth.json`` (scale 10) with the growth checks against
``out.json`` (scale 1) — for when the baseline was measured after the growth run, e.g. to
have both on an equally quiet machine — and prints the table.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.__main__ import evaluate, table


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    out = json.loads(args.run.read_text())
    baseline = json.loads(args.baseline.read_text())
    out["baseline"] = {"scale": baseline["scale"], "date": baseline["date"]}
    out["targets"] = evaluate(out, baseline)
    args.run.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    rendered = table(out)
    if args.markdown:
        m = out["machine"]
        header = (
            f"Scale {out['scale']:g} — {out['date'][:10]}, {m['cores']} cores, {m['memory_gib']} GiB, "
            f"Python {m['python']}, PostgreSQL {m['postgresql']}\n\nCommand: `{out['command']}`, "
            f"growth scored against the scale {baseline['scale']:g} run of {baseline['date']}\n\n"
        )
        args.markdown.write_text(header + rendered + "\n")
    print(rendered)


if __name__ == "__main__":
    main()
