"""Authorization expectations for the audit trail viewer (tests/security)."""
ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur", "directeur_elders")


def _only_beheerder() -> dict:
    return {"anoniem": 302, **{role: 200 if role == "beheerder" else 403 for role in ROLES}}


EXPECTED = {"audit.index": _only_beheerder()}  # read-only: the viewer has no POST routes
POST_FORBIDDEN = {}
