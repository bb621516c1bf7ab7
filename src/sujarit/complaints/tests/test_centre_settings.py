"""The centre settings page (ตั้งค่าศูนย์รับเรื่อง): categories, the clock and holidays; services, then pages."""
from datetime import date

import pytest
from auditlog.models import LogEntry
from django.test import Client

from sujarit.complaints import clock, services
from sujarit.complaints.errors import ComplaintErrorCode
from sujarit.complaints.models import Category, CentreSettings, Holiday
from sujarit.core.errors import ApplicationError

from .factories import submit

pytestmark = pytest.mark.django_db


def _refused(expected, call, /, **kwargs):
    with pytest.raises(ApplicationError) as caught:
        call(**kwargs)
    assert caught.value.code == expected
    return caught.value


def _names(org) -> list[str]:
    return list(Category.objects.for_org(org).order_by("order", "id").values_list("name", flat=True))


def _snapshot(org) -> list[tuple]:
    return list(Category.objects.for_org(org).order_by("id").values_list("code", "name", "order", "is_active"))


# Services: categories

def test_a_category_is_added_last_with_a_derived_or_given_code_and_audited(centre):
    # given the default list of the demo organisation
    before = _names(centre.org)
    # when an officer adds a Thai-named category, an English-named one and one with a code of their own
    thai = services.category_create(organisation=centre.org, name="  ต้นไม้   ริมทาง ", acting_user=centre.officer)
    english = services.category_create(organisation=centre.org, name="Street trees", acting_user=centre.officer)
    coded = services.category_create(organisation=centre.org, name="สัตว์จรจัด", code="Stray-Animals",
                                     acting_user=centre.officer)
    # then they come last, in that order, with codes unique in the organisation, and the audit trail names the officer
    assert _names(centre.org) == before + ["ต้นไม้ ริมทาง", "Street trees", "สัตว์จรจัด"]
    assert (thai.code, english.code, coded.code) == ("category-1", "street-trees", "stray-animals")
    assert thai.is_active and thai.order > max(c.order for c in centre.cats.values())
    assert LogEntry.objects.get_for_object(thai).get().actor == centre.officer


def test_bad_or_duplicate_categories_are_refused_and_nothing_is_written(centre):
    before = _snapshot(centre.org)
    add = services.category_create
    kwargs = {"organisation": centre.org, "acting_user": centre.officer}
    _refused(ComplaintErrorCode.REQUIRED, add, name="   ", **kwargs)
    _refused(ComplaintErrorCode.NAME_TOO_LONG, add, name="ก" * 201, **kwargs)
    error = _refused(ComplaintErrorCode.CATEGORY_NAME_DUPLICATE, add, name=" ขยะและความสะอาด ", **kwargs)
    assert error.field == "name" and "มีหมวดหมู่ชื่อนี้อยู่แล้ว" in str(error.message)
    _refused(ComplaintErrorCode.CATEGORY_CODE_DUPLICATE, add, name="น้ำบาดาล", code="water", **kwargs)
    _refused(ComplaintErrorCode.CATEGORY_CODE_INVALID, add, name="น้ำบาดาล", code="น้ำ บาดาล", **kwargs)
    # a deactivated category still holds its name: reactivate it instead of adding a twin
    services.category_update(organisation=centre.org, category=centre.cats["health"], is_active=False,
                             acting_user=centre.officer)
    before = _snapshot(centre.org)
    _refused(ComplaintErrorCode.CATEGORY_NAME_DUPLICATE, add, name="สาธารณสุขและโรคติดต่อ", **kwargs)
    assert _snapshot(centre.org) == before


