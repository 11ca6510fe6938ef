"""The benchmark harness at small scale: it runs end to end and produces every figure.

Timings are not asserted here (a shared CI machine is too noisy); the full
run at a million statements is what the README reports.
"""

from __future__ import annotations

import json
import math

from tests.benchmarks import harness
from tests.conftest import PG_ENV, postgres_server_url

SQLITE_FIGURES = {
    "bulk_import",
    "analyze_after_load",
    "said_top_speaker",
    "said_typical_speaker",
    "said_biggest_institution",
    "search_phrase",
    "search_common_words",
    "timeline_export",
    "timeline_export_peak_memory",
    "cli_help_startup",
    "cli_query_startup",
    "ingest",
}
POSTGRES_FIGURES = {
    "bulk_import",
    "analyze_after_load",
    "said_top_speaker",
    "said_typical_speaker",
    "said_biggest_institution",
    "search_phrase",
    "search_common_words",
}
WITH_BASELINE = SQLITE_FIGURES - {"analyze_after_load", "ingest"}


def test_small_run_produces_every_figure(tmp_path):
    import os

    server = os.environ.get(PG_ENV) if postgres_server_url() else None
    out = tmp_path / "bench.json"
    args = ["--statements", "10000", "--out", str(out), "--workdir", str(tmp_path / "work")]
    returned = harness.main([*args, *(["--postgres", server] if server else [])])

    written = json.loads(out.read_text())
    assert written == json.loads(json.dumps(returned))
    assert written["run"]["counts"]["statements"] == 10_000
    assert written["failures"] == {}
    by_engine: dict[str, dict[str, dict]] = {}
    for figure in written["figures"]:
        by_engine.setdefault(figure["engine"], {})[figure["name"]] = figure
    assert set(by_engine["sqlite"]) == SQLITE_FIGURES
    if server:
        assert set(by_engine["postgresql"]) == POSTGRES_FIGURES
    for engine, figures in by_engine.items():
        for name, figure in figures.items():
            assert math.isfinite(figure["value"]) and figure["value"] > 0, (engine, name)
            if engine == "sqlite" and name in WITH_BASELINE:
                assert figure["baseline"] > 0, name
                assert figure["ratio"] == figure["value"] / figure["baseline"], name
                assert isinstance(figure["ok"], bool), name
