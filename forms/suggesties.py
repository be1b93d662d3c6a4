"""The small POST form behind "Bevestigen" and "Afwijzen" of a suggested theme."""
from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField
from wtforms.validators import AnyOf, InputRequired, NumberRange, Optional
from wtforms.widgets import HiddenInput

TERUG_RONDE, TERUG_VISITATIE = "ronde", "visitatie"


class SuggestieBesluitForm(FlaskForm):
    thema_id = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
    # Where to return to: the ronde's list or the visitatie's list, and which page.
    terug = HiddenField(validators=[Optional(), AnyOf((TERUG_RONDE, TERUG_VISITATIE))])
    pagina = IntegerField(widget=HiddenInput(), validators=[Optional(), NumberRange(min=1)])
