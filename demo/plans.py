"""Demonstration plans d'action of Mauges Communauté, called by `manage.py load_demo` (demo/contracts.py).

CLS 1 (2017-2021, signed on 4 November 2016): 5 axes and 29 fiches, as listed at the CLS 2 launch meeting of
16 March 2022 (seed 004). Fiches 1.1, 2.5 and 3.6 carry the real content presented that day, and the four action
labels of the meeting are sub-actions of the fiche their detailed slide cites (1.1.2, 2.5.1, 2.5.2 for the label
« 1.1.5 », 3.6.1; docs/plan.md says why). The other fiches are plausible demonstration content
(`is_demo_content=True`).

Idempotent: rows are found by their natural key (contract + number, fiche + number, fiche + year + funder...) and
only created when missing, so that loading twice changes nothing and never overwrites what a user edited.
"""

import datetime
from decimal import Decimal

from django.db import transaction

from actions.enums import BudgetKind, FicheStatus, Funder, IndicatorKind, Modality, Priority, Public
from actions.models import (
    Axe,
    BudgetLine,
    FicheAction,
    FicheIndicator,
    FicheIndicatorValue,
    FollowUpNote,
    SubAction,
    TargetPublic,
)
from contracts.enums import OrganisationKind
from contracts.models import Organisation
from referentials.models import ArsTheme, Commune, PrsElement, PrsPriority

D = datetime.date
LAUNCH_MEETING = D(2022, 3, 16)
# CLS 1 predates this PRS (2023-2028), the only one loaded: its links illustrate the feature (docs/plan.md).
PRS_CODE = "PDL-2023-2028"
SOURCE = "Réunion de lancement du CLS 2 de Mauges Communauté, 16 mars 2022"

# The same names as demo/contracts.py, so that both find the same organisations.
ORGANISATIONS = {
    "mauges": ("Mauges Communauté", OrganisationKind.EPCI),
    "ars": ("ARS Pays de la Loire", OrganisationKind.ARS),
    "cd49": ("Conseil départemental de Maine-et-Loire", OrganisationKind.DEPARTEMENT),
    "cpam49": ("CPAM de Maine-et-Loire", OrganisationKind.CPAM),
    "caf49": ("CAF de Maine-et-Loire", OrganisationKind.CAF),
    "msa49": ("MSA Maine-et-Loire", OrganisationKind.MSA),
    "cpie": ("CPIE Loire Anjou", OrganisationKind.ASSOCIATION),
    "beaupreau": ("Beaupréau-en-Mauges", OrganisationKind.COMMUNE),
    "montrevault": ("Montrevault-sur-Èvre", OrganisationKind.COMMUNE),
    "msp_moine": ("MSP Val-de-Moine", OrganisationKind.OTHER),
    "apf": ("APF France handicap — Pôle APF 49", OrganisationKind.ASSOCIATION),
    "epialors": ("Association Epi'Alors", OrganisationKind.ASSOCIATION),
    "c3si": ("C3SI", OrganisationKind.OTHER),
    "ireps": ("IREPS Pays de la Loire", OrganisationKind.ASSOCIATION),
    "cholet": ("Centre hospitalier de Cholet", OrganisationKind.HOSPITAL),
    "education": (
        "Direction des services départementaux de l'Éducation nationale de Maine-et-Loire",
        OrganisationKind.EDUCATION,
    ),
}

AXES = [
    ("1", "Prévention, promotion de la santé et environnement", False),
    ("2", "Accès aux soins, offre de santé et projet de santé du territoire", False),
    ("3", "Parcours (personnes âgées, personnes handicapées, publics spécifiques)", False),
    ("4", "Suivi et évaluation du CLS", False),
    ("5", "Prévention et prise en charge en santé mentale", True),  # added by avenant n° 1 (February 2020)
]

# --- The three fiches with real content (seed 004) -------------------------------------------------------------

