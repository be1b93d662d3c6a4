"""Authorization expectations for the theme suggestions (visitatie/themas/suggestie_views.py).

The world's visitatie is `vastgesteld`: its bevindingen are fixed, so its secretaris gets 409
on the per-visitatie page (right role, closed phase) and may no longer decide on suggestions.
The ronde's list is for the beheerder and the ronde's Rode draden authors.
"""
ANON = "anoniem"
ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur", "directeur_elders")


def _only(*allowed, status=200, others=403, anon=302) -> dict:
    return {ANON: anon, **{role: status if role in allowed else others for role in ROLES}}


POST_ONLY = _only(*ROLES, status=405, anon=405)

EXPECTED = {
    "suggesties.ronde": _only("beheerder", "auteur"),
    "suggesties.visitatie": _only("secretaris", status=409),
    "suggesties.confirm": POST_ONLY,
    "suggesties.reject": POST_ONLY,
}

NOT_DECIDING = tuple(role for role in ROLES if role not in ("beheerder", "auteur"))
POST_FORBIDDEN = {
    "suggesties.confirm": NOT_DECIDING,
    "suggesties.reject": NOT_DECIDING,
}
