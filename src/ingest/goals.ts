/**
 * Row handler for `doelen`. A goal is rejected without a cooperation id, text or valid theme, and
 * when its cooperation is unknown or was itself rejected. A theme outside the cooperation's own
 * themes is a warning (the goal is kept); an invalid manual label is an error (label ignored).
 */
import type { Goal } from '../model/dataset.ts';
import { ownerOf, type CooperationIndex } from './cooperations.ts';
import { splitList } from './cells.ts';
import { check, fastGoal, goalSchema } from './schemas.ts';
import type { Collect, RowView, SheetHandler } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import { nearest, parseGoalClass, parseTheme } from './vocab.ts';

/** Reports an error that rejects the row; returns false for `return reject(...)`. */
function reject(sink: FindingSink, v: RowView, field: string | null, value: string | null, message: string, hint: string | null): false {
  sink.add({ severity: 'error', file: v.file, row: v.row, column: field ? v.column(field) : null, value, message, hint });
  return false;
}

export function goalHandler(sink: FindingSink, out: Collect<Goal>, index: CooperationIndex, cooperationsFile: string): SheetHandler {
  const ids = [...index.accepted.keys()];
  return {
    row(v: RowView): boolean {
      const id = v.get('samenwerking_id');
      if (id === '') return reject(sink, v, 'samenwerking_id', null, 'Doel zonder samenwerking_id; de rij is afgewezen.', 'Vul de id van de samenwerking uit samenwerkingen in.');
      const owner = ownerOf(index, id);
      if (!owner) {
        const rejectedRow = index.rejected.get(id);
        if (rejectedRow !== undefined) {
          return reject(sink, v, 'samenwerking_id', id, `Het doel hoort bij samenwerking '${id}', die zelf is afgewezen ('${cooperationsFile}' rij ${rejectedRow}); de rij is afgewezen.`, 'Herstel eerst die samenwerking.');
        }
        const near = nearest(id, ids);
        return reject(sink, v, 'samenwerking_id', id, `Het doel verwijst naar een onbekende samenwerking '${id}'; de rij is afgewezen.`, near ? `Bedoelt u '${near}'?` : `Gebruik een id uit ${cooperationsFile}.`);
      }
      const themeText = v.get('thema');
      if (themeText === '') return reject(sink, v, 'thema', null, 'Doel zonder thema; de rij is afgewezen.', 'Vul één van de negen thema\'s in.');
      if (splitList(themeText).length > 1) {
        return reject(sink, v, 'thema', themeText, `Een doel heeft één thema, niet '${themeText}'; de rij is afgewezen.`, 'Maak één rij per thema.');
      }
      const theme = parseTheme(themeText);
      if (!theme.ok) return reject(sink, v, 'thema', themeText, `Onbekend thema '${themeText}'; de rij is afgewezen.`, theme.hint);
      const text = v.get('tekst');
      if (text === '') return reject(sink, v, 'tekst', null, 'Doel zonder tekst; de rij is afgewezen.', 'Vul de doeltekst in.');

      let label: Goal['label'] = null;
      const labelText = v.get('label');
      if (labelText !== '') {
        const parsed = parseGoalClass(labelText);
        if (parsed.ok) label = parsed.value;
        else sink.add({ severity: 'error', file: v.file, row: v.row, column: v.column('label'), value: labelText, message: `Ongeldig label '${labelText}'; het label is genegeerd en het doel wordt automatisch ingedeeld.`, hint: parsed.hint });
      }
      if (!owner.themes.includes(theme.value)) {
        sink.add({
          severity: 'warning',
          file: v.file,
          row: v.row,
          column: v.column('thema'),
          value: themeText,
          message: `Het thema '${theme.value}' staat niet bij de thema's van samenwerking '${id}' ('${owner.themes.join(', ') || 'geen'}').`,
          hint: `Voeg het thema toe aan de samenwerking (${cooperationsFile} rij ${owner.row}) of kies een ander thema.`,
        });
      }
      const record: Goal = { cooperationId: id, theme: theme.value, text, source: v.get('bron') || null, label, extra: v.extra() };
      const valid = check(goalSchema, record, fastGoal);
      if (!valid.ok) return reject(sink, v, null, null, `Doel voldoet niet aan het model (${valid.message}); de rij is afgewezen.`, null);
      out.push(valid.value);
      return true;
    },
  };
}
