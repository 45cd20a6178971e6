"""Staff handling in the Wagtail admin: case list, case page, actions, audit trail."""

from io import BytesIO

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eservice_bridge import clock
from eservice_bridge.applications import uploads
from eservice_bridge.applications.models import Attachment
from eservice_bridge.applications.summary import summarise
from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.delivery import issue_decision, render_template, request_information
from eservice_bridge.cases.models import Case, CaseState, Decision, DecisionOutcome, InternalComment
from eservice_bridge.cases.workflow import TransitionRefused, can_move, move
from eservice_bridge.protection.masking import mask_pesel
from eservice_bridge.retention.assessment import assess, rule_for

from .access import case_scope, handles_cases, may_reveal_pesel, visible_cases
from .court_complaint import COMPLAINT_ACTIONS, complaint_applies, set_court_complaint
from .forms import AssignForm, CommentForm, DecisionForm, InformationRequestForm

SIMPLE_MOVES = {
    "zarejestruj": CaseState.REGISTERED,
    "rozpatruj": CaseState.IN_REVIEW,
    "zakoncz": CaseState.CLOSED,
}


def _require_staff(request: HttpRequest) -> None:
    if not handles_cases(request.user):
        raise PermissionDenied


def _case(request: HttpRequest, pk: int) -> Case:
    """A case in the user's scope; any other id is a 404 (guessing reveals nothing)."""
    _require_staff(request)
    return get_object_or_404(
        visible_cases(request.user).select_related("service", "applicant"), pk=pk
    )


def case_index(request: HttpRequest) -> HttpResponse:
    _require_staff(request)
    cases = visible_cases(request.user).select_related(
        "service", "applicant", "assigned_to", "unit_page"
    )
    state = request.GET.get("stan", "")
    if state in CaseState.values:
        cases = cases.filter(state=state)
    page = Paginator(cases, 50).get_page(request.GET.get("p"))
    record(request, "lista-spraw", detail=f"strona {page.number}, stan {state or 'wszystkie'}")
    rows = [
        {"case": c, "pesel": mask_pesel(c.applicant.pesel) if c.applicant.pesel else "—"}
        for c in page.object_list
    ]
    return render(
        request,
        "eservice_bridge/handling/index.html",
        {"rows": rows, "page": page, "states": CaseState.choices, "state": state},
    )


def _assignees(request: HttpRequest, case: Case) -> list[tuple[str, str]]:
    User = get_user_model()
    group_ids = request.user.groups.values_list("pk", flat=True)
    candidates = User.objects.filter(is_active=True).filter(groups__in=list(group_ids)).distinct()
    choices = [(str(request.user.pk), request.user.get_username())]
    for user in candidates.exclude(pk=request.user.pk).order_by("username")[:100]:
        scope = case_scope(user)
        if scope is not None and Case.objects.filter(scope, pk=case.pk).exists():
            choices.append((str(user.pk), user.get_username()))
    return choices


def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk)
    reveal = request.method == "POST" and "pokaz-pesel" in request.POST
    if request.method == "POST" and not reveal:
        raise Http404
    can_reveal = may_reveal_pesel(request.user)
    if reveal and not can_reveal:
        raise PermissionDenied
    record(request, "odkrycie-pesel" if reveal else "podglad-sprawy", case=case)
    decision = Decision.objects.filter(case=case).first()
    rule = rule_for(case)
    return render(
        request,
        "eservice_bridge/handling/case.html",
        {
            "case": case,
            "sections": summarise(case.service, case.answers, clock.today(), mask=not reveal),
            "applicant_pesel": (
                case.applicant.pesel if reveal else mask_pesel(case.applicant.pesel)
            )
            or "—",
            "attachments": case.attachments.all(),
            "comments": case.comments.select_related("author"),
            "info_requests": case.information_requests.all(),
            "decision": decision,
            "comment_form": CommentForm(),
            "info_form": InformationRequestForm(),
            "decision_form": DecisionForm(),
            "assign_form": AssignForm(
                initial={"assignee": case.assigned_to_id or ""}, choices=_assignees(request, case)
            ),
            "moves": {name: can_move(case, target) for name, target in SIMPLE_MOVES.items()},
            "can_request": can_move(case, CaseState.INFO_REQUESTED),
            "can_decide": can_move(case, CaseState.DECIDED) and decision is None,
            "grant_preview": render_template(case, DecisionOutcome.GRANT),
            "refuse_preview": render_template(case, DecisionOutcome.REFUSE),
            "audit": case.audit_entries.all()[:50],
            "can_reveal_pesel": can_reveal,
            "awaiting_payment": case.state == CaseState.AWAITING_PAYMENT,
            "retention_rule": rule,
            "retention": assess(case, rule, clock.today()),
            "complaint_applies": complaint_applies(case),
        },
    )