REAL_FICHES = {
    "1.1": {
        "title": "Animer et développer une politique de prévention de la santé au niveau de Mauges Communauté",
        "status": FicheStatus.DONE,
        "progress": 100,
        "start": D(2017, 1, 1),
        "end": D(2021, 12, 31),
        "theme": "prevention",
        "prs": ["1.1", "1.3", "2.1.1"],
        "priorities": [],
        "publics": [Public.GENERAL, Public.ELECTED_OFFICIALS],
        "porteur": "mauges",
        "partners": ["ars", "cpie", "beaupreau", "montrevault"],
        "modality": Modality.DO_WITH,
        "priority": Priority.HIGH,
        "pilote_name": "Service Solidarités – Santé de Mauges Communauté",
        "context": (
            "Le radon, gaz radioactif d'origine naturelle, et les polluants de l'air intérieur pèsent sur la santé "
            "des habitants : la prévention passe par l'information, la mesure dans les logements et l'accompagnement "
            "des ménages."
        ),
        "general_objective": "Animer et développer une politique de prévention de la santé à l'échelle de Mauges "
        "Communauté, au croisement du CLS, du Plan Climat Air Énergie Territorial et du Plan Régional Santé "
        "Environnement.",
        "operational_objectives": (
            "- Sensibiliser les habitants, les élus et les gestionnaires d'établissements recevant du public à la "
            "qualité de l'air intérieur (QAI) et au radon\n"
            "- Faire mesurer le radon dans les logements des 6 communes\n"
            "- Accompagner les ménages pour améliorer la qualité de l'air de leur logement"
        ),
        "description": (
            "Campagne de prévention et de sensibilisation sur trois ans pour couvrir les 6 communes de Mauges "
            "Communauté : information, sensibilisation et mesure du radon.\n\n"
            "Sensibilisation à la QAI et au radon :\n"
            "- une matinale à destination des élus et techniciens de la collectivité, des gestionnaires d'ERP…\n"
            "- des réunions publiques (6 l'hiver 2021/22)\n"
            "- des informations sur les médias de la collectivité (site internet, réseaux, journaux communaux) "
            "et dans la presse locale\n"
            "- des « points infos radon » dans les mairies déléguées, les centres sociaux et 18 pharmacies\n"
            "- des ateliers avec les habitants sur les polluants de l'air intérieur, animés par le CPIE\n\n"
            "Distribution aux habitants de kits de mesure du radon : 237 l'hiver 2020/21, 159 l'hiver 2021/22.\n\n"
            "Accompagnement des particuliers : 100 % des personnes destinataires de leurs résultats et de conseils "
            "pour améliorer la QAI ; 19 visites techniques à domicile ; proposition d'un nouveau kit de mesure pour "
            "évaluer l'efficacité des recommandations mises en œuvre.\n\n"
            "Une approche à la fois collective (sensibilisation des habitants) et individuelle (accompagnement des "
            "ménages effectuant la mesure), au bénéfice direct de la santé des habitants des Mauges."
        ),
        "other_plans": "Plan Climat Air Énergie Territorial (PCAET) ; Plan Régional Santé Environnement "
        "(action labellisée PRSE 3).",
        "human_means": "Ingénieur d'études sanitaires de l'ARS (DT 49) ; animatrice santé de Mauges Communauté ; "
        "animateurs du CPIE Loire Anjou ; relais des communes et de 18 pharmacies.",
        "sub_actions": [
            (
                "1.1.2",
                "Campagne de prévention et de sensibilisation sur la qualité de l'air intérieur et "
                "l'exposition au radon",
                "Présentée le 16 mars 2022 par l'ingénieur d'études sanitaires de l'ARS DT 49.",
                True,
            ),
        ],
        "indicators": [
            (
                "Kits de mesure du radon distribués",
                IndicatorKind.PROCESS,
                "kits",
                "ARS DT 49",
                [(2021, 237, "Hiver 2020/21"), (2022, 159, "Hiver 2021/22")],
            ),
            ("Visites techniques à domicile", IndicatorKind.PROCESS, "visites", "ARS DT 49", [(2022, 19, "")]),
            (
                "Personnes destinataires de leurs résultats et de conseils",
                IndicatorKind.RESULT,
                "%",
                "ARS DT 49",
                [(2022, 100, "")],
            ),
            (
                "Réunions publiques",
                IndicatorKind.PROCESS,
                "réunions",
                "Mauges Communauté",
                [(2022, 6, "Hiver 2021/22")],
            ),
        ],
        "note": "Campagne QAI et radon présentée à la réunion de lancement du CLS 2 : 237 kits distribués l'hiver "
        "2020/21 et 159 l'hiver 2021/22, 19 visites techniques, 6 réunions publiques.",
    },
    "2.5": {
        "title": "Accompagner le rôle pivot des structures d'exercice coordonné (SEC) dans la mise en œuvre d'un "
        "projet de santé de territoire",
        "status": FicheStatus.DONE,
        "progress": 100,
        "start": D(2018, 9, 1),
        "end": D(2021, 12, 31),
        "theme": "acces-aux-soins",
        "prs": ["4.1", "4.1.1", "4.1.2"],
        "priorities": ["precarite"],
        "publics": [Public.GENERAL, Public.HEALTH_PROFESSIONALS],
        "porteur": "mauges",
        "partners": ["ars", "cpam49", "beaupreau", "c3si", "msp_moine"],
        "modality": Modality.DO_WITH,
        "priority": Priority.HIGH,
        "pilote_name": "Service Solidarités – Santé de Mauges Communauté",
        "context": (
            "Perte de 2 médecins sur le secteur Est de Beaupréau-en-Mauges à l'été 2018 ; mobilisation de la "
            "population, qui interpelle les élus, et des professionnels de santé eux-mêmes."
        ),
        "general_objective": "Appuyer les structures d'exercice coordonné (centres de santé, maisons de santé "
        "pluriprofessionnelles) dans la mise en œuvre d'un projet de santé de territoire.",
        "operational_objectives": (
            "- Créer un centre de santé municipal à Beaupréau-en-Mauges\n"
            "- Améliorer l'attractivité du territoire pour les professionnels de santé\n"
            "- Soutenir les équipes de soins primaires et l'action communautaire en santé des MSP"
        ),
        "description": (
            "Un centre de santé est une structure qui permet de salarier des médecins : pas d'investissement de "
            "départ (loyer, matériel…), moins de contraintes administratives, statut salarié.\n\n"
            "Portage par la collectivité elle-même (par l'intermédiaire du CCAS), en collaboration avec l'ARS, la "
            "CPAM, la C3SI pour le pilotage du projet, les services de la collectivité (finances, RH…) et "
            "l'hôpital local.\n\n"
            "Étapes :\n"
            "- diagnostic local de santé pour la commune de Beaupréau-en-Mauges\n"
            "- rédaction du projet de santé, auprès de la population et de tous les professionnels de santé ; il a "
            "permis d'objectiver les difficultés d'accès aux soins et les tensions des professionnels\n"
            "- envoi à l'ARS (juillet 2021)\n"
            "- agrément délivré par l'ARS (septembre 2021)\n"
            "- recrutement\n\n"
            "Une feuille de route pour améliorer l'attractivité du territoire :\n"
            "- accompagnement personnalisé à l'installation des professionnels de santé libéraux : délibération "
            "pour la prise en charge du loyer les 6 premiers mois au sein des maisons de santé pour les professions "
            "médicales, aménagement des locaux au sein des MSP\n"
            "- développement du travail en réseau : aide à la constitution d'une éventuelle CPTS\n"
            "- soutien aux équipes de soins primaires (ESP, MSP, associations…) : mise en réseau des partenaires, "
            "prêt de salle, de matériel…\n\n"
            "La MSP Val-de-Moine a présenté son action communautaire en santé au titre de cette fiche."
        ),
        "whole_territory": False,
        "communes": ["49023"],
        "human_means": "CCAS et services de la commune de Beaupréau-en-Mauges (finances, RH) ; pilotage du projet "
        "par la C3SI.",
        "sub_actions": [
            (
                "2.5.1",
                "Création du centre de santé municipal de Beaupréau-en-Mauges",
                "Présentée le 16 mars 2022 par la maire déléguée du Pin-en-Mauges, conseillère communautaire. "
                "Projet de santé envoyé à l'ARS en juillet 2021, agrément en septembre 2021, puis recrutement.",
                True,
            ),
            (
                "2.5.2",
                "L'action communautaire en santé de la MSP Val-de-Moine",
                "Présentée le 16 mars 2022 par le médecin coordonnateur de la MSP Val-de-Moine, au titre de la fiche "
                "2.5 ; la diapositive de synthèse de la réunion la numérote « Action 1.1.5 ».",
                True,
            ),
        ],
        "indicators": [
            (
                "Médecins perdus sur le secteur Est de Beaupréau-en-Mauges",
                IndicatorKind.IMPACT,
                "médecins",
                "Commune de Beaupréau-en-Mauges",
                [(2018, 2, "Été 2018")],
            ),
        ],
        "note": "Centre de santé municipal agréé par l'ARS en septembre 2021, recrutement en cours ; la feuille de "
        "route d'attractivité se poursuit (loyers pris en charge 6 mois en MSP, appui à une éventuelle CPTS).",
    },
    "3.6": {
        "title": "Repenser l'offre dans une logique de parcours",
        "status": FicheStatus.DONE,
        "progress": 100,
        "start": D(2018, 1, 1),
        "end": D(2021, 12, 31),
        "theme": "parcours",
        "prs": ["3.2", "3.2.1", "3.2.2"],
        "priorities": ["sante-des-jeunes", "perte-d-autonomie"],
        "publics": [Public.CHILDREN, Public.YOUTH, Public.DISABLED, Public.CAREGIVERS],
        "porteur": "mauges",
        "partners": ["ars", "apf", "epialors", "montrevault"],
        "modality": Modality.DO_WITH,
        "priority": Priority.HIGH,
        "pilote_name": "Coordinatrice du Centre Local du Handicap, Mauges Communauté",
        "context": "Les associations de familles, dont Epi'Alors, font remonter les besoins et les difficultés "
        "rencontrés par les familles de personnes en situation de handicap, notamment le manque de solutions "
        "d'accueil et de répit.",
        "general_objective": "Repenser l'offre d'accompagnement des personnes en situation de handicap dans une "
        "logique de parcours, au plus près des lieux de vie.",
        "operational_objectives": (
            "- Créer le Centre Local du Handicap (CLH) de Mauges Communauté\n"
            "- Ouvrir un Dispositif d'Accueil Modulé et d'Aide au Répit (DAMAR)"
        ),
        "description": (
            "Le Dispositif d'Accueil Modulé et d'Aide au Répit (DAMAR), porté par APF France handicap : un "
            "dispositif expérimental autorisé à ouvrir au 1er janvier 2021, sur le territoire de Mauges Communauté, "
            "avec une priorité d'accompagnement pour les 0-25 ans et un financement de l'Agence régionale de "
            "santé.\n\n"
            "Objectifs poursuivis :\n"
            "- un accueil temporaire en journée garanti pour tous\n"
            "- une aide au répit\n"
            "- un soutien à l'inclusion dans le droit commun\n"
            "- une proximité, avec des réponses proches des lieux de vie des personnes\n"
            "- la souplesse, avec des réponses diversifiées et de la modularité\n"
            "- une écoute auprès des aidants\n\n"
            "Cinq prestations : un groupe et un collectif d'enfants et de jeunes ; un accompagnement à partir du "
            "domicile familial ; un soutien et une présence dans les lieux de droit commun (centres de loisirs…) ; "
            "des solutions de relais diversifiées pour les aidants et les familles ; un soutien et une écoute aux "
            "aidants.\n\n"
            "Une initiative citoyenne et associative : rencontre entre APF France handicap et l'association "
            "Epi'Alors organisée par Mauges Communauté, présentation aux élus, échange entre l'ARS, Epi'Alors, Mauges "
            "Communauté et APF France handicap. Mauges Communauté intervient comme tiers facilitateur entre "
            "associations, élus des communes nouvelles et financeurs ; la commune de Montrevault-sur-Èvre accompagne "
            "le projet (recherche de locaux, partenariats avec l'accueil périscolaire, réhabilitation du site)."
        ),
        "citizen_participation": "Projet né d'une initiative citoyenne et associative (association Epi'Alors).",
        "other_plans": "Centre Local du Handicap (CLH) de Mauges Communauté.",
        "sub_actions": [
            (
                "3.6.1",
                "Création du Centre Local du Handicap (CLH) et du DAMAR",
                "Présentée le 16 mars 2022 par la coordinatrice du CLH et le directeur du Pôle APF 49. DAMAR autorisé "
                "à ouvrir au 1er janvier 2021.",
                True,
            ),
        ],
        "indicators": [],
        "note": "CLH créé et DAMAR ouvert depuis le 1er janvier 2021. Pistes pour le CLS 2 : lien avec le centre "
        "de loisirs et l'EHPAD, intervention de kinésithérapeutes libéraux sur l'accueil collectif, temps de "
        "sensibilisation au handicap pour les animateurs et les professionnels paramédicaux.",
    },
}

