"""The applicant's profile: contact data, reminders choice and household members (children)."""

import uuid

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from eservice_bridge import clock
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.models import Case
from eservice_bridge.identity.models import Applicant, AssuranceLevel
from eservice_bridge.identity.session import applicant_required, current_applicant

from .forms import MemberForm, ProfileForm
from .from_cases import child_in, children_not_in_household
from .models import ApplicantProfile, HouseholdMember


def _member(request: HttpRequest, member_id) -> HouseholdMember:
    """Only the signed-in applicant's own member; others get a 404 whatever id they try."""
    return get_object_or_404(
        HouseholdMember.objects.select_related("school"),
        public_id=member_id,
        applicant=current_applicant(request),
    )


def _email_editable(applicant: Applicant) -> bool:
    # An e-mail sign-in identifies the person by that address; only the login node leaves it open.
    return applicant.assurance != AssuranceLevel.EMAIL


@require_http_methods(["GET", "POST"])
@applicant_required
def profile(request: HttpRequest) -> HttpResponse:
    applicant = current_applicant(request)
    stored = ApplicantProfile.objects.filter(applicant=applicant).first()
    instance = stored or ApplicantProfile(applicant=applicant)
    editable = _email_editable(applicant)
    status = 200
    if request.method == "POST":
        form = ProfileForm(
            request.POST,
            instance=instance,
            email_editable=editable,
            initial={"email": applicant.email},
        )
        if form.is_valid():
            changed = list(form.changed_data)
            with transaction.atomic():
                saved = form.save(commit=False)
                if "reminders_opt_out" in changed:
                    saved.reminders_opt_out_at = clock.now() if saved.reminders_opt_out else None
                saved.save()
                if editable and "email" in changed:
                    applicant.email = form.cleaned_data["email"].lower()
                    applicant.save(update_fields=["email"])
                record(
                    request,
                    "zmiana-profilu",
                    applicant=applicant,
                    detail=_("zmienione pola: %(fields)s")
                    % {"fields": ", ".join(changed) or _("brak")},
                )
            messages.success(request, _("Zapisano dane profilu."))
            return redirect("eservices:profile")
        status = 400
    else:
        form = ProfileForm(
            instance=instance, email_editable=editable, initial={"email": applicant.email}
        )
        record(request, "podglad-profilu", applicant=applicant)
    return render(
        request,
        "eservice_bridge/household/profile.html",
        {
            "applicant": applicant,
            "form": form,
            "members": HouseholdMember.objects.filter(applicant=applicant).select_related("school"),
            "suggestions": children_not_in_household(applicant),
            "page_title": _("Mój profil"),
        },
        status=status,
    )


def _case_child_initial(request: HttpRequest, applicant: Applicant) -> dict:
    """Initial values from one of the applicant's own cases (?ze-sprawy=<case id>)."""
    try:
        case_id = uuid.UUID(request.GET.get("ze-sprawy", ""))
    except ValueError:
        return {}
    case = Case.objects.filter(public_id=case_id, applicant=applicant).first()
    child = child_in(case) if case is not None else None
    return child.initial() if child is not None else {}


@require_http_methods(["GET", "POST"])
@applicant_required
def member_add(request: HttpRequest) -> HttpResponse:
    applicant = current_applicant(request)
    today = clock.today()
    if request.method == "POST":
        form = MemberForm(request.POST, applicant=applicant, today=today)
        if form.is_valid():
            member = form.save()
            record(
                request,
                "dodanie-domownika",
                applicant=applicant,
                detail=_("domownik %(id)s") % {"id": member.public_id},
            )
            messages.success(
                request, _("Dodano do profilu: %(name)s.") % {"name": member.full_name}
            )
            return redirect("eservices:profile")
        status = 400
    else:
        form = MemberForm(
            applicant=applicant, today=today, initial=_case_child_initial(request, applicant)
        )
        status = 200
    return render(
        request,
        "eservice_bridge/household/member_form.html",
        {"form": form, "member": None, "page_title": _("Dodaj dziecko")},
        status=status,
    )


@require_http_methods(["GET", "POST"])
@applicant_required
def member_edit(request: HttpRequest, member_id) -> HttpResponse:
    member = _member(request, member_id)
    applicant = current_applicant(request)
    if request.method == "POST":
        form = MemberForm(request.POST, instance=member, applicant=applicant, today=clock.today())
        if form.is_valid():
            changed = list(form.changed_data)
            form.save()
            record(
                request,
                "zmiana-domownika",
                applicant=applicant,
                detail=_("domownik %(id)s, zmienione pola: %(fields)s")
                % {"id": member.public_id, "fields": ", ".join(changed) or _("brak")},
            )
            messages.success(request, _("Zapisano dane: %(name)s.") % {"name": member.full_name})
            return redirect("eservices:profile")
        status = 400
        # The heading keeps the stored name while the form shows what was typed.
        member.refresh_from_db()
    else:
        form = MemberForm(instance=member, applicant=applicant, today=clock.today())
        record(
            request,
            "podglad-domownika",
            applicant=applicant,
            detail=_("domownik %(id)s") % {"id": member.public_id},
        )
        status = 200
    return render(
        request,
        "eservice_bridge/household/member_form.html",
        {
            "form": form,
            "member": member,
            "page_title": _("Zmień dane: %(name)s") % {"name": member.full_name},
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@applicant_required
def member_remove(request: HttpRequest, member_id) -> HttpResponse:
    """GET asks for confirmation; the POST from that page removes the member."""
    member = _member(request, member_id)
    applicant = current_applicant(request)
    if request.method == "POST":
        name = member.full_name
        record(
            request,
            "usuniecie-domownika",
            applicant=applicant,
            detail=_("domownik %(id)s") % {"id": member.public_id},
        )
        member.delete()
        messages.success(request, _("Usunięto z profilu: %(name)s.") % {"name": name})
        return redirect("eservices:profile")
    return render(
        request,
        "eservice_bridge/household/member_remove.html",
        {
            "member": member,
            "page_title": _("Usuń z profilu: %(name)s") % {"name": member.full_name},
        },
    )
