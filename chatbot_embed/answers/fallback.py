"""The honest answer when nothing matches: who to ask instead."""

from wagtail.models import Page

from cms.home.models import ContactDetails


def unit_contact(root: Page | None) -> dict[str, str]:
    """Name, phone, e-mail and office hours from a site's (specific) home page."""
    if not isinstance(root, ContactDetails):
        return {}
    name = getattr(root, "official_name", "") or root.title
    return {
        "name": name,
        "phone": root.phone,
        "email": root.email,
        "office_hours": root.office_hours.strip(),
    }


def fallback_text(contact: dict[str, str]) -> str:
    parts = [
        "Nie znalazłem w opublikowanych treściach pewnej odpowiedzi na to pytanie.",
    ]
    details = []
    if contact.get("phone"):
        details.append(f"tel. {contact['phone']}")
    if contact.get("email"):
        details.append(f"e-mail {contact['email']}")
    if details:
        parts.append(
            f"Zapytaj bezpośrednio: {contact.get('name', 'sekretariat')}, {', '.join(details)}."
        )
    if contact.get("office_hours"):
        parts.append(f"Godziny pracy sekretariatu: {contact['office_hours']}.")
    return " ".join(parts)
