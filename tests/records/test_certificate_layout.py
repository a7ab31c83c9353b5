"""The certificate as printed: read back from the PDF itself, its type is the size it was
designed at (the name at least 20 pt, no text under 10 pt), it fills its page inside the
margins in either orientation, and its words come out of a text extractor whole."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication

from studyapp.records.certificate import MARGIN_MM, render_pdf
from tests.records.test_certificate import FACTS

MARGIN_PT = MARGIN_MM / 25.4 * 72


@pytest.fixture(autouse=True)
def gui_app(qapp: QGuiApplication) -> QGuiApplication:
    return qapp


@dataclass(frozen=True)
class Run:
    text: str
    size: float  # points on paper


def runs(pdf: bytes) -> list[Run]:
    """Each run of text with its size in points, as pypdf's content-stream visitor sees it."""
    found: list[Run] = []

    def visit(text: str, cm: list, tm: list, _font: object, size: float) -> None:
        if text.strip():
            scale = abs(cm[0] * tm[0] + cm[1] * tm[2]) or abs(cm[3] * tm[3])
            found.append(Run(re.sub(r"\s+", " ", text).strip(), size * scale))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def words(pdf: bytes, tmp_path: Path) -> tuple[list[Word], float, float]:
    """Word boxes from poppler's pdftotext, a reader independent of pypdf."""
    source = tmp_path / "certificate.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        [shutil.which("pdftotext") or "pdftotext", "-bbox", str(source), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    assert page
    found = [
        Word(m.group(5), *(float(m.group(n)) for n in range(1, 5)))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            out,
        )
    ]
    return found, float(page.group(1)), float(page.group(2))


@pytest.mark.parametrize("landscape", [True, False], ids=["landscape", "portrait"])
def test_type_is_the_designed_size(landscape: bool) -> None:
    found = runs(render_pdf(FACTS, landscape=landscape))
    name = next(r for r in found if r.text.startswith("Zoë Ölmez-Fitzgerald"))
    heading = next(r for r in found if r.text.startswith("Certificate of"))
    assert name.size >= 20, name
    assert heading.size >= 28, heading
    small = [r for r in found if r.size < 10 - 0.01]
    assert small == [], small


@pytest.mark.parametrize("landscape", [True, False], ids=["landscape", "portrait"])
def test_the_certificate_fills_its_page_inside_the_margins(landscape: bool, tmp_path: Path) -> None:
    found, width, height = words(render_pdf(FACTS, landscape=landscape), tmp_path)
    assert (width > height) is landscape
    assert found
    for word in found:
        assert word.x0 >= MARGIN_PT - 0.5 and word.x1 <= width - MARGIN_PT + 0.5, word
        assert word.y0 >= MARGIN_PT - 0.5 and word.y1 <= height - MARGIN_PT + 0.5, word
    top = min(w.y0 for w in found)
    bottom = max(w.y1 for w in found)
    left = min(w.x0 for w in found)
    right = max(w.x1 for w in found)
    assert bottom - top > 0.45 * height, "the text sits in a small part of the page"
    assert right - left > 0.6 * width
    name = [w for w in found if w.text in ("Zoë", "Ölmez-Fitzgerald,", "DO")]
    middle = (min(w.x0 for w in name) + max(w.x1 for w in name)) / 2
    assert abs(middle - width / 2) < 0.05 * width, "the name is not centred"


def test_no_ligatures_reach_the_text(tmp_path: Path) -> None:
    pdf = render_pdf(FACTS)
    extracted = " ".join(r.text for r in runs(pdf))
    assert "Certificate" in extracted and "certifies" in extracted
    assert not re.search("[\ufb00-\ufb06]", extracted), "a ligature glyph came out"
    found, _, _ = words(pdf, tmp_path)
    assert "Certificate" in [w.text for w in found]
    assert FACTS.record_id in [w.text for w in found]
