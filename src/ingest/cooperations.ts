/**
 * Row handler for `samenwerkingen`. A row is rejected when the record cannot be built without
 * guessing: no id, a repeated id, no name, no or an invalid legal form, an invalid `ruimtelijk`.
 * Problems inside a list (one unknown municipality or theme) leave that item out with an error and
 * keep the row, so its goals still attach; optional values that are invalid become null (error).
 */
import type { Cooperation } from '../model/dataset.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import type { Reference } from '../reference/index.ts';
import { IdIdentities } from './ids.ts';
import { resolveMunicipalityList } from './municipalities.ts';
import { splitList } from './normalize.ts';
import { check, cooperationSchema, fastCooperation } from './schemas.ts';
import type { RowView, SheetHandler } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import { parseLegalForm, parseLifePhase, parseTheme, parseTypology, parseYear, parseYesNo } from './vocab.ts';

export interface CooperationIndex {
  /** Accepted cooperations by id. */
  accepted: Map<string, { row: number; cooperation: Cooperation }>;
  /** Ids of rejected rows (first rejected row number), so goals can say why they fail. */
  rejected: Map<string, number>;
}

/** Where a finding about field `field` of this row points (file, row, column as written). */
function at(v: RowView, field: string): { file: string; row: number; column: string } {
  return { file: v.file, row: v.row, column: v.column(field) };
}

/** Reports an error that rejects the row; returns false for `return reject(...)`. */
function reject(sink: FindingSink, v: RowView, field: string | null, value: string | null, message: string, hint: string | null): false {
  sink.add({ severity: 'error', file: v.file, row: v.row, column: field ? v.column(field) : null, value, message, hint });
  return false;
}

/** Like reject, and remembers the id as rejected (first row) so goals can say why they fail. */
function rejectKnownId(sink: FindingSink, index: CooperationIndex, id: string, v: RowView, field: string | null, value: string | null, message: string, hint: string | null): false {
  reject(sink, v, field, value, message, hint);
  if (!index.rejected.has(id)) index.rejected.set(id, v.row);
  return false;
}

