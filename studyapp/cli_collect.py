"""`studyapp export` and `studyapp sync`: what an institution collects from a laptop."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any


def run(args: argparse.Namespace, open_context: Callable[[argparse.Namespace], Any]) -> int:
    ctx = open_context(args)
    try:
        return _export(ctx, args) if args.command == "export" else _sync(ctx, args)
    finally:
        ctx.close()


def _export(ctx: Any, args: argparse.Namespace) -> int:
    from studyapp.services import exports, record_exports
    from studyapp.services.errors import UserError

    suffix = args.out.suffix.lower()
    if args.format == "pars" and suffix not in (".xlsx", ".txt"):
        print(
            f"{args.out}: name the file .xlsx (Excel template) or .txt (tab-delimited).",
            file=sys.stderr,
        )
        return 2
    if args.start and args.end and args.start > args.end:
        print("--from must not be after --to.", file=sys.stderr)
        return 2
    try:
        done = record_exports.export(
            ctx,
            record_exports.Format(args.format),
            start=args.start,
            end=args.end,
            learner_id=args.learner,
            excel=suffix == ".xlsx",
            skip_incomplete=args.skip_incomplete,
        )
        exports.save_file(args.out, done.data)
    except UserError as exc:
        print(exc, file=sys.stderr)
        return 1
    for note in done.notes:
        print(note, file=sys.stderr)
    what = "statements" if args.format == "xapi" else "rows"
    print(f"{args.out}: {done.rows} {what}")
    return 0


def _sync(ctx: Any, args: argparse.Namespace) -> int:
    """--once: exit 0 when everything waiting was sent, 1 when the store did not take it.
    Without it: keep sending as statements arrive, backing off while the store is away."""
    from studyapp.services import lrs_sync

    if ctx.institution.record_store is None:
        print(
            "No learning record store is set up: add [record_store] to institution.toml.",
            file=sys.stderr,
        )
        return 2
    wait: int | None = None
    while True:
        try:
            sent = lrs_sync.send_pending(ctx)
            wait = None
            if sent or args.once:
                print(f"Sent {sent} statements. {lrs_sync.status(ctx).text()}")
        except lrs_sync.SendError as exc:
            print(f"Not sent: {exc}. {lrs_sync.status(ctx).text()}", file=sys.stderr)
            if args.once:
                return 1
            wait = lrs_sync.next_wait(wait)
        if args.once:
            return 0
        time.sleep(wait or 30)
