CREATE TABLE "data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_versions" ("name", "version") VALUES ('maturity_gain', 0), ('support_commitments', 0);
--> statement-breakpoint
-- Bumps the version named by the trigger's argument, in the writing transaction (ADR 0025).
CREATE OR REPLACE FUNCTION data_version_bump() RETURNS trigger AS $$
BEGIN
  INSERT INTO data_versions (name, version) VALUES (TG_ARGV[0], 1)
    ON CONFLICT (name) DO UPDATE SET version = data_versions.version + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The maturity gain (steering dashboard) reads closed supports and completed diagnostics: a row
-- that is or was one of them. Autosaves of a diagnostic in progress and updates of a support under
-- way never touch the version (no contention on its row from the busy paths).
CREATE TRIGGER supports_maturity_gain_insert AFTER INSERT ON supports
  FOR EACH ROW WHEN (NEW.status = 'closed') EXECUTE FUNCTION data_version_bump('maturity_gain');
--> statement-breakpoint
CREATE TRIGGER supports_maturity_gain_update AFTER UPDATE ON supports
  FOR EACH ROW WHEN (OLD.status = 'closed' OR NEW.status = 'closed')
  EXECUTE FUNCTION data_version_bump('maturity_gain');
--> statement-breakpoint
CREATE TRIGGER supports_maturity_gain_delete AFTER DELETE ON supports
  FOR EACH ROW WHEN (OLD.status = 'closed') EXECUTE FUNCTION data_version_bump('maturity_gain');
--> statement-breakpoint
CREATE TRIGGER diagnostics_maturity_gain_insert AFTER INSERT ON diagnostics
  FOR EACH ROW WHEN (NEW.status = 'completed') EXECUTE FUNCTION data_version_bump('maturity_gain');
--> statement-breakpoint
CREATE TRIGGER diagnostics_maturity_gain_update AFTER UPDATE ON diagnostics
  FOR EACH ROW WHEN (OLD.status = 'completed' OR NEW.status = 'completed')
  EXECUTE FUNCTION data_version_bump('maturity_gain');
--> statement-breakpoint
CREATE TRIGGER diagnostics_maturity_gain_delete AFTER DELETE ON diagnostics
  FOR EACH ROW WHEN (OLD.status = 'completed') EXECUTE FUNCTION data_version_bump('maturity_gain');
--> statement-breakpoint
-- The supports' commitments per funder (committee envelopes) read every funding part, and of its
-- support the state (abandoned: what was invoiced) and the programme.
CREATE TRIGGER support_funding_parts_commitments AFTER INSERT OR UPDATE OR DELETE
  ON support_funding_parts
  FOR EACH ROW EXECUTE FUNCTION data_version_bump('support_commitments');
--> statement-breakpoint
CREATE TRIGGER supports_commitments_update AFTER UPDATE OF status, program_id ON supports
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.program_id IS DISTINCT FROM NEW.program_id)
  EXECUTE FUNCTION data_version_bump('support_commitments');
--> statement-breakpoint
CREATE TRIGGER supports_data_versions_truncate AFTER TRUNCATE ON supports
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('maturity_gain');
--> statement-breakpoint
CREATE TRIGGER diagnostics_data_versions_truncate AFTER TRUNCATE ON diagnostics
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('maturity_gain');
--> statement-breakpoint
CREATE TRIGGER support_funding_parts_truncate AFTER TRUNCATE ON support_funding_parts
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('support_commitments');
