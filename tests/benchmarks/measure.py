"""Figures and how they are taken: medians of repeated runs, child processes with their peak
memory, and each figure's target checked against its baseline from the same run."""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Figure:
    """One measurement beside its baseline; ratio = value / baseline.

    A target is "<= R" (the ratio at most R), ">= R" (at least R: rates, where more is
    better) or "< V" (the value itself under V); ok says whether it held. A figure whose
    answer differed from the baseline's is never ok: the two did not do the same work.
    """

    engine: str
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str | None = None
    ratio: float | None = None
    target: str | None = None
    ok: bool | None = None
    note: str | None = None
    statements: int | None = None  # the archive's size, when the run measures more than one

    def line(self) -> str:
        scale = f" @{self.statements:,}" if self.statements else ""
        text = f"[{self.engine}{scale}] {self.name:<34} {self.value:>12,.3f} {self.unit:<8}"
        if self.baseline is not None:
            text += f" baseline {self.baseline:,.3f} ({self.baseline_name})"
            if self.ratio is not None:
                text += f" ratio {self.ratio:.2f}x"
        if self.target:
            text += f"  target {self.target}: {'ok' if self.ok else 'MISSED'}"
        if self.note:
            text += f"  [{self.note}]"
        return text


def judge(figure: Figure) -> Figure:
    """Fill in ratio and ok from value, baseline and target (ok stays False if set so)."""
    if figure.baseline:
        figure.ratio = figure.value / figure.baseline
    if figure.target and figure.ok is not False:
        op, rest = figure.target.split(maxsplit=1)
        bound = float(rest.split()[0].rstrip("x").replace(",", ""))
        if op == "<":
            figure.ok = figure.value < bound
        elif figure.ratio is None:
            figure.ok = False
        else:
            figure.ok = figure.ratio <= bound if op == "<=" else figure.ratio >= bound
    return figure


class Report:
    """The figures of a run, printed as they are measured."""

    def __init__(self, skip: frozenset[str] = frozenset()) -> None:
        self.figures: list[Figure] = []
        self.failures: dict[str, str] = {}
        self.skip = skip

    def attempt(self, part: str, measure: Callable[..., None], *args: Any) -> None:
        """Run one part of the measurements; a failure is recorded and the run goes on."""
        if part.split()[-1] in self.skip:
            print(f"skipped {part}", flush=True)
            return
        try:
            measure(*args)
        except Exception as exc:  # noqa: BLE001 - reported in the results, not hidden
            self.failures[part] = f"{type(exc).__name__}: {exc}"
            print(f"FAILED {part}: {self.failures[part]}", file=sys.stderr, flush=True)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(judge(figure))
        print(figure.line(), flush=True)
        return figure

    def missed(self) -> list[str]:
        """One line per figure that missed its target and per part that failed."""
        lines = [f"{f.engine} {f.name}: {f.line()}" for f in self.figures if f.ok is False]
        return lines + [f"{part}: failed: {error}" for part, error in self.failures.items()]


def interleaved_medians(
    *functions: Callable[[], Any], runs: int = 101, budget: float = 4.0
) -> list[float]:
    """Median wall times of functions run in turn (a, b, c, b, c, a, c, a, b, ...), after a
    warm-up of each: load that comes and goes on a shared machine falls on all of them
    alike. Each round starts one further along, so that none always runs right after the
    same one: a slow function leaves the processor's caches cold for whichever follows it,
    and that one alone would pay for it. At least 5 rounds; more, up to `runs`, while
    within `budget` seconds: a page of a millisecond is timed over a few hundred
    milliseconds, not a few dozen, so that a neighbour's burst of work moves its median
    less."""
    for function in functions:
        function()
    times: list[list[float]] = [[] for _ in functions]
    started = time.perf_counter()
    rounds = 0
    while rounds < runs and (rounds < 5 or time.perf_counter() - started < budget):
        for n in _rotated(len(functions), rounds):
            t = time.perf_counter()
            functions[n]()
            times[n].append(time.perf_counter() - t)
        rounds += 1
    return [statistics.median(taken) for taken in times]


def _rotated(count: int, by: int) -> list[int]:
    """0 .. count - 1, starting at `by` (modulo count)."""
    start = by % count
    return [*range(start, count), *range(start)]


@dataclass(frozen=True)
class Run:
    """What one child process took: wall seconds, CPU seconds (user + system) and stderr.

    Child processes are judged on CPU time: on a machine shared with other work the wall
    time of a process that reads a large file varies several-fold with the neighbours' use
    of the disk, while the work it does does not. Wall times are reported beside.
    """

    wall: float
    cpu: float
    errors: str


def run_measured(command: list[str]) -> Run:
    """One child process, timed; raises when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    errors = child.stderr.decode(errors="replace")
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({child.returncode}): {errors[-500:]}")
    return Run(wall, cpu, errors)


def interleaved_runs(first: list[str], second: list[str], *, runs: int = 9) -> tuple[Run, Run]:
    """Median wall and CPU times of two commands run in turn, after one warm-up run of each."""
    run_measured(first)
    run_measured(second)
    a: list[Run] = []
    b: list[Run] = []
    for _ in range(runs):
        a.append(run_measured(first))
        b.append(run_measured(second))
    return _median(a), _median(b)


def _median(runs: list[Run]) -> Run:
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs), "")


PEAK_WRAPPER = """
import runpy, sys
kind, target, *args = sys.argv[1:]
sys.argv = [target, *args]
try:
    if kind == "module":
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        exec(compile(target, "<benchmark>", "exec"), {"__name__": "__main__"})
finally:
    status = open("/proc/self/status").read()
    peak = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    sys.stderr.write("\\nPEAK_KB " + peak.split()[1] + "\\n")
"""


def run_with_peak(kind: str, target: str, *args: str) -> tuple[Run, float]:
    """(the run, peak resident MB) of Python running a module or code in a fresh process.

    The peak is read by the process itself (VmHWM): a parent's rusage would
    count the harness's own memory, which a child inherits at fork.
    """
    run = run_measured([sys.executable, "-c", PEAK_WRAPPER, kind, target, *args])
    peak_kb = int(run.errors.rsplit("PEAK_KB ", 1)[1].split()[0])
    return run, peak_kb / 1024
