"""PyInstaller's entry script for ``confidant-app`` (``installer/confidant.spec``).

Not ``confidant_app/__main__.py`` itself: PyInstaller puts the entry script's folder on the module
search path, which would make the package's own modules importable under bare names
(``paths``, ``resources``) beside their real ones.
"""

import sys

from confidant_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
