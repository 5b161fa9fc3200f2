"""Anonymised aggregates: build one from a vault, read and validate files, merge, and disclosure
control for published tables. No Qt; reads the vault through its read API only."""
