import { describe, expect, it } from "vitest";
import {
  AGENDA_LEAD_DAYS,
  addDays,
  type CadenceRule,
  cadenceRuleOf,
  daysInMonth,
  existingSessionsFrom,
  isKnownCadence,
  nextSessions,
  programmeSessionToPrepare,
  type SessionDay,
  sessionDateInMonth,
  sessionToPrepare,
} from "./cadence";

const monthly: CadenceRule = cadenceRuleOf({
  committeeCadence: "monthly",
  startsOn: null,
  endsOn: null,
});

const dates = (rule: CadenceRule, after: string, count: number) =>
  nextSessions(rule, new Date(after), count).map((session) => session.date);

describe("nextSessions", () => {
  it("plans the second Thursday of each month at 14 h 00 Paris by default", () => {
    expect(monthly).toMatchObject({
      cadence: "monthly",
      day: { kind: "weekday", ordinal: 2, weekday: 4 },
      time: "14:00",
    });
    expect(dates(monthly, "2027-01-01T00:00:00Z", 4)).toEqual([
      "2027-01-14",
      "2027-02-11",
      "2027-03-11",
      "2027-04-08",
    ]);
  });

  it("keeps 14 h 00 in Paris across the March and October switches", () => {
    const sessions = nextSessions(monthly, new Date("2027-03-01T00:00:00Z"), 2);
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      "2027-03-11T13:00:00.000Z",
      "2027-04-08T12:00:00.000Z",
    ]);
    const autumn = nextSessions(monthly, new Date("2027-10-01T00:00:00Z"), 2);
    expect(autumn.map((s) => s.startsAt.toISOString())).toEqual([
      "2027-10-14T12:00:00.000Z",
      "2027-11-11T13:00:00.000Z",
    ]);
  });

  it("gives the agenda day ten days before, as a Paris day", () => {
    expect(AGENDA_LEAD_DAYS).toBe(10);
    const [march, april] = nextSessions(monthly, new Date("2027-03-01T00:00:00Z"), 2);
    expect(march).toMatchObject({ agendaDueOn: "2027-03-01" });
    expect(march?.agendaDueAt.toISOString()).toBe("2027-02-28T23:00:00.000Z");
    // 8 April minus 10 days is 29 March, the day after the switch: midnight is 22:00 UTC.
    expect(april).toMatchObject({ agendaDueOn: "2027-03-29" });
    expect(april?.agendaDueAt.toISOString()).toBe("2027-03-28T22:00:00.000Z");
  });

  it("counts the agenda day back over month and year ends, leap years included", () => {
    const firstThursday: CadenceRule = {
      ...monthly,
      day: { kind: "weekday", ordinal: 1, weekday: 4 },
    };
    expect(nextSessions(firstThursday, new Date("2026-12-20T00:00:00Z"))[0]).toMatchObject({
      date: "2027-01-07",
      agendaDueOn: "2026-12-28",
    });
    const fifth: CadenceRule = { ...monthly, day: { kind: "dayOfMonth", day: 5 } };
    expect(nextSessions(fifth, new Date("2027-02-10T00:00:00Z"))[0]?.agendaDueOn).toBe(
      "2027-02-23",
    );
    expect(nextSessions(fifth, new Date("2028-02-10T00:00:00Z"))[0]?.agendaDueOn).toBe(
      "2028-02-24",
    );
  });

  it("starts after the given instant: a session that has begun is no longer next", () => {
    expect(dates(monthly, "2027-01-14T12:59:00Z", 1)).toEqual(["2027-01-14"]);
    expect(dates(monthly, "2027-01-14T13:00:00Z", 1)).toEqual(["2027-02-11"]);
    expect(dates(monthly, "2027-01-31T23:30:00Z", 1)).toEqual(["2027-02-11"]);
  });

  it("counts bimonthly and quarterly cadences from the programme's start", () => {
    const bimonthly = cadenceRuleOf({
      committeeCadence: "bimonthly",
      startsOn: "2026-11-15",
      endsOn: null,
    });
    // 12 November 2026 is before the start: the first session is in January.
    expect(dates(bimonthly, "2026-10-01T00:00:00Z", 3)).toEqual([
      "2027-01-14",
      "2027-03-11",
      "2027-05-13",
    ]);
    const quarterly = cadenceRuleOf({
      committeeCadence: "quarterly",
      startsOn: "2027-02-01",
      endsOn: null,
    });
    expect(dates(quarterly, "2027-01-01T00:00:00Z", 4)).toEqual([
      "2027-02-11",
      "2027-05-13",
      "2027-08-12",
      "2027-11-11",
    ]);
    const fromJanuary = cadenceRuleOf({
      committeeCadence: "quarterly",
      startsOn: null,
      endsOn: null,
    });
    expect(dates(fromJanuary, "2027-01-20T00:00:00Z", 3)).toEqual([
      "2027-04-08",
      "2027-07-08",
      "2027-10-14",
    ]);
  });

  it("stops at the programme's end", () => {
    const ending = cadenceRuleOf({
      committeeCadence: "monthly",
      startsOn: "2026-01-01",
      endsOn: "2027-03-01",
    });
    expect(dates(ending, "2027-01-01T00:00:00Z", 5)).toEqual(["2027-01-14", "2027-02-11"]);
    expect(dates(ending, "2027-06-01T00:00:00Z", 5)).toEqual([]);
    expect(dates({ ...ending, until: "2027-02-11" }, "2027-01-20T00:00:00Z", 5)).toEqual([
      "2027-02-11",
    ]);
  });

  it("moves a time that does not exist on the switch day forward, as clocks do", () => {
    const night: CadenceRule = { ...monthly, day: { kind: "dayOfMonth", day: 28 }, time: "02:30" };
    const [march] = nextSessions(night, new Date("2027-03-20T00:00:00Z"));
    expect(march?.date).toBe("2027-03-28");
    expect(march?.startsAt.toISOString()).toBe("2027-03-28T01:30:00.000Z");
  });

  it("refuses a rule no form should let through", () => {
    const bad: CadenceRule[] = [
      { ...monthly, time: "25:00" },
      { ...monthly, time: "9:00" },
      { ...monthly, day: { kind: "dayOfMonth", day: 0 } },
      { ...monthly, day: { kind: "dayOfMonth", day: 32 } },
      { ...monthly, day: { kind: "dayOfMonth", day: 1.5 } },
      { ...monthly, day: { kind: "weekday", ordinal: 2, weekday: 0 as 1 } },
      { ...monthly, day: { kind: "weekday", ordinal: 5 as 4, weekday: 1 } },
      { ...monthly, from: "2027/01/01" },
      { ...monthly, cadence: "weekly" as "monthly" },
    ];
    for (const rule of bad) {
      expect(
        () => nextSessions(rule, new Date("2027-01-01T00:00:00Z")),
        JSON.stringify(rule),
      ).toThrow(RangeError);
    }
  });
});

