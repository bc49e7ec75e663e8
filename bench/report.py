"""``python -m bench.report [results.json]``: the results as a Markdown table (for the README)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.__main__ import RESULTS


def markdown(data: dict) -> str:
    lines = ["| case | median ms | p95 ms | floor median ms | ratio (median) | goal | met |",
             "|---|--:|--:|--:|--:|---|:-:|"]
    for r in data["results"]:
        floor = f"{r['floor_median_ms']:.1f}" if r["floor_median_ms"] is not None else "–"
        ratio = f"{r['ratio']:.2f}×" if r["ratio"] is not None else "–"
        met = {True: "yes", False: "**no**", None: "–"}[r["met"]]
        note = f" ({r['note']})" if r.get("note") else ""
        lines.append(f"| {r['case']}{note} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | {floor} | {ratio} | "
                     f"{r['goal']} | {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else RESULTS
    print(markdown(json.loads(path.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
