"""Timing helpers: project and floor sampled alternately (same noise), medians, p95 and ratios."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class CaseResult:
    case: str
    median_ms: float
    p95_ms: float
    floor_median_ms: float | None
    floor_p95_ms: float | None
    goal: str
    met: bool | None
    note: str = ""
    repetitions: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if not self.floor_median_ms:
            return None
        return self.median_ms / self.floor_median_ms

    @property
    def p95_ratio(self) -> float | None:
        if not self.floor_p95_ms:
            return None
        return self.p95_ms / self.floor_p95_ms

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(ratio=self.ratio, p95_ratio=self.p95_ratio)
        return out


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def once(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def paired(project: Callable[[], Any], floor: Callable[[], Any] | None, repeat: int,
           warmup: int = 2, *, at_least_s: float = 0.0, most: int = 5000) -> tuple[list[float], list[float]]:
    """Alternate project and floor runs so both see the same load on a shared machine.

    ``at_least_s``: more than ``repeat`` pairs (up to ``most``) when the project's runs would fill
    less time than that; 40 runs of a 0.1 ms lookup are 4 ms of samples, and their p95 is then
    whichever of the last two runs a garbage collection or the scheduler happened to hit."""
    for _ in range(warmup):
        project()
        if floor is not None:
            floor()
    if at_least_s:
        repeat = max(repeat, min(most, math.ceil(at_least_s * 1000 / max(once(project), 1e-3))))
    mine, base = [], []
    for _ in range(repeat):
        mine.append(once(project))
        if floor is not None:
            base.append(once(floor))
    return mine, base


def result(case: str, mine: list[float], base: list[float], goal: str,
           check: Callable[[CaseResult], bool] | None, note: str = "") -> CaseResult:
    out = CaseResult(case, statistics.median(mine), p95(mine), statistics.median(base) if base else None,
                     p95(base) if base else None, goal, None, note, len(mine))
    out.met = check(out) if check is not None else None
    return out
