"""E-services of the catalogue (``eservice_bridge``) as documents linking to /e-uslugi/<slug>/."""

from decimal import Decimal

from django.db import DatabaseError, transaction

from ..models import DocumentKind
from .drafts import DocumentDraft

_MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia"
)
MONTHS_GENITIVE = _MONTHS.split()


def service_path(slug: str) -> str:
    return f"/e-uslugi/{slug}/"


def _window_sentence(service) -> str:
    if service.window_start_month is None or service.window_end_month is None:
        return ""
    start = f"{service.window_start_day} {MONTHS_GENITIVE[service.window_start_month - 1]}"
    end = f"{service.window_end_day} {MONTHS_GENITIVE[service.window_end_month - 1]}"
    return f"Wnioski można składać od {start} do {end}."


def service_documents(service) -> list[DocumentDraft]:
    """One document for an active e-service (none when it does not take applications)."""
    if not service.is_active:
        return []
    texts = service.texts  # the catalogue's texts with this year's legal figures
    lines = [texts["description"]]
    window = _window_sentence(service)
    if window:
        lines.append(window)
    if service.window_description:
        lines.append(f"Termin składania: {texts['window_description']}.")
    if service.fee and service.fee > Decimal("0"):
        amount = f"{service.fee:.2f}".replace(".", ",")
        lines.append(f"Opłata: {amount} zł.")
    elif not service.fee_description:
        lines.append("Usługa jest bezpłatna.")
    if service.fee_description:
        lines.append(f"Opłata: {texts['fee_description']}.")
    attachments = [label for _code, label in _attachments(service)]
    if attachments:
        lines.append(f"Wymagane załączniki: {'; '.join(attachments)}.")
    if service.processing_time:
        lines.append(f"Termin załatwienia: {texts['processing_time']}.")
    lines.append(f"Wniosek złożysz online: e-usługa „{service.name}”.")
    return [
        DocumentDraft(
            key=f"service:{service.slug}",
            kind=DocumentKind.SERVICE,
            title=service.name,
            path=service_path(service.slug),
            text="\n".join(line.strip() for line in lines if line and line.strip()),
            service_slugs=[service.slug],
        )
    ]


def _attachments(service) -> list[tuple[str, str]]:
    try:
        return service.attachment_requirements()
    except ValueError:
        return []


def catalogue_services() -> list:
    """Every e-service of the catalogue ([] before its tables exist)."""
    from eservice_bridge.catalogue.models import Service

    try:
        with transaction.atomic():
            return list(Service.objects.all())
    except DatabaseError:  # the catalogue's tables are not migrated yet
        return []
