"""Through the admin, logged in as unit staff: a unit's people only reach their own unit."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_factories import DocumentFactory, ImageFactory

from cms.standardpages.models import StandardPage
from cms.test_data.factories import department_staff, unit_editor, unit_moderator
from cms.units.provisioning import provision_department, provision_unit

pytestmark = pytest.mark.django_db

B_MARKERS = ("Rekrutacja Beta", "Szkic Beta", "Szkoła Beta", "Obraz Beta", "Dokument Beta")


def _child_page(parent: Page, title: str, *, live: bool = True) -> StandardPage:
    page = StandardPage(title=title, slug=title.lower().replace(" ", "-"), live=live)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return page


@pytest.fixture
def units():
    provision_department()
    unit_a, _ = provision_unit(
        slug="sp-a", official_name="Szkoła Alfa", short_name="SP A", unit_type="szkola-podstawowa"
    )
    unit_b, _ = provision_unit(
        slug="sp-b", official_name="Szkoła Beta", short_name="SP B", unit_type="liceum"
    )
    return unit_a, unit_b


@pytest.fixture
def content(units):
    unit_a, unit_b = units
    return {
        "a_page": _child_page(unit_a.home, "Rekrutacja Alfa"),
        "b_page": _child_page(unit_b.home, "Rekrutacja Beta"),
        "b_draft": _child_page(unit_b.home, "Szkic Beta", live=False),
        "a_image": ImageFactory(title="Obraz Alfa", collection=unit_a.collection),
        "b_image": ImageFactory(title="Obraz Beta", collection=unit_b.collection),
        "a_doc": DocumentFactory(title="Dokument Alfa", collection=unit_a.collection),
        "b_doc": DocumentFactory(title="Dokument Beta", collection=unit_b.collection),
    }


def _login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(units) -> Client:
    return _login(unit_editor(units[0]))


def _text(response) -> str:
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(json.loads(body), ensure_ascii=False)
    return body


def _assert_no_b(response) -> None:
    text = _text(response)
    leaked = [marker for marker in B_MARKERS if marker in text]
    assert not leaked, f"{response.request['PATH_INFO']} shows {leaked}"


def _assert_denied(response) -> None:
    """Wagtail answers a forbidden admin view with a redirect to the dashboard, or 403/404."""
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    else:
        assert response.status_code in (403, 404)


def _page_post_data(title: str, slug: str, **extra: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


# --- Pages: explorer, edit, publish, chooser, search -------------------------------------


def test_explorer_shows_only_own_unit(editor_client, units, content):
    unit_a, unit_b = units
    response = editor_client.get("/admin/pages/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/admin/pages/{unit_a.home.pk}/"
    assert "Rekrutacja Alfa" in response.content.decode()
    _assert_no_b(response)

    response = editor_client.get(f"/admin/pages/{unit_b.home.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{unit_a.home.pk}/"

    response = editor_client.get(f"/admin/pages/{Page.get_first_root_node().pk}/", follow=True)
    _assert_no_b(response)


def test_editor_cannot_open_or_change_other_units_pages(editor_client, units, content):
    unit_b = units[1]
    for page in (content["b_page"], content["b_draft"], unit_b.home):
        _assert_denied(editor_client.get(f"/admin/pages/{page.pk}/edit/"))
        _assert_denied(editor_client.get(f"/admin/pages/{page.pk}/delete/"))
    _assert_denied(
        editor_client.get(f"/admin/pages/add/standardpages/standardpage/{unit_b.home.pk}/")
    )

    page = content["b_draft"]
    response = editor_client.post(
        f"/admin/pages/{page.pk}/edit/",
        _page_post_data("Przejęta", page.slug, **{"action-publish": "publish"}),
    )
    _assert_denied(response)
    page.refresh_from_db()
    assert page.title == "Szkic Beta"
    assert not page.live

    page = content["b_page"]
    _assert_denied(editor_client.post(f"/admin/pages/{page.pk}/unpublish/"))
    page.refresh_from_db()
    assert page.live


def test_page_chooser_lists_only_own_unit(editor_client, units, content):
    unit_a, unit_b = units
    response = editor_client.get("/admin/choose-page/")
    assert response.status_code == 200
    assert "Szkoła Alfa" in _text(response)
    _assert_no_b(response)

    response = editor_client.get(f"/admin/choose-page/{unit_a.home.pk}/")
    assert "Rekrutacja Alfa" in _text(response)
    _assert_no_b(response)

    assert editor_client.get(f"/admin/choose-page/{unit_b.home.pk}/").status_code == 404
    assert editor_client.get(f"/admin/choose-page/{content['b_page'].pk}/").status_code == 404

    response = editor_client.get("/admin/choose-page/search/", {"q": "Rekrutacja"})
    assert response.status_code == 200
    assert "Rekrutacja Alfa" in _text(response)
    _assert_no_b(response)

    chosen_url = reverse("wagtailadmin_choose_page_chosen_multiple")
    a_page, b_page = content["a_page"], content["b_page"]
    response = editor_client.get(chosen_url, {"id": [a_page.pk]})
    assert response.status_code == 200
    assert "Rekrutacja Alfa" in _text(response)
    for ids in ([b_page.pk], [a_page.pk, b_page.pk], ["x"]):
        response = editor_client.get(chosen_url, {"id": ids})
        assert response.status_code == 404
        _assert_no_b(response)


def test_page_search_and_admin_api_hide_other_units(editor_client, units, content):
    response = editor_client.get("/admin/pages/search/", {"q": "Rekrutacja"})
    assert response.status_code == 200
    assert "Rekrutacja Alfa" in response.content.decode()
    _assert_no_b(response)

    response = editor_client.get("/admin/api/main/pages/", {"limit": 20})
    assert response.status_code == 200
    _assert_no_b(response)
    response = editor_client.get(f"/admin/api/main/pages/{content['b_page'].pk}/")
    assert response.status_code == 404


def test_department_staff_chooser_sees_every_unit(units, content):
    client = _login(department_staff())
    response = client.get("/admin/choose-page/search/", {"q": "Rekrutacja"})
    text = _text(response)
    assert "Rekrutacja Alfa" in text
    assert "Rekrutacja Beta" in text


# --- Images and documents ------------------------------------------------------------------


def test_images_of_other_units_are_out_of_reach(editor_client, content):
    for url in ("/admin/images/", "/admin/images/chooser/"):
        response = editor_client.get(url)
        assert response.status_code == 200
        assert "Obraz Alfa" in _text(response)
        _assert_no_b(response)
    response = editor_client.get("/admin/images/chooser/results/", {"q": "Obraz"})
    assert "Obraz Alfa" in _text(response)
    _assert_no_b(response)

    b_image = content["b_image"]
    _assert_denied(editor_client.get(f"/admin/images/{b_image.pk}/"))
    _assert_denied(editor_client.get(f"/admin/images/{b_image.pk}/delete/"))
    assert editor_client.get(f"/admin/images/chooser/{b_image.pk}/").status_code == 404
    response = editor_client.post(f"/admin/images/{b_image.pk}/", {"title": "Przejęty"})
    _assert_denied(response)
    b_image.refresh_from_db()
    assert b_image.title == "Obraz Beta"


def test_documents_of_other_units_are_out_of_reach(editor_client, content):
    for url in ("/admin/documents/", "/admin/documents/chooser/"):
        response = editor_client.get(url)
        assert response.status_code == 200
        assert "Dokument Alfa" in _text(response)
        _assert_no_b(response)
    response = editor_client.get("/admin/documents/chooser/results/", {"q": "Dokument"})
    assert "Dokument Alfa" in _text(response)
    _assert_no_b(response)

    b_doc = content["b_doc"]
    _assert_denied(editor_client.get(f"/admin/documents/edit/{b_doc.pk}/"))
    _assert_denied(editor_client.get(f"/admin/documents/delete/{b_doc.pk}/"))
    assert editor_client.get(f"/admin/documents/chooser/{b_doc.pk}/").status_code == 404
    response = editor_client.post(f"/admin/documents/edit/{b_doc.pk}/", {"title": "Przejęty"})
    _assert_denied(response)
    b_doc.refresh_from_db()
    assert b_doc.title == "Dokument Beta"


# --- Moderation workflow -------------------------------------------------------------------


def test_editor_submits_and_unit_moderator_approves(units):
    unit_a, unit_b = units
    editor = _login(unit_editor(unit_a))
    add_url = f"/admin/pages/add/standardpages/standardpage/{unit_a.home.pk}/"

    response = editor.post(
        add_url, _page_post_data("Dzień otwarty", "dzien-otwarty", **{"action-publish": "1"})
    )
    page = StandardPage.objects.get(slug="dzien-otwarty")
    assert response.status_code == 302
    assert not page.live, "an editor's publish must not publish"

    response = editor.post(
        f"/admin/pages/{page.pk}/edit/",
        _page_post_data("Dzień otwarty", "dzien-otwarty", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.workflow.name == "SP A — akceptacja"
    page.refresh_from_db()
    assert not page.live
    task_state = state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )

    # Neither the editor nor another unit's moderator may approve.
    for outsider in (editor, _login(unit_moderator(unit_b))):
        outsider.post(approve_url, {})
        page.refresh_from_db()
        assert not page.live

    response = _login(unit_moderator(unit_a)).post(approve_url, {})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert page.title == "Dzień otwarty"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_moderator_publishes_directly_but_only_in_own_unit(units, content):
    unit_a, _unit_b = units
    moderator = _login(unit_moderator(unit_a))
    response = moderator.post(
        f"/admin/pages/add/standardpages/standardpage/{unit_a.home.pk}/",
        _page_post_data("Komunikat dyrektora", "komunikat", **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    assert StandardPage.objects.get(slug="komunikat").live

    draft = content["b_draft"]
    response = moderator.post(
        f"/admin/pages/{draft.pk}/edit/",
        _page_post_data("Szkic Beta", draft.slug, **{"action-publish": "1"}),
    )
    _assert_denied(response)
    draft.refresh_from_db()
    assert not draft.live
