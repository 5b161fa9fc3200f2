"""The ``confidant`` command: parses, calls the core, prints. No business rules live here.

Exit status (``shared/design/interfaces.md``): 0 done; 1 refused (bad input, wrong passphrase, a
rule that protects data) with one ``confidant: error: ...`` line on standard error and nothing
written; 2 wrong usage (argparse). A bug exits 3 with one line; details go to no file, since a
traceback can hold case data.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from confidant_app.cli.parser import build_parser
from confidant_app.errors import UserError


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except UserError as exc:
        print(f"confidant: error: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("confidant: error: interrupted; nothing was changed", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def run() -> None:
    """Console-script entry point."""
    try:
        sys.exit(main())
    except SystemExit:
        raise
    except Exception as exc:  # a bug: say so in one line, never a traceback with case data
        print(f"confidant: internal error ({type(exc).__name__}); this is a bug", file=sys.stderr)
        sys.exit(3)
