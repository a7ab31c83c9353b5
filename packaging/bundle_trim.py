"""What the frozen bundle leaves out, and why: read by build.spec and by the frozen
bare-window baseline (bench/build_frozen_bare.py), so both are trimmed alike.

Every entry names what it removes and the reason the app does not need it. The app is
checked after trimming by its own selftest (`StudyApp selftest`), not trusted blindly.
"""

from __future__ import annotations

import fnmatch
import subprocess
from collections.abc import Iterable
from pathlib import Path

# Python modules PyInstaller would otherwise follow into the bundle.
QT_MODULES_UNUSED = """
    Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtBluetooth QtCharts
    QtConcurrent QtDataVisualization QtDesigner QtHelp QtMultimedia QtMultimediaWidgets
    QtNetworkAuth QtNfc QtOpenGL QtOpenGLWidgets QtPositioning QtQml QtQuick QtQuick3D
    QtQuickControls2 QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialPort
    QtSpatialAudio QtSql QtStateMachine QtSvg QtSvgWidgets QtTest QtTextToSpeech QtUiTools
    QtWebChannel QtWebEngineCore QtWebEngineWidgets QtWebSockets QtXml QtNetwork QtDBus
    QtPrintSupport
""".split()

# Python modules PyInstaller would otherwise follow into the bundle.
MODULE_EXCLUDES: dict[str, str] = {
    **{f"PySide6.{name}": "a Qt module the app never imports" for name in QT_MODULES_UNUSED},
    "cryptography": "pypdf imports it to open encrypted PDFs, which StudyApp never reads "
    "(11 MB); signatures use PyNaCl",
    "tkinter": "no Tk user interface",
    "pytest": "tests are not shipped",
    "hypothesis": "tests are not shipped",
    "IPython": "no interactive shell",
    "numpy": "nothing numeric needs it",
    "readline": "no interactive prompt (it also pulls in libreadline and libtinfo)",
    "curses": "no terminal user interface",
    # PyLD imports lxml.html at start-up (for HTML documents the app never loads); the
    # parts of lxml nothing imports go.
    "lxml.objectify": "not imported by PyLD (2.8 MB)",
    "lxml.html.diff": "not imported by PyLD",
    "lxml.html._difflib": "only lxml.html.diff uses it",
    "lxml.isoschematron": "not imported by PyLD",
    "lxml.sax": "not imported by PyLD",
    "sqlalchemy.ext.asyncio": "the database is used synchronously",
    # Installed for the tests' record store; PyLD would import it for a network loader
    # the app never uses (records/rdfc.jsonld keeps it out of the process as well).
    "requests": "PyLD's network document loader: contexts are shipped, never fetched",
    "alembic.testing": "migration test helpers are not shipped",
    "sqlalchemy.testing": "test helpers are not shipped",
}

