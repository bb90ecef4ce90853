"""Who met whom, where, when and how: every meeting, filtered by GET parameters."""

from html import escape

from django import forms
from django.utils.safestring import mark_safe
from django.views.generic import ListView

from archive.models import Country, Meeting, MeetingKind, Person
from archive.views import queries


class PlainSelect(forms.Select):
    """A select built in one pass: through Django's templates, one per option, the
    thousand people to choose from cost half of the meetings page."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = {"name": name, **self.build_attrs(self.attrs, attrs)}
        chosen = self.format_value(value)
        options = "".join(
            f'<option value="{escape(str(key))}"'
            f"{' selected' if str(key) in chosen else ''}>{escape(str(label))}</option>"
            for key, label in self.choices
        )
        head = "".join(f' {key}="{escape(str(v))}"' for key, v in attrs.items())
        return mark_safe(f"<select{head}>{options}</select>")  # all escaped above


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, person):
        return (
            f"{person.name_ar} ({person.country})" if person.country else person.name_ar
        )


class MeetingFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label="النوع",
        required=False,
        choices=[("", "كل الأنواع"), *MeetingKind.choices],
        widget=PlainSelect,
    )
    country = forms.ModelChoiceField(
        label="الدولة",
        required=False,
        queryset=Country.objects.filter(meetings__isnull=False).distinct(),
        to_field_name="code",
        empty_label="كل الدول",
        widget=PlainSelect,
    )
    person = PersonChoiceField(
        label="الشخص",
        required=False,
        queryset=Person.objects.filter(participations__isnull=False)
        .distinct()
        .select_related("country"),
        to_field_name="slug",
        empty_label="كل الأشخاص",
        widget=PlainSelect,
    )
    year = forms.TypedChoiceField(
        label="السنة", required=False, coerce=int, widget=PlainSelect
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = Meeting.objects.dates("date", "year", order="DESC")
        self.fields["year"].choices = [("", "كل السنوات")] + [
            (d.year, d.year) for d in years
        ]

    def filter(self, meetings):
        """Apply the valid filters; an invalid one is reported and left out."""
        self.is_valid()
        data = {k: v for k, v in self.cleaned_data.items() if v not in ("", None)}
        if "kind" in data:
            meetings = meetings.filter(kind=data["kind"])
        if "country" in data:
            meetings = meetings.filter(countries=data["country"])
        if "person" in data:
            meetings = meetings.filter(participations__person=data["person"])
        if "year" in data:
            meetings = meetings.filter(date__year=data["year"])
        return meetings


class MeetingListView(ListView):
    template_name = "archive/meeting_list.html"
    paginate_by = 25
    paginate_orphans = 3

    def get_queryset(self):
        self.form = MeetingFilterForm(self.request.GET)
        return self.form.filter(queries.meetings_for_listing())

    def get_context_data(self, **kwargs):
        filtered = any(self.request.GET.get(name) for name in self.form.fields)
        return super().get_context_data(form=self.form, filtered=filtered, **kwargs)
