"""Voortgangsrapportages of a verbeterplan."""
from flask import Blueprint

bp = Blueprint("voortgang", __name__, url_prefix="/verbeterplannen/<int:plan_id>/voortgang")
