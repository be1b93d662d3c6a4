"""Generated documents: request, follow progress, download; failed jobs for the beheerder."""
from flask import Blueprint

bp = Blueprint("documenten", __name__, url_prefix="/documenten")
