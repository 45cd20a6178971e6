"""Applying: service page, drafts, form steps, attachments, check answers, submission."""

import uuid

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cms.clients.ratelimits import exceeded
from eservice_bridge import clock
from eservice_bridge.applications import rules, uploads
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.applications.summary import summarise
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.submission import SubmissionRefused, submit_own
from eservice_bridge.catalogue.models import Service
from eservice_bridge.household import prefill
from eservice_bridge.identity.session import applicant_required, current_applicant
from eservice_bridge.protection.ratelimit import SUBMISSION, UPLOAD

ATTACHMENTS_STEP = "zalaczniki"
CHECK_STEP = "sprawdz"


def _service(slug: str) -> Service:
    return get_object_or_404(Service, slug=slug)


def _draft(request: HttpRequest, draft_id) -> Draft:
    """Only the signed-in applicant's own draft; anyone else gets a 404 (no hint it exists)."""
    applicant = current_applicant(request)
    return get_object_or_404(
        Draft.objects.select_related("service"), public_id=draft_id, applicant=applicant
    )


def _step_slugs(draft: Draft) -> list[str]:
    return [s.slug for s in rules.definition_for(draft.service).steps] + [
        ATTACHMENTS_STEP,
        CHECK_STEP,
    ]


def _step_url(draft: Draft, slug: str) -> str:
    if slug == ATTACHMENTS_STEP:
        return reverse("eservices:draft-attachments", args=[draft.public_id])
    if slug == CHECK_STEP:
        return reverse("eservices:draft-check", args=[draft.public_id])
    return reverse("eservices:draft-step", args=[draft.public_id, slug])


def _progress(draft: Draft, current: str) -> dict:
    slugs = _step_slugs(draft)
    titles = {s.slug: s.title for s in rules.definition_for(draft.service).steps}
    titles[ATTACHMENTS_STEP] = _("Załączniki")
    titles[CHECK_STEP] = _("Sprawdź i wyślij")
    return {
        "number": slugs.index(current) + 1,
        "total": len(slugs),
        "title": titles[current],
        "previous": _step_url(draft, slugs[slugs.index(current) - 1])
        if slugs.index(current)
        else "",
    }


def service_page(request: HttpRequest, slug: str) -> HttpResponse:
    service = _service(slug)
    return render(
        request,
        "eservice_bridge/applications/service.html",
        {
            "service": service,
            "window_problem": rules.window_problem(service, {}, clock.today()),
            "attachments": service.attachment_requirements(),
            "applicant": current_applicant(request),
            "page_title": service.name,
        },
    )


@require_http_methods(["GET", "POST"])
@applicant_required
def start(request: HttpRequest, slug: str) -> HttpResponse:
    """Create a draft with the profile's data; first ask which child it is for, if any.

    GET (or a POST from the service page) with household members this service can be about
    shows "Dla kogo składasz wniosek?"; its POST (``dla`` = member id or ``inna``) creates the
    draft. Without members a POST creates the draft at once, as before.
    """
    service = _service(slug)
    today = clock.today()
    problem = rules.window_problem(service, {}, today)
    if problem:
        return render(
            request,
            "eservice_bridge/error.html",
            {
                "message": problem,
                "page_title": service.name,
                "back": reverse("eservices:service", args=[slug]),
            },
            status=400,
        )
    applicant = current_applicant(request)
    members = prefill.members_for(service, applicant, today)
    chosen = request.POST.get("dla", "") if request.method == "POST" else ""
    member = next((m for m in members if str(m.public_id) == chosen), None)
    if members and member is None and chosen != "inna":
        asked = request.POST.get("pytanie") == "dla-kogo"
        if request.method == "POST" and not asked:
            # The service page's button: ask first, on a page of its own (GET).
            return redirect("eservices:start", slug=service.slug)
        error = ""
        if asked:
            error = (
                _("Wybierz dziecko z listy albo „inna osoba”.")
                if chosen
                else _("Wybierz, dla kogo składasz wniosek.")
            )
        return render(
            request,
            "eservice_bridge/household/choose_member.html",
            {
                "service": service,
                "members": members,
                "chosen": chosen,
                "error": error,
                "page_title": _("Dla kogo składasz wniosek? – %(service)s")
                % {"service": service.name},
            },
            status=400 if error else 200,
        )
    if request.method != "POST":
        return redirect("eservices:service", slug=service.slug)
    first = rules.definition_for(service).steps[0]
    # Prefills are a suggestion: the step is not complete until the applicant confirms it.
    draft = Draft.objects.create(
        applicant=applicant,
        service=service,
        answers={"_prefill": prefill.initial_answers(service, applicant, member)},
    )
    record(
        request,
        "utworzenie-wersji-roboczej",
        applicant=applicant,
        detail=service.slug + (f", domownik {member.public_id}" if member else ""),
    )
    return redirect(_step_url(draft, first.slug))


