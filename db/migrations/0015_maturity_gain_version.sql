CREATE TABLE "maturity_gain_version" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "maturity_gain_version" ("id", "version") VALUES (true, 0);
--> statement-breakpoint
-- Bumped in the writing transaction by every change the maturity gain reads (ADR 0025): a
-- support that is or was closed, a diagnostic that is or was completed. Drafts being answered
-- (autosaves of in-progress diagnostics) and supports under way never touch it.
CREATE OR REPLACE FUNCTION maturity_gain_version_bump() RETURNS trigger AS $$
BEGIN
  INSERT INTO maturity_gain_version (id, version) VALUES (true, 1)
    ON CONFLICT (id) DO UPDATE SET version = maturity_gain_version.version + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER supports_maturity_gain_insert AFTER INSERT ON supports
  FOR EACH ROW WHEN (NEW.status = 'closed') EXECUTE FUNCTION maturity_gain_version_bump();
--> statement-breakpoint
CREATE TRIGGER supports_maturity_gain_update AFTER UPDATE ON supports
  FOR EACH ROW WHEN (OLD.status = 'closed' OR NEW.status = 'closed')
  EXECUTE FUNCTION maturity_gain_version_bump();
--> statement-breakpoint
CREATE TRIGGER supports_maturity_gain_delete AFTER DELETE ON supports
  FOR EACH ROW WHEN (OLD.status = 'closed') EXECUTE FUNCTION maturity_gain_version_bump();
--> statement-breakpoint
CREATE TRIGGER supports_maturity_gain_truncate AFTER TRUNCATE ON supports
  FOR EACH STATEMENT EXECUTE FUNCTION maturity_gain_version_bump();
--> statement-breakpoint
CREATE TRIGGER diagnostics_maturity_gain_insert AFTER INSERT ON diagnostics
  FOR EACH ROW WHEN (NEW.status = 'completed') EXECUTE FUNCTION maturity_gain_version_bump();
--> statement-breakpoint
CREATE TRIGGER diagnostics_maturity_gain_update AFTER UPDATE ON diagnostics
  FOR EACH ROW WHEN (OLD.status = 'completed' OR NEW.status = 'completed')
  EXECUTE FUNCTION maturity_gain_version_bump();
--> statement-breakpoint
CREATE TRIGGER diagnostics_maturity_gain_delete AFTER DELETE ON diagnostics
  FOR EACH ROW WHEN (OLD.status = 'completed') EXECUTE FUNCTION maturity_gain_version_bump();
--> statement-breakpoint
CREATE TRIGGER diagnostics_maturity_gain_truncate AFTER TRUNCATE ON diagnostics
  FOR EACH STATEMENT EXECUTE FUNCTION maturity_gain_version_bump();
