"""The signed record attached to a certificate PDF, or the signed transcript attached to a
printed transcript, read back with pypdf."""

from __future__ import annotations

import io
import logging
import re

from studyapp.core.message import QT_TRANSLATE_NOOP, Message

MAX_PDF_BYTES = 20_000_000
ATTACHMENT = "completion-record.json"  # on a certificate
TRANSCRIPT_ATTACHMENT = "cme-transcript.json"  # on a printed transcript
MAX_RECORD_BYTES = 5_000_000

log = logging.getLogger(__name__)


class PdfRecordError(ValueError):
    """Why no record could be read from the PDF; the message is for the learner."""


def is_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"%PDF-"


def attached_record(data: bytes) -> str:
    """The text of the completion record attached to the PDF."""
    if len(data) > MAX_PDF_BYTES:
        raise PdfRecordError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "the PDF is over {value} MB"),
                value=MAX_PDF_BYTES // 1_000_000,
            )
        )
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        attachments = reader.attachments
        found = attachments.get(ATTACHMENT) or attachments.get(TRANSCRIPT_ATTACHMENT)
        if not found:
            raise PdfRecordError(
                Message(QT_TRANSLATE_NOOP("Messages", "the PDF has no completion record attached"))
            )
        raw = found[0]
    except PdfRecordError:
        raise
    except (Exception, RecursionError) as exc:  # a damaged or hostile PDF: say so, never crash
        log.info("Could not read a PDF's attachments: %r", exc)
        raise PdfRecordError(
            Message(QT_TRANSLATE_NOOP("Messages", "the PDF cannot be read"))
        ) from exc
    if len(raw) > MAX_RECORD_BYTES:
        raise PdfRecordError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "the attached record is too large to be a completion record"
                )
            )
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PdfRecordError(
            Message(QT_TRANSLATE_NOOP("Messages", "the attached record is not text"))
        ) from exc


CODE = re.compile(r"Verification\s+code:\s*([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})")
MAX_PAGES_READ = 100


def printed_code(data: bytes) -> str | None:
    """The verification code printed on the PDF's pages, if one can be read."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        count = len(reader.pages)
        for index in range(count - 1, max(count - 1 - MAX_PAGES_READ, -1), -1):
            found = CODE.search(reader.pages[index].extract_text() or "")
            if found:
                return found.group(1)
    except (Exception, RecursionError) as exc:  # the attachment was readable: say nothing
        log.info("Could not read a PDF's text: %r", exc)
    return None
