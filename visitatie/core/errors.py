"""Dutch error pages with the right status code; never a stack trace."""
import logging

from flask import Flask, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from visitatie.extensions import db

log = logging.getLogger(__name__)

MESSAGES = {
    400: (_l("Het verzoek klopt niet"),
          _l("De server kon dit verzoek niet verwerken. Ga terug en probeer het opnieuw.")),
    401: (_l("Inloggen nodig"), _l("Log in om verder te gaan.")),
    403: (_l("Geen toegang"),
          _l("U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? "
             "Neem dan contact op met de beheerder bij Omgevingsdienst NL.")),
    404: (_l("Pagina niet gevonden"),
          _l("Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.")),
    405: (_l("Deze handeling kan zo niet"),
          _l("Deze pagina kan niet op deze manier worden gebruikt.")),
    409: (_l("Dit kan nu niet"),
          _l("De handeling past niet bij de huidige stand van zaken. Laad de pagina opnieuw.")),
    413: (_l("Bestand te groot"),
          _l("Het bestand is groter dan is toegestaan. Kies een kleiner bestand.")),
    500: (_l("Er ging iets mis"),
          _l("Er is een fout opgetreden aan onze kant. Er is niets opgeslagen van deze "
             "handeling. Probeer het later opnieuw.")),
}
CSRF_MESSAGE = (_l("Formulier verlopen"),
                _l("Het formulier is verlopen of ongeldig. Ga terug, laad de pagina opnieuw "
                   "en probeer het nog eens. Wat u had ingevuld is niet opgeslagen."))


def render_error(code: int, title=None, message=None):
    """Render the Dutch error page for `code`."""
    default_title, default_message = MESSAGES.get(code, MESSAGES[500])
    return render_template("errors/error.html", code=code, title=title or default_title,
                           message=message or default_message), code


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(_error):
        return render_error(400, *CSRF_MESSAGE)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return render_error(error.code or 500)

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception):
        if app.testing and not app.config.get("SHOW_500_PAGE_IN_TESTS"):
            raise error  # a test should see the real failure
        log.exception("Unhandled error on %s %s", request.method, request.path)
        db.session.rollback()
        return render_error(500)
