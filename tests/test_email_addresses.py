"""The record's e-mail addresses: pydantic's EmailStr checks, email_validator imported only for an
address not plainly written (issue 20: validate of one record under 0.35 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from pydantic import BaseModel, ConfigDict, EmailStr, ValidationError

from recordgen.record import model
from recordgen.record.model import Chair

ROOT = Path(__file__).resolve().parents[1]

PLAIN = [
    "helen.price@example.gov.uk", "jo.smith@example.gov.uk", "a@b.co", "x1@9lives.org.uk",
    "first_last+reviews@my-council.gov.uk", "a-b.c_d+e@a1-b2.c3.uk", "iro@x.y.z.w.nhs.uk",
    "info@example.com", "support@example.org", "postmaster@council.wales",
    "a" * 64 + "@example.com", "a@" + "b" * 63 + ".com", "a@" + ".".join(["b" * 60] * 3) + ".uk",
    "test@test.example.com", "local@localhost.example.org", "me@arpa.example.com",
]

NOT_PLAIN = [
    # Taken by email_validator (and changed or kept as it says), not by the plain pattern.
    "Helen.Price@Example.gov.uk", "INFO@example.com", "a..b@example.com", "a.@example.com",
    "a" * 65 + "@example.com", "a@" + "b" * 64 + ".com", "a@b--c.example.com", "a@xn--bcher-kva.example",
    "zoë@example.com", "a@bücher.example", "Helen Price <helen.price@example.gov.uk>", "a@b.c",
    "a@b.c1", "a@123.456", "a!b@example.com", "a@example.test", "a@example.local", "a@my.localhost",
    "a@example.invalid", "a@1.in-addr.arpa", "a@x.onion", "not-an-email", "a@b", "@example.com",
    "a@", "a@-b.com", "a@b-.com", "a@.b.com", "a b@example.com", "a@example..com",
    "a" * 250 + "@b.com", "a@" + ".".join(["b" * 60] * 4) + ".uk",
]


class Pydantics(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    email: EmailStr | None = None


def _outcome(make, value):
    try:
        return "ok", make(value).email
    except ValidationError as exc:
        return "error", [(e["type"], e["msg"], e["loc"]) for e in exc.errors(include_url=False)]


@pytest.mark.parametrize("address", PLAIN)
def test_a_plainly_written_address_is_what_email_validator_makes_of_it(address):
    assert model._plain_email(address)
    from email_validator import validate_email

    assert validate_email(address, check_deliverability=False).normalized == address
    assert Chair(name="Helen Price", email=address).email == address


@settings(max_examples=300, deadline=None)
@given(st.from_regex(model._PLAIN_EMAIL, fullmatch=True))
def test_any_address_the_plain_pattern_takes_is_what_email_validator_makes_of_it(address):
    from email_validator import EmailNotValidError, validate_email

    if not model._plain_email(address):
        return
    try:
        normalized = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        pytest.fail(f"{address!r} taken as plain, refused by email_validator: {exc}")
    assert normalized == address


@pytest.mark.parametrize("address", NOT_PLAIN + PLAIN + [f"  {PLAIN[0]}  ", "", None, 42])
def test_every_address_gets_pydantics_answer(address):
    ours = _outcome(lambda value: Chair(name="Helen Price", email=value), address)
    theirs = _outcome(lambda value: Pydantics(email=value), address)
    assert ours == theirs


def test_the_schema_says_email_as_pydantic_does():
    assert Chair.model_json_schema()["properties"]["email"] == Pydantics.model_json_schema()["properties"]["email"]


def test_validating_the_examples_imports_no_email_validator():
    """Their addresses are plainly written: email_validator's patterns cost a command 20 ms."""
    probe = ("import sys; from recordgen import api; "
             f"[api.validate(api.load_record(p)) for p in {[str(p) for p in sorted(ROOT.glob('examples/review-*-[0-9]*.yaml')) if 'translations' not in p.name]!r}]; "
             "print([name for name in ('email_validator', 'idna') if name in sys.modules])")
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert found.stdout.strip() == "[]"
