"""`dvc repro` on a fresh copy of the repository reproduces the committed output,
and a reviewer's correction survives later runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    repo = tmp_path_factory.mktemp("e2e") / "repo"
    for name in files:
        if (ROOT / name).is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, repo / name)
    shutil.rmtree(repo / "extracted")  # must be produced again, not reused
    subprocess.run(
        ["dvc", "init", "--no-scm", "-f", "-q"], cwd=repo, env=_env(), check=True
    )
    _repro(repo)
    return repo


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "DVC_NO_ANALYTICS": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }


def _repro(repo: Path) -> None:
    result = subprocess.run(
        ["dvc", "repro"], cwd=repo, env=_env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]


def _committed() -> list[str]:
    files = subprocess.run(
        ["git", "ls-files", "extracted"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    return [f for f in files if (ROOT / f).is_file()]


@pytest.mark.slow
def test_dvc_repro_reproduces_committed_output(repo):
    committed = _committed()
    assert "extracted/report/index.html" in committed
    for name in committed:
        produced = (repo / name).read_bytes()
        assert produced == (ROOT / name).read_bytes(), name
    assert (repo / "metrics" / "evaluation.json").exists()


@pytest.mark.slow
def test_correction_survives_later_runs(repo):
    corrections = repo / "review" / "corrections.yaml"
    corrections.write_text(
        corrections.read_text(encoding="utf-8")
        + "  - rename: organisation\n    name: NSSC\n"
        "    to: National Space Science Center (CAS)\n",
        encoding="utf-8",
    )
    _repro(repo)
    raw = repo / "raw" / "seed.txt"
    raw.write_text(
        raw.read_text(encoding="utf-8") + "\nNSSC signed a new agreement in 2012.\n",
        encoding="utf-8",
    )
    _repro(repo)  # the text changed: extracted again, then corrected again
    doc = json.loads((repo / "extracted/documents/seed.json").read_text())
    names = {o["name"] for o in doc["organisations"]}
    assert "National Space Science Center (CAS)" in names
    report = json.loads((repo / "extracted/corrections.json").read_text())
    assert [o["target"] for o in report["applied"]][-1] == "NSSC"
    page = (repo / "extracted/report/documents/seed.html").read_text()
    assert "National Space Science Center (CAS)" in page
