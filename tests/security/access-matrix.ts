/**
 * The route × persona access matrix (issue 12): the answer every persona gets from every route of
 * the route manifest (app/routes.ts and the feature `*.routes.ts` lists it spreads), for a GET and,
 * where the route has an action, for a POST with the persona's cookie and a same-site Origin.
 * `access-matrix.integration.test.ts` reads the manifest itself: a route without a row here, or a
 * row whose route left the manifest, fails it. A new staff capability adds its rows.
 *
 * The data (built by the test through the factories and the real commands):
 * - organisation A (Marseille) and its owner `applicantA`: a submitted application `{submitted}`
 *   (two attachments, `{attachment}` one of them, and its receipt), a draft `{draft}`, a completed
 *   diagnostic saved to A (`{diagnosticToken}`, `{diagnosticId}`), a second member `{memberA}`,
 *   a pending invitation to another address (`{invitationId}`, `{invitationToken}`);
 * - organisation B and its owner `applicantB`, whose browser also carries a forged active
 *   organisation cookie naming A and a completed anonymous diagnostic of theirs
 *   (`{diagnosticTokenB}`) waiting to be saved: every id B's member tries is one of A's;
 * - `{anonymousToken}`: a diagnostic in progress saved to no organisation (the link is the key);
 * - `{export}`: a finished export of the instructor's;
 * - `otherAntennaManager` runs the Lyon antenna (A's application is in Marseille's queue);
 * - `otherFunder` follows a funder of another programme than Digit'ESS.
 * - a planned committee session `{committeeSession}` whose members are `committeeMember` and
 *   `conflictedMember`, with two items (applications of two other organisations, ready for
 *   committee, added through the real agenda command): `{conflictedItem}`, on which
 *   `conflictedMember` declared a conflict of interest (404 on its page and forms from then on),
 *   and `{committeeItem}`, which both members see. A's own application stays "submitted", so the
 *   review rows keep their meaning;
 * - a closed session `{closedSession}` of the same two members (built through the real commands:
 *   one item, another organisation's application, on which `conflictedMember` declared a
 *   conflict; decided, then closed), whose minutes are downloadable;
 * - a support `{support}` in progress at the Marseille antenna (another organisation's), with a
 *   deliverable `{deliverable}` and its file; and a closed support of a third organisation whose
 *   owner's survey link is `{feedbackToken}`.
 *
 * Answers, one per persona, in the column order of `personas`:
 *   page     200 with the loader's data (a page, or an action's page in place)
 *   json     200 with a JSON body
 *   pdf      200, application/pdf
 *   file     200, a download (Content-Disposition: attachment)
 *   sign-in  302 to /connexion?redirectTo=<this path>
 *   →/path   302 to exactly that path (placeholders allowed)
 *   404 405 401 409   that status
 *   may      (POST only) the persona may act here: not sent by the matrix, whose POSTs are the
 *            refused ones (the feature's tests and tests/security/bad-input prove the allowed ones)
 * Every refused POST (any answer but `may`) must also leave every table unchanged.
 */

export const personas = [
  "anonymous",
  "applicantA",
  "applicantB",
  "instructor",
  "otherAntennaManager",
  "committeeMember",
  "conflictedMember",
  "otherFunder",
  "admin",
] as const;
export type PersonaName = (typeof personas)[number];

/** Personas that must never see A's data nor the instructor's export in a 200 answer. */
export const strangers: readonly PersonaName[] = [
  "anonymous",
  "applicantB",
  "otherAntennaManager",
  "committeeMember",
  "conflictedMember",
  "otherFunder",
];

export type FormBody = Record<string, string | readonly string[]>;

export interface MatrixRow {
  /** The route's full path pattern as the manifest states it. */
  readonly route: string;
  /** The path requested (placeholders filled with the real ids); default: `route`. */
  readonly path?: string;
  /** The answers to a GET, one per persona. */
  readonly get: string;
  /** The answers to a POST, one per persona (routes with an action only). */
  readonly post?: string;
  /** The POST's path when it differs (a splat route: another endpoint under it). */
  readonly postPath?: string;
  /** The POST's body: a form (urlencoded), or `{ json }`. Placeholders are filled. */
  readonly body?: FormBody | { readonly json: unknown };
  /** Markers a stranger may see here by design (the invitation link names its organisation). */
  readonly shows?: readonly ("organizationA" | "invitationToken" | "export")[];
  readonly note?: string;
}

