// A map spreadsheet's problems are told in the reader's language, with the row, the column and the
// words the file may use instead; the column names and those words are the file format's, the same
// in every language (docs/network-map.md), so a French reader is told to write "worker", not
// "travail".
import { afterEach, describe, expect, it } from 'vitest';
import { importMembersCsv, importTiesCsv } from '../../src/core/network-map-csv-import';
import { createNetworkMap } from '../../src/core/network-map';
import { csvMessages, csvProblemText, csvReadProblemText } from '../../src/features/network-map/csv-messages';
import { setLanguage } from '../../src/i18n/language';

afterEach(() => setLanguage('en', false));

const MEMBERS = ['name,sector,kind', 'Boulangerie du Coin,Retail,coop', 'Caisse Solidaire,Finance,credit union', 'Ferme Bio,Farming,producer'].join('\r\n');

function problems(text = MEMBERS): string[] {
  const result = importMembersCsv(createNetworkMap('net-1'), text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(csvProblemText);
}

describe('map spreadsheet problems', () => {
  it('in English name the row, the column and the accepted words', () => {
    const lines = problems();
    expect(lines[0]).toMatch(/^Row 2, column kind: “coop” is not a kind of member; use one of worker, consumer, .*\.$/);
    expect(lines[1]).toMatch(/^Row 4, column sector: “Farming” is not a sector on the list; use one of Food and farming, .* \(or “Other: your word”\)\.$/);
  });

  it('in French say the same thing in French, keeping the file’s own words', async () => {
    await setLanguage('fr', false);
    const lines = problems();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Ligne 2, colonne kind\u00a0: «\u00a0coop\u00a0» n’est pas un type de membre\u00a0; utilisez l’un de ces mots\u00a0: worker, consumer, .*\.$/);
    expect(lines[1]).toMatch(/^Ligne 4, colonne sector\u00a0: «\u00a0Farming\u00a0» n’est pas un secteur de la liste\u00a0; .*Food and farming.* \(ou «\u00a0Other: votre mot\u00a0»\)\.$/);
    expect(csvMessages.failed('membres.csv', 2)).toBe('Rien n’a été importé de «\u00a0membres.csv\u00a0»\u00a0: il contient 2 problèmes. Corrigez le fichier et importez-le à nouveau.');
    expect(csvMessages.imported('members', 1, 0, 0)).toBe('Importation terminée\u00a0: 1 membre ajouté.');
  });

  it('in Spanish too, for a ties file against the map', async () => {
    await setLanguage('es', false);
    const ties = importTiesCsv(createNetworkMap('net-1'), 'from,to,kinds\r\nA,B,trade\r\n');
    expect(ties.ok).toBe(false);
    const lines = ties.ok ? [] : ties.problems.map(csvProblemText);
    expect(lines[0]).toMatch(/^Fila 2, columna from: “A” no es un miembro del mapa\. Los nombres deben coincidir exactamente/);
    expect(problems('name;sector;kind\r\nA;Retail;worker\r\n')[0]).toContain('no por comas: en su hoja de cálculo, guárdelo como “CSV UTF-8 (delimitado por comas)”');
    expect(csvReadProblemText({ code: 'binary', format: 'office' })).toMatch(/^Parece un libro de Excel/);
    expect(csvMessages.imported('ties', 3, 2, 0)).toBe('Importación completada: 3 vínculos añadidos, 2 actualizados.');
  });
});
