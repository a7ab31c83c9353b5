"""The printable CME transcript: every completion record in a period, totals by credit
type with sample credit apart, and the signed transcript credential attached.

Drawn with Qt's PDF writer (QtGui only) at the writer's resolution, page by page, so
sizes in points are points on paper and long histories run onto further pages with the
table's heading repeated.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPainter

from studyapp.core.credit import format_credits
from studyapp.records.branding import Branding
from studyapp.records.completion import CompletionFacts
from studyapp.records.pdf_attachment import TRANSCRIPT_ATTACHMENT as ATTACHMENT
from studyapp.records.pdf_text import draw_logo, letter_writer, logo_width, text_document

RESOLUTION = 300
MARGIN_MM = 18


@dataclass(frozen=True)
class TranscriptSheet:
    learner: str
    period: str
    issued: dt.datetime
    issuer: str
    transcript_id: str
    code: str | None
    rows: list[CompletionFacts]  # newest first
    unwrapped: frozenset[str]  # record ids listed but not inside the signed credential
    totals: dict[str, Decimal]
    sample_totals: dict[str, Decimal]
    branding: Branding | None = None


def _day(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local:%Y-%m-%d}"


def _table(rows: list[CompletionFacts], unwrapped: frozenset[str]) -> str:
    e = html.escape
    cells = "".join(
        "<tr>"
        f"<td nowrap>{_day(f.completed_at)}</td>"
        f"<td>{e(f.activity_title)}{' *' if f.record_id in unwrapped else ''}"
        f'<br/><span style="font-size:9pt; color:#444;">{e(f.provider)}</span></td>'
        f"<td>{e(f.credit_type)}</td>"
        f'<td align="right" nowrap>{format_credits(f.credits_claimed)}</td>'
        "</tr>"
        for f in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
        'style="border-collapse:collapse; border-color:#999;">'
        '<thead><tr style="background-color:#e8edf3;">'
        '<th align="left" width="17%" nowrap>Completed</th>'
        '<th align="left" width="47%">Activity and provider</th>'
        '<th align="left" width="24%">Credit type</th>'
        '<th align="right" width="12%" nowrap>Credits</th></tr></thead>'
        f"{cells}</table>"
    )


def _totals(totals: dict[str, Decimal]) -> str:
    return "; ".join(f"{format_credits(v)} {html.escape(k)}" for k, v in totals.items())


def transcript_html(sheet: TranscriptSheet) -> str:
    e = html.escape
    real = [f for f in sheet.rows if not f.is_sample]
    sample = [f for f in sheet.rows if f.is_sample]
    org = sheet.branding.name if sheet.branding else ""
    parts = [
        f'<p style="font-size:12pt; color:#1f3a5f;">{e(org)}</p>' if org else "",
        '<p style="font-size:22pt;"><b>CME Transcript</b></p>',
        f'<p style="font-size:14pt;"><b>{e(sheet.learner)}</b></p>',
        f"<p>Period: {e(sheet.period)}<br/>Issued: {_day(sheet.issued)} by {e(sheet.issuer)}</p>",
    ]
    if real:
        parts.append('<p style="font-size:13pt; margin-top:10pt;"><b>Accredited activities</b></p>')
        parts.append(_table(real, sheet.unwrapped))
        parts.append(f'<p style="font-size:12pt;"><b>Total credit: {_totals(sheet.totals)}</b></p>')
    else:
        parts.append("<p><b>No credit from accredited activities in this period.</b></p>")
    if sample:
        parts.append(
            '<p style="font-size:13pt; margin-top:10pt;"><b>Sample activities: not valid for '
            "credit and not in the total</b></p>"
        )
        parts.append(_table(sample, sheet.unwrapped))
        parts.append(f"<p>Sample credit, for practice only: {_totals(sheet.sample_totals)}</p>")
    if sheet.unwrapped:
        parts.append(
            "<p>* Made before StudyApp signed records this way: listed and counted here, "
            "but not inside the signed transcript. Its own record file still checks out.</p>"
        )
    footer = f"Transcript id: {e(sheet.transcript_id)}"
    if sheet.code:
        footer += (
            f"<br/>Verification code: {e(sheet.code)}. The signed transcript "
            f"({ATTACHMENT}, a CLR 2.0 credential holding every record above) is attached to "
            "this PDF: check it with StudyApp (File &gt; Check a completion record) or any "
            "Open Badges 3.0 / CLR 2.0 verifier."
        )
    parts.append(f'<p style="font-size:10pt; color:#444; margin-top:12pt;">{footer}</p>')
    return (
        "<html><body style=\"font-family:'DejaVu Serif', serif; font-size:11pt;\">"
        + "".join(parts)
        + "</body></html>"
    )


def render_pdf(sheet: TranscriptSheet, credential_json: str | None = None) -> bytes:
    writer, buffer, data = letter_writer(
        f"CME transcript: {sheet.learner}", False, MARGIN_MM, RESOLUTION
    )
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document = text_document(writer, transcript_html(sheet))
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    if credential_json is not None:
        writer.addFileAttachment(ATTACHMENT, credential_json.encode("utf-8"), "application/json")
    logo = sheet.branding.logo if sheet.branding else None
    painter = QPainter(writer)
    try:
        for page in range(document.pageCount()):
            if page:
                writer.newPage()
            if page == 0 and logo:
                # Top right of the first page, level with the title, half an inch high.
                height = RESOLUTION / 2
                draw_logo(painter, logo, rect.width() - logo_width(logo, height), 0, height)
            painter.save()
            painter.translate(0, -page * rect.height())
            document.drawContents(
                painter, QRectF(0, page * rect.height(), rect.width(), rect.height())
            )
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
