/** Numbers typed into an outcome's target and current value. */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../renderer/board/OutcomeEditor';
import { formatNumber } from '../../shared/health';

describe('parseNumber', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['20', 20],
    ['2.5', 2.5],
    ['1,5', 1.5],
    ['0,125', 0.125],
    ['12,50', 12.5],
    ['1234,567', 1234.567],
    ['-3', -3],
    ['+4.25', 4.25],
    ['.5', 0.5],
    ['2e3', 2000],
    ['0.125', 0.125],
    ['1.5', 1.5],
    ['12.50', 12.5],
    ['1234.567', 1234.567],
    ['0.500', 0.5],
    ['1.0000', 1],
    ['1,000,000', 1000000],
    ['1.000.000', 1000000],
    ['12,345.67', 12345.67],
    ['12.345,67', 12345.67],
    ['1 000', 1000],
    ['1\u202f000\u202f000', 1000000],
    ["1'000", 1000],
    ['-1,000,000', -1000000],
  ])('reads %j as %j', (text, value) => {
    expect(parseNumber(text)).toEqual({ value });
  });

  it.each([
    ['1,000', 1000, 1],
    ['20,000', 20000, 20],
    ['-2,500', -2500, -2.5],
    ['999,999', 999999, 999.999],
    // A lone dot, to a European facilitator, groups thousands just as often ("500.000" is half a million).
    ['1.000', 1000, 1],
    ['500.000', 500000, 500],
    ['12.500', 12500, 12.5],
    ['-1.125', -1125, -1.125],
    ['+12.345', 12345, 12.345],
  ])('asks about %j: %d to some, %d to others', (text, grouped, decimal) => {
    expect(parseNumber(text)).toEqual({ problem: 'ambiguous', readings: [grouped, decimal] });
  });

  it.each(['abc', '12 deals', '1,00,000', '1,0000,000', '1.000,000.5', '1,2,3', '1.2.3', '--1', 'NaN', 'Infinity', '1 00'])('refuses %j', (text) => {
    expect(parseNumber(text)).toEqual({ problem: 'not-a-number' });
  });

  // 1e308 was saved and shown as "1e+308"; 1e999 (Infinity once read) was called not a number.
  it.each(['1e308', '-1e308', '1e999', '200000000000000000000', '100 000 000 000 000 000 000 000'])('refuses %j as too large', (text) => {
    expect(parseNumber(text)).toEqual({ problem: 'too-large' });
  });

  it.each([
    ['1e20', 1e20],
    ['-100000000000000000000', -1e20],
    ['100\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000', 1e20],
  ])('reads %j, as large as a board holds', (text, value) => {
    expect(parseNumber(text)).toEqual({ value });
  });
});

// The board writes amounts for people ("2 500 000", shared/health.ts); copied from a card or the
// PDF into the editor, they must read back as the number they show.
describe('an amount as the board writes it, typed or pasted back into the editor', () => {
  it.each([2_500_000, 250_000, 10_000, 9999, 1234.5, -12_345, -2_500_000.5, 12_345.678, 123_456_789.123, 1e20, 0.000123456789, 1e-7])(
    'reads formatNumber(%d) as the number it shows',
    (value) => {
      const written = formatNumber(value);
      expect(parseNumber(written)).toEqual({ value: Number(written.replaceAll('\u202f', '')) });
    },
  );

  it('reads the grouped 2 500 000 as two and a half million', () => {
    expect(formatNumber(2_500_000)).toBe('2\u202f500\u202f000');
    expect(parseNumber(formatNumber(2_500_000))).toEqual({ value: 2_500_000 });
  });
});
