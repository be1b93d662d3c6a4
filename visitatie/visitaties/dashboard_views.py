"""The secretaris dashboard: all visitaties of a ronde with their deadlines."""
from flask import Blueprint

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")