describe("sessionDateInMonth", () => {
  const day31: SessionDay = { kind: "dayOfMonth", day: 31 };
  it.each([
    [2027, 1, "2027-01-31"],
    [2027, 2, "2027-02-28"],
    [2028, 2, "2028-02-29"],
    [2100, 2, "2100-02-28"],
    [2000, 2, "2000-02-29"],
    [2027, 4, "2027-04-30"],
    [2027, 12, "2027-12-31"],
  ])("the 31st of %d-%d is %s", (year, month, date) =>
    expect(sessionDateInMonth(year, month, day31)).toBe(date),
  );

  it.each([
    [{ kind: "weekday", ordinal: "last", weekday: 5 }, 2027, 1, "2027-01-29"],
    [{ kind: "weekday", ordinal: "last", weekday: 5 }, 2027, 2, "2027-02-26"],
    [{ kind: "weekday", ordinal: "last", weekday: 7 }, 2027, 2, "2027-02-28"],
    [{ kind: "weekday", ordinal: "last", weekday: 2 }, 2027, 3, "2027-03-30"],
    [{ kind: "weekday", ordinal: 1, weekday: 1 }, 2027, 2, "2027-02-01"],
    [{ kind: "weekday", ordinal: 1, weekday: 4 }, 2027, 4, "2027-04-01"],
    [{ kind: "weekday", ordinal: 4, weekday: 7 }, 2027, 2, "2027-02-28"],
    [{ kind: "weekday", ordinal: 2, weekday: 4 }, 2027, 1, "2027-01-14"],
  ] as const)("%j in %d-%d is %s", (day, year, month, date) =>
    expect(sessionDateInMonth(year, month, day)).toBe(date),
  );
});

describe("calendar helpers", () => {
  it("knows month lengths and moves dates by days", () => {
    expect([daysInMonth(2027, 2), daysInMonth(2028, 2), daysInMonth(2027, 11)]).toEqual([
      28, 29, 30,
    ]);
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-07", -10)).toBe("2026-12-28");
    expect(() => addDays("07/01/2027", 1)).toThrow(RangeError);
  });
});

