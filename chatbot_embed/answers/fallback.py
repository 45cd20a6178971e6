"""The honest answer when nothing matches: who to ask instead."""

from wagtail.models import Site

from cms.home.models import ContactDetails


def unit_contact(site_id: int) -> dict[str, str]:
    site = Site.objects.filter(pk=site_id).select_related("root_page").first()
    root = site.root_page.specific if site else None
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
