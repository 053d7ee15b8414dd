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

from ..errors import Category, RecordgenError

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
        description="Highest Flesch-Kincaid grade per age band.",
    )
    sentence_words: dict[str, int] = Field(
        default_factory=lambda: {"early": 20, "young": 12, "middle": 18},
        description="Longest sentence, in words, per age band; bands left out are not checked.",
    )
    long_word_syllables: dict[str, int] = Field(
        default_factory=lambda: {"early": 4, "young": 4, "middle": 4},
        description="Words of this many syllables or more are pointed out, per age band; "
        "bands left out are not checked. Names are never counted.",
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


class ChildrensRightsSettings(_Section):
    """Someone other than the IRO a child can turn to: the council's children's rights or
    complaints service. The defaults are fictional (a drama-range phone number): set your own."""

    name: str | None = Field(
        None, description="As the child's copy names it, e.g. 'the Northshire Children's Rights Service'. "
        "Left out, the copy says 'the Children's Rights Service' in the reader's language.",
    )
    phone: str = Field("0808 157 0192", description="Empty to leave the phone number out.")
    email: str = Field("childrens.rights@example.gov.uk", description="Empty to leave the email out.")


class Settings(_Section):
    timescales: TimescaleSettings = TimescaleSettings()
    age_bands: AgeBandSettings = AgeBandSettings()
    language: LanguageSettings = LanguageSettings()
    pdf: PdfSettings = PdfSettings()
    childrens_rights: ChildrensRightsSettings = ChildrensRightsSettings()


class SettingsError(RecordgenError):
    """The settings file cannot be used; the message says why, in plain words."""

    category = Category.USAGE


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
