"""What a clone alone can reproduce: the accuracy report and the tests say which corpora
each figure needs and where they come from, and skip, saying why, what they cannot run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def run(*args: str, shared: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TRACKER_SHARED": str(shared)}
    env.pop("TRACKER_TEST_POSTGRES_URL", None)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=600
    )


def test_the_report_says_what_each_figure_needs_and_where_it_comes_from(tmp_path: Path) -> None:
    result = run("tests/eval_report.py", "--needs", shared=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for name in ("seed", "fixtures", "diplomatic dev", "diplomatic dev-ru", "recording", "polnear"):
        assert f"\n  {name}: " in out
    assert "needs fixtures/gold.json, fixtures/articles" in out
    assert "github.com/networkdynamics/PolNeAR" in out
    assert "fixtures/ is in the repository" in out
    assert out.count("(missing ") == 6  # the shared folder named is empty
    assert "A clone alone reproduces: none of them: every figure is scored by ../shared/eval" in out


def test_the_report_runs_without_the_shared_folder_and_says_what_it_left_out(
    tmp_path: Path,
) -> None:
    result = run("tests/eval_report.py", shared=tmp_path / "absent")
    assert result.returncode == 0, result.stderr
    assert re.findall(r"^(.+): not run", result.stdout, re.M) == [
        "seed", "fixtures", "diplomatic dev", "diplomatic dev-ru", "recording", "polnear",
    ]  # fmt: skip


def test_tests_that_need_the_shared_folder_skip_and_say_why(tmp_path: Path) -> None:
    absent = tmp_path / "absent"
    result = run(
        "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-k",
        "seed or polnear or fixture_corpus", "tests/test_extract.py", "tests/test_ingest.py",
        "tests/test_ingest_matching.py", shared=absent,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) >= 6
    assert all(str(absent) in line for line in skipped), skipped
    assert " failed" not in result.stdout and " error" not in result.stdout


def test_the_publication_day_baseline_dates_every_statement_on_its_articles_day(
    tmp_path: Path,
) -> None:
    from tests.eval_report import with_publication_days

    gold = tmp_path / "gold.json"
    gold.write_text(
        '{"articles": [{"id": "a1", "published": "2024-03-05", "statements": []},'
        ' {"id": "a2", "published": null, "statements": []}]}'
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        '{"article": {"path": "/x/a1.txt"}, "statements": [{"said_on": "2024-03-01"},'
        ' {"said_on": "unknown"}]}\n'
        '{"article": {"path": "/x/a2.txt"}, "statements": [{"said_on": "2024-02"}]}\n'
    )
    out = with_publication_days(pred, gold, tmp_path / "out.jsonl")
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [s["said_on"] for s in lines[0]["statements"]] == ["2024-03-05", "2024-03-05"]
    assert [s["said_on"] for s in lines[1]["statements"]] == ["2024-02"]  # no day to put
