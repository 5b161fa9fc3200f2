"""The fixed wording of the referral sheets, in Dutch and English.

The manager's sheet follows the Defence infographic for managers ("Gedrag in je team dat niet ok
is? Jij maakt het verschil.") from the Integrity Annual Report 2025 word for word where it can;
the employee's sheet is written in the same plain, second-person register. The desks themselves
come from the directory, which a coordinator can edit; these sentences are not editable on
purpose: they carry the promise of confidentiality and must read the same on every sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from confidant_app.domain.labels import Language


@dataclass(frozen=True)
class SheetTexts:
    # shared
    document_title: str
    placeholder: str
    placeholder_address: str
    only_for: str
    phone: str
    email: str
    intranet: str
    footer: str
    # employee
    employee_kicker: str
    employee_title: str
    employee_intro: str
    confidential_heading: str
    confidential: str
    your_confidant: str
    reachable: str
    # manager
    manager_kicker: str
    manager_title: str
    manager_punch: str
    manager_lead: str
    manager_intro: str
    how_heading: str
    how_steps: tuple[str, ...]
    help_heading: str
    stuck: str
    more_heading: str
    scan: str
    or_visit: str


NL = SheetTexts(
    document_title="Verwijsblad vertrouwenspersoon",
    placeholder="[in te vullen door de coördinator]",
    placeholder_address="Dit adres is nog in te vullen door de coördinator.",
    only_for="Alleen voor",
    phone="Telefoon",
    email="E-mail",
    intranet="Intranet",
    footer="Vertrouwenspersonen Defensie",
    employee_kicker="Vertrouwenspersoon",
    employee_title="Wie kan je verder helpen?",
    employee_intro="Je hebt gesproken met een vertrouwenspersoon. Hieronder staan de mensen die "
    "je verder kunnen helpen, wat zij voor je doen en hoe je ze bereikt. Jij bepaalt of en "
    "wanneer je contact met hen opneemt.",
    confidential_heading="Wat je bespreekt, blijft vertrouwelijk",
    confidential="Een gesprek met een vertrouwenspersoon is geen melding. Er gebeurt niets "
    "zonder jouw toestemming, en je kunt altijd terugkomen om de volgende stap samen te bespreken.",
    your_confidant="Je vertrouwenspersoon",
    reachable="Bereikbaar via",
    manager_kicker="Leidinggevende",
    manager_title="Gedrag in je team dat niet ok is?",
    manager_punch="Jij maakt het verschil.",
    manager_lead="Een stroeve samenwerking, ongewenst gedrag of een (sociaal) onveilige situatie?",
    manager_intro="Als leidinggevende wil je dat iedereen zich thuis voelt en goed kan "
    "functioneren in het team. Jij hebt een belangrijke rol in het voorkomen en oplossen van "
    "problemen van en tussen medewerkers.",
    how_heading="Hoe doe je dat?",
    how_steps=(
        "Bespreek met je team welk gedrag (niet) ok is",
        "Geef zelf het goede voorbeeld",
        "Neem signalen serieus",
        "Bied ruimte voor emoties en stel je oordeel uit",
        "Vraag om hulp",
    ),
    help_heading="Heb je hulp nodig? Overleg dan met:",
    stuck="Kom je er niet uit of dient de medewerker een formele melding of klacht in? Bekijk "
    "dan samen met de HR-adviseur en/of de adviseur integriteit wat de vervolgstappen (kunnen) "
    "zijn.",
    more_heading="Meer weten",
    scan="Scan de QR-code met je defensietelefoon.",
    or_visit="Of kijk op",
)

EN = SheetTexts(
    document_title="Confidant referral sheet",
    placeholder="[to be filled in by the coordinator]",
    placeholder_address="This address is still to be filled in by the coordinator.",
    only_for="Only for",
    phone="Phone",
    email="E-mail",
    intranet="Intranet",
    footer="Defence confidants",
    employee_kicker="Confidant",
    employee_title="Who can help you next?",
    employee_intro="You have talked with a confidant. Below are the people who can help you "
    "further, what they do for you and how to reach them. You decide whether and when to "
    "contact them.",
    confidential_heading="What you discuss stays confidential",
    confidential="A conversation with a confidant is not a report. Nothing happens without your "
    "consent, and you can always come back to talk over the next step together.",
    your_confidant="Your confidant",
    reachable="Reachable at",
    manager_kicker="Manager",
    manager_title="Behaviour in your team that is not OK?",
    manager_punch="You make the difference.",
    manager_lead="Difficult cooperation, unwanted behaviour or a (socially) unsafe situation?",
    manager_intro="As a manager you want everyone to feel at home and to work well in the team. "
    "You have an important part in preventing and solving problems of and between your people.",
    how_heading="How do you do that?",
    how_steps=(
        "Discuss with your team which behaviour is (not) OK",
        "Set the example yourself",
        "Take signals seriously",
        "Make room for emotions and hold back your judgement",
        "Ask for help",
    ),
    help_heading="Need help? Then consult:",
    stuck="Not getting anywhere, or is the employee making a formal report or complaint? Then "
    "look at the next steps together with the HR adviser and/or the integrity adviser.",
    more_heading="Want to know more?",
    scan="Scan the QR code with your Defence phone.",
    or_visit="Or go to",
)


def texts(lang: Language) -> SheetTexts:
    return NL if lang == "nl" else EN
