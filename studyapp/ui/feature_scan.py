"""PySide6 reads the source of every module imported after it.

To support `from __feature__ import snake_case, true_property`, PySide6 replaces
`__import__`, and for each module imported afterwards it reads the module's whole source
file (inspect.getsource) to see whether the word "PySide6" appears in it. StudyApp uses
no such feature, and its start imports some 400 modules after Qt: SQLAlchemy alone took
about 90 ms longer to import, on the worker that opens the data folder, while the reads
held the interpreter's lock from the window it was drawing.

Marking every module "does not use PySide features" is what PySide6 itself concludes for
a module without that word; the lookup is private, so if a release renames it nothing
changes but the speed (tests/ui/test_startup_process.py notices).
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs the scan this module stops)


def skip_feature_scan() -> bool:
    """Stop the per-import source scan; True if it was found and stopped. Called before
    the app's modules are imported."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
    return True


def _uses_no_feature(_module: object) -> bool:
    return False
