"""Forms with which the dienst uploads kernstukken and the secretaris reviews them."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import HiddenField, RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

from visitatie.uploads.validation import ACCEPT


class KernstukUploadForm(FlaskForm):
    bestand = FileField(_l("Bestand"), validators=[
        FileRequired(_l("Kies een bestand om te uploaden."))],
        render_kw={"accept": ACCEPT})


class KernstukReviewForm(FlaskForm):
    beoordeling = RadioField(_l("Oordeel"), choices=[
        SelectChoice("akkoord", _l("Akkoord")),
        SelectChoice("terug", _l("Terug naar de dienst")),
    ], validators=[InputRequired(_l("Kies akkoord of terug."))],
        validate_choice=False)  # the operation refuses other values, in Dutch
    opmerking = TextAreaField(
        _l("Opmerking"), validators=[
            Optional(), Length(max=4000, message=_l("Houd de opmerking onder 4000 tekens."))],
        description=_l("Verplicht bij ‘terug’: wat moet de dienst aanpassen of aanvullen?"))
    stand = HiddenField()
