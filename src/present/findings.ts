/**
 * The national findings: the four research questions, each answered in a few sentences generated from
 * the Analysis. The site's overview and every conversation guide show them, so both say the same.
 * Sentences pick and phrase values; they never compute them.
 */
import { TYPOLOGIES } from '../model/enums.ts';
import { html, type Html } from './html.ts';
import { formatNumber, formatPercent, joinDutch, plural } from './format.ts';
import { link, TYPOLOGY_LABEL } from './components.ts';
import { divisionLabel, foundBackText, isReferenceDivision, mostCommonThemeCount, themesByAgendas, themeWithMostLocationChoices, type SiteLookup } from './lookup.ts';

export interface ResearchQuestion {
  /** Anchor id suffix: the overview uses `vraag-<n>`. */
  n: number;
  question: string;
  answer: Html;
}

/** The four research questions and their answers, in the report's order. */
export function researchQuestions(l: SiteLookup): ResearchQuestion[] {
  return [
    { n: 1, question: 'Waar wordt samengewerkt aan ruimtelijke vraagstukken, en waar niet?', answer: answerWhere(l) },
    { n: 2, question: 'Waaraan werken de samenwerkingen, met welke doelen en hoe zijn ze georganiseerd?', answer: answerWhat(l) },
    { n: 3, question: 'Hoe vergelijkbaar zijn de regionale agenda’s?', answer: answerComparable(l) },
    { n: 4, question: 'Hoe sluiten regionale ambities aan op nationaal beleid?', answer: answerNational(l) },
  ];
}

export function answerWhere(l: SiteLookup): Html {
  const { coverage, network } = l.input.analysis;
  const total = coverage.municipalities.length;
  const white = coverage.whiteSpots.length;
  const covered = total - white;
  const edges = network.edges.length;
  const communities = network.multiMemberCommunities;
  return html`<p>${formatNumber(covered)} van de ${formatNumber(total)} gemeenten doen mee aan minstens één ruimtelijke agenda in deze dataset. ${
    white === 0 ? 'Er zijn geen witte vlekken: elke gemeente doet ergens mee.' : html`${plural(white, 'gemeente doet', 'gemeenten doen')} aan geen enkele ruimtelijke agenda mee: de <a href="/kaart-2/#witte-vlekken">witte vlekken</a>.`
  }</p>
<p>Kijken we naar alle samenwerkingsverbanden, ook niet-ruimtelijke, dan delen ${plural(edges, 'gemeentepaar', 'gemeenteparen')} er minstens ${formatNumber(network.threshold)}${
    communities > 0 ? html`; samen vormen zij ${plural(communities, 'cluster', 'clusters')} van gemeenten die vaak met elkaar optrekken` : ''
  }. Zie ${link('/kaart-1/', 'Kaart 1')} en ${link('/kaart-2/', 'Kaart 2')}.</p>`;
}

