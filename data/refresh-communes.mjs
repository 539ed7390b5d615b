// Reduces @etalab/decoupage-administratif to what Passerelle needs (data/communes.json).
// Usage: node data/refresh-communes.mjs <unpacked package dir> <output file>
// Run through data/refresh-communes.sh, which downloads the package first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [packageDir, output] = process.argv.slice(2);
if (!packageDir || !output) {
  console.error('usage: node refresh-communes.mjs <package dir> <output file>');
  process.exit(2);
}

const read = (file) => JSON.parse(readFileSync(join(packageDir, file), 'utf8'));
const pkg = read('package.json');
const all = read('data/communes.json');
const epci = read('data/epci.json');
const ept = read('data/ept.json');

const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

// Membership is carried by the EPCI and EPT files, not by the communes: invert it.
const epciOf = new Map();
for (const e of epci) for (const m of e.membres) {
  if (epciOf.has(m.code)) throw new Error(`commune ${m.code} in two EPCI`);
  epciOf.set(m.code, e.code);
}
const eptOf = new Map();
for (const t of ept) for (const m of t.membres) {
  if (eptOf.has(m.code)) throw new Error(`commune ${m.code} in two EPT`);
  eptOf.set(m.code, t.code);
}

const current = all.filter((c) => c.type === 'commune-actuelle');
const currentCodes = new Set(current.map((c) => c.code));
for (const code of [...epciOf.keys(), ...eptOf.keys()]) {
  if (!currentCodes.has(code)) throw new Error(`member ${code} is not a current commune`);
}

const communes = current
  .map((c) => [c.code, c.nom, c.departement, c.region, epciOf.get(c.code) ?? null, eptOf.get(c.code) ?? null])
  .sort(byCode);

// Codes a person's address may still carry (arrondissements of Paris/Lyon/Marseille, delegated or
// associated communes of a merged commune) mapped to the current commune, so they resolve.
const aliases = all
  .filter((c) => c.type !== 'commune-actuelle')
  .map((c) => [c.code, c.commune ?? c.chefLieu, c.type])
  .filter(([code, parent]) => parent && code !== parent && !currentCodes.has(code))
  .sort(byCode);
for (const [code, parent] of aliases) {
  if (!currentCodes.has(parent)) throw new Error(`alias ${code} points to unknown ${parent}`);
}
const seen = new Set();
const uniqueAliases = aliases.filter(([code]) => (seen.has(code) ? false : seen.add(code)));

const epciRows = epci.map((e) => [e.code, e.nom, e.type]).sort(byCode);
const eptRows = ept.map((t) => [t.code, t.nom]).sort(byCode);

// One row per line: small, and a yearly refresh reads as a readable diff.
const rows = (list) => list.map((r) => JSON.stringify(r)).join(',\n');
const header = {
  description: 'Référentiel des communes actuelles, EPCI à fiscalité propre et EPT, réduit pour Passerelle.',
  source: { package: pkg.name, version: pkg.version, repository: 'https://github.com/datagouv/decoupage-administratif' },
  licence: 'Code du paquet : MIT. Données : Licence Ouverte / Open Licence (Etalab), sources INSEE (COG) et DGCL.',
  regenerate: 'data/refresh-communes.sh [version]',
  columns: {
    communes: ['insee', 'nom', 'departement', 'region', 'epci (SIREN, null hors EPCI)', 'ept (SIREN, Métropole du Grand Paris)'],
    epci: ['siren', 'nom', 'nature (CA, CC, CU, METRO, MET69)'],
    ept: ['siren', 'nom'],
    aliases: ['code (arrondissement municipal, commune déléguée ou associée)', 'insee de la commune actuelle', 'type'],
  },
  counts: { communes: communes.length, epci: epciRows.length, ept: eptRows.length, aliases: uniqueAliases.length },
};

const text = '{\n' +
  Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + ',\n' +
  `  "communes": [\n${rows(communes)}\n  ],\n` +
  `  "epci": [\n${rows(epciRows)}\n  ],\n` +
  `  "ept": [\n${rows(eptRows)}\n  ],\n` +
  `  "aliases": [\n${rows(uniqueAliases)}\n  ]\n}\n`;
JSON.parse(text); // refuse to write something the loader cannot read
writeFileSync(output, text);
console.log(`${output}: ${communes.length} communes, ${epciRows.length} EPCI, ${eptRows.length} EPT, ${uniqueAliases.length} aliases (${pkg.name}@${pkg.version})`);
