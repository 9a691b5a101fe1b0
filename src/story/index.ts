/**
 * The authored part of the report: the chapters of `verhaal/` rendered against the Analysis. Read
 * problems and unknown references are error findings, and a build with errors is not published.
 */
import type { Analysis } from '../analysis/types.ts';
import type { Finding } from '../model/findings.ts';
import { readStory, type FigureSource, type StorySource } from './read.ts';
import { renderChapter, type Chapter } from './render.ts';

export interface Story {
  chapters: Chapter[];
  figures: FigureSource[];
  findings: Finding[];
}

export const EMPTY_STORY: Story = { chapters: [], figures: [], findings: [] };

export function composeStory(source: StorySource, analysis: Analysis): Story {
  const figures = new Map(source.figures.map((f) => [f.name, f]));
  const findings = [...source.findings];
  const chapters = source.chapters.map((c) => {
    const r = renderChapter(c, analysis, figures);
    findings.push(...r.findings);
    return r.chapter;
  });
  return { chapters, figures: source.figures, findings };
}

export type { Chapter } from './render.ts';

/** The chapters beside the dataset at `source` (a folder or workbook path), rendered against its analysis. */
export function loadStory(source: string, analysis: Analysis): Story {
  return composeStory(readStory(source), analysis);
}
