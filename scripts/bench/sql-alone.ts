/**
 * The database's limit, measured in the same run as the pages: the data functions a page's
 * loader runs (its SQL and the little mapping around it), called in-process on the benchmarked
 * PostgreSQL, without HTTP, session lookup or rendering.
 */
import { and, eq } from "drizzle-orm";
import { toActor } from "../../app/features/applications/index";
import { staffApplicationScope } from "../../app/features/applications/index.server";
import { loadStartEligibility } from "../../app/features/applications/start-eligibility.server";
import type { Role } from "../../app/features/auth/index";
import { findSession, loadSessionPage } from "../../app/features/committees/index.server";
import { seatOf } from "../../app/features/committees/queries.server";
import { loadApplicantHome } from "../../app/features/organizations/index.server";
import { listMembershipsOfUser } from "../../app/features/organizations/queries.server";
import {
  answerEligibility,
  getDefaultProgrammeSlug,
  getProgrammeConfig,
} from "../../app/features/programs/index.server";
import { markFileRead } from "../../app/features/review/file-read-marker.server";
import { loadFileView } from "../../app/features/review/file-view.server";
import { parseInboxSearch } from "../../app/features/review/inbox-filters";
import { loadInboxPage } from "../../app/features/review/inbox-page.server";
import { loadDashboardPage } from "../../app/features/steering/index.server";
import { openDatabase } from "../../app/platform/db/client.server";
import {
  createDatabaseRegistryCache,
  createRegistryClient,
} from "../../app/platform/registry/index.server";
import { applications, organizations, user } from "../../db/schema";

export type SqlAlone = {
  /** The home page's loader: the default programme and its configuration. */
  home(): () => Promise<unknown>;
  /** The eligibility API's answer for `body`. */
  eligibility(body: unknown): () => Promise<unknown>;
  /** The applicant space of `email`: memberships (the guard's read), home, start eligibility. */
  applicantSpace(email: string): Promise<() => Promise<unknown>>;
  inbox(search: string): () => Promise<unknown>;
  file(applicationId: string): () => Promise<unknown>;
  /** The committee session page (its agenda) as the staff user, the guard's reads included. */
  agenda(sessionId: string): () => Promise<unknown>;
  /** The steering dashboard of `email` (a funder or an administrator), with the URL's filter. */
  dashboard(email: string, search: string): Promise<() => Promise<unknown>>;
  close(): Promise<void>;
};

export async function openSqlAlone(input: {
  url: string;
  staffEmail: string;
  registryUrl: string;
}): Promise<SqlAlone> {
  const database = await openDatabase({ url: input.url, dataDir: "" });
  const { db } = database;
  const [found] = await db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role })
    .from(user)
    .where(eq(user.email, input.staffEmail));
  if (!found) throw new Error(`no account ${input.staffEmail} in the benchmarked database`);
  const staff = toActor({ ...found, role: found.role as Role });
  const registry = createRegistryClient({
    baseUrl: input.registryUrl,
    cache: createDatabaseRegistryCache(db),
  });
  return {
    home: () => async () => {
      const slug = await getDefaultProgrammeSlug(db);
      return slug ? getProgrammeConfig(db, slug) : null;
    },
    eligibility: (body) => () => answerEligibility(db, { ok: true, value: body }, { locale: "fr" }),
    applicantSpace: async (email) => {
      const [applicant] = await db
        .select({ id: user.id, name: user.name, email: user.email, role: user.role })
        .from(user)
        .where(eq(user.email, email));
      if (!applicant) throw new Error(`no account ${email} in the benchmarked database`);
      const sessionUser = { ...applicant, role: applicant.role as Role };
      return async () => {
        const memberships = await listMembershipsOfUser(db, sessionUser.id);
        const home = await loadApplicantHome(db, {
          user: sessionUser,
          memberships,
          active: memberships[0] ?? null,
        });
        return home.current
          ? loadStartEligibility(db, { organization: home.current.organization, locale: "fr" })
          : [];
      };
    },
    inbox: (search) => () =>
      loadInboxPage(db, {
        staff: { id: staff.id, role: staff.role },
        parsed: parseInboxSearch(new URLSearchParams(search)),
      }),
    file: (applicationId) => async () => {
      // The guard's scoped read, then what the loader loads.
      const [row] = await db
        .select({ application: applications, organization: organizations })
        .from(applications)
        .innerJoin(organizations, eq(organizations.id, applications.organizationId))
        .where(and(eq(applications.id, applicationId), staffApplicationScope(db, staff)));
      if (!row) throw new Error(`application ${applicationId} is outside the staff scope`);
      return Promise.all([
        loadFileView({
          db,
          registry,
          staff,
          application: row.application,
          organization: row.organization,
          locale: "fr",
        }),
        markFileRead(db, { userId: staff.id, applicationId }),
      ]);
    },
    agenda: (sessionId) => async () => {
      const session = await findSession(db, staff, sessionId);
      if (!session) throw new Error(`session ${sessionId} is outside the staff scope`);
      const seat = await seatOf(db, session.id, staff.id);
      return loadSessionPage(db, { actor: staff, session, seat });
    },
    dashboard: async (email, search) => {
      const [reader] = await db
        .select({ id: user.id, role: user.role })
        .from(user)
        .where(eq(user.email, email));
      if (!reader) throw new Error(`no account ${email} in the benchmarked database`);
      const url = new URL(`http://bench.localhost/pilotage?${search}`);
      return () => loadDashboardPage(db, { id: reader.id, role: reader.role as Role }, url);
    },
    close: () => database.close(),
  };
}