# Files PyInstaller's Qt hooks collect, by their place in the bundle (glob patterns).
FILE_EXCLUDES: dict[str, str] = {
    "PySide6/Qt/translations/*": "Qt's own dialog texts in other languages: only those of "
    "the languages the app ships are kept (KEPT_FILES)",
    "PySide6/Qt/plugins/platformthemes/*": "GTK and desktop-portal themes pull in GTK, "
    "cairo, pango and GIO (about 10 MB); Qt's Fusion style and file dialog are used",
    "PySide6/Qt/plugins/platforms/libqwayland*": "Wayland sessions run the app through "
    "XWayland with the xcb plugin, which is kept",
    "PySide6/Qt/plugins/wayland-*": "see the Wayland platform plugin",
    "PySide6/Qt/lib/libQt6Wayland*": "see the Wayland platform plugin",
    "PySide6/Qt/lib/libQt6WlShellIntegration*": "see the Wayland platform plugin",
    "PySide6/Qt/plugins/platforms/libqeglfs*": "full-screen embedded displays without a "
    "window system",
    "PySide6/Qt/plugins/platforms/libqlinuxfb*": "embedded framebuffer displays",
    "PySide6/Qt/plugins/platforms/libqvnc*": "showing the app over VNC",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay*": "Vulkan displays without a window system",
    "PySide6/Qt/plugins/platforms/libqminimalegl*": "EGL test platform",
    "PySide6/Qt/plugins/egldeviceintegrations/*": "see the eglfs platform plugin",
    "PySide6/Qt/lib/libQt6EglF[Ss]*": "see the eglfs platform plugin",
    "PySide6/Qt/plugins/generic/*": "raw evdev and TUIO input for embedded systems",
    "PySide6/Qt/plugins/networkinformation/*": "the app never uses the network through Qt",
    "PySide6/Qt/plugins/tls/*": "the app never uses the network through Qt",
    "PySide6/Qt/lib/libQt6Network*": "the app never uses the network through Qt",
    "PySide6/Qt/plugins/iconengines/*": "SVG icons: the app's icons are PNG",
    "PySide6/Qt/plugins/imageformats/libqsvg*": "SVG images: packs use PNG and JPEG",
    "PySide6/Qt/lib/libQt6Svg*": "SVG images: packs use PNG and JPEG",
    "PySide6/Qt/plugins/imageformats/libqtiff*": "packs use PNG and JPEG",
    "PySide6/Qt/plugins/imageformats/libqwebp*": "packs use PNG and JPEG",
    "PySide6/Qt/plugins/imageformats/libqicns*": "packs use PNG and JPEG",
    "PySide6/Qt/plugins/imageformats/libqtga*": "packs use PNG and JPEG",
    "PySide6/Qt/plugins/imageformats/libqwbmp*": "packs use PNG and JPEG",
    "PySide6/Qt/lib/libQt6OpenGL.so*": "nothing draws with OpenGL (the xcb GL integrations "
    "below go with it)",
    "PySide6/Qt/plugins/xcbglintegrations/*": "nothing draws with OpenGL",
    "python3.11/lib-dynload/_codecs_*": "East Asian legacy encodings: every file the app "
    "reads is UTF-8",
    "python3.11/lib-dynload/_curses*": "no terminal user interface",
    "python3.11/lib-dynload/_tkinter*": "no Tk user interface",
    "python3.11/lib-dynload/_testcapi*": "CPython's own tests",
    "python3.11/lib-dynload/_testbuffer*": "CPython's own tests",
    "python3.11/lib-dynload/_testinternalcapi*": "CPython's own tests",
    "python3.11/lib-dynload/_xxtestfuzz*": "CPython's own tests",
    "python3.11/lib-dynload/xxlimited*": "CPython's example module",
}

# Top-level shared libraries are kept only while something kept still needs them:
# trimming a plugin above also drops the system libraries only it pulled in.
ALWAYS_KEEP = ("libpython", "libpyside6", "libshiboken6")


# Kept although a pattern above matches: Qt's own words (standard buttons, context menus)
# in each language StudyApp ships a translation for (resources/translations).
KEPT_FILES = ("PySide6/Qt/translations/qtbase_es.qm",)


def excluded(dest: str) -> bool:
    if dest in KEPT_FILES:
        return False
    return any(fnmatch.fnmatch(dest, pattern) for pattern in FILE_EXCLUDES)


def _needed(path: str) -> set[str]:
    """The shared libraries an ELF file names as NEEDED (none for other files)."""
    try:
        out = subprocess.run(
            ["readelf", "-d", path], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return set()
    return {
        line.split("[", 1)[1].split("]", 1)[0]
        for line in out.splitlines()
        if "(NEEDED)" in line and "[" in line
    }


def trim(binaries: Iterable[tuple], datas: Iterable[tuple]) -> tuple[list, list, list[str]]:
    """Binaries and datas less the excluded files and the libraries nothing kept needs;
    also the names dropped, for the build log."""
    kept_bins = [b for b in binaries if not excluded(b[0])]
    kept_datas = [d for d in datas if not excluded(d[0])]
    dropped = [b[0] for b in binaries if excluded(b[0])] + [d[0] for d in datas if excluded(d[0])]
    while True:
        top_level = {
            Path(b[0]).name: b
            for b in kept_bins
            if "/" not in b[0]
            and not b[0].startswith(ALWAYS_KEEP)
            and ".so" in b[0]
            and ".cpython-" not in b[0]  # Python extension modules are imported, not linked
            and ".abi3." not in b[0]
        }
        wanted: set[str] = set()
        for dest, src, *_ in kept_bins:
            if dest not in top_level:
                wanted |= _needed(src)
        # Follow the libraries' own needs from what the roots want.
        queue = [name for name in wanted if name in top_level]
        seen = set(queue)
        while queue:
            for name in _needed(top_level[queue.pop()][1]):
                if name in top_level and name not in seen:
                    seen.add(name)
                    queue.append(name)
        unused = [name for name in top_level if name not in seen]
        if not unused:
            return kept_bins, kept_datas, dropped
        dropped += unused
        kept_bins = [b for b in kept_bins if b[0] not in unused]
