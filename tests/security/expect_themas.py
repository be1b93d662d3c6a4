"""Authorization expectations of the codebook (beheerder only) and of recoding findings.

The codebook is the beheerder's. The list of a ronde's findings with their codes is for the
Rode draden authors of that ronde, the beheerder and (read-only) the bestuur; committee
members see the code history of their own visitatie's findings only.
"""
ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur", "directeur_elders")
COMMITTEE = ("voorzitter", "commissielid", "secretaris")
RECODERS = ("beheerder", "auteur")
READERS = (*RECODERS, "bestuur")


def _only(*allowed, status=200) -> dict:
    """`allowed` roles get `status`, the other roles 403, anonymous is sent to log in."""
    return {"anoniem": 302, **{role: status if role in allowed else 403 for role in ROLES}}


def _except(*allowed) -> tuple:
    return tuple(role for role in ROLES if role not in allowed)


POST_ONLY = {"anoniem": 405, **dict.fromkeys(ROLES, 405)}

EXPECTED = {
    "codeboek.index": _only("beheerder"),
    "codeboek.create": POST_ONLY,
    "codeboek.show": _only("beheerder"),
    "codeboek.add_thema": _only("beheerder"),
    "codeboek.history": _only("beheerder"),
    "codeboek.show_thema": _only("beheerder"),
    "codeboek.move": POST_ONLY,
    "codeboek.merge": _only("beheerder"),   # without a chosen theme: the choice form
    "codering.index": _only(*READERS),
    "codering.recode": _only(*RECODERS),
    "codering.history": _only(*READERS, *COMMITTEE),
}

POST_FORBIDDEN = {
    "codeboek.create": _except("beheerder"),
    "codeboek.add_thema": _except("beheerder"),
    "codeboek.show_thema": _except("beheerder"),
    "codeboek.move": _except("beheerder"),
    "codeboek.merge": _except("beheerder"),
    "codering.recode": _except(*RECODERS),
}
