"""The national texts of the contract document: what a contract says when neither its région nor its département
has written its own (`documents.articles.resolve`).

The family of articles of the contracts signed in Bourgogne-Franche-Comté and Auvergne-Rhône-Alpes (parties,
périmètre, gouvernance, orientations, engagements, durée et révision, suivi et évaluation: docs/documents.md), plus
objet and résiliation. Legal references, checked against the texts in force (docs/documents.md, « Visas »):

- code de la santé publique, art. L1434-1 and L1434-2 (the projet régional de santé and what it is made of) and
  art. L1434-10, IV (« La mise en œuvre du projet régional de santé peut faire l'objet de contrats locaux de santé
  conclus par l'agence, notamment avec les collectivités territoriales et leurs groupements… »). The contracts were
  based on art. L1434-17 until the loi of 26 January 2016 renumbered the chapter;
- loi n° 2009-879 du 21 juillet 2009 portant réforme de l'hôpital et relative aux patients, à la santé et aux
  territoires (HPST), which created the contrats locaux de santé;
- loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé;
- the arrêté of the directeur général of the ARS adopting the PRS (its date is the PRS's `adopted_on`).
"""

from dataclasses import dataclass

from documents.enums import ArticleKind


@dataclass(frozen=True)
class DefaultArticle:
    key: str
    kind: str
    heading: str
    body: str
    position: int


VISAS = """\
Vu le code de la santé publique, notamment ses articles L1434-1 et L1434-2 relatifs au projet régional de santé et \
son article L1434-10, IV, relatif aux contrats locaux de santé ;

Vu la loi n° 2009-879 du 21 juillet 2009 portant réforme de l'hôpital et relative aux patients, à la santé et aux \
territoires ;

Vu la loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé ;

Vu l'arrêté du directeur général de l'agence régionale de santé {{ region }} du {{ prs_date_adoption }} portant \
adoption du projet régional de santé {{ prs_periode }} ;

{{ liste_deliberations }}

{{ liste_avenants }}"""

PREAMBLE = """\
Le contrat local de santé est un outil porté conjointement par l'agence régionale de santé et une collectivité \
territoriale pour réduire les inégalités territoriales et sociales de santé. Il met en œuvre, à l'échelle d'un \
territoire, le projet régional de santé, en cohérence avec les politiques de santé des collectivités et de leurs \
partenaires : promotion de la santé, prévention, politiques de soins et accompagnement médico-social et social.

Le territoire de {{ territoire }} compte {{ nombre_communes }} communes et {{ population }} habitants (population \
municipale en vigueur au 1er janvier 2026, INSEE).

{{ synthese_diagnostic }}

Le présent contrat s'inscrit dans les orientations du {{ prs }}. Il s'articule avec les autres démarches du \
territoire : contrat de ville, conseil local de santé mentale, communautés professionnelles territoriales de santé, \
plan climat-air-énergie territorial.

Il est convenu ce qui suit :"""

