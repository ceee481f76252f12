"""The operator's reports under Reports in the admin menu, for portal administrators only."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import REPORTS, may_read_reports


class OperatorReportMenuItem(MenuItem):
    """A report's menu item, shown to who may read the reports."""

    def is_shown(self, request):
        return may_read_reports(request.user)


def slug(report):
    return report.index_url_name.removeprefix("report_").replace("_", "-")


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for report in REPORTS:
        urls += [
            path(f"reports/{slug(report)}/", report.as_view(), name=report.index_url_name),
            path(
                f"reports/{slug(report)}/results/",
                report.as_view(results_only=True),
                name=report.index_results_url_name,
            ),
        ]
    return urls


def register_menu_item(report, order):
    @hooks.register("register_reports_menu_item")
    def register():
        return OperatorReportMenuItem(
            report.page_title,
            reverse(report.index_url_name),
            name=slug(report),
            icon_name=report.header_icon,
            order=order,
        )


for order, report in enumerate(REPORTS, start=1300):
    register_menu_item(report, order)
