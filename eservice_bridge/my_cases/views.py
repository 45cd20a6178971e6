"""The applicant's side of a case: dashboard, case page, UPO, inbox, decision, answers."""

from io import BytesIO

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cms.clients.ratelimits import exceeded
from eservice_bridge import clock
from eservice_bridge.applications import uploads
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.applications.summary import summarise
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.delivery import mark_opened
from eservice_bridge.cases.models import Case, CaseState, Decision, InformationRequest
from eservice_bridge.cases.timeline import timeline
from eservice_bridge.cases.upo import upo_pdf, upo_rows
from eservice_bridge.cases.workflow import TransitionRefused, can_move, move
from eservice_bridge.household.models import HouseholdMember
from eservice_bridge.identity.session import applicant_required, current_applicant
from eservice_bridge.protection.ratelimit import UPLOAD

from .inbox import inbox_items


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
            "unread_count": len(inbox_items(applicant, unread_only=True)),
            "children": HouseholdMember.objects.filter(applicant=applicant).count(),
            "page_title": _("Moje sprawy"),
        },
    )


@applicant_required
def inbox(request: HttpRequest) -> HttpResponse:
    # Each item is read on its own page: a decision's first opening is its delivery, and a
    # notice's page (eservice_bridge.notices) marks it read and audits that.
    return render(
        request,
        "eservice_bridge/cases/inbox.html",
        {"items": inbox_items(current_applicant(request)), "page_title": _("Skrzynka odbiorcza")},
    )


@applicant_required
def case_detail(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    applicant = current_applicant(request)
    record(request, "podglad-sprawy", case=case, applicant=applicant)
    now = clock.now()
    opened = InformationRequest.objects.filter(case=case, first_opened_at__isnull=True)
    opened.update(first_opened_at=now)
    info_requests = list(case.information_requests.all())
    attachments = list(case.attachments.all())
    return render(
        request,
        "eservice_bridge/cases/case.html",
        {
            "case": case,
            "sections": summarise(case.service, case.answers, clock.today(), mask=True),
            "attachments": [a for a in attachments if a.information_request_id is None],
            "correspondence": [
                (info, [a for a in attachments if a.information_request_id == info.pk])
                for info in info_requests
            ],
            "open_request": next((i for i in info_requests if i.answered_at is None), None),
            "decision": Decision.objects.filter(case=case).first(),
            "timeline": timeline(case),
            "can_withdraw": can_move(case, CaseState.WITHDRAWN),
            "page_title": _("Sprawa %(number)s") % {"number": case.number},
        },
    )


@applicant_required
def upo_html(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    record(request, "podglad-upo", case=case, applicant=case.applicant)
    return render(
        request,
        "eservice_bridge/cases/upo.html",
        {
            "case": case,
            "rows": upo_rows(case),
            "page_title": _("UPO %(number)s") % {"number": case.number},
        },
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
            "page_title": _("Rozstrzygnięcie w sprawie %(number)s") % {"number": case.number},
        },
    )


@require_POST
@applicant_required
def answer_request(request: HttpRequest, case_id) -> HttpResponse:
    case = _case(request, case_id)
    info = case.open_information_request
    if info is None or case.state != CaseState.INFO_REQUESTED:
        messages.error(request, _("W tej sprawie nie ma otwartego wezwania do uzupełnienia."))
        return redirect("eservices:case", case_id=case.public_id)
    answer = request.POST.get("answer", "").strip()[:5000]
    upload = request.FILES.get("file")
    if not answer and upload is None:
        messages.error(request, _("Wpisz odpowiedź lub dodaj plik."))
        return redirect("eservices:case", case_id=case.public_id)
    stored = None
    if upload is not None:
        if exceeded(request, UPLOAD, f"applicant:{case.applicant_id}"):
            messages.error(request, _("Zbyt wiele plików w krótkim czasie. Odczekaj kilka minut."))
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
    messages.success(request, _("Wysłano uzupełnienie wniosku."))
    return redirect("eservices:case", case_id=case.public_id)


@require_http_methods(["GET", "POST"])
@applicant_required
def withdraw(request: HttpRequest, case_id) -> HttpResponse:
    """GET asks for confirmation (a page of its own, no script needed); POST withdraws."""
    case = _case(request, case_id)
    if request.method == "GET":
        if not can_move(case, CaseState.WITHDRAWN):
            messages.error(request, _("Tego wniosku nie można już wycofać."))
            return redirect("eservices:case", case_id=case.public_id)
        return render(
            request,
            "eservice_bridge/cases/withdraw.html",
            {
                "case": case,
                "page_title": _("Wycofać wniosek %(number)s?") % {"number": case.number},
            },
        )
    try:
        move(case, CaseState.WITHDRAWN, request, applicant=case.applicant)
    except TransitionRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Wniosek został wycofany."))
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
        detail=attachment.audit_label,
    )
    return FileResponse(
        BytesIO(content),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
