"""The institution a certificate or transcript is issued through (no Qt here: services
build it, the PDF renderers draw it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Branding:
    name: str
    logo: bytes | None = None  # PNG or JPEG
