"""SQLAlchemy 2 typed models. Change only together with an Alembic migration."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Stores an aware UTC timestamp as ISO text with its offset, and reads it back aware."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a time zone")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: object) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class IsoDate(TypeDecorator[dt.date]):
    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: dt.date | None, dialect: object) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: object) -> dt.date | None:
        return None if value is None else dt.date.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Learner(Base):
    __tablename__ = "learner"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # Apart, as accreditors ask for them; full_name stays the name certificates print.
    first_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    last_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    credentials: Mapped[str] = mapped_column(String(40))
    profession: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    licence_state: Mapped[str | None] = mapped_column(String(40))
    licence_number: Mapped[str | None] = mapped_column(String(60))
    npi: Mapped[str | None] = mapped_column(String(10))
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    consent_to_report: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # "scrypt$n$r$p$salt$hash"; None when the profile is not protected.
    passphrase_hash: Mapped[str | None] = mapped_column(String(200))
    failed_unlocks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    unlock_blocked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class BoardCertification(Base):
    """A board the learner is certified by, and their id there (for MOC reporting)."""

    __tablename__ = "board_certification"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    board: Mapped[str] = mapped_column(String(80))
    board_learner_id: Mapped[str] = mapped_column(String(60))


class XapiOutbox(Base):
    """An xAPI statement waiting for (or sent to) the learning record store. Written in
    the transaction of the event it records; `seq` is the order to send in."""

    __tablename__ = "xapi_outbox"
    __table_args__ = (Index("ix_xapi_outbox_unsent", "sent_at", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[str] = mapped_column(String(36), unique=True)
    learner_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(40))
    statement: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[str | None] = mapped_column(String(40))


class ReviewCard(Base):
    """A missed post-test item in the learner's spaced review, with its scheduler state
    (an FSRS card as JSON) and when it is next due (ISO UTC, for ordering)."""

    __tablename__ = "review_card"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    pack_id: Mapped[int] = mapped_column(
        ForeignKey("installed_pack.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    card: Mapped[str] = mapped_column(Text)
    due: Mapped[str] = mapped_column(String(40))


class ReadingMark(Base):
    """The learner's marks on one reading section: when it was first read, whether it is
    bookmarked, and their note on it (schema 0005)."""

    __tablename__ = "reading_mark"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    pack_id: Mapped[int] = mapped_column(
        ForeignKey("installed_pack.id", ondelete="CASCADE"), primary_key=True
    )
    section_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    read_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    bookmarked: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class RecordVerdict(Base):
    """A completion record's signature verdict, by the SHA-256 of its text: a changed
    record has another hash and is checked afresh."""

    __tablename__ = "record_verdict"

    record_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(20))


class InstalledPack(Base):
    """One installed version of an activity pack, and the library index of it.

    The columns the library list needs live here so start-up never parses packs.
    """

    __tablename__ = "installed_pack"
    __table_args__ = (UniqueConstraint("activity_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    provider: Mapped[str] = mapped_column(String(300))
    folder: Mapped[str] = mapped_column(String(300))
    release_date: Mapped[dt.date] = mapped_column(IsoDate)
    expiration_date: Mapped[dt.date] = mapped_column(IsoDate)
    estimated_minutes: Mapped[int] = mapped_column(Integer)
    max_credit_quarters: Mapped[int] = mapped_column(Integer)
    credit_type: Mapped[str] = mapped_column(String(200))
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    installed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # For accreditor reporting (schema 0005): the accreditor's activity id and the MOC
    # points, as the pack's manifest gives them.
    accreditor_activity_id: Mapped[str | None] = mapped_column(String(40))
    moc_points: Mapped[str | None] = mapped_column(String(20))
    # The pack's topics joined with "; " (schema 0005), for the library's search.
    topics: Mapped[str | None] = mapped_column(String(2000))


class Attempt(Base):
    __tablename__ = "attempt"
    __table_args__ = (UniqueConstraint("learner_id", "pack_id", "test", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    pack_id: Mapped[int] = mapped_column(ForeignKey("installed_pack.id"))
    test: Mapped[str] = mapped_column(String(4))
    number: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    correct: Mapped[int | None] = mapped_column(Integer)
    total: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    # The post-test form this attempt asks (schema 0005): its items and option orders,
    # as core/forms.py writes it. None: every item, as written.
    form_json: Mapped[str | None] = mapped_column(Text)


class Response(Base):
    """A learner's current selection for one item in one attempt."""

    __tablename__ = "response"
    __table_args__ = (UniqueConstraint("attempt_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(64))
    selection: Mapped[str] = mapped_column(String(200))
    answered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Evaluation(Base):
    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("learner_id", "pack_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    pack_id: Mapped[int] = mapped_column(ForeignKey("installed_pack.id"))
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class EvaluationAnswer(Base):
    __tablename__ = "evaluation_answer"
    __table_args__ = (UniqueConstraint("evaluation_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class LearnerActivity(Base):
    """Where a learner is in an activity: open tab, reading place, queue."""

    __tablename__ = "learner_activity"
    __table_args__ = (UniqueConstraint("learner_id", "pack_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    pack_id: Mapped[int] = mapped_column(ForeignKey("installed_pack.id"))
    last_tab: Mapped[str | None] = mapped_column(String(20))
    reading_section: Mapped[str | None] = mapped_column(String(64))
    reading_scroll: Mapped[int] = mapped_column(Integer, default=0)
    queued_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # The learner's order of the queue (schema 0005): lower first.
    queue_position: Mapped[int | None] = mapped_column(Integer)
    opened_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class CompletionRecord(Base):
    """The record of a credit claim. record_json is the source of truth; the PDF derives."""

    __tablename__ = "completion_record"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="RESTRICT"))
    pack_id: Mapped[int] = mapped_column(ForeignKey("installed_pack.id"))
    claimed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    credit_quarters: Mapped[int] = mapped_column(Integer)
    credit_type: Mapped[str] = mapped_column(String(200))
    certificate_kind: Mapped[str] = mapped_column(String(20))
    minutes_spent: Mapped[int] = mapped_column(Integer)
    record_json: Mapped[str] = mapped_column(Text)
    certificate_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)


Index(
    "ix_completion_record_learner_claimed", CompletionRecord.learner_id, CompletionRecord.claimed_at
)
Index(
    "ix_completion_record_learner_pack",
    CompletionRecord.learner_id,
    CompletionRecord.pack_id,
    CompletionRecord.claimed_at,
)
Index("ix_attempt_learner_pack", Attempt.learner_id, Attempt.pack_id)


class Preference(Base):
    __tablename__ = "preference"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SigningKey(Base):
    """The Ed25519 key this data folder signs completion records with.

    Kept in the database so that backups and restores carry it along with the records
    it signed; a key is never deleted, so older records stay checkable.
    """

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    did: Mapped[str] = mapped_column(String(100), unique=True)


class ActiveTime(Base):
    """Seconds a learner spent working in one tab of one activity: counted only while the
    window is shown and the learner is active (not idle), suggested on the Credit tab as the
    time to attest."""

    __tablename__ = "active_time"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    pack_id: Mapped[int] = mapped_column(
        ForeignKey("installed_pack.id", ondelete="CASCADE"), primary_key=True
    )
    tab: Mapped[str] = mapped_column(String(20), primary_key=True)
    seconds: Mapped[int] = mapped_column(Integer, default=0)


class Credential(Base):
    """A licence or board certification the learner keeps up (schema 0006): its current
    cycle and the renewal requirements attached to it."""

    __tablename__ = "credential"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # core.requirements.CredentialKind
    # The state or country of a licence, or the board of a certification.
    authority: Mapped[str] = mapped_column(String(120))
    profession: Mapped[str] = mapped_column(String(120), default="")
    # The licence number, or the learner's id at the board.
    number: Mapped[str] = mapped_column(String(60), default="")
    cycle_start: Mapped[dt.date] = mapped_column(IsoDate)
    cycle_end: Mapped[dt.date] = mapped_column(IsoDate)
    first_renewal: Mapped[bool] = mapped_column(Boolean, default=False)
    total_quarters: Mapped[int] = mapped_column(Integer, default=0)
    # Credit types that count, one per line; empty: every type.
    credit_types: Mapped[str] = mapped_column(Text, default="")
    # Where the requirements came from: entered by the learner, or a file's title and source.
    requirements_source: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class CredentialTopic(Base):
    """A topic a credential's cycle must cover, in quarter-hours."""

    __tablename__ = "credential_topic"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credential_id: Mapped[int] = mapped_column(ForeignKey("credential.id", ondelete="CASCADE"))
    topic: Mapped[str] = mapped_column(String(200))
    quarters: Mapped[int] = mapped_column(Integer)
    recurrence: Mapped[str] = mapped_column(String(20))  # core.requirements.Recurrence


class OutsideCredit(Base):
    """Credit earned elsewhere (schema 0006): an outside certificate the learner entered, or
    a signed record imported with the verdict of its check."""

    __tablename__ = "outside_credit"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    provider: Mapped[str] = mapped_column(String(300), default="")
    earned_on: Mapped[dt.date] = mapped_column(IsoDate)
    quarters: Mapped[int] = mapped_column(Integer)
    credit_type: Mapped[str] = mapped_column(String(200), default="")
    topics: Mapped[str] = mapped_column(Text, default="")  # one per line
    file_name: Mapped[str | None] = mapped_column(String(255))
    # The signed record as imported, its verdict (records.signing.Verdict) and signer.
    record_json: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str | None] = mapped_column(String(20))
    signer: Mapped[str | None] = mapped_column(String(200))
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class OutsideCreditFile(Base):
    """The certificate file of an outside credit, kept in the database so that backups and
    restores carry it; apart from the row so lists never load it."""

    __tablename__ = "outside_credit_file"

    credit_id: Mapped[str] = mapped_column(
        ForeignKey("outside_credit.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


Index("ix_credential_learner", Credential.learner_id)
Index("ix_credential_topic_credential", CredentialTopic.credential_id)
Index("ix_outside_credit_learner", OutsideCredit.learner_id)
