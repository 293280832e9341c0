"""own_identity: one answer for each set of the settings it reads (it is asked several
times a mail), and that answer is what the settings say, whichever settings ask."""

from __future__ import annotations

from intake.outbox import own_identity
from intake.settings import AgencySettings, MailboxSettings, Settings, SmtpSettings


def _settings(own: list[str], username: str = "Intake@Agency.go.th") -> Settings:
    return Settings(
        agency=AgencySettings(own_addresses=own),
        smtp=SmtpSettings(host="127.0.0.1", security="plain", from_address="Saraban@Agency.go.th"),
        mailboxes=[
            MailboxSettings(
                name="a", host="imap.agency.go.th", username=username, password_env="P"
            ),
            MailboxSettings(
                name="b", host="imap.agency.go.th", username="login-without-at", password_env="P"
            ),
        ],
    )


def test_addresses_come_from_the_settings_lower_cased() -> None:
    own = own_identity(_settings(["Help@Other.go.th"]))
    assert own.addresses == {"help@other.go.th", "saraban@agency.go.th", "intake@agency.go.th"}
    assert own.domains == {"other.go.th", "agency.go.th"}


def test_equal_settings_share_one_answer() -> None:
    assert own_identity(_settings(["a@x.go.th"])) is own_identity(_settings(["a@x.go.th"]))


def test_changed_settings_get_their_own_answer() -> None:
    first = own_identity(_settings(["a@x.go.th"]))
    other = own_identity(_settings(["b@y.go.th"]))
    no_user = own_identity(_settings(["a@x.go.th"], username="intake-login"))
    assert "b@y.go.th" in other.addresses and "a@x.go.th" not in other.addresses
    assert "intake@agency.go.th" in first.addresses
    assert "intake@agency.go.th" not in no_user.addresses
    assert own_identity(Settings()).addresses == frozenset()
