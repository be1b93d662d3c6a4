"""Pages of the kernstukken of a visitatie."""
from flask import Blueprint

bp = Blueprint("kernstukken", __name__, url_prefix="/visitaties/<int:visitatie_id>/kernstukken")
