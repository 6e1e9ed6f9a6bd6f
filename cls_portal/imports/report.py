"""The problems of an imported file, each located by sheet, row and column, in French."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    sheet: str
    row: int | None = None
    column: str | None = None

    def __str__(self):
        parts = [f"Feuille « {self.sheet} »"]
        if self.row:
            parts.append(f"ligne {self.row}")
        if self.column:
            parts.append(f"colonne « {self.column} »")
        return ", ".join(parts)


@dataclass(frozen=True)
class Problem:
    """A message that completes « Feuille « X », ligne 3, colonne « Y » : … » (it starts with a lower-case letter)."""

    message: str
    location: Location | None = None

    def __str__(self):
        return f"{self.location} : {self.message}" if self.location else self.message


@dataclass
class Report:
    """Errors (any of them refuses the whole file) and warnings (the file is imported, and the user told)."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors

    def error(self, message: str, location: Location | None = None):
        self.errors.append(Problem(message, location))

    def warn(self, message: str, location: Location | None = None):
        self.warnings.append(Problem(message, location))

    def extend(self, other: "Report"):
        self.errors += other.errors
        self.warnings += other.warnings

    def problem_lines(self) -> list[str]:
        """The errors and warnings as text lines (a command's output)."""
        lines = []
        if self.errors:
            lines.append(f"{len(self.errors)} erreur(s) : rien n'est importé.")
            lines += [f"  - {problem}" for problem in self.errors]
        if self.warnings:
            lines.append(f"{len(self.warnings)} avertissement(s) :")
            lines += [f"  - {problem}" for problem in self.warnings]
        return lines


def lower_first(text: str) -> str:
    """A model's message (« La fin … ») as the end of a located problem (« … : la fin … »)."""
    return text[:1].lower() + text[1:]
