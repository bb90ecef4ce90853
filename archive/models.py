"""The archive's records and the invariants the database itself keeps."""

from __future__ import annotations

import zlib
from collections.abc import Callable

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify

from archive.arabic import normalize
from archive.dates import PartialDate
from archive.vocabulary import MeetingKind as Kind
from archive.vocabulary import OfficeRole as Role
from archive.vocabulary import Precision


class Region(models.TextChoices):
    CENTRAL_ASIA = "central_asia", "آسيا الوسطى"
    EAST_ASIA = "east_asia", "شرق آسيا"
    SOUTH_ASIA = "south_asia", "جنوب آسيا"
    SOUTHEAST_ASIA = "southeast_asia", "جنوب شرق آسيا"
    WEST_ASIA = "west_asia", "غرب آسيا"
    ARAB_WORLD = "arab_world", "العالم العربي"
    EUROPE = "europe", "أوروبا"
    AFRICA = "africa", "أفريقيا"
    AMERICAS = "americas", "الأمريكتان"
    OCEANIA = "oceania", "أوقيانوسيا"
    OTHER = "other", "أخرى"


class Country(models.Model):
    code = models.CharField("رمز ISO", max_length=2, unique=True)
    name_ar = models.CharField("الاسم العربي", max_length=100)
    name_en = models.CharField("الاسم الإنجليزي", max_length=100)
    region = models.CharField(
        "المنطقة", max_length=20, choices=Region.choices, default=Region.OTHER
    )

    class Meta:
        ordering = ["name_ar"]
        verbose_name = "دولة"
        verbose_name_plural = "الدول"
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_iso2"
            )
        ]

    def __str__(self):
        return self.name_ar

    def get_absolute_url(self):
        return reverse("country_detail", args=[self.code])


class Alias(models.Model):
    """One spelling of a name as news prints it; matching uses `normalized`."""

    text = models.CharField("الكتابة", max_length=120)
    normalized = models.CharField(max_length=120, editable=False, db_index=True)

    class Meta:
        abstract = True
        ordering = ["text"]

    def save(self, *args, **kwargs):
        self.text = self.text.strip()
        self.normalized = normalize(self.text)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.text


class CountryAlias(Alias):
    country = models.ForeignKey(
        Country, on_delete=models.CASCADE, related_name="aliases"
    )
    is_adjective = models.BooleanField("صفة نسبة", default=False)

    class Meta(Alias.Meta):
        verbose_name = "كتابة لاسم دولة"
        verbose_name_plural = "كتابات أسماء الدول"
        constraints = [
            # One spelling names one country, or matching would be a coin toss.
            models.UniqueConstraint(fields=["normalized"], name="country_alias_unique"),
            models.CheckConstraint(
                condition=~Q(text=""), name="country_alias_not_empty"
            ),
        ]


class PersonStatus(models.TextChoices):
    CONFIRMED = "confirmed", "مؤكد"
    PROPOSED = "proposed", "مقترح (بانتظار التأكيد)"


class Person(models.Model):
    name_ar = models.CharField("الاسم العربي المفضل", max_length=120)
    name_en = models.CharField("الاسم الإنجليزي", max_length=120, blank=True)
    slug = models.SlugField(max_length=140, unique=True, allow_unicode=True)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, null=True, blank=True, related_name="people"
    )
    status = models.CharField(
        "الحالة",
        max_length=10,
        choices=PersonStatus.choices,
        default=PersonStatus.CONFIRMED,
    )
    normalized_name = models.CharField(max_length=120, editable=False, default="")

    class Meta:
        ordering = ["name_ar"]
        verbose_name = "شخص"
        verbose_name_plural = "الأشخاص"
        constraints = [
            # Two ingests proposing one official at once must not make two people.
            models.UniqueConstraint(
                fields=["normalized_name", "country"],
                condition=Q(country__isnull=False),
                name="person_unique_name_in_country",
            ),
            models.UniqueConstraint(
                fields=["normalized_name"],
                condition=Q(country__isnull=True),
                name="person_unique_name_without_country",
            ),
        ]

    def __str__(self):
        return self.name_ar

    def save(self, *args, **kwargs):
        self.normalized_name = normalize(self.name_ar.strip())
        if not self.slug:
            self.slug = unique_slug(Person, self.name_en or self.name_ar)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("person_detail", args=[self.slug])

    def office_on(self, day) -> Office | None:
        """The office held on a date (latest first); the latest one without a date."""
        offices = self.offices.all()
        return next((o for o in offices if day is None or o.held_on(day)), None)


def unique_slug(model, text: str) -> str:
    return free_slug(text, lambda slug: model.objects.filter(slug=slug).exists())


