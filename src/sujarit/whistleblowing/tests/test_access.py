"""Who reaches the channel: complaint officers and everyone else refused on every staff URL and API; two
organisations never see each other's reports; pages use a bounded number of queries."""
import pytest
from django.test import Client
from django.urls import reverse

from sujarit.whistleblowing.models import Report

from .url_expectations import EXPECTED, url_kwargs

pytestmark = pytest.mark.django_db


def _client(persona, who):
    client = Client()
    client.force_login(persona(who))
    return client


def test_a_general_complaint_officer_reaches_no_staff_url_and_no_api(demo, persona):
    client = _client(persona, "complaints")
    kwargs = url_kwargs(demo) | {"org_code": demo.org.code, "fiscal_year_be": 2567}
    for name, (method, allowed) in EXPECTED.items():
        if "complaints" in allowed:
            continue  # the public pages
        from django.urls import get_resolver

        pattern = get_resolver().reverse_dict
        url = reverse(name, kwargs={k: v for k, v in kwargs.items()
                                    if f"<{k}>" in _route(name) or f":{k}>" in _route(name)})
        response = client.post(url, {}) if method == "post" else client.get(url)
        assert response.status_code in (403, 404), (name, response.status_code)
        assert pattern is not None
    for path in (f"/api/whistleblowing/{demo.org.code}/reports",
                 f"/api/whistleblowing/{demo.org.code}/reports/{kwargs['report_id']}"):
        assert client.get(path).status_code in (403, 404), path


def _route(name):
    from sujarit.whistleblowing import urls

    short = name.split(":", 1)[1]
    return next(str(p.pattern) for p in urls.urlpatterns if p.name == short)


def test_two_organisations_never_see_each_other(demo, persona, other_org, submit):
    from sujarit.orgs.models import Membership, Role

    Membership.objects.create(user=other_org.officer, organisation=other_org.org, role=Role.CORRUPTION_OFFICER)
    report, _r = submit()
    outsider = _client(persona, "integrity")
    assert outsider.get(f"/o/{other_org.org.code}/integrity-reports/").status_code == 403
    other = Client()
    other.force_login(other_org.officer)
    assert other.get(f"/o/{other_org.org.code}/integrity-reports/{report.pk}/").status_code == 404
    assert f'data-report="{report.pk}"' not in other.get(f"/o/{other_org.org.code}/integrity-reports/"
                                                         ).content.decode()
    assert other.get(f"/api/whistleblowing/{other_org.org.code}/reports/{report.pk}").status_code == 404
    assert Report.objects.for_org(other_org.org).count() == 0


@pytest.mark.parametrize("extra", [0, 30])
def test_staff_and_public_pages_use_a_bounded_number_of_queries(demo, persona, submit, extra,
                                                                django_assert_max_num_queries, signed_in):
    for _ in range(extra):
        submit()
    client = signed_in("integrity")
    report = Report.objects.for_org(demo.org).first()
    for url, bound in ((f"/o/{demo.org.code}/integrity-reports/", 14),
                       (f"/o/{demo.org.code}/integrity-reports/{report.pk}/", 30),
                       (f"/p/{demo.org.code}/report/", 10), (f"/p/{demo.org.code}/report/statistics/", 12)):
        with django_assert_max_num_queries(bound):
            assert client.get(url).status_code == 200, url