def test_rename_keeps_the_code_and_refuses_another_categorys_name(centre):
    water = centre.cats["water"]
    renamed = services.category_update(organisation=centre.org, category=water, name="น้ำประปาและท่อระบายน้ำ",
                                       acting_user=centre.officer)
    assert (renamed.name, renamed.code) == ("น้ำประปาและท่อระบายน้ำ", "water")
    _refused(ComplaintErrorCode.CATEGORY_NAME_DUPLICATE, services.category_update, organisation=centre.org,
             category=water, name="ขยะและความสะอาด", acting_user=centre.officer)
    _refused(ComplaintErrorCode.REQUIRED, services.category_update, organisation=centre.org, category=water,
             name="", acting_user=centre.officer)
    water.refresh_from_db()
    assert water.name == "น้ำประปาและท่อระบายน้ำ"


def test_move_swaps_with_the_neighbour_and_stops_at_the_ends(centre):
    names = _names(centre.org)
    services.category_move(organisation=centre.org, category=centre.cats["water"], direction="up",
                           acting_user=centre.officer)
    assert _names(centre.org) == [names[1], names[0]] + names[2:]
    services.category_move(organisation=centre.org, category=centre.cats["water"], direction="up",
                           acting_user=centre.officer)  # already first: nothing moves
    services.category_move(organisation=centre.org, category=centre.cats["water"], direction="down",
                           acting_user=centre.officer)
    assert _names(centre.org) == names
    _refused(ComplaintErrorCode.CATEGORY_MOVE_INVALID, services.category_move, organisation=centre.org,
             category=centre.cats["water"], direction="sideways", acting_user=centre.officer)
    assert _names(centre.org) == names


def test_deactivate_and_reactivate_but_never_the_last_active_one(centre):
    cats = list(Category.objects.for_org(centre.org))
    for cat in cats[1:]:
        services.category_update(organisation=centre.org, category=cat, is_active=False, acting_user=centre.officer)
    assert list(Category.objects.for_org(centre.org).filter(is_active=True)) == [cats[0]]
    _refused(ComplaintErrorCode.CATEGORY_LAST_ACTIVE, services.category_update, organisation=centre.org,
             category=cats[0], is_active=False, acting_user=centre.officer)
    back = services.category_update(organisation=centre.org, category=cats[1], is_active=True,
                                    acting_user=centre.officer)
    assert back.is_active and Category.objects.for_org(centre.org).count() == len(cats)  # nothing deleted


def test_another_organisations_category_is_refused(centre, other_org):
    theirs = Category.objects.create(organisation=other_org.org, code="x", name="ของ อบต. อื่น")
    for call, extra in ((services.category_update, {"name": "ยึดมา"}), (services.category_move, {"direction": "up"})):
        _refused(ComplaintErrorCode.CATEGORY_INVALID, call, organisation=centre.org, category=theirs,
                 acting_user=centre.officer, **extra)
    theirs.refresh_from_db()
    assert theirs.name == "ของ อบต. อื่น"


# Services: the clock and holidays

def test_clock_settings_are_saved_and_out_of_range_values_refused(centre):
    update = services.settings_update
    kwargs = {"organisation": centre.org, "acting_user": centre.officer}
    for bad in ({"due_days": 0}, {"due_days": 61}, {"reopen_days": 0}, {"remind_days": 31},
                {"due_days": 2, "remind_days": 3}):
        values = {"due_days": 15, "working_days": True, "reopen_days": 15, "remind_days": 3, **bad}
        _refused(ComplaintErrorCode.SETTING_OUT_OF_RANGE, update, **values, **kwargs)
    assert not CentreSettings.objects.for_org(centre.org).exists()
    update(due_days=20, working_days=True, reopen_days=30, remind_days=5, **kwargs)
    assert clock.rules_for(centre.org) == clock.Rules(due_days=20, working_days=True, reopen_days=30, remind_days=5)
    update(due_days=15, working_days=False, reopen_days=15, **kwargs)  # remind_days left as it was
    assert clock.rules_for(centre.org) == clock.Rules(due_days=15, working_days=False, reopen_days=15, remind_days=5)
    assert CentreSettings.objects.for_org(centre.org).count() == 1