def free_slug(text: str, taken: Callable[[str], bool]) -> str:
    """The slug of ``text``, numbered past those ``taken`` says are used."""
    base = slugify(text, allow_unicode=True)[:120] or "x"
    slug, n = base, 1
    while taken(slug):
        n += 1
        slug = f"{base}-{n}"
    return slug


class PersonAlias(Alias):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")

    class Meta(Alias.Meta):
        verbose_name = "كتابة لاسم شخص"
        verbose_name_plural = "كتابات أسماء الأشخاص"
        constraints = [
            models.UniqueConstraint(
                fields=["person", "normalized"], name="person_alias_unique"
            ),
            models.CheckConstraint(
                condition=~Q(text=""), name="person_alias_not_empty"
            ),
        ]


class OfficeRole(models.TextChoices):
    HEAD_OF_STATE = Role.HEAD_OF_STATE, "رئيس الدولة"
    HEAD_OF_GOVERNMENT = Role.HEAD_OF_GOVERNMENT, "رئيس الحكومة"
    DEPUTY_HEAD_OF_GOVERNMENT = Role.DEPUTY_HEAD_OF_GOVERNMENT, "نائب رئيس الحكومة"
    FOREIGN_MINISTER = Role.FOREIGN_MINISTER, "وزير الخارجية"
    MINISTER = Role.MINISTER, "وزير"
    OTHER = Role.OTHER, "منصب آخر"


class Office(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="offices")
    role = models.CharField("الدور", max_length=30, choices=OfficeRole.choices)
    title_ar = models.CharField("المنصب كما يكتب", max_length=200)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="offices"
    )
    start = models.DateField("من", null=True, blank=True)
    end = models.DateField("إلى", null=True, blank=True)

    class Meta:
        ordering = ["-start"]
        verbose_name = "منصب"
        verbose_name_plural = "المناصب"
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True)
                | Q(end__isnull=True)
                | Q(end__gte=models.F("start")),
                name="office_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title_ar

    def held_on(self, day) -> bool:
        return (self.start is None or self.start <= day) and (
            self.end is None or day <= self.end
        )


class Source(models.Model):
    name_ar = models.CharField("الاسم العربي", max_length=100, unique=True)
    name_en = models.CharField("الاسم الإنجليزي", max_length=100, blank=True)
    slug = models.SlugField(max_length=100, unique=True)
    url = models.URLField("الموقع", blank=True)
    other_names = models.TextField(
        "أسماء أخرى", blank=True, help_text="كل اسم في سطر: كما يرد في خط التاريخ"
    )

    class Meta:
        ordering = ["name_ar"]
        verbose_name = "مصدر"
        verbose_name_plural = "المصادر"

    def __str__(self):
        return self.name_ar

    def names(self) -> list[str]:
        return [
            self.name_ar,
            *filter(None, map(str.strip, self.other_names.splitlines())),
        ]


class Organization(models.Model):
    """A body that is not a state's government: the UN, the SCO, Taliban, a company."""

    name_ar = models.CharField("الاسم العربي", max_length=150, unique=True)
    name_en = models.CharField("الاسم الإنجليزي", max_length=150, blank=True)
    slug = models.SlugField(max_length=160, unique=True, allow_unicode=True)

    class Meta:
        ordering = ["name_ar"]
        verbose_name = "منظمة"
        verbose_name_plural = "المنظمات"

    def __str__(self):
        return self.name_ar

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organization, self.name_en or self.name_ar)
        super().save(*args, **kwargs)


class OrganizationAlias(Alias):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="aliases"
    )

    class Meta(Alias.Meta):
        verbose_name = "كتابة لاسم منظمة"
        verbose_name_plural = "كتابات أسماء المنظمات"
        constraints = [
            models.UniqueConstraint(
                fields=["normalized"], name="organization_alias_unique"
            ),
            models.CheckConstraint(
                condition=~Q(text=""), name="organization_alias_not_empty"
            ),
        ]


class Place(models.Model):
    """A city where meetings happen and datelines are written."""

    name_ar = models.CharField("الاسم العربي", max_length=100)
    name_en = models.CharField("الاسم الإنجليزي", max_length=100, blank=True)
    slug = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="places", verbose_name="الدولة"
    )
    is_capital = models.BooleanField("عاصمة", default=False)
    latitude = models.FloatField("خط العرض", null=True, blank=True)
    longitude = models.FloatField("خط الطول", null=True, blank=True)

    class Meta:
        ordering = ["name_ar"]
        verbose_name = "مكان"
        verbose_name_plural = "الأماكن"
        constraints = [
            models.UniqueConstraint(
                fields=["name_ar", "country"], name="place_unique_in_country"
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__range=(-90, 90)),
                name="place_latitude_valid",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__range=(-180, 180)),
                name="place_longitude_valid",
            ),
        ]

    def __str__(self):
        return self.name_ar

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Place, self.name_en or self.name_ar)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("place_detail", args=[self.slug])


