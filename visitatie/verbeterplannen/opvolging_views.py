"""The next ronde's committee judges the earlier aanbevelingen of the dienst."""
from flask import Blueprint

bp = Blueprint("opvolging", __name__, url_prefix="/visitaties/<int:visitatie_id>/opvolging")
