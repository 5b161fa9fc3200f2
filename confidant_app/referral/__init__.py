"""Referral sheets: who can help next, printed.

``directory`` (the desks and how to reach them, shipped and a local editable copy) and ``sheet``
(the HTML of one A4 page) are Qt-free and importable anywhere; ``render`` is the one module here
that imports PySide6, to lay the HTML out with ``QTextDocument`` and write a PDF or print it.
"""
