"""What is wrong with an import file: ``Problem`` (one fault, with its line and field) and
``ImportRefusal`` (the one exception a reader raises, carrying every problem found).

A problem says what is wrong as a ``texts.Text``: a stable code and its parameters, which the
import dialog translates; ``Problem.message`` is its English sentence, as the command line prints
it. A plain string is taken too (``Code.OTHER``): a caller's own sentence, shown as it is.

Places are written ``FILE line N`` for JSONL and ``FILE row N`` for CSV and XLSX, where N is the
row number a spreadsheet shows (the header is row 1). ``location`` writes them, so the command line
can phrase its own messages (a case number already in the vault) the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from confidant_app.errors import UserError, one_line
from confidant_app.importer.texts import Code, Text, other


@dataclass(frozen=True, init=False)
class Problem:
    """One fault. ``line`` is None for the file as a whole; ``field`` is None when no single field
    is at fault (a line that is not JSON, an unknown column). ``text`` says what is wrong (a code
    and its parameters); ``message`` is its English sentence. Messages never quote notes or aliases.
    """

    line: int | None
    field: str | None
    text: Text

    def __init__(self, line: int | None, field: str | None, text: Text | str) -> None:
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "text", other(text) if isinstance(text, str) else text)

    @property
    def message(self) -> str:
        """What is wrong, in English: the sentence the command line prints."""
        return self.text.english()

    @property
    def code(self) -> Code:
        return self.text.code

    @property
    def params(self) -> Mapping[str, object]:
        return self.text.params

    def describe(self, path: Path | str) -> str:
        """One line: ``FILE line N: field: what is wrong``."""
        # Fields and messages may carry a key the file chose; escaping keeps it one line.
        field = f"{one_line(self.field)}: " if self.field else ""
        return f"{location(path, self.line)}: {field}{one_line(self.message)}"


def line_word(path: Path | str) -> str:
    """``line`` for JSONL (a text file), ``row`` for the spreadsheet formats."""
    return "line" if Path(path).suffix.lower() == ".jsonl" else "row"


def location(path: Path | str, line: int | None) -> str:
    """``FILE line N`` / ``FILE row N``, or ``FILE`` alone when no line is known."""
    name = one_line(str(path))
    return name if line is None else f"{name} {line_word(path)} {line}"


def shown(value: object, limit: int = 30) -> str:
    """A short, quoted, one-line rendering of a value the person typed where only a name belongs
    (an unknown key or column). Never used for values of fields that may hold free text."""
    text = str(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return repr(text)


class ImportRefusal(UserError):
    """The file was refused as a whole; ``problems`` lists every fault found, in file order.

    ``str()`` is one line: the first problem, then ``(and K more problems)``. A GUI shows
    ``lines()``, one per problem.
    """

    def __init__(self, path: Path | str, problems: Iterable[Problem]) -> None:
        self.path = Path(path)
        # Stable sort: file-level problems first, then by line, same-line problems as found.
        self.problems = sorted(problems, key=lambda p: -1 if p.line is None else p.line)
        if not self.problems:
            raise ValueError("an ImportRefusal needs at least one problem")
        first = self.problems[0].describe(path)
        more = len(self.problems) - 1
        if more:
            first += f" (and {more} more problem{'s' if more > 1 else ''})"
        super().__init__(first)

    @classmethod
    def single(
        cls, path: Path | str, text: Text | str, line: int | None = None, field: str | None = None
    ) -> ImportRefusal:
        return cls(path, [Problem(line, field, text)])

    def lines(self) -> list[str]:
        return [p.describe(self.path) for p in self.problems]
