"""Pydantic models and rules of the domain: taxonomy, coded fields, cases. No I/O beyond reading
the bundled code lists, no Qt."""
