"""`studyapp pack build | keygen | sign | verify`: the tools a publisher signs packs with
and an administrator checks them with."""

from __future__ import annotations

import argparse
import datetime as dt
import sys


def run(args: argparse.Namespace) -> int:
    from studyapp.content.problems import PackError
    from studyapp.services.errors import UserError

    handler = {
        "build": _build,
        "keygen": _keygen,
        "sign": _sign,
        "verify": _verify,
        "lint": _lint,
        "import-qti": _import_qti,
    }
    try:
        return handler[args.pack_command](args)
    except PackError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except UserError as exc:
        print(exc, file=sys.stderr)
        return 1


def _build(args: argparse.Namespace) -> int:
    from studyapp.services import pack_tools

    built = pack_tools.build(args.folder, args.out)
    print(
        f"{args.out}: {built.pack_id} {built.version}, {built.files} files, "
        f"content {built.content_hash}"
    )
    return 0


def _keygen(args: argparse.Namespace) -> int:
    from studyapp.services import pack_tools

    did = pack_tools.keygen(args.out)
    print(did)
    print(
        f"Key written to {args.out}; keep it secret. List the line above in "
        "institution.toml under [packs] trusted_keys.",
        file=sys.stderr,
    )
    return 0


def _sign(args: argparse.Namespace) -> int:
    from studyapp.services import pack_tools

    signer = pack_tools.sign(args.file, args.key, dt.datetime.now(dt.UTC))
    print(f"{args.file}: signed by {signer}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    """Exit 0 only when every pack is signed, unchanged, and allowed here."""
    from studyapp.content import institution
    from studyapp.content.problems import PackError
    from studyapp.core.pack_trust import Seal, decide
    from studyapp.services import pack_tools

    try:
        settings = institution.load(institution.find(args.institution))
    except institution.InstitutionError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    failed = False
    for path in args.paths:
        try:
            check = pack_tools.seal_of(path)
        except PackError as exc:
            failed = True
            print(f"{path}: {exc.problems[0]}", file=sys.stderr)
            continue
        verdict = decide(check.seal, check.signer, settings.trusted_keys)
        ok = verdict.allowed and check.seal is Seal.SIGNED
        failed = failed or not ok
        print(
            f"{path}: {pack_tools.describe(check, verdict)}", file=sys.stdout if ok else sys.stderr
        )
    return 1 if failed else 0


def _lint(args: argparse.Namespace) -> int:
    """Exit 0 with no warnings, 1 with warnings (with --strict, notes count too), 2 when a
    pack cannot be read."""
    from studyapp.content.problems import PackError
    from studyapp.services import pack_lint

    worst = 0
    for path in args.paths:
        try:
            findings = pack_lint.lint_path(path)
        except PackError as exc:
            for problem in exc.problems:
                print(f"{path}:{problem}", file=sys.stderr)
            worst = 2
            continue
        for finding in findings:
            print(f"{path}/{pack_lint.line(finding)}")
        warnings, notes = pack_lint.counts(findings)
        print(
            f"{path}: {warnings} warning{'s' if warnings != 1 else ''}, "
            f"{notes} note{'s' if notes != 1 else ''}",
            file=sys.stderr,
        )
        if warnings or (args.strict and notes):
            worst = max(worst, 1)
    return worst


def _import_qti(args: argparse.Namespace) -> int:
    """Exit 0 when every item was imported, 1 when some were skipped (listed) or none."""
    from studyapp.services import qti_import

    plan = qti_import.plan(args.file, args.into, args.test)
    if plan.bank.items:
        qti_import.apply(plan)
    print(plan.summary(done=bool(plan.bank.items)))
    if not plan.bank.items:
        print(f"{args.file}: no question could be imported; nothing was changed.", file=sys.stderr)
    return 0 if plan.bank.items and not plan.bank.skipped else 1