# --- Demonstration fiches: (number, title, status, progress, theme, PRS codes, priorities, publics, porteur,
#     partners, budget {funder: [(year, planned, actual)]}, indicator (name, kind, unit, target, {year: value})) -----

P = Public
DEMO_FICHES = [
    (
        "1.2",
        "Promouvoir une alimentation favorable à la santé et l'activité physique",
        FicheStatus.DONE,
        100,
        "prevention",
        ["1.2.2", "1.3"],
        ["sante-des-jeunes"],
        [P.CHILDREN, P.YOUTH, P.GENERAL],
        "mauges",
        ["ireps"],
        {Funder.ARS_FIR: [(2018, 6000, 6000), (2019, 6000, 5400)], Funder.COLLECTIVITY: [(2018, 3000, 3000)]},
        (
            "Ateliers cuisine et activité physique organisés",
            IndicatorKind.PROCESS,
            "ateliers",
            "24",
            {2018: 9, 2019: 14},
        ),
    ),
    (
        "1.3",
        "Prévenir les conduites addictives chez les jeunes",
        FicheStatus.DONE,
        100,
        "prevention",
        ["1.2", "1.2.2"],
        ["addictions", "sante-des-jeunes"],
        [P.YOUTH],
        "mauges",
        ["education", "ireps"],
        {Funder.ARS_FIR: [(2019, 12000, 11200), (2020, 12000, 8300)], Funder.CPAM: [(2019, 2500, 2500)]},
        ("Collégiens sensibilisés", IndicatorKind.PROCESS, "élèves", "1 200", {2019: 640, 2020: 310, 2021: 720}),
    ),
    (
        "1.4",
        "Développer les compétences psychosociales des enfants",
        FicheStatus.DONE,
        100,
        "prevention",
        ["1.2.1"],
        ["sante-des-jeunes"],
        [P.CHILDREN, P.PARENTS],
        "ireps",
        ["education", "mauges"],
        {Funder.ARS_FIR: [(2019, 9000, 9000), (2020, 9000, 9000), (2021, 9000, 8700)]},
        (
            "Écoles engagées dans un programme de compétences psychosociales",
            IndicatorKind.PROCESS,
            "écoles",
            "10",
            {2019: 3, 2020: 5, 2021: 8},
        ),
    ),
    (
        "1.5",
        "Promouvoir la vie affective et la santé sexuelle des jeunes",
        FicheStatus.DONE,
        100,
        "prevention",
        ["1.2.2"],
        ["sante-des-jeunes"],
        [P.YOUTH],
        "mauges",
        ["education"],
        {Funder.ARS_FIR: [(2020, 4000, 3500)]},
        None,
    ),
    (
        "1.6",
        "Favoriser la participation aux dépistages organisés des cancers",
        FicheStatus.DONE,
        100,
        "prevention",
        ["1.1.2"],
        ["precarite"],
        [P.GENERAL, P.PRECARIOUS],
        "cpam49",
        ["mauges", "msa49"],
        {Funder.CPAM: [(2018, 3000, 3000), (2019, 3000, 3000)]},
        (
            "Taux de participation au dépistage du cancer colorectal",
            IndicatorKind.RESULT,
            "%",
            "45",
            {2017: 31.5, 2019: 34.2, 2021: 33.8},
        ),
    ),
    (
        "1.7",
        "Prévenir la perte d'autonomie : ateliers « Bien vieillir »",
        FicheStatus.DONE,
        100,
        "prevention",
        ["3.1.3"],
        ["perte-d-autonomie"],
        [P.ELDERLY],
        "msa49",
        ["mauges", "cd49"],
        {Funder.DEPARTEMENT: [(2018, 5000, 5000), (2019, 5000, 4600)], Funder.OTHER: [(2019, 2000, 2000)]},
        ("Participants aux ateliers", IndicatorKind.PROCESS, "personnes", "300", {2018: 112, 2019: 146}),
    ),
    (
        "1.8",
        "Lutter contre l'habitat indigne et ses effets sur la santé",
        FicheStatus.DONE,
        100,
        "prevention",
        ["1.3"],
        ["precarite"],
        [P.PRECARIOUS],
        "mauges",
        ["ars", "caf49"],
        {Funder.COLLECTIVITY: [(2019, 8000, 7200)]},
        None,
    ),
    (
        "1.9",
        "Prévenir les risques liés à l'ambroisie et aux espèces nuisibles à la santé",
        FicheStatus.ABANDONED,
        20,
        "prevention",
        ["1.3"],
        [],
        [P.GENERAL, P.ELECTED_OFFICIALS],
        "mauges",
        ["ars"],
        {},
        None,
    ),
    (
        "1.10",
        "Favoriser l'accès aux droits et à la santé des personnes en situation de précarité",
        FicheStatus.DONE,
        100,
        "prevention",
        ["3.3"],
        ["precarite"],
        [P.PRECARIOUS],
        "cpam49",
        ["caf49", "mauges"],
        {Funder.CPAM: [(2019, 4000, 4000), (2020, 4000, 3100)]},
        ("Rendez-vous des droits réalisés", IndicatorKind.PROCESS, "rendez-vous", "150", {2019: 64, 2020: 41}),
    ),
    (
        "1.11",
        "Promouvoir la vaccination",
        FicheStatus.DONE,
        100,
        "prevention",
        ["1.1.1"],
        [],
        [P.GENERAL],
        "ars",
        ["cpam49", "mauges"],
        {},
        None,
    ),
    (
        "2.1",
        "Favoriser l'accueil des internes et l'installation des jeunes professionnels de santé",
        FicheStatus.DONE,
        100,
        "acces-aux-soins",
        ["4.1.2", "5.2.3"],
        [],
        [P.HEALTH_PROFESSIONALS],
        "mauges",
        ["ars", "cholet"],
        {Funder.COLLECTIVITY: [(2018, 10000, 9500), (2019, 10000, 10000), (2020, 10000, 6000)]},
        ("Internes accueillis sur le territoire", IndicatorKind.RESULT, "internes", "12", {2018: 4, 2019: 7, 2020: 6}),
    ),
    (
        "2.2",
        "Soutenir le développement des maisons de santé pluriprofessionnelles",
        FicheStatus.DONE,
        100,
        "acces-aux-soins",
        ["4.1.1"],
        [],
        [P.HEALTH_PROFESSIONALS],
        "mauges",
        ["ars", "cpam49"],
        {Funder.COLLECTIVITY: [(2019, 25000, 25000)], Funder.ARS_FIR: [(2019, 15000, 15000)]},
        None,
    ),
    (
        "2.3",
        "Développer la téléconsultation dans les EHPAD",
        FicheStatus.ABANDONED,
        10,
        "acces-aux-soins",
        ["5.1.2"],
        ["perte-d-autonomie"],
        [P.ELDERLY],
        "cholet",
        ["ars"],
        {Funder.ARS_FIR: [(2020, 8000, 0)]},
        None,
    ),
    (
        "2.4",
        "Améliorer l'organisation des soins non programmés",
        FicheStatus.DONE,
        100,
        "acces-aux-soins",
        ["4.3"],
        [],
        [P.GENERAL],
        "ars",
        ["cpam49", "cholet"],
        {},
        None,
    ),
    (
        "3.1",
        "Structurer le parcours des personnes âgées avec la MAIA",
        FicheStatus.DONE,
        100,
        "parcours",
        ["3.2.3"],
        ["perte-d-autonomie"],
        [P.ELDERLY, P.SOCIAL_PROFESSIONALS],
        "cd49",
        ["ars", "mauges"],
        {Funder.ARS_FIR: [(2018, 5000, 5000)]},
        None,
    ),
    (
        "3.2",
        "Soutenir les aidants : information et solutions de répit",
        FicheStatus.DONE,
        100,
        "parcours",
        ["3.2.3"],
        ["perte-d-autonomie"],
        [P.CAREGIVERS],
        "mauges",
        ["cd49", "msa49"],
        {Funder.DEPARTEMENT: [(2019, 6000, 6000), (2020, 6000, 4200)]},
        ("Aidants accompagnés", IndicatorKind.RESULT, "aidants", "200", {2019: 85, 2020: 70, 2021: 102}),
    ),
    (
        "3.3",
        "Prévenir l'isolement des personnes âgées",
        FicheStatus.PAUSED,
        40,
        "parcours",
        ["3.1.3", "3.2.4"],
        ["perte-d-autonomie"],
        [P.ELDERLY],
        "mauges",
        ["cd49"],
        {Funder.COLLECTIVITY: [(2020, 4000, 1500)]},
        None,
    ),
    (
        "3.4",
        "Favoriser l'accès aux soins des personnes en situation de handicap",
        FicheStatus.DONE,
        100,
        "parcours",
        ["4.4.2"],
        [],
        [P.DISABLED],
        "ars",
        ["cpam49", "apf"],
        {},
        None,
    ),
    (
        "3.5",
        "Coordonner le parcours de santé des personnes en situation de précarité",
        FicheStatus.DONE,
        100,
        "parcours",
        ["3.3"],
        ["precarite"],
        [P.PRECARIOUS, P.SOCIAL_PROFESSIONALS],
        "mauges",
        ["caf49", "cd49"],
        {Funder.CAF: [(2019, 3000, 3000)]},
        None,
    ),
    (
        "3.7",
        "Accompagner le parcours de santé des jeunes",
        FicheStatus.DONE,
        100,
        "parcours",
        ["1.2.2", "3.4.2"],
        ["sante-des-jeunes", "sante-mentale"],
        [P.YOUTH, P.PARENTS],
        "mauges",
        ["cd49", "education"],
        {Funder.ARS_FIR: [(2020, 7000, 7000), (2021, 7000, 6500)]},
        None,
    ),
    (
        "4.1",
        "Animer le CLS et sa gouvernance",
        FicheStatus.DONE,
        100,
        "prevention",
        [],
        [],
        [P.ELECTED_OFFICIALS],
        "mauges",
        ["ars"],
        {
            Funder.ARS_FIR: [(y, 20000, 20000) for y in (2017, 2018, 2019, 2020, 2021)],
            Funder.COLLECTIVITY: [(y, 20000, 20000) for y in (2017, 2018, 2019, 2020, 2021)],
        },
        (
            "Réunions du comité de pilotage",
            IndicatorKind.PROCESS,
            "réunions",
            "1 par an",
            {2017: 1, 2018: 1, 2019: 2, 2020: 1, 2021: 1},
        ),
    ),
    (
        "4.2",
        "Évaluer le CLS 2017-2021",
        FicheStatus.DONE,
        100,
        "prevention",
        [],
        [],
        [P.ELECTED_OFFICIALS],
        "mauges",
        ["ars"],
        {Funder.ARS_FIR: [(2021, 15000, 14400)]},
        None,
    ),
    (
        "5.1",
        "Préfigurer un conseil local de santé mentale (CLSM)",
        FicheStatus.IN_PROGRESS,
        60,
        "parcours",
        ["3.4.1"],
        ["sante-mentale"],
        [P.GENERAL, P.SOCIAL_PROFESSIONALS],
        "mauges",
        ["ars", "cholet"],
        {Funder.ARS_FIR: [(2020, 10000, 10000), (2021, 10000, 6000)]},
        None,
    ),
    (
        "5.2",
        "Former des sentinelles à la prévention du suicide",
        FicheStatus.DONE,
        100,
        "prevention",
        ["3.4.2"],
        ["sante-mentale"],
        [P.SOCIAL_PROFESSIONALS, P.ELECTED_OFFICIALS],
        "ars",
        ["mauges", "msa49"],
        {Funder.ARS_FIR: [(2020, 5000, 2500), (2021, 5000, 5000)]},
        ("Sentinelles formées", IndicatorKind.PROCESS, "personnes", "60", {2020: 12, 2021: 38}),
    ),
    (
        "5.3",
        "Déployer les premiers secours en santé mentale",
        FicheStatus.DONE,
        100,
        "prevention",
        ["3.4.2"],
        ["sante-mentale", "sante-des-jeunes"],
        [P.GENERAL, P.YOUTH],
        "mauges",
        ["ireps"],
        {Funder.COLLECTIVITY: [(2021, 6000, 5800)]},
        None,
    ),
    (
        "5.4",
        "Faciliter l'accès aux soins psychiatriques de proximité",
        FicheStatus.DONE,
        100,
        "acces-aux-soins",
        ["3.4.1"],
        ["sante-mentale"],
        [P.GENERAL],
        "cholet",
        ["ars", "mauges"],
        {},
        None,
    ),
]

