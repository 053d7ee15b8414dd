"""Council settings: every figure that is practice rather than law.

Loaded from a TOML file (``recordgen --settings council.toml ...``); every key
is optional and falls back to the defaults below. Unknown keys are errors so
that a typo never silently leaves a default in force.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

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
    midway_check_percent: int = Field(
        50, ge=1, le=99, description="The IRO's midway check of the plan falls this far (per cent of the "
        "days) from a review to the next one, on the working day on or before."
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
    known_word_age: dict[str, float] = Field(
        default_factory=lambda: {"early": 5, "young": 7, "middle": 10, "teen": 11, "young_adult": 12},
        description="A word learned by this age (Kuperman et al.'s age-of-acquisition norms, or the British "
        "ones where earlier: 'jigsaw' 7.6, 'allotment' 9.6) is familiar to the band however rare in adult "
        "text, unless it is an office word.",
    )
    late_word_age: dict[str, float] = Field(
        default_factory=lambda: {"early": 8.5, "young": 8.5, "middle": 11.5, "teen": 12.5, "young_adult": 14.5},
        description="An abstract or office word learned at this age or later ('appropriate' 9.2, "
        "'intermittent' 13, 'expedite' 14) is hard for the band though common in adult text.",
    )
    familiar_words: list[str] = Field(
        # Lambdas, not the builtins: pydantic reads a builtin's signature by tokenizing its text (2 ms a command).
        default_factory=lambda: [], description="Words never pointed out as hard, e.g. a local place or club.",
    )
    long_word_syllables: dict[str, int] = Field(
        default_factory=lambda: {},
        description="No longer used: words are judged by how common they are (hard_word_zipf). "
        "Kept so older settings files still load.",
    )
    glossary: dict[str, str] = Field(
        default_factory=lambda: {},
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
    names: dict[str, str] = Field(
        {}, description="The service's own name in other languages, by language code, e.g. "
        "{ cy = \"Gwasanaeth Hawliau Plant Fernshire\" }: a copy in that language gives it. A copy in a language "
        "not given here gives `name` as a name, without an English 'the' before it.",
    )
    phone: str = Field("0808 157 0192", description="Empty to leave the phone number out.")
    email: str = Field("childrens.rights@example.gov.uk", description="Empty to leave the email out.")

    @field_validator("names")
    @classmethod
    def _known_languages(cls, names: dict[str, str]) -> dict[str, str]:
        from ..i18n import is_known_language  # noqa: PLC0415 - Babel only when names are given
        from ..i18n.languages import normalize_language  # noqa: PLC0415

        unknown = [code for code in names if not is_known_language(code)]
        if unknown:
            raise ValueError(f"'{unknown[0]}' is not a language code recordgen knows (for example cy, pl, ur)")
        empty = [code for code, name in names.items() if not name.strip()]
        if empty:
            raise ValueError(f"the name for '{empty[0]}' is empty: give the service's name in that language, "
                             "or leave the language out")
        return {normalize_language(code): name.strip() for code, name in names.items()}

    def name_in(self, language: str) -> str | None:
        """The service's name in a copy in ``language``: its own name there when the council gives one;
        else ``name`` as written in English, and, in another language, as a name, with no English "the"
        before it ("Fernshire Children's Rights Service"); None for the default, said in the reader's words."""
        from ..i18n.languages import is_english, normalize_language, primary_language  # noqa: PLC0415

        code = normalize_language(language)
        own = self.names.get(code) or next((name for given, name in self.names.items()
                                            if primary_language(given) == primary_language(code)), None)
        if own:
            return own
        if not self.name or is_english(language):
            return self.name
        return re.sub(r"^the\s+", "", self.name.strip(), flags=re.IGNORECASE)


def example_contacts(settings: "Settings") -> str | None:
    """Why the copies would give a child the fictional example Children's Rights Service contacts
    (the defaults), or None when the council has set its own (or left them out)."""
    service, default = settings.childrens_rights, ChildrensRightsSettings()
    fictional = [value for value, stock in ((service.phone, default.phone), (service.email, default.email))
                 if value and value.strip() == stock]
    if not fictional:
        return None
    return (f"the copies give the fictional example Children's Rights Service contacts ({', '.join(fictional)}), "
            "which reach nobody: set the council's own as [childrens_rights] phone and email (and name) in the "
            "settings file (--settings or RECORDGEN_SETTINGS) before any copy is sent")


