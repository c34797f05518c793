import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LevelKind } from "~/features/applications";
import {
  type Capacities,
  compareDecisionOrder,
  limitOf,
  loadOf,
  planQueue,
  type QueueInput,
  type QueuePlace,
  queueKeyOf,
  type SupportInProgress,
  type WaitingSupport,
} from "./capacity";
import { addDays } from "./follow-up-timing";

const today = "2025-03-01";
const typicalDays = { diagnostic: 30, scoping: 60, production: 90 };

const waiting = (
  id: string,
  decidedAt: string,
  rest: Partial<WaitingSupport> = {},
): WaitingSupport => ({
  id,
  antennaId: "A",
  consultantId: null,
  level: "diagnostic",
  decidedAt,
  ...rest,
});

const running = (rest: Partial<SupportInProgress> = {}): SupportInProgress => ({
  antennaId: "A",
  consultantId: null,
  level: "diagnostic",
  startedOn: "2025-02-01",
  plannedEndOn: null,
  ...rest,
});

const plan = (input: Partial<QueueInput>) =>
  planQueue({
    capacities: { antennas: {} },
    inProgress: [],
    waiting: [],
    typicalDays,
    today,
    ...input,
  });

const short = (places: QueuePlace[]) =>
  places.map((place) => [
    place.id,
    place.position,
    place.queueLength,
    place.canStartNow,
    place.estimatedStartOn,
  ]);

describe("limitOf", () => {
  it.each([
    [undefined, Number.POSITIVE_INFINITY],
    [{ perLevel: {} }, Number.POSITIVE_INFINITY],
    [{ perLevel: { scoping: 2 } }, Number.POSITIVE_INFINITY],
    [{ perLevel: { diagnostic: 0 } }, 0],
    [{ perLevel: { diagnostic: 3 } }, 3],
    [{ perLevel: { diagnostic: 2.7 } }, 2],
    [{ perLevel: { diagnostic: -1 } }, 0],
    [{ perLevel: { diagnostic: Number.NaN } }, 0],
    [{ perLevel: { diagnostic: Number.POSITIVE_INFINITY } }, Number.POSITIVE_INFINITY],
  ])("%j for diagnostic is %d", (capacity, limit) => {
    expect(limitOf(capacity, "diagnostic")).toBe(limit);
  });
});

describe("compareDecisionOrder", () => {
  it("orders by decision time, then id", () => {
    const list = [
      waiting("b", "2025-01-05T09:00:00Z"),
      waiting("a", "2025-01-05T09:00:00Z"),
      waiting("c", "2025-01-05T10:00:00+02:00"), // 08:00 UTC
      waiting("d", "2025-01-04"),
      waiting("e", "not a date"),
      waiting("0", "2025-01-06"),
    ];
    expect([...list].sort(compareDecisionOrder).map((s) => s.id)).toEqual([
      "d",
      "c",
      "a",
      "b",
      "0",
      "e",
    ]);
    expect(compareDecisionOrder(list[0] as WaitingSupport, list[0] as WaitingSupport)).toBe(0);
  });
});

