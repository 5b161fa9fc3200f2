"""Expected failures, kept apart from bugs.

A ``UserError`` carries a message written for a person (one line, saying what is wrong and where);
the command line prints it as ``confidant: error: ...`` and the application shows it in a dialog.
Anything else that escapes is a bug and goes to the global handler. Messages never echo case data
(notes, aliases): they name files, lines and fields only.
"""


class UserError(Exception):
    """An expected failure: bad input, a wrong passphrase, a rule that protects data."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped: a message stays one line
    even when it quotes a name from a file (a key may hold a newline)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
