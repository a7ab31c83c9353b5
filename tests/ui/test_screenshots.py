"""docs/screenshots.py, the README's pictures, still runs and draws each screen: a window-
sized image with the screen's content on it, not an empty grey frame."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("library", "activity", "review", "credit", "history", "wallet", "queue")


def distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 60)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_the_screenshot_script_draws_every_main_screen(tmp_path: Path, qapp) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "screenshots.py"), "--out", str(tmp_path)],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for name in NAMES:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull(), name
        if name != "queue":
            assert (image.width(), image.height()) == (1100, 720), name
        assert distinct_colours(image) > 8, f"{name}.png looks empty"
    assert sorted(p.name for p in Path(ROOT / "docs" / "screenshots").glob("*.png")) == sorted(
        f"{n}.png" for n in NAMES
    )
