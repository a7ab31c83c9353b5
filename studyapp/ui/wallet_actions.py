"""What the wallet's buttons do: dialogs for licences and outside credit, confirmations
before anything is removed, the record import and the audit pack, slow work off the UI
thread. Mixed into ui/wallet_view.WalletView, which provides what is declared here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from studyapp.core.requirements import CredentialKind, next_cycle
from studyapp.services import audit_pack, exports, outside_credit, transcript_export, wallet
from studyapp.services.errors import UserError
from studyapp.ui.i18n import date_text, translate
from studyapp.ui.reasons import error_text
from studyapp.ui.tasks import run_in_background
from studyapp.ui.toast import notify

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QDialog,
        QLabel,
        QListWidget,
        QMessageBox,
        QPushButton,
        QTableWidget,
        QWidget,
    )

    from studyapp.services.context import Context
    from studyapp.services.wallet import Wallet, WalletCredit, WalletEntry


def _failed(view: WalletActions, what: str):
    def report(exc: BaseException) -> None:
        text = error_text(exc) if isinstance(exc, UserError) else f"{what}: {exc}"
        view.report(text, False)
        notify(view, text, False)

    return report


def _confirm(view: WalletActions, title: str, text: str, yes: str, act) -> QMessageBox:
    """A question that does not block: `act` runs if the learner confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=view)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _r: act() if box.clickedButton() is confirm else None)
    view.confirmation = box
    box.open()
    return box


