"""The review report in a real headless browser (Debian's chromium): pages load
from disk without console errors and show the highlighted spans."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.params import ReportParams
from pipeline.stages import report

EXTRACTED = Path(__file__).parent.parent / "extracted"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None and not os.environ.get("CI"),
        reason="chromium not installed (scripts/ensure-chromium.sh installs it)",
    ),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser") / "extracted"
    shutil.copytree(EXTRACTED / "documents", folder / "documents")
    for name in ("corpus.json", "rejected.json", "corrections.json"):
        shutil.copy(EXTRACTED / name, folder / name)
    report.run(folder, folder / "report", params=ReportParams())
    return folder / "report"


def _chromium(page: Path, *extra: str, tmp: Path) -> subprocess.CompletedProcess:
    assert CHROMIUM is not None, "chromium is required on CI"
    return subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _console_errors(stderr: str) -> list[str]:
    """The report has no scripts: any console message is unexpected."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.parametrize("page", ["index.html", "documents/seed.html"])
def test_page_loads_without_console_errors(built, tmp_path, page):
    result = _chromium(built / page, "--dump-dom", tmp=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "</html>" in result.stdout or "</body>" in result.stdout
    assert _console_errors(result.stderr) == []


def test_document_page_shows_highlighted_spans(built, tmp_path):
    dom = _chromium(built / "documents" / "seed.html", "--dump-dom", tmp=tmp_path)
    marks = re.findall(r'<mark id="[^"]+" class="c-(\w+)"', dom.stdout)
    assert {"organisation", "program", "date", "event", "location"} <= set(marks)
    assert re.search(
        r'class="c-program"[^>]*>Double Star Exploration Program', dom.stdout
    )


def test_index_links_resolve_and_graph_renders(built, tmp_path):
    dom = _chromium(built / "index.html", "--dump-dom", tmp=tmp_path).stdout
    links = set(re.findall(r'href="(documents/[^"#]+\.html)"', dom))
    assert links and all((built / link).exists() for link in links)
    assert "<svg" in dom and "<circle" in dom


def test_screenshot_renders(built, tmp_path):
    shot = tmp_path / "index.png"
    result = _chromium(
        built / "index.html",
        f"--screenshot={shot}",
        "--window-size=1300,1000",
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
