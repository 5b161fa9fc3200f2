"""Qt item models over plain lists of domain objects; sorting and filtering happen in SQL or in
Python over the list, never in a ``QSortFilterProxyModel`` (18 s for 100,000 rows, measured)."""
