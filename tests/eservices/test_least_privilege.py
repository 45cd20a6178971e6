"""Least privilege: the unit's secretariat handles its cases, website editors never do."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from cms.home.unit_types import UnitType
from cms.units.provisioning import provision_unit
from eservice_bridge.identity.models import Applicant

pytestmark = pytest.mark.django_db

CASE_LIST = "/admin/e-uslugi/sprawy/"


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_provisioning_creates_a_secretariat_that_handles_cases(units):
    sp1 = units["sp1"]
    assert sp1.case_handlers_group.name == "SP 1 — sekretariat"
    granted = set(sp1.case_handlers_group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "handle_case", "reveal_pesel"} <= granted
    # The secretariat gets no page or media rights; the editors no case rights.
    assert not GroupPagePermission.objects.filter(group=sp1.case_handlers_group).exists()
    assert not GroupCollectionPermission.objects.filter(group=sp1.case_handlers_group).exists()
    editors = set(sp1.editors_group.permissions.values_list("codename", flat=True))
    assert not editors & {"handle_case", "reveal_pesel"}


def test_handle_case_permission_identifies_case_handlers(staff):
    handlers = ("sp1", "sp2", "sp1_moderator", "department", "cuw")
    for name in handlers:
        assert staff[name].has_perm("eservice_bridge.handle_case"), name
    for name in ("sp1_editor", "nobody"):
        assert not staff[name].has_perm("eservice_bridge.handle_case"), name


def test_website_editor_sees_no_case(client_a, catalogue, units, staff, letter_case):
    case = letter_case(client_a, str(units["sp1"].home_id))
    editor = _client(staff["sp1_editor"])
    assert editor.get(CASE_LIST).status_code in (302, 403)
    assert editor.get(f"{CASE_LIST}{case.pk}/").status_code in (302, 403, 404)
    response = editor.post(f"{CASE_LIST}{case.pk}/", {"pokaz-pesel": "1"})
    assert response.status_code in (302, 403, 404)
    pesel = Applicant.objects.get(pk=case.applicant_id).pesel
    assert pesel not in response.content.decode()
    assert case.number not in editor.get("/admin/").content.decode()


@pytest.mark.parametrize("who", ["sp1", "sp1_moderator"])
def test_secretariat_and_moderators_reveal_pesel_of_their_units_cases(
    who, client_a, catalogue, units, staff, letter_case
):
    case = letter_case(client_a, str(units["sp1"].home_id))
    pesel = Applicant.objects.get(pk=case.applicant_id).pesel
    client = _client(staff[who])
    page = client.get(f"{CASE_LIST}{case.pk}/").content.decode()
    assert case.number in page and pesel not in page and "pokaz-pesel" in page
    revealed = client.post(f"{CASE_LIST}{case.pk}/", {"pokaz-pesel": "1"})
    assert revealed.status_code == 200 and pesel in revealed.content.decode()
    # Another unit's secretariat does not even see the case.
    assert _client(staff["sp2"]).get(f"{CASE_LIST}{case.pk}/").status_code == 404


def test_handler_without_reveal_permission_sees_masked_pesel_only(
    client_a, catalogue, units, staff, letter_case
):
    case = letter_case(client_a, str(units["sp1"].home_id))
    pesel = Applicant.objects.get(pk=case.applicant_id).pesel
    units["sp1"].case_handlers_group.permissions.remove(
        *units["sp1"].case_handlers_group.permissions.filter(codename="reveal_pesel")
    )
    client = _client(staff["sp1"])
    page = client.get(f"{CASE_LIST}{case.pk}/").content.decode()
    assert case.number in page and "pokaz-pesel" not in page
    refused = client.post(f"{CASE_LIST}{case.pk}/", {"pokaz-pesel": "1"})
    assert refused.status_code in (302, 403) and pesel not in refused.content.decode()


def test_default_wagtail_groups_have_no_rights_over_the_tree(units):
    provision_unit(
        slug="sp3",
        official_name="Szkoła Podstawowa nr 3",
        short_name="SP 3",
        unit_type=UnitType.PRIMARY_SCHOOL,
    )
    for name in ("Editors", "Moderators"):
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        assert not GroupPagePermission.objects.filter(group=group).exists(), name
        assert not GroupCollectionPermission.objects.filter(group=group).exists(), name
