"""Which sites show an announcement: the static build pipeline's audience resolver.

Named in ``settings.STATIC_BUILDS_AUDIENCE_RESOLVER`` so that ``static_builds`` never imports
the CMS.
"""

from __future__ import annotations

from wagtail.models import Site

from cms.home.models import SchoolHomePage

from .models import Announcement


def hostnames_for(announcement: Announcement) -> set[str]:
    """Hostnames of every site whose unit is in the announcement's audience.

    The department's site (a root page that is not a unit's home) always shows announcements.
    """
    sites = list(Site.objects.values_list("hostname", "root_page_id"))
    unit_types = dict(
        SchoolHomePage.objects.filter(pk__in=[root for _, root in sites]).values_list(
            "pk", "unit_type"
        )
    )
    return {
        hostname
        for hostname, root_id in sites
        if announcement.targets_unit(unit_types.get(root_id), root_id)
    }
