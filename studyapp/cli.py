"""Command line: the same entry point as the GUI, without Qt widgets.

studyapp                      open the app
studyapp --version
studyapp pack validate PATH...
studyapp pack install PATH...
studyapp pack list
studyapp pack build DIR -o FILE.zip | keygen --out KEY | sign FILE --key KEY | verify FILE...
studyapp pack lint PATH... [--strict] | import-qti FILE.zip --into DIR [--test pretest|posttest]
studyapp record verify FILE...
studyapp record key
studyapp transcript [--from DATE] [--to DATE] [--learner NAME] --out FILE
studyapp selftest
studyapp export --format csv|pars|xapi [--from] [--to] [--learner ID] --out FILE
studyapp sync [--once]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from studyapp import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="StudyApp: offline continuing medical education. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"StudyApp {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data in DIR instead of the user data folder "
        "(also settable with STUDYAPP_DATA_DIR)",
    )
    parser.add_argument(
        "--institution",
        metavar="FILE",
        type=Path,
        help="use this institution.toml instead of the one beside the program",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    pack = commands.add_parser("pack", help="check, install or list activity packs")
    pack_commands = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    validate = pack_commands.add_parser("validate", help="check packs without installing them")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="pack folder or zip")
    install = pack_commands.add_parser("install", help="check and install packs")
    install.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="pack folder or zip")
    pack_commands.add_parser("list", help="list installed packs")
    build = pack_commands.add_parser(
        "build", help="check a pack folder and write it as a reproducible zip with a manifest"
    )
    build.add_argument("folder", type=Path, metavar="DIR")
    build.add_argument("-o", "--out", required=True, type=Path, metavar="FILE.zip")
    keygen = pack_commands.add_parser("keygen", help="make a key to sign packs with")
    keygen.add_argument("--out", required=True, type=Path, metavar="KEYFILE")
    sign = pack_commands.add_parser("sign", help="sign a pack built with `pack build`")
    sign.add_argument("file", type=Path, metavar="FILE.zip")
    sign.add_argument("--key", required=True, type=Path, metavar="KEYFILE")
    lint = pack_commands.add_parser(
        "lint", help="find item-writing flaws in packs (exit 1 when any are found)"
    )
    lint.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="pack folder or zip")
    lint.add_argument(
        "--strict", action="store_true", help="notes (patterns worth a look) also fail"
    )
    import_qti = pack_commands.add_parser(
        "import-qti", help="add the questions of a QTI 1.2 (Canvas) or 2.1 package to a pack"
    )
    import_qti.add_argument("file", type=Path, metavar="FILE.zip")
    import_qti.add_argument("--into", required=True, type=Path, metavar="DIR", help="pack folder")
    import_qti.add_argument("--test", choices=("pretest", "posttest"), default="posttest")
    pack_verify = pack_commands.add_parser(
        "verify", help="say who signed packs, whether they are unchanged and trusted"
    )
    pack_verify.add_argument("paths", nargs="+", type=Path, metavar="FILE")
    record = commands.add_parser("record", help="check completion records")
    record_commands = record.add_subparsers(dest="record_command", metavar="ACTION", required=True)
    verify = record_commands.add_parser(
        "verify", help="check completion record files against their signatures"
    )
    verify.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="completion record or transcript (.json), or a certificate or transcript (.pdf)",
    )
    record_commands.add_parser(
        "key", help="print the key this computer signs records with, to note down as trusted"
    )
    institution = commands.add_parser("institution", help="check an institution.toml")
    institution_commands = institution.add_subparsers(
        dest="institution_command", metavar="ACTION", required=True
    )
    check = institution_commands.add_parser(
        "check", help="say what an institution.toml sets, and every problem in it"
    )
    check.add_argument("file", type=Path, metavar="FILE")
    sync = commands.add_parser(
        "sync", help="send waiting xAPI statements to the institution's learning record store"
    )
    sync.add_argument("--once", action="store_true", help="one pass, then exit")
    export = commands.add_parser(
        "export", help="export completion records: csv, the accreditor's report (pars), xapi"
    )
    export.add_argument("--format", required=True, choices=("csv", "pars", "xapi"))
    export.add_argument("--from", dest="start", type=_date, metavar="DATE")
    export.add_argument("--to", dest="end", type=_date, metavar="DATE")
    export.add_argument("--learner", type=int, metavar="ID", help="one learner's records")
    export.add_argument(
        "--skip-incomplete",
        action="store_true",
        help="pars: leave out learners whose profiles lack a required field",
    )
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="pars: .xlsx or .txt"
    )
    commands.add_parser(
        "selftest",
        help="check this installation on a temporary data folder (offscreen) and exit",
    )
    transcript = commands.add_parser(
        "transcript",
        help="save the CME transcript: a signed CLR 2.0 credential (.json) or a printable "
        "PDF that carries it (.pdf)",
    )
    transcript.add_argument("--from", dest="start", type=_date, metavar="DATE", help="YYYY-MM-DD")
    transcript.add_argument("--to", dest="end", type=_date, metavar="DATE", help="YYYY-MM-DD")
    transcript.add_argument(
        "--learner", metavar="NAME", help="whose transcript (default: the profile used last)"
    )
    transcript.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="where to save (.pdf or .json)"
    )
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from None


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    if args.command == "pack":
        if args.pack_command in ("build", "keygen", "sign", "verify", "lint", "import-qti"):
            from studyapp import cli_pack

            return cli_pack.run(args)
        handler = {"validate": _validate, "install": _install, "list": _list}[args.pack_command]
        return handler(args)
    if args.command == "record":
        return _verify(args) if args.record_command == "verify" else _key(args)
    if args.command in ("sync", "export"):
        from studyapp import cli_collect

        return cli_collect.run(args, _open)
    if args.command == "institution":
        return _check_institution(args)
    if args.command == "transcript":
        from studyapp.cli_transcript import save_transcript

        return save_transcript(args, _open)
    build_parser().print_help()
    return 2


def _validate(args: argparse.Namespace) -> int:
    from studyapp.content import loader

    failed = False
    for path in args.paths:
        problems = loader.validate(path)
        if problems:
            failed = True
            for problem in problems:
                print(f"{path}/{problem}" if path.is_dir() else f"{path}:{problem}")
        else:
            print(f"{path}: ok")
    return 1 if failed else 0


def _open(args: argparse.Namespace):
    """The data folder, under the institution's settings (SystemExit 2 when they are
    broken where they guard something: never half configured)."""
    from studyapp.content import institution
    from studyapp.paths import resolve_data_dir
    from studyapp.services.context import open_context

    try:
        settings = institution.load(institution.find(args.institution))
    except institution.InstitutionError as exc:
        print(f"The institution settings in {exc.path} cannot be used:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        raise SystemExit(2) from None
    for problem in settings.ignored:
        print(f"{problem} (ignored)", file=sys.stderr)
    return open_context(resolve_data_dir(args.data_dir), institution=settings)


def _check_institution(args: argparse.Namespace) -> int:
    """Exit 0 when the file can be used as it is, 1 when anything in it is wrong."""
    from studyapp.content import institution

    try:
        settings = institution.load(args.file)
    except institution.InstitutionError as exc:
        print(f"{args.file}: StudyApp will not start with these settings:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    for line in institution.describe(settings):
        print(line)
    for problem in settings.ignored:
        print(f"{problem} (ignored)", file=sys.stderr)
    return 1 if settings.ignored else 0


def _install(args: argparse.Namespace) -> int:
    from studyapp.content.problems import PackError
    from studyapp.services import library

    ctx = _open(args)
    failed = False
    try:
        for path in args.paths:
            try:
                preview = library.preview(ctx, path)
                library.install(ctx, path)
                print(f"{path}: installed {preview.activity.title} ({preview.activity.version})")
            except PackError as exc:
                failed = True
                for problem in exc.problems:
                    print(f"{path}:{problem}", file=sys.stderr)
    finally:
        ctx.close()
    return 1 if failed else 0


def _list(args: argparse.Namespace) -> int:
    from studyapp.services import library

    ctx = _open(args)
    try:
        for row in library.rows(ctx, None):
            print(f"{row.activity_id}\t{row.version}\t{row.credits}\t{row.title}")
    finally:
        ctx.close()
    return 0


def _verify(args: argparse.Namespace) -> int:
    """Exit 0 only when every file is a record whose signature checks out."""
    from studyapp.services import record_signing
    from studyapp.services.errors import UserError

    failed = False
    for path in args.paths:
        try:
            check = record_signing.check_file(path, progress=_progress(path))
        except UserError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            failed = True
            continue
        failed = failed or not check.valid
        print(f"{path}: {check.message}", file=sys.stdout if check.valid else sys.stderr)
    return 1 if failed else 0


def _progress(path: Path):
    """Counts the records of a long transcript as they are checked, on a terminal only."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total > 1:
            end = "\n" if done == total else ""
            print(f"\r{path}: checked {done} of {total} signatures", end=end, file=sys.stderr)

    return show


def _key(args: argparse.Namespace) -> int:
    from studyapp.services import record_signing

    ctx = _open(args)
    try:
        print(record_signing.this_computers_key(ctx))
    finally:
        ctx.close()
    return 0
