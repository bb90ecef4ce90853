"""Article.raw_text kept zlib-compressed: the original text once, at about a third of
its size. A new binary column is filled from the text column, which then goes (an
in-place type change would copy the text uncompressed into the binary column)."""

from django.db import migrations, models

import archive.models

CHUNK = 500


def compress(apps, schema_editor):
    Article = apps.get_model("archive", "Article")
    articles = Article.objects.using(schema_editor.connection.alias)
    pks = list(articles.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), CHUNK):
        batch = list(articles.filter(pk__in=pks[start : start + CHUNK]))
        for article in batch:
            article.raw_text_z = article.raw_text
        Article.objects.using(schema_editor.connection.alias).bulk_update(
            batch, ["raw_text_z"]
        )


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0005_search_document"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="article", name="article_raw_text_not_empty"
        ),
        migrations.AddField(
            model_name="article",
            name="raw_text_z",
            field=archive.models.CompressedTextField(null=True),
        ),
        migrations.RunPython(compress, elidable=False),
        migrations.RemoveField(model_name="article", name="raw_text"),
        migrations.RenameField(
            model_name="article", old_name="raw_text_z", new_name="raw_text"
        ),
        migrations.AlterField(
            model_name="article",
            name="raw_text",
            field=archive.models.CompressedTextField(
                verbose_name="النص الأصلي كما ورد"
            ),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.CheckConstraint(
                condition=models.Q(("raw_text", ""), _negated=True),
                name="article_raw_text_not_empty",
            ),
        ),
    ]
