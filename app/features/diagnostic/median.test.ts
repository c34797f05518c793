import { describe, expect, it } from "vitest";
import { median, similarOrganizationsMedian } from "./median";

describe("median", () => {
  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });

  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("returns null for no value and leaves its input untouched", () => {
    expect(median([])).toBeNull();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("similarOrganizationsMedian", () => {
  const nine = [10, 20, 30, 40, 50, 60, 70, 80, 90];

  it("returns null under 10 scores", () => {
    expect(similarOrganizationsMedian(nine)).toBeNull();
    expect(similarOrganizationsMedian([])).toBeNull();
  });

  it("returns the median from 10 scores, rounded half up", () => {
    expect(similarOrganizationsMedian([...nine, 100])).toBe(55);
    expect(similarOrganizationsMedian([...nine, 45])).toBe(48); // (45 + 50) / 2 = 47.5
    expect(similarOrganizationsMedian([...nine, 41, 45])).toBe(45);
    expect(similarOrganizationsMedian([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(6); // 5.5
  });

  it("accepts another threshold", () => {
    expect(similarOrganizationsMedian([10, 20, 30], 3)).toBe(20);
    expect(similarOrganizationsMedian([10, 20], 3)).toBeNull();
    expect(similarOrganizationsMedian([], 0)).toBeNull();
  });
});
