"""Authorization expectations for the analysis pages (visitatie/analyse/views.py).

The dienst-level analysis is for ODNL (beheerder, bestuur) and the Rode draden auteurs of
the ronde; the klankbordgroep reads the synthesis, not the matrix. All routes are GET-only.
"""
ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur", "directeur_elders")
ANALYSTS = ("beheerder", "bestuur", "auteur")


def _only(*allowed) -> dict:
    """Expectation: `allowed` roles get 200, the other roles 403, anonymous to login (302)."""
    return {"anoniem": 302, **{role: 200 if role in allowed else 403 for role in ROLES}}


EXPECTED = {
    "analyse.index": _only(*ANALYSTS),
    "analyse.matrix": _only(*ANALYSTS),
    "analyse.thema": _only(*ANALYSTS),
    "analyse.export_xlsx": _only(*ANALYSTS),
    "analyse.export_csv": _only(*ANALYSTS),
}

POST_FORBIDDEN = {}
