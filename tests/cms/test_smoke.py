from cms.site_settings.contrast import contrast_ratio


def test_contrast_ratio_extremes():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert contrast_ratio("#777777", "#ffffff") < 4.5


def test_admin_login_page_is_polish(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Zaloguj" in response.content.decode()
