"""What the wallet's buttons do: dialogs for licences and outside credit, confirmations
before anything is removed, the record import and the audit pack, slow work off the UI
thread. Each function is a method of ui/wallet_view.WalletView."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from studyapp.core.dates import format_date
from studyapp.core.requirements import CredentialKind, next_cycle
from studyapp.services import audit_pack, exports, outside_credit, transcript_export, wallet
from studyapp.services.errors import UserError
from studyapp.ui.tasks import run_in_background
from studyapp.ui.toast import notify

if TYPE_CHECKING:
    from studyapp.ui.wallet_view import WalletView


def _failed(view: WalletView, what: str):
    def report(exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, UserError) else f"{what}: {exc}"
        view.report(text, False)
        notify(view, text, False)

    return report


def _confirm(view: WalletView, title: str, text: str, yes: str, act) -> QMessageBox:
    """A question that does not block: `act` runs if the learner confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=view)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _r: act() if box.clickedButton() is confirm else None)
    view.confirmation = box
    box.open()
    return box


def add_credential(view: WalletView, kind: str) -> None:
    from studyapp.ui.credential_dialog import CredentialDialog

    if view.ctx is None or view.learner_id is None:
        return
    dialog = CredentialDialog(view.ctx, view.learner_id, CredentialKind(kind), parent=view)
    dialog.accepted.connect(view.reload)
    view.dialog = dialog
    dialog.open()


def edit_credential(view: WalletView) -> None:
    from studyapp.ui.credential_dialog import CredentialDialog

    entry = view.selected_entry()
    if view.ctx is None or view.learner_id is None or entry is None or view.ctx.read_only:
        return
    dialog = CredentialDialog(
        view.ctx, view.learner_id, entry.credential.data.kind, entry.credential, parent=view
    )
    dialog.accepted.connect(view.reload)
    view.dialog = dialog
    dialog.open()


def remove_credential(view: WalletView) -> None:
    entry = view.selected_entry()
    if view.ctx is None or view.learner_id is None or entry is None:
        return
    ctx, learner_id, name = view.ctx, view.learner_id, entry.credential.name

    def remove() -> None:
        wallet.remove_credential(ctx, learner_id, entry.credential.id)
        view.report(f"Removed {name} from your wallet. Your credit is not affected.")
        view.reload()

    _confirm(
        view,
        "Remove from wallet",
        f"Remove {name} and its requirements from your wallet? Your credit and certificates "
        "stay; only this licence's record of its rules goes.",
        "&Remove",
        remove,
    )


def start_next_cycle(view: WalletView) -> None:
    entry = view.selected_entry()
    if view.ctx is None or view.learner_id is None or entry is None:
        return
    ctx, learner_id = view.ctx, view.learner_id
    following = next_cycle(entry.credential.cycle)

    def start() -> None:
        wallet.start_next_cycle(ctx, learner_id, entry.credential.id)
        view.report(
            f"{entry.credential.name}: the cycle from {format_date(following.start)} to "
            f"{format_date(following.end)} has started."
        )
        view.reload()

    _confirm(
        view,
        "Start the next cycle",
        f"Start the next cycle of {entry.credential.name}, from {format_date(following.start)} "
        f"to {format_date(following.end)}? Save an audit pack of the current cycle first if "
        "you may need it; its credit stays in your history either way.",
        "&Start next cycle",
        start,
    )


def save_audit_pack(view: WalletView) -> None:
    entry = view.selected_entry()
    if view.ctx is None or view.learner_id is None or entry is None:
        return
    ctx, learner_id, credential_id = view.ctx, view.learner_id, entry.credential.id
    name = f"audit-{entry.credential.cycle.end.isoformat()}.zip"
    path, _ = QFileDialog.getSaveFileName(
        view, "Save audit pack", str(Path.home() / name), "Zip archive (*.zip)"
    )
    if not path:
        return
    target = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
    view.report("Making the audit pack…")
    failed = _failed(view, "The audit pack could not be saved")

    def saved(count: int) -> None:
        text = f"Audit pack saved to {target} ({count} files)."
        view.report(text)
        notify(view, text)

    def prepared(parts: audit_pack.AuditParts) -> None:
        # The transcript PDF is drawn here, on the UI thread (ui/tasks.py says why).
        try:
            files = transcript_export.render(parts.transcript) if parts.transcript else None
        except Exception as exc:
            failed(exc)
            return

        def write() -> int:
            data = audit_pack.build_zip(parts, files)
            exports.save_file(target, data)
            return len(parts.files) + (4 if files and files.credential_json else 2)

        run_in_background(write, on_success=saved, on_failure=failed)

    run_in_background(
        audit_pack.prepare,
        (ctx, learner_id, credential_id),
        on_success=prepared,
        on_failure=failed,
    )


