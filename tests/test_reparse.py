"""`ingest --reparse` keeps what staff edited in the admin, and says so."""

import json

import pytest
from django.forms import MultiWidget
from django.urls import reverse

from archive.models import Article, Meeting
from tests.conftest import FIXTURES, ingest

pytestmark = pytest.mark.django_db


def posted_back(client, url) -> dict:
    """The change form and its inlines, as a browser posts them back unchanged."""
    page = client.get(url).context
    forms = [page["adminform"].form]
    data = {}
    for inline in page["inline_admin_formsets"]:
        formset = inline.formset
        data |= {
            f"{formset.prefix}-TOTAL_FORMS": len(formset.forms),
            f"{formset.prefix}-INITIAL_FORMS": formset.initial_form_count(),
        }
        forms += formset.forms
    for form in forms:
        for field in form:
            data |= as_posted(field)
    return data


def as_posted(field) -> dict:
    value = field.value()
    if isinstance(field.field.widget, MultiWidget):  # a date and a time, apart
        parts = field.field.widget.decompress(value)
        return {f"{field.html_name}_{n}": v or "" for n, v in enumerate(parts)}
    if isinstance(value, list | tuple):
        value = [getattr(v, "pk", v) for v in value]
    return {field.html_name: "" if value is None else value}


def edit(client, article, **changes):
    url = reverse("admin:archive_article_change", args=[article.pk])
    response = client.post(url, posted_back(client, url) | changes)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_an_unchanged_form_records_no_staff_edit(admin_client, seeded):
    article = seeded["004"]
    edit(admin_client, article)
    article.refresh_from_db()
    assert article.staff_edited == []
    assert not article.meetings.filter(staff_edited=True).exists()


def test_reparse_keeps_an_edited_title_and_a_corrected_meeting(admin_client, seeded):
    article = seeded["004"]
    call = article.meetings.get()
    changes = {"title": "عنوان المحررين", "meetings-0-place": "أستانا"}
    edit(admin_client, article, **changes)
    article.refresh_from_db()
    assert article.staff_edited == ["title"]
    output = ingest(FIXTURES, reparse=True)
    assert "kept 2 staff edits" in output
    article.refresh_from_db()
    assert article.title == "عنوان المحررين"
    [kept] = article.meetings.all()  # not rebuilt, nor read again beside it
    assert (kept.pk, kept.place, kept.staff_edited) == (call.pk, "أستانا", True)


def test_reparse_leaves_a_meeting_staff_deleted_deleted(admin_client, seeded):
    article = seeded["001"]
    assert article.meetings.count() == 3
    edit(admin_client, article, **{"meetings-0-DELETE": "on"})
    ingest(FIXTURES, reparse=True)
    assert article.meetings.count() == 2


def test_a_meeting_saved_on_its_own_page_is_kept_by_reparse(admin_client, seeded):
    call = Meeting.objects.get(article=seeded["004"])
    url = reverse("admin:archive_meeting_change", args=[call.pk])
    data = posted_back(admin_client, url) | {"place": "بكين"}
    assert admin_client.post(url, data).status_code == 302
    ingest(FIXTURES, reparse=True)
    assert Meeting.objects.get(article=seeded["004"]).place == "بكين"


def test_an_export_rerun_keeps_a_staff_title_and_changes_nothing(
    admin_client, clean_index, tmp_path
):
    export = tmp_path / "news.jsonl"
    text = (FIXTURES / "004_3f105a9da3bd0b0b.txt").read_text(encoding="utf-8")
    line = {"text": text, "title": "عنوان المصدر", "url": "https://example.org/1"}
    export.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest(export)
    article = Article.objects.get()
    edit(admin_client, article, title="عنوان المحررين")
    assert ingest(export).strip().endswith("unchanged 1, duplicate 0, rejected 0")
    article.refresh_from_db()
    assert article.title == "عنوان المحررين"
