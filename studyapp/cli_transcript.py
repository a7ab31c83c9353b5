"""`studyapp transcript`: the CME transcript, signed, from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any


def _learner(ctx: Any, name: str | None) -> Any:
    from studyapp.services import learners

    if name is None:
        found = learners.last_used(ctx)
        if found is None:
            raise LookupError("There is no profile in this data folder yet.")
        return found
    wanted = name.casefold().strip()
    matches = [v for v in learners.list_learners(ctx) if v.full_name.casefold() == wanted]
    if len(matches) != 1:
        names = ", ".join(v.full_name for v in learners.list_learners(ctx)) or "none"
        raise LookupError(
            f"No single profile is named {name!r}. Profiles in this data folder: {names}."
        )
    return matches[0]


def _unlock(ctx: Any, learner: Any) -> None:
    from studyapp.services import protection

    if not protection.is_protected(ctx, learner.id):
        return
    if not sys.stdin.isatty():
        raise PermissionError(
            f"{learner.full_name}'s profile is protected with a passphrase. Run this in a "
            "terminal to type it, or save the transcript from the app's CME history."
        )
    import getpass

    protection.unlock(ctx, learner.id, getpass.getpass(f"Passphrase for {learner.full_name}: "))


def save_transcript(
    args: argparse.Namespace, open_context: Callable[[argparse.Namespace], Any]
) -> int:
    from studyapp.records.transcript_credential import Period
    from studyapp.services import exports, transcript_export
    from studyapp.services.errors import UserError

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".json"):
        print(
            f"{args.out}: name the file .pdf (printable) or .json (the credential).",
            file=sys.stderr,
        )
        return 2
    if args.start and args.end and args.start > args.end:
        print("--from must not be after --to.", file=sys.stderr)
        return 2
    from studyapp.records.pdf_text import ensure_application

    app = ensure_application()
    ctx = open_context(args)
    try:
        learner = _learner(ctx, args.learner)
        _unlock(ctx, learner)
        files = transcript_export.make(ctx, learner.id, Period(args.start, args.end))
        exports.save_file(
            args.out, files.pdf if suffix == ".pdf" else files.credential_json.encode("utf-8")
        )
    except (LookupError, PermissionError, UserError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        ctx.close()
        del app
    left_out = files.count - files.wrapped
    print(
        f"{args.out}: transcript of {learner.full_name}, {files.count} completion record"
        f"{'s' if files.count != 1 else ''}"
        + (f" ({left_out} from before signed transcripts, listed only)" if left_out else "")
    )
    return 0
