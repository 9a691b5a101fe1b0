/**
 * The commands, their arguments and options. Each action imports its command module only when it
 * runs, so `--help` and a light command such as `check` never load the site renderer, Plot,
 * exceljs, linkedom or playwright-core. An action resolves to the process exit code.
 */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';

/**
 * Default dataset of `leidraad`: the example data shipped with the package. Resolved from this
 * module (src/cli and lib/cli are at the same depth), not from the working folder, so it is found
 * from any folder a user runs the command in.
 */
export const DEFAULT_DATA = fileURLToPath(new URL('../../data/voorbeeld', import.meta.url));

type SetExit = (code: number) => void;

export function registerCommands(program: Command, setExit: SetExit): void {
  for (const register of [registerCheck, registerAnalyse, registerBuild, registerDoelen, registerServe, registerLeidraad, registerVerschil, registerBeheer]) register(program, setExit);
}

function registerCheck(program: Command, setExit: SetExit): void {
  program
    .command('check')
    .description('Controleer een dataset (map met CSV-bestanden of één .xlsx): rijen per blad, fouten en waarschuwingen.')
    .argument('<invoer>', 'map met CSV-bestanden of een .xlsx-werkmap')
    .option('--json', 'schrijf het verslag als JSON (voor scripts)')
    .action(async (input: string, flags) => setExit(await (await import('./check.ts')).runCheck(input, flags)));
}

function registerAnalyse(program: Command, setExit: SetExit): void {
  program
    .command('analyse')
    .description('Analyseer een dataset (map met CSV-bestanden of één .xlsx) en schrijf de analyse als JSON.')
    .argument('<invoer>', 'map met CSV-bestanden of een .xlsx-werkmap')
    .requiredOption('--out <bestand>', 'pad van het JSON-bestand dat geschreven wordt')
    .option('--threshold <n>', 'minimum aantal gedeelde samenwerkingen voor een verbinding (standaard 5)')
    .option('--found-back <x>', 'minimale Jaccard-score om een nationaal gebied "teruggevonden" te noemen (standaard 0.5)')
    .option('--seed <n>', 'seed voor de Louvain-gemeenschappen (standaard 42)')
    .action(async (input: string, flags) => setExit(await (await import('./analyse.ts')).runAnalyse(input, flags)));
}

function registerBuild(program: Command, setExit: SetExit): void {
  program
    .command('build')
    .description('Bouw de statische website uit een dataset (map met CSV-bestanden of één .xlsx).')
    .argument('<invoer>', 'map met CSV-bestanden of een .xlsx-werkmap')
    .option('--out <map>', 'map waarin de site komt (wordt eerst geleegd)', 'dist')
    .option('--threshold <n>', 'drempel voor Kaart 1: minimum aantal gedeelde samenwerkingen (standaard 5)')
    .option('--found-back <x>', 'minimale Jaccard-score voor "komt terug" (standaard 0.5)')
    .option('--status <tekst>', 'status van de gegevens in de voettekst (standaard: voorbeelddata of de naam van de dataset)')
    .option('--pdf [ids]', 'maak ook elke gespreksleidraad als pdf, gelinkt vanaf leidraad en profiel (of alleen de ids a,b,…; vraagt Chromium)')
    .option('--frame-ancestors <bronnen>', "wie de pagina's (kaarten) mag inbedden: 'self' en/of adressen als https://www.voorbeeld.nl, gescheiden door spaties (standaard 'none': niemand)")
    .option('--base-url <adres>', 'het webadres waarop de site komt, bijv. https://www.voorbeeld.nl/regioruimte: afgedrukte pagina’s tonen dan hun volledige adres')
    .action(async (input: string, flags) => setExit(await (await import('./build.ts')).runBuild(input, flags)));
}

function registerDoelen(program: Command, setExit: SetExit): void {
  program
    .command('doelen')
    .description('Classificeer doelen (LOCATIE, LOBBY, PROCES, ABSTRACT) met reden; of "doelen evalueer <csv>" tegen handlabels.')
    .argument('<args...>', '<csv> met kolommen tekst en thema, of: evalueer <csv> met extra kolom label')
    .option('--json', 'uitvoer als JSON')
    .option('--deel <deel>', 'bij evalueer: ontwikkel, toets of alle (vereist kolom deel voor ontwikkel/toets)', 'alle')
    .action(async (args: string[], flags) => setExit(await (await import('./doelen.ts')).runDoelen(args, flags)));
}