@require_POST
def case_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    case = _case(request, pk)
    try:
        if action == "zarejestruj" and case.state == CaseState.AWAITING_PAYMENT:
            raise TransitionRefused(
                _("Sprawa czeka na opłatę; zarejestrujesz ją po zaksięgowaniu wpłaty.")
            )
        if action in SIMPLE_MOVES:
            move(case, SIMPLE_MOVES[action], request, staff_user=request.user)
            messages.success(
                request,
                _("Sprawa %(n)s: %(s)s.") % {"n": case.number, "s": case.get_state_display()},
            )
        elif action in COMPLAINT_ACTIONS:
            pending = COMPLAINT_ACTIONS[action]
            set_court_complaint(case, pending, request)
            messages.success(
                request,
                _("Odnotowano skargę do sądu administracyjnego; dane nie zostaną usunięte.")
                if pending
                else _("Usunięto oznaczenie skargi do sądu administracyjnego."),
            )
        elif action == "komentarz":
            form = CommentForm(request.POST)
            if not form.is_valid():
                raise TransitionRefused(form.errors["body"][0])
            with transaction.atomic():
                InternalComment.objects.create(
                    case=case, author=request.user, body=form.cleaned_data["body"]
                )
                record(request, "komentarz-wewnetrzny", case=case)
            messages.success(request, _("Dodano komentarz."))
        elif action == "przydziel":
            form = AssignForm(request.POST, choices=_assignees(request, case))
            if not form.is_valid():
                raise TransitionRefused(_("Wybierz prowadzącego z listy."))
            assignee = form.cleaned_data["assignee"]
            with transaction.atomic():
                case.assigned_to_id = int(assignee) if assignee else None
                case.save(update_fields=["assigned_to", "updated_at"])
                record(
                    request, "przydzielenie", case=case, detail=f"prowadzący: {assignee or 'nikt'}"
                )
            messages.success(request, _("Zmieniono prowadzącego."))
        elif action == "wezwij":
            form = InformationRequestForm(request.POST)
            if not form.is_valid():
                raise TransitionRefused(form.errors["message"][0])
            request_information(case, form.cleaned_data["message"], request.user, request)
            messages.success(request, _("Wysłano wezwanie do uzupełnienia."))
        elif action == "rozstrzygnij":
            form = DecisionForm(request.POST)
            if not form.is_valid():
                raise TransitionRefused(
                    " ".join(str(e) for errs in form.errors.values() for e in errs)
                )
            issue_decision(
                case,
                form.cleaned_data["outcome"],
                form.cleaned_data["justification"],
                request.user,
                request,
                delivery_channel=form.cleaned_data["delivery_channel"],
            )
            messages.success(request, _("Rozstrzygnięcie doręczono do skrzynki wnioskodawcy."))
        else:
            raise Http404
    except TransitionRefused as exc:
        messages.error(request, str(exc))
    return redirect("eservices_admin:case", pk=case.pk)


def attachment_download(request: HttpRequest, pk: int, attachment_id) -> HttpResponse:
    case = _case(request, pk)
    attachment = get_object_or_404(Attachment, public_id=attachment_id, case=case)
    try:
        content = uploads.load(attachment.stored_name)
    except FileNotFoundError as exc:
        raise Http404 from exc
    record(request, "pobranie-zalacznika", case=case, detail=attachment.audit_label)
    return FileResponse(
        BytesIO(content),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )


def audit_index(request: HttpRequest) -> HttpResponse:
    """Read-only: there is no form, no edit and no delete for audit entries anywhere."""
    _require_staff(request)
    entries = AuditEntry.objects.select_related("case")
    if not request.user.is_superuser:
        entries = entries.filter(case__in=visible_cases(request.user))
    page = Paginator(entries, 100).get_page(request.GET.get("p"))
    return render(request, "eservice_bridge/handling/audit.html", {"page": page})