describe("sessionToPrepare", () => {
  it("prepares the next session from the start of its agenda day in Paris", () => {
    // The agenda of 14 January 2027 is due on 4 January: midnight in Paris is 23:00 UTC the 3rd.
    expect(sessionToPrepare(monthly, new Date("2027-01-03T22:59:00Z"), [])).toBeNull();
    expect(sessionToPrepare(monthly, new Date("2027-01-03T23:00:00Z"), [])).toMatchObject({
      date: "2027-01-14",
      agendaDueOn: "2027-01-04",
    });
    // A job that missed days still prepares it until the session starts.
    expect(
      sessionToPrepare(monthly, new Date("2027-01-13T08:00:00Z"), ["2026-12-10"]),
    ).toMatchObject({
      date: "2027-01-14",
    });
  });

  it("does not prepare a month that already has a session, by the job or by hand", () => {
    expect(sessionToPrepare(monthly, new Date("2027-01-05T08:00:00Z"), ["2027-01-14"])).toBeNull();
    expect(sessionToPrepare(monthly, new Date("2027-01-05T08:00:00Z"), ["2027-01-21"])).toBeNull();
  });

  it("waits for the next agenda day once a session has started", () => {
    expect(sessionToPrepare(monthly, new Date("2027-01-14T13:30:00Z"), [])).toBeNull();
    expect(
      sessionToPrepare(monthly, new Date("2027-02-01T08:00:00Z"), ["2027-01-14"]),
    ).toMatchObject({
      date: "2027-02-11",
    });
  });

  it("prepares nothing after the programme's end", () => {
    const ended = { ...monthly, until: "2027-01-31" };
    expect(sessionToPrepare(ended, new Date("2027-02-01T08:00:00Z"), [])).toBeNull();
  });
});

