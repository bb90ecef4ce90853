"""The search parameters of `/search/` and `/api/search/`, checked once for both."""

from django import forms

from archive.models import Country, MeetingKind, Person, Source
from archive.search.query import over_cap

MAX_PAGE = 10_000

INVALID_COUNTRY = "رمز الدولة غير معروف: استعمل رمز ISO من حرفين كبيرين، مثل KZ."
INVALID_PERSON = "لا يوجد شخص بهذا المعرف."
INVALID_SOURCE = "لا يوجد مصدر بهذا المعرف."
INVALID_KIND = "نوع اللقاء واحد من: in_person أو phone أو video."
INVALID_YEAR = "السنة عدد من أربعة أرقام، مثل 2021."
INVALID_DATE = "التاريخ بالصيغة YYYY-MM-DD، مثل 2021-07-14."
INVALID_RANGE = "تاريخ البداية بعد تاريخ النهاية."
INVALID_SORT = "الترتيب واحد من: relevance أو date أو -date."
INVALID_PAGE = f"رقم الصفحة عدد صحيح من 1 إلى {MAX_PAGE}."

SORT_CHOICES = [
    ("", "تلقائي: الأكثر صلة، أو الأحدث دون كلمات بحث"),
    ("relevance", "الأكثر صلة"),
    ("-date", "الأحدث أولا"),
    ("date", "الأقدم أولا"),
]


def _messages(text: str, *codes: str) -> dict[str, str]:
    return dict.fromkeys(codes, text)


def _chosen_from_facets(model, key: str, label: str, invalid: str):
    """Country, person and source are picked from the facets; the form keeps it."""
    return forms.ModelChoiceField(
        model.objects.all(),
        to_field_name=key,
        label=label,
        required=False,
        widget=forms.HiddenInput,
        error_messages=_messages(invalid, "invalid_choice"),
    )


class SearchForm(forms.Form):
    q = forms.CharField(label="ابحث في الأرشيف", required=False)
    country = _chosen_from_facets(Country, "code", "الدولة", INVALID_COUNTRY)
    person = _chosen_from_facets(Person, "slug", "الشخص", INVALID_PERSON)
    source = _chosen_from_facets(Source, "slug", "المصدر", INVALID_SOURCE)
    kind = forms.ChoiceField(
        label="نوع اللقاء",
        choices=[("", "كل الأنواع"), *MeetingKind.choices],
        required=False,
        error_messages=_messages(INVALID_KIND, "invalid_choice"),
    )
    year = forms.IntegerField(
        label="السنة",
        min_value=1000,
        max_value=9999,
        required=False,
        error_messages=_messages(INVALID_YEAR, "invalid", "min_value", "max_value"),
    )
    sort = forms.ChoiceField(
        label="الترتيب",
        choices=SORT_CHOICES,
        required=False,
        error_messages=_messages(INVALID_SORT, "invalid_choice"),
    )
    page = forms.IntegerField(
        label="الصفحة",
        min_value=1,
        max_value=MAX_PAGE,
        required=False,
        widget=forms.HiddenInput,
        error_messages=_messages(INVALID_PAGE, "invalid", "min_value", "max_value"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" and "to" are Python keywords, so these two join here.
        for name, label in (("from", "من تاريخ"), ("to", "إلى تاريخ")):
            self.fields[name] = forms.DateField(
                label=label,
                required=False,
                input_formats=["%Y-%m-%d"],
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                error_messages=_messages(INVALID_DATE, "invalid"),
            )

    def clean_q(self):
        problem = over_cap(self.cleaned_data["q"])
        if problem:
            raise forms.ValidationError(problem)
        return self.cleaned_data["q"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            self.add_error("from", INVALID_RANGE)
        return cleaned

    def error_text(self) -> str:
        """The errors in one line, each after the parameter it concerns."""
        return " ".join(
            f"{name}: {message}"
            for name, messages in self.errors.items()
            for message in messages
        )
