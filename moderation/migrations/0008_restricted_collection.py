"""Documents of the restricted area live in the collection "Arbeitsbereich", which only
Registered staff may open (served through Django: WAGTAILDOCS_SERVE_METHOD = "serve_view")."""

from django.db import migrations


def create_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore.Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore.CollectionViewRestriction")
    Group = apps.get_model("auth.Group")
    if Collection.objects.filter(name="Arbeitsbereich").exists():
        return
    root = Collection.objects.get(depth=1)
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    number = int(last.path[-4:], 36) + 1 if last else 1
    collection = Collection.objects.create(
        name="Arbeitsbereich", path=f"{root.path}{number:04d}", depth=2, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="groups"
    )
    restriction.groups.set(Group.objects.filter(name="Registered staff"))


class Migration(migrations.Migration):
    dependencies = [("moderation", "0007_outcome_check")]

    operations = [migrations.RunPython(create_collection, migrations.RunPython.noop)]
