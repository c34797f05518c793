// The Luhn checksum (ISO/IEC 7812-1), used by INSEE for SIREN and SIRET numbers.

const DIGITS = /^\d+$/;

function luhnSum(digits: string, doubleLast: boolean): number {
  let sum = 0;
  let double = doubleLast;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let value = Number(digits[index]);
    if (double) {
      value *= 2;
      if (value > 9) {
        value -= 9;
      }
    }
    sum += value;
    double = !double;
  }
  return sum;
}

/** Tells whether a string of digits (check digit last) passes the Luhn check. */
export function isLuhnValid(digits: string): boolean {
  return DIGITS.test(digits) && luhnSum(digits, false) % 10 === 0;
}

/** Computes the Luhn check digit to append to a string of digits; throws on non-digits. */
export function luhnCheckDigit(payload: string): string {
  if (!DIGITS.test(payload)) {
    throw new RangeError("A Luhn payload is made of digits only");
  }
  return String((10 - (luhnSum(payload, true) % 10)) % 10);
}