class WalletActions:
    """The wallet screen's actions; WalletView provides the widgets and state."""

    if TYPE_CHECKING:  # provided by WalletView; declared for the checker
        ctx: Context | None
        learner_id: int | None
        current: Wallet
        dialog: QWidget
        confirmation: QMessageBox
        credential_list: QListWidget
        credit_table: QTableWidget
        status: QLabel
        audit: QPushButton

        def reload(self) -> None: ...
        def report(self, text: str, ok: bool = True) -> None: ...
        def selected_entry(self) -> WalletEntry | None: ...
        def selected_credit(self) -> WalletCredit | None: ...

    def _open_dialog(self, dialog: QDialog) -> None:
        """Open a dialog without blocking; the wallet re-reads itself when it is saved."""
        dialog.accepted.connect(self.reload)
        self.dialog = dialog
        dialog.open()

    def add_credential(self, kind: str) -> None:
        from studyapp.ui.credential_dialog import CredentialDialog

        if self.ctx is None or self.learner_id is None:
            return
        dialog = CredentialDialog(self.ctx, self.learner_id, CredentialKind(kind), parent=self)
        self._open_dialog(dialog)

    def edit_credential(self) -> None:
        from studyapp.ui.credential_dialog import CredentialDialog

        entry = self.selected_entry()
        if self.ctx is None or self.learner_id is None or entry is None or self.ctx.read_only:
            return
        dialog = CredentialDialog(
            self.ctx, self.learner_id, entry.credential.data.kind, entry.credential, parent=self
        )
        self._open_dialog(dialog)

    def remove_credential(self) -> None:
        entry = self.selected_entry()
        if self.ctx is None or self.learner_id is None or entry is None:
            return
        ctx, learner_id, name = self.ctx, self.learner_id, entry.credential.name

        def remove() -> None:
            wallet.remove_credential(ctx, learner_id, entry.credential.id)
            self.report(
                translate(
                    "WalletActions", "Removed {name} from your wallet. Your credit is not affected."
                ).format(name=name)
            )
            self.reload()

        _confirm(
            self,
            translate("WalletActions", "Remove from wallet"),
            translate(
                "WalletActions",
                "Remove {name} and its requirements from your wallet? Your credit and "
                "certificates stay; only this licence's record of its rules goes.",
            ).format(name=name),
            translate("WalletActions", "&Remove"),
            remove,
        )

    def start_next_cycle(self) -> None:
        entry = self.selected_entry()
        if self.ctx is None or self.learner_id is None or entry is None:
            return
        ctx, learner_id = self.ctx, self.learner_id
        following = next_cycle(entry.credential.cycle)

        def start() -> None:
            wallet.start_next_cycle(ctx, learner_id, entry.credential.id)
            self.report(
                translate(
                    "WalletActions",
                    "{name}: the cycle from {start} to {end} has started.",
                ).format(
                    name=entry.credential.name,
                    start=date_text(following.start),
                    end=date_text(following.end),
                )
            )
            self.reload()

        _confirm(
            self,
            translate("WalletActions", "Start the next cycle"),
            translate(
                "WalletActions",
                "Start the next cycle of {name}, from {start} to {end}? Save an audit "
                "pack of the current cycle first if you may need it; its credit stays in your "
                "history either way.",
            ).format(
                name=entry.credential.name,
                start=date_text(following.start),
                end=date_text(following.end),
            ),
            translate("WalletActions", "&Start next cycle"),
            start,
        )

    def save_audit_pack(self) -> None:
        entry = self.selected_entry()
        if self.ctx is None or self.learner_id is None or entry is None:
            return
        ctx, learner_id, credential_id = self.ctx, self.learner_id, entry.credential.id
        name = f"audit-{entry.credential.cycle.end.isoformat()}.zip"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("WalletActions", "Save audit pack"),
            str(Path.home() / name),
            translate("WalletActions", "Zip archive (*.zip)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
        self.report(translate("WalletActions", "Making the audit pack…"))
        failed = _failed(self, translate("WalletActions", "The audit pack could not be saved"))

        def saved(count: int) -> None:
            text = translate(
                "WalletActions", "Audit pack saved to {target} ({count} files)."
            ).format(target=target, count=count)
            self.report(text)
            notify(self, text)

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

    def add_outside_certificate(self) -> None:
        from studyapp.ui.outside_credit_dialog import OutsideCreditDialog

        if self.ctx is None or self.learner_id is None:
            return
        dialog = OutsideCreditDialog(self.ctx, self.learner_id, parent=self)
        self._open_dialog(dialog)

    def import_signed_record(self) -> None:
        if self.ctx is None or self.learner_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("WalletActions", "Import a signed completion record"),
            str(Path.home()),
            translate("WalletActions", "Completion records (*.json *.pdf);;All files (*)"),
        )
        if path:
            self.import_record_from(Path(path))

    def import_record_from(self, path: Path) -> None:
        from studyapp.ui.outside_credit_dialog import OutsideCreditDialog

        ctx, learner_id = self.ctx, self.learner_id
        if ctx is None or learner_id is None:
            return
        self.report(translate("WalletActions", "Checking {name}…").format(name=path.name))

        def checked(found: outside_credit.RecordImport) -> None:
            self.report("")
            dialog = OutsideCreditDialog(ctx, learner_id, record=found, parent=self)
            self._open_dialog(dialog)

        run_in_background(
            outside_credit.read_record,
            (ctx, path),
            on_success=checked,
            on_failure=_failed(
                self,
                translate("WalletActions", "{name} could not be imported").format(name=path.name),
            ),
        )

    def edit_credit(self) -> None:
        from studyapp.ui.outside_credit_dialog import OutsideCreditDialog

        chosen = self.selected_credit()
        if self.ctx is None or self.learner_id is None or chosen is None or self.ctx.read_only:
            return
        if chosen.outside_id is None:
            self.report(
                translate(
                    "WalletActions",
                    "Credit from StudyApp is kept as it was claimed and cannot be edited; it is "
                    "listed in your CME history.",
                )
            )
            return
        dialog = OutsideCreditDialog(
            self.ctx, self.learner_id, credit_id=chosen.outside_id, parent=self
        )
        self._open_dialog(dialog)

    def remove_credit(self) -> None:
        chosen = self.selected_credit()
        if self.ctx is None or self.learner_id is None or chosen is None or not chosen.outside_id:
            return
        ctx, learner_id, credit_id = self.ctx, self.learner_id, chosen.outside_id

        def remove() -> None:
            outside_credit.remove(ctx, learner_id, credit_id)
            self.report(
                translate("WalletActions", "Removed “{title}” from your wallet.").format(
                    title=chosen.credit.title
                )
            )
            self.reload()

        _confirm(
            self,
            translate("WalletActions", "Remove credit"),
            translate(
                "WalletActions",
                "Remove “{title}” and the file kept with it from your wallet? It will no longer "
                "count toward any licence.",
            ).format(title=chosen.credit.title),
            translate("WalletActions", "&Remove"),
            remove,
        )

    def save_certificate_file(self) -> None:
        chosen = self.selected_credit()
        if self.ctx is None or self.learner_id is None or chosen is None or not chosen.outside_id:
            return
        kept = outside_credit.certificate_file(self.ctx, self.learner_id, chosen.outside_id)
        if kept is None:
            self.report(
                translate("WalletActions", "No certificate file is kept with this credit."), False
            )
            return
        name, data = kept
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("WalletActions", "Save certificate file"),
            str(Path.home() / name),
            translate("WalletActions", "{suffix} file (*)").format(suffix=Path(name).suffix),
        )
        if not path:
            return
        try:
            exports.save_file(Path(path), data)
        except UserError as exc:
            self.report(error_text(exc), False)
            return
        self.report(translate("WalletActions", "Certificate saved to {path}.").format(path=path))