DEMO_DEFAULTS = {
    "context": "Le diagnostic territorial de santé a fait de ce sujet une priorité du territoire (contenu de "
    "démonstration).",
    "description": "Contenu de démonstration : étapes, acteurs et calendrier plausibles pour illustrer le portail.",
    "governance_instance": "Comité de suivi du CLS",
}


def _organisations():
    return {
        key: Organisation.objects.get_or_create(name=name, kind=kind)[0] for key, (name, kind) in ORGANISATIONS.items()
    }


def _dates(number):
    """Axe 5 came with the avenant of February 2020; the others start over the first three years."""
    if number.startswith("5."):
        return D(2020, 3, 1), D(2021, 12, 31)
    start = D(2017 + (int(number.split(".")[1]) % 3), 1, 1)
    return start, D(2021, 12, 31)


def _link(fiche, prs_codes, priority_codes, publics, partners, orgs, commune_codes=()):
    elements = PrsElement.objects.objectives().filter(prs__code=PRS_CODE, code__in=prs_codes)
    fiche.prs_elements.set(elements)
    fiche.prs_priorities.set(PrsPriority.objects.filter(code__in=priority_codes))
    fiche.target_publics.set(TargetPublic.objects.filter(code__in=publics))
    fiche.partners.set([orgs[key] for key in partners])
    if commune_codes:
        fiche.communes.set(Commune.objects.filter(code__in=commune_codes))


