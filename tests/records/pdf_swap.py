"""Replace the file attached to a PDF, as someone passing off one record as another would."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter


def swap_attachment(pdf: bytes, name: str, data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer._root_object["/Names"].pop("/EmbeddedFiles")  # the original attachment goes
    writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