def add_outside_certificate(view: WalletView) -> None:
    from studyapp.ui.outside_credit_dialog import OutsideCreditDialog

    if view.ctx is None or view.learner_id is None:
        return
    dialog = OutsideCreditDialog(view.ctx, view.learner_id, parent=view)
    dialog.accepted.connect(view.reload)
    view.dialog = dialog
    dialog.open()


def import_signed_record(view: WalletView) -> None:
    if view.ctx is None or view.learner_id is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        view,
        "Import a signed completion record",
        str(Path.home()),
        "Completion records (*.json *.pdf);;All files (*)",
    )
    if path:
        import_record_from(view, Path(path))


def import_record_from(view: WalletView, path: Path) -> None:
    from studyapp.ui.outside_credit_dialog import OutsideCreditDialog

    ctx, learner_id = view.ctx, view.learner_id
    if ctx is None or learner_id is None:
        return
    view.report(f"Checking {path.name}…")

    def checked(found: outside_credit.RecordImport) -> None:
        view.report("")
        dialog = OutsideCreditDialog(ctx, learner_id, record=found, parent=view)
        dialog.accepted.connect(view.reload)
        view.dialog = dialog
        dialog.open()

    run_in_background(
        outside_credit.read_record,
        (ctx, path),
        on_success=checked,
        on_failure=_failed(view, f"{path.name} could not be imported"),
    )


def edit_credit(view: WalletView) -> None:
    from studyapp.ui.outside_credit_dialog import OutsideCreditDialog

    chosen = view.selected_credit()
    if view.ctx is None or view.learner_id is None or chosen is None or view.ctx.read_only:
        return
    if chosen.outside_id is None:
        view.report(
            "Credit from StudyApp is kept as it was claimed and cannot be edited; it is "
            "listed in your CME history."
        )
        return
    dialog = OutsideCreditDialog(
        view.ctx, view.learner_id, credit_id=chosen.outside_id, parent=view
    )
    dialog.accepted.connect(view.reload)
    view.dialog = dialog
    dialog.open()


def remove_credit(view: WalletView) -> None:
    chosen = view.selected_credit()
    if view.ctx is None or view.learner_id is None or chosen is None or not chosen.outside_id:
        return
    ctx, learner_id, credit_id = view.ctx, view.learner_id, chosen.outside_id

    def remove() -> None:
        outside_credit.remove(ctx, learner_id, credit_id)
        view.report(f"Removed “{chosen.credit.title}” from your wallet.")
        view.reload()

    _confirm(
        view,
        "Remove credit",
        f"Remove “{chosen.credit.title}” and the file kept with it from your wallet? It will "
        "no longer count toward any licence.",
        "&Remove",
        remove,
    )


def save_certificate_file(view: WalletView) -> None:
    chosen = view.selected_credit()
    if view.ctx is None or view.learner_id is None or chosen is None or not chosen.outside_id:
        return
    kept = outside_credit.certificate_file(view.ctx, view.learner_id, chosen.outside_id)
    if kept is None:
        view.report("No certificate file is kept with this credit.", False)
        return
    name, data = kept
    path, _ = QFileDialog.getSaveFileName(
        view, "Save certificate file", str(Path.home() / name), f"{Path(name).suffix} file (*)"
    )
    if not path:
        return
    try:
        exports.save_file(Path(path), data)
    except UserError as exc:
        view.report(str(exc), False)
        return
    view.report(f"Certificate saved to {path}.")
