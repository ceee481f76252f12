"""Editorial review on the German tree: information pages, news, the restricted area's
guidelines and the home page are published by a reviewer or competent editor who did not write
them, as profiles and translations are.

Assigned to the German home page; the nearer assignments win ("Quality control" on the country
index, "Outcome check" on the outcome index), and the English tree keeps "Translation review".
"""

from django.db import migrations

from moderation.migrations._helpers import homes_and_country_indexes

WORKFLOW = "Editorial review"


def create_editorial_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    ReviewTask = apps.get_model("moderation.ReviewTask")

    review = ReviewTask.objects.create(
        name="Redaktionelle Prüfung", content_type=ContentType.objects.get_for_model(ReviewTask)
    )
    review.groups.set(Group.objects.filter(name__in=["Reviewers", "Competent editors"]))
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
    places = homes_and_country_indexes(apps)
    for home in places["homes"]:
        if home not in places["english_home"]:
            WorkflowPage.objects.create(workflow=workflow, page=home)


def remove_editorial_review(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore.Workflow")
    ReviewTask = apps.get_model("moderation.ReviewTask")
    ReviewTask.objects.filter(name="Redaktionelle Prüfung").delete()
    Workflow.objects.filter(name=WORKFLOW).delete()


class Migration(migrations.Migration):
    dependencies = [("moderation", "0009_personal_data")]

    operations = [migrations.RunPython(create_editorial_review, remove_editorial_review)]
