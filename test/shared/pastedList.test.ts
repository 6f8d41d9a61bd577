/**
 * A list pasted into a quick-add field, read the way a facilitator means it: the room's sticky
 * notes typed into a doc or a chat, a numbered list, a Markdown checklist, two columns of a
 * spreadsheet. One item per non-empty line, markers gone, each cut to its field's limit.
 */
import { describe, expect, it } from 'vitest';
import { makeOutcome, makePerson } from '../../shared/commands';
import { LIMITS, type OutcomeId, type PersonId } from '../../shared/model';
import { PASTE_LIMIT, pastedOutcomeTitles, pastedPeople, pastedTitles, personOfLine } from '../../shared/pastedList';

const titles = (text: string) => {
  const result = pastedTitles(text);
  if (!result?.ok) throw new Error(`not a list: ${JSON.stringify(result)}`);
  return result.value;
};

describe('a pasted list of titles', () => {
  it('one title a line, in order; blank lines skipped; bullets, numbers and checkboxes stripped', () => {
    const text = ['- Call 10 leads', '', '* Draft the email', '• Book the webinar', '1. Update the CRM', '12) Ask Priya', '[ ] Send the deck', '- [x] Print the flyers', '   ', '☐ Review pricing'].join('\n');
    expect(titles(text)).toEqual(['Call 10 leads', 'Draft the email', 'Book the webinar', 'Update the CRM', 'Ask Priya', 'Send the deck', 'Print the flyers', 'Review pricing']);
  });

  // A list from an Arabic, Hindi, Japanese or Chinese document kept its markers in every title.
  it('strips the numbers of other scripts and the markers of Japanese lists', () => {
    const text = ['١. تحديث الموقع', '१. वेबसाइट अपडेट करें', '１．会議の準備', '① 第一項目', '・日本語の箇条書き', '٢) مراجعة الأسعار'].join('\n');
    expect(titles(text)).toEqual(['تحديث الموقع', 'वेबसाइट अपडेट करें', '会議の準備', '第一項目', '日本語の箇条書き', 'مراجعة الأسعار']);
    // Still kept: a number that is part of the title.
    expect(titles('٢٠٢٤ خطة\n１２３件の商談\n１．５倍に増やす')).toEqual(['٢٠٢٤ خطة', '１２３件の商談', '１．５倍に増やす']);
  });

  it('skips a line with nothing to see (a control character, a zero-width space), which would refuse the paste or add a blank title', () => {
    expect(titles('Call 10 leads\n\u0007\nDraft the email\n\u200b\n\u00a0\u200d\nBook the webinar')).toEqual(['Call 10 leads', 'Draft the email', 'Book the webinar']);
    expect(pastedTitles('Call 10 leads\n\u200b')).toBeNull();
  });

  it('reads Windows, old Mac and Unicode line ends alike', () => {
    expect(titles('Call 10 leads\r\nDraft the email\rBook the webinar\u2028Update the CRM\r\n')).toEqual(['Call 10 leads', 'Draft the email', 'Book the webinar', 'Update the CRM']);
  });

  it('keeps what only looks like a marker: a hyphenated word, a number that is part of the title', () => {
    expect(titles('-5% churn\n2024 plan\n3.5 more demos\nRe-run the campaign')).toEqual(['-5% churn', '2024 plan', '3.5 more demos', 'Re-run the campaign']);
  });

  it('cuts each line to the title limit, between two characters, and makes tabs spaces', () => {
    const long = 'é'.repeat(LIMITS.titleLength - 1) + '👍🏽 and more';
    const [first, second] = titles(`${long}\nCall\tthe leads`);
    expect(first).toBe('é'.repeat(LIMITS.titleLength - 1));
    expect(second).toBe('Call the leads');
  });

  it('one line (with or without blank lines or a bullet around it) is not a list: the field takes it as ever', () => {
    expect(pastedTitles('Call 10 leads')).toBeNull();
    expect(pastedTitles('\n- Call 10 leads\n\n')).toBeNull();
    expect(pastedTitles('')).toBeNull();
    expect(pastedTitles('-\n*\n')).toBeNull();
  });

  it(`refuses more than ${PASTE_LIMIT} lines with a message, and takes ${PASTE_LIMIT}`, () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Task ${i + 1}`).join('\n');
    expect(titles(lines(PASTE_LIMIT))).toHaveLength(PASTE_LIMIT);
    expect(pastedTitles(lines(PASTE_LIMIT + 1))).toEqual({
      ok: false,
      message: `That is a list of ${PASTE_LIMIT + 1} lines; at most ${PASTE_LIMIT} can be added at once. Paste it in parts.`,
    });
  });
});

describe('a pasted list of people', () => {
  it('reads a name and a role from a comma, a spaced dash, brackets or two spreadsheet cells', () => {
    expect(personOfLine('Maya Chen, Head of Sales')).toEqual({ name: 'Maya Chen', role: 'Head of Sales' });
    expect(personOfLine('Maya Chen – Head of Sales')).toEqual({ name: 'Maya Chen', role: 'Head of Sales' });
    expect(personOfLine('Maya Chen - Head of Sales, EMEA')).toEqual({ name: 'Maya Chen', role: 'Head of Sales, EMEA' });
    expect(personOfLine('Maya Chen — VP')).toEqual({ name: 'Maya Chen', role: 'VP' });
    expect(personOfLine('Maya Chen (Head of Sales)')).toEqual({ name: 'Maya Chen', role: 'Head of Sales' });
    expect(personOfLine('Maya Chen\tHead of Sales\tBerlin')).toEqual({ name: 'Maya Chen', role: 'Head of Sales' });
    expect(personOfLine('Maya Chen\t\tHead of Sales')).toEqual({ name: 'Maya Chen', role: 'Head of Sales' });
    expect(personOfLine('Anne-Marie Dupont')).toEqual({ name: 'Anne-Marie Dupont', role: '' });
  });

  // The role stayed in the name: "سارة أحمد، مديرة التسويق" was one name.
  it('reads the comma and brackets of Arabic, Chinese and Japanese text too', () => {
    expect(personOfLine('سارة أحمد، مديرة التسويق')).toEqual({ name: 'سارة أحمد', role: 'مديرة التسويق' });
    expect(personOfLine('李伟，销售总监')).toEqual({ name: '李伟', role: '销售总监' });
    expect(personOfLine('佐藤花子（マーケティング部長）')).toEqual({ name: '佐藤花子', role: 'マーケティング部長' });
    expect(personOfLine('田中、営業')).toEqual({ name: '田中', role: '営業' });
  });

  it('cuts a name and a role to their limits', () => {
    const { name, role } = personOfLine(`${'N'.repeat(300)}, ${'R'.repeat(300)}`);
    expect([name.length, role.length]).toEqual([LIMITS.nameLength, LIMITS.roleLength]);
  });

  it('reads a hostile line of spaces quickly', () => {
    const started = performance.now();
    personOfLine(`a${' '.repeat(200_000)}b`);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('skips names on the board (spaces and case aside) and names the list holds twice, and says which', () => {
    const onBoard = [makePerson('p-maya' as PersonId, { name: 'Maya Chen' })];
    const text = '- maya  chen, CMO\nLeo Fischer\tCFO\n\tNo name here\nAna Ruiz\nLEO FISCHER, again';
    expect(pastedPeople(text, onBoard)).toEqual({
      ok: true,
      value: {
        people: [
          { name: 'Leo Fischer', role: 'CFO' },
          { name: 'Ana Ruiz', role: '' },
        ],
        onBoard: ['maya  chen'],
        repeated: ['LEO FISCHER'],
        nameless: 1,
      },
    });
    expect(pastedPeople('Maya Chen', onBoard)).toBeNull();
  });

  it('says a name left out once, under its one reason, however often the list repeats it', () => {
    const onBoard = [makePerson('p-maya' as PersonId, { name: 'Maya Chen' })];
    const pasted = pastedPeople('Maya Chen\nLeo Fischer\nmaya chen\nLeo Fischer\nLEO FISCHER\nAna Ruiz', onBoard);
    expect(pasted?.ok && { onBoard: pasted.value.onBoard, repeated: pasted.value.repeated }).toEqual({ onBoard: ['Maya Chen'], repeated: ['Leo Fischer'] });
  });
});

describe('pastedOutcomeTitles', () => {
  // The commands refuse a second outcome of one title, and would refuse the whole paste with it.
  it('leaves out titles the board has (spaces and case aside) and titles the list holds twice, and says which', () => {
    const onBoard = [makeOutcome('o-revenue' as OutcomeId, { title: 'Revenue' })];
    const text = '1. revenue\n2. Churn below 2%\n3. NPS above 40\n4. churn  BELOW 2%\n5. Revenue\n6. Churn below 2%';
    expect(pastedOutcomeTitles(text, onBoard)).toEqual({
      ok: true,
      value: { kept: ['Churn below 2%', 'NPS above 40'], onBoard: ['revenue'], repeated: ['churn  BELOW 2%'] },
    });
    expect(pastedOutcomeTitles('Revenue', onBoard)).toBeNull();
  });
});
