from django.urls import path

from collaboratory.insights import views

app_name = "insights"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("settings/", views.settings_view, name="settings"),
    path("reports/", views.reports, name="reports"),
    path("reports/gatherings/<int:gathering_id>/", views.gathering_report, name="gathering_report"),
    path(
        "reports/gatherings/<int:gathering_id>/report.pdf",
        views.gathering_report_pdf,
        name="gathering_report_pdf",
    ),
    path(
        "reports/gatherings/<int:gathering_id>/figures.csv",
        views.gathering_report_csv,
        name="gathering_report_csv",
    ),
    path("reports/<int:year>/", views.year_report, name="year_report"),
    path("reports/<int:year>/report.pdf", views.year_report_pdf, name="year_report_pdf"),
    path("reports/<int:year>/figures.csv", views.year_report_csv, name="year_report_csv"),
]