@require_http_methods(["GET", "POST"])
@applicant_required
def step(request: HttpRequest, draft_id, step_slug: str) -> HttpResponse:
    draft = _draft(request, draft_id)
    if draft.is_submitted:
        return redirect("eservices:case", case_id=draft.case.public_id)
    definition = rules.definition_for(draft.service)
    current = definition.step(step_slug)
    if current is None:
        raise Http404
    today = clock.today()
    answers = draft.answers
    if request.method == "POST":
        form = rules.bind_step(draft.service, step_slug, answers, today, data=request.POST)
        saving_only = "zapisz" in request.POST
        if form.is_valid() or saving_only:
            values = form.stored_values() if form.is_valid() else _raw_values(form, request)
            with transaction.atomic():
                locked = Draft.objects.select_for_update().get(pk=draft.pk)
                if locked.is_submitted:
                    return redirect("eservices:case", case_id=locked.case.public_id)
                new_answers = dict(locked.answers)
                new_answers[step_slug] = values
                locked.answers = new_answers
                done = set(locked.completed_steps)
                (done.add if form.is_valid() else done.discard)(step_slug)
                locked.completed_steps = sorted(done)
                locked.save(update_fields=["answers", "completed_steps", "updated_at"])
            if saving_only:
                messages.success(
                    request, _("Zapisano wersję roboczą. Możesz wrócić do niej w „Moje sprawy”.")
                )
                return redirect("eservices:dashboard")
            slugs = _step_slugs(draft)
            return redirect(_step_url(draft, slugs[slugs.index(step_slug) + 1]))
        status = 400
    else:
        stored = answers.get(step_slug)
        if stored is not None:
            form = rules.bind_step(draft.service, step_slug, answers, today, data=stored)
        else:
            initial = answers.get("_prefill", {}).get(step_slug, {})
            form = current.form_class(
                initial=initial, service=draft.service, today=today, answers=answers
            )
        status = 200
    return render(
        request,
        "eservice_bridge/applications/step.html",
        {
            "draft": draft,
            "service": draft.service,
            "form": form,
            "progress": _progress(draft, step_slug),
            "page_title": _("%(step)s – %(service)s")
            % {"step": current.title, "service": draft.service.name},
        },
        status=status,
    )


def _raw_values(form, request: HttpRequest) -> dict:
    return {name: str(request.POST.get(name, ""))[:10000] for name in form.fields}


@require_http_methods(["GET", "POST"])
@applicant_required
def attachments(request: HttpRequest, draft_id) -> HttpResponse:
    draft = _draft(request, draft_id)
    if draft.is_submitted:
        return redirect("eservices:case", case_id=draft.case.public_id)
    required = rules.required_attachments(draft.service, draft.answers)
    kinds = [*required, ("inne", _("Inny dokument (nieobowiązkowo)"))]
    error = ""
    status = 200
    if request.method == "POST":
        if "usun" in request.POST:
            target = draft.attachments.filter(public_id=_uuid_or_none(request.POST["usun"])).first()
            if target is None:
                raise Http404
            uploads.discard(target.stored_name)
            target.delete()
            record(
                request,
                "usuniecie-zalacznika",
                applicant=draft.applicant,
                detail=target.audit_label,
            )
            messages.success(request, _("Usunięto załącznik."))
            return redirect(_step_url(draft, ATTACHMENTS_STEP))
        if "dalej" in request.POST:
            return redirect(_step_url(draft, CHECK_STEP))
        kind = request.POST.get("kind", "")
        if kind not in {code for code, _label in kinds}:
            error = _("Wybierz rodzaj załącznika z listy.")
        elif exceeded(request, UPLOAD, f"applicant:{draft.applicant_id}"):
            error = _("Zbyt wiele plików w krótkim czasie. Odczekaj kilka minut.")
        elif draft.attachments.count() >= uploads.MAX_FILES_PER_DRAFT:
            error = _("Do wniosku można dodać najwyżej %(count)s plików.") % {
                "count": uploads.MAX_FILES_PER_DRAFT
            }
        else:
            try:
                content, content_type, name, digest = uploads.read_upload(request.FILES.get("file"))
            except uploads.UploadRejected as exc:
                error = str(exc)
            else:
                stored = uploads.store(content)
                added = Attachment.objects.create(
                    applicant=draft.applicant,
                    draft=draft,
                    kind=kind,
                    original_name=name,
                    stored_name=stored,
                    content_type=content_type,
                    size=len(content),
                    sha256=digest,
                )
                record(
                    request,
                    "dodanie-zalacznika",
                    applicant=draft.applicant,
                    detail=added.audit_label,
                )
                messages.success(request, _("Dodano plik %(name)s.") % {"name": name})
                return redirect(_step_url(draft, ATTACHMENTS_STEP))
        status = 400
    uploaded = list(draft.attachments.all())
    have = {a.kind for a in uploaded}
    return render(
        request,
        "eservice_bridge/applications/attachments.html",
        {
            "draft": draft,
            "service": draft.service,
            "required": [(code, label, code in have) for code, label in required],
            "kinds": kinds,
            "uploaded": uploaded,
            "labels": dict(kinds),
            "error": error,
            "selected_kind": request.POST.get("kind", ""),
            "progress": _progress(draft, ATTACHMENTS_STEP),
            "max_mb": uploads.MAX_FILE_BYTES // (1024 * 1024),
            "page_title": _("Załączniki – %(service)s") % {"service": draft.service.name},
        },
        status=status,
    )