class PlaceAlias(Alias):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="aliases")

    class Meta(Alias.Meta):
        verbose_name = "كتابة لاسم مكان"
        verbose_name_plural = "كتابات أسماء الأماكن"
        constraints = [
            # طرابلس is a city of Libya and of Lebanon: unique per place only.
            models.UniqueConstraint(
                fields=["place", "normalized"], name="place_alias_unique"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="place_alias_not_empty"),
        ]


class DatePrecision(models.TextChoices):
    DAY = Precision.DAY, "يوم"
    MONTH = Precision.MONTH, "شهر"
    YEAR = Precision.YEAR, "سنة"
    DAY_NO_YEAR = Precision.DAY_NO_YEAR, "يوم وشهر دون سنة"
    UNKNOWN = Precision.UNKNOWN, "غير معروف"


class Dated(models.Model):
    """An event date as the text gives it: never a guessed year, never today's date.

    `date` is the first day the known parts cover (for sorting and ranges); a day and
    month without a year live in `partial_month` / `partial_day` only.
    """

    date = models.DateField("التاريخ", null=True, blank=True, db_index=True)
    date_precision = models.CharField(
        "دقة التاريخ",
        max_length=12,
        choices=DatePrecision.choices,
        default=DatePrecision.UNKNOWN,
    )
    partial_month = models.PositiveSmallIntegerField(null=True, blank=True)
    partial_day = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        abstract = True

    @classmethod
    def date_constraints(cls, prefix: str) -> list[models.CheckConstraint]:
        with_year = Q(
            date_precision__in=[Precision.DAY, Precision.MONTH, Precision.YEAR]
        )
        no_partial = Q(partial_month__isnull=True, partial_day__isnull=True)
        return [
            models.CheckConstraint(
                condition=(with_year & Q(date__isnull=False) & no_partial)
                | (
                    Q(date_precision=Precision.DAY_NO_YEAR, date__isnull=True)
                    & Q(partial_month__range=(1, 12), partial_day__range=(1, 31))
                )
                | (Q(date_precision=Precision.UNKNOWN, date__isnull=True) & no_partial),
                name=f"{prefix}_date_matches_precision",
            )
        ]

    @property
    def event_date(self) -> PartialDate:
        if self.date_precision == Precision.DAY_NO_YEAR:
            return PartialDate(None, self.partial_month, self.partial_day)
        if self.date is None:
            return PartialDate()
        d = self.date
        return {
            Precision.DAY: PartialDate(d.year, d.month, d.day),
            Precision.MONTH: PartialDate(d.year, d.month),
            Precision.YEAR: PartialDate(d.year),
        }[self.date_precision]

    @event_date.setter
    def event_date(self, value: PartialDate | None):
        value = value or PartialDate()
        self.date = value.as_date()
        self.date_precision = value.precision
        no_year = value.precision == Precision.DAY_NO_YEAR
        self.partial_month = value.month if no_year else None
        self.partial_day = value.day if no_year else None

    @property
    def api_precision(self) -> str | None:
        """The interface's precision: day, month, year, day_no_year, or null."""
        known = self.date_precision != Precision.UNKNOWN
        return self.date_precision if known else None


