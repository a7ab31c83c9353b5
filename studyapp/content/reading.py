"""Reading sections: Markdown files whose images and links must stay inside the pack."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from studyapp.content.problems import PackProblem
from studyapp.core.activity import ReadingSection

# Inline links and images: [text](target) and ![alt](target "title").
LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
MAX_SECTION_BYTES = 2_000_000


def local_target(target: str) -> str | None:
    """The pack-relative file a link points at, or None for an anchor or a web link."""
    if target.startswith("#") or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):
        return None
    return target.split("#", 1)[0]


def check_sections(root: Path, sections: tuple[ReadingSection, ...]) -> list[PackProblem]:
    problems: list[PackProblem] = []
    for n, section in enumerate(sections, start=1):
        if not section.file:
            continue
        where = f"sections[{n}].file"
        path = _inside(root, section.file)
        if path is None:
            problems.append(
                PackProblem("activity.toml", where, f"'{section.file}' points outside the pack")
            )
            continue
        if not path.is_file():
            problems.append(
                PackProblem("activity.toml", where, f"'{section.file}' does not exist in the pack")
            )
            continue
        if path.stat().st_size > MAX_SECTION_BYTES:
            problems.append(PackProblem(section.file, "file", "is larger than 2 MB"))
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            problems.append(PackProblem(section.file, f"line {line}", "is not valid UTF-8 text"))
            continue
        problems.extend(_check_links(root, section.file, text))
    return problems


def _check_links(root: Path, file: str, text: str) -> list[PackProblem]:
    problems = []
    base = PurePosixPath(file).parent
    for lineno, line in enumerate(text.splitlines(), start=1):
        for match in LINK.finditer(line):
            is_image, target = match.group(1) == "!", match.group(2)
            local = local_target(target)
            if local is None:
                if is_image:
                    problems.append(
                        PackProblem(
                            file,
                            f"line {lineno}",
                            f"image '{target}' is not inside the pack; "
                            "images must be files in the pack",
                        )
                    )
                continue
            path = _inside(root, str(base / local))
            if path is None or not path.is_file():
                kind = "image" if is_image else "link"
                problems.append(
                    PackProblem(
                        file,
                        f"line {lineno}",
                        f"{kind} '{target}' does not resolve to a file in the pack",
                    )
                )
    return problems


def _inside(root: Path, relative: str) -> Path | None:
    if PurePosixPath(relative).is_absolute() or "\\" in relative:
        return None
    candidate = (root / relative).resolve()
    try:
        candidate.relative_to(root.resolve())
    except ValueError:
        return None
    return candidate