describe("planQueue", () => {
  it("fills the free place, then each place as it frees, in decision order", () => {
    const places = plan({
      capacities: { antennas: { A: { perLevel: { diagnostic: 2 } } } },
      inProgress: [running({ startedOn: "2025-02-10", plannedEndOn: "2025-03-20" })],
      waiting: [
        waiting("w4", "2025-01-07"),
        waiting("w2", "2025-01-06"),
        waiting("w1", "2025-01-05"),
        waiting("w3", "2025-01-07"),
      ],
    });
    // In the order given; w3 before w4 on the same day (ids).
    expect(short(places)).toEqual([
      ["w4", 4, 4, false, "2025-04-19"], // when w2 (started 20 March) ends
      ["w2", 2, 4, false, "2025-03-20"], // the planned end of the support in progress
      ["w1", 1, 4, true, "2025-03-01"], // the free place, today
      ["w3", 3, 4, false, "2025-03-31"], // when w1 (started today, 30 days) ends
    ]);
  });

  it("queues by consultant, the antenna's capacity shared, consultants held back alone", () => {
    const capacities: Capacities = {
      antennas: { A: { perLevel: { scoping: 3 } } },
      consultants: { c1: { perLevel: { scoping: 1 } } },
    };
    const places = plan({
      capacities,
      // c1's support started 1 February without planned end: 60 days, 2 April.
      inProgress: [running({ consultantId: "c1", level: "scoping" })],
      waiting: [
        waiting("x1", "2025-01-01", { consultantId: "c1", level: "scoping" }),
        waiting("x2", "2025-01-02", { level: "scoping" }),
        waiting("x3", "2025-01-03", { consultantId: "c2", level: "scoping" }),
        waiting("x4", "2025-01-04", { consultantId: "c1", level: "scoping" }),
      ],
    });
    expect(short(places)).toEqual([
      ["x1", 1, 2, false, "2025-04-02"],
      ["x2", 1, 1, true, today],
      ["x3", 1, 1, true, today],
      ["x4", 2, 2, false, "2025-06-01"], // after x1 (2 April + 60 days)
    ]);
  });

  it("waits for the antenna when it is full, even for a free consultant", () => {
    const places = plan({
      capacities: {
        antennas: { A: { perLevel: { production: 1 } } },
        consultants: { c1: { perLevel: { production: 5 } } },
      },
      inProgress: [running({ level: "production", plannedEndOn: "2025-05-05" })],
      waiting: [waiting("p1", "2025-01-01", { consultantId: "c1", level: "production" })],
    });
    expect(short(places)).toEqual([["p1", 1, 1, false, "2025-05-05"]]);
  });

  it("counts a consultant's supports in every antenna", () => {
    const places = plan({
      capacities: { antennas: {}, consultants: { c1: { perLevel: { diagnostic: 1 } } } },
      inProgress: [running({ antennaId: "B", consultantId: "c1", plannedEndOn: "2025-03-15" })],
      waiting: [waiting("v1", "2025-01-01", { consultantId: "c1" })],
    });
    expect(short(places)).toEqual([["v1", 1, 1, false, "2025-03-15"]]);
  });

  it("starts everything now without capacity, level by level", () => {
    const places = plan({
      capacities: { antennas: { A: { perLevel: { scoping: 1 } } } },
      inProgress: [running(), running(), running({ antennaId: "constructor" })],
      waiting: [
        waiting("d1", "2025-01-01"),
        waiting("d2", "2025-01-02"),
        waiting("k1", "2025-01-01", { antennaId: "constructor" }),
        waiting("s1", "2025-01-03", { level: "scoping" }),
      ],
    });
    expect(short(places)).toEqual([
      ["d1", 1, 2, true, today],
      ["d2", 2, 2, true, today],
      ["k1", 1, 1, true, today],
      ["s1", 1, 1, true, today],
    ]);
  });

  it("never starts a level with a capacity of 0, and gives no estimate", () => {
    const places = plan({
      capacities: {
        antennas: { A: { perLevel: { production: 0 } } },
        consultants: { c9: { perLevel: { diagnostic: 0 } } },
      },
      waiting: [
        waiting("n1", "2025-01-01", { level: "production" }),
        waiting("n2", "2025-01-02", { level: "production" }),
        waiting("n3", "2025-01-01", { consultantId: "c9" }),
        waiting("n4", "2025-01-01"),
      ],
    });
    expect(short(places)).toEqual([
      ["n1", 1, 2, false, null],
      ["n2", 2, 2, false, null],
      ["n3", 1, 1, false, null],
      ["n4", 1, 1, true, today],
    ]);
  });

  it("takes an overdue support to end today, but its place is still taken now", () => {
    const places = plan({
      capacities: { antennas: { A: { perLevel: { diagnostic: 1 } } } },
      inProgress: [running({ plannedEndOn: "2025-02-20" })],
      waiting: [waiting("o1", "2025-01-01"), waiting("o2", "2025-01-02")],
    });
    expect(short(places)).toEqual([
      ["o1", 1, 2, false, today],
      ["o2", 2, 2, false, "2025-03-31"],
    ]);
  });

  it("waits until enough supports end when over capacity", () => {
    const places = plan({
      capacities: { antennas: { A: { perLevel: { diagnostic: 1 } } } },
      inProgress: [
        running({ plannedEndOn: "2025-03-20" }),
        running({ plannedEndOn: "2025-03-10" }),
      ],
      waiting: [waiting("u1", "2025-01-01")],
    });
    expect(short(places)).toEqual([["u1", 1, 1, false, "2025-03-20"]]);
  });

  it("estimates with a typical duration of 0 days as starting on the same day", () => {
    const places = plan({
      capacities: { antennas: { A: { perLevel: { diagnostic: 1 } } } },
      inProgress: [running({ plannedEndOn: "2025-03-04" })],
      waiting: [waiting("z1", "2025-01-01"), waiting("z2", "2025-01-02")],
      typicalDays: { ...typicalDays, diagnostic: 0 },
    });
    expect(short(places)).toEqual([
      ["z1", 1, 2, false, "2025-03-04"],
      ["z2", 2, 2, false, "2025-03-04"],
    ]);
  });

  it("returns nothing for nothing waiting", () => {
    expect(plan({ inProgress: [running()] })).toEqual([]);
  });

  it("throws on a malformed day or duration", () => {
    expect(() => plan({ today: "2025-02-30" })).toThrow(RangeError);
    expect(() => plan({ inProgress: [running({ plannedEndOn: "soon" })] })).toThrow(RangeError);
    expect(() =>
      plan({ inProgress: [running()], typicalDays: { ...typicalDays, diagnostic: 1.5 } }),
    ).toThrow(RangeError);
    expect(() =>
      plan({ inProgress: [running()], typicalDays: { ...typicalDays, diagnostic: -1 } }),
    ).toThrow(RangeError);
  });
});