def test_holidays_are_added_once_and_removed(centre):
    kwargs = {"organisation": centre.org, "acting_user": centre.officer}
    holiday = services.holiday_add(day=date(2025, 6, 30), name="วันหยุดท้องถิ่น", **kwargs)
    error = _refused(ComplaintErrorCode.HOLIDAY_DUPLICATE, services.holiday_add, day=date(2025, 6, 30),
                     name="ซ้ำ", **kwargs)
    assert "วันหยุดท้องถิ่น" in str(error.message)
    _refused(ComplaintErrorCode.REQUIRED, services.holiday_add, day=None, name="ไม่มีวันที่", **kwargs)
    _refused(ComplaintErrorCode.REQUIRED, services.holiday_add, day=date(2025, 7, 1), name=" ", **kwargs)
    assert list(Holiday.objects.for_org(centre.org).values_list("day", flat=True)) == [date(2025, 6, 30)]
    services.holiday_remove(holiday=holiday, **kwargs)
    assert not Holiday.objects.for_org(centre.org).exists()


def test_import_of_official_holidays_is_idempotent_and_keeps_the_officers_days(centre):
    kwargs = {"organisation": centre.org, "acting_user": centre.officer}
    # given a day the officer entered on an official holiday, with their own name
    services.holiday_add(day=date(2025, 4, 13), name="สงกรานต์ (ประกาศเทศบาล)", **kwargs)
    # when the official holidays of BE 2568 are imported twice
    added = services.holidays_import(year_be=2568, **kwargs)
    again = services.holidays_import(year_be=2568, **kwargs)
    # then they are there once, with Thai names, the officer's day untouched, nothing of another year
    days = dict(Holiday.objects.for_org(centre.org).values_list("day", "name"))
    assert again == [] and len(days) == len(added) + 1 >= 20
    assert days[date(2025, 4, 13)] == "สงกรานต์ (ประกาศเทศบาล)"
    assert days[date(2025, 4, 14)] == "วันสงกรานต์" and days[date(2025, 5, 9)] == "วันพืชมงคล"
    assert days[date(2025, 1, 1)] == "วันขึ้นปีใหม่" and {d.year for d in days} == {2025}
    for year in (2025, 1999, None):  # an AD year, a year the package does not cover, nothing
        _refused(ComplaintErrorCode.HOLIDAY_YEAR_INVALID, services.holidays_import, year_be=year, **kwargs)
    assert Holiday.objects.for_org(centre.org).count() == len(days)


def test_working_days_and_an_imported_holiday_move_the_due_date(centre):
    kwargs = {"organisation": centre.org, "acting_user": centre.officer}
    received = date(2025, 4, 10)  # a Thursday, just before Songkran
    assert clock.due_date(centre.org, received) == date(2025, 4, 25)  # 15 calendar days
    services.settings_update(due_days=15, working_days=True, reopen_days=15, **kwargs)
    assert clock.due_date(centre.org, received) == date(2025, 5, 1)  # 15 weekdays
    services.holidays_import(year_be=2568, **kwargs)
    # Songkran (14-16 April), Labour Day (1 May), Coronation Day in lieu (5 May) are skipped
    assert clock.due_date(centre.org, received) == date(2025, 5, 8)


# Pages

def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _url(centre, rest: str = "") -> str:
    return f"/o/{centre.org.code}/complaints/settings/{rest}"


@pytest.fixture
def outsider(other_org):
    """The complaint officer of another organisation."""
    from sujarit.accounts.models import User
    from sujarit.orgs.models import Membership, Role

    user = User.objects.create_user("other_complaints", password="x-other-complaints-1")
    Membership.objects.create(user=user, organisation=other_org.org, role=Role.COMPLAINT_OFFICER)
    return user


