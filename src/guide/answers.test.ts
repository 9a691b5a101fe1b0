import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPipeline } from '../../test/shared-pipeline.ts';
import { createLookup } from '../present/lookup.ts';
import { ANSWER_COLUMNS, answerTemplateHref, answerTemplateXlsx, numberedQuestions } from './answers.ts';
import { buildGuideModel, guideIds, type GuideModel } from './model.ts';
import { CLOSING_QUESTION, guideQuestions } from './questions.ts';

let model: GuideModel;
beforeAll(async () => {
  const run = await sharedPipeline('data/voorbeeld');
  const id = guideIds(run).sort()[0];
  model = buildGuideModel(run, id, createLookup(run))!;
}, 120_000);

describe('answer template (XLSX) of a guide', () => {
  it('lists every question of the guide in order with empty answer cells', async () => {
    const bytes = await answerTemplateXlsx(model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Antwoorden')!;
    expect(sheet.getCell('B1').value).toBe(model.cooperation.name);
    expect(sheet.getCell('B2').value).toBe(model.cooperation.id);
    expect(sheet.getRow(6).values).toEqual([undefined, ...ANSWER_COLUMNS]);
    const questions = numberedQuestions(model);
    // The guide's own questions plus the closing question, numbered 1..n like the guide page.
    expect(questions).toHaveLength(guideQuestions(model).length + 1);
    expect(questions.at(-1)).toBe(CLOSING_QUESTION);
    questions.forEach((q, i) => {
      const row = sheet.getRow(7 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(3).value).toBe(q.text);
      expect(row.getCell(5).value ?? '').toBe('');
      expect(row.getCell(6).value ?? '').toBe('');
    });
    expect(sheet.rowCount).toBe(6 + questions.length);
  });

  it('is byte-identical when made twice (deterministic builds) and lives beside the guide page', async () => {
    expect(Buffer.compare(await answerTemplateXlsx(model), await answerTemplateXlsx(model))).toBe(0);
    expect(answerTemplateHref(model.cooperation.id)).toMatch(/^\/gespreksleidraad\/[^/]+\/antwoorden\.xlsx$/);
  });
});
