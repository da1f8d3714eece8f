from django.urls import path

from collaboratory.national import views

app_name = "national"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("report/", views.report, name="report"),
    path("report/report.pdf", views.report_pdf, name="report_pdf"),
    path("report/figures.csv", views.report_csv, name="report_csv"),
    path("sharing/", views.sharing, name="sharing"),
]
