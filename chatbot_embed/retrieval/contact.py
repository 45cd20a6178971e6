"""Who answers a site's questions when the content does not: its home page's contact data."""

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
