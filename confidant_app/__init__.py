"""Confidant: an offline, encrypted case log for Defence confidants (vertrouwenspersonen).

The package is split in a Qt-free core (``domain``, ``vault``, ``importer``, and later
``aggregate`` and ``report``) and two front doors (``cli`` and ``ui``). See README.md.
"""

__version__ = "0.1.0"
APP_NAME = "Confidant"
APP_AUTHOR = "Defensie"
