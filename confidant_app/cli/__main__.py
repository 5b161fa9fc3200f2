"""``python -m confidant_app.cli``: the same as the ``confidant`` command."""

from confidant_app.cli import run

run()