def test_an_officer_edits_categories_clock_and_holidays_on_the_page(centre):
    client = _client(centre.officer)
    # the dashboard links to the page, which lists the categories in order
    assert _url(centre) in client.get(f"/o/{centre.org.code}/complaints/").content.decode()
    page = client.get(_url(centre)).content.decode()
    assert "ตั้งค่าศูนย์รับเรื่อง" in page and page.index("ถนน ทางเท้า") < page.index("ขยะและความสะอาด")
    # add, rename, move, deactivate
    response = client.post(_url(centre, "categories/"), {"name": "ต้นไม้ริมทาง", "code": ""})
    assert response.status_code == 302 and response["Location"].endswith("#categories")
    trees = Category.objects.for_org(centre.org).get(name="ต้นไม้ริมทาง")
    assert client.post(_url(centre, f"categories/{trees.pk}/name/"), {"name": "ต้นไม้ กิ่งไม้"}).status_code == 302
    assert client.post(_url(centre, f"categories/{trees.pk}/move/"), {"direction": "up"}).status_code == 302
    assert client.post(_url(centre, f"categories/{trees.pk}/active/"), {"active": "0"}).status_code == 302
    trees.refresh_from_db()
    assert (trees.name, trees.is_active) == ("ต้นไม้ กิ่งไม้", False) and _names(centre.org)[-2] == "ต้นไม้ กิ่งไม้"
    # the clock
    response = client.post(_url(centre, "clock/"), {"due_days": "10", "working_days": "working",
                                                    "reopen_days": "20", "remind_days": "2"})
    assert response.status_code == 302
    assert clock.rules_for(centre.org) == clock.Rules(due_days=10, working_days=True, reopen_days=20, remind_days=2)
    # holidays: one typed as a BE date, the official ones of BE 2568, then one removed
    response = client.post(_url(centre, "holidays/"), {"day": "30/06/2568", "name": "วันหยุดท้องถิ่น"})
    assert response.status_code == 302 and response["Location"].endswith("?year=2568#holidays")
    assert client.post(_url(centre, "holidays/import/"), {"year": "2568"}).status_code == 302
    local = Holiday.objects.for_org(centre.org).get(day=date(2025, 6, 30))
    page = client.get(_url(centre) + "?year=2568").content.decode()
    assert "วันหยุดท้องถิ่น" in page and "วันสงกรานต์" in page and "๓๐ มิ.ย. ๒๕๖๘" in page
    assert client.post(_url(centre, f"holidays/{local.pk}/remove/")).status_code == 302
    assert not Holiday.objects.for_org(centre.org).filter(day=date(2025, 6, 30)).exists()


def test_bad_input_shows_a_thai_error_and_writes_nothing(centre):
    client = _client(centre.officer)
    before, rules = _snapshot(centre.org), clock.rules_for(centre.org)
    response = client.post(_url(centre, "categories/"), {"name": "ขยะและความสะอาด"})
    assert response.status_code == 400 and "มีหมวดหมู่ชื่อนี้อยู่แล้ว" in response.content.decode()
    response = client.post(_url(centre, "categories/"), {"name": ""})
    assert response.status_code == 400 and "กรุณากรอกชื่อ" in response.content.decode()
    water = centre.cats["water"]
    response = client.post(_url(centre, f"categories/{water.pk}/name/"), {"name": "ขยะและความสะอาด"})
    assert response.status_code == 400 and f'id="cat-error-{water.pk}"' in response.content.decode()
    response = client.post(_url(centre, f"categories/{water.pk}/move/"), {"direction": "sideways"})
    assert response.status_code == 400 and f'id="cat-error-{water.pk}"' in response.content.decode()
    assert f'value="{water.name}" aria-invalid="true"' in response.content.decode()  # the row keeps its name
    response = client.post(_url(centre, "clock/"), {"due_days": "90", "working_days": "calendar",
                                                    "reopen_days": "15", "remind_days": "3"})
    assert response.status_code == 400 and "กรุณากรอกจำนวนวันตั้งแต่ ๑ ถึง ๖๐ วัน" in response.content.decode()
    response = client.post(_url(centre, "holidays/"), {"day": "30/06/2025", "name": "ปี ค.ศ."})
    assert response.status_code == 400 and "พุทธศักราช" in response.content.decode()
    assert _snapshot(centre.org) == before and clock.rules_for(centre.org) == rules
    assert not Holiday.objects.for_org(centre.org).exists()


