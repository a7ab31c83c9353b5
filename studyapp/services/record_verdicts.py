"""Signature verdicts kept with the records: a record found valid once is not checked
again until its text changes (its SHA-256 is the key), so a long history or an export of
thousands of records costs one check per record, ever."""

from __future__ import annotations

import json
from collections.abc import Callable

from studyapp.records import signing
from studyapp.records.signing import Verdict
from studyapp.services.context import Context
from studyapp.storage import record_verdicts as store


def kept_valid(ctx: Context, text: str) -> str | None:
    """The signer's did:key when this exact record was found valid before, else None."""
    with ctx.db.transaction() as s:
        if not store.known(s, [store.digest(text)]):
            return None
    try:
        method = json.loads(text)["proof"]["verificationMethod"]
    except (ValueError, KeyError, TypeError):
        return None
    return method.partition("#")[0] if isinstance(method, str) else None


def keep_valid(ctx: Context, text: str) -> None:
    if ctx.read_only:
        return
    with ctx.db.transaction() as s:
        store.keep(s, store.digest(text), Verdict.VALID.value)


def verdicts(
    ctx: Context, texts: dict[str, str], progress: Callable[[int, int], None] | None = None
) -> dict[str, Verdict]:
    """Each record's verdict by id: kept ones looked up, the rest checked now (and kept
    when valid)."""
    digests = {record_id: store.digest(text) for record_id, text in texts.items()}
    with ctx.db.transaction() as s:
        kept = store.known(s, list(set(digests.values())))
    result: dict[str, Verdict] = {}
    todo = [r for r in texts if digests[r] not in kept]
    for record_id in texts:
        if digests[record_id] in kept:
            result[record_id] = Verdict(kept[digests[record_id]])
    for done, record_id in enumerate(todo, start=1):
        try:
            verdict = signing.verify(json.loads(texts[record_id])).verdict
        except (ValueError, RecursionError):
            verdict = Verdict.UNREADABLE
        result[record_id] = verdict
        if verdict is Verdict.VALID:
            keep_valid(ctx, texts[record_id])
        if progress:
            progress(done, len(todo))
    return result
