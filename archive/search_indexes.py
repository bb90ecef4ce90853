"""What the search index holds for each article: text to match, fields to filter on."""

from haystack import indexes

from archive.models import Article


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True)
    title = indexes.CharField(model_attr="display_title")
    date = indexes.DateField(model_attr="date", null=True)
    year = indexes.IntegerField(null=True)
    countries = indexes.MultiValueField(faceted=True)
    people = indexes.MultiValueField(faceted=True)
    kinds = indexes.MultiValueField(faceted=True)
    source = indexes.CharField(null=True, faceted=True)
    source_file = indexes.CharField(model_attr="source_file", indexed=False)

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.select_related("source").prefetch_related(
            "countries", "people", "meetings"
        )

    def prepare_text(self, article):
        return f"{article.title}\n{article.body}"

    def prepare_year(self, article):
        return article.date.year if article.date else None

    def prepare_countries(self, article):
        return [c.code for c in article.countries.all()]

    def prepare_people(self, article):
        return [p.slug for p in article.people.all()]

    def prepare_kinds(self, article):
        return sorted({m.kind for m in article.meetings.all()})

    def prepare_source(self, article):
        return article.source.slug if article.source else None
