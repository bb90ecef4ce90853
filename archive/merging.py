"""Merging two records of one person, as staff do when ingest proposed a second one."""

from django.db import transaction

from archive.arabic import normalize
from archive.models import Person, PersonAlias, PersonStatus


@transaction.atomic
def merge_people(*, keep: Person, merge: Person) -> Person:
    """Give `keep` everything `merge` has (meetings, articles, spellings, offices),
    then delete `merge`; the search index follows through the usual signals."""
    if keep.pk == merge.pk:
        raise ValueError("a person cannot be merged into themselves")
    for participation in merge.participations.all():
        if keep.participations.filter(meeting=participation.meeting_id).exists():
            participation.delete()
        else:
            participation.person = keep
            participation.save()
    keep.articles.add(*merge.articles.all())
    _move_spellings(keep, merge)
    held = set(keep.offices.values_list("role", "country_id", "start"))
    for office in merge.offices.all():
        if (office.role, office.country_id, office.start) not in held:
            office.person = keep
            office.save()
    if keep.country_id is None:
        keep.country_id = merge.country_id
    if merge.status == PersonStatus.CONFIRMED:
        keep.status = PersonStatus.CONFIRMED
    keep.save()
    merge.delete()
    return keep


def _move_spellings(keep: Person, merge: Person) -> None:
    known = set(keep.aliases.values_list("normalized", flat=True))
    known.add(normalize(keep.name_ar))
    for alias in merge.aliases.all():
        if alias.normalized in known:
            alias.delete()
        else:
            alias.person = keep
            alias.save()
            known.add(alias.normalized)
    if normalize(merge.name_ar) not in known:
        PersonAlias.objects.create(person=keep, text=merge.name_ar)
