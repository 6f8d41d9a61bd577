/** Numbers typed into an outcome's target and current value. */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../renderer/board/OutcomeEditor';

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
    ['1.000', 1],
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

  it.each(['1,000', '20,000', '-2,500', '999,999'])('asks about %j: a thousand to some, one to others', (text) => {
    expect(parseNumber(text)).toEqual({ problem: 'ambiguous' });
  });

  it.each(['abc', '12 deals', '1,00,000', '1,0000,000', '1.000,000.5', '1,2,3', '1.2.3', '--1', '1e999', 'NaN', 'Infinity', '1 00'])('refuses %j', (text) => {
    expect(parseNumber(text)).toEqual({ problem: 'not-a-number' });
  });
});
