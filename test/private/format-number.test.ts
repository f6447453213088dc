import { formatNumber } from '../../src/private/format-number';

const VALUES = [0, 1, 12, 999, 1000, 10240, 262144001, 1e15, -1, -1234567,
  0.5, 1.25, 250.04, 1234.5678, 0.0004, -0.0004, -0, 99.9999, 1.0005, 2.0005, 5e-7];

test.each(VALUES)(
  'formats %p as en-US toLocaleString does', n => {
    expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
  });

test.each([0.5, 1.005, 249.99, 1536.123, 10, 2.675, 1e-7])('keeps at most the requested decimals: %p', n => {
  expect(formatNumber(n, 2)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
});

test('non-finite numbers are written as JavaScript writes them', () => {
  expect(formatNumber(Number.NaN)).toBe('NaN');
  expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
});
