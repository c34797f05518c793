CREATE TABLE "application_status_counts" (
	"antenna_key" text NOT NULL,
	"status" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "application_status_counts_antenna_key_status_pk" PRIMARY KEY("antenna_key","status")
);
--> statement-breakpoint
-- Kept by the database itself: every insert, update and delete of an application moves its
-- count (submitted applications only, as the staff scope counts them).
CREATE OR REPLACE FUNCTION application_status_counts_keep() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.submitted_at IS NOT NULL AND OLD.status <> 'draft' THEN
    INSERT INTO application_status_counts (antenna_key, status, count)
      VALUES (coalesce(OLD.antenna_id::text, ''), OLD.status, -1)
      ON CONFLICT (antenna_key, status) DO UPDATE SET count = application_status_counts.count - 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.submitted_at IS NOT NULL AND NEW.status <> 'draft' THEN
    INSERT INTO application_status_counts (antenna_key, status, count)
      VALUES (coalesce(NEW.antenna_id::text, ''), NEW.status, 1)
      ON CONFLICT (antenna_key, status) DO UPDATE SET count = application_status_counts.count + 1;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER application_status_counts_on_change
  AFTER INSERT OR DELETE OR UPDATE OF status, antenna_id, submitted_at ON applications
  FOR EACH ROW EXECUTE FUNCTION application_status_counts_keep();
--> statement-breakpoint
INSERT INTO application_status_counts (antenna_key, status, count)
  SELECT coalesce(antenna_id::text, ''), status, count(*)::integer FROM applications
  WHERE submitted_at IS NOT NULL AND status <> 'draft'
  GROUP BY 1, 2;
