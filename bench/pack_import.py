"""Import: installing a 50 MB pack with 500 items and images, with progress, against a bare
unzip of the same archive in the same run.

    .venv/bin/python bench/pack_import.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studyapp.paths import DataPaths, bundled_packs_dir  # noqa: E402

ITEMS_PER_TEST = 250
IMAGES = 50
IMAGE_BYTES = 1_000_000


def make_pack(folder: Path) -> Path:
    """The journal-club sample grown to 500 items and 50 MB of images."""
    root = folder / "big-pack"
    shutil.copytree(bundled_packs_dir() / "ssc-tocilizumab-journal-club", root)
    manifest = root / "activity.toml"
    manifest.write_text(
        manifest.read_text("utf-8").replace(
            'id = "ssc-tocilizumab-journal-club"', 'id = "big-import"'
        ),
        "utf-8",
    )
    for test in ("pre", "post"):
        blocks = []
        for n in range(ITEMS_PER_TEST):
            blocks.append(f'''[[items]]
id = "{test}-{n}"
kind = "single-best"
objective = "O1"
reference = "R1"
stem = "Generated question {n} about the cohort: which dose was given?"
options = [
  {{ key = "A", text = "162 mg subcutaneously once a week" }},
  {{ key = "B", text = "8 mg/kg intravenously every four weeks" }},
  {{ key = "C", text = "162 mg every other week" }},
]
answer = "A"
explanation = "Every patient received 162 mg by subcutaneous injection each week."
''')
        (root / f"{test}test.toml").write_text("\n".join(blocks), "utf-8")
    images = root / "reading" / "images"
    images.mkdir(parents=True, exist_ok=True)
    lines = []
    for n in range(IMAGES):
        # Incompressible bytes behind a PNG signature: the size of real photographs.
        (images / f"figure-{n:02d}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(IMAGE_BYTES))
        lines.append(f"![Figure {n}](images/figure-{n:02d}.png)")
    reading = root / "reading" / "01-study.md"
    reading.write_text(reading.read_text("utf-8") + "\n\n" + "\n\n".join(lines), "utf-8")
    archive = folder / "big-pack.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(root).as_posix())
    return archive


def main() -> int:
    from studyapp.services import library
    from studyapp.services.context import open_context

    runs = 3
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        archive = make_pack(base)
        size = archive.stat().st_size / 1e6
        ours, bare, progress_events = [], [], []
        for n in range(runs):
            target = base / f"bare-{n}"
            start = time.perf_counter()
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(target)
            bare.append(time.perf_counter() - start)
            ctx = open_context(DataPaths(base / f"data-{n}"))
            events: list[int] = []
            start = time.perf_counter()
            library.install(ctx, archive, progress=lambda pct, _m, e=events: e.append(pct))
            ours.append(time.perf_counter() - start)
            progress_events.append(len(events))
            ctx.close()
    med = statistics.median
    print(f"archive: {size:.1f} MB, {2 * ITEMS_PER_TEST} items, {IMAGES} images; {runs} runs")
    print(f"bare unzip:            {med(bare):.2f} s ({min(bare):.2f}-{max(bare):.2f})")
    print(
        f"StudyApp install:      {med(ours):.2f} s ({min(ours):.2f}-{max(ours):.2f}), "
        f"{med(progress_events):.0f} progress reports"
    )
    print(f"install / bare unzip:  {med(ours) / med(bare):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