describe("programmeSessionToPrepare", () => {
  const open = { status: "open", committeeCadence: "monthly", startsOn: null, endsOn: null };
  const at = (iso: string) => new Date(iso);

  it("prepares an open programme's session from its agenda day, nothing before", () => {
    expect(programmeSessionToPrepare(open, at("2027-01-03T22:59:00Z"), [])).toBeNull();
    expect(programmeSessionToPrepare(open, at("2027-01-03T23:00:00Z"), [])).toMatchObject({
      date: "2027-01-14",
      startsAt: new Date("2027-01-14T13:00:00Z"),
    });
  });

  it("prepares nothing for a closed programme, nor for a cadence it does not know", () => {
    const now = at("2027-01-05T08:00:00Z");
    expect(programmeSessionToPrepare({ ...open, status: "closed" }, now, [])).toBeNull();
    expect(programmeSessionToPrepare({ ...open, status: "" }, now, [])).toBeNull();
    expect(programmeSessionToPrepare({ ...open, committeeCadence: "weekly" }, now, [])).toBeNull();
    expect(
      programmeSessionToPrepare({ ...open, committeeCadence: "constructor" }, now, []),
    ).toBeNull();
    expect(isKnownCadence("monthly")).toBe(true);
    expect(isKnownCadence("toString")).toBe(false);
  });

  it("leaves alone a date that already has a hand-made session, or its month", () => {
    const now = at("2027-01-05T08:00:00Z");
    expect(programmeSessionToPrepare(open, now, ["2027-01-14"])).toBeNull();
    expect(programmeSessionToPrepare(open, now, ["2027-01-07"])).toBeNull();
    expect(programmeSessionToPrepare(open, now, ["2027-01-31"])).toBeNull();
    // Sessions of other months do not count.
    expect(programmeSessionToPrepare(open, now, ["2026-12-31", "2027-02-01"])).toMatchObject({
      date: "2027-01-14",
    });
  });

  it("counts the agenda day in Paris on the March switch (midnight is still 23:00 UTC)", () => {
    // 7 April 2027 minus 10 days is Sunday 28 March, the day clocks go forward at 02:00.
    const seventh = { ...open };
    const rule = nextSessions(
      {
        cadence: "monthly",
        day: { kind: "dayOfMonth", day: 7 },
        time: "14:00",
        from: null,
        until: null,
      },
      at("2027-03-20T00:00:00Z"),
    )[0];
    expect(rule).toMatchObject({ date: "2027-04-07", agendaDueOn: "2027-03-28" });
    expect(rule?.agendaDueAt.toISOString()).toBe("2027-03-27T23:00:00.000Z");
    expect(rule?.startsAt.toISOString()).toBe("2027-04-07T12:00:00.000Z");
    // The default rule: 8 April, due Monday 29 March, whose midnight is 22:00 UTC.
    expect(programmeSessionToPrepare(seventh, at("2027-03-28T21:59:00Z"), [])).toBeNull();
    expect(programmeSessionToPrepare(seventh, at("2027-03-28T22:00:00Z"), [])).toMatchObject({
      date: "2027-04-08",
      startsAt: new Date("2027-04-08T12:00:00Z"),
    });
  });

  it("counts the agenda day in Paris on the October switch (midnight is 22:00 UTC before it)", () => {
    // 10 November 2027 minus 10 days is Sunday 31 October, the day clocks go back at 03:00.
    const [november] = nextSessions(
      {
        cadence: "monthly",
        day: { kind: "dayOfMonth", day: 10 },
        time: "14:00",
        from: null,
        until: null,
      },
      at("2027-10-20T00:00:00Z"),
    );
    expect(november).toMatchObject({ date: "2027-11-10", agendaDueOn: "2027-10-31" });
    expect(november?.agendaDueAt.toISOString()).toBe("2027-10-30T22:00:00.000Z");
    expect(november?.startsAt.toISOString()).toBe("2027-11-10T13:00:00.000Z");
    expect(
      sessionToPrepare(
        {
          cadence: "monthly",
          day: { kind: "dayOfMonth", day: 10 },
          time: "14:00",
          from: null,
          until: null,
        },
        at("2027-10-30T21:59:00Z"),
        ["2027-10-10"],
      ),
    ).toBeNull();
    expect(
      sessionToPrepare(
        {
          cadence: "monthly",
          day: { kind: "dayOfMonth", day: 10 },
          time: "14:00",
          from: null,
          until: null,
        },
        at("2027-10-30T22:00:00Z"),
        ["2027-10-10"],
      ),
    ).toMatchObject({ date: "2027-11-10" });
    // The default rule in November 2027: the 11th, due on 1 November (CET again).
    expect(programmeSessionToPrepare(open, at("2027-10-31T22:59:00Z"), [])).toBeNull();
    expect(programmeSessionToPrepare(open, at("2027-10-31T23:00:00Z"), [])).toMatchObject({
      date: "2027-11-11",
      startsAt: new Date("2027-11-11T13:00:00Z"),
    });
  });

  it("counts back over month and year ends", () => {
    // The first Thursday of January 2027 is the 7th: due on 28 December 2026.
    const first = {
      cadence: "monthly",
      day: { kind: "weekday", ordinal: 1, weekday: 4 },
      time: "14:00",
      from: null,
      until: null,
    } as const;
    expect(sessionToPrepare(first, at("2026-12-27T22:59:00Z"), [])).toBeNull();
    expect(sessionToPrepare(first, at("2026-12-27T23:00:00Z"), [])).toMatchObject({
      date: "2027-01-07",
    });
    // A session on the 3rd of March is due on 21 February (2027) or 22 February (leap 2028).
    const third = { ...first, day: { kind: "dayOfMonth", day: 3 } } as const;
    expect(sessionToPrepare(third, at("2027-02-20T23:00:00Z"), ["2027-02-03"])).toMatchObject({
      date: "2027-03-03",
      agendaDueOn: "2027-02-21",
    });
    expect(sessionToPrepare(third, at("2028-02-20T23:00:00Z"), ["2028-02-03"])).toBeNull();
    expect(sessionToPrepare(third, at("2028-02-21T23:00:00Z"), ["2028-02-03"])).toMatchObject({
      date: "2028-03-03",
      agendaDueOn: "2028-02-22",
    });
    // The 31st: 30 April, due on 20 April.
    const last = { ...first, day: { kind: "dayOfMonth", day: 31 } } as const;
    expect(sessionToPrepare(last, at("2027-04-19T22:00:00Z"), ["2027-03-31"])).toMatchObject({
      date: "2027-04-30",
      agendaDueOn: "2027-04-20",
    });
  });

  it("follows the programme's bounds and quarterly cadence", () => {
    const ended = { ...open, endsOn: "2027-01-10" };
    expect(programmeSessionToPrepare(ended, at("2027-01-05T08:00:00Z"), [])).toBeNull();
    const later = { ...open, startsOn: "2027-03-01" };
    expect(programmeSessionToPrepare(later, at("2027-01-05T08:00:00Z"), [])).toBeNull();
    expect(programmeSessionToPrepare(later, at("2027-03-01T08:00:00Z"), [])).toMatchObject({
      date: "2027-03-11",
    });
    const quarterly = { ...open, committeeCadence: "quarterly" };
    // Quarterly from January: no session in February.
    expect(programmeSessionToPrepare(quarterly, at("2027-02-05T08:00:00Z"), [])).toBeNull();
    expect(programmeSessionToPrepare(quarterly, at("2027-03-30T08:00:00Z"), [])).toMatchObject({
      date: "2027-04-08",
    });
  });
});

describe("existingSessionsFrom", () => {
  it("is the start of the current month in Paris", () => {
    expect(existingSessionsFrom(new Date("2027-01-14T13:00:00Z")).toISOString()).toBe(
      "2026-12-31T23:00:00.000Z",
    );
    // 31 July 23:30 UTC is already 1 August in Paris.
    expect(existingSessionsFrom(new Date("2027-07-31T23:30:00Z")).toISOString()).toBe(
      "2027-07-31T22:00:00.000Z",
    );
  });
});