ARTICLES = [
    DefaultArticle(
        "objet",
        ArticleKind.ARTICLE,
        "Objet du contrat",
        """\
Le présent contrat a pour objet de consolider le partenariat local sur les questions de santé et de mettre en \
œuvre, sur le territoire de {{ territoire }}, des actions au plus près des habitants, répondant aux besoins \
relevés par le diagnostic territorial.

Il définit les axes stratégiques, les objectifs et les fiches-action que les signataires s'engagent à conduire, \
ainsi que les modalités de leur pilotage, de leur suivi et de leur évaluation.""",
        10,
    ),
    DefaultArticle(
        "parties",
        ArticleKind.ARTICLE,
        "Parties prenantes",
        """\
Le présent contrat est conclu entre les signataires suivants :

{{ liste_signataires }}

Il associe également les partenaires suivants, qui contribuent à la mise en œuvre des actions sans être \
signataires :

{{ liste_partenaires }}""",
        20,
    ),
    DefaultArticle(
        "perimetre",
        ArticleKind.ARTICLE,
        "Périmètre géographique",
        """\
Le contrat s'applique aux {{ nombre_communes }} communes du territoire de {{ territoire }}, soit une population \
municipale de {{ population }} habitants :

{{ tableau_communes }}

Certaines actions peuvent ne concerner qu'une partie de ce territoire : leur fiche-action le précise.""",
        30,
    ),
    DefaultArticle(
        "duree",
        ArticleKind.ARTICLE,
        "Durée du contrat",
        """\
Le présent contrat est conclu pour une durée de {{ duree }}, du {{ date_debut }} au {{ date_fin }}.

Il prend effet à la date de sa signature par l'ensemble des parties.""",
        40,
    ),
    DefaultArticle(
        "axes",
        ArticleKind.ARTICLE,
        "Orientations stratégiques et actions",
        """\
À partir du diagnostic territorial, les signataires retiennent {{ nombre_axes }} axes stratégiques, déclinés en \
{{ nombre_fiches }} fiches-action :

{{ liste_axes }}

Chaque fiche-action, en annexe du présent contrat, précise ses objectifs, son porteur, ses partenaires, son public, \
son calendrier, son budget prévisionnel et ses indicateurs d'évaluation. Le tableau annexé indique les objectifs du \
projet régional de santé auxquels chaque fiche contribue.""",
        50,
    ),
    DefaultArticle(
        "engagements",
        ArticleKind.ARTICLE,
        "Engagements des signataires",
        """\
L'agence régionale de santé s'engage à mobiliser ses services et ses moyens, notamment le fonds d'intervention \
régional, pour la mise en œuvre des actions relevant de ses compétences, et à apporter au territoire les données de \
santé utiles à leur suivi.

La collectivité porteuse s'engage à assurer la coordination du contrat, à animer la démarche avec les acteurs du \
territoire et à conduire les actions dont elle est porteuse.

Chaque signataire s'engage à mettre en œuvre les actions dont il est porteur et à contribuer à celles dont il est \
partenaire, dans la limite de ses compétences et sous réserve de l'inscription des crédits correspondants à son \
budget :

{{ engagements_signataires }}

Le budget prévisionnel des fiches-action s'établit comme suit :

{{ tableau_budget }}""",
        60,
    ),
    DefaultArticle(
        "gouvernance",
        ArticleKind.ARTICLE,
        "Modalités de gouvernance",
        """\
Le comité de pilotage réunit les signataires. Il valide les orientations du contrat, arbitre les priorités et \
décide des évolutions à lui apporter. Il se réunit au moins une fois par an.

Le comité technique ou de suivi prépare les travaux du comité de pilotage et assure le suivi opérationnel des \
actions. Des groupes de travail réunissent les acteurs de terrain par axe ou par thème.

Les instances du contrat sont composées comme suit :

{{ composition_instances }}""",
        70,
    ),
    DefaultArticle(
        "suivi",
        ArticleKind.ARTICLE,
        "Suivi et évaluation",
        """\
Le suivi de la mise en œuvre du contrat est assuré par le coordinateur ou la coordinatrice du contrat, qui rend \
compte chaque année au comité de pilotage de l'avancement des fiches-action, de leurs indicateurs et de leur \
financement.

Une évaluation finale est conduite avant l'échéance du contrat ; elle prépare, le cas échéant, le contrat suivant.

Les indicateurs retenus sont les suivants :

{{ tableau_indicateurs }}""",
        80,
    ),
    DefaultArticle(
        "revision",
        ArticleKind.ARTICLE,
        "Révision du contrat",
        """\
Le présent contrat peut être modifié par avenant, à la demande de l'un des signataires, après validation par le \
comité de pilotage : ajout ou modification d'un axe ou de fiches-action, entrée d'un nouveau signataire, \
prolongation de sa durée.

Chaque avenant est signé par l'ensemble des signataires du contrat.""",
        90,
    ),
    DefaultArticle(
        "resiliation",
        ArticleKind.ARTICLE,
        "Résiliation et litiges",
        """\
Chacun des signataires peut se retirer du contrat par lettre recommandée avec accusé de réception adressée aux \
autres signataires, moyennant un préavis de trois mois. Le retrait d'un signataire n'emporte pas la résiliation du \
contrat pour les autres.

En cas de litige relatif à l'exécution du présent contrat, les parties s'efforcent de le régler à l'amiable au sein \
du comité de pilotage. À défaut, le litige est porté devant le tribunal administratif territorialement compétent.""",
        100,
    ),
]

DEFAULTS = [
    DefaultArticle("visas", ArticleKind.VISAS, "Visas", VISAS, 0),
    DefaultArticle("preambule", ArticleKind.PREAMBLE, "Préambule", PREAMBLE, 5),
    *ARTICLES,
]
DEFAULTS_BY_KEY = {article.key: article for article in DEFAULTS}