class CompressedTextField(models.BinaryField):
    """Text kept zlib-compressed in a binary column, read back as the same str: news
    text shrinks to about a third. Serialized (dumpdata) as plain text, so backups
    read the same before and after. Only ever compared whole, never searched."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def get_default(self):
        default = super().get_default()
        return "" if default == b"" else default

    def from_db_value(self, value, expression, connection):
        return None if value is None else zlib.decompress(bytes(value)).decode()

    def to_python(self, value):
        if isinstance(value, bytes | memoryview):
            return zlib.decompress(bytes(value)).decode()
        return value

    def get_prep_value(self, value):
        if isinstance(value, str):
            return zlib.compress(value.encode(), 6)
        return value

    def value_to_string(self, obj):
        return self.value_from_object(obj)


class ArticleQuerySet(models.QuerySet):
    def for_listing(self):
        # A list never shows the original text: not loading it halves the rows read.
        return (
            self.select_related("source")
            .prefetch_related("countries")
            .defer("raw_text")
        )

    def by_date(self):
        return self.order_by(models.F("date").desc(nulls_last=True), "-id")


class Article(Dated):
    title = models.CharField("العنوان", max_length=500, blank=True)
    body = models.TextField("النص")
    raw_text = CompressedTextField("النص الأصلي كما ورد")
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name="المصدر",
    )
    place = models.CharField("مكان خط التاريخ", max_length=100, blank=True)
    city = models.ForeignKey(
        Place,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name="مدينة خط التاريخ",
    )
    url = models.URLField("الرابط الأصلي", max_length=1000, blank=True)
    published_at = models.DateTimeField("وقت النشر", null=True, blank=True)
    countries = models.ManyToManyField(
        Country, blank=True, related_name="articles", verbose_name="الدول"
    )
    people = models.ManyToManyField(
        Person, blank=True, related_name="articles", verbose_name="الأشخاص"
    )
    source_file = models.CharField("الملف المصدر", max_length=255, unique=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    # Fields staff changed in the admin: a re-parse keeps them.
    staff_edited = models.JSONField(default=list, blank=True, editable=False)
    created_at = models.DateTimeField("أضيف في", auto_now_add=True)
    updated_at = models.DateTimeField("عدل في", auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [models.F("date").desc(nulls_last=True), "-id"]
        verbose_name = "مقال"
        verbose_name_plural = "المقالات"
        constraints = [
            *Dated.date_constraints("article"),
            models.CheckConstraint(
                condition=~Q(body=""), name="article_body_not_empty"
            ),
            models.CheckConstraint(
                condition=~Q(raw_text=""), name="article_raw_text_not_empty"
            ),
            models.CheckConstraint(
                condition=Q(content_hash__regex=r"^[0-9a-f]{64}$"),
                name="article_content_hash_sha256",
            ),
        ]
        # The dates pages select by precision, then by date or its absence.
        indexes = [
            models.Index(fields=["date_precision", "date"], name="article_by_date")
        ]

    def __str__(self):
        return self.display_title

    @property
    def display_title(self) -> str:
        """The page's title, or the opening words when the page printed none."""
        if self.title:
            return self.title
        words = self.body.split()
        return " ".join(words[:12]) + (" …" if len(words) > 12 else "")

    def get_absolute_url(self):
        return reverse("article_detail", args=[self.pk])


class MeetingKind(models.TextChoices):
    IN_PERSON = Kind.IN_PERSON, "لقاء مباشر"
    PHONE = Kind.PHONE, "اتصال هاتفي"
    VIDEO = Kind.VIDEO, "عبر الفيديو"


class Meeting(Dated):
    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="meetings",
        verbose_name="المقال",
    )
    kind = models.CharField("النوع", max_length=10, choices=MeetingKind.choices)
    place = models.CharField("المكان", max_length=100, blank=True)
    city = models.ForeignKey(
        Place,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name="المدينة",
    )
    sentence = models.TextField("الجملة التي تذكره")
    # A meeting staff created or corrected: a re-parse keeps it as it is.
    staff_edited = models.BooleanField("عدله المحررون", default=False)
    participants = models.ManyToManyField(
        Person,
        through="Participation",
        related_name="meetings",
        verbose_name="المشاركون",
    )
    countries = models.ManyToManyField(
        Country, blank=True, related_name="meetings", verbose_name="الدول"
    )
    organizations = models.ManyToManyField(
        Organization,
        through="Participation",
        related_name="meetings",
        verbose_name="المنظمات",
    )

    class Meta:
        ordering = [models.F("date").desc(nulls_last=True), "article_id", "id"]
        verbose_name = "لقاء"
        verbose_name_plural = "اللقاءات"
        constraints = [
            *Dated.date_constraints("meeting"),
            models.CheckConstraint(
                condition=Q(kind__in=MeetingKind.values), name="meeting_kind_valid"
            ),
        ]

    def add_participant(
        self,
        person: Person | None = None,
        office: str = "",
        *,
        country: Country | None = None,
        organization: Organization | None = None,
    ) -> Participation:
        """A participant as the text names them: a person, with the office as printed
        else the one held that day, and the person's country unless another is
        given; or an office of a country or an organisation ("نظيره الطاجيكي")."""
        if person is not None and not office:
            held = person.office_on(self.date)
            office = held.title_ar if held else ""
        return Participation.objects.create(
            meeting=self,
            person=person,
            office=office,
            country_id=country.pk if country else getattr(person, "country_id", None),
            organization=organization,
        )

    def __str__(self):
        # A deleted meeting (the admin names it after deleting) has no participants
        # to read: asking would fail, and the failure's message calls __str__ again.
        participations = self.participations.all() if self.pk else []
        names = " و".join(map(str, participations))
        return (
            f"{self.get_kind_display()}: {names}" if names else self.get_kind_display()
        )


