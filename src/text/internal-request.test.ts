import { describe, expect, it } from 'vitest';
import { internalRequest } from './internal-request.ts';
import { tokenise } from './tokenise.ts';
import { analyseGoalText } from './goal-classifier.ts';

const internal = (text: string) => internalRequest(tokenise(text));

describe('a request inside one government', () => {
  it.each([
    'De raad vraagt het college de haalbaarheid van de voorstellen te onderzoeken.',
    'In de motie wordt het college door de gemeenteraad opgeroepen om met de omgevingsdienst een plan te maken.',
    'De fractie pleit bij de wethouder voor meer groen in de wijk.',
    'Het college vraagt de gemeenteraad een krediet van 325.000 euro beschikbaar te stellen.',
    // In a province's own council "de provincie" is the government itself.
    'In deze motie verzoeken PS aan GS een verkenning te starten naar wat de provincie kan bijdragen.',
  ])('"%s" is internal', (text) => expect(internal(text)).toBe(true));

  it.each([
    // Pressing someone outside through the executive is still lobby.
    'De motie vraagt het college om bij de minister aan te dringen op een lagere maximumsnelheid.',
    'Een raadslid vraagt het college in een motie om bij betrokken instanties actief te lobbyen.',
    'De motie roept het college op om met andere gemeenten de VNG een hardere lijn te laten kiezen.',
    'In de motie wordt het college opgeroepen om toestemming te krijgen voor de aanleg.',
    'Het bestuur van het waterschap roept burgemeesters en raadsleden op om een wethouder voor water aan te wijzen.',
    // A Kamermotie asks the government: the Kamer is not the cooperation's own council.
    'De Tweede Kamer verzoekt de regering in een motie de regelingen te bundelen.',
    // A municipal council asking the province asks someone outside.
    'De gemeenteraad vraagt het college de provincie om een bijdrage te vragen.',
    // No council, or no executive: no internal request.
    'Wij vragen het college om steun.',
    'De raad wil meer woningen bouwen.',
  ])('"%s" is not internal', (text) => expect(internal(text)).toBe(false));

  it('the rules give no lobby signal for it but an intern-verzoek one, and what is asked decides: a verkenning is PROCES', () => {
    const asked = analyseGoalText('In deze motie verzoeken Provinciale Staten aan Gedeputeerde Staten een verkenning te starten naar een gezonde leefomgeving.');
    expect(asked.signals).toContain('intern-verzoek');
    expect(asked.signals).not.toContain('lobby');
    expect(asked.classification.label).toBe('PROCES');
    const pressed = analyseGoalText('De motie vraagt het college om bij de minister aan te dringen op geld voor de N18.');
    expect(pressed.signals).toContain('lobby');
    expect(pressed.classification.label).toBe('LOBBY');
  });
});
