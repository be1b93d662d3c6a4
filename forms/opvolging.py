"""The form with which the committee rates how an earlier aanbeveling was followed up."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

from visitatie.verbeterplannen.opvolging_labels import OORDEEL_LABELS


class OpvolgingsOordeelEditForm(FlaskForm):
    oordeel = RadioField(
        _l("Oordeel"), choices=[SelectChoice(k, label) for k, label in OORDEEL_LABELS.items()],
        validators=[InputRequired(_l("Kies opgevolgd, deels opgevolgd of niet opgevolgd."))],
        validate_choice=False)  # the operation refuses other values, in Dutch
    toelichting = TextAreaField(
        _l("Toelichting"), validators=[
            Optional(), Length(max=4000, message=_l("Houd de toelichting onder 4000 tekens."))],
        description=_l("Verplicht bij ‘deels opgevolgd’ en ‘niet opgevolgd’. Komt in het "
                       "rapport."),
        render_kw={"rows": 4})
    version_id = HiddenField()