class MailSettings(_Section):
    """The council's mail server for `recordgen send`. The password is never a setting:
    it comes from the environment variable named here, or the system keyring."""

    host: str = Field("", description="The SMTP server, e.g. smtp.council.gov.uk.")
    port: int = Field(0, ge=0, le=65535, description="0: 587 for starttls, 465 for tls, 25 for plain.")
    security: Literal["starttls", "tls", "plain"] = Field(
        "starttls", description="starttls or tls (implicit TLS); plain only with allow_insecure."
    )
    allow_insecure: bool = Field(False, description="Allow security = plain: records would cross the network readable.")
    ca_file: str = Field("", description="A PEM file of the council's own certificate authority, if it has one.")
    user: str = Field("", description="Login name; empty for a server that needs none.")
    from_address: str = Field("", description="The address messages come from, e.g. reviews@council.gov.uk.")
    from_name: str = Field("", description="The name shown with it, e.g. Children's Reviewing Service.")
    password_env: str = Field("RECORDGEN_SMTP_PASSWORD", description="Environment variable holding the password.")
    keyring_service: str = Field("recordgen-smtp", description="Keyring service name, looked up with user.")
    messages_per_minute: float = Field(30, ge=0, description="At most this many messages a minute; 0 for no limit.")
    retries: int = Field(3, ge=0, le=10, description="Tries again after a temporary failure (4xx, lost connection).")
    retry_seconds: float = Field(5, ge=0, description="Wait before the first retry; doubled for each further one.")
    timeout_seconds: float = Field(60, gt=0, description="Give up on a silent server after this long.")

    @model_validator(mode="after")
    def _plain_needs_consent(self) -> "MailSettings":
        if self.security == "plain" and not self.allow_insecure:
            raise ValueError("security = \"plain\" sends records unencrypted; "
                             "use starttls or tls, or set allow_insecure = true if you really mean it")
        return self

    @property
    def effective_port(self) -> int:
        return self.port or {"starttls": 587, "tls": 465, "plain": 25}[self.security]


class TemplatesSettings(_Section):
    """The council's own Word templates (see README, "Changing the letters")."""

    folder: str = Field(
        "", description="A folder of the council's templates: BAND.docx, or BAND.LANG.docx for one "
        "language (middle.ur.docx); a band or language it lacks uses the stock template. A relative "
        "path is taken from the settings file's folder. Empty: the stock templates.",
    )


class FeedbackSettings(_Section):
    """The feedback part at the end of a copy: "Did this letter make sense to you?" and a reference."""

    enabled: bool = Field(True, description="Every child's copy ends with the feedback part.")
    parents: bool = Field(False, description="Parents' copies end with it too.")
    post_to: str = Field("", description="A postal address the page can be posted back to (the IRO service's); "
                         "empty, the page asks for it to be given back, or emailed, never posted.")
    key_env: str = Field(
        "RECORDGEN_FEEDBACK_KEY", description="Environment variable holding the council's secret key for "
        "the references (a keyed hash). Unset, a built-in key is used: a reference still names no one, "
        "but anyone with recordgen and a case number could work it out.",
    )


class Settings(_Section):
    timescales: TimescaleSettings = TimescaleSettings()
    age_bands: AgeBandSettings = AgeBandSettings()
    language: LanguageSettings = LanguageSettings()
    pdf: PdfSettings = PdfSettings()
    childrens_rights: ChildrensRightsSettings = ChildrensRightsSettings()
    mail: MailSettings = MailSettings()
    templates: TemplatesSettings = TemplatesSettings()
    feedback: FeedbackSettings = FeedbackSettings()


class SettingsError(RecordgenError):
    """The settings file cannot be used; the message says why, in plain words."""

    category = Category.USAGE


def load_settings(path: str | Path | None = None) -> Settings:
    if path is None:
        return Settings()
    import tomllib  # noqa: PLC0415 - only for a settings file: 2 ms a command

    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the settings file ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: the settings file is not valid TOML ({exc})") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise SettingsError(f"{path}: {problems}") from None
    folder = settings.templates.folder
    if folder:
        # From wherever recordgen runs, the folder the settings file names.
        folder_path = (path.parent / Path(folder).expanduser()).resolve()
        if not folder_path.is_dir():
            raise SettingsError(f"{path}: templates.folder: {folder_path} is not a folder")
        settings = settings.model_copy(update={"templates": TemplatesSettings(folder=str(folder_path))})
    return settings
