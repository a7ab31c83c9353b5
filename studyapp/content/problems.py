"""Located problems in a pack: which file, which field or line, what was expected."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PackProblem:
    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.where}: {self.message}"


class PackError(Exception):
    """A pack that cannot be used; carries every problem found, in file order."""

    def __init__(self, problems: list[PackProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def single(cls, file: str, where: str, message: str) -> PackError:
        return cls([PackProblem(file, where, message)])
