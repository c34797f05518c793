// Messages of the steering dashboard (/pilotage): what funders and administrators watch of the
// programme's impact. First section: the maturity gain of the structures supported (issue 15).
import type { Messages } from "~/platform/i18n/types";

export const fr = {
  "steering.title": "Pilotage et impact",
  "steering.intro":
    "Ce que les accompagnements changent pour les structures de l'économie sociale et solidaire, sur les programmes que vous suivez.",
  "steering.filter.heading": "Filtrer",
  "steering.filter.programme": "Programme",
  "steering.filter.allProgrammes": "Tous les programmes",
  "steering.filter.level": "Échelon d'accompagnement",
  "steering.filter.allLevels": "Tous les échelons",
  "steering.filter.submit": "Afficher",
  "steering.filter.ignoredProgramme":
    "Le programme demandé n'existe pas ou ne vous est pas ouvert : tous vos programmes sont affichés.",
  "steering.filter.ignoredLevel":
    "L'échelon demandé n'existe pas : tous les échelons sont affichés.",
  "steering.filter.noProgramme":
    "Aucun programme ne vous est encore ouvert : demandez à l'équipe du programme de vous rattacher à votre financeur.",
  "steering.level.diagnostic": "Diagnostic numérique",
  "steering.level.scoping": "Cadrage",
  "steering.level.production": "Production",
  "steering.gain.title": "Gain de maturité numérique",
  "steering.gain.method":
    "Chaque structure est comparée entre son dernier diagnostic terminé avant son premier accompagnement et son dernier diagnostic terminé après la clôture de son dernier accompagnement. Les scores vont de 0 à 100.",
  "steering.gain.comparedLabel": "Structures comparées",
  "steering.gain.meanLabel": "Gain moyen du score global",
  "steering.gain.meanRange": "De {before} à {after} sur 100 en moyenne.",
  "steering.gain.awaiting.one":
    "{count} structure accompagnée n'a pas encore refait le diagnostic.",
  "steering.gain.awaiting.other":
    "{count} structures accompagnées n'ont pas encore refait le diagnostic.",
  "steering.gain.withoutBefore.one":
    "{count} structure accompagnée n'avait pas de diagnostic terminé avant son accompagnement : elle ne peut pas être comparée.",
  "steering.gain.withoutBefore.other":
    "{count} structures accompagnées n'avaient pas de diagnostic terminé avant leur accompagnement : elles ne peuvent pas être comparées.",
  "steering.gain.empty":
    "Aucune structure accompagnée n'a encore passé le diagnostic avant et après son accompagnement. Le gain apparaîtra ici dès qu'une structure aura refait le diagnostic après la clôture de son accompagnement.",
  "steering.gain.noSupport":
    "Aucun accompagnement n'est encore clos pour ces critères. Le gain de maturité apparaîtra ici quand les structures accompagnées auront refait le diagnostic après leur accompagnement.",
  "steering.gain.caption":
    "Score moyen avant et après l'accompagnement, par dimension du diagnostic (sur 100 points)",
  "steering.gain.dimension": "Dimension",
  "steering.gain.before": "Moyenne avant",
  "steering.gain.after": "Moyenne après",
  "steering.gain.gain": "Gain",
  "steering.gain.count": "Structures",
  "steering.gain.globalRow": "Score global",
  "steering.gain.notMeasured": "non mesuré",
  "steering.gain.decrease": "{points}, en baisse",
  "steering.gain.hint":
    "Une dimension jugée «\u00a0non concernée\u00a0» par une structure n'est pas comptée pour elle : le nombre de structures peut varier d'une ligne à l'autre. Les moyennes sont arrondies au dixième.",
  "steering.points.one": "{value} point",
  "steering.points.other": "{value} points",
} as const;

export const en: Messages<typeof fr> = {
  "steering.title": "Steering and impact",
  "steering.intro":
    "What the supports change for the social and solidarity economy structures, in the programmes you follow.",
  "steering.filter.heading": "Filter",
  "steering.filter.programme": "Programme",
  "steering.filter.allProgrammes": "All programmes",
  "steering.filter.level": "Support level",
  "steering.filter.allLevels": "All levels",
  "steering.filter.submit": "Show",
  "steering.filter.ignoredProgramme":
    "The programme asked for does not exist or is not open to you: all your programmes are shown.",
  "steering.filter.ignoredLevel": "The level asked for does not exist: all levels are shown.",
  "steering.filter.noProgramme":
    "No programme is open to you yet: ask the programme team to link you to your funder.",
  "steering.level.diagnostic": "Digital diagnostic",
  "steering.level.scoping": "Scoping",
  "steering.level.production": "Production",
  "steering.gain.title": "Digital maturity gain",
  "steering.gain.method":
    "Each structure is compared between its last diagnostic completed before its first support and its last diagnostic completed after its last support closed. Scores range from 0 to 100.",
  "steering.gain.comparedLabel": "Structures compared",
  "steering.gain.meanLabel": "Mean gain of the overall score",
  "steering.gain.meanRange": "From {before} to {after} out of 100 on average.",
  "steering.gain.awaiting.one":
    "{count} supported structure has not taken the diagnostic again yet.",
  "steering.gain.awaiting.other":
    "{count} supported structures have not taken the diagnostic again yet.",
  "steering.gain.withoutBefore.one":
    "{count} supported structure had no completed diagnostic before its support: it cannot be compared.",
  "steering.gain.withoutBefore.other":
    "{count} supported structures had no completed diagnostic before their support: they cannot be compared.",
  "steering.gain.empty":
    "No supported structure has taken the diagnostic both before and after its support yet. The gain will show here as soon as a structure takes the diagnostic again after its support closed.",
  "steering.gain.noSupport":
    "No support has been closed yet for these criteria. The maturity gain will show here once the supported structures take the diagnostic again after their support.",
  "steering.gain.caption":
    "Mean score before and after the support, per dimension of the diagnostic (out of 100 points)",
  "steering.gain.dimension": "Dimension",
  "steering.gain.before": "Mean before",
  "steering.gain.after": "Mean after",
  "steering.gain.gain": "Gain",
  "steering.gain.count": "Structures",
  "steering.gain.globalRow": "Overall score",
  "steering.gain.notMeasured": "not measured",
  "steering.gain.decrease": "{points}, down",
  "steering.gain.hint":
    'A dimension a structure found "not applicable" is not counted for it: the number of structures may vary from one row to the next. Means are rounded to one decimal.',
  "steering.points.one": "{value} point",
  "steering.points.other": "{value} points",
};
