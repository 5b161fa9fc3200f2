"""Confidant: an offline, encrypted case log for Defence confidants (vertrouwenspersonen).

The package is split in a Qt-free core (``domain``, ``vault``, ``importer``, and later
``aggregate`` and ``report``) and two front doors (``cli`` and ``ui``). See README.md.
"""

import os

# Pydantic hands every value it validates, case data included, to any installed package that
# registers a "pydantic" plugin entry point. None is wanted in this process (and looking for them
# scans every installed package at the first model, ~5 ms of start-up).
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"

__version__ = "0.1.0"
APP_NAME = "Confidant"
APP_AUTHOR = "Defensie"