def test_the_org_admin_may_edit_but_executives_outsiders_and_anonymous_may_not(centre, outsider, persona):
    before = _snapshot(centre.org)
    assert _client(persona("orgadmin")).get(_url(centre)).status_code == 200
    assert _client(persona("orgadmin")).get("/complaints/settings/")["Location"] == _url(centre)
    assert _url(centre) not in _client(centre.mayor).get(f"/o/{centre.org.code}/complaints/").content.decode()
    for user in (centre.mayor, outsider, persona("nacc")):
        client = _client(user)
        assert client.get(_url(centre)).status_code == 403
        assert client.post(_url(centre, "categories/"), {"name": "แอบเพิ่ม"}).status_code == 403
    anonymous = _client()
    response = anonymous.post(_url(centre, "categories/"), {"name": "แอบเพิ่ม"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert anonymous.post(_url(centre, "holidays/import/"), {"year": "2568"}).status_code == 302
    assert _snapshot(centre.org) == before and not Holiday.objects.for_org(centre.org).exists()


def test_another_organisations_rows_are_not_found(centre, other_org):
    theirs = Category.objects.create(organisation=other_org.org, code="x", name="ของ อบต. อื่น")
    holiday = Holiday.objects.create(organisation=other_org.org, day=date(2025, 1, 2), name="ของ อบต. อื่น")
    client = _client(centre.officer)
    assert client.post(_url(centre, f"categories/{theirs.pk}/name/"), {"name": "ยึดมา"}).status_code == 404
    assert client.post(_url(centre, f"holidays/{holiday.pk}/remove/")).status_code == 404
    assert "ของ อบต. อื่น" not in client.get(_url(centre) + "?year=2568").content.decode()
    theirs.refresh_from_db()
    assert theirs.name == "ของ อบต. อื่น" and Holiday.objects.filter(pk=holiday.pk).exists()


def test_a_deactivated_category_leaves_the_public_form_but_old_cases_keep_it(centre):
    # given a case filed under "health", and its tracking code
    complaint, code = submit(centre, category=centre.cats["health"], subject="ยุงลายชุม")
    # when an officer deactivates "health"
    officer = _client(centre.officer)
    officer.post(_url(centre, f"categories/{centre.cats['health'].pk}/active/"), {"active": "0"})
    # then the public form no longer offers it
    form = Client().get(f"/p/{centre.org.code}/complaints/")
    offered = {c.pk for c in form.context["form"].fields["category"].queryset}
    assert centre.cats["health"].pk not in offered and centre.cats["water"].pk in offered
    assert f'value="{centre.cats["health"].pk}"' not in form.content.decode()
    # but the case still shows it, to the officer and to the complainant
    detail = officer.get(f"/o/{centre.org.code}/complaints/{complaint.pk}/").content.decode()
    assert "สาธารณสุขและโรคติดต่อ" in detail
    citizen = Client()
    citizen.post(f"/p/{centre.org.code}/complaints/track/", {"code": code})
    assert "สาธารณสุขและโรคติดต่อ" in citizen.get(f"/p/{centre.org.code}/complaints/track/case/").content.decode()
    # and the officer can still list the old cases of that category
    listed = officer.get(f"/o/{centre.org.code}/complaints/cases/?category=health")
    assert "สาธารณสุขและโรคติดต่อ (ปิดใช้)" in listed.content.decode()
    assert complaint in listed.context["page"].object_list


def test_the_settings_page_uses_a_bounded_number_of_queries(centre, django_assert_max_num_queries):
    client = _client(centre.officer)
    services.holidays_import(organisation=centre.org, year_be=2568, acting_user=centre.officer)
    with django_assert_max_num_queries(14):
        assert client.get(_url(centre) + "?year=2568").status_code == 200
