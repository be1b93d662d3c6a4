"""Two-factor authentication as a person sets it up and uses it, in Chromium, with axe-core."""
from datetime import datetime, timezone

import pyotp
from playwright.sync_api import expect

from tests.browser.test_journeys import assert_accessible
from tests.browser.test_lifecycle_journey import log_in_as, log_out
from visitatie.reference.demo import DEMO_PASSWORD

EMAIL = "bestuurslid.tweestaps@test.nl"


def make_bestuurslid(live_app):
    """A bestuur member of its own, so the demo logins of the other journeys stay as they are."""
    from visitatie.auth.models import RoleAssignment, User
    from visitatie.auth.passwords import hash_password
    from visitatie.extensions import db

    with live_app.app_context():
        user = User(email=EMAIL, naam="Bestuurslid Tweestaps",
                    password_hash=hash_password(DEMO_PASSWORD))
        user.roles.append(RoleAssignment(rol="bestuur"))
        db.session.add(user)
        db.session.commit()


def code(secret: str, step: int) -> str:
    totp = pyotp.TOTP(secret)
    return totp.generate_otp(totp.timecode(datetime.now(timezone.utc)) + step)


def test_set_up_and_log_in_with_a_code(page, live_app, screenshot):
    make_bestuurslid(live_app)
    log_in_as(page, EMAIL, DEMO_PASSWORD)
    expect(page.get_by_role("status").first).to_contain_text("tweestapsverificatie")
    page.goto("/account")
    page.get_by_role("link", name="Tweestapsverificatie instellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweestapsverificatie instellen")
    assert_accessible(page)
    screenshot("tweestaps-01-instellen")
    secret = page.locator("code.secret").inner_text()
    page.get_by_label("Code uit de app").fill(code(secret, 0))
    page.get_by_role("button", name="Bevestigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw herstelcodes")
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    assert_accessible(page)
    log_out(page)
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(EMAIL)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/inloggen/code")
    assert_accessible(page)
    page.get_by_label("Code").fill(code(secret, 1))
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/werkruimte")
