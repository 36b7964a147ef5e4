"""Trigger words of PLOVER event types, in French and English (lemmas, lower case)."""
from __future__ import annotations

PLOVER_TRIGGERS: dict[str, dict[str, tuple[str, ...]]] = {
    "CONSULT": {
        "fr": ("rencontrer", "réunir", "discuter", "négocier", "visiter", "entretenir", "recevoir", "accueillir",
               "rencontre", "sommet", "entretien", "pourparler", "pourparlers", "négociation", "visite", "discussion",
               "serrer", "inspecter", "examiner", "arriver", "rendre"),
        "en": ("meet", "talk", "discuss", "negotiate", "visit", "host", "receive", "welcome", "summit", "meeting",
               "talks", "negotiation", "visit", "inspect", "arrive", "shake", "tour"),
    },
    "AGREE": {
        "fr": ("signer", "convenir", "accord", "accepter", "approuver"),
        "en": ("sign", "agree", "agreement", "accept", "approve", "deal"),
    },
    "COOPERATE": {
        "fr": ("coopérer", "collaborer", "coopération", "partenariat", "renforcer", "approfondir", "échanger"),
        "en": ("cooperate", "collaborate", "cooperation", "partnership", "strengthen", "deepen", "exchange"),
    },
    "AID": {
        "fr": ("aider", "fournir", "livrer", "approvisionner", "aide", "assister", "ravitailler"),
        "en": ("aid", "help", "provide", "supply", "deliver", "assist", "assistance"),
    },
    "SUPPORT": {
        "fr": ("soutenir", "saluer", "féliciter", "soutien", "appuyer", "défendre"),
        "en": ("support", "praise", "endorse", "back", "hail", "congratulate", "defend"),
    },
    "REQUEST": {
        "fr": ("demander", "exiger", "réclamer", "appeler", "exhorter"),
        "en": ("ask", "request", "demand", "urge", "call"),
    },
    "ACCUSE": {
        "fr": ("accuser", "condamner", "critiquer", "dénoncer", "reprocher", "qualifier"),
        "en": ("accuse", "condemn", "criticize", "criticise", "denounce", "blame"),
    },
    "REJECT": {
        "fr": ("rejeter", "refuser", "nier", "démentir"),
        "en": ("reject", "refuse", "deny", "dismiss"),
    },
    "THREATEN": {
        "fr": ("menacer", "avertir", "menace", "mettre en garde"),
        "en": ("threaten", "warn", "threat"),
    },
    "PROTEST": {
        "fr": ("manifester", "protester", "manifestation", "grève"),
        "en": ("protest", "demonstrate", "rally", "strike"),
    },
    "SANCTION": {
        "fr": ("sanctionner", "sanction", "embargo", "boycotter", "expulser"),
        "en": ("sanction", "embargo", "boycott", "expel"),
    },
    "MOBILIZE": {
        "fr": ("déployer", "mobiliser", "lancer", "tirer", "tester", "lancement", "tir", "essai", "exercice"),
        "en": ("deploy", "mobilize", "mobilise", "launch", "fire", "test", "exercise", "drill"),
    },
    "COERCE": {
        "fr": ("arrêter", "détenir", "emprisonner", "saisir", "bloquer"),
        "en": ("arrest", "detain", "imprison", "seize", "block"),
    },
    "ASSAULT": {
        "fr": ("attaquer", "frapper", "bombarder", "tuer", "bombardement", "attaque", "frappe", "vaincre", "abattre"),
        "en": ("attack", "strike", "bomb", "kill", "shell", "shoot", "invade", "defeat"),
    },
    "RETREAT": {
        "fr": ("retirer", "évacuer", "retraite"),
        "en": ("withdraw", "retreat", "evacuate", "pull"),
    },
}


def trigger_index(language: str) -> dict[str, str]:
    """Lemma -> PLOVER type for one language (the first type listing a lemma wins)."""
    index: dict[str, str] = {}
    for event_type, words in PLOVER_TRIGGERS.items():
        for word in words.get(language, ()):
            index.setdefault(word, event_type)
    return index
