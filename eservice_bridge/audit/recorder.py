"""Writing audit entries: who (staff user or applicant), what, which case, from where."""

from django.http import HttpRequest

from cms.clients.address import UNKNOWN, client_address
from eservice_bridge.protection.masking import mask_pesels_in_text

from .models import AuditEntry


def record(
    request: HttpRequest | None,
    action: str,
    *,
    case=None,
    applicant=None,
    staff_user=None,
    detail: str = "",
) -> AuditEntry:
    """Append one entry; details are PESEL-masked and truncated."""
    user = getattr(request, "user", None) if request is not None else None
    if staff_user is None and applicant is None and user is not None and user.is_authenticated:
        staff_user = user
    if staff_user is not None:
        actor = f"pracownik: {staff_user.get_username()}"
    elif applicant is not None:
        actor = f"wnioskodawca: {applicant.public_id}"
    else:
        actor = "system"
    ip = client_address(request) if request is not None else None
    return AuditEntry.objects.create(
        staff_user=staff_user,
        applicant=applicant,
        actor=actor,
        action=action,
        case=case,
        detail=mask_pesels_in_text(detail)[:500],
        ip_address=ip if ip and ip != UNKNOWN else None,
    )
