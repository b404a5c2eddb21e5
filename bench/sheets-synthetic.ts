import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';

/**
 * A deterministic Kumu-style network for the spreadsheet benchmark: `rows` rows in all, half
 * elements (organisations, initiatives, people, themes) and half connections (WORKS_AT,
 * PARTNER_IN, ABOUT), every value derived from the row number. Invented, not real data.
 */
export async function writeSyntheticSheets(elementsFile: string, connectionsFile: string, rows: number): Promise<{ elements: number; connections: number }> {
  const per = Math.max(1, Math.floor(rows / 2 / 4));
  const elements: string[][] = [['Label', 'Type', 'Kind', 'Sector', 'Level', 'Website', 'Sources']];
  for (let i = 0; i < per; i++) {
    const source = `Synthetic benchmark sheet, row ${elements.length + 1}`;
    elements.push([`Bench Organisation ${i} S.A. de C.V.`, 'Organisation', i % 3 ? 'NGO' : 'COMPANY', i % 3 ? 'CIVIL_SOCIETY' : 'PRIVATE_SECTOR', '', `https://example.org/org/${i}`, source]);
    elements.push([`Bench Initiative ${i}`, 'Initiative', '', '', ['LOCAL', 'SUBNATIONAL', 'NATIONAL'][i % 3], '', source]);
    elements.push([`Bench Person ${i}`, 'Actor', '', '', '', '', source]);
    elements.push([`Bench Theme ${i}`, 'Theme', '', '', '', '', source]);
  }
  const connections: string[][] = [['From', 'To', 'Type', 'Role', 'Since']];
  for (let i = 0; connections.length - 1 < elements.length - 1; i++) {
    const j = i % per;
    // Each round through the elements shifts the far end, so no connection repeats another.
    const k = (j + Math.floor(i / per) * 7 + 3) % per;
    if (i % 3 === 0) connections.push([`Bench Person ${j}`, `Bench Organisation ${k} S.A. de C.V.`, 'WORKS_AT', 'Analyst', String(2015 + (i % 10))]);
    else if (i % 3 === 1) connections.push([`Bench Organisation ${j} S.A. de C.V.`, `Bench Initiative ${k}`, 'PARTNER_IN', 'PARTNER', '']);
    else connections.push([`Bench Initiative ${j}`, `Bench Theme ${k}`, 'ABOUT', '', '']);
  }
  await writeFile(elementsFile, stringify(elements));
  await writeFile(connectionsFile, stringify(connections));
  return { elements: elements.length - 1, connections: connections.length - 1 };
}
