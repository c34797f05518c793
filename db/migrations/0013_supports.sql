CREATE TABLE "feedback_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_id" uuid NOT NULL,
	"user_id" text,
	"satisfaction" smallint NOT NULL,
	"consultant_quality" smallint NOT NULL,
	"fit" smallint NOT NULL,
	"changes" text,
	"recommend" smallint NOT NULL,
	"comment" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_answers_support_id_unique" UNIQUE("support_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminders_sent" smallint DEFAULT 0 NOT NULL,
	"last_reminder_at" timestamp with time zone,
	CONSTRAINT "feedback_requests_support_user" UNIQUE("support_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "support_capacities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"antenna_id" uuid NOT NULL,
	"consultant_id" text,
	"per_level" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "support_capacities_owner" UNIQUE NULLS NOT DISTINCT("antenna_id","consultant_id")
);
--> statement-breakpoint
CREATE TABLE "support_funding_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_id" uuid NOT NULL,
	"funder_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"weight" integer NOT NULL,
	"committed_cents" bigint NOT NULL,
	"invoiced_cents" bigint DEFAULT 0 NOT NULL,
	"paid_cents" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "support_funding_parts_funder" UNIQUE("support_id","funder_id")
);
--> statement-breakpoint
CREATE TABLE "support_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"happened_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"storage_key" text,
	"file_name" text,
	"mime_type" text,
	"size_bytes" integer,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_milestones_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "support_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"part_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cents" bigint NOT NULL,
	"on_date" date NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"level_kind" text NOT NULL,
	"antenna_id" uuid,
	"consultant_id" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_start" date,
	"planned_end" date,
	"cost_cents" bigint NOT NULL,
	"rate_percent" integer NOT NULL,
	"share_cents" bigint NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"abandon_reason" text,
	"abandon_note" text,
	"notes" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"abandoned_at" timestamp with time zone,
	"next_level_invited_at" timestamp with time zone,
	"rediagnostic_invited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supports_decision_level" UNIQUE("decision_id","level_kind")
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "funding_split" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_support_id_supports_id_fk" FOREIGN KEY ("support_id") REFERENCES "public"."supports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_support_id_supports_id_fk" FOREIGN KEY ("support_id") REFERENCES "public"."supports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_capacities" ADD CONSTRAINT "support_capacities_antenna_id_antennas_id_fk" FOREIGN KEY ("antenna_id") REFERENCES "public"."antennas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_capacities" ADD CONSTRAINT "support_capacities_consultant_id_user_id_fk" FOREIGN KEY ("consultant_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_funding_parts" ADD CONSTRAINT "support_funding_parts_support_id_supports_id_fk" FOREIGN KEY ("support_id") REFERENCES "public"."supports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_funding_parts" ADD CONSTRAINT "support_funding_parts_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_milestones" ADD CONSTRAINT "support_milestones_support_id_supports_id_fk" FOREIGN KEY ("support_id") REFERENCES "public"."supports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_milestones" ADD CONSTRAINT "support_milestones_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_payments" ADD CONSTRAINT "support_payments_part_id_support_funding_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."support_funding_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_payments" ADD CONSTRAINT "support_payments_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_decision_id_committee_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."committee_decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_antenna_id_antennas_id_fk" FOREIGN KEY ("antenna_id") REFERENCES "public"."antennas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_consultant_id_user_id_fk" FOREIGN KEY ("consultant_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_funding_parts_funder_idx" ON "support_funding_parts" USING btree ("funder_id");--> statement-breakpoint
CREATE INDEX "support_milestones_support_idx" ON "support_milestones" USING btree ("support_id","happened_on");--> statement-breakpoint
CREATE INDEX "support_payments_part_idx" ON "support_payments" USING btree ("part_id","on_date");--> statement-breakpoint
CREATE INDEX "supports_program_status_idx" ON "supports" USING btree ("program_id","status","decided_at");--> statement-breakpoint
CREATE INDEX "supports_antenna_idx" ON "supports" USING btree ("antenna_id","status");--> statement-breakpoint
CREATE INDEX "supports_application_idx" ON "supports" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "supports_organization_idx" ON "supports" USING btree ("organization_id");