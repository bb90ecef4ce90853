"""What the search index holds for each article: text to match, fields to filter and
facet on, and everything a results page shows, so that no result costs a query."""

from haystack import indexes

from archive.dates import format_arabic
from archive.models import Article
from archive.search import names
from archive.search.analyzer import arabic_analyzer
from archive.vocabulary import Precision

# A word in the title says more about the article than the same word in its body.
TITLE_BOOST = 3.0


def date_in_words(dated) -> str | None:
    """A record's date as a reader says it, also without a year ("18 مايو ...")."""
    known = dated.date_precision != Precision.UNKNOWN
    return format_arabic(dated.event_date) if known else None


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    # The body: snippets are cut from it (the Whoosh index reads it from the
    # database, so as not to keep a second copy).
    text = indexes.CharField(
        document=True, model_attr="body", analyzer=arabic_analyzer(names.registry)
    )
    title = indexes.CharField(
        model_attr="display_title",
        boost=TITLE_BOOST,
        analyzer=arabic_analyzer(names.registry),
    )
    date = indexes.DateField(model_attr="date", null=True)
    date_text = indexes.CharField(indexed=False, null=True)
    dated = indexes.BooleanField()  # sorts undated articles last, either way
    year = indexes.CharField(null=True)
    countries = indexes.MultiValueField()  # ISO2 codes
    people = indexes.MultiValueField()  # slugs
    kinds = indexes.MultiValueField()
    source = indexes.CharField(null=True)  # slug
    place = indexes.CharField(null=True)
    source_file = indexes.CharField(model_attr="source_file", indexed=False)

    def get_model(self):
        return Article

    def get_updated_field(self):
        return "updated_at"

    def index_queryset(self, using=None):
        # The analyzer adds the canonical terms of names from the registry the alias
        # records fill: bring it up to date before any text is analyzed.
        names.registry()
        return Article.objects.select_related("source").prefetch_related(
            "countries", "people", "meetings"
        )

    def prepare_date_text(self, article):
        return date_in_words(article)

    def prepare_dated(self, article):
        return article.date is not None

    def prepare_year(self, article):
        return str(article.date.year) if article.date else None

    def prepare_countries(self, article):
        return [c.code for c in article.countries.all()]

    def prepare_people(self, article):
        return [p.slug for p in article.people.all()]

    def prepare_kinds(self, article):
        return sorted({m.kind for m in article.meetings.all()})

    def prepare_source(self, article):
        return article.source.slug if article.source else None

    def prepare_place(self, article):
        return article.place or None
