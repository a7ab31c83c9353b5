"""The library: installed activities with the learner's status, and pack import."""

from __future__ import annotations

import logging
import shutil
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from studyapp.content.problems import PackError
from studyapp.core import gating
from studyapp.core.activity import Activity
from studyapp.core.credit import from_quarters, to_quarters
from studyapp.core.message import QT_TRANSLATE_NOOP, Message
from studyapp.paths import PathEscapeError, bundled_packs_dir, inside
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.library_rows import LibraryRow
from studyapp.storage import packs as pack_store
from studyapp.storage import progress as progress_store
from studyapp.storage.models import InstalledPack

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class PackPreview:
    activity: Activity
    source: Path
    already_installed: bool
    seal: str = "Not signed."  # who signed it, and whether this computer trusts them
    allowed: bool = True  # False: the institution's trust rules refuse it
    lint: tuple[str, ...] = ()  # item-writing findings, for the author's eye

    def summary(self) -> str:
        a = self.activity
        lines = [
            f"{a.title}",
            f"Version {a.version} from {a.provider}",
            f"{from_quarters(to_quarters(a.credit.max_credits))} {a.credit.credit_type}, "
            f"about {a.estimated_minutes} minutes",
            f"Available {a.release_date.isoformat()} to {a.expiration_date.isoformat()}",
            f"{len(a.sections)} reading sections, {len(a.pretest)} pre-test and "
            f"{len(a.posttest)} post-test questions, {len(a.evaluation)} evaluation questions",
        ]
        lines.append(self.seal)
        if a.is_sample:
            lines.append("This is a sample activity: its certificates are marked as samples.")
        if self.already_installed:
            lines.append("This version is already installed; nothing will change.")
        if self.lint:
            lines.append("")
            lines.append(f"Item-writing checks ({len(self.lint)}), for the pack's authors:")
            lines.extend(self.lint)
        return "\n".join(lines)


def to_progress(p: progress_store.PackProgress | None) -> gating.Progress:
    if p is None:
        return gating.Progress()
    return gating.Progress(
        started=p.started,
        pretest_submitted=p.pretest_submitted,
        posttest_attempts=p.posttest_attempts,
        posttest_passed=p.posttest_passed,
        evaluation_submitted=p.evaluation_submitted,
        credit_claimed=p.credit_claimed,
        reading_opened=p.reading_opened,
    )


def rows(
    ctx: Context, learner_id: int | None, among: Collection[int] | None = None
) -> list[LibraryRow]:
    """The library's rows, or only those of the packs `among` (what a change touched: at
    ten times the large folder the whole library is half a second of work, a row a few ms)."""
    today = ctx.today()
    with ctx.db.transaction() as s:
        packs = pack_store.index_rows(s, among)
        progress = progress_store.progress_by_pack(s, learner_id, among=among) if learner_id else {}
    untouched = gating.Progress()
    result = []
    for p in packs:
        prog = progress.get(p.id)
        state = untouched if prog is None else to_progress(prog)
        result.append(
            LibraryRow(
                pack_id=p.id,
                activity_id=p.activity_id,
                version=p.version,
                title=p.title,
                credits=from_quarters(p.max_credit_quarters),
                credit_type=p.credit_type,
                estimated_minutes=p.estimated_minutes,
                expiration_date=p.expiration_date,
                status=gating.status(p.expiration_date, state, today),
                queued=bool(prog and prog.queued),
                is_sample=p.is_sample,
                provider=p.provider,
                topics=tuple(p.topics.split("; ")) if p.topics else (),
                stages_done=gating.stages_done(state),
                last_opened=prog.last_opened if prog else None,
                folder=p.folder,
                progress=state,
                last_tab=prog.last_tab if prog else None,
            )
        )
    return result


def activity(ctx: Context, pack_id: int) -> Activity:
    with ctx.db.transaction() as s:
        pack = pack_store.get(s, pack_id)
        if pack is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That activity is no longer installed."))
        folder = pack.folder
    try:
        return ctx.activity(pack_id, folder)
    except PathEscapeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "The installed copy of this activity is not in the library folder."
            )
        ) from exc
    except PackError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "The installed copy of this activity is damaged:\n{problems}"
            ),
            problems=exc,
        ) from exc


