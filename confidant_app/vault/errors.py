"""Typed vault failures, each with a message a confidant can act on."""

from confidant_app.errors import UserError


class VaultError(UserError):
    """Base of every expected vault failure."""


class WrongPassphrase(VaultError):
    """SQLCipher cannot tell a wrong key from a damaged file, so neither do we."""


class NotAVault(VaultError):
    pass


class VaultMissing(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultInUse(VaultError):
    """Another instance (this process or another) holds the vault open."""


class VaultReadOnly(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class VaultWriteFailed(VaultError):
    """A write could not be completed (disk full, I/O error); the transaction was rolled back."""


class WeakPassphrase(VaultError):
    """The passphrase is refused outright (empty, or not text)."""


class BackupFailed(VaultError):
    """A backup (or the copy a restore made) did not verify; nothing was published or replaced."""


class Cancelled(VaultError):
    """The confidant said no when asked to confirm; nothing was changed."""
