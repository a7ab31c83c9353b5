"""Create or edit a learner profile; problems are shown beside the field they concern."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.services import learners
from studyapp.services.context import Context
from studyapp.services.errors import ValidationError
from studyapp.services.learners import CREDENTIALS, LearnerView, Profile
from studyapp.ui.field_errors import FieldErrors
from studyapp.ui.form_names import name_form_fields
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import say


def parse_boards(text: str) -> tuple[tuple[str, str], ...]:
    """ "ABIM: 123456; ABFM: 98765" as (board, id) pairs; a part without ":" keeps an empty
    id, which validation names."""
    pairs = []
    for part in text.replace("\n", ";").split(";"):
        if part.strip():
            board, _, ident = part.partition(":")
            pairs.append((board.strip(), ident.strip()))
    return tuple(pairs)


class ProfileDialog(QDialog, FieldErrors):
    def __init__(
        self, ctx: Context, existing: LearnerView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.learner: LearnerView | None = None
        self.setWindowTitle(
            translate("ProfileDialog", "Edit profile")
            if existing
            else translate("ProfileDialog", "Create your learner profile")
        )
        self.setMinimumWidth(460)

        intro = QLabel(
            translate(
                "ProfileDialog",
                "Your name and credentials appear on your certificates exactly as entered here.",
            )
        )
        intro.setWordWrap(True)
        self.full_name = QLineEdit(placeholderText=translate("ProfileDialog", "e.g. Maria Lopez"))
        self.credentials = QComboBox()
        self.credentials.addItem(translate("ProfileDialog", "Choose…"), "")
        for c in CREDENTIALS:
            self.credentials.addItem(c, c)
        self.profession = QLineEdit(placeholderText="e.g. Rheumatology")
        self.email = QLineEdit(placeholderText="name@example.org")
        self.licence_state = QLineEdit(placeholderText="e.g. MA")
        self.licence_number = QLineEdit()
        self.npi = QLineEdit(placeholderText="10 digits")
        self.first_name = QLineEdit(
            placeholderText=translate("ProfileDialog", "from your full name if left empty")
        )
        self.last_name = QLineEdit(
            placeholderText=translate("ProfileDialog", "from your full name if left empty")
        )
        self.boards = QLineEdit(
            placeholderText=translate("ProfileDialog", "e.g. ABIM: 123456; ABFM: 98765")
        )
        self.npi.setMaxLength(10)
        self.birth_month = QSpinBox(minimum=0, maximum=12, specialValueText="—")
        self.birth_day = QSpinBox(minimum=0, maximum=31, specialValueText="—")
        self.consent = QCheckBox(
            translate(
                "ProfileDialog",
                "I agree that my licence, NPI and birth month/day may be included in reports to "
                "accreditors.",
            )
        )
        self.errors: dict[str, QLabel] = {}

        required = QFormLayout()
        required.addRow(
            translate("ProfileDialog", "Full &name:"), self._with_error("full_name", self.full_name)
        )
        required.addRow(
            translate("ProfileDialog", "&Credentials:"),
            self._with_error("credentials", self.credentials),
        )
        required.addRow(
            translate("ProfileDialog", "&Profession:"),
            self._with_error("profession", self.profession),
        )
        required.addRow(
            translate("ProfileDialog", "&Email:"), self._with_error("email", self.email)
        )
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.needs_passphrase = existing is None and ctx.institution.require_passphrase
        if self.needs_passphrase:
            note = QLabel(
                translate(
                    "ProfileDialog",
                    "Your institution asks for a passphrase on every profile, so that no one "
                    "else using this computer can open yours. It cannot be recovered if lost.",
                )
            )
            note.setWordWrap(True)
            required.addRow(note)
            required.addRow(
                translate("ProfileDialog", "Passp&hrase:"),
                self._with_error("passphrase", self.passphrase),
            )
            required.addRow(
                translate("ProfileDialog", "&Repeat it:"), self._with_error("repeat", self.repeat)
            )

        reporting = QGroupBox(translate("ProfileDialog", "For accreditor reporting (optional)"))
        optional = QFormLayout(reporting)
        optional.addRow(
            translate("ProfileDialog", "&First name:"), self._with_error("names", self.first_name)
        )
        optional.addRow(translate("ProfileDialog", "Last na&me:"), self.last_name)
        optional.addRow(translate("ProfileDialog", "Licence &state:"), self.licence_state)
        optional.addRow(
            translate("ProfileDialog", "Licence n&umber:"),
            self._with_error("licence", self.licence_number),
        )
        optional.addRow(translate("ProfileDialog", "NP&I:"), self._with_error("npi", self.npi))
        optional.addRow(
            translate("ProfileDialog", "&Board certifications:"),
            self._with_error("boards", self.boards),
        )
        birth = QHBoxLayout()
        birth.addWidget(QLabel(translate("ProfileDialog", "Month")))
        birth.addWidget(self.birth_month)
        birth.addWidget(QLabel(translate("ProfileDialog", "Day")))
        birth.addWidget(self.birth_day)
        birth.addStretch(1)
        birth_box = QWidget()
        birth_box.setLayout(birth)
        optional.addRow(
            translate("ProfileDialog", "Date of birth:"), self._with_error("birth", birth_box)
        )
        self.consent.setStyleSheet("")
        optional.addRow(self._with_error("consent", self.consent))
        self.birth_month.setAccessibleName(translate("ProfileDialog", "Month of birth"))
        self.birth_day.setAccessibleName(translate("ProfileDialog", "Day of birth"))
        for form in (required, optional):
            name_form_fields(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(required)
        layout.addWidget(reporting)
        layout.addWidget(self.buttons)
        if existing:
            self._fill(existing.profile)

    def _fill(self, p: Profile) -> None:
        self.full_name.setText(p.full_name)
        self.credentials.setCurrentIndex(max(0, self.credentials.findData(p.credentials)))
        self.profession.setText(p.profession)
        self.email.setText(p.email)
        self.licence_state.setText(p.licence_state)
        self.licence_number.setText(p.licence_number)
        self.npi.setText(p.npi)
        self.birth_month.setValue(p.birth_month or 0)
        self.birth_day.setValue(p.birth_day or 0)
        self.consent.setChecked(p.consent_to_report)
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        self.boards.setText("; ".join(f"{board}: {ident}" for board, ident in p.boards))

    def profile(self) -> Profile:
        month, day = self.birth_month.value(), self.birth_day.value()
        return Profile(
            full_name=self.full_name.text(),
            credentials=self.credentials.currentData() or "",
            profession=self.profession.text(),
            email=self.email.text(),
            licence_state=self.licence_state.text(),
            licence_number=self.licence_number.text(),
            npi=self.npi.text(),
            birth_month=month or None,
            birth_day=day or None,
            consent_to_report=self.consent.isChecked(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            boards=parse_boards(self.boards.text()),
        )

    def _save(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            if self.existing:
                self.learner = learners.update(self.ctx, self.existing.id, self.profile())
            else:
                self.learner = learners.create(
                    self.ctx, self.profile(), self.passphrase.text(), self.repeat.text()
                )
        except ValidationError as exc:
            for key, message in exc.problems.items():
                self.errors[key].setText(say(message))
                self.errors[key].show()
            return
        self.accept()