// Property tests ------------------------------------------------------------------------------

const levels: LevelKind[] = ["diagnostic", "scoping", "production"];
const antennaIds = ["A", "B"];
const consultantIds = ["c1", "c2", "c3"];

const capacity = fc.record(
  {
    diagnostic: fc.integer({ min: 0, max: 3 }),
    scoping: fc.integer({ min: 0, max: 3 }),
    production: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: [] },
);
const capacitiesArb = fc.record({
  antennas: fc.dictionary(
    fc.constantFrom(...antennaIds),
    capacity.map((perLevel) => ({ perLevel })),
  ),
  consultants: fc.option(
    fc.dictionary(
      fc.constantFrom(...consultantIds),
      capacity.map((perLevel) => ({ perLevel })),
    ),
    { nil: undefined },
  ),
});
const consultant = fc.option(fc.constantFrom(...consultantIds), { nil: null });
const offsetDay = (min: number, max: number) =>
  fc.integer({ min, max }).map((offset) => addDays(today, offset));
const inProgressArb = fc.record({
  antennaId: fc.constantFrom(...antennaIds),
  consultantId: consultant,
  level: fc.constantFrom(...levels),
  startedOn: offsetDay(-200, 0),
  plannedEndOn: fc.option(offsetDay(-30, 200), { nil: null }),
});
// Few distinct decision days, so that ties (broken by id) are frequent.
const waitingArb = fc.record({
  antennaId: fc.constantFrom(...antennaIds),
  consultantId: consultant,
  level: fc.constantFrom(...levels),
  decidedAt: fc.oneof(
    offsetDay(-20, -15),
    fc.integer({ min: 0, max: 3 }).map((hour) => `2025-02-1${hour}T0${hour}:30:00Z`),
  ),
});
const inputArb: fc.Arbitrary<QueueInput> = fc
  .record({
    capacities: capacitiesArb,
    inProgress: fc.array(inProgressArb, { maxLength: 12 }),
    waiting: fc.array(waitingArb, { maxLength: 25 }),
    typicalDays: fc.record({
      diagnostic: fc.integer({ min: 0, max: 60 }),
      scoping: fc.integer({ min: 0, max: 90 }),
      production: fc.integer({ min: 0, max: 120 }),
    }),
    // A random permutation of ids, so that ids do not follow the generation order.
    ids: fc.shuffledSubarray(
      Array.from({ length: 40 }, (_, index) => `s${index}`),
      { minLength: 40, maxLength: 40 },
    ),
  })
  .map(({ ids, waiting: list, ...rest }) => ({
    ...rest,
    today,
    waiting: list.map((support, index) => ({ ...support, id: ids[index] as string })),
  }));

