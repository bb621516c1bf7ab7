"""The published manual of the channel (plan measures 43–44: how to report, the steps, the responsible unit and
the time frames), generated from the organisation's channel settings so that it always matches them."""
from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from . import selectors


@dataclass
class Step:
    title: str
    text: str
    days: int | None = None


@dataclass
class Manual:
    responsible_unit: str
    contact: str
    how_to_report: list[str]
    steps: list[Step]
    protections: list[str]


def manual_for(organisation) -> Manual:
    s = selectors.channel_settings(organisation)
    unit = s.responsible_unit or _("the designated corruption-report officers of %(org)s") % {
        "org": organisation.name}
    return Manual(
        responsible_unit=unit,
        contact=s.contact,
        how_to_report=[
            _("Use this page, from a device and network that are your own if you can. You need no account."),
            _("Describe who is alleged, what happened, when, where and how you know; attach evidence if you have "
              "it."),
            _("Choose to stay anonymous, or to give your identity confidentially: only an officer approved by the "
              "identity custodian can ever read it."),
            _("Write down the receipt shown at the end. It is shown only once and cannot be recovered: it is the "
              "only way to follow your report, answer questions and add evidence."),
        ],
        steps=[
            Step(_("Receipt and acknowledgement"),
                 _("A designated officer acknowledges the report."), s.acknowledge_days),
            Step(_("Preliminary review"),
                 _("The officer checks whether the facts point to corruption or misconduct, and may ask you "
                   "questions through the tracking page."), s.preliminary_days),
            Step(_("Investigation or referral"),
                 _("An internal fact-finding investigation, or referral to the NACC, the PACC, the province or "
                   "the police, with the date of referral recorded."), s.investigation_days),
            Step(_("Conclusion and action"),
                 _("Substantiated, not substantiated or insufficient evidence; the action taken (disciplinary, "
                   "criminal referral, a fix to the system) is recorded.")),
            Step(_("Feedback to you"),
                 _("You receive an update on the tracking page at least this often until the report is closed."),
                 s.feedback_days),
        ],
        protections=[
            _("This channel is separate from the general complaint centre; its data never goes there."),
            _("The report is encrypted; only the designated officers can open it. A person you name can never be "
              "assigned to it or see it."),
            _("We keep no address, browser details or time of day with your report, only the date."),
            _("Uploaded files are cleaned of hidden data (for example the location in a photo)."),
        ],
    )
