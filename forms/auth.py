"""Forms for logging in and for passwords."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from visitatie.auth.passwords import MIN_LENGTH
from visitatie.core.forms import OneLineEmailField


class LoginForm(FlaskForm):
    email = OneLineEmailField(_l("E-mailadres"), validators=[
        DataRequired(_l("Vul uw e-mailadres in.")), Length(max=254)])
    wachtwoord = PasswordField(_l("Wachtwoord"), validators=[
        DataRequired(_l("Vul uw wachtwoord in."))])


class PasswordForgottenForm(FlaskForm):
    email = OneLineEmailField(_l("E-mailadres"), validators=[
        DataRequired(_l("Vul uw e-mailadres in.")),
        Email(_l("Vul een geldig e-mailadres in, bijvoorbeeld naam@omgevingsdienst.nl.")),
        Length(max=254)])


def _new_password_fields():
    new = PasswordField(_l("Nieuw wachtwoord"), validators=[
        DataRequired(_l("Kies een nieuw wachtwoord.")),
        Length(min=MIN_LENGTH, max=200,
               message=_l("Een wachtwoord heeft minstens %(min)d tekens.", min=MIN_LENGTH))],
        description=_l("Minstens %(min)d tekens. Een zin van een paar woorden werkt goed.",
                       min=MIN_LENGTH))
    repeat = PasswordField(_l("Herhaal het nieuwe wachtwoord"), validators=[
        DataRequired(_l("Herhaal het nieuwe wachtwoord.")),
        EqualTo("nieuw_wachtwoord", _l("De twee wachtwoorden zijn niet gelijk."))])
    return new, repeat


class PasswordResetForm(FlaskForm):
    nieuw_wachtwoord, herhaal_wachtwoord = _new_password_fields()


class PasswordChangeForm(FlaskForm):
    huidig_wachtwoord = PasswordField(_l("Huidig wachtwoord"), validators=[
        DataRequired(_l("Vul uw huidige wachtwoord in."))])
    nieuw_wachtwoord, herhaal_wachtwoord = _new_password_fields()
