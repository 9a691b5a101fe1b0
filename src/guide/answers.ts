/**
 * The answer template of a conversation guide: one XLSX per region with the guide's questions and
 * empty cells for the answers and agreements, so the outcomes of many conversations can be
 * collected in one format. Deterministic bytes (fixed document dates and zip timestamps).
 */
import { guideHref } from '../present/components.ts';
import { xlsxBytes, type XlsxRow } from '../output/xlsx.ts';
import type { GuideModel } from './model.ts';
import { CLOSING_QUESTION, GROUP_TITLE, guideQuestions, QUESTION_GROUPS, type Question } from './questions.ts';

export const ANSWER_FILE = 'antwoorden.xlsx';

/** The site path of a region's answer template. */
export function answerTemplateHref(id: string): string {
  return `${guideHref(id)}${ANSWER_FILE}`;
}

/** The guide's questions in the order the guide numbers them, the closing question last. */
export function numberedQuestions(m: GuideModel): Question[] {
  const questions = guideQuestions(m);
  return [...QUESTION_GROUPS.flatMap((g) => questions.filter((q) => q.group === g)), CLOSING_QUESTION];
}

export const ANSWER_COLUMNS = ['Nr.', 'Onderdeel', 'Vraag', 'Aanleiding uit de data', 'Antwoord van de regio', 'Afspraak of vervolg'] as const;

export async function answerTemplateXlsx(m: GuideModel): Promise<Buffer> {
  const top = { wrapText: true, vertical: 'top' } as const;
  const rows: XlsxRow[] = [
    { cells: ['Samenwerking', m.cooperation.name] },
    { cells: ['Id', m.cooperation.id] },
    { cells: ['Datum gesprek', ''] },
    { cells: ['Gesprekspartners', ''] },
    { cells: ['Namens de VNG', ''] },
    { cells: [...ANSWER_COLUMNS], style: { bold: true } },
    ...numberedQuestions(m).map((q, i) => ({
      cells: [i + 1, q.id === CLOSING_QUESTION.id ? 'Afsluiting' : GROUP_TITLE[q.group], q.text, q.basis ?? '', '', ''],
      style: top,
    })),
  ];
  return xlsxBytes([{ name: 'Antwoorden', widths: [6, 28, 60, 40, 60, 40], frozenRows: 6, rows }]);
}
