/**
 * The answer template of a conversation guide: one XLSX per region with the guide's questions and
 * empty cells for the answers and agreements, so the outcomes of many conversations can be
 * collected in one format. Deterministic bytes (fixed document dates and zip timestamps).
 */
import { guideHref } from '../present/components.ts';
import { reproducibleWorkbook, reproducibleXlsxBytes } from '../present/export.ts';
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
  const workbook = reproducibleWorkbook();
  const sheet = workbook.addWorksheet('Antwoorden', { views: [{ state: 'frozen', ySplit: 6 }] });
  sheet.columns = [{ width: 6 }, { width: 28 }, { width: 60 }, { width: 40 }, { width: 60 }, { width: 40 }];
  sheet.addRow(['Samenwerking', m.cooperation.name]);
  sheet.addRow(['Id', m.cooperation.id]);
  sheet.addRow(['Datum gesprek', '']);
  sheet.addRow(['Gesprekspartners', '']);
  sheet.addRow(['Namens de VNG', '']);
  const header = sheet.addRow([...ANSWER_COLUMNS]);
  header.font = { bold: true };
  numberedQuestions(m).forEach((q, i) => {
    const row = sheet.addRow([i + 1, q.id === CLOSING_QUESTION.id ? 'Afsluiting' : GROUP_TITLE[q.group], q.text, q.basis ?? '', '', '']);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return reproducibleXlsxBytes(workbook);
}
