import { describe, expect, it } from "vitest";
import { type Role, roles } from "~/features/auth";
import {
  canClose,
  canDecide,
  canPrepare,
  canRecordPresence,
  canSeeSession,
  canTakePart,
  type Seat,
} from "./permissions";

const absent: Seat = { side: "funder", present: false };
const present: Seat = { side: "operator", present: true };
const seats = { none: null, absent, present } as const;
type SeatName = keyof typeof seats;

// role -> seat -> [see, take part, presence, decide, decide if conflicted, close]
type Row = [boolean, boolean, boolean, boolean, boolean, boolean];
const no: Row = [false, false, false, false, false, false];
const preparer: Row = [true, false, true, false, false, false];
const admin: Row = [true, false, true, true, true, true];
const expected: Record<Role, Record<SeatName, Row>> = {
  applicant: { none: no, absent: no, present: no },
  antenna_manager: { none: no, absent: no, present: no },
  funder: { none: no, absent: no, present: no },
  instructor: { none: preparer, absent: preparer, present: preparer },
  admin: { none: admin, absent: admin, present: admin },
  committee_member: {
    none: no,
    absent: [true, true, true, false, false, true],
    present: [true, true, true, true, false, true],
  },
};

describe("committee permissions", () => {
  for (const role of roles) {
    for (const name of Object.keys(seats) as SeatName[]) {
      it(`${role} with seat ${name}`, () => {
        const actor = { id: "u", role };
        const seat = seats[name];
        expect([
          canSeeSession(actor, seat),
          canTakePart(actor, seat),
          canRecordPresence(actor, seat),
          canDecide(actor, seat, false),
          canDecide(actor, seat, true),
          canClose(actor, seat),
        ]).toEqual(expected[role][name]);
      });
    }
  }
  it("only instructors and administrators prepare", () => {
    expect(roles.filter((role) => canPrepare({ id: "u", role }))).toEqual(["instructor", "admin"]);
  });
});
