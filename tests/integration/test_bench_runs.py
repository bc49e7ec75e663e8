"""Issue 8: the benchmark suite itself runs. On a small generated SQLite file (the generator's own
bulk path), ``python -m bench`` measures the search, windows, work-orders, intake, receipt and
report cases against their floors and writes every one into its results file, none failed. Nothing is
timed here; the numbers of a million claims are the README's (the cold start and the parts import,
which start processes and build a file each run, are left to the real runs)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the bench package lives beside desktop_app

import bench.cases.search as search_cases  # noqa: E402
from bench.__main__ import main  # noqa: E402
from bench.generate import generate  # noqa: E402
from bench.sweep import main as sweep_main  # noqa: E402

CASES = ["search", "windows", "work_orders_tab", "intake", "receipt", "reports"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL of a small generated SQLite file (the generator's own bulk path)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('bench') / 'bench.sqlite3'}"
    rows = generate(url, 1500, quiet=True)
    assert rows["claims"] >= 1500 and rows["work_orders"] > 0 and rows["calls"] > 0
    return url


def test_the_benchmark_measures_every_case_on_generated_data(generated: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = generated
    monkeypatch.setattr(search_cases, "SAMPLED_S", 0.0)  # a p95 needs many samples; a smoke run does not
    output = tmp_path / "results.json"
    assert main(["--database", url, "--only", *CASES, "--repeat", "2", "--output", str(output)]) == 0

    results = json.loads(output.read_text(encoding="utf-8"))["results"]
    failed = [r for r in results if "(failed)" in r["case"]]
    assert failed == [], failed
    names = [r["case"] for r in results]
    for expected in ("search list name1", "search lookup phone", "work orders: open tab", "save one claim",
                     "service receipt PDF", "repair monthly report", "staff evaluation table",
                     "claims: the commonest surname", "call register: two characters of a caller's name"):
        assert any(expected in name for name in names), (expected, names)
    assert all(r["median_ms"] > 0 for r in results), results
    # Every case with a floor measured one: the ratio is the figure the README quotes.
    assert all(r["ratio"] is not None for r in results if r["floor_median_ms"] is not None)
    assert "[sqlite] search list name1" in capsys.readouterr().out  # the table printed


def test_the_sweep_runs_every_list_and_text_and_agrees_with_count_and_page(
        generated: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m bench.sweep --check``: each searched list × the default texts (from the data, and the
    shapes that were slow once), the one-statement first page equal to the capped count and the page."""
    assert sweep_main(["--database", generated, "--runs", "1", "--check", "--slowest", "3"]) == 0
    out = capsys.readouterr().out
    assert "DIFFERS" not in out
    lines = [line for line in out.splitlines() if line.startswith(("理赔受理", "维修工单", "来电登记"))]
    assert len(lines) == 9 * 19 + 3, out  # 9 lists × 19 texts, then the 3 slowest again
    assert any(line.split()[-2] != "0" for line in lines if line.startswith("维修工单 全部")), out  # found some
