"""The referral directory: every desk a confidant refers people to, and how to reach it.

The shipped directory (``resources/referrals/defensie.json``) is read-only; a coordinator or
confidant edits a local copy, ``referrals.json`` in the data folder (never in the vault: the
directory holds no case data). ``load`` prefers the local copy and validates it; a broken one
yields a one-line ``problem`` and the shipped directory, so a sheet can always be printed.

Contact details the source does not give are placeholders (``"placeholder": true``): the sheet
prints a visible "to be filled in" marker instead, and the editor shows which ones are still open.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator

from confidant_app import strict_json
from confidant_app.atomic import write_bytes
from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.domain.labels import Label, Strict
from confidant_app.errors import UserError, one_line
from confidant_app.paths import data_dir
from confidant_app.resources import resource_path

FORMAT = "confidant-referrals"
SCHEMA_VERSION = 1
LOCAL_FILENAME = "referrals.json"
Audience = Literal["employee", "manager"]
CONTACT_FIELDS = ("phone", "email", "intranet")
MAX_BYTES = 1024 * 1024  # the shipped directory is ~10 kB; a local copy far larger is wrong


class DirectoryError(UserError):
    """A directory that does not validate; ``location`` is the path of the first fault inside it
    (e.g. ``("desks", 3, "email", "value")``), so the editor can point at the field."""

    def __init__(self, message: str, location: tuple[str | int, ...] = ()) -> None:
        super().__init__(one_line(message))  # it quotes keys and codes from the file
        self.location = location


class Contact(Strict):
    """One way to reach a desk. A placeholder may be empty; anything else must look right."""

    KIND: ClassVar[str] = "value"
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r".+")
    value: str = Field(default="", max_length=200)
    placeholder: bool = False

    @model_validator(mode="after")
    def _shape(self) -> Contact:
        if self.placeholder and not self.value:
            return self
        if not self.PATTERN.fullmatch(self.value):
            raise ValueError(f"not a valid {self.KIND}")
        return self


class Phone(Contact):
    KIND = "phone number (digits, spaces, + ( ) -)"
    PATTERN = re.compile(r"\+?[0-9][0-9 ()-]{5,24}[0-9]")


class Email(Contact):
    KIND = "e-mail address (like name@mindef.nl)"
    PATTERN = re.compile(r"[^@\s<>\[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


class Web(Contact):
    KIND = "web address (starting with https://)"
    PATTERN = re.compile(r"https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d+)?(/[^\s<>\"]*)?")


def _codebook(info: ValidationInfo) -> Codebook:
    context = info.context or {}
    found = context.get("codebook")
    return found if isinstance(found, Codebook) else default_codebook()


class Desk(Strict):
    code: str
    name: Label
    does: list[Label] = Field(min_length=1, max_length=5)
    how: Label | None = None
    units: list[str] = Field(min_length=1)
    phone: Phone | None = None
    email: Email | None = None
    intranet: Web | None = None

    @field_validator("units")
    @classmethod
    def _units(cls, value: list[str], info: ValidationInfo) -> list[str]:
        book = _codebook(info)
        for code in value:
            if not book.is_valid("unit", code):
                raise ValueError(f"unknown unit {code} (valid: {', '.join(book.codes('unit'))})")
        if len(set(value)) != len(value):
            raise ValueError("a unit is listed twice")
        return value

    def contacts(self) -> dict[str, Contact]:
        """The ways to reach this desk that apply, by field name, in print order."""
        found = {name: getattr(self, name) for name in CONTACT_FIELDS}
        return {name: c for name, c in found.items() if c is not None}


class Defaults(Strict):
    """The desks a sheet lists when no codes are chosen, per audience."""

    employee: list[str] = Field(min_length=1)
    manager: list[str] = Field(min_length=1)


class Directory(Strict):
    format: Literal["confidant-referrals"]
    schema_version: int = Field(ge=1)
    organisation: Label
    about: Label | None = None
    more_info: Web
    defaults: Defaults
    desks: list[Desk]

    @field_validator("schema_version")
    @classmethod
    def _version(cls, value: int) -> int:
        if value > SCHEMA_VERSION:
            raise ValueError("made by a newer version of Confidant")
        return value

    @model_validator(mode="after")
    def _every_code_once(self, info: ValidationInfo) -> Directory:
        expected = _codebook(info).codes("referral")
        codes = [d.code for d in self.desks]
        for code in codes:
            if code not in expected:
                raise ValueError(f"unknown referral code {code} (valid: {', '.join(expected)})")
            if codes.count(code) > 1:
                raise ValueError(f"referral code {code} has two desks")
        missing = [c for c in expected if c not in codes]
        if missing:
            raise ValueError(f"no desk for referral code {', '.join(missing)}")
        for audience in ("employee", "manager"):
            unknown = [c for c in getattr(self.defaults, audience) if c not in expected]
            if unknown:
                raise ValueError(f"defaults.{audience}: unknown referral code {unknown[0]}")
        return self

    def desk(self, code: str) -> Desk:
        return next(d for d in self.desks if d.code == code)

    def codes(self) -> list[str]:
        return [d.code for d in self.desks]


def _where(location: tuple[str | int, ...], raw: Any) -> str:
    """``desks[3] (BMW).email`` rather than pydantic's bare tuple."""
    parts: list[str] = []
    node = raw
    for step in location:
        if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            node = node[step]
        else:
            node = node.get(step) if isinstance(node, dict) else None
        if isinstance(step, int) and parts:
            code = node.get("code") if isinstance(node, dict) else None
            parts[-1] += f"[{step}]" + (f" ({code})" if isinstance(code, str) else "")
        else:
            parts.append(str(step))
    return ".".join(parts)


