"""Documents and media are never served past their privacy check (issue 10, item 2).

A document is downloadable only through Wagtail's checked view (``/documents/<id>/<name>``),
never under ``/media/``; behind nginx that view hands the file over with X-Accel-Redirect to an
``internal`` location. Renditions of a private collection's images are deleted.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.urls import clear_url_caches
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.utils import sendfile as wagtail_sendfile
from wagtail_factories import ImageFactory

import cms.urls

pytestmark = pytest.mark.django_db

NGINX_CONF = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf"


@pytest.fixture
def dev_server_urls():
    """The URL configuration ``make run`` loads (DEBUG and SERVE_MEDIA on)."""
    with override_settings(DEBUG=True, SERVE_MEDIA=True):
        importlib.reload(cms.urls)
        clear_url_caches()
        yield
    importlib.reload(cms.urls)
    clear_url_caches()


@pytest.fixture
def collections():
    cache.clear()  # Wagtail caches renditions by image id, which the rolled-back tests reuse
    root = Collection.get_first_root_node()
    public = root.add_child(name="Dokumenty szkoły")
    private = root.add_child(name="Rada pedagogiczna")
    private.view_restrictions.create(restriction_type="login")
    return public, private


def make_document(title: str, filename: str, collection: Collection):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4 " + title.encode(), name=filename),
        collection=collection,
    )


def body(response) -> bytes:
    return b"".join(response) if response.streaming else response.content


def test_documents_link_to_the_checked_view_not_to_media(collections):
    public, _private = collections
    document = make_document("Statut szkoły", "statut.pdf", public)
    # The storage may add a suffix when another test of this process stored the same name.
    assert document.url == f"/documents/{document.pk}/{document.filename}"
    assert document.filename.startswith("statut") and document.filename.endswith(".pdf")
    assert not document.url.startswith(settings.MEDIA_URL)


def test_a_private_document_is_refused_by_the_view_and_unreachable_under_media(
    collections, dev_server_urls, superuser
):
    _public, private = collections
    document = make_document("Protokół rady", "protokol-rady.pdf", private)
    stored_name = document.file.name  # documents/protokol-rady.pdf
    anonymous = Client()

    # The checked view asks for a sign-in; the file itself is nowhere under /media/.
    response = anonymous.get(document.url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"] or "login" in response["Location"]
    for path in (f"/media/{stored_name}", "/media/documents/protokol-rady.pdf"):
        for host in ("localhost", "sp1.localhost"):
            response = anonymous.get(path, HTTP_HOST=host)
            assert response.status_code == 404, (path, host)
            assert b"Protok" not in body(response)

    # Someone allowed through the check gets it from the view.
    staff = Client()
    staff.force_login(superuser)
    response = staff.get(document.url)
    assert response.status_code == 200
    assert body(response) == b"%PDF-1.4 Protok\xc3\xb3\xc5\x82 rady"


def test_public_documents_are_not_under_media_either(collections, dev_server_urls):
    public, _private = collections
    document = make_document("Statut szkoły", "statut.pdf", public)
    assert Client().get(f"/media/{document.file.name}").status_code == 404
    assert body(Client().get(document.url)) == "%PDF-1.4 Statut szkoły".encode()


def test_image_renditions_stay_public_in_make_run(collections, dev_server_urls):
    public, _private = collections
    image = ImageFactory(title="Boisko", collection=public, file__filename="boisko.jpg")
    rendition = image.get_rendition("max-100x100")
    response = Client().get(rendition.url, HTTP_HOST="sp1.localhost")
    assert response.status_code == 200
    # Original uploads are never linked by the sites and are not served either.
    assert Client().get(f"/media/{image.file.name}").status_code == 404


def test_making_a_collection_private_deletes_its_renditions(
    collections, dev_server_urls, superuser, django_capture_on_commit_callbacks
):
    public, _private = collections
    image = ImageFactory(
        title="Posiedzenie rady", collection=public, file__filename="posiedzenie-rady.jpg"
    )
    rendition = image.get_rendition("max-100x100")
    path = Path(rendition.file.path)
    assert Client().get(rendition.url).status_code == 200

    admin = Client()
    admin.force_login(superuser)
    with django_capture_on_commit_callbacks(execute=True):  # files go after the commit
        response = admin.post(
            f"/admin/collections/{public.pk}/privacy/", {"restriction_type": "login"}
        )
    assert response.status_code == 200
    assert not image.renditions.exists()
    assert not path.exists(), (path, sorted(p.name for p in path.parent.iterdir()))
    assert Client().get(rendition.url).status_code == 404


@pytest.fixture
def behind_nginx():
    """Production: the nginx sendfile backend (production settings' default)."""
    with override_settings(
        SENDFILE_BACKEND="django_sendfile.backends.nginx",
        SENDFILE_ROOT=str(Path(settings.MEDIA_ROOT) / "documents"),  # the tests' MEDIA_ROOT
    ):
        wagtail_sendfile._get_sendfile.clear()
        yield
    wagtail_sendfile._get_sendfile.clear()


def test_behind_nginx_the_view_hands_over_with_x_accel_redirect(collections, behind_nginx):
    public, private = collections
    document = make_document("Statut szkoły", "statut szkoły.pdf", public)
    response = Client().get(document.url)
    assert response.status_code == 200
    stored = document.file.name.removeprefix("documents/")  # statut_szkoły.pdf
    assert response["X-Accel-Redirect"] == settings.SENDFILE_URL + "/" + quote(stored)
    assert body(response) == b""  # nginx sends the bytes from its internal location

    secret = make_document("Protokół rady", "protokol-rady.pdf", private)
    response = Client().get(secret.url)
    assert response.status_code == 302
    assert "X-Accel-Redirect" not in response


def test_nginx_serves_documents_only_through_the_internal_location():
    conf = NGINX_CONF.read_text()
    locations = dict(re.findall(r"location\s+\^~\s+(\S+)\s*\{(.*?)\n    \}", conf, re.S))
    internal = locations[settings.SENDFILE_URL + "/"]
    assert "internal;" in internal
    assert re.search(r"alias\s+/srv/elacze/media/documents/;", internal)
    # /media/ itself answers 404; only renditions have an alias there.
    assert "return 404" in locations["/media/"]
    media_aliases = re.findall(r"alias\s+(/srv/elacze/media/\S*);", conf)
    assert sorted(media_aliases) == ["/srv/elacze/media/documents/", "/srv/elacze/media/images/"]
