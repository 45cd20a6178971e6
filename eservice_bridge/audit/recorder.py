"""Writing audit entries: who (staff user or applicant), what, which case, from where."""

from django.http import HttpRequest

from eservice_bridge.protection.masking import mask_pesels_in_text
from eservice_bridge.protection.ratelimit import client_ip

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
    ip = client_ip(request) if request is not None else None
    return AuditEntry.objects.create(
        staff_user=staff_user,
        applicant=applicant,
        actor=actor,
        action=action,
        case=case,
        detail=mask_pesels_in_text(detail)[:500],
        ip_address=ip if ip and ip != "unknown" else None,
    )
