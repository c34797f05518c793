/**
 * Environment variables, validated with Zod at boot (examples.md #11). A bad value stops the
 * process with a message naming the variable, in French and English.
 */
import { z } from "zod";
import { parseStorageUrl } from "~/platform/storage/storage-url";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

/** What the legal notice must show; the rest is optional. */
const requiredLegalVariables = [
  "LEGAL_PUBLISHER",
  "LEGAL_PUBLISHER_ADDRESS",
  "LEGAL_DIRECTOR",
  "LEGAL_CONTACT_EMAIL",
  "LEGAL_HOST",
  "LEGAL_HOST_ADDRESS",
] as const;

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    /** Public base URL used in emails and by better-auth; defaults to http://localhost:PORT. */
    APP_URL: z.url().optional(),
    /** PostgreSQL connection string; when absent the embedded PGlite in DATA_DIR/pg is used. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    /** S3-compatible object store of the attachments; when absent they go to DATA_DIR/uploads. */
    STORAGE_URL: z
      .string()
      .superRefine((value, ctx) => {
        const parsed = parseStorageUrl(value);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.problem });
      })
      .optional(),
    /** Secret signing sessions; required in production, a fixed demo value elsewhere. */
    BETTER_AUTH_SECRET: z.string().min(32).optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Digit'ESS <ne-pas-repondre@digitess.localhost>"),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    /** Run the job worker inside the web process (default). Always true on PGlite. */
    RUN_WORKER: booleanFlag.default(true),
    /** Seed the demo programme and demo accounts on start (never in production). */
    DEMO_SEED: booleanFlag.optional(),
    /** Overrides every authentication rate limit (attempts per minute per address); tests only. */
    AUTH_RATE_LIMIT_MAX: z.coerce.number().int().min(1).optional(),
    /**
     * The legal notice (/mentions-legales, LCEN art. 6): who publishes the site, who directs the
     * publication, how to reach them, who hosts it. Required in production; demo values elsewhere.
     */
    LEGAL_PUBLISHER: z.string().min(2).max(200).optional(),
    LEGAL_PUBLISHER_ADDRESS: z.string().min(5).max(300).optional(),
    /** SIREN, RNA or RCS number of the publisher (optional). */
    LEGAL_PUBLISHER_ID: z.string().min(5).max(60).optional(),
    LEGAL_DIRECTOR: z.string().min(2).max(200).optional(),
    LEGAL_CONTACT_EMAIL: z.email().optional(),
    LEGAL_PHONE: z.string().min(6).max(40).optional(),
    LEGAL_HOST: z.string().min(2).max(200).optional(),
    LEGAL_HOST_ADDRESS: z.string().min(5).max(300).optional(),
    LEGAL_HOST_PHONE: z.string().min(6).max(40).optional(),
    /** Requests a minute one client address may make to the public API (`/api/v1`). */
    API_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(120),
    /** Number of reverse proxies in front of the app (for client IP and https detection). */
    TRUST_PROXY: z.coerce.number().int().min(0).default(0),
    /** Days after its last activity an anonymous diagnostic (no organisation, no account) is removed. */
    ANONYMOUS_DIAGNOSTIC_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** Months after its last change a draft never submitted is removed, with its files. */
    DRAFT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    /** Years after its closing the files of an application refused, ineligible or withdrawn are removed. */
    CLOSED_APPLICATION_FILES_RETENTION_YEARS: z.coerce.number().int().min(1).max(30).default(5),
    /** Days an export file (personal data, review list) stays downloadable before it is removed. */
    EXPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    /** Years the audit trail keeps an event. */
    AUDIT_RETENTION_YEARS: z.coerce.number().int().min(1).max(50).default(6),
    /** Base URL of the State's company-search API (API Recherche d'entreprises, no key). */
    REGISTRY_API_URL: z.url().default("https://recherche-entreprises.api.gouv.fr"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message: "is required in production (at least 32 characters)",
      });
    }
    if (env.NODE_ENV === "production") {
      for (const name of requiredLegalVariables) {
        if (!env[name]) {
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: "is required in production (the legal notice, /mentions-legales)",
          });
        }
      }
    }
    if (env.NODE_ENV === "production" && env.DEMO_SEED) {
      ctx.addIssue({
        code: "custom",
        path: ["DEMO_SEED"],
        message: "demo accounts are never created in production",
      });
    }
  });

export type Env = z.infer<typeof envSchema> & {
  APP_URL: string;
  BETTER_AUTH_SECRET: string;
  DEMO_SEED: boolean;
};

/** Error thrown when the environment is invalid; its message names each bad variable. */
export class EnvError extends Error {
  constructor(
    readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = "EnvError";
  }
}

const DEMO_SECRET = "digitess-demo-secret-not-for-production-0123456789";

/** Parses and completes the environment; throws EnvError naming the invalid variables. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most deployment tools.
  const source = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "?");
      return `  - ${name} = ${JSON.stringify(withoutPassword(source[name]) ?? null)}: ${issue.message}`;
    });
    const names = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "?")))];
    throw new EnvError(
      names,
      [
        `Configuration invalide : vérifiez la ou les variables d'environnement ${names.join(", ")}.`,
        `Invalid configuration: check the environment variable(s) ${names.join(", ")}.`,
        ...lines,
        "Voir / see .env.example",
      ].join("\n"),
    );
  }
  const env = result.data;
  return {
    ...env,
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET ?? DEMO_SECRET,
    DEMO_SEED: env.DEMO_SEED ?? env.NODE_ENV !== "production",
  };
}

/** A URL's password masked (STORAGE_URL, SMTP_URL hold secrets), so logs never show it. */
function withoutPassword(value: string | undefined): string | undefined {
  if (!value) return value;
  try {
    const url = new URL(value);
    if (!url.password) return value;
    url.password = "***";
    return url.toString();
  } catch {
    return value;
  }
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
