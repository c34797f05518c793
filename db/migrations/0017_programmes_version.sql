-- A programme's configuration (programmes, their levels, axes, antennas, envelopes and funders)
-- is kept per instance until it changes (ADR 0025): any statement that writes one of these tables
-- bumps the `programmes` version. They are written by administrators only, a few times a year.
INSERT INTO "data_versions" ("name", "version") VALUES ('programmes', 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER programs_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programs
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('programmes');
--> statement-breakpoint
CREATE TRIGGER program_support_levels_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON program_support_levels
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('programmes');
--> statement-breakpoint
CREATE TRIGGER program_axes_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON program_axes
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('programmes');
--> statement-breakpoint
CREATE TRIGGER antennas_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON antennas
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('programmes');
--> statement-breakpoint
CREATE TRIGGER funding_envelopes_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON funding_envelopes
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('programmes');
--> statement-breakpoint
CREATE TRIGGER funders_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON funders
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump('programmes');
