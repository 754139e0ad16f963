"""The HTML report in a real headless Chromium (Debian's package; `scripts/ensure-chromium`).

It must render, its inline SVG map must carry the incident markers, and text from
articles and claims that looks like markup must stay text: no script or img element
from an article may reach the DOM. Skips when Chromium is missing, except under
CI=true, where that is a failure.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_report import build_store
from truce.report import write_report
from truce.store import Store

CHROMIUM = os.environ.get("TRUCE_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium() -> str:
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return CHROMIUM
    reason = f"needs Chromium at {CHROMIUM} (run scripts/ensure-chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def browse(tmp: Path, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / f"profile-{len(list(tmp.iterdir()))}"
    command = [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chromium()
    folder = tmp_path_factory.mktemp("browser")
    with Store(build_store(folder), create=False) as store:
        return write_report(store, dt.date(2016, 9, 19), folder / "report.html")


def test_report_renders_with_map_markers_and_no_injected_markup(page: Path, tmp_path: Path) -> None:
    done = browse(tmp_path, page, "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert "<h1>Situation report — 19 September 2016</h1>" in dom
    markers = re.findall(r'<g class="incident-marker" data-incident="inc_[0-9a-f]+"', dom)
    assert len(markers) >= 3
    assert re.search(r'<svg[^>]*class="map"', dom) and re.search(r'<svg[^>]*class="chart"', dom)
    # Nothing from an article became an element: no script at all, no img at all.
    assert "<script" not in dom.lower()
    assert "<img" not in dom.lower()
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=alert(2)&gt;" in dom


def test_report_screenshot_is_drawn(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    done = browse(tmp_path, page, f"--screenshot={shot}", "--window-size=1100,1600")
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1100, 1600)
    assert len(data) > 50_000  # a blank page compresses to a few kB
