"""Staff edit every record in an Arabic, right-to-left admin; search follows at once."""

import pytest
from django.urls import reverse
from haystack.query import SearchQuerySet

from archive.admin import sync_participants
from archive.models import (
    Article,
    Country,
    Meeting,
    Organization,
    Participation,
    Person,
    PersonStatus,
)

pytestmark = pytest.mark.django_db


def change_form_data(client, url) -> dict:
    """The form as the browser would post it back, unchanged."""
    form = client.get(url).context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if hasattr(value, "all"):
            value = [obj.pk for obj in value.all()]
        elif isinstance(value, list):
            value = [getattr(v, "pk", v) for v in value]
        data[name] = "" if value is None else value
    return data


def inline_management(client, url) -> dict:
    data = {}
    for formset in client.get(url).context["inline_admin_formsets"]:
        fs = formset.formset
        data.update(
            {
                f"{fs.prefix}-TOTAL_FORMS": 0,
                f"{fs.prefix}-INITIAL_FORMS": 0,
                f"{fs.prefix}-MIN_NUM_FORMS": 0,
                f"{fs.prefix}-MAX_NUM_FORMS": 1000,
            }
        )
    return data


@pytest.mark.parametrize(
    "model",
    ["article", "meeting", "country", "person", "source", "organization", "place"],
)
def test_every_list_and_edit_page_renders_right_to_left(admin_client, seeded, model):
    listing = admin_client.get(reverse(f"admin:archive_{model}_changelist"))
    assert listing.status_code == 200
    assert b'dir="rtl"' in listing.content
    first = listing.context["cl"].result_list[0]
    edit = admin_client.get(reverse(f"admin:archive_{model}_change", args=[first.pk]))
    assert edit.status_code == 200


def test_article_form_has_meetings_with_their_participants_inline(admin_client, seeded):
    url = reverse("admin:archive_article_change", args=[seeded["001"].pk])
    [meetings] = admin_client.get(url).context["inline_admin_formsets"]
    forms = meetings.formset.forms
    assert len(forms) == 3
    assert all(len(form.initial["people"]) == 2 for form in forms)


def test_article_filters_and_search(admin_client, seeded):
    url = reverse("admin:archive_article_changelist")
    assert admin_client.get(url, {"year": 2021}).context["cl"].result_count == 1
    by_kind = admin_client.get(url, {"meetings__kind": "phone"})
    assert by_kind.context["cl"].result_count == 1
    assert admin_client.get(url, {"q": "تشنغدو"}).context["cl"].result_count == 1


def test_raw_text_is_read_only(admin_client, seeded):
    article = seeded["001"]
    url = reverse("admin:archive_article_change", args=[article.pk])
    assert "raw_text" not in admin_client.get(url).context["adminform"].form.fields


def test_saved_title_reaches_search_at_once(
    admin_client, seeded, django_capture_on_commit_callbacks
):
    article = seeded["004"]
    url = reverse("admin:archive_article_change", args=[article.pk])
    data = change_form_data(admin_client, url) | inline_management(admin_client, url)
    data["title"] = "مكالمة هاتفية بين وانغ يي وكازاكباييف"
    data["meetings-TOTAL_FORMS"] = 0
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.title.startswith("مكالمة هاتفية")
    assert article.meetings.count() == 1  # the untouched inline kept its meeting
    hits = SearchQuerySet().models(Article).filter(title="مكالمة")
    assert [int(hit.pk) for hit in hits] == [article.pk]


def test_deleting_an_article_removes_it_from_search(
    admin_client, seeded, django_capture_on_commit_callbacks
):
    article = seeded["002"]
    url = reverse("admin:archive_article_delete", args=[article.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(url, {"post": "yes"}).status_code == 302
    pks = {int(hit.pk) for hit in SearchQuerySet().models(Article)}
    assert article.pk not in pks and len(pks) == 4


def test_people_autocomplete(admin_client, seeded):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "رحمون",
            "app_label": "archive",
            "model_name": "article",
            "field_name": "people",
        },
    )
    assert response.status_code == 200
    names = [r["text"] for r in response.json()["results"]]
    assert any("رحم" in name for name in names)


def test_confirming_proposed_people(admin_client, db):
    person = Person.objects.create(name_ar="شخص مقترح", status=PersonStatus.PROPOSED)
    admin_client.post(
        reverse("admin:archive_person_changelist"),
        {"action": "confirm", "_selected_action": [person.pk]},
    )
    person.refresh_from_db()
    assert person.status == PersonStatus.CONFIRMED


def test_meeting_participants_edited_inline(admin_client, seeded):
    meeting = Meeting.objects.get(article=seeded["004"])
    url = reverse("admin:archive_meeting_change", args=[meeting.pk])
    assert admin_client.get(url).status_code == 200
    assert meeting.participations.count() == 2


def test_participants_without_a_person_are_edited_on_the_meeting(admin_client, seeded):
    meeting = Meeting.objects.get(article=seeded["004"])
    Participation.objects.create(
        meeting=meeting, office="وزير الخارجية", country=Country.objects.get(code="TJ")
    )
    url = reverse("admin:archive_meeting_change", args=[meeting.pk])
    [inline] = admin_client.get(url).context["inline_admin_formsets"]
    assert list(inline.formset.forms[0].fields)[:4] == [
        "person",
        "office",
        "country",
        "organization",
    ]
    assert "وزير خارجية طاجيكستان" in str(meeting)

    sync_participants(meeting, list(meeting.participants.all()[:1]))

    assert meeting.participations.filter(person__isnull=True).count() == 1
    assert meeting.participations.filter(person__isnull=False).count() == 1


@pytest.mark.parametrize(
    ("field", "term", "found"),
    [("organization", "الناتو", "حلف شمال الأطلسي"), ("person", "رحمون", "رحم")],
)
def test_participation_autocomplete(admin_client, seeded, field, term, found):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "term": term,
            "app_label": "archive",
            "model_name": "participation",
            "field_name": field,
        },
    )
    assert response.status_code == 200
    assert any(found in r["text"] for r in response.json()["results"])


def test_places_and_organisations_are_found_by_any_spelling(admin_client, db):
    places = admin_client.get(
        reverse("admin:archive_place_changelist"), {"q": "نور سلطان"}
    )
    assert [p.name_en for p in places.context["cl"].result_list] == ["Astana"]
    bodies = admin_client.get(
        reverse("admin:archive_organization_changelist"), {"q": "أنصار الله"}
    )
    assert list(bodies.context["cl"].result_list) == [
        Organization.objects.get(name_en="Houthis")
    ]
