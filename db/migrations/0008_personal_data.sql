ALTER TABLE "user" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
-- audit_events stays append-only: updates are always refused, and so are deletes, except by
-- the retention job (app/features/privacy/enforce-retention.server.ts), which says so in its own
-- transaction (set_config('digitess.audit_retention', 'on', true)) and deletes only events older
-- than AUDIT_RETENTION_YEARS (ADR 0012).
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND coalesce(current_setting('digitess.audit_retention', true), '') = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
