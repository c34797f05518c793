CREATE TABLE "rediagnostic_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"last_closed_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rediagnostic_invitations_closing" UNIQUE("organization_id","last_closed_at")
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "rediagnostic_months" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "rediagnostic_invitations" ADD CONSTRAINT "rediagnostic_invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" DROP COLUMN "rediagnostic_invited_at";--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_rediagnostic_months" CHECK ("programs"."rediagnostic_months" between 1 and 36);