export function answerWhat(l: SiteLookup): Html {
  const { themes, organisation, goals } = l.input.analysis;
  const ranked = themesByAgendas(themes).filter((t) => t.count > 0);
  // The analysis sorts the pairs most frequent first; a pair that never occurs is no answer.
  const topPair = themes.pairs[0]?.count ? themes.pairs[0] : undefined;
  const dist = mostCommonThemeCount(themes);
  const locatie = themeWithMostLocationChoices(goals);
  const lf = organisation.legalFormShares;
  const lc = organisation.legalFormCounts;
  return html`<p>${
    ranked.length
      ? html`De meeste agenda’s werken aan het thema ${ranked[0].theme} (${plural(ranked[0].count, 'agenda', 'agenda’s')})${
          ranked[1] ? html`, gevolgd door ${ranked[1].theme} (${formatNumber(ranked[1].count)})` : ''
        }.`
      : 'Er zijn nog geen agenda’s met thema’s.'
  } ${dist ? html`Het vaakst behandelt een agenda ${plural(dist.themes, 'thema', 'thema’s')} (${formatPercent(dist.share)} van de ${plural(themes.agendas, 'ruimtelijke agenda', 'ruimtelijke agenda’s')}).` : ''} ${
    topPair ? html`De thema’s ${topPair.a} en ${topPair.b} komen het vaakst samen voor (${formatNumber(topPair.count)}×).` : ''
  }</p>
<p>Van de ${plural(themes.agendas, 'ruimtelijke samenwerking', 'ruimtelijke samenwerkingen')} is ${formatPercent(lf.WGR)} (${formatNumber(lc.WGR)}) een gemeenschappelijke regeling, ${formatPercent(lf.PRIVAAT)} (${formatNumber(lc.PRIVAAT)}) privaatrechtelijk georganiseerd en ${formatPercent(
    lf.OVERIG,
  )} (${formatNumber(lc.OVERIG)}) een netwerk of convenant. ${formatPercent(organisation.shareWithTwoOrMoreNonGovernmentPartners)} (${formatNumber(organisation.withTwoOrMoreNonGovernmentPartners)} van de ${formatNumber(themes.agendas)}) heeft twee of meer partners buiten de overheid. Gemiddeld doen ${formatNumber(
    organisation.members.spatial.mean,
    1,
  )} gemeenten mee aan een ruimtelijke agenda, tegen ${formatNumber(organisation.members.all.mean, 1)} bij alle samenwerkingsverbanden.</p>
<p>${
    locatie
      ? html`De ${plural(goals.goals.length, 'doel', 'doelen')} zijn ingedeeld naar soort. Het grootste aandeel concrete locatiekeuzes heeft het thema ${locatie.theme}: ${formatPercent(locatie.share)} van de doelen bij dat thema (${formatNumber(locatie.locationChoices)} van de ${formatNumber(locatie.goals)}).`
      : l.input.analysis.dataset.goals > 0
        ? html`De ${plural(l.input.analysis.dataset.goals, 'doel', 'doelen')} in de dataset zijn in deze versie nog niet ingedeeld naar soort.`
        : 'Er zijn nog geen doelen vastgelegd.'
  } Zie ${link('/themas/', "Thema’s")} en ${link('/kenmerken/', 'Kenmerken')}.</p>`;
}

export function answerComparable(l: SiteLookup): Html {
  const { typology } = l.input.analysis;
  const parts = TYPOLOGIES.map((t) => `${formatNumber(typology.counts[t] ?? 0)} ${TYPOLOGY_LABEL[t].toLowerCase()}`);
  const withPhase = l.spatial.filter((c) => c.lifePhase !== null).length;
  return html`<p>Naar de logica van hun grenzen zijn de ruimtelijke agenda’s ${joinDutch(parts)}. ${
    typology.agreement === null ? '' : html`Waar de dataset zelf een type noemt, komen de regels in ${formatNumber(typology.agreed)} van de ${formatNumber(typology.labelled)} gevallen (${formatPercent(typology.agreement)}) op hetzelfde uit.`
  } ${withPhase > 0 ? html`Van ${formatNumber(withPhase)} van de ${plural(l.spatial.length, 'ruimtelijke agenda', 'ruimtelijke agenda’s')} is de levensfase bekend.` : 'De levensfase van de samenwerkingen is in deze dataset niet ingevuld.'} Zie ${link('/vergelijkbaarheid/', 'Vergelijkbaarheid')}.</p>`;
}

export function answerNational(l: SiteLookup): Html {
  const { overlap } = l.input.analysis;
  const divisions = Object.keys(overlap.divisions).sort();
  if (divisions.length === 0) {
    return html`<p>De dataset bevat nog geen nationale gebiedsindelingen om mee te vergelijken. Zie ${link('/nationaal-beleid/', 'Nationaal beleid')}.</p>`;
  }
  const line = (d: string) => {
    const div = overlap.divisions[d];
    return html`<li>${divisionLabel(d)}: ${foundBackText(div)}</li>`;
  };
  const national = divisions.filter((d) => !isReferenceDivision(d));
  const reference = divisions.filter(isReferenceDivision);
  return html`<p>Een nationaal gebied “komt terug” als er een vrijwillige agenda is met bijna dezelfde gemeenten (een overlapscore van minstens ${formatNumber(overlap.foundBackThreshold, 2)}: de gedeelde gemeenten gedeeld door alle gemeenten van beide samen). Zo vaak gebeurt dat per indeling:</p>
<ul>${national.map(line)}</ul>
${reference.length ? html`<p>Ter vergelijking, voor de bestuurlijke indelingen van CBS:</p><ul>${reference.map(line)}</ul>` : ''}
<p>Zie ${link('/nationaal-beleid/', 'Nationaal beleid')}.</p>`;
}
