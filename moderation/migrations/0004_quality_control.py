"""Quality control in every database: task types, the workflow, and each role's page permissions.

- "Quality control" (stage 1 review by Reviewers, stage 2 final check by Competent editors) on
  the country index of BOTH locales; Wagtail's starter workflow is switched off.
- Page permissions per tree instead of the placeholder ones on the root page: chamber editors
  add and change in the country trees, reviewers anywhere, competent editors also publish,
  translators work in the English tree only, portal administrators see pages (to set privacy).
"""

from django.db import migrations

from moderation.migrations._helpers import ensure_permissions, homes_and_country_indexes

TREE_PERMISSIONS = {
    # group: (where, page permission codenames)
    "Chamber editors": ("country_indexes", ["add_page", "change_page"]),
    "Reviewers": ("homes", ["add_page", "change_page", "lock_page", "unlock_page"]),
    "Competent editors": (
        "homes",
        ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ),
    "Translators": ("english_home", ["add_page", "change_page"]),
    "Portal administrators": ("homes", ["view_page"]),
}
SNIPPET_PERMISSIONS = {
    "Reviewers": ["referenceoccupation", "occupationalfield", "glossaryterm"],
    "Competent editors": ["referenceoccupation", "occupationalfield", "glossaryterm"],
    "Portal administrators": ["chamber"],
}


def create_quality_control(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    ReviewTask = apps.get_model("moderation.ReviewTask")
    FinalCheckTask = apps.get_model("moderation.FinalCheckTask")

    ensure_permissions(apps)
    places = homes_and_country_indexes(apps)
    groups = {group.name: group for group in Group.objects.all()}

    # Wagtail's starter workflow lets any "Moderators" member approve alone.
    Workflow.objects.exclude(name="Quality control").update(active=False)
    WorkflowPage.objects.all().delete()

    review = ReviewTask.objects.create(
        name="Stufe 1: Fachliche Prüfung",
        content_type=ContentType.objects.get_for_model(ReviewTask),
    )
    review.groups.set([groups["Reviewers"]])
    final = FinalCheckTask.objects.create(
        name="Stufe 2: Abschließende Prüfung",
        content_type=ContentType.objects.get_for_model(FinalCheckTask),
    )
    final.groups.set([groups["Competent editors"]])
    workflow = Workflow.objects.create(name="Quality control", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=final, sort_order=1)
    for page in places["country_indexes"]:
        WorkflowPage.objects.create(workflow=workflow, page=page)

    GroupPagePermission.objects.filter(group__in=groups.values()).delete()
    for group_name, (where, codenames) in TREE_PERMISSIONS.items():
        for page in places[where]:
            for codename in codenames:
                GroupPagePermission.objects.create(
                    group=groups[group_name],
                    page=page,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
    for group_name, models in SNIPPET_PERMISSIONS.items():
        groups[group_name].permissions.add(
            *Permission.objects.filter(
                content_type__app_label="pages",
                content_type__model__in=models,
                codename__regex=r"^(add|change|delete)_",
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0003_finalchecktask_reviewtask"),
        ("pages", "0003_chamber_group"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_quality_control, migrations.RunPython.noop)]