class Participation(models.Model):
    """Who took part: a person, or an office of a country ("نظيره الطاجيكي"), or an
    organisation, as the text names them."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="participations"
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
        verbose_name="الشخص",
    )
    office = models.CharField("المنصب وقتها", max_length=200, blank=True)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, null=True, blank=True, verbose_name="الدولة"
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
        verbose_name="المنظمة",
    )

    class Meta:
        verbose_name = "مشارك"
        verbose_name_plural = "المشاركون"
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person"],
                condition=Q(person__isnull=False),
                name="participation_unique",
            ),
            models.CheckConstraint(
                condition=Q(person__isnull=False)
                | Q(organization__isnull=False)
                | (~Q(office="") & Q(country__isnull=False)),
                name="participation_names_someone",
            ),
        ]

    def __str__(self):
        return self.person.name_ar if self.person_id else self.label

    @property
    def label(self) -> str:
        """A participant without a name, as a page names them: the office of its
        country (وزير خارجية طاجيكستان) or of its body, else the body alone."""
        body = self.organization.name_ar if self.organization_id else ""
        owner = self.country.name_ar if self.country_id else body
        if not self.office:
            return owner
        label = of_owner(self.office, owner)
        return f"{label} ({body})" if self.country_id and body else label


def of_owner(office: str, owner: str) -> str:
    """'وزير الخارجية' of 'طاجيكستان' → 'وزير خارجية طاجيكستان': in the construct
    state the office's words lose their article (الأمين العام → أمين عام). An office
    that ends in a nisba (الطاجيكي) or names its owner already says whose it is."""
    words = office.split()
    if (
        not owner
        or owner in office
        or words[-1].startswith("ال")
        and words[-1][-1] == "ي"
    ):
        return office
    bare = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
    return " ".join([*bare, owner])


class IndexAction(models.TextChoices):
    UPDATE = "update", "تحديث"
    DELETE = "delete", "حذف"


class PendingIndex(models.Model):
    """An article the search index still lacks: written in the same transaction as the
    article, removed once the index holds it, so a killed run never hides an article."""

    article_id = models.PositiveBigIntegerField(unique=True)
    action = models.CharField(max_length=6, choices=IndexAction.choices)
    queued_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["queued_at", "id"]
        verbose_name = "مقال بانتظار الفهرسة"
        verbose_name_plural = "مقالات بانتظار الفهرسة"
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=IndexAction.values), name="pending_action_valid"
            )
        ]

    def __str__(self):
        return f"{self.action} {self.article_id}"


class SearchDocument(models.Model):
    """An article as the PostgreSQL search backend holds it (SEARCH_URL=postgres://,
    archive/search/postgres.py), written in the transaction of the article's own
    writes. On PostgreSQL the migration adds the `vector` tsvector column and the GIN
    indexes; on SQLite the table stays empty."""

    article_id = models.BigIntegerField(primary_key=True)
    date = models.DateField(null=True)
    facets = models.JSONField(default=dict)  # filter and facet values by index field
    doc = models.JSONField(default=dict)  # what a result shows, as the index stores it
    spans = models.JSONField(default=dict)  # body term -> its [start, end] offsets

    class Meta:
        verbose_name = "مستند بحث"
        verbose_name_plural = "مستندات البحث"

    def __str__(self):
        return str(self.article_id)


class SearchTerm(models.Model):
    """A term of some indexed body: the vocabulary "did you mean" walks on PostgreSQL.
    Never pruned: a term no document holds any more has no documents to count."""

    term = models.CharField(primary_key=True, max_length=64)

    class Meta:
        verbose_name = "مصطلح بحث"
        verbose_name_plural = "مصطلحات البحث"

    def __str__(self):
        return self.term


class NameSpellingsVersion(models.Model):
    """One row, its number raised in the transaction of every change to a country's,
    a person's or a place's spellings: each process (every gunicorn worker, every app
    server) builds its registry of names for search again when the number moves."""

    number = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "إصدار تهجئات الأسماء"
        verbose_name_plural = "إصدارات تهجئات الأسماء"

    def __str__(self):
        return str(self.number)


class ArchiveVersion(models.Model):
    """One row, its token replaced in the transaction of every write to the archive's
    records (archive/pagecache.py): a public page kept under one token was rendered
    from exactly the records that token stands for."""

    token = models.CharField(max_length=32, default="")

    class Meta:
        verbose_name = "إصدار الأرشيف"
        verbose_name_plural = "إصدارات الأرشيف"

    def __str__(self):
        return self.token