// Columns:   anonymous applicantA applicantB instructor otherAntenna committee conflicted otherFunder admin
export const matrix: readonly MatrixRow[] = [
  // ── Public site ──────────────────────────────────────────────────────────────────────────────
  { route: "/", get: "page page page page page page page page page" },
  {
    route: "/programmes/:slug",
    path: "/programmes/digitess",
    get: "page page page page page page page page page",
  },
  {
    route: "/eligibilite",
    get: "page page page page page page page page page",
    post: "may may may may may may may may may",
  },
  {
    route: "/simulateur",
    get: "page page page page page page page page page",
    post: "may may may may may may may may may",
  },
  { route: "/mentions-legales", get: "page page page page page page page page page" },
  { route: "/donnees-personnelles", get: "page page page page page page page page page" },
  { route: "/accessibilite", get: "page page page page page page page page page" },
  {
    route: "/langue",
    path: "/langue?vers=fr&retour=/simulateur",
    get: "→/simulateur →/simulateur →/simulateur →/simulateur →/simulateur →/simulateur →/simulateur →/simulateur →/simulateur",
  },
  { route: "/*", path: "/page-qui-n-existe-pas", get: "404 404 404 404 404 404 404 404 404" },

  // ── Accounts ─────────────────────────────────────────────────────────────────────────────────
  {
    route: "/connexion",
    get: "page →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion",
    post: "may may may may may may may may may",
  },
  {
    route: "/apres-connexion",
    get: "sign-in →/espace →/espace →/instruction →/instruction →/comites →/comites →/pilotage →/admin",
  },
  {
    route: "/inscription",
    get: "page →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion →/apres-connexion",
    post: "may may may may may may may may may",
  },
  { route: "/inscription/confirmation", get: "page page page page page page page page page" },
  {
    route: "/deconnexion",
    get: "→/connexion page page page page page page page page",
    post: "may may may may may may may may may",
  },
  {
    route: "/mot-de-passe-oublie",
    get: "page page page page page page page page page",
    post: "may may may may may may may may may",
  },
  {
    route: "/reinitialiser-mot-de-passe",
    get: "page page page page page page page page page",
    post: "may may may may may may may may may",
  },
  {
    route: "/lien-de-connexion",
    get: "page page page page page page page page page",
    post: "may may may may may may may may may",
  },
  {
    route: "/api/auth/*",
    path: "/api/auth/get-session",
    get: "json json json json json json json json json",
    postPath: "/api/auth/update-user",
    body: { json: { name: "Nom changé par la matrice" } },
    post: "401 may may may may may may may may",
    note: "better-auth: changing one's own account needs a session",
  },
  {
    route: "/compte/notifications",
    get: "sign-in page page page page page page page page",
    post: "sign-in may may may may may may may may",
  },

  // Accounts (issue 12): one's own account, personal data and deletion, for every signed-in user.
  {
    route: "/compte",
    get: "sign-in page page page page page page page page",
    post: "sign-in may may may may may may may may",
  },
  {
    route: "/compte/donnees",
    get: "sign-in page page page page page page page page",
    post: "sign-in may may may may may may may may",
  },
  {
    route: "/compte/donnees/fichiers/:id",
    path: "/compte/donnees/fichiers/5b0d6a6e-0000-4000-8000-000000000000",
    get: "sign-in 404 404 404 404 404 404 404 404",
    note: "a personal-data file is its owner's only (tested with real files in features/privacy)",
  },
  {
    route: "/compte/suppression",
    get: "sign-in page page page page page page page page",
    post: "sign-in may may may may may may may may",
  },

  // ── Areas ────────────────────────────────────────────────────────────────────────────────────
  {
    route: "/espace",
    get: "sign-in page page 404 404 404 404 404 404",
    // Accepting, from one's space, an invitation addressed to someone else: it does not exist.
    body: { intent: "accept-invitation", invitationId: "{invitationId}" },
    post: "sign-in 404 404 404 404 404 404 404 404",
  },
  { route: "/instruction", get: "sign-in 404 404 page page 404 404 404 page" },
  {
    route: "/comites",
    get: "sign-in 404 404 page 404 page page 404 page",
    // Where one reads the session times from: one's own preference.
    body: { intent: "place", place: "974" },
    post: "sign-in 404 404 may 404 may may 404 may",
  },
  {
    route: "/comites/nouvelle",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: { date: "2027-01-14", time: "14:00", place: "Salle du conseil" },
    post: "sign-in 404 404 may 404 404 404 404 may",
  },
  {
    route: "/comites/:sessionId",
    path: "/comites/{committeeSession}",
    get: "sign-in 404 404 page 404 page page 404 page",
    body: { intent: "open" },
    post: "sign-in 404 404 may 404 may may 404 may",
    note: "a planned session whose members are the two committee member personas",
  },
  {
    route: "/comites/:sessionId/modifier",
    path: "/comites/{committeeSession}/modifier",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: {
      date: "2027-01-14",
      time: "14:00",
      place: "Salle du conseil",
      minFunderPresent: "1",
      minOperatorPresent: "1",
    },
    post: "sign-in 404 404 may 404 404 404 404 may",
    note: "editing the planned session: its preparers only, not even its members",
  },
  {
    route: "/comites/:sessionId/modifier",
    path: "/comites/{closedSession}/modifier",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: {
      date: "2027-01-14",
      time: "14:00",
      place: "Salle du conseil",
      minFunderPresent: "1",
      minOperatorPresent: "1",
    },
    post: "sign-in 404 404 409 404 404 404 404 409",
    note: "a closed session: the page says it no longer changes, the edit is refused (409)",
  },
  {
    route: "/comites/:sessionId/modifier",
    path: "/comites/5b0d6a6e-0000-4000-8000-000000000001/modifier",
    get: "sign-in 404 404 404 404 404 404 404 404",
    body: { date: "2027-01-14", time: "14:00", place: "Salle du conseil" },
    post: "sign-in 404 404 404 404 404 404 404 404",
    note: "a session that does not exist",
  },
  {
    route: "/comites/:sessionId/points/:itemId",
    path: "/comites/{committeeSession}/points/{conflictedItem}",
    get: "sign-in 404 404 page 404 page 404 404 page",
    // Declaring a conflict: the members' own act; a conflicted member no longer sees the item.
    body: { intent: "conflict", confirm: "on" },
    post: "sign-in 404 404 404 404 may 404 404 404",
    note: "the item on which the conflicted member declared a conflict of interest",
  },
  {
    route: "/comites/:sessionId/points/:itemId",
    path: "/comites/{committeeSession}/points/{committeeItem}",
    get: "sign-in 404 404 page 404 page page 404 page",
    body: { intent: "conflict", confirm: "on" },
    post: "sign-in 404 404 404 404 may may 404 404",
    note: "another item of the same session: the conflict is on one item only",
  },
  {
    route: "/comites/:sessionId/proces-verbal.pdf",
    path: "/comites/{closedSession}/proces-verbal.pdf",
    get: "sign-in 404 404 pdf 404 pdf pdf 404 pdf",
    note: "a closed session: its preparers and members (the conflicted member's copy leaves the item out)",
  },
  {
    route: "/comites/:sessionId/proces-verbal.pdf",
    path: "/comites/{committeeSession}/proces-verbal.pdf",
    get: "sign-in 404 404 404 404 404 404 404 404",
    note: "a planned session: no minutes before closing",
  },
  {
    route: "/comites/:sessionId/points/:itemId",
    path: "/comites/{committeeSession}/points/5b0d6a6e-0000-4000-8000-000000000001",
    get: "sign-in 404 404 404 404 404 404 404 404",
    body: { intent: "score" },
    post: "sign-in 404 404 404 404 404 404 404 404",
    note: "an item that does not exist",
  },
  {
    route: "/accompagnements",
    get: "sign-in 404 404 page page 404 404 404 page",
    body: { intent: "capacity", formId: "capacity", antennaId: "{lyonAntenna}", scoping: "2" },
    post: "sign-in 404 404 409 409 404 404 404 may",
    note: "setting a capacity is for administrators (they configure the antennas)",
  },
  {
    route: "/accompagnements/:supportId",
    path: "/accompagnements/{support}",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: { intent: "status", formId: "status", action: "deliver" },
    post: "sign-in 404 404 409 404 404 404 404 may",
    note: "a support at the Marseille antenna: the Lyon manager does not reach it; only those who deliver supports move it",
  },
  {
    route: "/accompagnements/:supportId/livrables/:milestoneId",
    path: "/accompagnements/{support}/livrables/{deliverable}",
    get: "sign-in 404 404 pdf 404 404 404 404 pdf",
    note: "the deliverable's file (a PDF): staff who reach the support",
  },
  {
    route: "/accompagnements/:supportId",
    path: "/accompagnements/5b0d6a6e-0000-4000-8000-000000000003",
    get: "sign-in 404 404 404 404 404 404 404 404",
    body: { intent: "status", action: "start" },
    post: "sign-in 404 404 404 404 404 404 404 404",
    note: "a support that does not exist (the world holds no support yet)",
  },
  {
    route: "/accompagnements/:supportId/livrables/:milestoneId",
    path: "/accompagnements/5b0d6a6e-0000-4000-8000-000000000003/livrables/5b0d6a6e-0000-4000-8000-000000000004",
    get: "sign-in 404 404 404 404 404 404 404 404",
    note: "a deliverable that does not exist",
  },
  { route: "/pilotage", get: "sign-in 404 404 404 404 404 404 page page" },
  { route: "/admin", get: "sign-in 404 404 404 404 404 404 404 page" },
  {
    route: "/admin/taches",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "retry", jobId: "5b0d6a6e-0000-4000-8000-000000000002" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  { route: "/admin/utilisateurs", get: "sign-in 404 404 404 404 404 404 404 page" },
  {
    route: "/admin/utilisateurs/:userId",
    path: "/admin/utilisateurs/{memberA}",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "deactivate" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/journal",
    get: "sign-in 404 404 404 404 404 404 404 page",
    // The audit trail names what staff did, the instructor's export request included.
    shows: ["export"],
  },
  {
    route: "/admin/comptes/suppression",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { userId: "{memberA}", email: "compte@exemple.fr" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/courriels",
    get: "sign-in 404 404 404 404 404 404 404 404",
    note: "the outbox page exists in demo mode only; the tests run without the demo",
  },

  // ── Organisations (applicant side) ───────────────────────────────────────────────────────────
  {
    route: "/espace/structure/nouvelle",
    get: "sign-in page page 404 404 404 404 404 404",
    // Asking to join A is open to any applicant (A's owner decides); staff have no space.
    body: { intent: "join", organizationId: "{orgA}", message: "Bonjour" },
    post: "sign-in may may 404 404 404 404 404 404",
  },
  {
    route: "/espace/structure",
    get: "sign-in page page 404 404 404 404 404 404",
    body: { name: "Nom changé par la matrice" },
    post: "sign-in may may 404 404 404 404 404 404",
    note: "B's forged cookie naming A is ignored: B edits B (tests/security checks B's page holds nothing of A)",
  },
  {
    route: "/espace/membres",
    get: "sign-in page page 404 404 404 404 404 404",
    // B revoking A's invitation: refused as no longer pending, as for an id that does not exist.
    body: { intent: "revoke", invitationId: "{invitationId}" },
    post: "sign-in may 409 404 404 404 404 404 404",
  },
  {
    route: "/espace/membres/quitter",
    get: "sign-in page page 404 404 404 404 404 404",
    post: "sign-in may may 404 404 404 404 404 404",
  },
  {
    route: "/espace/membres/:userId/retirer",
    path: "/espace/membres/{memberA}/retirer",
    get: "sign-in page 404 404 404 404 404 404 404",
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/membres/:userId/responsable",
    path: "/espace/membres/{memberA}/responsable",
    get: "sign-in page 404 404 404 404 404 404 404",
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/changer-de-structure",
    get: "sign-in page page 404 404 404 404 404 404",
    body: { organizationId: "{orgA}" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/invitation/:token",
    path: "/invitation/{invitationToken}",
    get: "page page page page page page page page page",
    // Only the invited address may accept; staff accounts never join an organisation.
    post: "sign-in 409 409 404 404 404 404 404 404",
    shows: ["organizationA", "invitationToken"],
    note: "whoever holds the link sees the organisation's name and the invited address, nothing else",
  },
  {
    route: "/avis/:token",
    path: "/avis/{feedbackToken}",
    get: "page page page page page page page page page",
    body: { satisfaction: "5", consultantQuality: "5", needsFit: "5", recommendation: "10" },
    post: "may may may may may may may may may",
    note: "a real survey link: whoever holds it sees the form (no sign-in), and only the support's level and structure",
  },
  {
    route: "/avis/:token",
    path: "/avis/eyJwIjoiZm9yZ2VkIn0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    get: "404 404 404 404 404 404 404 404 404",
    body: { satisfaction: "5", consultantQuality: "5", needsFit: "5", recommendation: "10" },
    post: "404 404 404 404 404 404 404 404 404",
    note: "the feedback survey of a closed support: its signed token is the key, a forged one is a 404 for everyone",
  },

  // ── Diagnostic ───────────────────────────────────────────────────────────────────────────────
  {
    route: "/diagnostic",
    get: "page page page page page page page page page",
    // Starting a diagnostic for A: only A's members may (a visitor's has no organisation).
    body: { organizationId: "{orgA}" },
    post: "may may 404 404 404 404 404 404 404",
  },
  {
    route: "/diagnostic/:token/etape/:step",
    path: "/diagnostic/{diagnosticToken}/etape/1",
    get: "sign-in →/diagnostic/{diagnosticToken}/resultat 404 404 404 404 404 404 404",
    body: { intent: "save" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/diagnostic/:token/etape/:step",
    path: "/diagnostic/{anonymousToken}/etape/1",
    get: "page page page page page page page page page",
    post: "may may may may may may may may may",
    note: "a diagnostic saved to no organisation: its link is the key",
  },
  {
    route: "/diagnostic/:token/resultat",
    path: "/diagnostic/{diagnosticToken}/resultat",
    get: "sign-in page 404 404 404 404 404 404 404",
    body: { intent: "attach", organizationId: "{orgA}" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/diagnostic/:token/resultat",
    path: "/diagnostic/{diagnosticTokenB}/resultat",
    get: "page page page page page page page page page",
    // B's own diagnostic (anyone with its link may see it) saved to A: A's members only.
    body: { intent: "attach", organizationId: "{orgA}" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/diagnostic/:token/resultat.pdf",
    path: "/diagnostic/{diagnosticToken}/resultat.pdf",
    get: "sign-in pdf 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/diagnostics",
    path: "/espace/diagnostics?structure={orgA}",
    get: "sign-in page 404 404 404 404 404 404 404",
    // B saves their waiting diagnostic (cookie) to A.
    body: { organizationId: "{orgA}" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/diagnostics/:id",
    path: "/espace/diagnostics/{diagnosticId}",
    get: "sign-in page 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/diagnostics/:id/resultat.pdf",
    path: "/espace/diagnostics/{diagnosticId}/resultat.pdf",
    get: "sign-in pdf 404 404 404 404 404 404 404",
  },

  // ── Applications (applicant side) ────────────────────────────────────────────────────────────
  { route: "/espace/candidatures", get: "sign-in page page 404 404 404 404 404 404" },
  {
    route: "/espace/candidatures/nouvelle",
    get: "sign-in page page 404 404 404 404 404 404",
    body: { programId: "{programId}" },
    post: "sign-in may may 404 404 404 404 404 404",
  },
  {
    route: "/espace/candidatures/:id",
    path: "/espace/candidatures/{submitted}",
    get: "sign-in page 404 404 404 404 404 404 404",
    body: { intent: "message", body: "Message posté par la matrice" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/candidatures/:id/etape/:n",
    path: "/espace/candidatures/{draft}/etape/1",
    get: "sign-in page 404 404 404 404 404 404 404",
    body: { intent: "save", name: "Nom changé par la matrice" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/candidatures/:id/etape/:n/enregistrer",
    path: "/espace/candidatures/{draft}/etape/2/enregistrer",
    get: "sign-in 404 404 404 404 404 404 404 404",
    body: { situation: "Écrit par la matrice" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/candidatures/:id/recapitulatif",
    path: "/espace/candidatures/{draft}/recapitulatif",
    get: "sign-in page 404 404 404 404 404 404 404",
    body: { intent: "submit" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/candidatures/:id/retrait",
    path: "/espace/candidatures/{submitted}/retrait",
    get: "sign-in page 404 404 404 404 404 404 404",
    body: { reason: "Retrait demandé par la matrice" },
    post: "sign-in may 404 404 404 404 404 404 404",
  },
  {
    route: "/espace/candidatures/:id/renvoyer",
    path: "/espace/candidatures/{submitted}/renvoyer",
    get: "sign-in →/espace/candidatures/{submitted} 404 404 404 404 404 404 404",
    post: "sign-in may 404 404 404 404 404 404 404",
    note: "A's application is not in correction: the page sends A to its follow page",
  },
  {
    route: "/espace/candidatures/:id/recu.pdf",
    path: "/espace/candidatures/{submitted}/recu.pdf",
    get: "sign-in pdf 404 pdf 404 404 404 404 pdf",
  },
  {
    route: "/espace/candidatures/:id/decision.pdf",
    path: "/espace/candidatures/{submitted}/decision.pdf",
    get: "sign-in 404 404 404 404 404 404 404 404",
    note: "no committee decided on A's application yet; the letter is for the organisation's members only (committees' closing-documents test)",
  },
  {
    route: "/espace/candidatures/:id/pieces/:attachmentId",
    path: "/espace/candidatures/{submitted}/pieces/{attachment}",
    get: "sign-in pdf 404 pdf 404 404 404 404 pdf",
    note: "the attachment is a PDF (the statutes), served as a download",
  },

  // ── Organisations and applications (staff side) ──────────────────────────────────────────────
  {
    route: "/instruction/structures/:organizationId",
    path: "/instruction/structures/{orgA}",
    get: "sign-in 404 404 page 404 404 404 404 page",
  },
  { route: "/instruction/exports", get: "sign-in 404 404 page page 404 404 404 page" },
  {
    route: "/instruction/exports/nouvelle",
    get: "sign-in 404 404 page page 404 404 404 page",
    body: { columns: ["number", "status"], format: "csv" },
    post: "sign-in 404 404 may may 404 404 404 may",
  },
  {
    route: "/instruction/exports/:id",
    path: "/instruction/exports/{export}",
    get: "sign-in 404 404 page 404 404 404 404 404",
    note: "an export is its owner's only, administrators included",
  },
  {
    route: "/instruction/exports/:id/fichier",
    path: "/instruction/exports/{export}/fichier",
    get: "sign-in 404 404 file 404 404 404 404 404",
  },
  {
    route: "/instruction/candidatures/:id",
    path: "/instruction/candidatures/{submitted}",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: { intent: "note", body: "Note écrite par la matrice" },
    post: "sign-in 404 404 may 404 404 404 404 may",
  },
  {
    route: "/instruction/candidatures/:id",
    path: "/instruction/candidatures/{draft}",
    get: "sign-in 404 404 404 404 404 404 404 404",
    body: { intent: "note", body: "Note écrite par la matrice" },
    post: "sign-in 404 404 404 404 404 404 404 404",
    note: "a draft is the organisation's own: no staff file",
  },
  {
    route: "/instruction/candidatures/:id/correction",
    path: "/instruction/candidatures/{submitted}/correction",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: { steps: "2", message: "Corrigez le projet" },
    post: "sign-in 404 404 may 404 404 404 404 may",
  },
  {
    route: "/instruction/candidatures/:id/examen",
    path: "/instruction/candidatures/{submitted}/examen",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: {},
    post: "sign-in 404 404 may 404 404 404 404 may",
  },
  {
    route: "/instruction/candidatures/:id/complements",
    path: "/instruction/candidatures/{submitted}/complements",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: { message: "Il manque une pièce", items: "Les statuts signés" },
    post: "sign-in 404 404 may 404 404 404 404 may",
  },
  {
    route: "/instruction/candidatures/:id/non-eligible",
    path: "/instruction/candidatures/{submitted}/non-eligible",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: { category: "other", reason: "Hors du champ" },
    post: "sign-in 404 404 may 404 404 404 404 may",
  },
  {
    route: "/instruction/candidatures/:id/evaluation",
    path: "/instruction/candidatures/{submitted}/evaluation",
    get: "sign-in 404 404 page 404 404 404 404 page",
    post: "sign-in 404 404 may 404 404 404 404 may",
  },
  {
    route: "/instruction/candidatures/:id/prete",
    path: "/instruction/candidatures/{submitted}/prete",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: { summary: "Dossier complet" },
    post: "sign-in 404 404 may 404 404 404 404 may",
  },
  {
    route: "/instruction/candidatures/:id/attribution",
    path: "/instruction/candidatures/{submitted}/attribution",
    get: "sign-in 404 404 page 404 404 404 404 page",
    body: { antennaId: "{lyonAntenna}", reason: "Mieux suivi à Lyon" },
    post: "sign-in 404 404 may 404 404 404 404 may",
  },

  // ── Administration ───────────────────────────────────────────────────────────────────────────
  {
    route: "/admin/diagnostic",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "preview", json: "{}" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/programmes",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "create", name: "Programme de la matrice", slug: "programme-matrice" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/programmes/:slug",
    path: "/admin/programmes/digitess",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "info", name: "Nom changé par la matrice", status: "open" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/programmes/:slug/echelons",
    path: "/admin/programmes/digitess/echelons",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "removeLevel", kind: "light" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/programmes/:slug/axes",
    path: "/admin/programmes/digitess/axes",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "addAxis", code: "matrice", label: "Axe de la matrice" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/programmes/:slug/eligibilite",
    path: "/admin/programmes/digitess/eligibilite",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "eligibility", otherLegalForms: "9220", minimumAgeYears: "0" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/programmes/:slug/antennes",
    path: "/admin/programmes/digitess/antennes",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "removeAntenna", antennaId: "{lyonAntenna}" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/programmes/:slug/financeurs",
    path: "/admin/programmes/digitess/financeurs",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "addEnvelope", funderName: "Financeur de la matrice", amount: "1000" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },
  {
    route: "/admin/programmes/:slug/comite",
    path: "/admin/programmes/digitess/comite",
    get: "sign-in 404 404 404 404 404 404 404 page",
    body: { intent: "committee", cadence: "quarterly" },
    post: "sign-in 404 404 404 404 404 404 404 may",
  },

  // ── Public JSON API ──────────────────────────────────────────────────────────────────────────
  { route: "/api/v1/openapi.json", get: "json json json json json json json json json" },
  {
    route: "/api/v1/programmes",
    get: "json json json json json json json json json",
    post: "405 405 405 405 405 405 405 405 405",
  },
  {
    route: "/api/v1/programmes/:slug",
    path: "/api/v1/programmes/digitess",
    get: "json json json json json json json json json",
    post: "405 405 405 405 405 405 405 405 405",
  },
  {
    route: "/api/v1/eligibility",
    get: "405 405 405 405 405 405 405 405 405",
    post: "may may may may may may may may may",
  },
  {
    route: "/api/v1/funding/simulate",
    get: "405 405 405 405 405 405 405 405 405",
    post: "may may may may may may may may may",
  },
  {
    route: "/api/v1/diagnostic/score",
    get: "405 405 405 405 405 405 405 405 405",
    post: "may may may may may may may may may",
  },
  {
    route: "/api/v1/*",
    path: "/api/v1/inconnu",
    get: "404 404 404 404 404 404 404 404 404",
    post: "404 404 404 404 404 404 404 404 404",
  },
];
