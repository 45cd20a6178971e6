"""schema.org JSON-LD for the unit (or the department) and for events."""

from __future__ import annotations

from typing import Any

from .site_model import Page, SiteModel, pick


def organization(model: SiteModel) -> dict[str, Any]:
    """EducationalOrganization for a unit, GovernmentOrganization for the department."""
    unit = model.unit
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization" if model.is_department else "EducationalOrganization",
        "@id": model.absolute("/#organizacja"),
        "name": pick(unit, "officialName", "title") or model.name,
        "url": model.base_url,
    }
    if pick(unit, "shortName"):
        data["alternateName"] = unit["shortName"]
    description = pick(unit, "intro") or model.home.description
    if description:
        data["description"] = description
    address = {
        key: value
        for key, value in (
            ("streetAddress", pick(unit, "address")),
            ("postalCode", pick(unit, "postalCode")),
            ("addressLocality", pick(unit, "city")),
        )
        if value
    }
    if address:
        data["address"] = {"@type": "PostalAddress", "addressCountry": "PL", **address}
    for key, field in (("telephone", "phone"), ("email", "email")):
        if pick(unit, field):
            data[key] = unit[field]
    lat, lon = pick(unit, "latitude"), pick(unit, "longitude")
    if lat is not None and lon is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}
    if model.logo:
        data["logo"] = model.absolute(model.logo["url"])
    if pick(unit, "rspoNumber"):
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "RSPO",
            "value": unit["rspoNumber"],
        }
    same_as = [link["url"] for link in model.social_links]
    if same_as:
        data["sameAs"] = same_as
    return data


def event(model: SiteModel, page: Page) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": model.absolute(page.path),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "organizer": {"@id": model.absolute("/#organizacja"), "name": model.name},
    }
    if page.start:
        data["startDate"] = page.start.isoformat()
    if page.end:
        data["endDate"] = page.end.isoformat()
    if page.description:
        data["description"] = page.description
    place = pick(page.raw, "place")
    location: dict[str, Any] = {"@type": "Place", "name": place or model.name}
    if pick(model.unit, "address"):
        location["address"] = ", ".join(
            v
            for v in (
                pick(model.unit, "address"),
                pick(model.unit, "postalCode"),
                pick(model.unit, "city"),
            )
            if v
        )
    data["location"] = location
    return data
