"""Council settings: every figure that is practice rather than law.

Loaded from a TOML file (``recordgen --settings council.toml ...``); every key
is optional and falls back to the defaults below. Unknown keys are errors so
that a typo never silently leaves a default in force.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Nation = Literal["england", "wales", "scotland", "northern_ireland"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TimescaleSettings(_Section):
    """Statutory and practice timescales (reg. 33 and the IRO Handbook)."""

    nation: Nation = Field(
        "england", description="Whose bank holidays count as non-working days."
    )
    first_review_working_days: int = Field(
        20, ge=1, description="First review due this many working days after entering care."
    )
    second_review_months: int = Field(
        3, ge=1, description="Months allowed between the first and second review."
    )
    later_review_months: int = Field(
        6, ge=1, description="Months allowed between later reviews."
    )
    invitations_working_days: int = Field(
        10, ge=0, description="Invitations go out this many working days before a review."
    )
    record_distribution_working_days: int = Field(
        20, ge=1, description="The record is distributed within this many working days."
    )
    decisions_working_days: int = Field(
        5, ge=1, description="Decisions are circulated within this many working days."
    )
    action_warning_months: int = Field(
        6, ge=1, description="Warn when an action is due more than this many months away."
    )


class AgeBandSettings(_Section):
    """Lowest age (in whole years on the review date) of each band after `early`."""

    young: int = Field(5, ge=1)
    middle: int = Field(8, ge=1)
    teen: int = Field(12, ge=1)
    young_adult: int = Field(16, ge=1)


class LanguageSettings(_Section):
    """Settings for `recordgen check` (language that cares)."""

    grade_ceilings: dict[str, float] = Field(
        default_factory=lambda: {
            "early": 5, "young": 2, "middle": 4, "teen": 6, "young_adult": 8,
        },
        description="Highest Flesch-Kincaid grade per age band, for a heading of at least "
        "grade_min_words words (on less text the grade means little).",
    )
    grade_min_words: int = Field(
        100, ge=1, description="Words a heading needs before its grade is compared with the ceiling.",
    )
    sentence_words: dict[str, int] = Field(
        default_factory=lambda: {"early": 20, "young": 12, "middle": 18, "teen": 25, "young_adult": 30},
        description="Longest sentence, in words, per age band; bands left out are not checked.",
    )
    hard_word_zipf: dict[str, float] = Field(
        default_factory=lambda: {"early": 3.2, "young": 3.2, "middle": 3.2, "teen": 3.0, "young_adult": 2.8},
        description="A word rarer than this (Zipf frequency in wordfreq's English: 'house' is 5.4, "
        "'considerably' 4.0) is pointed out as one a child of the band may not know; bands left out "
        "are not checked. Names are never counted.",
    )
    derived_word_zipf: dict[str, float] = Field(
        default_factory=lambda: {"early": 4.6, "young": 4.6, "middle": 4.6, "teen": 4.1, "young_adult": 4.0},
        description="The same for long words with a Latinate ending (-tion, -ment, -ity, -ance...: "
        "'arrangements', 'attendance') and office words with a plainer one ('wellbeing': 'how you feel'), "
        "which a child meets only in letters about them.",
    )
    familiar_words: list[str] = Field(
        default_factory=list, description="Words never pointed out as hard, e.g. a local place or club.",
    )
    long_word_syllables: dict[str, int] = Field(
        default_factory=dict,
        description="No longer used: words are judged by how common they are (hard_word_zipf). "
        "Kept so older settings files still load.",
    )
    glossary: dict[str, str] = Field(
        default_factory=dict,
        description="Extra or overriding glossary entries: system word -> what to say instead. "
        "An empty suggestion switches a built-in entry off.",
    )


class PdfSettings(_Section):
    """Settings for PDF copies made through LibreOffice."""

    pdfa: Literal["", "1b", "2b", "3b"] = Field(
        "2b", description="PDF/A level; empty for a plain PDF."
    )
    workers: int = Field(0, ge=0, description="Converters to run; 0 means one per core.")
    timeout_seconds: float = Field(120, gt=0, description="A conversion taking longer is retried once.")


class Settings(_Section):
    timescales: TimescaleSettings = TimescaleSettings()
    age_bands: AgeBandSettings = AgeBandSettings()
    language: LanguageSettings = LanguageSettings()
    pdf: PdfSettings = PdfSettings()


class SettingsError(Exception):
    """The settings file cannot be used; the message says why, in plain words."""


def load_settings(path: str | Path | None = None) -> Settings:
    if path is None:
        return Settings()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the settings file ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: the settings file is not valid TOML ({exc})") from None
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise SettingsError(f"{path}: {problems}") from None
