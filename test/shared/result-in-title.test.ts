/**
 * An outcome typed as a room says it ("20 qualified opportunities per month") has its result read
 * from the title; a title that states none, or states a number that is not a target, gets nothing.
 */
import { describe, expect, it } from 'vitest';
import { resultInTitle } from '../../shared/resultInTitle';

describe('resultInTitle', () => {
  it.each([
    ['20 qualified opportunities per month', { metric: 'Qualified opportunities', target: 20, unit: 'qualified opportunities', period: 'per month', direction: 'at-least' }],
    ['Churn below 2% per quarter', { metric: 'Churn', target: 2, unit: '%', period: 'per quarter', direction: 'at-most' }],
    ['Net revenue retention 110% by Q3', { metric: 'Net revenue retention', target: 110, unit: '%', period: 'by Q3', direction: 'at-least' }],
    ['95% on-time delivery', { metric: 'On-time delivery', target: 95, unit: '%', period: '', direction: 'at-least' }],
    ['Hire 3 engineers by June', { metric: 'Hire engineers', target: 3, unit: 'engineers', period: 'by June', direction: 'at-least' }],
    ['Deals closed: 12 per quarter', { metric: 'Deals closed', target: 12, unit: '', period: 'per quarter', direction: 'at-least' }],
    ['Increase signups to 500 per week', { metric: 'Signups', target: 500, unit: '', period: 'per week', direction: 'at-least' }],
    ['Reduce churn to 2.5% per month', { metric: 'Churn', target: 2.5, unit: '%', period: 'per month', direction: 'at-most' }],
    ['Response time under 4 hours', { metric: 'Response time', target: 4, unit: 'hours', period: '', direction: 'at-most' }],
    ['$250,000 new ARR per quarter', { metric: 'New ARR', target: 250000, unit: '$', period: 'per quarter', direction: 'at-least' }],
    ['Grow ARR to $1,000,000 by Q4', { metric: 'ARR', target: 1000000, unit: '$', period: 'by Q4', direction: 'at-least' }],
    ['10 000 users by 2027', { metric: 'Users', target: 10000, unit: 'users', period: 'by 2027', direction: 'at-least' }],
    ['0 incidents per month', { metric: 'Incidents', target: 0, unit: 'incidents', period: 'per month', direction: 'at-most' }],
    ['20 calls a day', { metric: 'Calls', target: 20, unit: 'calls', period: 'a day', direction: 'at-least' }],
    ['20 demos monthly', { metric: 'Demos', target: 20, unit: 'demos', period: 'monthly', direction: 'at-least' }],
    ['  NPS   above 50. ', { metric: 'NPS', target: 50, unit: '', period: '', direction: 'at-least' }],
    ['1,200 iPhone sales per quarter', { metric: 'iPhone sales', target: 1200, unit: 'iPhone sales', period: 'per quarter', direction: 'at-least' }],
    ['Forecast accuracy 2,5 % per quarter', { metric: 'Forecast accuracy', target: 2.5, unit: '%', period: 'per quarter', direction: 'at-least' }],
  ])('reads "%s"', (title, result) => {
    expect(resultInTitle(title)).toEqual(result);
  });

  it.each([
    ['no number', 'Better marketing'],
    ['a deadline', 'Launch in 2 weeks'],
    ['a deadline after "by"', 'Done by 30 June'],
    ['a year', '2026 plan'],
    ['a year after what is counted', 'Revenue 2026'],
    ['a rank', 'Top 5 accounts renewed'],
    ['a change by an amount', 'Cut costs 10%'],
    ['a growth rate', 'Grow revenue 10% per year'],
    ['a rise by an amount', 'Increase signups 20% per month'],
    ['a rise in points', 'Improve NPS 15 points this year'],
    ['a number glued to letters', '€250k ARR'],
    ['a version', 'Ship v2'],
    ['a second number', 'Win 3 of 5 tenders'],
    ['a number with nothing counted', '20 per month'],
    ['a decimal of three digits after groups', '12.345,67 euros'],
    ['a week number', 'Week 3 review'],
  ])('reads nothing from %s: "%s"', (_, title) => {
    expect(resultInTitle(title)).toBeNull();
  });

  it('reads nothing too long for the fields', () => {
    expect(resultInTitle(`20 ${'very '.repeat(30)}long things`)).toBeNull();
  });
});