/** The places of one queue, by position. */
function queuesOf(input: QueueInput, places: QueuePlace[]) {
  const byId = new Map(input.waiting.map((support) => [support.id, support]));
  const queues = new Map<string, Array<QueuePlace & { support: WaitingSupport }>>();
  for (const place of places) {
    const support = byId.get(place.id) as WaitingSupport;
    const key = queueKeyOf(support);
    queues.set(key, [...(queues.get(key) ?? []), { ...place, support }]);
  }
  for (const queue of queues.values()) queue.sort((a, b) => a.position - b.position);
  return [...queues.values()];
}

const limitFor = (
  table: Readonly<Record<string, { perLevel: Partial<Record<LevelKind, number>> }>> | undefined,
  id: string,
  level: LevelKind,
) => limitOf(table && Object.hasOwn(table, id) ? table[id] : undefined, level);

describe("planQueue properties", () => {
  it("answers once for each waiting support, in the order given", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(planQueue(input).map((place) => place.id)).toEqual(
          input.waiting.map((support) => support.id),
        );
      }),
    );
  });

  it("numbers each queue 1..n without gaps, in decision order", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const queue of queuesOf(input, planQueue(input))) {
          expect(queue.map((place) => place.position)).toEqual(queue.map((_, index) => index + 1));
          for (const place of queue) expect(place.queueLength).toBe(queue.length);
          for (let index = 1; index < queue.length; index += 1) {
            const before = (queue[index - 1] as (typeof queue)[number]).support;
            const after = (queue[index] as (typeof queue)[number]).support;
            const timeBefore = Date.parse(before.decidedAt);
            const timeAfter = Date.parse(after.decidedAt);
            expect(timeBefore).toBeLessThanOrEqual(timeAfter);
            if (timeBefore === timeAfter) expect(before.id < after.id).toBe(true);
          }
        }
      }),
    );
  });

  it("starts the first supports of a queue, never a later one before an earlier one", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const queue of queuesOf(input, planQueue(input))) {
          const started = queue.filter((place) => place.canStartNow).length;
          expect(queue.map((place) => place.canStartNow)).toEqual(
            queue.map((_, index) => index < started),
          );
        }
      }),
    );
  });

  it("estimates never before today, non-decreasing along a queue, today for those starting now", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const queue of queuesOf(input, planQueue(input))) {
          let previous = today;
          let never = false;
          for (const place of queue) {
            if (place.canStartNow) expect(place.estimatedStartOn).toBe(today);
            if (place.estimatedStartOn === null) {
              never = true;
              continue;
            }
            expect(never).toBe(false); // a queue that cannot start never starts later on
            expect(place.estimatedStartOn >= today).toBe(true);
            expect(place.estimatedStartOn >= previous).toBe(true);
            previous = place.estimatedStartOn;
          }
        }
      }),
    );
  });

  it("gives no estimate exactly when a capacity of 0 applies", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const byId = new Map(input.waiting.map((support) => [support.id, support]));
        for (const place of planQueue(input)) {
          const support = byId.get(place.id) as WaitingSupport;
          const zero =
            limitFor(input.capacities.antennas, support.antennaId, support.level) === 0 ||
            (support.consultantId !== null &&
              limitFor(input.capacities.consultants, support.consultantId, support.level) === 0);
          expect(place.estimatedStartOn === null).toBe(zero);
        }
      }),
    );
  });

  it("starts now no more supports than the free places, and fills them", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const places = planQueue(input);
        const byId = new Map(input.waiting.map((support) => [support.id, support]));
        const startedNow = places
          .filter((place) => place.canStartNow)
          .map((place) => byId.get(place.id) as WaitingSupport);
        const free = (
          table: Capacities["antennas"] | undefined,
          id: string,
          level: LevelKind,
          running: number,
        ) => Math.max(0, limitFor(table, id, level) - running);
        for (const level of levels) {
          for (const antennaId of antennaIds) {
            const running = input.inProgress.filter(
              (s) => s.antennaId === antennaId && s.level === level,
            ).length;
            const started = startedNow.filter(
              (s) => s.antennaId === antennaId && s.level === level,
            ).length;
            const room = free(input.capacities.antennas, antennaId, level, running);
            expect(started).toBeLessThanOrEqual(room);
            // A place left free means every support of the antenna and level waiting is held
            // back by its consultant (or started).
            if (started < room) {
              for (const place of places) {
                const support = byId.get(place.id) as WaitingSupport;
                if (support.antennaId !== antennaId || support.level !== level) continue;
                if (!place.canStartNow) expect(support.consultantId).not.toBeNull();
              }
            }
          }
          for (const consultantId of consultantIds) {
            const running = input.inProgress.filter(
              (s) => s.consultantId === consultantId && s.level === level,
            ).length;
            const started = startedNow.filter(
              (s) => s.consultantId === consultantId && s.level === level,
            ).length;
            expect(started).toBeLessThanOrEqual(
              free(input.capacities.consultants, consultantId, level, running),
            );
          }
        }
      }),
    );
  });

  it("starts exactly the first free places of a single queue", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.array(offsetDay(-5, 60), { maxLength: 6 }),
        fc.array(offsetDay(-40, -10), { maxLength: 10 }),
        (limit, ends, decisions) => {
          const places = plan({
            capacities: { antennas: { A: { perLevel: { scoping: limit } } } },
            inProgress: ends.map((plannedEndOn) => running({ level: "scoping", plannedEndOn })),
            waiting: decisions.map((decidedAt, index) =>
              waiting(`q${String(index).padStart(2, "0")}`, decidedAt, { level: "scoping" }),
            ),
          });
          const free = Math.max(0, limit - ends.length);
          const sorted = [...places].sort((a, b) => a.position - b.position);
          expect(sorted.map((place) => place.canStartNow)).toEqual(
            sorted.map((_, index) => index < free),
          );
        },
      ),
    );
  });
});

