"""The confidant's settings: one pydantic model, saved as JSON in the data folder. No Qt.

Each field carries what a settings dialog needs to draw it, so the dialog is derived from the
model and a new field appears there without touching the dialog:

- ``title`` and ``description``: English source text, marked for Qt's translation tools with
  ``QT_TRANSLATE_NOOP`` (the dialog translates them at run time);
- bounds (``ge``/``le``) for numbers, the ``Literal`` choices for a closed list, and in
  ``json_schema_extra``: ``choice_labels`` (names shown for the choices) or ``codes`` (the choices
  are a code list of the vault's codebook, e.g. the units).

``load`` never fails: a missing file gives the defaults; a broken one gives the defaults for what
could not be read, and says what that was (``Loaded.problem``), so start-up goes on and the
confidant is told. The file is read under ``strict_json``'s rules (at most 64 KB read, UTF-8, no
duplicate keys, no NaN, bounded nesting). ``save`` writes atomically: a crash leaves the old
file or the new one.

The language is also read, without pydantic, before the unlock prompt appears
(``confidant_app.__main__.saved_language``): importing pydantic there would slow the prompt down.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from confidant_app import strict_json
from confidant_app.atomic import write_bytes

MAX_FILE_BYTES = 64 * 1024  # a settings file is a few hundred bytes; anything far larger is wrong


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without importing Qt; the dialog translates it."""
    return text


CONTEXT = "Settings"  # the translation context; lupdate needs it spelled out in each call
BACKUP_FOLDER_NAME = "backups"  # beside the vault, unless a backup folder is chosen


class Settings(BaseModel):
    """What the confidant may choose. Unknown keys (from a newer version) are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True, hide_input_in_errors=True,
                              validate_default=True)

    language: Literal["nl", "en"] = Field(
        default="nl",
        title=QT_TRANSLATE_NOOP("Settings", "Language"),
        description=QT_TRANSLATE_NOOP("Settings", "The language of menus, windows and labels."),
        json_schema_extra={"choice_labels": {"nl": "Nederlands", "en": "English"}},
    )
    idle_lock_minutes: int = Field(
        default=5, ge=1, le=120, strict=True,
        title=QT_TRANSLATE_NOOP("Settings", "Lock after (minutes idle)"),
        description=QT_TRANSLATE_NOOP("Settings", "The vault locks itself after this many "
                                      "minutes without keyboard or mouse."),
    )
    default_unit: str | None = Field(
        default=None, pattern=r"^[A-Z][A-Z0-9]{0,9}$",
        title=QT_TRANSLATE_NOOP("Settings", "Unit of new cases"),
        description=QT_TRANSLATE_NOOP("Settings", "Filled in for every new case; you can change it "
                                      "in the case."),
        json_schema_extra={"codes": "unit"},
    )
    retention_months: int = Field(
        default=6, ge=1, le=120, strict=True,
        title=QT_TRANSLATE_NOOP("Settings", "Keep closed cases (months)"),
        description=QT_TRANSLATE_NOOP(
            "Settings", "A closed case is due for destruction once its year has been exported and "
            "this many months have passed since it was closed."),
    )
    backup_keep: int = Field(
        default=5, ge=1, le=100, strict=True,
        title=QT_TRANSLATE_NOOP("Settings", "Automatic backups to keep"),
        description=QT_TRANSLATE_NOOP(
            "Settings", "The newest this many automatic backups are kept; older ones are deleted. "
            "A purge also deletes every backup made before it."),
    )
    backup_folder: str | None = Field(
        default=None, max_length=4096,
        title=QT_TRANSLATE_NOOP("Settings", "Folder for automatic backups"),
        description=QT_TRANSLATE_NOOP(
            "Settings", "A full path; left empty, a folder named backups beside the vault. A "
            "folder on another disk also survives the loss of this one."),
    )

    @field_validator("backup_folder")
    @classmethod
    def _absolute_folder(cls, value: str | None) -> str | None:
        # A relative folder would move with the working directory: backups scattered, and a
        # purge would miss the ones it must delete.
        if value is not None and not Path(value).expanduser().is_absolute():
            raise ValueError("must be a full path")
        return value

    def backup_dir(self, vault: Path) -> Path:
        """Where automatic backups of ``vault`` go."""
        if self.backup_folder:
            return Path(self.backup_folder).expanduser()
        return vault.parent / BACKUP_FOLDER_NAME


@dataclass(frozen=True)
class Loaded:
    """Settings as read, and what was wrong with the file (None: nothing)."""

    settings: Settings
    problem: str | None = None


def load(path: Path) -> Loaded:
    """The settings in ``path``; defaults for whatever is missing or cannot be used."""
    try:
        raw = strict_json.read_capped(path, MAX_FILE_BYTES)
    except strict_json.TooLarge:
        return Loaded(Settings(), f"larger than {MAX_FILE_BYTES // 1024} KB")
    except FileNotFoundError:
        return Loaded(Settings())
    except OSError as exc:
        return Loaded(Settings(), f"cannot be read ({exc.strerror or exc})")
    try:
        data = strict_json.loads(raw)
    except strict_json.JsonRefusal:
        return Loaded(Settings(), "not valid JSON")
    if not isinstance(data, dict):
        return Loaded(Settings(), "not a JSON object")
    try:
        return Loaded(Settings.model_validate(data))
    except ValidationError as exc:
        # Keep what is right; only the settings at fault fall back to their defaults.
        bad = sorted({str(err["loc"][0]) for err in exc.errors() if err["loc"]})
        kept = {key: value for key, value in data.items() if key not in bad}
        try:
            settings = Settings.model_validate(kept)
        except ValidationError:
            settings = Settings()
        return Loaded(settings, "invalid value for " + ", ".join(bad))


def save(settings: Settings, path: Path) -> None:
    """Write ``settings`` atomically (raises ``OSError`` when the folder cannot be written)."""
    text = json.dumps(settings.model_dump(mode="json"), ensure_ascii=False, indent=1)
    write_bytes(path, (text + "\n").encode("utf-8"))
