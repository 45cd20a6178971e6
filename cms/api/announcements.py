"""Which department announcements a site shows right now, most urgent first."""

from typing import Any

from cms.announcements.models import PRIORITY_ORDER, Announcement
from cms.home.models import DepartmentHomePage, SchoolHomePage

from .content import SiteContent
from .richtext import References, collect_rich_text_references


def active_announcements(content: SiteContent) -> list[dict[str, Any]]:
    """Live announcements in their active window whose audience includes the site's unit.

    The department's site shows every active announcement.
    """
    state = content.state
    home_class = content.root.specific_class
    if home_class is DepartmentHomePage:
        unit_type, home_id = None, None
    elif home_class is SchoolHomePage:
        home = content.home() or state.specific([content.root])[0]
        unit_type, home_id = home.unit_type, home.pk
    else:
        unit_type, home_id = "", content.root.pk
    announcements = [
        announcement
        for announcement in Announcement.objects.active(at=state.now).prefetch_related("units")
        if announcement.targets_unit(unit_type, home_id)
    ]
    announcements.sort(key=lambda a: (-a.active_from.timestamp(), -a.pk))
    announcements.sort(key=lambda a: PRIORITY_ORDER.get(a.priority, len(PRIORITY_ORDER)))
    refs = References()
    for announcement in announcements:
        collect_rich_text_references(announcement.body, refs)
    state.want(refs)
    return [
        {
            "id": announcement.pk,
            "title": announcement.title,
            "body": content.rich_text(announcement.body),
            "priority": announcement.priority,
            "priority_label": str(announcement.get_priority_display()),
            "active_from": announcement.active_from,
            "active_to": announcement.active_to,
        }
        for announcement in announcements
    ]
