export interface Point {
  readonly x: number;
  readonly y: number;
}

/** SVG text placement of an axis label, chosen from the side of the chart it sits on. */
export interface LabelPosition extends Point {
  readonly textAnchor: "start" | "middle" | "end";
  readonly dominantBaseline: "auto" | "middle" | "hanging";
}

export interface GridRing {
  /** The score (0-100) the ring stands for. */
  readonly value: number;
  readonly radius: number;
  /** SVG `points` of the ring drawn as a polygon through every axis. */
  readonly points: string;
}

export interface RadarGeometry {
  readonly size: number;
  readonly center: Point;
  readonly radius: number;
  /** SVG `points` attribute of the score polygon. */
  readonly points: string;
  readonly vertices: readonly Point[];
  /** End of each axis, on the 100 ring. */
  readonly axes: readonly Point[];
  readonly labels: readonly LabelPosition[];
  readonly rings: readonly GridRing[];
}

export interface RadarOptions {
  /** Width and height of the square drawing area, in SVG user units. */
  readonly size: number;
  /** Space kept around the chart for the labels; defaults to a fifth of the size. */
  readonly margin?: number;
  /** Distance between the end of an axis and its label; defaults to 8. */
  readonly labelGap?: number;
  /** Number of grid rings, evenly spaced up to 100; defaults to 4 (25, 50, 75, 100). */
  readonly ringCount?: number;
}

/** Below this, a cosine or sine counts as zero when placing labels. */
const epsilon = 1e-9;

/** Rounds a coordinate to 2 decimals, so strings are stable and -0 never shows. */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** Angle of axis `index` of `count`: the first points up, then clockwise. */
function angleOf(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** Point at `distance` from the centre along axis `index`. */
function pointOn(center: Point, distance: number, index: number, count: number): Point {
  const angle = angleOf(index, count);
  return {
    x: round(center.x + distance * Math.cos(angle)),
    y: round(center.y + distance * Math.sin(angle)),
  };
}

/** Formats points as an SVG `points` attribute ("x,y x,y ..."). */
export function toSvgPoints(points: readonly Point[]): string {
  return points.map((point) => `${point.x},${point.y}`).join(" ");
}

/** Places a label beyond the end of an axis, anchored away from the centre. */
function labelAt(center: Point, distance: number, index: number, count: number): LabelPosition {
  const angle = angleOf(index, count);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return {
    ...pointOn(center, distance, index, count),
    textAnchor: Math.abs(cos) < epsilon ? "middle" : cos > 0 ? "start" : "end",
    dominantBaseline: Math.abs(sin) < epsilon ? "middle" : sin > 0 ? "hanging" : "auto",
  };
}

/** Clamps a score to 0-100 (a missing or invalid score counts as 0). */
function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
}

/**
 * Computes the geometry of a radar chart of scores 0-100 (one axis per score, first axis up,
 * clockwise) in a square of the given size: polygon, axes, label positions and grid rings.
 */
export function radarGeometry(scores: readonly number[], options: RadarOptions): RadarGeometry {
  const { size, margin = size / 5, labelGap = 8, ringCount = 4 } = options;
  const count = scores.length;
  const center = { x: size / 2, y: size / 2 };
  const radius = Math.max(0, size / 2 - margin);
  const indexes = scores.map((_, index) => index);

  const vertices = scores.map((score, index) =>
    pointOn(center, (radius * clampScore(score)) / 100, index, count),
  );
  const axes = indexes.map((index) => pointOn(center, radius, index, count));
  const labels = indexes.map((index) => labelAt(center, radius + labelGap, index, count));
  const rings = Array.from({ length: Math.max(0, ringCount) }, (_, ring) => {
    const value = ((ring + 1) * 100) / ringCount;
    const ringRadius = (radius * value) / 100;
    const ringPoints = indexes.map((index) => pointOn(center, ringRadius, index, count));
    return { value, radius: round(ringRadius), points: toSvgPoints(ringPoints) };
  });

  return {
    size,
    center,
    radius,
    points: toSvgPoints(vertices),
    vertices,
    axes,
    labels,
    rings,
  };
}
