"""The desktop client: Qt widgets over the Qt-free core. Widgets hold no business rules and run
no SQL; the vault connection has one owner, ``session.Session``."""
