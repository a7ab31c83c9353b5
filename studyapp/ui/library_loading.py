"""Filling the library: from the snapshot before the database is open, then from the
database, each read on a worker so the window keeps taking input while it waits."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # provided by MainWindow; declared for the checker
    from studyapp.services.context import Context
    from studyapp.services.learners import LearnerView
    from studyapp.services.library_rows import Snapshot
    from studyapp.ui.library_view import LibraryView

log = logging.getLogger(__name__)


class LibraryLoading:
    if TYPE_CHECKING:
        ctx: Context | None
        learner: LearnerView | None
        library: LibraryView

        def preview_reopened(self) -> None: ...  # ui/early_open.py

    # Rows from the database (not the snapshot) are on screen.
    library_loaded = False
    # Each read is numbered when asked for. Rows are shown unless newer ones already are:
    # a whole library read before a change must not undo the row read again after it.
    _library_asked = 0
    _whole_asked = 0
    _whole_shown = 0
    _row_shown: dict[int, int]
    _reads_out: set[int]

    @property
    def library_settled(self) -> bool:
        """The rows on screen are the database's, with no read still out (none asked for
        by a change that they would not show yet)."""
        return self.library_loaded and not self.__dict__.get("_reads_out")

    # The snapshot shown before the database opened, and its folder (ui/early_open.py).
    snapshot: Snapshot | None = None
    snapshot_folder: Path | None = None
    _attaching = False
    # Set while an activity opens first; refresh_library is called again after it.
    library_waits = False
    _when_loaded: list[Callable[[], None]]

    def after_library_loaded(self, then: Callable[[], None]) -> None:
        """Run `then` once the library's rows from the database are on screen (at once if
        they are): work that can wait does, so the start stays quick to answer."""
        if self.library_loaded:
            then()
        else:
            self.__dict__.setdefault("_when_loaded", []).append(then)

    def drop_library_reads(self) -> None:
        """Reads still out find no window to fill (it is closing)."""
        self._library_asked += 1
        self._whole_asked = self._whole_shown = self._library_asked

    def refresh_library(
        self,
        background: bool = True,
        then: Callable[[], None] | None = None,
        only: Collection[int] | None = None,
    ) -> None:
        """Fill the library from the database, by default on a worker: the query grows with
        the library (a second at ten times the large folder), and the window keeps taking
        input meanwhile, showing the rows it had. With `only`, just those packs' rows are
        read again (what a change touched: a few ms). `then` runs once the rows are shown."""
        if self.ctx is None or self.library_waits:
            return
        if only is not None and not self.library_loaded:
            only = None  # nothing from the database to update yet: read it all
        from studyapp.services import library

        ctx, learner_id = self.ctx, self.learner.id if self.learner else None
        self._library_asked += 1
        asked = self._library_asked
        if only is None:
            self._whole_asked = asked
        shown_rows: dict[int, int] = self.__dict__.setdefault("_row_shown", {})
        out: set[int] = self.__dict__.setdefault("_reads_out", set())
        out.add(asked)

        def show(rows: list) -> None:
            out.discard(asked)
            now_id = self.learner.id if self.learner else None
            if self.ctx is not ctx or now_id != learner_id or asked < self._whole_shown:
                return
            if only is None:
                if asked != self._whole_asked:
                    return  # a newer whole read is on its way
                model = self.library.model
                newer = {p for p, at in shown_rows.items() if at > asked}
                if newer and model is not None:  # rows read again since this read began
                    rows = [
                        (model.row_by_pack(r.pack_id) or r) if r.pack_id in newer else r
                        for r in rows
                    ]
                self._whole_shown = asked
                shown_rows.clear()
                self.library.set_rows(rows, ctx.today())
                self.library_loaded = True
            else:
                rows = [r for r in rows if shown_rows.get(r.pack_id, 0) < asked]
                shown_rows.update((r.pack_id, asked) for r in rows)
                self.library.update_rows(rows)
            if then is not None:
                then()
            if only is None:
                waiting, self.__dict__["_when_loaded"] = self.__dict__.get("_when_loaded", []), []
                for call in waiting:
                    call()

        if background or self._attaching:
            from studyapp.ui.tasks import run_in_background

            def failed(exc: BaseException) -> None:
                out.discard(asked)
                log.error("The library could not be read: %s", exc)

            run_in_background(
                library.rows, (ctx, learner_id, only), on_success=show, on_failure=failed
            )
        else:
            show(library.rows(ctx, learner_id, only))

    def show_snapshot(
        self, folder: Path, background: bool = False, then: Callable[[], None] | None = None
    ) -> None:
        """Before the database opens: the library as it was last shown, to browse at once.
        With `background`, the file is read on a worker (37 ms at ten times the large
        folder); rows that come after the database's are dropped. `then` is called once
        the rows have been painted, or at once if there are none to show."""
        from studyapp.services.library_rows import read_snapshot

        def show(snapshot: Snapshot) -> None:
            table = None
            rows = snapshot.rows
            try:
                if rows and self.ctx is None and not self.library_loaded:
                    # Before the rows: a key pressed early opens an activity with them.
                    self.snapshot, self.snapshot_folder = snapshot, folder
                    self.library.set_rows(rows)
                    self.preview_reopened()
                    table = self.library.table
            finally:  # whatever became of the rows, the data folder is still opened
                if then is not None and table is not None:
                    from studyapp.ui.startup_marks import after_painted

                    after_painted(table.viewport(), then)
                elif then is not None:
                    then()

        def unread(exc: BaseException) -> None:
            log.warning("The library snapshot was not read: %s", exc)
            if then is not None:
                then()

        if background:
            from studyapp.ui.tasks import run_in_background

            run_in_background(
                read_snapshot,
                (folder,),
                on_success=show,
                on_failure=unread,
            )
        else:
            show(read_snapshot(folder))
