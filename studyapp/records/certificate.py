"""The certificate PDF, drawn with Qt's own PDF writer (QtGui only, no widgets).

Needs a QGuiApplication (the GUI has one; offscreen is enough elsewhere). Safe
to call from a worker thread: Qt supports painting on a QPdfWriter off the GUI
thread.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from studyapp.records.completion import CompletionFacts

PHYSICIAN = "physician"


def _local_date(facts: CompletionFacts) -> str:
    local = facts.completed_at.astimezone()
    return f"{local:%B} {local.day}, {local.year}"


def certificate_html(facts: CompletionFacts) -> str:
    e = html.escape
    physician = facts.certificate_kind == PHYSICIAN
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
    name = e(facts.learner_name)
    if facts.learner_credentials:
        name += ", " + e(facts.learner_credentials)
    return f"""
<html><body style="font-family:'DejaVu Serif', serif; font-size:11pt;">
{sample}
<p align="center" style="font-size:26pt;"><b>{heading}</b></p>
<p align="center" style="font-size:12pt;">This certifies that</p>
<p align="center" style="font-size:22pt;"><b>{name}</b></p>
<p align="center" style="font-size:12pt;">has completed the {e(facts.activity_format.lower())}</p>
<p align="center" style="font-size:16pt;"><i>{e(facts.activity_title)}</i></p>
<p align="center">provided by {e(facts.provider)}</p>
<p align="center">on {_local_date(facts)} {credit_line}</p>
<hr/>
{statements}
<p style="font-size:9pt; color:#444;">Credit type: {e(facts.credit_type)} &nbsp;|&nbsp;
Credits claimed: {facts.credits_claimed:.2f} of {facts.max_credits:.2f} &nbsp;|&nbsp;
Completed: {_local_date(facts)}<br/>Record id:
<span style="font-family:'DejaVu Sans Mono', monospace;">{e(facts.record_id)}</span></p>
</body></html>"""


def render_pdf(facts: CompletionFacts) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Certificate: {facts.activity_title}")
    writer.setCreator("StudyApp")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Landscape,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(certificate_html(facts))
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.setDefaultFont(document.defaultFont())
    document.print_(writer)
    buffer.close()
    return bytes(data.data())
