"""Python modules generated from ``forms/*.ui`` by ``installer/build_forms.py`` (pyside6-uic).

Never edit them by hand: change the form and rebuild. A test fails when one is stale.
"""
