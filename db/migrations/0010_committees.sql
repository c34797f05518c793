CREATE TABLE "committee_conflicts" (
	"item_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_conflicts_item_id_user_id_pk" PRIMARY KEY("item_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "committee_decision_levels" (
	"decision_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"granted" boolean NOT NULL,
	"rate_percent" integer,
	"cost_cents" bigint,
	"granted_cents" bigint,
	"funder_id" uuid,
	CONSTRAINT "committee_decision_levels_decision_id_kind_pk" PRIMARY KEY("decision_id","kind")
);
--> statement-breakpoint
CREATE TABLE "committee_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"outcome" text NOT NULL,
	"refusal_reason" text,
	"applicant_message" text,
	"missing" text,
	"over_envelope_confirmed" boolean DEFAULT false NOT NULL,
	"amendment_reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"final_at" timestamp with time zone,
	CONSTRAINT "committee_decisions_item_revision" UNIQUE("item_id","revision")
);
--> statement-breakpoint
CREATE TABLE "committee_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"requested_levels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"added_by" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_items_session_application" UNIQUE("session_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "committee_members" (
	"session_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"side" text NOT NULL,
	"present" boolean DEFAULT false NOT NULL,
	"presence_recorded_at" timestamp with time zone,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_members_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "committee_scores" (
	"item_id" uuid NOT NULL,
	"member_id" text NOT NULL,
	"criterion_id" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_scores_item_id_member_id_criterion_id_pk" PRIMARY KEY("item_id","member_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "committee_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"video_url" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"min_funder_present" integer DEFAULT 1 NOT NULL,
	"min_operator_present" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
ALTER TABLE "committee_conflicts" ADD CONSTRAINT "committee_conflicts_item_id_committee_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."committee_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_conflicts" ADD CONSTRAINT "committee_conflicts_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_decision_levels" ADD CONSTRAINT "committee_decision_levels_decision_id_committee_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."committee_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_decision_levels" ADD CONSTRAINT "committee_decision_levels_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_decisions" ADD CONSTRAINT "committee_decisions_item_id_committee_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."committee_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_decisions" ADD CONSTRAINT "committee_decisions_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_items" ADD CONSTRAINT "committee_items_session_id_committee_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."committee_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_items" ADD CONSTRAINT "committee_items_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_items" ADD CONSTRAINT "committee_items_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_session_id_committee_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."committee_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_scores" ADD CONSTRAINT "committee_scores_item_id_committee_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."committee_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_scores" ADD CONSTRAINT "committee_scores_member_id_user_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_sessions" ADD CONSTRAINT "committee_sessions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_sessions" ADD CONSTRAINT "committee_sessions_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_sessions" ADD CONSTRAINT "committee_sessions_closed_by_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_conflicts_user_idx" ON "committee_conflicts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "committee_decision_levels_funder_idx" ON "committee_decision_levels" USING btree ("funder_id");--> statement-breakpoint
CREATE INDEX "committee_items_session_idx" ON "committee_items" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "committee_items_application_idx" ON "committee_items" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "committee_members_user_idx" ON "committee_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "committee_sessions_program_idx" ON "committee_sessions" USING btree ("program_id","starts_at");--> statement-breakpoint
-- A final committee decision (its session closed, or an amendment) is never edited nor removed:
-- a correction is a new revision. The database refuses it whatever the writer.
CREATE OR REPLACE FUNCTION committee_decisions_final_guard() RETURNS trigger AS $$
BEGIN
  IF OLD.final_at IS NOT NULL THEN
    RAISE EXCEPTION 'committee decision % is final (% refused)', OLD.id, TG_OP;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER committee_decisions_final
  BEFORE UPDATE OR DELETE ON committee_decisions
  FOR EACH ROW EXECUTE FUNCTION committee_decisions_final_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION committee_decision_levels_final_guard() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM committee_decisions d WHERE d.id = OLD.decision_id AND d.final_at IS NOT NULL) THEN
    RAISE EXCEPTION 'levels of final committee decision % are final (% refused)', OLD.decision_id, TG_OP;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER committee_decision_levels_final
  BEFORE UPDATE OR DELETE ON committee_decision_levels
  FOR EACH ROW EXECUTE FUNCTION committee_decision_levels_final_guard();