def preview(ctx: Context, source: Path) -> PackPreview:
    """Validate a pack and describe what installing it would add. Raises PackError."""
    from studyapp.content import loader

    act = loader.load(source)
    with ctx.db.transaction() as s:
        exists = pack_store.find(s, act.id, act.version) is not None
    from studyapp.services import pack_lint, pack_tools  # import only, not the library

    check, verdict = pack_tools.decision(ctx, source)
    findings = tuple(pack_lint.line(f) for f in pack_lint.lint(act))
    return PackPreview(
        act, source, exists, pack_tools.describe(check, verdict), verdict.allowed, findings
    )


def install(ctx: Context, source: Path, progress: Progress | None = None) -> int:
    """Install a pack (folder or zip) all or nothing; returns the installed pack id."""
    from studyapp.content import archive, loader

    report = progress or (lambda _pct, _msg: None)
    work = ctx.paths.staging / uuid.uuid4().hex
    work.mkdir(parents=True)
    try:
        report(5, Message(QT_TRANSLATE_NOOP("Messages", "Reading the pack…")))
        if source.is_dir():
            staging = work
            root = archive.manifest_root(source, source.name)
            _copy_tree(
                root,
                staging,
                lambda pct: report(
                    5 + pct * 60 // 100, Message(QT_TRANSLATE_NOOP("Messages", "Copying files…"))
                ),
            )
        elif source.exists():
            # Straight into staging, on the data folder's disk: no second copy.
            staging = archive.unpack(
                source,
                work,
                lambda pct: report(
                    5 + pct * 60 // 100, Message(QT_TRANSLATE_NOOP("Messages", "Unpacking files…"))
                ),
            )
        else:
            raise PackError.single(source.name, "file", "does not exist")
        from studyapp.services import pack_tools

        report(70, Message(QT_TRANSLATE_NOOP("Messages", "Checking the pack…")))
        # On the copy about to be installed, not the source, which could change meanwhile;
        # first, since a broken seal explains whatever else is wrong with the files.
        pack_tools.refuse_unless_allowed(ctx, staging, source.name)
        pack_tools.remove_seal_files(staging)
        act = loader.load_folder(staging)
        with ctx.db.transaction() as s:
            existing = pack_store.find(s, act.id, act.version)
            if existing is not None:
                report(100, Message(QT_TRANSLATE_NOOP("Messages", "Already installed.")))
                return existing.id
        folder, target = _new_pack_folder(ctx, act)
        target.parent.mkdir(parents=True, exist_ok=True)
        report(85, Message(QT_TRANSLATE_NOOP("Messages", "Installing…")))
        staging.rename(target)
        try:
            with ctx.db.transaction() as s:
                row = pack_store.add(s, _index_row(ctx, act, folder))
                pack_id = row.id
        except Exception:
            shutil.rmtree(target, ignore_errors=True)  # made just above, inside packs/
            raise
        report(100, Message(QT_TRANSLATE_NOOP("Messages", "Installed.")))
        log.info("Installed pack %s version %s", act.id, act.version)
        ctx.changes.publish(Changed(Change.LIBRARY, pack_id=pack_id))
        return pack_id
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _new_pack_folder(ctx: Context, act: Activity) -> tuple[str, Path]:
    """A folder under packs/ that does not exist yet. Nothing already there is removed: a
    folder left by an install that stopped before its database row was written stays, and
    the new copy goes beside it."""
    base = inside(ctx.paths.packs, act.id, act.version)
    if not base.exists():
        return f"{act.id}/{act.version}", base
    while True:
        name = f"{act.version}~{uuid.uuid4().hex[:8]}"
        target = inside(ctx.paths.packs, act.id, name)
        if not target.exists():
            return f"{act.id}/{name}", target


def installed_count(ctx: Context) -> int:
    with ctx.db.transaction() as s:
        return pack_store.count(s)


