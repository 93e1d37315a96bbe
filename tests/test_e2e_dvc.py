"""`dvc repro` on a fresh copy of the repository reproduces the committed JSON."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.slow
def test_dvc_repro_reproduces_committed_output(tmp_path):
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    repo = tmp_path / "repo"
    for name in files:
        if (ROOT / name).is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, repo / name)
    shutil.rmtree(repo / "extracted")  # must be produced again, not reused
    env = {
        **os.environ,
        "DVC_NO_ANALYTICS": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    subprocess.run(
        ["dvc", "init", "--no-scm", "-f", "-q"], cwd=repo, env=env, check=True
    )
    result = subprocess.run(
        ["dvc", "repro"], cwd=repo, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    for name in ("documents/seed.json", "corpus.json", "rejected.json"):
        produced = (repo / "extracted" / name).read_bytes()
        assert produced == (ROOT / "extracted" / name).read_bytes(), name
    assert (repo / "metrics" / "evaluation.json").exists()
