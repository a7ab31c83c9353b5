"""The institution's name and logo for what the app prints (certificates, transcripts)."""

from __future__ import annotations

import logging

from studyapp.records.branding import Branding
from studyapp.services.context import Context

log = logging.getLogger(__name__)


def branding(ctx: Context) -> Branding | None:
    org = ctx.institution
    if not org.name and org.logo is None:
        return None
    logo = None
    if org.logo is not None:
        try:
            logo = org.logo.read_bytes()
        except OSError as exc:  # checked at start; gone since: print without it
            log.warning("The institution logo %s cannot be read now: %s", org.logo, exc)
    return Branding(org.name, logo)
