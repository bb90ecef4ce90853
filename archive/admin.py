"""Staff editing of every record; a saved edit commits at once and reaches search as
soon as the index is free (the outbox, archive/search/outbox.py), and re-parsing keeps
it (Article.staff_edited, Meeting.staff_edited)."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.db import models

from archive import pagecache
from archive.ingest.pipeline import STAFF_MEETINGS
from archive.merging import merge_people
from archive.models import (
    Article,
    Country,
    CountryAlias,
    Meeting,
    Office,
    Organization,
    OrganizationAlias,
    Participation,
    Person,
    PersonAlias,
    PersonStatus,
    Place,
    PlaceAlias,
    Source,
)

admin.site.site_header = "أرشيف الأخبار الدبلوماسية"
admin.site.site_title = "إدارة الأرشيف"
admin.site.index_title = "السجلات"


def mark_staff_meetings(formset) -> bool:
    """Mark the meetings staff changed in `formset`; whether they deleted one."""
    for form in formset.forms:
        if form.has_changed():
            form.instance.staff_edited = True
    return any(form.instance.pk for form in formset.deleted_forms)


class YearFilter(admin.SimpleListFilter):
    title = "السنة"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates("date", "year", order="DESC")
        return [(d.year, d.year) for d in years]

    def queryset(self, request, queryset):
        return queryset.filter(date__year=self.value()) if self.value() else queryset


def sync_participants(meeting: Meeting, people) -> None:
    """Participants as chosen, each with the office held on the meeting's date;
    participants without a person (an office, a body) are edited on the meeting."""
    named = meeting.participations.filter(person__isnull=False)
    named.exclude(person__in=people).delete()
    have = set(meeting.participations.values_list("person_id", flat=True))
    for person in people:
        if person.pk not in have:
            meeting.add_participant(person)


class MeetingInlineForm(forms.ModelForm):
    people = forms.ModelMultipleChoiceField(
        Person.objects.all(),
        required=False,
        label="المشاركون",
        widget=AutocompleteSelectMultiple(
            Meeting._meta.get_field("participants"), admin.site
        ),
    )

    class Meta:
        model = Meeting
        fields = ["kind", "date", "date_precision", "place", "sentence", "countries"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["people"] = list(
                self.instance.participants.values_list("pk", flat=True)
            )

    def _save_m2m(self):
        super()._save_m2m()
        sync_participants(self.instance, self.cleaned_data["people"])


class MeetingInline(admin.StackedInline):
    model = Meeting
    form = MeetingInlineForm
    extra = 0
    autocomplete_fields = ["countries"]
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["display_title", "date", "date_precision", "source", "source_file"]
    list_filter = [
        ("countries", admin.RelatedOnlyFieldListFilter),
        YearFilter,
        ("meetings__kind", admin.ChoicesFieldListFilter),
        ("source", admin.RelatedOnlyFieldListFilter),
        "date_precision",
    ]
    search_fields = ["title", "body", "source_file"]
    autocomplete_fields = ["countries", "people", "source"]
    readonly_fields = [
        "raw_text",
        "source_file",
        "content_hash",
        "created_at",
        "updated_at",
    ]
    date_hierarchy = "date"
    inlines = [MeetingInline]
    fieldsets = [
        (None, {"fields": ["title", "body", "source", "place", "countries", "people"]}),
        (
            "التاريخ",
            {"fields": ["date", "date_precision", "partial_month", "partial_day"]},
        ),
        ("النشر", {"fields": ["published_at", "source_file", "content_hash"]}),
        ("النص الأصلي", {"classes": ["collapse"], "fields": ["raw_text"]}),
        ("السجل", {"fields": ["created_at", "updated_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source").distinct()

    def save_model(self, request, obj, form, change):
        obj.staff_edited = sorted({*obj.staff_edited, *form.changed_data})
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is Meeting and mark_staff_meetings(formset):
            article = form.instance
            article.staff_edited = sorted({*article.staff_edited, STAFF_MEETINGS})
            article.save(update_fields=["staff_edited"])
        super().save_formset(request, form, formset, change)


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 1
    fields = ["person", "office", "country", "organization"]
    autocomplete_fields = ["person", "country", "organization"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "date", "place", "article"]
    list_filter = ["kind", YearFilter, ("countries", admin.RelatedOnlyFieldListFilter)]
    search_fields = [
        "sentence",
        "place",
        "participants__name_ar",
        "participations__office",
        "organizations__name_ar",
    ]
    autocomplete_fields = ["article", "countries"]
    inlines = [ParticipationInline]
    date_hierarchy = "date"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .prefetch_related(
                "participations__person",
                "participations__country",
                "participations__organization",
            )
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.has_changed() or any(formset.has_changed() for formset in formsets):
            Meeting.objects.filter(pk=form.instance.pk).update(staff_edited=True)


class CountryAliasInline(admin.TabularInline):
    model = CountryAlias
    extra = 1
    fields = ["text", "is_adjective"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name_ar", "name_en", "code", "region"]
    list_filter = ["region"]
    search_fields = ["name_ar", "name_en", "code", "aliases__text"]
    inlines = [CountryAliasInline]


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1
    fields = ["text"]


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0
    autocomplete_fields = ["country"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name_ar", "name_en", "country", "status"]
    list_filter = ["status", ("country", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name_ar", "name_en", "aliases__text"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [PersonAliasInline, OfficeInline]
    actions = ["confirm", "merge"]

    @admin.action(description="تأكيد الأشخاص المقترحين المحددين")
    def confirm(self, request, queryset):
        count = queryset.filter(status=PersonStatus.PROPOSED).update(
            status=PersonStatus.CONFIRMED
        )
        pagecache.archive_changed()  # an update() sends no signal
        self.message_user(request, f"تم تأكيد {count} من الأشخاص.")

    @admin.action(description="دمج الأشخاص المحددين في شخص واحد (المؤكد أولا)")
    def merge(self, request, queryset):
        people = sorted(
            queryset, key=lambda p: (p.status != PersonStatus.CONFIRMED, p.pk)
        )
        if len(people) < 2:
            self.message_user(request, "اختر شخصين على الأقل للدمج.", messages.WARNING)
            return
        keep = people[0]
        for other in people[1:]:
            merge_people(keep=keep, merge=other)
        self.message_user(request, f"دمج {len(people) - 1} في «{keep}».")


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name_ar", "name_en", "url"]
    search_fields = ["name_ar", "name_en", "other_names"]
    prepopulated_fields = {"slug": ["name_en"]}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class OrganizationAliasInline(admin.TabularInline):
    model = OrganizationAlias
    extra = 1
    fields = ["text"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name_ar", "name_en"]
    search_fields = ["name_ar", "name_en", "aliases__text"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [OrganizationAliasInline]


class PlaceAliasInline(admin.TabularInline):
    model = PlaceAlias
    extra = 1
    fields = ["text"]


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name_ar", "name_en", "country", "is_capital"]
    list_filter = ["is_capital", ("country", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name_ar", "name_en", "aliases__text"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [PlaceAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("country")
