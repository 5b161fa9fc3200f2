"""Labels for the tables of an aggregate, in Dutch and English."""

from __future__ import annotations

from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language

TABLE_TITLES: dict[str, tuple[str, str]] = {
    "category": (
        "Categorieën (een casus telt onder elke code)",
        "Categories (a case counts under each of its codes)",
    ),
    "primary_category": ("Hoofdcategorie", "Primary category"),
    "rijk": ("Rijkscategorie (naar hoofdcategorie)", "Central government category (by primary)"),
    "group": ("Casussen per groep", "Cases per group"),
    "unit": ("Defensieonderdeel", "Defence unit"),
    "role": ("Rol van de persoon", "Role of the person"),
    "gender": ("Gender", "Gender"),
    "gender_by_group": ("Gender per groep", "Gender by group"),
    "position": ("Positie in de kwestie", "Position in the matter"),
    "quarter": ("Kwartaal van eerste contact", "Quarter of first contact"),
    "channel": ("Gesprekken per kanaal", "Conversations by channel"),
    "referral": ("Doorverwijzingen", "Referrals"),
    "outcome": ("Uitkomsten", "Outcomes"),
}
TOTAL_LABELS: dict[str, tuple[str, str]] = {
    "cases": ("Casussen", "Cases"),
    "conversations": ("Gesprekken", "Conversations"),
    "minutes": ("Minuten", "Minutes"),
    "hours": ("Uren", "Hours"),
    "open_at_year_end": ("Open aan het eind van het jaar", "Open at year end"),
}
NOT_INTEGRITY = (
    "Geen integriteitskwestie (arbeidsconflict, zorgen)",
    "Not an integrity matter (labour conflict, concerns)",
)
COUNTED_APART = (
    "Vermoeden van een misstand (apart geteld)",
    "Suspected wrongdoing (counted apart)",
)


def pick(pair: tuple[str, str], lang: Language) -> str:
    return pair[0] if lang == "nl" else pair[1]


def code_label(codebook: Codebook, table: str, code: str, lang: Language) -> str:
    """The label of a key of ``table``: a category, group, Rijk category, quarter or coded value."""
    tax = codebook.taxonomy
    if table in ("category", "primary_category"):
        return tax.categories[code].label.get(lang) if code in tax.categories else code
    if table == "group":
        for group in tax.groups:
            if group.code == code:
                return group.label.get(lang)
        return code
    if table == "rijk":
        for rijk in tax.rijk_categories:
            if rijk.code == code:
                return rijk.label.get(lang)
        return pick(NOT_INTEGRITY if code == "-" else COUNTED_APART, lang)
    if table == "quarter":
        return f"{'Kwartaal' if lang == 'nl' else 'Quarter'} {code}"
    if table in ("unit", "role", "gender", "position", "channel", "referral", "outcome"):
        field = table
        if codebook.is_valid(field, code):  # type: ignore[arg-type]
            return codebook.label(field, code, lang)  # type: ignore[arg-type]
    return code