def _budget(fiche, budget):
    for funder, lines in budget.items():
        for year, planned, actual in lines:
            BudgetLine.objects.get_or_create(
                fiche=fiche,
                year=year,
                funder=funder,
                funder_label="Mutualité Française" if funder == Funder.OTHER else "",
                defaults={
                    "planned_amount": Decimal(planned),
                    "actual_amount": Decimal(actual),
                    "kind": BudgetKind.OPERATING,
                },
            )


def _indicator(fiche, name, kind, unit, target, source, values, position=1):
    indicator, _ = FicheIndicator.objects.get_or_create(
        fiche=fiche,
        name=name,
        defaults={"kind": kind, "unit": unit, "target": target, "source": source, "position": position},
    )
    for year, value, comment in values:
        FicheIndicatorValue.objects.get_or_create(
            indicator=indicator, year=year, defaults={"value": Decimal(str(value)), "comment": comment}
        )


def _fiche(contract, axe, number, defaults):
    fiche, created = FicheAction.objects.get_or_create(
        contract=contract, number=number, defaults={"axe": axe, **defaults}
    )
    return fiche, created


@transaction.atomic
def load_demo_plans(mauges_cls1, mauges_cls2=None) -> dict:
    """Build CLS 1's plan (5 axes, 29 fiches); CLS 2 is left to the renewal copy. Returns counts of created rows."""
    TargetPublic.sync()
    orgs = _organisations()
    themes = {theme.code: theme for theme in ArsTheme.objects.all()}
    avenant = mauges_cls1.avenants.filter(number=1).first()
    created = {"axes": 0, "fiches": 0}
    axes = {}
    for position, (number, title, by_avenant) in enumerate(AXES, 1):
        axes[number], was_created = Axe.objects.get_or_create(
            contract=mauges_cls1,
            number=number,
            defaults={"title": title, "position": position, "avenant": avenant if by_avenant else None},
        )
        created["axes"] += was_created

    for number, data in REAL_FICHES.items():
        axe = axes[number.split(".")[0]]
        fiche, was_created = _fiche(
            mauges_cls1,
            axe,
            number,
            {
                "title": data["title"],
                "status": data["status"],
                "progress": data["progress"],
                "start_date": data["start"],
                "end_date": data["end"],
                "ars_theme": themes.get(data["theme"]),
                "porteur": orgs[data["porteur"]],
                "pilote_name": data["pilote_name"],
                "modality": data["modality"],
                "priority": data["priority"],
                "context": data["context"],
                "general_objective": data["general_objective"],
                "operational_objectives": data["operational_objectives"],
                "description": data["description"],
                "whole_territory": data.get("whole_territory", True),
                "human_means": data.get("human_means", ""),
                "citizen_participation": data.get("citizen_participation", ""),
                "other_plans": data.get("other_plans", ""),
                "governance_instance": "Comité de suivi du CLS",
                "is_demo_content": False,
            },
        )
        created["fiches"] += was_created
        if was_created:
            _link(
                fiche,
                data["prs"],
                data["priorities"],
                data["publics"],
                data["partners"],
                orgs,
                data.get("communes", ()),
            )
        for position, (sub_number, title, description, done) in enumerate(data["sub_actions"], 1):
            SubAction.objects.get_or_create(
                fiche=fiche,
                number=sub_number,
                defaults={"title": title, "description": description, "done": done, "position": position},
            )
        for position, (name, kind, unit, source, values) in enumerate(data["indicators"], 1):
            _indicator(fiche, name, kind, unit, "", source, values, position)
        FollowUpNote.objects.get_or_create(
            fiche=fiche,
            date=LAUNCH_MEETING,
            defaults={"done": f"{data['note']}\n\n(Présenté lors de la {SOURCE[0].lower()}{SOURCE[1:]}.)"},
        )

    for row in DEMO_FICHES:
        number, title, status, progress, theme, prs, priorities, publics, porteur, partners, budget, indicator = row
        axe = axes[number.split(".")[0]]
        start, end = _dates(number)
        fiche, was_created = _fiche(
            mauges_cls1,
            axe,
            number,
            {
                "title": title,
                "status": status,
                "progress": progress,
                "start_date": start,
                "end_date": end,
                "ars_theme": themes.get(theme),
                "porteur": orgs[porteur],
                "modality": Modality.DO_WITH if partners else Modality.DO,
                "priority": Priority.MEDIUM if int(number.split(".")[1]) % 2 else Priority.HIGH,
                "avenant": avenant if number.startswith("5.") else None,
                "is_demo_content": True,
                "general_objective": title + ".",
                **DEMO_DEFAULTS,
            },
        )
        created["fiches"] += was_created
        if was_created:
            _link(fiche, prs, priorities, publics, partners, orgs)
        _budget(fiche, budget)
        if indicator:
            name, kind, unit, target, values = indicator
            _indicator(
                fiche,
                name,
                kind,
                unit,
                target,
                "Porteur de l'action",
                [(year, value, "") for year, value in values.items()],
            )
        if status == FicheStatus.ABANDONED:
            FollowUpNote.objects.get_or_create(
                fiche=fiche,
                date=D(2020, 10, 15),
                defaults={
                    "done": "Action arrêtée en comité de suivi (contenu de démonstration).",
                    "difficulties": "Crise sanitaire : partenaires mobilisés sur d'autres priorités.",
                },
            )
        elif status in (FicheStatus.PAUSED, FicheStatus.IN_PROGRESS):
            FollowUpNote.objects.get_or_create(
                fiche=fiche,
                date=D(2021, 11, 30),
                defaults={
                    "done": "Premières rencontres des partenaires (contenu de démonstration).",
                    "difficulties": "Disponibilité des partenaires pendant la crise sanitaire.",
                    "next_steps": "Reprendre l'action dans le CLS 2.",
                },
            )
    return created
