import { describe, expect, it } from "vitest";
import { type Point, radarGeometry, toSvgPoints } from "./radar";

/** Distance between two points (a missing point fails the test). */
function distance(a: Point | undefined, b: Point): number {
  if (!a) throw new Error("missing point");
  return Math.hypot(a.x - b.x, a.y - b.y);
}

describe("radarGeometry", () => {
  const size = 400;
  const eight = [100, 0, 50, 25, 75, 100, 10, 90];
  const geometry = radarGeometry(eight, { size });

  it("centres the chart and keeps a margin for the labels", () => {
    expect(geometry.center).toEqual({ x: 200, y: 200 });
    expect(geometry.radius).toBe(120); // 200 - 400 / 5
    expect(radarGeometry([1, 2, 3], { size: 300, margin: 50 }).radius).toBe(100);
  });

  it("puts a score of 100 on the radius and a score of 0 at the centre", () => {
    expect(distance(geometry.vertices[0], geometry.center)).toBeCloseTo(120, 1);
    expect(distance(geometry.vertices[5], geometry.center)).toBeCloseTo(120, 1);
    expect(geometry.vertices[1]).toEqual(geometry.center);
  });

  it("places every score proportionally along its axis", () => {
    eight.forEach((score, index) => {
      expect(distance(geometry.vertices[index], geometry.center)).toBeCloseTo(
        (120 * score) / 100,
        1,
      );
    });
  });

  it("starts with the axis pointing up and turns clockwise", () => {
    const square = radarGeometry([100, 100, 100, 100], { size: 200, margin: 0 });
    expect(square.axes).toEqual([
      { x: 100, y: 0 },
      { x: 200, y: 100 },
      { x: 100, y: 200 },
      { x: 0, y: 100 },
    ]);
    expect(square.points).toBe("100,0 200,100 100,200 0,100");
  });

  it("clamps scores outside 0-100", () => {
    const clamped = radarGeometry([150, -20, Number.NaN], { size: 200, margin: 0 });
    expect(clamped.vertices[0]).toEqual({ x: 100, y: 0 });
    expect(clamped.vertices[1]).toEqual({ x: 100, y: 100 });
    expect(clamped.vertices[2]).toEqual({ x: 100, y: 100 });
  });

  it("gives one axis, one label and one polygon point per score", () => {
    expect(geometry.axes).toHaveLength(8);
    expect(geometry.labels).toHaveLength(8);
    expect(geometry.points.split(" ")).toHaveLength(8);
    for (const axis of geometry.axes) expect(distance(axis, geometry.center)).toBeCloseTo(120, 1);
  });

  it("places labels beyond the axes, anchored away from the centre", () => {
    const square = radarGeometry([0, 0, 0, 0], { size: 200, margin: 40, labelGap: 10 });
    expect(square.labels).toEqual([
      { x: 100, y: 30, textAnchor: "middle", dominantBaseline: "auto" },
      { x: 170, y: 100, textAnchor: "start", dominantBaseline: "middle" },
      { x: 100, y: 170, textAnchor: "middle", dominantBaseline: "hanging" },
      { x: 30, y: 100, textAnchor: "end", dominantBaseline: "middle" },
    ]);
    expect(geometry.labels[7]).toMatchObject({ textAnchor: "end", dominantBaseline: "auto" });
  });

  it("draws evenly spaced grid rings up to the radius", () => {
    expect(geometry.rings.map((ring) => [ring.value, ring.radius])).toEqual([
      [25, 30],
      [50, 60],
      [75, 90],
      [100, 120],
    ]);
    expect(geometry.rings[3]?.points).toBe(toSvgPoints(geometry.axes));
    expect(radarGeometry(eight, { size, ringCount: 5 }).rings.map((r) => r.value)).toEqual([
      20, 40, 60, 80, 100,
    ]);
  });

  it("writes coordinates without negative zero or long decimals", () => {
    for (const pair of geometry.points.split(" ")) {
      expect(pair).toMatch(/^\d+(\.\d{1,2})?,\d+(\.\d{1,2})?$/);
    }
  });
});