def validate(raw: Any, codebook: Codebook | None = None, source: str = "") -> Directory:
    """A directory from parsed JSON, or a ``DirectoryError`` naming the first fault."""
    try:
        return Directory.model_validate(raw, context={"codebook": codebook or default_codebook()})
    except ValidationError as exc:
        err = exc.errors()[0]
        location = tuple(err["loc"])
        where = _where(location, raw)
        msg = str(err["msg"]).removeprefix("Value error, ")
        prefix = f"{source}: " if source else ""
        raise DirectoryError(f"{prefix}{where + ': ' if where else ''}{msg}", location) from None


def read(path: Path, codebook: Codebook | None = None) -> Directory:
    """A directory file, or one ``DirectoryError``: at most ``MAX_BYTES`` are read, and the JSON
    rules of ``strict_json`` apply (UTF-8, no duplicate keys, no NaN, bounded nesting)."""
    try:
        raw = strict_json.loads(strict_json.read_capped(path, MAX_BYTES))
    except OSError as exc:
        raise DirectoryError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except strict_json.JsonRefusal as exc:
        raise DirectoryError(f"{path}: not valid JSON ({exc.reason})") from None
    return validate(raw, codebook, str(path))


def shipped_path() -> Path:
    return resource_path("referrals", "defensie.json")


def local_path(data_dir_override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(data_dir_override) / LOCAL_FILENAME


def load_shipped(codebook: Codebook | None = None) -> Directory:
    return read(shipped_path(), codebook)


@dataclass(frozen=True)
class Loaded:
    """The directory in use; ``source`` says which; ``problem`` why a local copy was passed over."""

    directory: Directory
    source: Literal["shipped", "local"]
    problem: str | None = None


def load(data_dir_override: str | os.PathLike[str] | None = None,
         codebook: Codebook | None = None) -> Loaded:
    """The local copy if there is one and it validates, else the shipped directory."""
    path = local_path(data_dir_override)
    if not path.exists():
        return Loaded(load_shipped(codebook), "shipped")
    try:
        return Loaded(read(path, codebook), "local")
    except DirectoryError as exc:
        problem = f"{exc.message}; using the shipped referral directory instead"
        return Loaded(load_shipped(codebook), "shipped", problem)


def save_local(directory: Directory,
               data_dir_override: str | os.PathLike[str] | None = None) -> Path:
    """Write the local copy atomically (a crash leaves the old copy or the new one)."""
    path = local_path(data_dir_override)
    text = json.dumps(directory.model_dump(mode="json", exclude_none=True), indent=2,
                      ensure_ascii=False)
    write_bytes(path, (text + "\n").encode("utf-8"))
    return path


def reset_local(data_dir_override: str | os.PathLike[str] | None = None) -> None:
    """Back to the shipped directory: the local copy is removed, not overwritten, so a later
    update of the shipped directory reaches this computer too."""
    local_path(data_dir_override).unlink(missing_ok=True)
