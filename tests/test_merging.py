"""Merging a proposed person into the official the gazetteer already knows."""

import pytest
from django.urls import reverse
from haystack.query import SearchQuerySet

from archive.merging import merge_people
from archive.models import Article, Meeting, Person, PersonStatus
from archive.search.outbox import index_articles

pytestmark = pytest.mark.django_db


@pytest.fixture
def twin(seeded):
    """A proposed second record of Wang Yi, holding the phone call of seed 004."""
    wang = Person.objects.get(name_en="Wang Yi")
    twin = Person.objects.create(name_ar="وانج يي", status=PersonStatus.PROPOSED)
    call = Meeting.objects.get(article=seeded["004"])
    call.participations.filter(person=wang).update(person=twin)
    seeded["004"].people.add(twin)
    index_articles([seeded["004"].pk])
    return wang, twin, call


def indexed_with(person) -> set[int]:
    return {
        int(hit.pk)
        for hit in SearchQuerySet().models(Article).filter(people=person.slug)
    }


def test_merge_moves_meetings_articles_and_spellings(twin):
    wang, proposed, call = twin
    merge_people(keep=wang, merge=proposed)
    assert not Person.objects.filter(pk=proposed.pk).exists()
    assert wang in call.participants.all()
    assert wang.aliases.filter(text="وانج يي").exists()
    assert wang.status == PersonStatus.CONFIRMED


def test_merge_never_duplicates_a_participant(twin, seeded):
    wang, proposed, _ = twin
    meeting = Meeting.objects.filter(article=seeded["000"]).get()
    meeting.participations.create(person=proposed)
    merge_people(keep=wang, merge=proposed)
    assert list(meeting.participants.filter(pk=wang.pk)) == [wang]


def test_merging_someone_into_themselves_is_refused(twin):
    wang, _, _ = twin
    with pytest.raises(ValueError):
        merge_people(keep=wang, merge=wang)


def test_admin_action_keeps_the_confirmed_person_and_reindexes(
    admin_client, twin, django_capture_on_commit_callbacks
):
    wang, proposed, call = twin
    assert indexed_with(proposed) == {call.article_id}
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("admin:archive_person_changelist"),
            {"action": "merge", "_selected_action": [proposed.pk, wang.pk]},
        )
    assert Person.objects.filter(pk=wang.pk).exists()
    assert not Person.objects.filter(pk=proposed.pk).exists()
    assert indexed_with(proposed) == set()
    assert call.article_id in indexed_with(wang)