def install_bundled(ctx: Context, bundled: Path | None = None) -> list[int]:
    """Install bundled sample packs this data folder lacks (first run, a new release), and put
    back the files of any bundled pack whose folder has gone missing."""
    folder = bundled or bundled_packs_dir()
    if not folder.is_dir() or ctx.read_only:
        return []
    with ctx.db.transaction() as s:
        installed = {(p.activity_id, p.version): p.folder for p in pack_store.all_packs(s)}
    added = []
    for pack_dir in sorted(p for p in folder.iterdir() if (p / "activity.toml").is_file()):
        key = _peek_key(pack_dir)
        if key is None:
            continue
        if key in installed:
            try:
                target = ctx.pack_folder(installed[key])
            except PathEscapeError:
                log.error("Bundled pack %s has a stored folder outside packs/", key)
                continue
            if not (target / "activity.toml").is_file():
                log.warning("Files of bundled pack %s were missing; copying them back", key)
                shutil.rmtree(target, ignore_errors=True)
                _copy_tree(pack_dir, target, lambda _pct: None)
            continue
        try:
            added.append(install(ctx, pack_dir))
        except PackError:
            log.exception("Bundled pack %s is invalid and was not installed", pack_dir.name)
    return added


def _peek_key(pack_dir: Path) -> tuple[str, str] | None:
    import tomllib

    try:
        data = tomllib.loads((pack_dir / "activity.toml").read_text("utf-8"))
        return str(data["id"]), str(data["version"])
    except (OSError, KeyError, ValueError):
        return None


def _index_row(ctx: Context, act: Activity, folder: str) -> InstalledPack:
    return InstalledPack(
        activity_id=act.id,
        version=act.version,
        title=act.title,
        provider=act.provider,
        folder=folder,
        release_date=act.release_date,
        expiration_date=act.expiration_date,
        estimated_minutes=act.estimated_minutes,
        max_credit_quarters=to_quarters(act.credit.max_credits),
        credit_type=act.credit.credit_type,
        is_sample=act.is_sample,
        installed_at=ctx.now(),
        accreditor_activity_id=act.credit.accreditor_activity_id or None,
        moc_points=str(act.credit.moc_points) if act.credit.moc_points else None,
        topics="; ".join(act.topics) or None,
    )


def _copy_tree(src: Path, dest: Path, progress: Callable[[int], None]) -> None:
    files = [p for p in src.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files) or 1
    done = 0
    for path in files:
        relative = path.relative_to(src)
        if any(part.startswith(".") for part in relative.parts):
            continue
        target = dest / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        done += path.stat().st_size
        progress(done * 100 // total)


def save_snapshot(
    ctx: Context,
    learner_id: int | None,
    shown: list[LibraryRow] | None = None,
    open_pack: int | None = None,
) -> bool:
    """Keep the library as shown for the next start (True if kept); never a protected
    profile's progress, which the snapshot would show before the passphrase is asked.
    `shown`: the learner's rows as on screen, kept current by the changes, so quitting
    need not read the library again (0.3 s at ten times the large folder). `open_pack`:
    the activity still open, whose row is read again for the step it is at. The
    snapshot names the activity the next start reopens, as the data says."""
    from studyapp.services import library_rows, places, protection

    if ctx.read_only:
        return False
    if learner_id is not None and protection.is_protected(ctx, learner_id):
        learner_id, shown = None, None
    if shown is None:
        shown = rows(ctx, learner_id)
    elif open_pack is not None:
        fresh = {r.pack_id: r for r in rows(ctx, learner_id, among=(open_pack,))}
        shown = [fresh.get(r.pack_id, r) for r in shown]
    reopen = places.last_activity(ctx, learner_id) if learner_id is not None else None
    return library_rows.save_snapshot(ctx.paths.root, shown, learner_id, reopen)


def pack_folder(ctx: Context, pack_id: int) -> str:
    with ctx.db.transaction() as s:
        pack = pack_store.get(s, pack_id)
        if pack is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That activity is no longer installed."))
        return pack.folder