describe("loadOf", () => {
  it("sums up an antenna's supports against its capacity, per level", () => {
    const load = loadOf({
      antennaId: "A",
      capacity: { perLevel: { diagnostic: 2, production: 0 } },
      inProgress: [
        running(),
        running(),
        running(),
        running({ level: "scoping" }),
        running({ antennaId: "B" }),
      ],
      waiting: [
        waiting("1", "2025-01-01"),
        waiting("2", "2025-01-01", { level: "production" }),
        waiting("3", "2025-01-01", { antennaId: "B" }),
      ],
    });
    expect(load).toEqual({
      perLevel: {
        diagnostic: { inProgress: 3, capacity: 2, free: 0, waiting: 1 },
        scoping: { inProgress: 1, capacity: null, free: null, waiting: 0 },
        production: { inProgress: 0, capacity: 0, free: 0, waiting: 1 },
      },
      inProgress: 4,
      waiting: 2,
    });
  });

  it("treats an antenna without capacity as unlimited", () => {
    const load = loadOf({ antennaId: "A", capacity: undefined, inProgress: [], waiting: [] });
    for (const level of levels) {
      expect(load.perLevel[level]).toEqual({
        inProgress: 0,
        capacity: null,
        free: null,
        waiting: 0,
      });
    }
    expect(
      loadOf({
        antennaId: "A",
        capacity: { perLevel: { scoping: 3 } },
        inProgress: [running({ level: "scoping" })],
        waiting: [],
      }).perLevel.scoping,
    ).toEqual({ inProgress: 1, capacity: 3, free: 2, waiting: 0 });
  });
});
