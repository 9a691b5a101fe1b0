/**
 * The one place where pages ask for maps. Each slot returns the figure markup plus the client
 * entries and stylesheets it needs. The maps module (src/site/map, owned by the maps helper) renders
 * the real SVG; where a map is not yet available the slot returns a clearly marked placeholder.
 */
import type { Theme } from '../model/themes.ts';
import { mapPlaceholder } from './components.ts';
import type { Html } from './html.ts';
import type { SiteLookup } from './selectors.ts';

export interface MapSlot {
  figure: Html;
  scripts: string[];
  styles: string[];
}

const placeholder = (title: string, note: string): MapSlot => ({ figure: mapPlaceholder(title, note), scripts: [], styles: [] });

export function kaart1Map(_l: SiteLookup): MapSlot {
  return placeholder('Kaart 1', 'gemeenten met een lijn per paar dat genoeg samenwerkingsverbanden deelt');
}

export function kaart2Map(_l: SiteLookup): MapSlot {
  return placeholder('Kaart 2', 'elke ruimtelijke agenda als netwerk in een eigen kleur');
}

export function themeMap(_l: SiteLookup, theme: Theme, small: boolean): MapSlot {
  return placeholder(small ? theme : `Kaart ${theme}`, `agenda's met het thema ${theme}`);
}

export function typologyMap(_l: SiteLookup): MapSlot {
  return placeholder('Typologie', 'ruimtelijke agenda’s gekleurd naar type');
}

export function overlayMap(_l: SiteLookup, division: string): MapSlot {
  return placeholder(`Overlay ${division}`, 'grenzen van de nationale indeling over de agendanetwerken');
}

export function cooperationMap(_l: SiteLookup, _id: string): MapSlot {
  return placeholder('Leden', 'de deelnemende gemeenten');
}

export function municipalityMap(_l: SiteLookup, _code: string): MapSlot {
  return placeholder('Ligging', 'de gemeente en haar samenwerkingsverbanden');
}
