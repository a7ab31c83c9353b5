"""A data folder StudyApp may not write to (a read-only disk or share) opens for reading:
the history and records are shown under a banner, and nothing that would write is offered."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths, is_writable
from studyapp.services import context as context_module
from studyapp.services import credit, learners, library, record_signing, transcript
from studyapp.services.context import ReadOnlyFolderError, open_context
from studyapp.services.places import set_queued
from tests.services.test_study_flow import complete
from tests.ui.helpers import close_window, open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def history_folder(paths: DataPaths) -> tuple[DataPaths, str]:
    ctx = open_context(paths)
    library.install_bundled(ctx)
    learner = learners.create(
        ctx, learners.Profile("Maria Lopez", "MD", "Rheumatology", "m@example.org")
    )
    learners.remember(ctx, learner.id)
    pack_id = next(r.pack_id for r in library.rows(ctx, None) if r.title.startswith("Treating"))
    complete(ctx, learner.id, pack_id)
    record_id = credit.claim(ctx, learner.id, pack_id, Decimal("0.75"), 45, True)
    ctx.close()
    return paths, record_id


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """As root (CI) permission bits stop nothing, so the probe's answer is set here; the
    database itself is then opened by SQLite in read-only mode, which refuses writes."""
    monkeypatch.setattr(context_module, "is_writable", lambda _folder: False)


def test_the_probe_sees_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    assert is_writable(tmp_path)
    assert not is_writable(Path("/proc"))  # a file system no one may create files in
    assert not is_writable(tmp_path / "missing")


def test_services_read_the_history_and_records_and_write_nothing(history_folder, read_only) -> None:
    paths, record_id = history_folder
    before = paths.database.read_bytes()
    ctx = open_context(paths)
    try:
        assert ctx.read_only and ctx.lock is None
        learner = learners.list_learners(ctx)[0]
        assert [r.record_id for r in transcript.history(ctx, learner.id).rows] == [record_id]
        assert record_signing.check_record(ctx, record_id).valid
        with pytest.raises(ReadOnlyFolderError, match="Your data folder is read-only"):
            set_queued(ctx, learner.id, 1, True)
    finally:
        ctx.close()
    assert paths.database.read_bytes() == before


def test_the_window_shows_a_banner_the_history_and_no_way_to_write(
    qtbot: QtBot, history_folder, read_only
) -> None:
    paths, _record_id = history_folder
    window = open_window(qtbot, paths)
    assert window.banner.isVisible()
    assert window.banner.text().startswith("<b>Your data folder is read-only.</b>")
    assert not window.import_action.isEnabled()
    assert window.learner is not None and window.learner.full_name == "Maria Lopez"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.history.isVisible()
    cells = window.history.table_texts()[0]
    assert any("Treating to Target" in c for c in cells)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.open_activity(window.library.pack_id_at(0))
    assert window.activity_view is None
    assert window.statusBar().currentMessage() == (
        "Activities cannot be opened: your data folder is read-only."
    )
    close_window(window)
