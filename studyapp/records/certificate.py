"""The certificate PDF, drawn with Qt's own PDF writer (QtGui only, no widgets).

Needs a QGuiApplication (the GUI has one; offscreen is enough elsewhere). Drawn on
the main thread only: Qt allows a QPdfWriter off the GUI thread, but with PySide holding
the GIL through Qt calls that can deadlock against the UI thread (ui/tasks.py).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
)

from studyapp.core.credit import CertificateKind
from studyapp.records.branding import Branding
from studyapp.records.completion import CompletionFacts
from studyapp.records.pdf_attachment import ATTACHMENT
from studyapp.records.pdf_text import draw_logo, letter_writer, text_document
from studyapp.records.verification_code import qr_text, verification_code

RESOLUTION = 300
MARGIN_MM = 12
FRAME_INSET_MM = 14  # text starts this far inside the frame
FRAME_COLOUR = "#1f3a5f"


def _local_date(facts: CompletionFacts) -> str:
    local = facts.completed_at.astimezone()
    return f"{local:%B} {local.day}, {local.year}"


def certificate_html(
    facts: CompletionFacts, code: str | None = None, branding: Branding | None = None
) -> str:
    e = html.escape
    physician = CertificateKind(facts.certificate_kind) is CertificateKind.PHYSICIAN
    heading = "Certificate of Completion" if physician else "Certificate of Participation"
    if physician:
        credit_line = (
            f"and is awarded <b>{facts.credits_claimed:.2f} {e(facts.credit_type)}</b> "
            f"(maximum {facts.max_credits:.2f})."
        )
        statements = (
            f"<p><b>Accreditation.</b> {e(facts.accreditation_statement)}</p>"
            f"<p><b>Designation.</b> {e(facts.designation_statement)}</p>"
        )
    else:
        credit_line = (
            f"and claims participation of <b>{facts.credits_claimed:.2f}</b> hours "
            f"in an activity designated for a maximum of {facts.max_credits:.2f} "
            f"{e(facts.credit_type)}."
        )
        statements = (
            f"<p><b>Accreditation.</b> {e(facts.accreditation_statement)}</p>"
            f"<p><b>Designation.</b> {e(facts.designation_statement)}</p>"
            f"<p>{e(facts.participation_statement)}</p>"
        )
    sample = ""
    if facts.is_sample:
        sample = (
            '<p align="center" style="color:#b00020; font-size:16pt;"><b>SAMPLE ACTIVITY'
            " &mdash; NOT VALID FOR CREDIT</b></p>"
        )
    code_line = ""
    if code is not None:
        code_line = (
            "<br/>Verification code: <span style=\"font-family:'DejaVu Sans Mono', "
            f'monospace;">{e(code)}</span> (the signed record is attached to this PDF)'
        )
    through = f" through {e(branding.name)}" if branding and branding.name else ""
    name = e(facts.learner_name)
    if facts.learner_credentials:
        name += ", " + e(facts.learner_credentials)
    return f"""
<html><body style="font-family:'DejaVu Serif', serif; font-size:12pt;">
{sample}
<p align="center" style="font-size:34pt; margin-top:6pt;"><b>{heading}</b></p>
<p align="center" style="font-size:14pt; margin-top:18pt;">This certifies that</p>
<p align="center" style="font-size:28pt; margin-top:10pt;"><b>{name}</b></p>
<p align="center" style="font-size:14pt; margin-top:14pt;">has completed the
{e(facts.activity_format.lower())}</p>
<p align="center" style="font-size:20pt; margin-top:8pt;"><i>{e(facts.activity_title)}</i></p>
<p align="center" style="font-size:13pt; margin-top:8pt;">
provided by {e(facts.provider)}{through}</p>
<p align="center" style="font-size:13pt; margin-top:8pt; margin-bottom:18pt;">
on {_local_date(facts)} {credit_line}</p>
<hr/>
<div style="font-size:11pt;">{statements}</div>
<p style="font-size:10pt; color:#444; margin-top:12pt;">Credit type: {e(facts.credit_type)}
&nbsp;|&nbsp; Credits claimed: {facts.credits_claimed:.2f} of {facts.max_credits:.2f}
&nbsp;|&nbsp; Completed: {_local_date(facts)}<br/>Record id:
<span style="font-family:'DejaVu Sans Mono', monospace;">{e(facts.record_id)}</span>{code_line}</p>
</body></html>"""


def render_pdf(
    facts: CompletionFacts,
    landscape: bool = True,
    record_json: str | None = None,
    branding: Branding | None = None,
) -> bytes:
    """One page, drawn at the writer's resolution: the layout is made for the PDF device, so
    a 22 pt name is 22 pt on paper (made for the screen, it came out a third of that).

    With `record_json` (a signed record), the PDF carries it as an attached file, prints
    its verification code, and draws a QR code holding the record id and that code."""
    code = _code(record_json)
    writer, buffer, data = letter_writer(
        f"Certificate: {facts.activity_title}", landscape, MARGIN_MM, RESOLUTION
    )
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    inset = round(FRAME_INSET_MM / 25.4 * RESOLUTION)
    document = text_document(writer, certificate_html(facts, code, branding))
    document.setTextWidth(rect.width() - 2 * inset)
    if record_json is not None:
        writer.addFileAttachment(ATTACHMENT, record_json.encode("utf-8"), "application/json")
    painter = QPainter(writer)
    try:
        _frame(painter, rect.width(), rect.height())
        if branding is not None:
            # The issuing institution's logo, top left inside the frame, half an inch high.
            draw_logo(painter, branding.logo, inset * 0.6, inset * 0.6, RESOLUTION / 2)
        if code is not None:
            _qr(painter, qr_text(facts.record_id, code), rect.width(), rect.height())
        # Centred inside the frame: the certificate is one page.
        spare = max(0.0, rect.height() - 2 * inset - document.size().height())
        painter.translate(inset, inset + spare / 2)
        document.drawContents(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _code(record_json: str | None) -> str | None:
    if record_json is None:
        return None
    import json

    proof = json.loads(record_json).get("proof") or {}
    value = proof.get("proofValue") if isinstance(proof, dict) else None
    return verification_code(value) if isinstance(value, str) else None


def _qr(painter: QPainter, text: str, width: int, height: int) -> None:
    """The QR code, bottom right inside the frame, about an inch square."""
    import segno

    matrix = segno.make(text, error="m", micro=False).matrix
    side = RESOLUTION  # one inch
    module = side / (len(matrix) + 8)  # with a quiet zone of four modules
    left = width - side - RESOLUTION * 0.2
    top = height - side - RESOLUTION * 0.2
    painter.fillRect(QRectF(left, top, side, side), QColor("white"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRectF(left + (x + 4) * module, top + (y + 4) * module, module, module),
                    QColor("black"),
                )


def _frame(painter: QPainter, width: int, height: int) -> None:
    """A double rule around the page, as certificates have."""
    pt = RESOLUTION / 72
    painter.setPen(QPen(QColor(FRAME_COLOUR), 2.5 * pt))
    painter.drawRect(QRectF(0, 0, width, height).adjusted(pt, pt, -pt, -pt))
    painter.setPen(QPen(QColor(FRAME_COLOUR), 0.8 * pt))
    painter.drawRect(QRectF(0, 0, width, height).adjusted(6 * pt, 6 * pt, -6 * pt, -6 * pt))
