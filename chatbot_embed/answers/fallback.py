"""The honest answer when nothing matches: who to ask instead."""

from django.utils.translation import gettext as _


def fallback_text(contact: dict[str, str]) -> str:
    parts = [
        _("Nie znalazłem w opublikowanych treściach pewnej odpowiedzi na to pytanie."),
    ]
    details = []
    if contact.get("phone"):
        details.append(_("tel. %(phone)s") % {"phone": contact["phone"]})
    if contact.get("email"):
        details.append(_("e-mail %(email)s") % {"email": contact["email"]})
    if details:
        parts.append(
            _("Zapytaj bezpośrednio: %(name)s, %(details)s.")
            % {"name": contact.get("name", _("sekretariat")), "details": ", ".join(details)}
        )
    if contact.get("office_hours"):
        parts.append(
            _("Godziny pracy sekretariatu: %(hours)s.") % {"hours": contact["office_hours"]}
        )
    return " ".join(parts)
