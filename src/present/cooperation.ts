/**
 * What the profile page and the conversation guide both show about one cooperation: its key facts
 * (legal form, themes, type, life phase, partners) and the links to its guide and the guide's PDF.
 * The type's reason in plain Dutch is explain.ts's typologyExplanation.
 */
import type { LegalForm, LifePhase, Typology } from '../model/enums.ts';
import type { Theme } from '../model/themes.ts';
import { html, type Html, type Renderable } from './html.ts';
import { guideHref, inlineList, keyValues, LEGAL_FORM_LABEL, LIFE_PHASE_LABEL, link, themeTags, TYPOLOGY_EXPLANATION, TYPOLOGY_LABEL } from './components.ts';
import { formatFileSize } from './format.ts';
import { safeName } from '../output/names.ts';

export interface CooperationFactsInput {
  legalForm: LegalForm;
  themes: readonly Theme[];
  lifePhase: LifePhase | null;
  otherGovernments: readonly string[];
  partners: readonly string[];
}

/** The key facts as a definition list; `lead` rows come first (e.g. the agenda on the guide). */
export function cooperationFacts(c: CooperationFactsInput, typology: Typology | null, lead: [string, Renderable][] = []): Html {
  return keyValues([
    ...lead,
    ['Rechtsvorm', LEGAL_FORM_LABEL[c.legalForm]],
    ['Thema’s', themeTags([...c.themes])],
    ['Type', typology ? html`${TYPOLOGY_LABEL[typology]} <span class="muted">— ${TYPOLOGY_EXPLANATION[typology]}</span>` : html`<span class="muted">niet bepaald</span>`],
    ['Levensfase', c.lifePhase ? LIFE_PHASE_LABEL[c.lifePhase] : html`<span class="muted">niet vastgelegd in de dataset</span>`],
    ['Andere overheden', inlineList([...c.otherGovernments])],
    ['Partners buiten de overheid', inlineList([...c.partners])],
  ]);
}

/** Site path of a region's guide PDF, beside its guide page. */
export function guidePdfHref(id: string): string {
  return `${guideHref(id)}gespreksleidraad-${safeName(id)}.pdf`;
}

/**
 * The guide link of a profile page: the guide page, and its PDF with the file size when the build made
 * one (`pdfBytes`); without a PDF the guide page itself can be printed.
 */
export function guideLinks(id: string, pdfBytes: number | undefined): Html {
  return html`<p class="guide-link">${link(guideHref(id), 'Gespreksleidraad')} — cijfers en vragen voor een gesprek met deze regio${
    pdfBytes !== undefined ? html`; ${guidePdfLink(id, pdfBytes)}` : ', af te drukken op A4'
  }.</p>`;
}

/** Download link of a guide PDF with its size. */
export function guidePdfLink(id: string, bytes: number): Html {
  return html`<a class="download" href="${guidePdfHref(id)}" download>Gespreksleidraad als pdf <span class="download__format">(pdf, ${formatFileSize(bytes)})</span></a>`;
}