def _uuid_or_none(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


@applicant_required
def check(request: HttpRequest, draft_id, problems=None, status: int = 200) -> HttpResponse:
    draft = _draft(request, draft_id)
    if draft.is_submitted:
        return redirect("eservices:case", case_id=draft.case.public_id)
    today = clock.today()
    uploaded = list(draft.attachments.all())
    if problems is None:
        problems = rules.problems(draft.service, draft.answers, {a.kind for a in uploaded}, today)
    definition = rules.definition_for(draft.service)
    return render(
        request,
        "eservice_bridge/applications/check.html",
        {
            "draft": draft,
            "service": draft.service,
            "sections": summarise(draft.service, draft.answers, today, mask=False),
            "facts": definition.facts(draft.answers),
            "uploaded": uploaded,
            "problems": [(p, _step_url(draft, p.step) if p.step else "") for p in problems],
            "progress": _progress(draft, CHECK_STEP),
            "step_urls": {s.slug: _step_url(draft, s.slug) for s in definition.steps},
            "attachments_url": _step_url(draft, ATTACHMENTS_STEP),
            "page_title": _("Sprawdź wniosek – %(service)s") % {"service": draft.service.name},
        },
        status=status,
    )


@require_POST
@applicant_required
def submit_view(request: HttpRequest, draft_id) -> HttpResponse:
    # The recruitment morning's hot path: the draft is read once, locked, by submit_own.
    applicant = current_applicant(request)
    if exceeded(request, SUBMISSION, f"applicant:{applicant.pk}"):
        return render(
            request,
            "eservice_bridge/error.html",
            {
                "message": _("Zbyt wiele prób wysłania. Odczekaj kilka minut."),
                "page_title": _("Nie udało się"),
            },
            status=429,
        )
    try:
        case, created = submit_own(
            draft_id, applicant, request.POST.get("submission_token", ""), request
        )
    except Draft.DoesNotExist as exc:
        raise Http404 from exc
    except SubmissionRefused as exc:
        return check(request, draft_id, problems=exc.problems, status=400)
    # A double click or a replayed POST lands on the case that already exists.
    if created:
        messages.success(
            request,
            _("Wniosek został złożony. Numer sprawy: %(number)s.") % {"number": case.number},
        )
    return redirect("eservices:case", case_id=case.public_id)


@require_POST
@applicant_required
def discard_draft(request: HttpRequest, draft_id) -> HttpResponse:
    draft = _draft(request, draft_id)
    if draft.is_submitted:
        return redirect("eservices:case", case_id=draft.case.public_id)
    for attachment in draft.attachments.all():
        uploads.discard(attachment.stored_name)
    record(
        request, "usuniecie-wersji-roboczej", applicant=draft.applicant, detail=draft.service.slug
    )
    draft.delete()
    messages.success(request, _("Usunięto wersję roboczą."))
    return redirect("eservices:dashboard")
