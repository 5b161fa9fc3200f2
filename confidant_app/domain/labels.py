"""Bilingual labels and the strict base model every domain model shares."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["nl", "en"]


class Strict(BaseModel):
    """Forbid unknown keys and never echo input values in error messages (they may be case data)."""

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class Label(Strict):
    """A text in Dutch (first) and English (a full translation)."""

    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Language) -> str:
        return self.nl if lang == "nl" else self.en


class CodedValue(Strict):
    """One value of a coded field, e.g. unit ``CLAS`` or channel ``F``."""

    code: str = Field(pattern=r"^[A-Z][A-Z0-9]{0,9}$")
    label: Label
