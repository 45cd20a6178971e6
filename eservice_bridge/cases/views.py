"""The applicant's side of a case: dashboard, case page, UPO, inbox, decision, answers."""

from io import BytesIO

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from eservice_bridge import clock
from eservice_bridge.applications import uploads
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.applications.summary import summarise
from eservice_bridge.audit.recorder import record
from eservice_bridge.identity.session import applicant_required, current_applicant
from eservice_bridge.protection.ratelimit import UPLOAD, hit

from .delivery import mark_opened
from .models import Case, CaseState, Decision, InformationRequest
from .upo import upo_pdf, upo_rows
from .workflow import TransitionRefused, move


def _case(request: HttpRequest, case_id) -> Case:
    """Only the signed-in applicant's own case; others get a 404 whatever id they try."""
    return get_object_or_404(
        Case.objects.select_related("service", "applicant"),
        public_id=case_id,
        applicant=current_applicant(request),
    )


@applicant_required
def dashboard(request: HttpRequest) -> HttpResponse:
    applicant = current_applicant(request)
    return render(
        request,
        "eservice_bridge/cases/dashboard.html",
        {
            "applicant": applicant,
            "drafts": Draft.objects.filter(
                applicant=applicant, submitted_at__isnull=True
            ).select_related("service"),
            "cases": Case.objects.filter(applicant=applicant).select_related("service"),
            "unread": _inbox_items(applicant, unread_only=True),
            "page_title": "Moje sprawy",
        },
    )


def _inbox_items(applicant, unread_only: bool = False) -> list[dict]:
    items = []
    for decision in Decision.objects.filter(case__applicant=applicant).select_related(
        "case", "case__service"
    ):
        if unread_only and decision.first_opened_at:
            continue
        items.append(
            {
                "kind": "Rozstrzygnięcie",
                "case": decision.case,
                "at": decision.issued_at,
                "opened": decision.first_opened_at,
                "decision": decision,
            }
        )
    for info in InformationRequest.objects.filter(case__applicant=applicant).select_related(
        "case", "case__service"
    ):
        if unread_only and info.first_opened_at:
            continue
        items.append(
            {
                "kind": "Wezwanie do uzupełnienia",
                "case": info.case,
                "at": info.requested_at,
                "opened": info.first_opened_at,
                "info": info,
            }
        )
    return sorted(items, key=lambda i: i["at"], reverse=True)


@applicant_required
def inbox(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "eservice_bridge/cases/inbox.html",
        {"items": _inbox_items(current_applicant(request)), "page_title": "Skrzynka odbiorcza"},
    )


@applicant_required
def case_detail(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    applicant = current_applicant(request)
    record(request, "podglad-sprawy", case=case, applicant=applicant)
    now = clock.now()
    opened = InformationRequest.objects.filter(case=case, first_opened_at__isnull=True)
    opened.update(first_opened_at=now)
    return render(
        request,
        "eservice_bridge/cases/case.html",
        {
            "case": case,
            "sections": summarise(case.service, case.answers, clock.today(), mask=True),
            "attachments": case.attachments.all(),
            "info_requests": case.information_requests.all(),
            "open_request": case.open_information_request,
            "decision": Decision.objects.filter(case=case).first(),
            "can_withdraw": case.state
            in {
                CaseState.SUBMITTED,
                CaseState.REGISTERED,
                CaseState.IN_REVIEW,
                CaseState.INFO_REQUESTED,
            },
            "page_title": f"Sprawa {case.number}",
        },
    )


@applicant_required
def upo_html(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    record(request, "podglad-upo", case=case, applicant=case.applicant)
    return render(
        request,
        "eservice_bridge/cases/upo.html",
        {"case": case, "rows": upo_rows(case), "page_title": f"UPO {case.number}"},
    )


@applicant_required
def upo_pdf_view(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    record(request, "pobranie-upo", case=case, applicant=case.applicant)
    response = HttpResponse(upo_pdf(case), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="UPO-{case.number}.pdf"'
    return response


@applicant_required
def decision_view(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    decision = get_object_or_404(Decision, case=case)
    mark_opened(decision, request, current_applicant(request))
    return render(
        request,
        "eservice_bridge/cases/decision.html",
        {
            "case": case,
            "decision": decision,
            "page_title": f"Rozstrzygnięcie w sprawie {case.number}",
        },
    )


@require_POST
@applicant_required
def answer_request(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    info = case.open_information_request
    if info is None or case.state != CaseState.INFO_REQUESTED:
        messages.error(request, "W tej sprawie nie ma otwartego wezwania do uzupełnienia.")
        return redirect("eservices:case", case_id=case.public_id)
    answer = request.POST.get("answer", "").strip()[:5000]
    upload = request.FILES.get("file")
    if not answer and upload is None:
        messages.error(request, "Wpisz odpowiedź lub dodaj plik.")
        return redirect("eservices:case", case_id=case.public_id)
    stored = None
    if upload is not None:
        if not hit(UPLOAD, f"applicant:{case.applicant_id}"):
            messages.error(request, "Zbyt wiele plików w krótkim czasie. Odczekaj kilka minut.")
            return redirect("eservices:case", case_id=case.public_id)
        try:
            content, content_type, name, digest = uploads.read_upload(upload)
        except uploads.UploadRejected as exc:
            messages.error(request, str(exc))
            return redirect("eservices:case", case_id=case.public_id)
        stored = (uploads.store(content), content_type, name, digest, len(content))
    with transaction.atomic():
        info.answer = answer
        info.answered_at = clock.now()
        info.save(update_fields=["answer", "answered_at"])
        if stored:
            Attachment.objects.create(
                applicant=case.applicant,
                case=case,
                information_request=info,
                kind="uzupelnienie",
                stored_name=stored[0],
                content_type=stored[1],
                original_name=stored[2],
                sha256=stored[3],
                size=stored[4],
            )
        move(case, CaseState.IN_REVIEW, request, applicant=case.applicant)
    messages.success(request, "Wysłano uzupełnienie wniosku.")
    return redirect("eservices:case", case_id=case.public_id)


@require_POST
@applicant_required
def withdraw(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    try:
        move(case, CaseState.WITHDRAWN, request, applicant=case.applicant)
    except TransitionRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Wniosek został wycofany.")
    return redirect("eservices:case", case_id=case.public_id)


@applicant_required
def attachment_download(request: HttpRequest, attachment_id) -> HttpResponse:
    attachment = get_object_or_404(
        Attachment, public_id=attachment_id, applicant=current_applicant(request)
    )
    try:
        content = uploads.load(attachment.stored_name)
    except FileNotFoundError as exc:
        raise Http404 from exc
    record(
        request,
        "pobranie-zalacznika",
        case=attachment.case,
        applicant=attachment.applicant,
        detail=attachment.original_name,
    )
    return FileResponse(
        BytesIO(content),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