export function cooperationHandler(
  ref: Reference,
  sink: FindingSink,
  out: Cooperation[],
  index: CooperationIndex,
): SheetHandler {
  let spatialDefaulted = 0;
  let spatialColumnMissing = false;
  let file = '';
  const identities = new IdIdentities();
  return {
    row(v: RowView): boolean {
      file = v.file;
      const id = v.get('id');
      if (id === '') {
        return reject(sink, v, 'id', null, 'Samenwerking zonder id; de rij is afgewezen.', 'Geef elke samenwerking een unieke id (bijv. regio-twente).');
      }
      const previous = index.accepted.get(id);
      if (previous) {
        return reject(sink, v, 'id', id, `De id '${id}' komt al voor in rij ${previous.row}; deze tweede rij is afgewezen.`, 'Geef elke samenwerking een eigen id.');
      }
      const idError = identities.problem(id, 'samenwerking');
      if (idError) return rejectKnownId(sink, index, id, v, 'id', id, idError.message, idError.hint);
      const name = v.get('naam');
      if (name === '') return rejectKnownId(sink, index, id, v, 'naam', null, `Samenwerking '${id}' heeft geen naam; de rij is afgewezen.`, 'Vul de kolom naam.');

      const legalText = v.get('rechtsvorm');
      if (legalText === '') {
        return rejectKnownId(sink, index, id, v, 'rechtsvorm', null, `Samenwerking '${id}' heeft geen rechtsvorm; de rij is afgewezen.`, 'Vul WGR, PRIVAAT of OVERIG in.');
      }
      const legal = parseLegalForm(legalText);
      if (!legal.ok) {
        return rejectKnownId(sink, index, id, v, 'rechtsvorm', legalText, `Ongeldige rechtsvorm '${legalText}'; de rij is afgewezen.`, legal.hint);
      }
      if (legal.note) {
        sink.add({ severity: 'warning', ...at(v, 'rechtsvorm'), value: legalText, message: `Rechtsvorm ${legal.note}`, hint: `Schrijf ${legal.value} om deze melding te voorkomen.` });
      }

      let spatial = true;
      if (!v.has('ruimtelijk')) spatialColumnMissing = true;
      else if (v.get('ruimtelijk') === '') spatialDefaulted++;
      else {
        const parsed = parseYesNo(v.get('ruimtelijk'));
        if (!parsed.ok) {
          return rejectKnownId(sink, index, id, v, 'ruimtelijk', v.get('ruimtelijk'), `Ongeldige waarde voor ruimtelijk: '${v.get('ruimtelijk')}'; de rij is afgewezen.`, parsed.hint);
        }
        spatial = parsed.value;
      }

      let agendaYear: number | null = null;
      if (v.get('agenda_jaar') !== '') {
        const parsed = parseYear(v.get('agenda_jaar'));
        if (parsed.ok) agendaYear = parsed.value;
        else sink.add({ severity: 'error', ...at(v, 'agenda_jaar'), value: v.get('agenda_jaar'), message: `Ongeldig agendajaar '${v.get('agenda_jaar')}'; het jaar is weggelaten.`, hint: parsed.hint });
      }

      const themes = new Set<Theme>();
      for (const item of splitList(v.get('themas'))) {
        const parsed = parseTheme(item);
        if (parsed.ok) themes.add(parsed.value);
        else sink.add({ severity: 'error', ...at(v, 'themas'), value: item, message: `Onbekend thema '${item}'; het thema is weggelaten.`, hint: parsed.hint });
      }
      const orderedThemes = THEMES.filter((t) => themes.has(t));

      const typologyText = v.get('typologie');
      let typology: Cooperation['typology'] = null;
      if (typologyText !== '') {
        const parsed = parseTypology(typologyText);
        if (parsed.ok) typology = parsed.value;
        else sink.add({ severity: 'error', ...at(v, 'typologie'), value: typologyText, message: `Ongeldige typologie '${typologyText}'; de typologie wordt afgeleid.`, hint: parsed.hint });
      }
      const phaseText = v.get('levensfase');
      let lifePhase: Cooperation['lifePhase'] = null;
      if (phaseText !== '') {
        const parsed = parseLifePhase(phaseText);
        if (parsed.ok) lifePhase = parsed.value;
        else sink.add({ severity: 'error', ...at(v, 'levensfase'), value: phaseText, message: `Ongeldige levensfase '${phaseText}'; de levensfase is weggelaten.`, hint: parsed.hint });
      }

      const memberItems = splitList(v.get('gemeenten'));
      const municipalities = resolveMunicipalityList(memberItems, ref, at(v, 'gemeenten'), sink);
      if (memberItems.length === 0) {
        sink.add({ severity: 'warning', ...at(v, 'gemeenten'), value: null, message: `Samenwerking '${id}' heeft geen gemeenten; ze telt op geen enkele kaart mee.`, hint: 'Vul de deelnemende gemeenten in, gescheiden door ;.' });
      }
      if (spatial && orderedThemes.length === 0) {
        sink.add({ severity: 'warning', ...at(v, 'themas'), value: v.get('themas') || null, message: `Ruimtelijke agenda '${id}' heeft geen (geldig) thema.`, hint: 'Vul een of meer van de negen thema\'s in, gescheiden door ;.' });
      }

      const record: Cooperation = {
        id,
        name,
        agendaTitle: v.get('agenda_titel') || null,
        agendaYear,
        legalForm: legal.value,
        municipalities,
        otherGovernments: splitList(v.get('overige_overheden')),
        partners: splitList(v.get('partners')),
        themes: orderedThemes,
        typology,
        lifePhase,
        spatial,
        sources: splitList(v.get('bronnen')),
        extra: v.extra(),
      };
      const valid = check(cooperationSchema, record, fastCooperation);
      if (!valid.ok) return rejectKnownId(sink, index, id, v, null, id, `Samenwerking '${id}' voldoet niet aan het model (${valid.message}); de rij is afgewezen.`, null);
      out.push(valid.value);
      index.accepted.set(id, { row: v.row, cooperation: valid.value });
      identities.add(id, v.row);
      return true;
    },
    end(): void {
      if (spatialColumnMissing) {
        sink.add({ severity: 'info', file, column: 'ruimtelijk', message: 'De kolom ruimtelijk ontbreekt; alle samenwerkingen gelden als ruimtelijke agenda (ja).', hint: 'Voeg de kolom toe en schrijf nee bij samenwerkingen die alleen voor Kaart 1 tellen.' });
      } else if (spatialDefaulted > 0) {
        sink.add({ severity: 'info', file, column: 'ruimtelijk', message: `${spatialDefaulted} rij(en) zonder waarde in ruimtelijk zijn gelezen als ja (ruimtelijke agenda).`, hint: null });
      }
    },
  };
}