function registerServe(program: Command, setExit: SetExit): void {
  program
    .command('serve')
    .description('Serveer een gebouwde site lokaal (standaard http://127.0.0.1:4173).')
    .argument('[map]', 'map met de gebouwde site', 'dist')
    .option('--port <n>', 'poort (standaard 4173, of de omgevingsvariabele PORT)')
    .option('--host <host>', 'adres om op te luisteren', '127.0.0.1')
    .action(async (dir: string, flags) => setExit(await (await import('./serve.ts')).runServe(dir, flags)));
}

function registerLeidraad(program: Command, setExit: SetExit): void {
  program
    .command('leidraad')
    .description('Maak de gespreksleidraad van een ruimtelijke samenwerking (of van allemaal) als pdf.')
    .argument('[id]', 'id van de samenwerking (kolom id in samenwerkingen)')
    .option('--pdf <bestand>', 'pdf-bestand voor één samenwerking (standaard gespreksleidraad-<id>.pdf)')
    .option('--all', 'maak een leidraad voor elke ruimtelijke samenwerking')
    .option('--out <map>', 'map voor de pdf’s bij --all', 'leidraden')
    .option('--data <map|xlsx>', 'dataset (map met CSV-bestanden of .xlsx; standaard de meegeleverde voorbeelddata)')
    .action(async (id: string | undefined, flags) => setExit(await (await import('./leidraad.ts')).runLeidraad(id, { ...flags, data: flags.data ?? DEFAULT_DATA })));
}

function registerVerschil(program: Command, setExit: SetExit): void {
  program
    .command('verschil')
    .description('Vergelijk twee datasets: nieuwe, beëindigde en gewijzigde samenwerkingsverbanden, leden en thema’s.')
    .argument('<oud>', 'de oude dataset (map of .xlsx)')
    .argument('<nieuw>', 'de nieuwe dataset (map of .xlsx)')
    .option('--json', 'schrijf de verschillen als JSON')
    .action(async (oldPath: string, newPath: string, flags) => setExit(await (await import('./verschil.ts')).runVerschil(oldPath, newPath, flags)));
}

function registerBeheer(program: Command, setExit: SetExit): void {
  const beheer = program
    .command('beheer')
    .description('Start het beheerportaal (regio’s stellen wijzigingen voor, de beheerder beoordeelt en publiceert).')
    .option('--data <map|xlsx>', 'lees eerst deze dataset in (geweigerd bij fouten)')
    .option('--port <n>', 'poort (standaard 4174)')
    .option('--host <host>', 'adres om op te luisteren', '127.0.0.1')
    .option('--map <map>', 'map voor de ingebouwde database en de gepubliceerde site', 'beheer')
    .option('--trust-proxy [n]', 'het portaal draait achter n reverse proxy’s (standaard 1) die X-Forwarded-For aanvullen en X-Forwarded-Proto zetten: lees het adres van de gebruiker uit de n-de X-Forwarded-For van achteren en https uit X-Forwarded-Proto (alleen als niemand het portaal buiten de proxy om bereikt)')
    .action(async (flags) => setExit(await (await import('./beheer.ts')).runBeheer(flags)));
  // The subcommands have a --map of their own: without positional options (here and on the
  // program), `beheer gebruiker toevoegen --map X` gave X to beheer's --map and the account went
  // into the default folder ./beheer.
  beheer.enablePositionalOptions();
  beheer
    .command('gebruiker')
    .description('Accounts van het beheerportaal.')
    .command('toevoegen')
    .description('Maak een account en toon de eenmalige activeringslink.')
    .requiredOption('--email <adres>', 'e-mailadres (inlognaam)')
    .requiredOption('--naam <naam>', 'naam')
    .requiredOption('--rol <rol>', 'beheerder, redacteur of lezer')
    .option('--samenwerking <id...>', 'samenwerkingsverband(en) van een redacteur')
    .option('--map <map>', 'map van de ingebouwde database', 'beheer')
    .option('--url <url>', 'adres van het portaal in de link', 'http://localhost:4174')
    .action(async (flags) => setExit(await (await import('./beheer.ts')).runAddUser(flags)));
  beheer
    .command('export')
    .description('Schrijf de huidige dataset en de gespreksverslagen naar een nieuwe map of .xlsx (leesbaar voor check).')
    .argument('<doel>', 'nieuwe map of .xlsx-bestand')
    .option('--map <map>', 'map van de ingebouwde database', 'beheer')
    .action(async (target: string, flags) => setExit(await (await import('./beheer.ts')).runExport(target, flags)));
  beheer
    .command('import')
    .description('Herstel de dataset en de gespreksverslagen uit een export (geweigerd bij fouten).')
    .argument('<bron>', 'map of .xlsx-bestand van beheer export')
    .option('--map <map>', 'map van de ingebouwde database', 'beheer')
    .action(async (source: string, flags) => setExit(await (await import('./beheer.ts')).runImport(source, flags)));
}
