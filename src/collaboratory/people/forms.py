from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.people.models import Ideology, RaceEthnicity
from collaboratory.validators import multi_line, one_line

PREFER_NOT = ""


class ProfileForm(forms.Form):
    bio = forms.CharField(
        label=_("About me"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        validators=multi_line(_("the text about you")),
    )
    issue_areas = forms.CharField(
        label=_("Issue areas"),
        required=False,
        max_length=500,
        help_text=_("Separate them with commas, like: housing, civic education."),
        validators=one_line(_("the issue areas")),
    )
    city = forms.CharField(
        label=_("City"), max_length=100, required=False, validators=one_line(_("the city"))
    )
    region = forms.CharField(
        label=_("Region"), max_length=100, required=False, validators=one_line(_("the region"))
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("As my browser asks")), *settings.LANGUAGES],
        help_text=_("The language of your pages and of the emails you get."),
    )


class OfferedAssetForm(forms.Form):
    category = forms.ChoiceField(label=_("Category"), choices=HelpCategory.choices)
    # Empty by default: the service takes the category's usual kind (capital.kind_or_default).
    # The first kind preselected made every offer "Social" unless the member changed it.
    kind = forms.ChoiceField(
        label=_("Kind of capital"),
        choices=[("", "—"), *CapitalKind.choices],
        required=False,
        help_text=_("Left empty, it follows the category (funding is financial, and so on)."),
    )
    description = forms.CharField(
        label=_("What you can offer"), max_length=300, validators=one_line(_("the offer"))
    )


class SelfDescriptionForm(forms.Form):
    race_ethnicity = forms.MultipleChoiceField(
        label=_("Race and ethnicity (choose any)"),
        choices=RaceEthnicity.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    race_self_described = forms.CharField(
        label=_("In your own words (optional)"),
        max_length=100,
        required=False,
        validators=one_line(_("the self-description")),
    )
    ideology = forms.TypedChoiceField(
        label=_("Political ideology"),
        choices=[(PREFER_NOT, _("Prefer not to say")), *Ideology.choices],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        initial=PREFER_NOT,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that these answers are used for one purpose only: aggregate diversity "
            "reporting for the network, never shown with my name."
        ),
        required=True,
        error_messages={
            "required": _("Tick the consent box to save; without it nothing is stored.")
        },
    )
