/**
 * Renders a number the way AWS documentation writes it (en-US: `10,240`, `0.5`), without
 * `Intl`. `Number.prototype.toLocaleString` loads ICU's number formatting on its first
 * call, about 20 ms per process, and the rule descriptions format their limits when the
 * library is loaded: every app importing this library paid that (profiled with
 * `node --cpu-prof`).
 *
 * @param maxFractionDigits decimals kept at most, trailing zeros dropped (as toLocaleString's default, 3)
 */
export function formatNumber(n: number, maxFractionDigits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  // Rounded in decimal, half away from zero, as Intl does (1.005 -> 1.01; toFixed alone gives 1.00).
  const [mantissa, exponent = '0'] = String(Math.abs(n)).split('e');
  const rounded = Number(`${Math.round(Number(`${mantissa}e${Number(exponent) + maxFractionDigits}`))}e-${maxFractionDigits}`);
  const [whole, fraction = ''] = rounded.toFixed(maxFractionDigits).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}
