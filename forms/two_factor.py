"""Forms for the second factor: the code at login, set-up and switching it off."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField
from wtforms.validators import DataRequired, Length

from visitatie.core.forms import OneLineField


class SecondFactorForm(FlaskForm):
    code = OneLineField(_l("Code"), validators=[
        DataRequired(_l("Vul de code uit uw app of een herstelcode in.")), Length(max=40)],
        description=_l("De zes cijfers die uw authenticator-app nu toont, of een van uw "
                       "herstelcodes."))


class TwoFactorConfirmForm(FlaskForm):
    code = OneLineField(_l("Code uit de app"), validators=[
        DataRequired(_l("Vul de zes cijfers in die de app toont.")), Length(max=20)])


class TwoFactorDisableForm(FlaskForm):
    wachtwoord = PasswordField(_l("Wachtwoord"), validators=[
        DataRequired(_l("Vul uw wachtwoord in."))])
