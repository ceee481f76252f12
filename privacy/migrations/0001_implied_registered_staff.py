"""Members of the roles that work inside the restricted trees become Registered staff
(privacy.membership keeps it so from now on)."""

from django.db import migrations
from django.db.models import Q

STAFF_ROLES = ["Chamber editors", "Reviewers", "Competent editors", "Portal administrators"]


def add_implied_membership(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    User = apps.get_model("auth.User")
    staff = Group.objects.filter(name="Registered staff").first()
    if staff is None:
        return
    implying = Group.objects.filter(Q(name__in=STAFF_ROLES) | Q(chamber__isnull=False))
    missing = User.objects.filter(groups__in=implying).exclude(groups=staff).distinct()
    staff.user_set.add(*missing)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0008_restricted_collection"),
        ("pages", "0003_chamber_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(add_implied_membership, migrations.RunPython.noop)]
