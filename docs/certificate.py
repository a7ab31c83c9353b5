"""Make docs/certificate.png: page 1 of a certificate as printed (poppler's pdftoppm).

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/certificate.py
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from studyapp.records.certificate import render_pdf
from studyapp.records.completion import CompletionFacts

OUT = Path(__file__).resolve().parent / "certificate.png"

EXAMPLE = CompletionFacts(
    record_id="0dbbf8b4-79bd-4a69-8e94-7439ff65e4cb",
    learner_name="Maria Lopez",
    learner_credentials="MD",
    learner_email="maria@example.org",
    activity_id="il6-treat-to-target",
    activity_version="1.0.0",
    activity_title="Treating to Target: Interleukin-6 in Rheumatoid Arthritis",
    provider="Global Education Group",
    activity_format="Enduring material",
    completed_at=dt.datetime(2027, 3, 15, 14, 30, tzinfo=dt.UTC),
    credits_claimed=Decimal("0.75"),
    max_credits=Decimal("1.00"),
    credit_type="AMA PRA Category 1 Credit™",
    certificate_kind="physician",
    accreditation_statement="This activity has been planned and implemented in accordance "
    "with the accreditation requirements of the ACCME.",
    designation_statement="Designated for a maximum of 1.00 AMA PRA Category 1 Credit™.",
    participation_statement="",
    minutes_spent=45,
    posttest_percent=91,
    is_sample=False,
)


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "certificate.pdf"
        pdf.write_bytes(render_pdf(EXAMPLE))
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(OUT.with_suffix(""))],
            check=True,
        )
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
